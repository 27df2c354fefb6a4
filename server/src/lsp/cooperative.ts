// Runs a stepwise computation (a generator that pauses between units of work) without holding the
// event loop: after each slice of `budgetMs` it yields a macrotask, so requests and edits queued
// meanwhile are handled, then goes on unless `stale()` says the result is no longer wanted. Background
// work also waits while the foreground is busy (runInBackground). Works the same in Node and in the
// browser build's web worker.

const SLICE_MS = 8;
/**
 * Background work's slices are shorter: a request that comes in waits for the slice under way, and
 * the user waits for an open note's check but not for background work's pace. Measured: a hover
 * during Check Workspace p50 ~9 → ~5.5 ms; the extra pauses cost ~1% of the work's time.
 */
const BACKGROUND_SLICE_MS = 4;

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

/** Messages the host has seen come in from the client: one event loop, so one count. */
let messagesIn = 0;

/**
 * A pause that lets a request which came in during the last piece of work be answered before the
 * next piece. It is read from the pipe, then dispatched two macrotasks later (vscode-jsonrpc's reader
 * and its message queue each take a setImmediate): work resumed with setImmediate ran before each
 * of them, so the pause is a short timer. When a message came in during it, the pause also gives
 * it those two macrotasks: a GC pause (20-50 ms during a large facts reload) can run the timer out
 * first, and the next piece then ran before each of them (a hover waited up to ~180 ms).
 */
const REQUEST_GAP_MS = 4;
const DISPATCH_TURNS = 2;
export async function pauseForRequests(): Promise<void> {
  const seen = messagesIn;
  await new Promise((resolve) => setTimeout(resolve, REQUEST_GAP_MS));
  if (messagesIn !== seen) for (let turn = 0; turn < DISPATCH_TURNS; turn++) await nextTask();
}

/**
 * `paused(value)` is called at each pause, before the event loop gets its turn, with what the
 * computation yielded last (a check under way yields how to see its result so far). `hold()`, when
 * given, is awaited at each pause after that turn (background work waiting for the foreground).
 */
export async function runCooperatively<T, Y = void>(
  steps: Generator<Y, T, void>,
  stale: () => boolean,
  budgetMs = SLICE_MS,
  paused?: (value: Y) => void,
  hold?: () => Promise<void>,
): Promise<T | undefined> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= budgetMs) {
      paused?.(step.value);
      await nextTask();
      await hold?.();
      if (stale()) {
        steps.return(undefined as T);
        return undefined;
      }
      sliceStart = performance.now();
    }
  }
}

/** A hold that lets a message read since the last one be dispatched first (pauseForRequests). */
function requestsFirst(): () => Promise<void> {
  let seen = messagesIn;
  return async () => {
    if (messagesIn === seen) return;
    seen = messagesIn;
    await pauseForRequests();
  };
}

/**
 * Runs `steps` in slices, as runCooperatively does, and at each pause lets a message that came in be
 * dispatched first: work the user waits for (a facts file loaded on the server's thread), which must
 * not hold up a hover for its whole length. Undefined once `stale()` at a pause.
 */
export function runLettingRequestsIn<T, Y = void>(steps: Generator<Y, T, void>, stale: () => boolean = () => false): Promise<T | undefined> {
  return runCooperatively(steps, stale, SLICE_MS, undefined, requestsFirst());
}

/** The longest background work sleeps at a time while the foreground is busy (it looks at `dropped()` in between). */
const LONGEST_WAIT_MS = 20;

/** Waits while the foreground is busy (`waitMs()`: for how long still; 0 when free), or until `dropped()`. */
async function whileBusy(waitMs: () => number, dropped: () => boolean): Promise<void> {
  for (let wait = waitMs(); wait > 0 && !dropped(); wait = waitMs()) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, LONGEST_WAIT_MS)));
  }
}

/**
 * The host read a message from the client (it is dispatched a macrotask or two later): background
 * work gives it those macrotasks at its next pause, instead of running one more slice first.
 */
export function messageArrived(): void {
  messagesIn++;
}

/**
 * Runs background steps as runCooperatively does, only while the foreground is free: it starts once
 * `waitMs()` is 0, and when the foreground is busy again at a pause it waits there and goes on from
 * where it was. At a pause after a message came in, it first lets that message be dispatched, so
 * `waitMs()` sees what it started (a hover being answered). Undefined once `dropped()`.
 */
export async function runInBackground<T, Y = void>(steps: Generator<Y, T, void>, waitMs: () => number, dropped: () => boolean): Promise<T | undefined> {
  const letIn = requestsFirst();
  const hold = async (): Promise<void> => {
    await letIn();
    await whileBusy(waitMs, dropped);
  };
  await nextTask();
  await hold();
  if (dropped()) {
    steps.return(undefined as T);
    return undefined;
  }
  return runCooperatively(steps, dropped, BACKGROUND_SLICE_MS, undefined, hold);
}
