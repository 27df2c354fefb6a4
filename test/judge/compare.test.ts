import { describe, expect, it } from 'vitest';
import { agrees, claimInterval, factInterval, sumIntervals } from '../../server/src/core/judge/compare';
import type { Claim } from '../../server/src/core/types';
import { type ClaimSpec, claimIn, fact } from './builders';

const TEXT = 'It was X.';
const claim = (spec: ClaimSpec): Claim => claimIn(TEXT, 'X', spec);
const single = (value: number, unit = 'USD') => ({ low: value, high: value, unit });

function agreesWith(spec: ClaimSpec, value: number, unit = 'USD'): boolean {
  const f = single(value, unit);
  return agrees(claim({ unit, ...spec }), { low: f.low, high: f.high }, unit);
}

describe('precision', () => {
  it('"$18 billion" (±0.5e9) is supported by 18.4e9, not by 18.6e9', () => {
    const spec = { value: 18e9, precision: 0.5e9 };
    expect(agreesWith(spec, 18.4e9)).toBe(true);
    expect(agreesWith(spec, 18.6e9)).toBe(false);
  });
  it('"$18.0 billion" (±0.05e9) claims more exactness', () => {
    expect(agreesWith({ value: 18e9, precision: 0.05e9 }, 18.4e9)).toBe(false);
  });
});

describe('bounds', () => {
  // Issue 9 pt 5: a bound is judged with the claim's own precision, so "north of $4 billion" now
  // allows a sourced 4e9 (it used to be contradicted); the precision moves it by at most 2.5%.
  it('"north of $4 billion" is supported by 5e9 and by a sourced 4e9, contradicted by 3e9', () => {
    const spec: ClaimSpec = { value: 4e9, bound: 'gt', precision: 0.5e9 };
    expect(agreesWith(spec, 5e9)).toBe(true);
    expect(agreesWith(spec, 3e9)).toBe(false);
    expect(agreesWith(spec, 4e9)).toBe(true);
    expect(agreesWith(spec, 3.8e9)).toBe(false);
    expect(agreesWith({ ...spec, bound: 'lt' }, 4.2e9)).toBe(false);
    expect(agreesWith({ ...spec, bound: 'gte' }, 4e9)).toBe(true);
  });
  it('"over 3,000 employees" agrees with a sourced 3,000 (precision 150), not with 2,500', () => {
    const spec: ClaimSpec = { value: 3000, bound: 'gt', precision: 150, unit: 'people' };
    expect(agreesWith(spec, 3000, 'people')).toBe(true);
    expect(agreesWith(spec, 2900, 'people')).toBe(false);
  });
  it('"nearly $2 billion" agrees with 1.95e9, not with 2.3e9 nor 1e9', () => {
    const spec: ClaimSpec = { value: 2e9, bound: 'lte', approx: true, precision: 0.5e9 };
    expect(agreesWith(spec, 1.95e9)).toBe(true);
    expect(agreesWith(spec, 2.3e9)).toBe(false);
    expect(agreesWith(spec, 1e9)).toBe(false);
  });
  it('"almost 7,500 people" agrees with 7,400, not with 8,000', () => {
    const spec: ClaimSpec = { value: 7500, bound: 'lte', approx: true, precision: 50, unit: 'people' };
    expect(agreesWith(spec, 7400, 'people')).toBe(true);
    expect(agreesWith(spec, 8000, 'people')).toBe(false);
  });
  it('"up to $10 billion" agrees with a sourced 10e9', () => {
    expect(agreesWith({ value: 10e9, bound: 'lte', precision: 0.5e9 }, 10e9)).toBe(true);
  });
  it('"up to 10%" accepts 10 and below, not 12', () => {
    const spec: ClaimSpec = { value: 10, bound: 'lte', unit: 'percent' };
    expect(agreesWith(spec, 10, 'percent')).toBe(true);
    expect(agreesWith(spec, 3, 'percent')).toBe(true);
    expect(agreesWith(spec, 12, 'percent')).toBe(false);
  });
});

