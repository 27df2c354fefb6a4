import { describe, expect, it } from 'vitest';
import { prng } from '../prng';
import { countNumberTokens, maxMarkers, maxNesting, overBlockBudget, overBudgetBeforeParse } from '../../server/src/core/budget';
import type { WorkBudget } from '../../server/src/core/types';

// overBlockBudget counts a block's emphasis markers only when the block is longer than the budget
// (a paragraph has no more markers than characters): it must say what counting always says.
describe('overBlockBudget', () => {
  const byCounting = (text: string, budget: WorkBudget): boolean => maxNesting(text).depth > budget.nesting || maxMarkers(text).count > budget.markers;
  it('is over budget exactly when counting every block says so', () => {
    const rand = prng(3131);
    const PIECES = ['*', '_', '~', '**', 'a', ' ', '\n', '\n\n', '> ', '- ', '1. ', '|', '#'];
    for (let k = 0; k < 4000; k++) {
      let text = '';
      for (let i = Math.floor(rand() * 40); i > 0; i--) text += PIECES[Math.floor(rand() * PIECES.length)];
      const budget: WorkBudget = { claims: 100, numbers: 100, markers: Math.floor(rand() * 30), nesting: Math.floor(rand() * 6) };
      expect(overBlockBudget(text, budget) !== undefined, JSON.stringify(text)).toBe(byCounting(text, budget));
    }
  });
});

// overBudgetBeforeParse counts a note's numbers only when the note is longer than twice the budget
// (runs of digits are separated): it must say what counting always says, at the bound too.
describe('overBudgetBeforeParse', () => {
  it('is over budget exactly when counting the numbers says so', () => {
    const rand = prng(4242);
    const PIECES = ['1', '23', ' ', '\n', 'a', ',', '.', '%', '$'];
    for (let k = 0; k < 4000; k++) {
      let text = '';
      for (let i = Math.floor(rand() * 30); i > 0; i--) text += PIECES[Math.floor(rand() * PIECES.length)];
      const budget: WorkBudget = { claims: 100, numbers: Math.floor(rand() * 12), markers: 100, nesting: 100 };
      expect(overBudgetBeforeParse(text, budget) !== undefined, JSON.stringify(text)).toBe(countNumberTokens(text) > budget.numbers);
    }
  });

  it('at the bound: 2N characters hold at most N numbers, 2N + 1 can hold N + 1', () => {
    const budget: WorkBudget = { claims: 100, numbers: 1000, markers: 100, nesting: 100 };
    expect(overBudgetBeforeParse('1 '.repeat(1000), budget)).toBeUndefined();
    expect(overBudgetBeforeParse(`${'1 '.repeat(1000)}1`, budget)).toMatch(/has 1,001 numbers, over the work budget of 1,000/);
  });
});

// maxNesting finds line ends with indexOf (a lone CR's place kept until passed): it must find the
// depth and line that reading each line (LF, CRLF or a lone CR) for its markers finds.
describe('maxNesting', () => {
  const MARKER = /[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])/y;
  const byLines = (text: string): { depth: number; line: number } => {
    let best = { depth: 0, line: 0 };
    text.split(/\r\n|\r|\n/).forEach((line, n) => {
      let depth = 0;
      MARKER.lastIndex = 0;
      while (MARKER.test(line)) depth++;
      if (depth > best.depth) best = { depth, line: n };
    });
    return best;
  };

  it('finds the deepest line as reading line by line does, with LF, CRLF and lone CR line ends', () => {
    const rand = prng(5151);
    const PIECES = ['> ', '>', '- ', '-', '+\t', '* ', '1. ', '12) ', '1234567890. ', 'a', ' ', '\t', '\n', '\r\n', '\r', '\r\r\n'];
    for (let k = 0; k < 4000; k++) {
      let text = '';
      for (let i = Math.floor(rand() * 40); i > 0; i--) text += PIECES[Math.floor(rand() * PIECES.length)];
      expect(maxNesting(text), JSON.stringify(text)).toEqual(byLines(text));
    }
  });

  it('names the deepest line after lines ended each way', () => {
    expect(maxNesting('a\r\n> b\rc\n> > - d\r> e')).toEqual({ depth: 3, line: 3 });
    expect(maxNesting('')).toEqual({ depth: 0, line: 0 });
  });
});
