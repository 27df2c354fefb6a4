// Runs a stepwise computation (a generator that pauses between units of work) without holding the
// event loop: after each slice of `budgetMs` it yields a macrotask, so requests and edits queued
// meanwhile are handled, then goes on unless `stale()` says the result is no longer wanted.
// Works the same in Node and in the browser build's web worker.

const SLICE_MS = 8;

/**
 * Runs `fn` after `delayMs`; returns what cancels it. No delay means the next macrotask
 * (setImmediate where there is one): node's `setTimeout(fn, 0)` waits a whole millisecond, paid by
 * every open and, with no debounce, every keystroke.
 */
export function after(delayMs: number, fn: () => void): () => void {
  if (delayMs <= 0 && typeof setImmediate === 'function') {
    const handle = setImmediate(fn);
    return () => clearImmediate(handle);
  }
  const handle = setTimeout(fn, delayMs);
  return () => clearTimeout(handle);
}

const nextTask = (): Promise<void> => new Promise((resolve) => after(0, resolve));

/**
 * `paused(value)` is called at each pause, before the event loop gets its turn, with what the
 * computation yielded last (a check under way yields how to see its result so far).
 */
export async function runCooperatively<T, Y = void>(steps: Generator<Y, T, void>, stale: () => boolean, budgetMs = SLICE_MS, paused?: (value: Y) => void): Promise<T | undefined> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= budgetMs) {
      paused?.(step.value);
      await nextTask();
      if (stale()) {
        steps.return(undefined as T);
        return undefined;
      }
      sliceStart = performance.now();
    }
  }
}
