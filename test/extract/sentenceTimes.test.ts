import { describe, expect, it } from 'vitest';
import { prng } from '../prng';
import { generateVariedCorpus } from '../../bench/variedCorpus.mjs';
import { tokenize } from '../../server/src/core/extract/lexer';
import { refDate } from '../../server/src/core/extract/periods';
import { unitStartsAt } from '../../server/src/core/extract/quantity';
import { sentenceTimes } from '../../server/src/core/extract/sentenceTimes';
import { findTimes, yearsEarlier } from '../../server/src/core/extract/time';

// The extractor and the judge share a sentence's tokens and time phrases (sentenceTimes keeps the
// last few hundred): what it returns must be what reading the sentence afresh gives, for the
// reference date asked, whichever sentences and dates came before.
describe('sentenceTimes', () => {
  it('gives what tokenize and findTimes give, for each reference date, in any order', () => {
    const lines = generateVariedCorpus({ notes: 30, targetBytes: 80_000 }).flatMap((n) => n.split('\n')).filter((l) => /\d|year|quarter/i.test(l));
    const dates = ['2025-06-30', '2024-01-15', '2026-12-31'];
    const rand = prng(515);
    for (let k = 0; k < 3000; k++) {
      const sentence = lines[Math.floor(rand() * lines.length)]!;
      const date = dates[Math.floor(rand() * dates.length)]!;
      const tokens = tokenize(sentence);
      const { phrases, consumed } = findTimes(tokens, sentence, refDate(date), (j) => unitStartsAt(tokens, j));
      expect(sentenceTimes(sentence, date), sentence).toEqual({ tokens, phrases, consumed });
    }
  });
});

describe('years earlier than another time', () => {
  it('are read with "of" before them, as "the $2.1 billion of a year earlier" writes them', () => {
    expect(yearsEarlier({ text: 'a year earlier' })).toBe(1);
    expect(yearsEarlier({ text: 'of a year earlier' })).toBe(1);
    expect(yearsEarlier({ text: 'of two years before' })).toBe(2);
    expect(yearsEarlier({ text: 'of 2024' })).toBeNull();
  });
});
