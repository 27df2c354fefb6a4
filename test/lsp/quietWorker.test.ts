// The server's worker threads print to its stderr, not to its stdout: over --stdio, stdout carries
// the protocol, and a line printed there (a library's warning, a debugging console.log) would break
// the client's reading of every message after it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { quietWorker } from '../../server/src/node/quietWorker';

const dir = mkdtempSync(join(tmpdir(), 'claimcheck-quiet-worker-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a worker of the server', () => {
  it('sends what it prints to the given stream (the server’s stderr), not to stdout, and the stream stays open after it exits', async () => {
    const stdout = vi.spyOn(process.stdout, 'write');
    const script = join(dir, 'printing-worker.cjs');
    writeFileSync(script, "console.log('loaded 3 facts files');\nprocess.stdout.write('a stray line\\n');\nrequire('node:worker_threads').parentPort.postMessage('done');\n");
    const printed = new PassThrough();
    let text = '';
    printed.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const worker = quietWorker(script, {}, printed);
    await new Promise((resolve) => worker.once('exit', resolve));
    // What the worker printed arrives on the main thread a turn after its exit, at most.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(text).toBe('loaded 3 facts files\na stray line\n');
    expect(printed.writableEnded).toBe(false);
    expect(stdout.mock.calls.map(([chunk]) => String(chunk)).join('')).not.toContain('stray line');
    stdout.mockRestore();
  });
});
