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

export async function runCooperatively<T>(steps: Generator<void, T, void>, stale: () => boolean, budgetMs = SLICE_MS): Promise<T | undefined> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= budgetMs) {
      await nextTask();
      if (stale()) {
        steps.return(undefined as T);
        return undefined;
      }
      sliceStart = performance.now();
    }
  }
}
