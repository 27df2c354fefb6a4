// A new fact entry for a claim no fact covers: the entity the sentence names (added under
// `entities:` when new), a specific id, metric, value, unit, as_of and kind prefilled from the
// claim, the source left empty for the person to fill in. The stub loads as a valid fact (only
// a missing-source warning), so the claim is supported at once. Inserted into the facts file so
// that it stays well-formed YAML in its own indentation.
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import type { Claim, ClaimKind, FactIndex, FactKind, Finding, Metric } from '../core/types';
import { factById, factsOfEntity } from '../core/facts/factLookups';
import { factsOutline, fileOffset, type FactsOutline } from './factsOutline';
import { idFromName, proposeEntity } from './entityProposal';
import { yamlNumber } from './format';
import { isCurrency } from '../core/units';
import { unitSuits } from '../core/facts/loadFacts';
import { sharedCodes } from '../core/lexicon';
import { DEAL_METRICS } from '../core/facts/builtinMetrics';
import { isValidPeriod } from '../core/facts/dates';
import { claimStance } from '../core/judge/claimFactKind';
import { clauseOf } from '../core/judge/clauseOf';
import { foldForMatch } from '../core/judge/findPhrase';

const METRIC_BY_KIND: Partial<Record<ClaimKind, string>> = {
  valuation: 'valuation',
  revenue: 'revenue_run_rate',
  funding: 'investment',
  capex: 'capex',
  hardware: 'gpu_count',
  users: 'users',
  people: 'employees',
  power: 'power',
};

/** The source fields the stub leaves empty, in the order the cursor visits them. */
export const SOURCE_FIELDS = ['url', 'title', 'published', 'quote'] as const;

export interface FactStub {
  id: string;
  /** The entry's lines without list indentation; the first starts with "id:". */
  lines: string[];
  /** An entity to add under `entities:` first. */
  newEntity?: { id: string; name: string };
  /** A metric to add under `metrics:` first (a claim kind with no built-in metric, or a measure the note names: with its words). */
  newMetric?: { id: string; unit: string; words?: string[] };
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function yamlScalar(s: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_ .\-/]*$/.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s) && !/\s$/.test(s)
    ? s
    : JSON.stringify(s);
}

/** A specific, unused fact id: entity, metric and month ("openai-valuation-2025-03"). */
export function buildFactId(entity: string | undefined, metric: string, asOf: string, index: Pick<FactIndex, 'byId' | 'onDemand'>): string {
  const base = slug([entity ?? 'fact', metric, asOf.slice(0, 7)].join('-')) || 'new-fact';
  let id = base;
  // factById: an index read from a snapshot would build every fact for `byId`.
  for (let n = 2; factById(index, id); n++) id = `${base}-${n}`;
  return id;
}

const GUIDANCE = /\b(expects?|expected|expecting|targets?|targeting|targeted|aims?|aiming|plans?|planning|guidance|guides|outlook)\b/i;
const FORECAST = /\b(forecasts?|forecasted|projects|projected|projections?|analysts?|estimates?|estimated)\b/i;

/** What kind of figure the sentence states: the entity's own outlook, a third party's projection, or an actual. */
export function kindOf(sentence: string): FactKind {
  if (GUIDANCE.test(sentence)) return 'guidance';
  if (FORECAST.test(sentence)) return 'forecast';
  return 'actual';
}

/**
 * The kind of the claim's new fact: one the judge compares the claim with. A plan or outlook
 * (claimStance) is guidance, or a forecast when the sentence says a third party projects it; any
 * other figure is an actual, whatever a later clause says ("…, while avian flu killed an estimated
 * 3,500 adult birds" leaves "rangers counted 36,000 pairs" an actual).
 */
function stubKind(claim: Claim): FactKind {
  if (claimStance(claim, foldForMatch(claim.sentenceText), clauseOf(claim)) !== 'guidance') return 'actual';
  return kindOf(claim.sentenceText) === 'forecast' ? 'forecast' : 'guidance';
}

/**
 * The unit a new fact is written in: a symbol several currencies share ("¥", "kr") becomes the code
 * the entities' other facts use among them (CNY for a Chinese company's "¥1.9 billion"), else its first.
 */
function factUnitOf(unit: string, entities: readonly string[], index: FactIndex): string {
  const codes = sharedCodes(unit);
  if (!codes) return unit;
  for (const e of entities) {
    const used = factsOfEntity(index, e).find((f) => codes.includes(f.unit));
    if (used) return used.unit;
  }
  return codes[0]!;
}

/**
 * The unit a stub's fact is written in: the claim's, unless the metric's facts are counted in
 * another noun ("1.5 million commercial drone deliveries" of a `deliveries` metric is in
 * `deliveries`), which is what the loader accepts for that metric.
 */
