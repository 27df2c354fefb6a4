import { describe, expect, it } from 'vitest';
import { prng } from '../prng';
import { maxMarkers, maxNesting, overBlockBudget } from '../../server/src/core/budget';
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