describe('approximation', () => {
  it('"about $100 billion" also accepts values within 10%', () => {
    expect(agreesWith({ value: 100e9, precision: 0.5e9, approx: true }, 109e9)).toBe(true);
    expect(agreesWith({ value: 100e9, precision: 0.5e9, approx: true }, 112e9)).toBe(false);
    expect(agreesWith({ value: 100e9, precision: 0.5e9 }, 109e9)).toBe(false);
  });
  it('"nearly $5 billion" (lt, approximate) accepts a little more than the bound', () => {
    expect(agreesWith({ value: 5e9, bound: 'lt', approx: true }, 5.2e9)).toBe(true);
    expect(agreesWith({ value: 5e9, bound: 'lt' }, 5.2e9)).toBe(false);
  });
});

describe('ranges', () => {
  it('"4% to 6%" is supported by 5%, contradicted by 7%', () => {
    const spec: ClaimSpec = { low: 4, high: 6, unit: 'percent', precision: 0.5 };
    expect(agreesWith(spec, 5, 'percent')).toBe(true);
    expect(agreesWith(spec, 7, 'percent')).toBe(false);
  });
  it('a single claim agrees with a fact range that contains it', () => {
    const f = fact({ id: 'r', metric: 'capex', low: 91e9, high: 93e9 });
    expect(agrees(claim({ value: 92e9, precision: 0.5e9 }), factInterval(f, 0)!, 'USD')).toBe(true);
    expect(agrees(claim({ value: 95e9, precision: 0.5e9 }), factInterval(f, 0)!, 'USD')).toBe(false);
  });
});

describe('tolerance', () => {
  it('a fact tolerance widens the fact; the config default is relative', () => {
    const exact = fact({ id: 'a', metric: 'users', value: 100, unit: 'users' });
    expect(factInterval(exact, 0)).toEqual({ low: 100, high: 100 });
    expect(factInterval(exact, 0.05)).toEqual({ low: 95, high: 105 });
    expect(factInterval({ ...exact, tolerance: 2 }, 0.05)).toEqual({ low: 98, high: 102 });
  });
});

describe('durations and sums', () => {
  it('compares durations across units through days', () => {
    expect(agrees(claim({ value: 3, unit: 'months', precision: 0.5 }), { low: 90, high: 90 }, 'days')).toBe(true);
    expect(agrees(claim({ value: 3, unit: 'months', precision: 0.5 }), { low: 120, high: 120 }, 'days')).toBe(false);
    expect(claimInterval(claim({ value: 1, unit: 'weeks' }), 'days')).toEqual({ low: 7, high: 7 });
  });
  it('adds lows and highs', () => {
    expect(sumIntervals([{ low: 80, high: 80 }, { low: 91, high: 93 }, { low: 125, high: 125 }])).toEqual({ low: 296, high: 298 });
  });
});

describe('ranges against ranges (issue 9 pt 10)', () => {
  const ranged = (low: number, high: number) => factInterval(fact({ id: 'r', metric: 'capex', low, high }), 0)!;
  const claimed = claim({ value: null, low: 64e9, high: 72e9, precision: 0.5e9 });
  it('agrees only when both ends agree within precision', () => {
    expect(agrees(claimed, ranged(64e9, 72e9), 'USD')).toBe(true);
    expect(agrees(claimed, ranged(64.3e9, 71.8e9), 'USD')).toBe(true);
  });
  it('does not agree with a range it merely overlaps', () => {
    expect(agrees(claimed, ranged(60e9, 65e9), 'USD')).toBe(false);
    expect(agrees(claimed, ranged(66e9, 80e9), 'USD')).toBe(false);
  });
  it('a claimed range still agrees with a single sourced value inside it', () => {
    expect(agrees(claimed, { low: 70e9, high: 70e9 }, 'USD')).toBe(true);
  });
  it('a sum with a ranged addend is a range', () => {
    const s = sumIntervals([ranged(10, 20), { low: 5, high: 5 }]);
    expect(s.ends).toEqual([{ low: 15, high: 15 }, { low: 25, high: 25 }]);
  });
});
