import type { Fact, FactIndex, Metric, ParsedNote, Span, Unit } from '../types';
import { findPhrase, foldForMatch, hasPhrase } from './findPhrase';
import { findMentions, type Mention } from './resolveEntities';
import { COMBINING_WORDS, cueMentions, type CuedMention } from './sentenceCues';
import { type TableContext, tableContext } from './tableContext';
import { metricUnitFits } from './resolveMetric';

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
 * Work shared by the claims of one judgeNote call: facts by metric, each sentence's mentions and
 * metric words, each block's mentions, metrics per claim unit. Built lazily, dropped with the call.
 */
export interface JudgeMemo {
  factsByMetric: Map<string, Fact[]>;
  sentence(span: Span): SentenceInfo;
  blockMentions(span: Span): Mention[];
  fittingMetrics(unit: Unit): Metric[];
  table(offset: number): TableContext | null;
  /** The offsets of the note's claims in a sentence. */
  claimsIn(sentence: Span): Span[];
}

const key = (span: Span): string => `${span.start}:${span.end}`;

function metricWords(text: string, span: Span, folded: string, metrics: Iterable<Metric>): WordHit[] {
  const hits: WordHit[] = [];
  for (const metric of metrics) {
    for (const word of metric.words) {
      for (const h of findPhrase(folded, word)) hits.push({ metric, start: span.start + h.start, end: span.start + h.end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function createMemo(note: Pick<ParsedNote, 'text'> & { claims?: ParsedNote['claims'] }, index: FactIndex): JudgeMemo {
  const factsByMetric = new Map<string, Fact[]>();
  for (const f of index.facts) {
    const list = factsByMetric.get(f.metric);
    if (list) list.push(f);
    else factsByMetric.set(f.metric, [f]);
  }
  const sentences = new Map<string, SentenceInfo>();
  const blocks = new Map<string, Mention[]>();
  const fitting = new Map<Unit, Metric[]>();
  const tables = new Map<number, TableContext | null>();
  const claimsBySentence = new Map<string, Span[]>();
  for (const c of note.claims ?? []) {
    const list = claimsBySentence.get(key(c.sentence));
    if (list) list.push(c.offset);
    else claimsBySentence.set(key(c.sentence), [c.offset]);
  }
  return {
    factsByMetric,
    sentence(span) {
      let info = sentences.get(key(span));
      if (!info) {
        const folded = foldForMatch(note.text.slice(span.start, span.end));
        const mentions = cueMentions(folded, span.start, findMentions(note.text, span, index, folded));
        info = {
          folded,
          mentions,
          words: metricWords(note.text, span, folded, index.metrics.values()),
          combining: mentions.length >= 2 && COMBINING_WORDS.some((w) => hasPhrase(folded, w)),
        };
        sentences.set(key(span), info);
      }
      return info;
    },
    blockMentions(span) {
      let m = blocks.get(key(span));
      if (!m) blocks.set(key(span), (m = findMentions(note.text, span, index)));
      return m;
    },
    fittingMetrics(unit) {
      let m = fitting.get(unit);
      if (!m) fitting.set(unit, (m = [...index.metrics.values()].filter((x) => metricUnitFits(unit, x.unit))));
      return m;
    },
    table(offset) {
      // Only a line with a pipe can be a table row; most claims are in prose.
      let t = tables.get(offset);
      if (t === undefined) tables.set(offset, (t = tableContext(note.text, offset)));
      return t;
    },
    claimsIn(sentence) {
      return claimsBySentence.get(key(sentence)) ?? [];
    },
  };
}
