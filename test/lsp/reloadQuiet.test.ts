// After a slow project load, a facts file being typed in reloads once the typing pauses: never
// between keystrokes of a steady rhythm, soon after its end.
import { describe, expect, it } from 'vitest';
import { reloadQuietMs } from '../../server/src/lsp/projectStore';

const DEBOUNCE = 75;

/** When reloads start for edits at `times` (ms), each rescheduling the one before, as ProjectStore does. */
function reloadsFor(times: number[], lastLoadMs: number): number[] {
  const reloads: number[] = [];
  let due = Infinity;
  let previous = -Infinity;
  for (const t of times) {
    if (due <= t) reloads.push(due);
    due = t + reloadQuietMs(DEBOUNCE, lastLoadMs, t - previous);
    previous = t;
  }
  return [...reloads, due];
}

describe('reloadQuietMs', () => {
  it('waits only the debounce after a fast load', () => {
    expect(reloadQuietMs(DEBOUNCE, 120, 10)).toBe(DEBOUNCE);
    expect(reloadQuietMs(DEBOUNCE, 120, Infinity)).toBe(DEBOUNCE);
  });

  it('after a slow load, reloads once per burst of typing, soon after it ends', () => {
    for (const gap of [40, 120, 250]) {
      const keys = Array.from({ length: 30 }, (_, k) => 1000 + k * gap);
      const reloads = reloadsFor(keys, 600);
      expect(reloads, `keys ${gap} ms apart`).toHaveLength(1);
      expect(reloads[0]! - keys.at(-1)!).toBeLessThanOrEqual(Math.max(DEBOUNCE, 3 * gap));
    }
  });

  it('waits twice the load (at most 2 s) after an edit that follows a long pause', () => {
    expect(reloadQuietMs(DEBOUNCE, 600, Infinity)).toBe(1200);
    expect(reloadQuietMs(DEBOUNCE, 1500, 60_000)).toBe(2000);
    expect(reloadQuietMs(DEBOUNCE, 600, 10)).toBe(DEBOUNCE);
  });
});
