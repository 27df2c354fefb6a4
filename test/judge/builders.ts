// Small builders for hand-made notes, claims and fact indexes, so each judging stage can be tested
// without the parser or the facts loader.
import { builtinMetrics } from '../../server/src/core/facts/builtinMetrics';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import type { Citation, Claim, Config, Entity, Fact, FactIndex, Metric, ParsedNote, Position, Span, Suppression, TimeRef } from '../../server/src/core/types';
import { periodRange } from '../../server/src/core/judge/periods';

function position(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The paragraph (text between blank lines) around an offset. */
function blockAround(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n\n', offset);
  const end = text.indexOf('\n\n', offset);
  return { start: start < 0 ? 0 : start + 2, end: end < 0 ? text.length : end };
}

/** The sentence around an offset: from after the previous ". " in the block to the next one. */
function sentenceAround(text: string, offset: number, block: Span): Span {
  const inBlock = text.slice(block.start, block.end);
  const rel = offset - block.start;
  let start = 0;
  const re = /[.!?]\s+(?=[A-Z])/g;
  let end = inBlock.length;
  for (let m = re.exec(inBlock); m; m = re.exec(inBlock)) {
    if (m.index + m[0].length <= rel) start = m.index + m[0].length;
    else if (m.index >= rel) {
      end = m.index + 1;
      break;
    }
  }
  return { start: block.start + start, end: block.start + end };
}

export type ClaimSpec = Partial<Omit<Claim, 'time'>> & { time?: TimeRef | string | null; occurrence?: number };

/** A time reference; "2025-H2" etc. get their day range; `by`/`latest` as given. */
export function time(iso: string | null, extra: Partial<TimeRef> = {}): TimeRef {
  const r = iso ? periodRange(iso) : null;
  return { text: extra.text ?? (iso ?? 'latest'), iso, from: r?.from ?? null, to: r?.to ?? null, ...extra };
}

/** A claim for the `text` it covers in the note (the first occurrence, or `occurrence`). */
export function claimIn(note: string, text: string, spec: ClaimSpec = {}): Claim {
  let start = -1;
  for (let i = 0; i <= (spec.occurrence ?? 0); i++) start = note.indexOf(text, start + 1);
  if (start < 0) throw new Error(`"${text}" is not in the note`);
  const end = start + text.length;
  const block = spec.block ?? blockAround(note, start);
  const sentence = spec.sentence ?? sentenceAround(note, start, block);
  const t = typeof spec.time === 'string' ? time(spec.time) : (spec.time ?? null);
  const { occurrence: _o, time: _t, ...rest } = spec;
  return {
    index: 0,
    text,
    range: { start: position(note, start), end: position(note, end) },
    offset: { start, end },
    kind: 'money',
    value: null,
    low: null,
    high: null,
    unit: 'USD',
    bound: 'eq',
    approx: false,
    precision: 0,
    sentence,
    sentenceText: note.slice(sentence.start, sentence.end),
    block,
    ...rest,
    time: t,
  };
}

export interface NoteSpec {
  claims?: Claim[];
  citations?: Citation[];
  suppressions?: Suppression[];
  referenceDate?: string;
  enabled?: boolean;
}

export function note(text: string, spec: NoteSpec = {}): ParsedNote {
  return {
    text,
    frontMatter: { enabled: spec.enabled ?? true, data: {} },
    claims: (spec.claims ?? []).map((c, index) => ({ ...c, index })),
    citations: spec.citations ?? [],
    suppressions: spec.suppressions ?? [],
    problems: [],
    referenceDate: spec.referenceDate ?? '2025-06-30',
  };
}

/** A citation `[@a; @b]` found in the note text, bound to `claimIndex`. */
export function citationIn(noteText: string, bracket: string, claimIndex: number | null): Citation {
  const start = noteText.indexOf(bracket);
  if (start < 0) throw new Error(`"${bracket}" is not in the note`);
  const keys = [...bracket.matchAll(/@([\w:.-]+)/g)].map((m) => {
    const s = start + m.index! + 1;
    const e = s + m[1]!.length;
    return { id: m[1]!, offset: { start: s, end: e }, range: { start: position(noteText, s), end: position(noteText, e) } };
  });
  const end = start + bracket.length;
  return { offset: { start, end }, range: { start: position(noteText, start), end: position(noteText, end) }, keys, claimIndex };
}

export type FactSpec = Partial<Fact> & { id: string; entity?: string | string[]; metric: string };

export function fact(spec: FactSpec): Fact {
  const { entity, ...rest } = spec;
  const asOf = spec.asOf ?? '2025-01-01';
  const asOfDate = spec.asOfDate ?? (asOf.length === 4 ? `${asOf}-01-01` : asOf.length === 7 ? `${asOf}-01` : asOf);
  return {
    entities: entity === undefined ? [] : Array.isArray(entity) ? entity : [entity],
    value: null,
    low: null,
    high: null,
    unit: 'USD',
    kind: 'actual',
    source: { url: 'https://example.com/source' },
    location: { file: 'facts.yaml', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
    ...rest,
    asOf,
    asOfDate,
  };
}

export function index(spec: { entities: Record<string, [string, ...string[]]>; metrics?: Metric[]; facts: Fact[] }): FactIndex {
  const entities = new Map<string, Entity>(
    Object.entries(spec.entities).map(([id, [name, ...aliases]]) => [id, { id, name, aliases }]),
  );
  const metrics = builtinMetrics();
  for (const m of spec.metrics ?? []) metrics.set(m.id, m);
  return { entities, metrics, facts: spec.facts, byId: new Map(spec.facts.map((f) => [f.id, f])), files: ['facts.yaml'] };
}

export function config(overrides: Partial<Config> = {}): Config {
  return { ...defaultConfig, severity: { ...defaultConfig.severity }, ...overrides };
}
