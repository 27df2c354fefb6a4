// A worker thread whose prints go to stderr (the editor's log of the server), never to stdout: node
// pipes a worker's stdout to the process's, and that is the protocol's channel for the server over
// `--stdio` (a stray line breaks the client's reading of every message after it) and the report
// for the CLI.
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function quietWorker(script: string, options: WorkerOptions, printsTo: NodeJS.WritableStream = process.stderr): Worker {
  const worker = new Worker(script, { ...options, stdout: true });
  // Not ended with the worker: the server's stderr outlives it.
  worker.stdout.pipe(printsTo, { end: false });
  return worker;
}
