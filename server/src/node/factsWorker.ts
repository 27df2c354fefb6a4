// Loads facts files on a worker thread, so the language server's own thread keeps answering while
// a large facts file reloads (100,000 facts: ~1.5 s, during which a keystroke in a note waited).
// The worker sends back the loaded facts as their snapshot (core/facts/factsSnapshot.ts), read back
// here in about a tenth of the load, each fact built when it is first asked for. Sending the index
// itself costs more than loading it (structured clone: ~1.3 s to rebuild it). The snapshot's bytes
// are moved, not copied: a 25 MB string took this thread 20-70 ms to receive, in one piece. And it
// is read back a part at a time, with this thread's other work (a hover) let in between.
// It also finds the middle entries of a large facts file for Add Fact's outline (the plain reading
// of the whole file: ~0.6 s at 100,000 facts, which held the server's thread the first time the
// quick fixes were asked for after each change to the file).
import { isMainThread, parentPort, workerData, type Worker } from 'node:worker_threads';
import { factsSnapshotParts, readFactsSnapshotSteps, type LoadedFacts, type SnapshotSource } from '../core/facts/factsSnapshot';
import { countFactEntriesIn } from '../core/facts/countFactEntries';
import { loadFacts, type LoadFactsOptions } from '../core/facts/loadFacts';
import { middleEntriesOf, middleEntryLines, type LineCut } from '../core/facts/middleEntries';
import type { LoadedOffThread } from '../lsp/host';
import { pauseForRequests } from '../lsp/cooperative';
import { loadFactsHere } from '../lsp/factsHere';
import { quietWorker } from './quietWorker';

export type FactsInput = { file: string; text: string }[];
export type FactsLoader = (files: FactsInput, options: LoadFactsOptions) => Promise<LoadedOffThread>;
export type MiddleEntriesFinder = (text: string) => Promise<LineCut[]>;

type Request = { id: number; files: FactsInput; options: LoadFactsOptions } | { id: number; middleEntriesOf: string };
/**
 * A load's snapshot, or `local` when the facts hold a value JSON cannot carry (loaded again on the
 * caller's thread); or the middle entries' lines of a text.
 */
type Reply = { id: number; snapshot: ArrayBuffer; middleByFile: [string, LineCut[]][]; factEntries: number } | { id: number; local: true } | { id: number; middle: LineCut[] };

const MARK = 'claimcheckFactsWorker';
/** How long the worker stays started after its last job. */
const WORKER_IDLE_MS = 15_000;

/** Whether this thread is a facts worker: the server bundle, started by startFactsWorker. */
export function isFactsWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[MARK] === true;
}

/** The worker's side: loads each request and replies with its snapshot, or finds a text's middle entries. */
export function serveFactsLoads(): void {
  parentPort!.on('message', (request: Request) => {
    const { id } = request;
    if ('middleEntriesOf' in request) {
      parentPort!.postMessage({ id, middle: middleEntryLines(request.middleEntriesOf) } satisfies Reply);
      return;
    }
    // Add Fact's outline of each file, from the load's own reading of it: ~30 ms more, where
    // finding it when first asked read the whole file again (~0.6 s at 100,000 facts).
    const middleByFile: [string, LineCut[]][] = [];
    const loaded = loadFacts(request.files, request.options, (file, text, read) => middleByFile.push([file, middleEntriesOf(read, text)]));
    const parts = factsSnapshotParts(loaded);
    if (!parts) return parentPort!.postMessage({ id, local: true } satisfies Reply);
    const snapshot = snapshotBytes(parts);
    // Counted here too: ~40 ms at 100,000 facts that the server's thread spent after each reload.
    const factEntries = countFactEntriesIn(request.files);
    parentPort!.postMessage({ id, snapshot, middleByFile, factEntries } satisfies Reply, [snapshot]);
  });
}

/** A snapshot's text as bytes of their own, to move to the server's thread (ASCII: a character is a byte). */
export function snapshotBytes(parts: string[]): ArrayBuffer {
  const bytes = new ArrayBuffer(parts.reduce((n, p) => n + p.length, 0));
  const view = Buffer.from(bytes);
  let at = 0;
  for (const part of parts) at += view.write(part, at, 'latin1');
  return bytes;
}

