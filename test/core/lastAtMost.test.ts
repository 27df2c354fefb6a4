// lastAtMost finds lines (a note's, a facts file's, an open document's) and a document's pieces:
// it must agree with a scan on any ascending list, at, between, below and past its numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastAtMost } from '../../server/src/core/lastAtMost';

describe('lastAtMost', () => {
  it('is the last index whose number is at most the value, as a scan finds it', () => {
    const ascending = fc.array(fc.nat(40), { minLength: 1, maxLength: 30 }).map((gaps) => gaps.reduce<number[]>((list, gap) => [...list, (list.at(-1) ?? 0) + gap], []));
    fc.assert(
      fc.property(ascending, fc.integer({ min: -5, max: 1300 }), (sorted, value) => {
        let expected = 0;
        for (let i = 0; i < sorted.length; i++) if (sorted[i]! <= value) expected = i;
        expect(lastAtMost(sorted, value)).toBe(expected);
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('finds the line of an offset: "hello\\n\\nfourteen chars\\n" has lines at 0, 6, 7 and 22', () => {
    const starts = [0, 6, 7, 22];
    expect([0, 5, 6, 7, 21, 22, 99].map((offset) => lastAtMost(starts, offset))).toEqual([0, 0, 1, 2, 2, 3, 3]);
  });
});
