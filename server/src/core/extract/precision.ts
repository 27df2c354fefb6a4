/**
 * The absolute half-width the stated digits imply.
 * - a scale word, suffix or scaled unit: half a unit of the last stated digit times the scale
 *   ("$18 billion" -> 0.5e9, "$61.5B" -> 0.05e9, "2.4 GW" -> 0.05e9);
 * - decimals without scale: half a unit of the last decimal ("61.5" -> 0.05);
 * - percentages, basis points, multiples and number words: half a unit ("4%" -> 0.5);
 * - other integers: half the place of the last non-zero digit, at most 5% of the value
 *   ("100,000" -> 5,000; "122" -> 0.5), since round counts are usually rounded.
 */
export function precisionOf(q: { raw: number; decimals: number; scale: number; unit: string; words: boolean }): number {
  const unitStep = Math.pow(10, -q.decimals);
  if (q.scale !== 1) return clean(0.5 * unitStep * q.scale);
  if (q.decimals > 0 || q.words) return clean(0.5 * unitStep);
  if (q.unit === 'percent' || q.unit === 'bps' || q.unit === 'x') return 0.5;
  const v = Math.abs(Math.round(q.raw));
  if (v === 0) return 0.5;
  let place = 1;
  while (v % (place * 10) === 0) place *= 10;
  return Math.max(0.5, Math.min(place / 2, 0.05 * v));
}

/** Strips binary noise (0.05 * 1e9 = 50000000.00000001). */
export function clean(n: number): number {
  // Above 2^53 even integers carry binary noise (10^26 * 1 = 9.999999999999999e25).
  return Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER ? n : Number(n.toPrecision(12));
}
