// Checks the CLI's notes, in order, on `jobs` threads (this one and up to jobs - 1 workers) and
// through the result cache. node:worker_threads directly rather than tinypool/piscina: the CLI
// stays synchronous (the main thread hands notes out, checks some itself and collects results
// with receiveMessageOnPort, sleeping on an Atomics counter the workers bump), so runCli, its
// callers and its exit code are unchanged, and there is no dependency to ship.
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { unparsedNote } from '../core/check';
import { notCheckedProblem } from '../core/findingCodes';
import { quietWorker } from '../node/quietWorker';
import { checkNoteFile, isUnreadable, type FileCheck } from './checkNoteFile';
import { readNoteFile } from './files';
import type { OutputSpec } from './outputFormats';
import type { PackedNote } from './packedNote';
import type { ResultCache } from './resultCache';
import type { Workspace } from './workspace';

/** What a worker needs to load the same workspace as the main thread. */
export interface WorkerSetup {
  cwd: string;
  configFile?: string;
  factsGlobs: string[];
  today: string;
  asOf?: string;
  pack?: PackSpec;
  /** The facts snapshot the main thread reads and writes (--cache): a worker reads it too, if it is there. */
  factsSnapshot?: string;
}

export interface CheckFilesOptions {
  files: string[];
  workspace: Workspace;
  setup: WorkerSetup;
  /** Worker threads to use at most; 1 checks in this thread. */
  jobs: number;
  cache?: ResultCache;
  /** The script a worker runs (the CLI bundle itself); without it every note is checked here. */
  workerScript?: string;
  /** The notes' texts, when the caller has already read every one as text (the run cache's key): not read again. */
  texts?: readonly string[];
  /**
   * Workers reply with each note's output packed (packedNote.ts) instead of its whole result: a
   * fraction of the bytes to copy and rebuild. Not with --cache, which stores whole results.
   */
  pack?: PackSpec;
}

/** What a worker needs to print a note as the run does. */
export interface PackSpec {
  output: OutputSpec;
  /** Whether the consistency pass runs: notes are held for it, their statements apart. */
  pass: boolean;
}

export interface WorkerTask {
  i: number;
  file: string;
  text?: string;
}
export type WorkerReply = { i: number; result: FileCheck } | { i: number; note: PackedNote } | { i: number; error: string };

/** A note's result, or (from a worker told to pack) its output. */
export type Checked = FileCheck | PackedNote;
export const isPacked = (r: Checked): r is PackedNote => 'packed' in r;

/** Fewer notes than this per worker are not worth a worker's start-up (loading the bundle and the facts). */
const NOTES_PER_WORKER = 8;
/** Notes handed to a worker ahead: enough that it never waits while this thread checks one of its own. */
const IN_FLIGHT = 6;

export function checkFiles(options: CheckFilesOptions): FileCheck[] {
  const results: FileCheck[] = new Array(options.files.length);
  checkFilesInOrder({ ...options, pack: undefined }, (i, result) => {
    results[i] = result as FileCheck;
  });
  return results;
}

/**
 * checkFiles handing each result to `onResult` in the files' order as soon as it and every one
 * before it are in, and keeping none: a caller that writes as it goes holds one note at a time.
 */
export function checkFilesInOrder(options: CheckFilesOptions, onResult: (i: number, result: Checked) => void): void {
  const { files, workspace, setup, cache } = options;
  const results: (Checked | undefined)[] = new Array(files.length);
  const texts: (string | undefined)[] = new Array(files.length);
  const todo: number[] = [];
  let next = 0;
  const emit = (): void => {
    for (; next < files.length && results[next] !== undefined; next++) {
      const result = results[next]!;
      results[next] = undefined;
      const text = texts[next];
      texts[next] = undefined;
      if (cache && text !== undefined && !cached[next] && !isPacked(result) && !isUnreadable(result)) cache.set(text, result);
      onResult(next, result);
    }
  };
  const cached: boolean[] = new Array(files.length).fill(false);
  files.forEach((file, i) => {
    if (cache) {
      // Only decoded text is cached; anything else is read (and reported) again by checkNoteFile.
      const read = options.texts ? undefined : readNoteFile(file, workspace.config.maxNoteBytes);
      const text = (texts[i] = read ? (read.kind === 'text' ? read.text : undefined) : options.texts![i]);
      const hit = text === undefined ? undefined : cache.get(text);
      if (hit) {
        results[i] = hit;
        cached[i] = true;
        return;
      }
    }
    todo.push(i);
  });
  emit();
  const check = (i: number): FileCheck => checkNoteFile(files[i]!, workspace.index, workspace.config, { asOf: setup.asOf, today: setup.today }, texts[i]);
  // With N jobs, N - 1 workers and this thread: it takes notes too whenever it has no reply to pass
  // on, so no core waits for a worker's start-up (its bundle, JIT and facts) to pay off.
  const helpers = Math.min(options.jobs - 1, Math.floor(todo.length / NOTES_PER_WORKER));
  if (helpers >= 1 && options.workerScript) {
    const pack = cache ? undefined : options.pack;
    const tasks = todo.map((i) => ({ i, file: files[i]!, text: texts[i] }));
    const local = (task: WorkerTask): void => {
      results[task.i] = check(task.i);
      emit();
    };
    runOnWorkers(options.workerScript, helpers, { ...setup, pack }, tasks, local, (reply) => {
      results[reply.i] = 'result' in reply ? reply.result : 'note' in reply ? reply.note : failedResult(texts[reply.i] ?? '', reply.error);
      emit();
    });
  } else {
    for (const i of todo) {
      results[i] = check(i);
      emit();
    }
  }
}

function failedResult(text: string, error: string): FileCheck {
  return { note: unparsedNote(text, '', [notCheckedProblem(`Claimcheck could not check this note (${error}).`)]), findings: [] };
}

/**
 * Hands tasks to `count` workers, a few in flight each, and runs the rest itself (`local`) whenever
 * no reply waits; returns when every task is done.
 */
function runOnWorkers(script: string, count: number, setup: WorkerSetup, tasks: WorkerTask[], local: (task: WorkerTask) => void, onReply: (r: WorkerReply) => void): void {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const pool: { worker: Worker; port: MessagePort; inFlight: number }[] = [];
  for (let w = 0; w < count; w++) {
    const { port1, port2 } = new MessageChannel();
    // What a worker prints goes to stderr: stdout is the report (`--format json` must stay JSON).
    const worker = quietWorker(script, { workerData: { claimcheckWorker: true, setup, port: port2, signal }, transferList: [port2] });
    worker.unref();
    pool.push({ worker, port: port1, inFlight: 0 });
  }
  let next = 0;
  const feed = (slot: (typeof pool)[number]): void => {
    while (slot.inFlight < IN_FLIGHT && next < tasks.length) {
      slot.port.postMessage(tasks[next++]);
      slot.inFlight++;
    }
  };
  pool.forEach(feed);
  let done = 0;
  while (done < tasks.length) {
    const seen = Atomics.load(signal, 0);
    let progressed = false;
    for (const slot of pool) {
      for (let m = receiveMessageOnPort(slot.port); m; m = receiveMessageOnPort(slot.port)) {
        onReply(m.message as WorkerReply);
        done++;
        slot.inFlight--;
        progressed = true;
      }
      feed(slot);
    }
    if (progressed || done === tasks.length) continue;
    if (next < tasks.length) {
      local(tasks[next++]!);
      done++;
    } else Atomics.wait(signal, 0, seen, 1000);
  }
  for (const slot of pool) {
    slot.port.close();
    void slot.worker.terminate();
  }
}
