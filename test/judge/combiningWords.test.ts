import { describe, expect, it } from 'vitest';
import { prng } from '../prng';
import { generateVariedCorpus } from '../../bench/variedCorpus.mjs';
import { foldForMatch, hasPhrase } from '../../server/src/core/judge/findPhrase';
import { COMBINING_WORDS, hasCombiningWord } from '../../server/src/core/judge/sentenceCues';

// hasCombiningWord reads every combining word in one pass: it must answer as asking hasPhrase
// about each word does, on real sentences and on random mixes of the words and their near misses.
describe('hasCombiningWord', () => {
  const byEach = (folded: string): boolean => COMBINING_WORDS.some((w) => hasPhrase(folded, w));
  it('answers as hasPhrase on each combining word', () => {
    const lines = generateVariedCorpus({ notes: 20, targetBytes: 50_000 }).flatMap((n) => n.split('\n'));
    for (const line of lines) expect(hasCombiningWord(foldForMatch(line)), line).toBe(byEach(foldForMatch(line)));
    const PIECES = [...COMBINING_WORDS, 'totally', 'subtotal', 'in', 'all', 'them', 'between', 'two', 'Together', 'Combined.', 'totals,', 'joint', '-', ' ', '  ', "'s", 'é', '5'];
    const rand = prng(2718);
    for (let k = 0; k < 5000; k++) {
      let text = '';
      for (let i = Math.floor(rand() * 6); i > 0; i--) text += PIECES[Math.floor(rand() * PIECES.length)] + (rand() < 0.7 ? ' ' : '');
      const folded = foldForMatch(text);
      expect(hasCombiningWord(folded), text).toBe(byEach(folded));
    }
  });
});
