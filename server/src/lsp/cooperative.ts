// Runs a stepwise computation (a generator that pauses between units of work) without holding the
// event loop: after each slice of `budgetMs` it yields a macrotask, so requests and edits queued
// meanwhile are handled, then goes on unless `stale()` says the result is no longer wanted.
// Works the same in Node and in the browser build's web worker.

const SLICE_MS = 8;

const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else setTimeout(resolve, 0);
  });

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
