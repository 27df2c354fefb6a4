import type { Fact, FactIndex, FactsOnDemand, Metric, ParsedNote, Span, Unit } from '../types';
import { foldForMatch, PhraseSet } from './findPhrase';
import { findMentions, type Mention } from './resolveEntities';
import { cueMentions, type CuedMention, hasCombiningWord } from './sentenceCues';
import { type TableContext, tableContext } from './tableContext';
import { metricUnitFits, unitNamedBy } from './resolveMetric';
import { SEGMENT_READINGS, TextMemo } from '../textMemo';
import { anotherMeasureOfHead, FORECAST_AFTER, OTHER_MEASURE_AFTER, PASSIVE_BEFORE, RAISED_TO_AFTER } from './otherMeasures';
import { factCount, positionsByEntity, unitsByMetric } from '../facts/factLookups';

/** A metric word found in a sentence, at note offsets. */
export interface WordHit {
  metric: Metric;
  start: number;
  end: number;
}

/** What every claim of one sentence shares: read once per sentence. */
export interface SentenceInfo {
  folded: string;
  mentions: CuedMention[];
  /** Every metric word of every metric (overlaps kept; callers pick the longest among those that fit). */
  words: WordHit[];
  /** Whether the sentence has a word that adds figures up ("combined", "together", "in total"). */
  combining: boolean;
}

/**
 * Work shared by the claims of one judgeNote call: the units of each metric's facts, each
 * sentence's mentions and metric words, each block's mentions, metrics per claim unit. Built
 * lazily, dropped with the call.
 */
export interface JudgeMemo {
  /** The distinct units of the metric's facts, in facts-file order (a money metric's facts may be in any currency). */
  factUnits(metric: string): readonly Unit[];
  /** The metric's facts about one or more of `entities`, in facts-file order (an index lookup, not a scan). */
  factsAbout(metric: string, entities: Iterable<string>): Fact[];
  sentence(span: Span): SentenceInfo;
  blockMentions(span: Span): Mention[];
  fittingMetrics(unit: Unit): Metric[];
  table(offset: number): TableContext | null;
  /** The offsets of the note's claims in a sentence. */
  claimsIn(sentence: Span): Span[];
}

/** The last of a sentence's figures that ends by `at`: the figure right before a claim (no list built). */
export function lastFigureBefore(figures: readonly Span[], at: number): Span | undefined {
  for (let i = figures.length - 1; i >= 0; i--) if (figures[i]!.end <= at) return figures[i];
  return undefined;
}

// A span as a map key: one exact number while offsets stay below 2^21 (past the note size guard), else a string.
const key = (span: Span): number | string =>
  span.start < 0x200000 && span.end < 0x100000000 && span.start >= 0 && span.end >= 0 ? span.start * 0x100000000 + span.end : `${span.start}:${span.end}`;

/** Words whose plural means something else: "Harlow shares fell 4%" is the stock, not a market share. */
const SINGULAR_ONLY: ReadonlySet<string> = new Set(['share']);

/** Every word of every metric as one PhraseSet, with the metric each phrase belongs to. */
interface MetricWordSet {
  metrics: Metric[];
  words: (readonly string[])[];
  lengths: number[];
  owners: Metric[];
  /** Per phrase: whether only its singular names the metric (SINGULAR_ONLY). */
  singular: boolean[];
  set: PhraseSet;
  /** The metrics a claim unit may be about (the same arrays for every note: resolveMetric keys its own caches by them). */
  fitting: Map<Unit, Metric[]>;
}
const metricWordSets = new WeakMap<FactIndex, MetricWordSet>();

/** The index's metric words as a PhraseSet: built once per facts index, rebuilt if its metrics change. */
function metricWordSet(index: FactIndex): MetricWordSet {
  const s = metricWordSets.get(index);
  if (s && unchanged(s, index)) return s;
  const metrics = [...index.metrics.values()];
  const owners = metrics.flatMap((m) => m.words.map(() => m));
  const built = {
    metrics,
    words: metrics.map((m) => m.words),
    lengths: metrics.map((m) => m.words.length),
    owners,
    singular: metrics.flatMap((m) => m.words.map((w) => SINGULAR_ONLY.has(w.toLowerCase()))),
    set: new PhraseSet(metrics.flatMap((m) => m.words)),
    fitting: new Map<Unit, Metric[]>(),
  };
  metricWordSets.set(index, built);
  return built;
}

