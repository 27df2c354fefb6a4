// The agreement rule between two statements: they disagree only when no value fits both, each
// read with its own stated precision, bound and hedge (README: How a claim is judged, Agreement and
// Bounds). Expected verdicts written from those rules before running.
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../server/src/core/parse/parseNote';
import { statementsDisagree } from '../../server/src/core/consistency/inconsistencies';
import type { Claim } from '../../server/src/core/types';

/** The one figure of a sentence, as the extractor reads it. */
function figure(sentence: string): Claim {
  const claims = parseNote(`${sentence}\n`, { referenceDate: '2025-06-30' }).claims;
  expect(claims, sentence).toHaveLength(1);
  return claims[0]!;
}

const cases: [string, string, 'agree' | 'disagree', string][] = [
  ['Quillon was valued at $60 billion.', 'Quillon was valued at $61.5 billion.', 'disagree', '59.5–60.5B and 61.45–61.55B do not meet'],
  ['Quillon was valued at about $60 billion.', 'Quillon was valued at $61.5 billion.', 'agree', '"about" adds 10%: 53.5–66.5B holds 61.5B'],
  ['Quillon was valued at $61 billion.', 'Quillon was valued at $61.4 billion.', 'agree', '60.5–61.5B holds 61.35–61.45B'],
  ['Quillon was valued at $61.5 billion.', 'Quillon was valued at $61.7 billion.', 'disagree', 'both stated to a tenth: 61.45–61.55 vs 61.65–61.75'],
  ['Meridian Grocers had revenue of $18 billion.', 'Meridian Grocers had revenue of $18.4 billion.', 'agree', '"$18 billion" is 17.5–18.5B'],
  ['Meridian Grocers had revenue of more than $4 billion.', 'Meridian Grocers had revenue of $3 billion.', 'disagree', 'above 4B (less 2.5%) excludes 2.5–3.5B'],
  ['Meridian Grocers had revenue of more than $4 billion.', 'Meridian Grocers had revenue of less than $3 billion.', 'disagree', 'two open bounds that never meet'],
  ['Meridian Grocers had revenue of more than $4 billion.', 'Meridian Grocers had revenue of $4.5 billion.', 'agree', '4.5B is above 4B'],
  ['Pinecrest Health had over 3,000 employees.', 'Pinecrest Health had 3,000 employees.', 'agree', 'a bound is as precise as its digits'],
  ['Solvara raised nearly $2 billion.', 'Solvara raised $2.3 billion.', 'disagree', '"nearly" allows at most ~5% over'],
  ['Solvara raised nearly $2 billion.', 'Solvara raised $1.95 billion.', 'agree', 'just under the figure'],
  ['Solvara expects revenue of $8–10 billion.', 'Solvara expects revenue of $9 billion.', 'agree', 'a value inside the range fits both'],
  ['Solvara expects revenue of $8–10 billion.', 'Solvara expects revenue of $12 billion.', 'disagree', '12B is outside 8–10B'],
  ['Pinecrest Health had 1,200 employees.', 'Pinecrest Health had 1,450 employees.', 'disagree', '1,150–1,250 and 1,425–1,475'],
  ['The wind farm has a capacity of 1.2 GW.', 'The wind farm has a capacity of 1,150 MW.', 'agree', '1.15–1.25 GW meets 1,149.5–1,150.5 MW (scaled units compare in watts)'],
];

describe('two statements disagree only beyond both figures’ precision', () => {
  for (const [a, b, expected, why] of cases) {
    it(`${a} / ${b}: ${expected} (${why})`, () => {
      const x = figure(a);
      const y = figure(b);
      expect(statementsDisagree(x, y)).toBe(expected === 'disagree');
      // The rule is symmetric.
      expect(statementsDisagree(y, x)).toBe(expected === 'disagree');
    });
  }

  it('never compares figures of different currencies', () => {
    expect(statementsDisagree(figure('Solvara raised €40 million.'), figure('Solvara raised $45 million.'))).toBe(false);
  });
});
