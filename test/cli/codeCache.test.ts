import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheHeader, cachedDataFor, codeCacheFileOf } from '../../server/src/node/codeCache';
import { CLI, ROOT, exampleWorkspace } from './cliHarness';

const BUNDLE = path.join(ROOT, 'dist/cli-bundle.js');
const CACHE = codeCacheFileOf(BUNDLE);
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** dist/cli.js, its bundle and (unless `withCache` is false) the build's code cache, copied to a folder of their own. */
function distCopy(withCache = true): { dir: string; cli: string; bundle: string; cache: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-code-cache-'));
  scratch.push(dir);
  const copy = { dir, cli: path.join(dir, 'cli.js'), bundle: path.join(dir, 'cli-bundle.js'), cache: codeCacheFileOf(path.join(dir, 'cli-bundle.js')) };
  copyFileSync(CLI, copy.cli);
  copyFileSync(BUNDLE, copy.bundle);
  if (withCache) copyFileSync(CACHE, copy.cache);
  return copy;
}

/** Runs a CLI with CLAIMCHECK_CODE_CACHE=`mode` (status by default) in the examples' copy. */
function run(cli: string, args: string[], mode = 'status', nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, cli, ...args], {
    cwd: examples,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '', CLAIMCHECK_CODE_CACHE: mode },
  });
  const status = /^claimcheck: code cache (.+) \(/m.exec(r.stderr)?.[1];
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, cache: status };
}

const examples = exampleWorkspace();
scratch.push(examples);
const CHECK = ['check', 'notes/anthropic-compute.md'];
/** What a check prints without any cache: what every other way of running must print too. */
const expected = run(CLI, CHECK, 'off');

describe('the code cache the build makes for the CLI', () => {
  it('is taken by this Node, and the check prints what it prints compiled from scratch', () => {
    // Off, it says nothing (only `status` does).
    expect(expected.stderr).toBe('');
    expect(expected.code).toBe(1);
    expect(expected.stdout).toMatch(/contradicted/);
    const used = run(CLI, CHECK);
    expect(used.cache).toBe('used');
    expect({ code: used.code, stdout: used.stdout }).toEqual({ code: expected.code, stdout: expected.stdout });
  });

  it("is not offered for a bundle it was not made from, even of the same length (V8 checks only the length)", () => {
    const copy = distCopy();
    const bundle = readFileSync(copy.bundle, 'latin1');
    const other = VERSION.replace(/^\d/, (d) => String((Number(d) + 1) % 10));
    expect(other).toHaveLength(VERSION.length);
    expect(bundle.split(JSON.stringify(VERSION))).toHaveLength(2);
    writeFileSync(copy.bundle, bundle.replace(JSON.stringify(VERSION), JSON.stringify(other)), 'latin1');
    const r = run(copy.cli, ['--version']);
    expect(r.cache).toBe('of another bundle');
    expect(r.stdout.trim()).toBe(other);
  });

  it('is ignored, and the check is the same, when it is damaged, cut short or missing', () => {
    const damaged = distCopy();
    const bytes = readFileSync(damaged.cache);
    bytes[bytes.length - 1000] ^= 0xff;
    writeFileSync(damaged.cache, bytes);
    const short = distCopy();
    writeFileSync(short.cache, readFileSync(short.cache).subarray(0, 5000));
    const garbage = distCopy();
    writeFileSync(garbage.cache, 'not a cache\n');
    const cases = [
      [damaged.cli, 'status', 'unreadable'],
      [short.cli, 'status', 'unreadable'],
      [garbage.cli, 'status', 'unreadable'],
      [distCopy(false).cli, 'status', 'absent'],
    ] as const;
    for (const [cli, mode, status] of cases) {
      const r = run(cli, CHECK, mode);
      expect({ status: r.cache, code: r.code, stdout: r.stdout }).toEqual({ status, code: expected.code, stdout: expected.stdout });
    }
  });

  it("is refused by V8 under compiler flags of the user's own, and the check runs as before", () => {
    const r = run(CLI, CHECK, 'status', ['--interrupt-budget=100000']);
    expect(r.cache).toBe('rejected by V8');
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: expected.code, stdout: expected.stdout });
  });

  it("stays off while Node maps stacks to the sources (it does not for a cached script)", () => {
    const r = run(CLI, CHECK, 'status', ['--enable-source-maps']);
    expect(r.cache).toBe('off: source maps are on');
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: expected.code, stdout: expected.stdout });
  });

  it('serves the --jobs workers too, with the same report as one job', () => {
    const dir = exampleWorkspace();
    scratch.push(dir);
    const note = readFileSync(path.join(dir, 'notes/anthropic-compute.md'), 'utf8');
    for (let i = 0; i < 40; i++) writeFileSync(path.join(dir, `notes/copy-${i}.md`), note.replace(/\d{4}/, String(2000 + i)));
    const at = (args: string[], mode: string) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CLAIMCHECK_CODE_CACHE: mode } });
    const one = at(['check', 'notes', '--jobs', '1'], 'off');
    const two = at(['check', 'notes', '--jobs', '2'], 'status');
    // This thread's line and the worker's: the worker starts from the launcher, not the bare bundle.
    expect(two.stderr.match(/^claimcheck: code cache .*$/gm)).toEqual([`claimcheck: code cache used (${CACHE})`, `claimcheck: code cache used (${CACHE})`]);
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).toMatch(/in 41 notes/);
  });

  it('is written whole or not at all: a write that fails says so and exits 2, leaving no temp file', () => {
    const copy = distCopy(false);
    mkdirSync(copy.cache);
    writeFileSync(path.join(copy.cache, 'keep'), '');
    const r = run(copy.cli, ['--version'], 'write');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/could not write the code cache/);
    expect(readdirSync(copy.dir).sort()).toEqual(['cli-bundle.codecache', 'cli-bundle.js', 'cli.js']);
    // Written where it can be, it is taken by the next run.
    const fresh = distCopy(false);
    expect(run(fresh.cli, ['--version'], 'write').code).toBe(0);
    expect(run(fresh.cli, ['--version']).cache).toBe('used');
  });
});

describe('the code cache file', () => {
  const bundle = Buffer.from('console.log(1)');
  const data = Buffer.from([1, 2, 3, 4]);
  const file = Buffer.concat([Buffer.from(cacheHeader(bundle, data), 'latin1'), data]);

  it("gives back the data for its bundle, and says why not otherwise", () => {
    expect(cachedDataFor(bundle, file)).toEqual(data);
    expect(cachedDataFor(Buffer.from('console.log(2)'), file)).toBe('of another bundle');
    expect(cachedDataFor(bundle, Buffer.concat([file, Buffer.from([5])]))).toBe('unreadable');
    expect(cachedDataFor(bundle, file.subarray(0, file.length - 1))).toBe('unreadable');
    expect(cachedDataFor(bundle, Buffer.from('claimcheck-code-cache 2 x y\n'))).toBe('unreadable');
    expect(cachedDataFor(bundle, Buffer.alloc(0))).toBe('unreadable');
  });
});
