import type { Claim, Fact, Unit } from '../types';
import { DAYS_PER } from '../units';
import { familyOf } from './unitMemo';

/** Closed interval; infinite ends for one-sided bounds. `openLow`/`openHigh` mark strict bounds. */
export interface Interval {
  low: number;
  high: number;
  openLow?: boolean;
  openHigh?: boolean;
  /** A sourced range's two ends, each widened by the tolerance: a claimed range must meet both. */
  ends?: [Interval, Interval];
}

/** An "about"/"roughly"/"~" claim also accepts values within 10% of what it states. */
export const APPROX_SHARE = 0.1;
/** How far a bound's own precision may move its threshold, as a share of the figure. */
export const BOUND_SHARE = 0.025;

/**
 * The factor from one unit into another of its family (hours into days); 1 otherwise: a bare
 * count ("Billable hours were 38.6 million") is already in the fact's hours.
 */
function factor(from: Unit, to: Unit): number {
  return familyOf(from) === 'duration' && familyOf(to) === 'duration' ? (DAYS_PER[from] ?? 1) / (DAYS_PER[to] ?? 1) : 1;
}

/**
 * What a claim asserts, as an interval in `targetUnit`: its value or range widened by the stated
 * precision (and by APPROX_SHARE when approximate); a bound opens one side ("north of $4 billion" is
 * (4e9, ∞)). A bound's threshold is as precise as its digits: "over 3,000 employees" allows a
 * sourced 3,000, but the precision moves the threshold by at most BOUND_SHARE of the figure, so
 * "less than $5 billion" still excludes 5.2e9. "nearly"/"almost" (an approximate upper bound) may
 * be half APPROX_SHARE over ("nearly $2 billion" agrees with 1.95e9, not 2.3e9) and has a floor:
 * the figure less twice APPROX_SHARE.
 */
export function claimInterval(claim: Claim, targetUnit: Unit = claim.unit): Interval | null {
  const k = factor(claim.unit, targetUnit);
  const low = claim.value ?? claim.low;
  const high = claim.value ?? claim.high;
  if (low === null || high === null) return null;
  const precision = Math.abs(claim.precision || 0);
  const slackLow = claim.approx ? APPROX_SHARE * Math.abs(low) : 0;
  const slackHigh = claim.approx ? APPROX_SHARE * Math.abs(high) : 0;
  const onBound = (v: number, slack: number): number => Math.max(slack, Math.min(precision, BOUND_SHARE * Math.abs(v)));
  switch (claim.bound) {
    case 'gt':
    case 'gte':
      return { low: (low - onBound(low, slackLow)) * k, high: Number.POSITIVE_INFINITY, openLow: claim.bound === 'gt' && !claim.approx };
    case 'lt':
    case 'lte': {
      // "nearly 7,500" means up to 7,500 as its digits allow, and not far below it.
      const floor = claim.approx ? high - 2 * slackHigh : Number.NEGATIVE_INFINITY;
      return { low: floor * k, high: (high + onBound(high, slackHigh / 2)) * k, openHigh: claim.bound === 'lt' && !claim.approx };
    }
    default:
      return { low: (low - precision - slackLow) * k, high: (high + precision + slackHigh) * k };
  }
}

/** One end of a claimed range, widened as the whole claim is. */
function endInterval(claim: Claim, v: number, k: number): Interval {
  const slack = (claim.approx ? APPROX_SHARE * Math.abs(v) : 0) + Math.abs(claim.precision || 0);
  return { low: (v - slack) * k, high: (v + slack) * k };
}

/** A fact's value or range, widened by its tolerance (absolute; else `relativeTolerance` of its size). */
export function factInterval(fact: Fact, relativeTolerance: number): Interval | null {
  const low = fact.value ?? fact.low;
  const high = fact.value ?? fact.high;
  if (low === null || high === null) return null;
  const tol = fact.tolerance ?? relativeTolerance * Math.max(Math.abs(low), Math.abs(high));
  const i: Interval = { low: low - tol, high: high + tol };
  if (fact.value === null) i.ends = [{ low: low - tol, high: low + tol }, { low: high - tol, high: high + tol }];
  return i;
}

/** The interval of a sum of facts: lows add up, highs add up. */
export function sumIntervals(parts: Interval[]): Interval {
  const sum = parts.reduce((acc, p) => ({ low: acc.low + p.low, high: acc.high + p.high }), { low: 0, high: 0 });
  if (!parts.some((p) => p.ends)) return sum;
  // A sum with a ranged addend is a range: its low end adds the lows, its high end the highs.
  const endsOf = (p: Interval): [Interval, Interval] => p.ends ?? [p, p];
  const lowEnd = sumIntervals(parts.map((p) => endsOf(p)[0]));
  const highEnd = sumIntervals(parts.map((p) => endsOf(p)[1]));
  return { ...sum, ends: [lowEnd, highEnd] };
}

/** An interval scaled by a unit conversion. */
export function mapInterval(i: Interval, f: (v: number) => number): Interval {
  const out: Interval = { ...i, low: f(i.low), high: f(i.high) };
  if (i.ends) out.ends = [mapInterval(i.ends[0], f), mapInterval(i.ends[1], f)];
  return out;
}

/** Whether two intervals share a value (strict ends exclude the end itself). */
export function intervalsAgree(claim: Interval, fact: Interval): boolean {
  // Sums of base-unit floats (80e9 + 75e9...) must not fail on the last bit; an open end sets no scale.
  const eps = 1e-9 * Math.max(...[fact.low, fact.high].filter(Number.isFinite).map(Math.abs), 1);
  const aboveLow = claim.openLow ? fact.high > claim.low + eps : fact.high >= claim.low - eps;
  const belowHigh = claim.openHigh ? fact.low < claim.high - eps : fact.low <= claim.high + eps;
  return aboveLow && belowHigh;
}

/** Whether one value can lie in both intervals, each end strict or not as its own interval says (two statements compared). */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return intervalsAgree(a, b) && intervalsAgree(b, a);
}

/** Converts a fact value into the claim's unit (durations), so it can be compared and shown. */
export function convertValue(value: number, from: Unit, to: Unit): number {
  return value * factor(from, to);
}

/** A fact's value with its tolerance, in the claim's unit. */
export function interval(fact: Fact, claim: Claim, tolerance: number): Interval | null {
  const i = factInterval(fact, tolerance);
  return i && mapInterval(i, (v) => convertValue(v, fact.unit, claim.unit));
}

/** Whether the claim agrees with one fact, with the fact's tolerance (or `tolerance`). */
export function claimAgreesWith(claim: Claim, fact: Fact, tolerance: number): boolean {
  const i = interval(fact, claim, tolerance);
  return i !== null && agrees(claim, i, claim.unit);
}

/** Whether the claim agrees with one fact (or with a sum of facts, given as an interval). */
export function agrees(claim: Claim, fact: Interval, factUnit: Unit): boolean {
  const c = claimInterval(claim, factUnit);
  if (c === null || !intervalsAgree(c, fact)) return false;
  // A claimed range against a sourced range: both ends must agree, not merely overlap.
  if (fact.ends && claim.value === null && claim.bound === 'eq' && claim.low !== null && claim.high !== null) {
    const k = factor(claim.unit, factUnit);
    return intervalsAgree(endInterval(claim, claim.low, k), fact.ends[0]) && intervalsAgree(endInterval(claim, claim.high, k), fact.ends[1]);
  }
  return true;
}
