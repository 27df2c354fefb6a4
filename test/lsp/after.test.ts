// `after` (cooperative.ts), how the server runs a check later: with no debounce at the next
// macrotask (not after node's 1 ms minimum timeout); a check replaced by a newer edit never runs.
import { describe, expect, it } from 'vitest';
import { after } from '../../server/src/lsp/cooperative';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('after', () => {
  it('runs zero delays in the order they were asked for, before longer delays', async () => {
    const ran: string[] = [];
    after(2, () => ran.push('2 ms'));
    after(0, () => ran.push('now (a)'));
    after(0, () => ran.push('now (b)'));
    await tick(10);
    expect(ran).toEqual(['now (a)', 'now (b)', '2 ms']);
  });

  it('never runs what was cancelled, with or without a delay', async () => {
    const ran: number[] = [];
    after(0, () => ran.push(0))();
    after(3, () => ran.push(3))();
    after(1, () => ran.push(1));
    await tick(10);
    expect(ran).toEqual([1]);
  });
});