/** Whether the index's metrics and their words are still those the set was built from (asked once per judge call: no copy of the list). */
function unchanged(s: MetricWordSet, index: FactIndex): boolean {
  if (s.metrics.length !== index.metrics.size) return false;
  let i = 0;
  for (const m of index.metrics.values()) {
    if (s.metrics[i] !== m || s.words[i] !== m.words || s.lengths[i] !== m.words.length) return false;
    i++;
  }
  return true;
}

/** The metric words of a sentence: what findPhrase finds for each word of each metric, by start (then metric and word order). */
function metricWords(span: Span, folded: string, { set, owners, singular }: MetricWordSet): WordHit[] {
  const hits: WordHit[] = [];
  for (const h of set.hits(folded)) {
    if (singular[h.phrase] && folded[h.end - 1] === 's') continue;
    OTHER_MEASURE_AFTER.lastIndex = FORECAST_AFTER.lastIndex = RAISED_TO_AFTER.lastIndex = h.end;
    if (folded.startsWith('raised', h.start) && h.end - h.start === 6 && RAISED_TO_AFTER.test(folded) && PASSIVE_BEFORE.test(folded.slice(Math.max(0, h.start - 12), h.start))) continue;
    if (OTHER_MEASURE_AFTER.test(folded) || FORECAST_AFTER.test(folded) || anotherMeasureOfHead(folded, h.start, h.end, owners[h.phrase]!)) continue;
    hits.push({ metric: owners[h.phrase]!, start: span.start + h.start, end: span.start + h.end });
  }
  return hits;
}


/** A reading at the note offsets it was first read at (`base`), shared by every note with the same text. */
interface Placed<T> {
  base: number;
  value: T;
}

// Across calls, per facts index: a segment re-judged after an edit keeps most of its sentences, and
// notes share some (templates, boilerplate). Keyed by the text itself; dropped wholesale when full. A
// text met again at another offset is shifted there; at the same offset it is reused. One segment's
// worth (textMemo.ts): on the 2,000-note bench corpus 6.6% of sentence reads hit with 1,024 entries
// and 1% with 64, and no block read ever hit, but what more entries earn across notes the collector
// took back, and more, in copying them (with TextMemo's new map when full, 400 notes: 4.8% fewer instructions).
interface SharedReadings {
  sentences: TextMemo<Placed<SentenceInfo>>;
  blocks: TextMemo<Placed<Mention[]>>;
}
const shared = new WeakMap<FactIndex, SharedReadings>();

function sharedFor(index: FactIndex): SharedReadings {
  let s = shared.get(index);
  if (!s) shared.set(index, (s = { sentences: new TextMemo(SEGMENT_READINGS), blocks: new TextMemo(SEGMENT_READINGS) }));
  return s;
}

/** A sentence's reading at note offsets: `text` starts at `base`. */
function read(text: string, index: FactIndex, wordSet: MetricWordSet, base: number): SentenceInfo {
  const span = { start: base, end: base + text.length };
  const folded = foldForMatch(text);
  const mentions = cueMentions(folded, base, findMentions(text, span, index, folded), text);
  return {
    folded,
    mentions,
    words: outsideNames(metricWords(span, folded, wordSet), mentions),
    combining: mentions.length >= 2 && hasCombiningWord(folded),
  };
}

/** Metric words that are no part of a longer entity name: "Halcyon Helicopters' revenue" names revenue, not a fleet of helicopters. */
function outsideNames(words: WordHit[], mentions: readonly { start: number; end: number }[]): WordHit[] {
  if (mentions.length === 0) return words;
  const inName = (h: WordHit): boolean => mentions.some((m) => h.start >= m.start && h.end <= m.end && m.end - m.start > h.end - h.start);
  return words.some(inName) ? words.filter((h) => !inName(h)) : words;
}

const shift = <T extends { start: number; end: number }>(items: T[], by: number): T[] =>
  by === 0 ? items : items.map((x) => ({ ...x, start: x.start + by, end: x.end + by }));

/**
 * Facts by entity, built once per facts index (not per note or claim): one map entry per fact,
 * so a 100,000-fact index costs one pass; the units of each metric's facts only when a caller
 * asks. An index read from a snapshot answers both itself, building only the facts asked for.
 */