/**
 * The facts a snapshot's bytes hold, each larger part read in a task of its own, and the caller's
 * use of them in one more: requests that came in meanwhile are answered in between (at 100,000
 * facts the parts take ~15-60 ms each; read in one go, a hover waited for all of them). Undefined
 * for what is not a snapshot, or one that fails to read.
 */
export async function readSnapshotInParts(bytes: ArrayBuffer): Promise<LoadedFacts | undefined> {
  const steps = readFactsSnapshotSteps(bytesSource(bytes));
  for (;;) {
    let next: IteratorResult<void, LoadedFacts | undefined>;
    try {
      next = steps.next();
    } catch {
      return undefined;
    }
    await pauseForRequests();
    if (next.done) return next.value;
  }
}

/** The snapshot's bytes read as text, a part at a time. */
function bytesSource(bytes: ArrayBuffer): SnapshotSource {
  const view = Buffer.from(bytes);
  return { size: view.length, read: (start, end) => view.toString('latin1', start, end) };
}

/** What the server's thread asks its facts worker to do. */
export interface FactsWorker {
  load: FactsLoader;
  /** middleEntryLines of a facts text (Add Fact's outline), found on the worker. */
  middleEntries: MiddleEntriesFinder;
}

/** A request waiting for the worker: what to do with its reply, and how to do it here instead. */
interface Job {
  answer(reply: Reply): void;
  here(): void;
}

/**
 * One worker started from `script` (the server bundle), on demand. Whatever the worker cannot do
 * (start, finish a request, send its answer) is done on this thread instead, with the same result;
 * after a worker failure every later request is too, and `onFailure` is told once.
 */
export function startFactsWorker(script: string, onFailure: (reason: string) => void = () => {}): FactsWorker {
  let worker: Worker | undefined;
  let failed = false;
  let next = 0;
  const pending = new Map<number, Job>();
  const fail = (reason: string): void => {
    if (failed) return;
    failed = true;
    if (worker) stop(worker);
    onFailure(reason);
    for (const job of pending.values()) job.here();
    pending.clear();
  };
  const started = (): Worker => {
    if (worker) return worker;
    const w = quietWorker(script, { workerData: { [MARK]: true } });
    // The server's connection keeps the process alive; a worker waiting for work must not.
    w.unref();
    w.on('message', (reply: Reply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      // Idle a while, it is stopped: its heap (a load of 100,000 facts leaves ~250 MB) goes with it.
      // Until then the next load (a burst of edits to the facts) finds it started and its code compiled.
      if (pending.size === 0) idleSince(w);
      job.answer(reply);
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
  /** Sends `request`; `job` settles it from the reply, or here when the worker cannot. */
  const ask = (request: Request, job: Job): void => {
    if (failed) return job.here();
    clearTimeout(idle);
    pending.set(request.id, job);
    try {
      started().postMessage(request);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  };
  return {
    load: (files, options) =>
      new Promise((resolve) => {
        // On this thread when the worker cannot: as a load below the worker's size is (never stale).
        // Without `stale` or `stopBeforeSlowRead` it gives the load, always.
        const here = () => void loadFactsHere(files, options).then((loaded) => resolve(loaded as LoadedOffThread));
        ask({ id: next++, files, options }, {
          here,
          answer: (reply) => {
            if (!('snapshot' in reply)) return here();
            // Each with the text it was found in (the worker read a copy of this one), so a caller can tell it is of the text it has.
            const texts = new Map(files.map((f) => [f.file, f.text]));
            const middleEntries = new Map(reply.middleByFile.map(([file, middle]) => [file, { text: texts.get(file)!, middle }]));
            void readSnapshotInParts(reply.snapshot).then((read) => (read ? resolve({ ...read, middleEntries, factEntries: reply.factEntries }) : here()));
          },
        });
      }),
    middleEntries: (text) =>
      new Promise((resolve) => {
        const here = () => resolve(middleEntryLines(text));
        ask({ id: next++, middleEntriesOf: text }, { here, answer: (reply) => ('middle' in reply ? resolve(reply.middle) : here()) });
      }),
  };
}
