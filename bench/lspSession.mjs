// A language server started for a benchmark as an editor starts it: over stdio, with one
// workspace folder, its requests answered, and ways to wait for a note's diagnostics or its status
// (which follows its whole check) by version. BENCH_SERVER_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'
// passes node flags to the server (stop() lets it exit on its own, so a profile gets written). Not
// --trace-gc: it prints to stdout, which is the LSP channel.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** A process's resident memory now and at its peak, MB (Linux), or nulls where /proc is missing. */
function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const mb = (field) => Number(status.match(new RegExp(`${field}:\\s+(\\d+) kB`))[1]) / 1024;
    return { rssMB: mb('VmRSS'), peakRssMB: mb('VmHWM') };
  } catch {
    return { rssMB: null, peakRssMB: null };
  }
}

/** CPU ms a process has used so far (Linux), or null where /proc is missing. */
function cpuMsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** p50, p95 and the largest of some latencies (ms). */
export function percentiles(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) };
}

/**
 * Waits until the server has used under 5% of a core for half a second (its background work
 * done), at most `ms`; not before `after` ms (background work waits for the quiet time after the
 * last keystroke, so the server is idle then with its work still to do).
 */
export async function untilIdle(session, { after = 0, ms = 120_000 } = {}) {
  const sleep = (t) => new Promise((r) => setTimeout(r, t));
  const deadline = performance.now() + ms;
  await sleep(after);
  for (let before = session.cpuMs(); performance.now() < deadline; ) {
    await sleep(500);
    const now = session.cpuMs();
    if (now === null || now - before < 25) return;
    before = now;
  }
}

/**
 * Types into the open note `uri` (its text split into `lines`, kept up to date): `count` one-character
 * edits, versions `from` + 1 onwards, each at a place spread over the note that its version gives
 * (the same places on every run), each sent once the last one's diagnostics are in. Returns their
 * latencies (ms); `onKey` hears of each.
 */
export async function typeSpread(session, uri, lines, from, count, onKey = () => {}) {
  const latencies = [];
  for (let v = from + 1; v <= from + count; v++) {
    const line = (v * 37) % lines.length;
    const character = Math.min(lines[line].length, (v * 13) % 80);
    const published = session.published(uri, v);
    const t = performance.now();
    await session.insert(uri, v, line, character, 'x');
    await published;
    const ms = performance.now() - t;
    latencies.push(ms);
    onKey({ v, line, character, ms, text: lines[line] });
    lines[line] = lines[line].slice(0, character) + 'x' + lines[line].slice(character);
  }
  return latencies;
}

/**
 * Starts the server (`server`, the built one by default) on the folder `dir`. `listen`: extra
 * notification handlers by method, called with every message of that method.
 */
export async function startSession({ dir, server = join(root, 'dist/server.js'), initializationOptions = {}, listen = {} }) {
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
  const nodeArgs = (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
  const proc = spawn(process.execPath, [...nodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiting = { diagnostics: new Map(), status: new Map() };
  const settle = (map, key, value) => {
    const resolve = map.get(key);
    if (!resolve) return;
    map.delete(key);
    resolve(value);
  };
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    listen['textDocument/publishDiagnostics']?.(p);
    settle(waiting.diagnostics, `${p.uri}@${p.version}`, p.diagnostics.length);
  });
  conn.onNotification('claimcheck/status', (p) => {
    listen['claimcheck/status']?.(p);
    if (p.note) settle(waiting.status, `${p.note.uri}@${p.note.version}`, p.note.counts);
  });
  conn.onNotification('$/progress', (p) => listen['$/progress']?.(p));
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({ enable: true, inlayHints: { enable: true } })));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification(() => {});
  conn.listen();
  const rootUri = pathToFileURL(dir).href;
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    initializationOptions,
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
  });
  await conn.sendNotification('initialized', {});
  const when = (map) => (uri, version) => new Promise((resolve) => map.set(`${uri}@${version}`, resolve));
  return {
    conn,
    proc,
    uri: (rel) => pathToFileURL(join(dir, rel)).href,
    /** Resolves with the number of diagnostics once the note's diagnostics for `version` are published. */
    published: when(waiting.diagnostics),
    /** Resolves with the note's counts once its status for `version` (its whole check) arrives. */
    checked: when(waiting.status),
    /** Inserts `text` at a place of an open note, as version `version`. */
    insert: (uri, version, line, character, text) =>
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }] }),
    open: (uri, text, languageId = 'markdown') => conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } }),
    cpuMs: () => cpuMsOf(proc.pid),
    memory: () => rssOf(proc.pid),
    async stop() {
      await conn.sendRequest('shutdown');
      const exited = new Promise((resolve) => proc.once('exit', resolve));
      await conn.sendNotification('exit');
      // Let the server exit on its own (a --cpu-prof profile is written at exit), then make sure.
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      conn.dispose();
      proc.kill();
    },
  };
}