function stubUnit(unit: string, metric: Metric | undefined, entities: readonly string[], index: FactIndex): string {
  const written = factUnitOf(unit, entities, index);
  return metric && !isCurrency(metric.unit) && !unitSuits(metric, written) ? metric.unit : written;
}

export function factStubFor(finding: Pick<Finding, 'claim' | 'entities' | 'metric' | 'part' | 'measure'>, referenceDate: string, index: FactIndex): FactStub {
  const claim: Claim = finding.claim;
  const entity = proposeEntity(claim, finding.entities, index);
  let metric = finding.metric ?? METRIC_BY_KIND[claim.kind];
  let newMetric: FactStub['newMetric'];
  // "gross profit", which no metric names: a metric of that name, with the note's words, so the figure finds it.
  const measure = finding.metric === undefined ? finding.measure : undefined;
  if (measure) {
    metric = idFromName(measure).replace(/-/g, '_');
    if (!index.metrics.has(metric)) newMetric = { id: metric, unit: claim.unit, words: [measure] };
  } else if (!metric || !index.metrics.has(metric)) {
    // No built-in metric for this kind: a project metric named after it, in the claim's unit.
    metric = metric ?? (idFromName(claim.noun ?? claim.kind).replace(/-/g, '_') || 'figure');
    if (!index.metrics.has(metric)) newMetric = { id: metric, unit: claim.unit };
  }
  // A money figure of a period ("revenue of $4.1 billion in 2024") is that period's: with no
  // `period` the fact would be an event of its date, and the same figure for another period would
  // then read as contradicted. Rounds and valuations are events; a target "by" a time keeps its date,
  // unless that time is after the note.
  const iso = claim.time?.iso;
  // A period as the facts loader takes one (a year, quarter, half or month, calendar or fiscal), not a day.
  const periodLike = !!iso && isValidPeriod(iso) && !DAY.test(iso);
  // A time after the note ("expects to produce 20 million pounds in 2026", "by 2028") is the period a
  // figure is for, never when it was stated: as `as_of` it would be a fact from the future, which
  // the note never sees and the loader warns of.
  // (Only a time that would be the date: a half or quarter, "by late 2025", was never one.)
  const ahead = periodLike && DATE.test(iso) && !!claim.time?.from && claim.time.from > referenceDate;
  const period = periodLike && (ahead || (!claim.time?.by && isCurrency(claim.unit) && !DEAL_METRICS.has(metric))) ? iso : undefined;
  const asOf = period ? referenceDate : iso && DATE.test(iso) ? iso : referenceDate;
  const id = buildFactId(entity?.id, finding.part ? `${finding.part}-${metric}` : metric, period ?? asOf, index);
  const lines = [`id: ${id}`];
  const entities = finding.entities.length > 1 ? finding.entities : entity ? [entity.id] : [];
  if (entities.length === 0) lines.push('entity: TODO  # an id from `entities:`');
  else if (entities.length === 1) lines.push(`entity: ${yamlScalar(entities[0])}`);
  else lines.push(`entity: [ ${entities.map(yamlScalar).join(', ')} ]`);
  lines.push(`metric: ${yamlScalar(metric)}`);
  // "advertising revenue": the part's fact, so the figure is judged by it and the whole's stay as they are.
  if (finding.part) lines.push(`segment: ${yamlScalar(finding.part)}`);
  if (claim.value !== null) lines.push(`value: ${yamlNumber(claim.value)}`);
  else if (claim.low !== null && claim.high !== null) lines.push(`range: [ ${yamlNumber(claim.low)}, ${yamlNumber(claim.high)} ]`);
  lines.push(`unit: ${yamlScalar(stubUnit(claim.unit, index.metrics.get(metric), entities, index))}`);
  lines.push(`as_of: ${asOf}`);
  if (period) lines.push(`period: ${period}`);
  lines.push(`kind: ${stubKind(claim)}`);
  // Empty fields: the loader keeps the fact and warns that the source is missing, a reminder to fill it.
  lines.push('source:', ...SOURCE_FIELDS.map((f) => `  ${f}:`));
  const stub: FactStub = { id, lines };
  if (entity?.isNew) stub.newEntity = { id: entity.id, name: entity.name };
  if (newMetric) stub.newMetric = newMetric;
  return stub;
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

type Parsed = { text: string; doc: Document.Parsed };

function topPair(parsed: Parsed, key: string) {
  const root = parsed.doc.contents;
  return isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
}

function factsInsertion({ text, doc }: Parsed, stub: FactStub): TextInsertion | undefined {
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  const pair = topPair({ text, doc }, 'facts');
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

/** One `key: value` entry added to a top-level mapping section (`entities:`, `metrics:`), created before `facts:` when missing. */
function sectionEntryInsertion(parsed: Parsed, section: string, entry: string): TextInsertion | undefined {
  const { text } = parsed;
  const pair = topPair(parsed, section);
  if (!pair) {
    const facts = topPair(parsed, 'facts');
    const factsKey = facts?.key as { range?: [number, number, number] } | undefined;
    const at = factsKey?.range ? lineStartOf(text, factsKey.range[0]) : text.length;
    const lead = at > 0 && !text.slice(0, at).endsWith('\n') ? '\n' : '';
    return { offset: at, text: `${lead}${section}:\n  ${entry}\n${factsKey ? '\n' : ''}` };
  }
  const value = pair.value;
  const keyNode = pair.key as { range?: [number, number, number] };
  if (value === null || (isScalar(value) && (value.value === null || value.value === ''))) {
    const after = afterLineOf(text, keyNode.range ? keyNode.range[1] : text.length);
    return { offset: after.offset, text: `${after.needsNewline ? '\n' : ''}  ${entry}\n` };
  }
  if (!isMap(value) || !value.range) return undefined;
  if (value.flow) {
    if (value.items.length > 0) return undefined;
    return { offset: value.range[0], end: value.range[1], text: `\n  ${entry}` };
  }
  const firstKey = (value.items[0]?.key as { range?: [number, number, number] } | undefined)?.range;
  const indent = firstKey ? text.slice(lineStartOf(text, firstKey[0]), firstKey[0]) : '  ';
  const after = afterLineOf(text, value.range[1]);
  return { offset: after.offset, text: `${after.needsNewline ? '\n' : ''}${/^[ \t]*$/.test(indent) ? indent : '  '}${entry}\n` };
}

function entityEntry(e: NonNullable<FactStub['newEntity']>): string {
  return `${e.id}: { name: ${yamlScalar(e.name)} }`;
}

function metricEntry(m: NonNullable<FactStub['newMetric']>): string {
  return `${m.id}: { unit: ${yamlScalar(m.unit)}${m.words ? `, words: [ ${m.words.map(yamlScalar).join(', ')} ]` : ''} }`;
}

/**
 * The insertions, against the current text, that add the stub (and its new entity and metric);
 * undefined when the file is not valid YAML or has a shape the stub cannot join.
 */
export function stubInsertions(factsText: string | undefined, stub: FactStub, outlineOf: (text: string) => FactsOutline = factsOutline): TextInsertion[] | undefined {
  const text = factsText ?? '';
  const sections = () =>
    [
      stub.newEntity ? `entities:\n  ${entityEntry(stub.newEntity)}\n\n` : '',
      stub.newMetric ? `metrics:\n  ${metricEntry(stub.newMetric)}\n\n` : '',
      'facts:\n' + block(stub.lines, '  ', '    '),
    ].join('');
  if (text.trim() === '') return [{ offset: 0, end: text.length, text: sections() }];
  const outline = outlineOf(text);
  const { doc } = outline;
  if (doc.errors.length > 0) return undefined;
  // Only comments so far: the sections go after them.
  if (doc.contents === null) return [{ offset: text.length, text: (text.endsWith('\n') ? '' : '\n') + sections() }];
  if (!isMap(doc.contents)) return undefined;
  const parsed = { text: outline.text, doc };
  const parts: (TextInsertion | undefined)[] = [];
  if (stub.newEntity) parts.push(sectionEntryInsertion(parsed, 'entities', entityEntry(stub.newEntity)));
  if (stub.newMetric) parts.push(sectionEntryInsertion(parsed, 'metrics', metricEntry(stub.newMetric)));
  parts.push(factsInsertion(parsed, stub));
  if (parts.some((p) => p === undefined)) return undefined;
  const inFile = (parts as TextInsertion[]).map((p) => ({ ...p, offset: fileOffset(outline, p.offset), ...(p.end === undefined ? {} : { end: fileOffset(outline, p.end) }) }));
  // Insertions at one offset join in order (an entities and a metrics section both made before `facts:`).
  const merged: TextInsertion[] = [];
  for (const p of inFile.sort((a, b) => a.offset - b.offset)) {
    const last = merged[merged.length - 1];
    if (last && last.offset === p.offset && last.end === undefined && p.end === undefined) last.text += p.text;
    else merged.push({ ...p });
  }
  return merged;
}

/** Where and what to insert so that `stub` becomes the last entry of `facts:` (one insertion, for a stub with no new entity or metric). */
export function insertStub(factsText: string | undefined, stub: FactStub): TextInsertion | undefined {
  const all = stubInsertions(factsText, { ...stub, newEntity: undefined, newMetric: undefined });
  return all?.[0];
}
