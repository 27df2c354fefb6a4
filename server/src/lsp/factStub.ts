// A new fact entry for a claim no fact covers: entity, metric, value, unit and as_of prefilled
// from the claim, the source left for the person to fill in. Inserted into the facts file's
// `facts:` list so that the file stays well-formed YAML in its own indentation.
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Claim, ClaimKind, FactIndex, Finding } from '../core/types';
import { yamlNumber } from './format';

const METRIC_BY_KIND: Partial<Record<ClaimKind, string>> = {
  valuation: 'valuation',
  revenue: 'revenue_run_rate',
  funding: 'investment',
  capex: 'capex',
  hardware: 'gpu_count',
};

export interface FactStub {
  id: string;
  /** The entry's lines without list indentation; the first starts with "id:". */
  lines: string[];
}

function guessEntities(claim: Claim, index: FactIndex): string[] {
  const sentence = claim.sentenceText.toLowerCase();
  let best: { id: string; at: number } | undefined;
  for (const entity of index.entities.values()) {
    for (const name of [entity.name, ...entity.aliases]) {
      const at = sentence.indexOf(name.toLowerCase());
      if (at >= 0 && (!best || at < best.at)) best = { id: entity.id, at };
    }
  }
  return best ? [best.id] : [];
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function yamlScalar(s: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_ .\-/]*$/.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s) && !/\s$/.test(s)
    ? s
    : JSON.stringify(s);
}

export function factStubFor(finding: Pick<Finding, 'claim' | 'entities' | 'metric'>, referenceDate: string, index: FactIndex): FactStub {
  const claim = finding.claim;
  const entities = finding.entities.length > 0 ? finding.entities : guessEntities(claim, index);
  const metric = finding.metric ?? METRIC_BY_KIND[claim.kind] ?? 'TODO';
  const asOf = claim.time?.iso && DATE.test(claim.time.iso) ? claim.time.iso : referenceDate;
  const base = slug([entities[0] ?? 'entity', metric === 'TODO' ? claim.kind : metric, asOf].join('-')) || 'new-fact';
  let id = base;
  for (let n = 2; index.byId.has(id); n++) id = `${base}-${n}`;
  const lines = [`id: ${id}`];
  if (entities.length === 0) lines.push('entity: TODO  # an id from `entities:`');
  else if (entities.length === 1) lines.push(`entity: ${yamlScalar(entities[0])}`);
  else lines.push(`entity: [ ${entities.map(yamlScalar).join(', ')} ]`);
  lines.push(`metric: ${yamlScalar(metric)}`);
  if (claim.value !== null) lines.push(`value: ${yamlNumber(claim.value)}`);
  else if (claim.low !== null && claim.high !== null) lines.push(`range: [ ${yamlNumber(claim.low)}, ${yamlNumber(claim.high)} ]`);
  lines.push(`unit: ${yamlScalar(claim.unit)}`);
  lines.push(`as_of: ${asOf}`);
  // No url yet: the loader keeps the fact and warns about the missing source, a reminder to fill it.
  lines.push('source:');
  lines.push('  title: TODO  # where the figure is from; add url, published and quote');
  return { id, lines };
}

/** An insertion into the facts file text: at `offset`, insert `text` (offsets into the file). */
export interface TextInsertion {
  offset: number;
  /** When set, replace text[offset, end) instead of inserting. */
  end?: number;
  text: string;
}

function block(lines: string[], dashIndent: string, keyIndent: string): string {
  return lines.map((line, i) => (i === 0 ? `${dashIndent}- ${line}` : `${keyIndent}${line}`)).join('\n') + '\n';
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function afterLineOf(text: string, offset: number): { offset: number; needsNewline: boolean } {
  const nl = text.indexOf('\n', Math.max(0, offset - 1));
  return nl < 0 ? { offset: text.length, needsNewline: true } : { offset: nl + 1, needsNewline: false };
}

/** Where and what to insert so that `stub` becomes the last entry of `facts:`; undefined when impossible. */
export function insertStub(factsText: string | undefined, stub: FactStub): TextInsertion | undefined {
  const text = factsText ?? '';
  if (text.trim() === '') return { offset: 0, end: text.length, text: 'facts:\n' + block(stub.lines, '  ', '    ') };
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'facts');
  if (!pair) {
    const tail = text.endsWith('\n') ? '' : '\n';
    return { offset: text.length, text: `${tail}facts:\n${block(stub.lines, '  ', '    ')}` };
  }
  const value = pair.value;
  const keyNode = pair.key as { range?: [number, number, number] };
  if (value === null || (isScalar(value) && (value.value === null || value.value === ''))) {
    const after = afterLineOf(text, keyNode.range ? keyNode.range[1] : text.length);
    return { offset: after.offset, text: (after.needsNewline ? '\n' : '') + block(stub.lines, '  ', '    ') };
  }
  if (!isSeq(value) || !value.range) return undefined;
  if (value.flow) {
    if (value.items.length > 0) return undefined;
    return { offset: value.range[0], end: value.range[1], text: '\n' + block(stub.lines, '  ', '    ').replace(/\n$/, '') };
  }
  const first = value.items[0] as { range?: [number, number, number] } | undefined;
  let dashIndent = '  ';
  let keyIndent = '    ';
  if (first?.range) {
    const start = first.range[0];
    const prefix = text.slice(lineStartOf(text, start), start);
    const dash = prefix.indexOf('-');
    if (dash >= 0 && /^\s*-\s+$/.test(prefix)) {
      dashIndent = prefix.slice(0, dash);
      keyIndent = ' '.repeat(prefix.length);
    }
  }
  const after = afterLineOf(text, value.range[1]);
  return { offset: after.offset, text: (after.needsNewline ? '\n' : '') + block(stub.lines, dashIndent, keyIndent) };
}
