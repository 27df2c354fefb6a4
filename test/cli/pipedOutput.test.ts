// The CLI's output to a pipe keeps pace with its reader: a full pipe makes the check wait instead
// of holding the rest of the report in memory (a slow reader once made a 2,000-note JSON run hold
// all 97 MB of it), and every byte still arrives, in order, with the run's exit code.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateVariedCorpus } from '../../bench/variedCorpus.mjs';
import { syncOutput, type SyncOutputHost } from '../../server/src/cli/syncOutput';
import { CLI, exampleWorkspace, runBuiltCli } from './cliHarness';

/** A pipe that takes at most `room` bytes a call, and is full (EAGAIN) every other call. */
function flakyPipe(room: number) {
  const written: number[] = [];
  const sleeps: number[] = [];
  let calls = 0;
  const host: SyncOutputHost = {
    write(_fd, bytes, offset, length) {
      if (calls++ % 2 === 1) throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' });
      const n = Math.min(room, length);
      for (let i = 0; i < n; i++) written.push(bytes[offset + i]!);
      return n;
    },
    sleep: (ms) => void sleeps.push(ms),
  };
  return { host, written, sleeps };
}

describe('syncOutput', () => {
  it('writes every byte in order through partial writes and a full pipe, waiting while it is full', () => {
    const pipe = flakyPipe(7);
    const write = syncOutput(1, pipe.host);
    const text = 'Anthropic — $61.5 billion 😀 in März 2025\n'.repeat(20);
    write(text);
    write('end\n');
    expect(Buffer.from(pipe.written).toString('utf8')).toBe(`${text}end\n`);
    expect(pipe.sleeps.length).toBeGreaterThan(0);
    // Each wait is short: a reader that comes back is not kept waiting on a long sleep.
    expect(Math.max(...pipe.sleeps)).toBeLessThanOrEqual(50);
  });

  it('passes on an error other than a full pipe (the reader is gone) instead of retrying', () => {
    const host: SyncOutputHost = {
      write: () => {
        throw Object.assign(new Error('EPIPE: broken pipe, write'), { code: 'EPIPE' });
      },
      sleep: () => {
        throw new Error('must not wait');
      },
    };
    expect(() => syncOutput(1, host)('x')).toThrow(/EPIPE/);
  });
});

describe('claimcheck check into a pipe', () => {
  it('waits for a reader that is not reading, then delivers the whole report and its exit code', async () => {
    const dir = exampleWorkspace();
    mkdirSync(path.join(dir, 'notes/varied'));
    generateVariedCorpus({ notes: 60, targetBytes: 0, seed: 7 }).forEach((n: string, i: number) => writeFileSync(path.join(dir, `notes/varied/n${String(i).padStart(2, '0')}.md`), n));
    const args = ['check', 'notes', '--format', 'json', '--jobs', '1'];
    const started = performance.now();
    const expected = runBuiltCli(args, dir);
    const runMs = performance.now() - started;
    // Far more than a pipe holds (64 KB by default, 1 MB at most): the run cannot end unread.
    expect(expected.stdout.length).toBeGreaterThan(2_000_000);

    // With --cache the run saves its recording (run-<hash>.json) once it has printed everything: a
    // sign, seen from outside, that it ended. (Most of a JSON report is printed after every note is
    // checked, once the consistency pass is done: a run that held its output would get there unread.)
    const cacheDir = path.join(dir, 'cache');
    const runEnded = () => existsSync(cacheDir) && readdirSync(cacheDir).some((f) => /^run-[0-9a-f]{64}\.json$/.test(f));
    const child = spawn(process.execPath, [CLI, ...args, '--cache', '--cache-location', cacheDir], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    // Not read for twice as long as the whole run took: a CLI that held its output would have ended meanwhile.
    child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, Math.max(3_000, 2 * runMs)));
    expect(runEnded()).toBe(false);

    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stdout.resume();
    const [code] = await Promise.all([exited, new Promise((resolve) => child.stdout.on('end', resolve))]);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected.stdout);
    expect(code).toBe(expected.status);
    expect(stderr).toBe(expected.stderr);
    expect(runEnded()).toBe(true);
  }, 120_000);
});
