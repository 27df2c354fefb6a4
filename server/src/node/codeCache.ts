// Runs a CommonJS bundle with V8's code cache: the bytecode of the functions a typical run compiled,
// written next to the bundle at build time (CLAIMCHECK_CODE_CACHE=write). Compiling the CLI's 0.76 MB
// bundle, and then each function it calls, was ~40-60 ms of every run (a quarter of a short check),
// in the main thread and again in each --jobs worker. V8 refuses a cache made by another V8 or under
// other flags, and the run compiles as before; but it checks only the source's length, and trusts
// the data, so the file carries the bundle's hash and the data's, and a cache of another bundle or a
// damaged one is never offered. Nothing is written at run time unless asked.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import { limitCompiling } from './compilerBudget';

/** What became of the cache: the status `CLAIMCHECK_CODE_CACHE=status` prints (or, with source maps on, `off: source maps are on`). */
type CodeCacheStatus = 'used' | 'rejected by V8' | 'of another bundle' | 'unreadable' | 'absent' | 'off' | 'writing';

/** `CLAIMCHECK_CODE_CACHE`: unset (use it when it fits), `off`, `status` (say on stderr what became of it), `write` (the build's training run). */
export type CodeCacheMode = 'use' | 'off' | 'status' | 'write';

const MAGIC = 'claimcheck-code-cache 1 ';

/** Where a bundle's code cache is: beside it, `cli-bundle.js` -> `cli-bundle.codecache`. */
export function codeCacheFileOf(bundlePath: string): string {
  return bundlePath.replace(/\.js$/, '') + '.codecache';
}

/** Off under Electron (VS Code runs the server there): its V8 is not the build's, so it would refuse the cache. */
export function codeCacheMode(value: string | undefined, versions: NodeJS.ProcessVersions = process.versions): CodeCacheMode {
  if (versions.electron !== undefined) return 'off';
  return value === 'off' || value === 'status' || value === 'write' ? value : 'use';
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The cache file's first line: the format, the bundle's hash and the data's (V8 trusts a cache it is handed: a damaged one must not reach it). */
export function cacheHeader(bundle: Buffer, data: Buffer): string {
  return `${MAGIC}${sha256(bundle)} ${sha256(data)}\n`;
}

/** The cached data in `file` when it is whole and was made from `bundle`, else why not. */
export function cachedDataFor(bundle: Buffer, file: Buffer): Buffer | 'of another bundle' | 'unreadable' {
  const newline = file.indexOf(10);
  if (newline < 0 || newline > 200 || !file.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC))) return 'unreadable';
  const data = file.subarray(newline + 1);
  const [bundleHash, dataHash] = file.subarray(MAGIC.length, newline).toString('latin1').split(' ');
  if (dataHash !== sha256(data)) return 'unreadable';
  return bundleHash === sha256(bundle) ? data : 'of another bundle';
}

// On the wrapper's first line, as Node's own wrapper: the bundle's lines keep their numbers for its source map.
const WRAP_START = '(function (exports, require, module, __filename, __dirname) { ';
const WRAP_END = '\n})';

/**
 * Runs `bundlePath` as the module Node would make of it, with its code cache (codeCacheFileOf).
 * `require.main` stays the launcher: a worker started from it comes back through here.
 */
function runBundle(bundlePath: string, mode: CodeCacheMode): void {
  const cachePath = codeCacheFileOf(bundlePath);
  // Node maps a stack to the sources only for a module it loads itself (not for a vm.Script).
  if (process.sourceMapsEnabled && mode !== 'write') {
    if (mode === 'status') process.stderr.write(`claimcheck: code cache off: source maps are on (${cachePath})\n`);
    require(bundlePath);
    return;
  }
  const wrapper = compileBundle(bundlePath, cachePath, mode);
  const mod = new Module(bundlePath, require.main);
  mod.filename = bundlePath;
  const bundleRequire = createRequire(bundlePath);
  wrapper.call(mod.exports, mod.exports, bundleRequire, mod, bundlePath, path.dirname(bundlePath));
}

/** The bundle compiled, with its cache when it fits; in a function of its own so the file's buffers are garbage while the bundle runs. */
function compileBundle(bundlePath: string, cachePath: string, mode: CodeCacheMode): (...args: unknown[]) => void {
  const bundle = readFileSync(bundlePath);
  let status: CodeCacheStatus = mode === 'off' ? 'off' : mode === 'write' ? 'writing' : 'absent';
  let cachedData: Buffer | undefined;
  if (mode === 'use' || mode === 'status') {
    try {
      const found = cachedDataFor(bundle, readFileSync(cachePath));
      if (typeof found === 'string') status = found;
      else cachedData = found;
    } catch {
      // No cache (a bundle built without one): compile as Node would.
    }
  }
  // The bundles are ASCII (scripts/asciiBundle.mjs): latin1 is the quickest exact decoding.
  const script = new Script(WRAP_START + bundle.toString('latin1') + WRAP_END, { filename: bundlePath, cachedData });
  if (cachedData) status = script.cachedDataRejected ? 'rejected by V8' : 'used';
  if (mode === 'status') process.stderr.write(`claimcheck: code cache ${status} (${cachePath})\n`);
  if (mode === 'write' && isMainThread) process.once('exit', () => writeCache(cachePath, bundle, script.createCachedData()));
  return script.runInThisContext() as (...args: unknown[]) => void;
}

/**
 * A launcher's whole work (dist/cli.js, dist/server.js): the compiler budget first, since V8 takes a
 * cache only under the flags it was made with (a worker shares the process's), then the bundle
 * `bundleName` beside the launcher, with its cache as CLAIMCHECK_CODE_CACHE says.
 */
export function launchBundle(launcherDir: string, bundleName: string): void {
  if (isMainThread) limitCompiling();
  runBundle(path.join(launcherDir, bundleName), codeCacheMode(process.env.CLAIMCHECK_CODE_CACHE));
}

/** At the end of the training run, when every function it called is compiled; a temp file renamed, so no reader sees half. */
function writeCache(file: string, bundle: Buffer, data: Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, Buffer.concat([Buffer.from(cacheHeader(bundle, data), 'latin1'), data]));
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // never written
    }
    process.stderr.write(`claimcheck: could not write the code cache ${file}: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
