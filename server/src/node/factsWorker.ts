// Loads facts files on a worker thread, so the language server's own thread keeps answering while
// a large facts file reloads (100,000 facts: ~1.5 s, during which a keystroke in a note waited).
// The worker sends back the loaded facts as their snapshot (core/facts/factsSnapshot.ts): one
// string, read back here in about a tenth of the load, each fact built when it is first asked for.
// Sending the index itself costs more than loading it (structured clone: ~1.3 s to rebuild it).
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { factsSnapshotText, readFactsSnapshot, textSource, type LoadedFacts } from '../core/facts/factsSnapshot';
import { loadFacts, type LoadFactsOptions } from '../core/facts/loadFacts';

export type FactsInput = { file: string; text: string }[];
export type FactsLoader = (files: FactsInput, options: LoadFactsOptions) => Promise<LoadedFacts>;

interface LoadRequest {
  id: number;
  files: FactsInput;
  options: LoadFactsOptions;
}
/** The snapshot, or `local` when the facts hold a value JSON cannot carry (loaded again on the caller's thread). */
type LoadReply = { id: number; snapshot: string } | { id: number; local: true };

const MARK = 'claimcheckFactsWorker';
/** How long the worker stays started after a load. */
const WORKER_IDLE_MS = 15_000;

/** Whether this thread is a facts worker: the server bundle, started by workerFactsLoader. */
export function isFactsWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[MARK] === true;
}

/** The worker's side: loads each request and replies with its snapshot. */
export function serveFactsLoads(): void {
  parentPort!.on('message', ({ id, files, options }: LoadRequest) => {
    const snapshot = factsSnapshotText(loadFacts(files, options));
    parentPort!.postMessage((snapshot === undefined ? { id, local: true } : { id, snapshot }) satisfies LoadReply);
  });
}

/**
 * Loads facts on one worker started from `script` (the server bundle), on demand. Whatever the
 * worker cannot do (start, finish a load, send it) is done on this thread instead, with the same
 * result; after a worker failure every later load is too, and `onFailure` is told once.
 */
export function workerFactsLoader(script: string, onFailure: (reason: string) => void = () => {}): FactsLoader {
  let worker: Worker | undefined;
  let failed = false;
  let next = 0;
  const pending = new Map<number, { request: LoadRequest; resolve: (loaded: LoadedFacts) => void }>();
  const here = (request: LoadRequest): LoadedFacts => loadFacts(request.files, request.options);
  const fail = (reason: string): void => {
    if (failed) return;
    failed = true;
    if (worker) stop(worker);
    onFailure(reason);
    for (const { request, resolve } of pending.values()) resolve(here(request));
    pending.clear();
  };
  const started = (): Worker => {
    if (worker) return worker;
    const w = new Worker(script, { workerData: { [MARK]: true } });
    // The server's connection keeps the process alive; a worker waiting for work must not.
    w.unref();
    w.on('message', (reply: LoadReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      // Idle a while, it is stopped: its heap (a load of 100,000 facts leaves ~250 MB) goes with it.
      // Until then the next load (a burst of edits to the facts) finds it started and its code compiled.
      if (pending.size === 0) idleSince(w);
      const read = 'snapshot' in reply ? readFactsSnapshot(textSource(reply.snapshot)) : undefined;
      waiting.resolve(read ?? here(waiting.request));
    });
    w.on('error', (error) => fail(error.message));
    w.on('exit', (code) => {
      if (worker === w) fail(`the facts worker stopped (exit code ${code})`);
    });
    return (worker = w);
  };
  const stop = (w: Worker): void => {
    clearTimeout(idle);
    if (worker === w) worker = undefined;
    void w.terminate();
  };
  let idle: ReturnType<typeof setTimeout> | undefined;
  const idleSince = (w: Worker): void => {
    clearTimeout(idle);
    idle = setTimeout(() => stop(w), WORKER_IDLE_MS);
    idle.unref?.();
  };
  return (files, options) => {
    const request = { id: next++, files, options };
    if (failed) return Promise.resolve(here(request));
    clearTimeout(idle);
    return new Promise((resolve) => {
      pending.set(request.id, { request, resolve });
      try {
        started().postMessage(request);
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
      }
    });
  };
}
