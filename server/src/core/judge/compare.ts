import type { Claim, Fact, Unit } from '../types';
import { DAYS_PER } from '../units';
import { familyOf } from './unitMemo';

/** Closed interval; infinite ends for one-sided bounds. `openLow`/`openHigh` mark strict bounds. */
export interface Interval {
  low: number;
  high: number;
  openLow?: boolean;
  openHigh?: boolean;
}

/** An "about"/"roughly"/"~" claim also accepts values within 10% of what it states. */
export const APPROX_SHARE = 0.1;

/** Factor into a common base for units of one family (durations in days); 1 otherwise. */
function scaleOf(unit: Unit): number {
  return familyOf(unit) === 'duration' ? (DAYS_PER[unit] ?? 1) : 1;
}

/**
 * What a claim asserts, as an interval in `targetUnit`: its value or range widened by the stated
 * precision (and by APPROX_SHARE when approximate); a bound opens one side ("north of $4 billion" is
 * (4e9, ∞)). Bounds are thresholds, so precision does not loosen them; approximation does.
 */
export function claimInterval(claim: Claim, targetUnit: Unit = claim.unit): Interval | null {
  const k = scaleOf(claim.unit) / scaleOf(targetUnit);
  const low = claim.value ?? claim.low;
  const high = claim.value ?? claim.high;
  if (low === null || high === null) return null;
  const precision = Math.abs(claim.precision || 0);
  const slackLow = claim.approx ? APPROX_SHARE * Math.abs(low) : 0;
  const slackHigh = claim.approx ? APPROX_SHARE * Math.abs(high) : 0;
  switch (claim.bound) {
    case 'gt':
    case 'gte':
      return { low: (low - slackLow) * k, high: Number.POSITIVE_INFINITY, openLow: claim.bound === 'gt' && !claim.approx };
    case 'lt':
    case 'lte':
      return { low: Number.NEGATIVE_INFINITY, high: (high + slackHigh) * k, openHigh: claim.bound === 'lt' && !claim.approx };
    default:
      return { low: (low - precision - slackLow) * k, high: (high + precision + slackHigh) * k };
  }
}

/** A fact's value or range, widened by its tolerance (absolute; else `relativeTolerance` of its size). */
export function factInterval(fact: Fact, relativeTolerance: number): Interval | null {
  const low = fact.value ?? fact.low;
  const high = fact.value ?? fact.high;
  if (low === null || high === null) return null;
  const tol = fact.tolerance ?? relativeTolerance * Math.max(Math.abs(low), Math.abs(high));
  return { low: low - tol, high: high + tol };
}

/** The interval of a sum of facts: lows add up, highs add up. */
export function sumIntervals(parts: Interval[]): Interval {
  return parts.reduce((acc, p) => ({ low: acc.low + p.low, high: acc.high + p.high }), { low: 0, high: 0 });
}

/** Whether two intervals share a value (strict ends exclude the end itself). */
export function intervalsAgree(claim: Interval, fact: Interval): boolean {
  // Sums of base-unit floats (80e9 + 75e9...) must not fail on the last bit.
  const eps = 1e-9 * Math.max(Math.abs(fact.low), Math.abs(fact.high), 1);
  const aboveLow = claim.openLow ? fact.high > claim.low + eps : fact.high >= claim.low - eps;
  const belowHigh = claim.openHigh ? fact.low < claim.high - eps : fact.low <= claim.high + eps;
  return aboveLow && belowHigh;
}

/** Converts a fact value into the claim's unit (durations), so it can be compared and shown. */
export function convertValue(value: number, from: Unit, to: Unit): number {
  return (value * scaleOf(from)) / scaleOf(to);
}

/** Whether the claim agrees with one fact (or with a sum of facts, given as an interval). */
export function agrees(claim: Claim, fact: Interval, factUnit: Unit): boolean {
  const c = claimInterval(claim, factUnit);
  return c !== null && intervalsAgree(c, fact);
}
