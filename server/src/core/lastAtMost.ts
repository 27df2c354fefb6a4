/**
 * The index of the last number in `sorted` (ascending) that is at most `value`; 0 when none is (the
 * callers' first entry is 0: a text's first line, piece or offset).
 */
export function lastAtMost(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid]! <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Whether a number of `sorted` (ascending) lies in `span`, ends included. */
export function anyWithin(sorted: ArrayLike<number>, span: { start: number; end: number }): boolean {
  if (sorted.length === 0) return false;
  const last = sorted[lastAtMost(sorted, span.end)]!;
  return last >= span.start && last <= span.end;
}