interface FactLookup {
  of: Fact[] | FactsOnDemand;
  count: number;
  fact(position: number): Fact;
  /** Positions of the entity's facts, ascending. */
  positionsOf(entity: string): readonly number[] | undefined;
  unitsOf(metric: string): readonly Unit[];
}
const lookups = new WeakMap<FactIndex, FactLookup>();

function lookupFor(index: FactIndex): FactLookup {
  const of = index.onDemand ?? index.facts;
  const count = factCount(index);
  const known = lookups.get(index);
  if (known && known.of === of && known.count === count) return known;
  const l = index.onDemand ? onDemandLookup(index.onDemand) : eagerLookup(index.facts);
  lookups.set(index, l);
  return l;
}

function onDemandLookup(d: FactsOnDemand): FactLookup {
  return { of: d, count: d.count, fact: (i) => d.fact(i), positionsOf: (e) => d.byEntity().get(e), unitsOf: (m) => d.unitsOf(m) };
}

function eagerLookup(facts: Fact[]): FactLookup {
  const byEntity = positionsByEntity(facts);
  return {
    of: facts,
    count: facts.length,
    fact: (i) => facts[i]!,
    positionsOf: (e) => byEntity.get(e),
    unitsOf: (m) => unitsByMetric(facts).get(m) ?? [],
  };
}

export function createMemo(note: Pick<ParsedNote, 'text'> & { claims?: ParsedNote['claims'] }, index: FactIndex): JudgeMemo {
  const lookup = lookupFor(index);
  const cache = sharedFor(index);
  const sentences = new Map<number | string, SentenceInfo>();
  const blocks = new Map<number | string, Mention[]>();
  const tables = new Map<number, TableContext | null>();
  const claimsBySentence = new Map<number | string, Span[]>();
  // The metrics cannot change during one judge call: their words are checked once per call, not per sentence.
  let wordSet: MetricWordSet | undefined;
  const metricWordsOfIndex = (): MetricWordSet => (wordSet ??= metricWordSet(index));
  for (const c of note.claims ?? []) {
    const list = claimsBySentence.get(key(c.sentence));
    if (list) list.push(c.offset);
    else claimsBySentence.set(key(c.sentence), [c.offset]);
  }
  return {
    factUnits(metric) {
      return lookup.unitsOf(metric);
    },
    factsAbout(metric, entities) {
      const found = new Set<number>();
      for (const e of entities) for (const i of lookup.positionsOf(e) ?? []) if (lookup.fact(i).metric === metric) found.add(i);
      return [...found].sort((a, b) => a - b).map((i) => lookup.fact(i));
    },
    sentence(span) {
      let info = sentences.get(key(span));
      if (!info) {
        const text = note.text.slice(span.start, span.end);
        const known = cache.sentences.get(text);
        if (!known) info = cache.sentences.keep(text, (own) => ({ base: span.start, value: read(own, index, metricWordsOfIndex(), span.start) })).value;
        else {
          const by = span.start - known.base;
          info = by === 0 ? known.value : { ...known.value, mentions: shift(known.value.mentions, by), words: shift(known.value.words, by) };
        }
        sentences.set(key(span), info);
      }
      return info;
    },
    blockMentions(span) {
      let m = blocks.get(key(span));
      if (!m) {
        const text = note.text.slice(span.start, span.end);
        const known = cache.blocks.get(text);
        if (!known) m = cache.blocks.keep(text, (own) => ({ base: span.start, value: findMentions(own, span, index, foldForMatch(own)) })).value;
        else m = shift(known.value, span.start - known.base);
        blocks.set(key(span), m);
      }
      return m;
    },
    fittingMetrics(unit) {
      const { metrics, fitting } = metricWordsOfIndex();
      let m = fitting.get(unit);
      if (!m) fitting.set(unit, (m = metrics.filter((x) => metricUnitFits(unit, x.unit) || unitNamedBy(unit, x))));
      return m;
    },
    table(offset) {
      let t = tables.get(offset);
      if (t === undefined) tables.set(offset, (t = tableContext(note, offset)));
      return t;
    },
    claimsIn(sentence) {
      return claimsBySentence.get(key(sentence)) ?? [];
    },
  };
}
