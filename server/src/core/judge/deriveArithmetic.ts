// Interval arithmetic for derived figures: each fact is its [low, high] widened by its tolerance
// (compare.factInterval), and a derived figure is every value the operands allow. The claim's own
// precision is applied once, at the comparison (compare.agrees), never here.
import type { DerivedForm } from '../types';
import type { Interval } from './compare';

/** a / b for a positive denominator; null when b may be zero or negative (no ratio to speak of). */
export function divideIntervals(a: Interval, b: Interval): Interval | null {
  if (!(b.low > 0)) return null;
  const q = [a.low / b.low, a.low / b.high, a.high / b.low, a.high / b.high];
  return { low: Math.min(...q), high: Math.max(...q) };
}

/** a − b: the lowest a less the highest b, up to the highest a less the lowest b. */
export function subtractIntervals(a: Interval, b: Interval): Interval {
  return { low: a.low - b.high, high: a.high - b.low };
}

const scaleBy = (i: Interval, k: number, shift = 0): Interval => ({ low: i.low * k + shift, high: i.high * k + shift });

/**
 * The derived figure of a form from its two operands (later/earlier, part/whole, numerator/
 * denominator), in the claim's unit: growth in percent (later / earlier − 1), a share in percent
 * (part / whole), a multiple in x (a / b), a difference in the operands' unit (later − earlier).
 */
export function deriveInterval(form: DerivedForm, a: Interval, b: Interval): Interval | null {
  if (form === 'difference') return subtractIntervals(a, b);
  const ratio = divideIntervals(a, b);
  if (!ratio) return null;
  if (form === 'growth') return scaleBy(ratio, 100, -100);
  if (form === 'share') return scaleBy(ratio, 100);
  return ratio;
}

/** The operator the formula writes between the operands, and what follows them. */
export const FORMULA_SHAPE: Record<DerivedForm, { op: string; tail: string }> = {
  growth: { op: '/', tail: ' − 1' },
  share: { op: '/', tail: '' },
  multiple: { op: '/', tail: '' },
  difference: { op: '−', tail: '' },
};
