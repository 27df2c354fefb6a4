// Line starts found in pieces are the ones found at once, whatever the line breaks and wherever a
// piece ends (a CR LF split between two pieces is one line break).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineStartsOf, lineStartsSteps } from '../../server/src/core/lineStarts';
import { runToEnd } from '../../server/src/core/runToEnd';

describe('lineStartsSteps', () => {
  it('finds the same line starts as lineStartsOf, with LF, CR LF and lone CR, in pieces of any size', () => {
    const text = fc.array(fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', 'x\r\ny'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 8 }), (t, size) => {
        expect(runToEnd(lineStartsSteps(t, size))).toEqual(lineStartsOf(t));
      }),
      { numRuns: 500 },
    );
  });

  it('pauses once per piece', () => {
    const steps = lineStartsSteps('one\r\ntwo\rthree\nfour', 4);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(4);
    expect(step.value).toEqual([0, 5, 9, 15]);
  });
});
