// hedgeBefore looks a number's hedge up by the word before the number (extract/hedges.ts
// BY_LAST_WORD) instead of trying every hedge in turn. The answer must be the one the plain scan
// gives: the first hedge, longest phrases first, whose words end right before the number.
import { describe, expect, it } from 'vitest';
import { HEDGES, hedgeBefore, type HedgeMatch } from '../../server/src/core/extract/hedges';
import { tokenize, type Token } from '../../server/src/core/extract/lexer';

/** The scan the look-up replaced, over the same table. */
function scan(tokens: readonly Token[], i: number): HedgeMatch | null {
  for (const hedge of HEDGES) {
    const n = hedge.words.length;
    if (i - n < 0) continue;
    if (hedge.words.every((word, k) => tokens[i - n + k]!.lower === word)) return { bound: hedge.bound, approx: hedge.approx, start: i - n };
  }
  return null;
}

/** Every place a number could sit in `text`: each token's index, and one past the last. */
function compareEverywhere(text: string): void {
  const tokens = tokenize(text);
  for (let i = 0; i <= tokens.length; i++) expect(hedgeBefore(tokens, i), `${text} @${i}`).toEqual(scan(tokens, i));
}

describe('hedgeBefore = the scan over every hedge', () => {
  it('for every hedge, alone, after a word, and after another hedge', () => {
    let found = 0;
    for (const hedge of HEDGES) {
      const phrase = hedge.words.join(' ');
      for (const before of ['', 'No ', 'a ', 'well ', 'just ', 'as much ', 'est ', 'north of ']) {
        const text = `${before}${phrase} $4 billion`;
        compareEverywhere(text);
        const tokens = tokenize(text);
        const number = tokens.findIndex((t) => t.lower === '4' || t.lower === '$');
        if (hedgeBefore(tokens, number)) found++;
      }
    }
    // Nearly every phrase is read as a hedge before the figure (a few, like "ca .", tokenize otherwise).
    expect(found).toBeGreaterThan(HEDGES.length * 6);
  });

  it('the longer phrase wins where two end alike', () => {
    const tokens = tokenize('no more than 40 GPUs');
    expect(hedgeBefore(tokens, 3)).toEqual({ bound: 'lte', approx: false, start: 0 });
    expect(hedgeBefore(tokenize('more than 40 GPUs'), 2)).toEqual({ bound: 'gt', approx: false, start: 0 });
  });

  it('on random sentences made of hedge words and others', () => {
    const words = [...new Set(HEDGES.flatMap((h) => h.words)), 'revenue', 'was', '$', '5', 'billion', ',', 'the', 'Q3'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let s = 0; s < 2000; s++) {
      const length = 1 + next(9);
      compareEverywhere(Array.from({ length }, () => words[next(words.length)]).join(' '));
    }
  });
});
