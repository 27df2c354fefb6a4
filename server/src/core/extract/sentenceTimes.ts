import { type Token, tokenize } from './lexer';
import { refDate, type RefDate } from './periods';
import { unitStartsAt } from './quantity';
import { findTimes, type TimePhrase } from './time';
import { SEGMENT_READINGS, TextMemo } from '../textMemo';

/** A sentence's tokens and its time phrases (`consumed`: the tokens they take). Read only: shared. */
export interface SentenceTimes {
  readonly tokens: readonly Token[];
  readonly phrases: readonly TimePhrase[];
  readonly consumed: Uint8Array;
}

const refs = new TextMemo<RefDate>(64);

/** The reference date's parts, kept per date string. */
export function refDateOf(referenceDate: string): RefDate {
  return refs.get(referenceDate) ?? refs.keep(referenceDate, refDate);
}

// The last sentences read: the extractor reads every sentence of a segment, then the judge reads a
// claim's sentence again for its times. Dropped wholesale when full.
const recent = new TextMemo<{ referenceDate: string; times: SentenceTimes }>(SEGMENT_READINGS);

/** tokenize and findTimes of a sentence, as of a reference date; the last segment's worth are kept. */
export function sentenceTimes(sentence: string, referenceDate: string): SentenceTimes {
  const known = recent.get(sentence);
  if (known && known.referenceDate === referenceDate) return known.times;
  return recent.keep(sentence, (own) => {
    const tokens = tokenize(own);
    const { phrases, consumed } = findTimes(tokens, own, refDateOf(referenceDate), (j) => unitStartsAt(tokens, j));
    return { referenceDate, times: { tokens, phrases, consumed } };
  }).times;
}
