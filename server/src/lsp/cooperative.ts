// Runs a stepwise computation (a generator that pauses between units of work) without holding the
// event loop: after each slice of `budgetMs` it yields a macrotask, so requests and edits queued
// meanwhile are handled, then goes on unless `stale()` says the result is no longer wanted. Background
// work also waits while the foreground is busy (whenNotBusy). Works the same in Node and in the
// browser build's web worker.

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

/** The longest background work sleeps at a time while the foreground is busy (it looks at `dropped()` in between). */
const LONGEST_WAIT_MS = 20;

/**
 * Runs `attempt` once the foreground is free: `waitMs()` says for how long it is busy still (0:
 * free). The attempt is handed what stops it at its next pause (the foreground busy again, or
 * `dropped()`), and runs again once the foreground is free. Undefined once `dropped()`; an attempt
 * that resolves to undefined was stopped.
 */
export async function whenNotBusy<T>(waitMs: () => number, dropped: () => boolean, attempt: (stop: () => boolean) => Promise<T | undefined>): Promise<T | undefined> {
  for (;;) {
    await nextTask();
    for (let wait = waitMs(); wait > 0 && !dropped(); wait = waitMs()) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, LONGEST_WAIT_MS)));
    }
    if (dropped()) return undefined;
    const result = await attempt(() => dropped() || waitMs() > 0);
    if (result !== undefined || dropped()) return result;
  }
}
