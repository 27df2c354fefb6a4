// The language server's latencies on a varied 100 KB note (issue 12's server rows): open → first
// diagnostics (and → the whole note's: a long note's top is published first), and keystroke →
// publishDiagnostics p50/p95 over one-character edits spread over the note, debounce 0, over
// stdio. bench/targets.bench.mjs reports it beside the other rows; alone, to compare two builds:
//   node bench/serverLatency.mjs [--server dist/server.js] [--edits 200] [--log edits.jsonl]
// --log writes each keystroke's latency with its line, column and line text (to find what the slow
// ones share); BENCH_SERVER_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' passes node flags to the
// server (the server is let exit on its own, so a profile gets written). Not --trace-gc: it prints
// to stdout, which is the LSP channel.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { variedLongNote } from './variedCorpus.mjs';

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

export async function serverLatencies({ server = join(root, 'dist/server.js'), edits = 200, log = null } = {}) {
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
  const note = variedLongNote(100_000);
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-lsp-bench-'));
  mkdirSync(join(dir, 'notes'));
  copyFileSync(join(root, 'examples/facts.yaml'), join(dir, 'facts.yaml'));
  writeFileSync(join(dir, 'notes/big.md'), note);
  const smallText = '# Warm-up\n\nAnthropic was valued at $61.5 billion in March 2025.\n';
  writeFileSync(join(dir, 'notes/small.md'), smallText);
  const uri = pathToFileURL(join(dir, 'notes/big.md')).href;
  const small = pathToFileURL(join(dir, 'notes/small.md')).href;
  const proc = spawn(process.execPath, [...(process.env.BENCH_SERVER_ARGS ? process.env.BENCH_SERVER_ARGS.split(' ') : []), server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiting = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const resolve = waiting.get(`${p.uri}@${p.version}`);
    if (resolve) {
      waiting.delete(`${p.uri}@${p.version}`);
      resolve(p.diagnostics.length);
    }
  });
  // The note's status follows its whole check's publish.
  const statuses = new Map();
  conn.onNotification('claimcheck/status', (p) => {
    const resolve = p.note && statuses.get(`${p.note.uri}@${p.note.version}`);
    if (resolve) {
      statuses.delete(`${p.note.uri}@${p.note.version}`);
      resolve(p.note.counts);
    }
  });
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
    initializationOptions: { debounceMs: 0 },
    capabilities: { workspace: { configuration: true } },
  });
  await conn.sendNotification('initialized', {});
  const published = (u, version) => new Promise((resolve) => waiting.set(`${u}@${version}`, resolve));
  const checked = (u, version) => new Promise((resolve) => statuses.set(`${u}@${version}`, resolve));
  // A small note first, so the facts are loaded and the open below measures the note alone.
  let p = published(small, 1);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: small, languageId: 'markdown', version: 1, text: smallText } });
  await p;
  p = published(uri, 1);
  const whole = checked(uri, 1);
  let t = performance.now();
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: note } });
  const firstDiagnostics = await p;
  const openMs = performance.now() - t;
  const wholeCounts = await whole;
  const openWholeMs = performance.now() - t;
  // Keystrokes: one character at a spread of places (deterministic), one at a time.
  const lines = note.split('\n');
  const latencies = [];
  const cpuBefore = cpuMsOf(proc.pid);
  for (let v = 2; v < edits + 2; v++) {
    const line = (v * 37) % lines.length;
    const character = Math.min(lines[line].length, (v * 13) % 80);
    p = published(uri, v);
    t = performance.now();
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
    });
    await p;
    latencies.push(performance.now() - t);
    if (log) log.push({ v, line, character, ms: performance.now() - t, text: lines[line].slice(0, 60) });
    lines[line] = lines[line].slice(0, character) + 'x' + lines[line].slice(character);
  }
  const cpuAfter = cpuMsOf(proc.pid);
  // Typing must not grow the server: what it holds after the edits (a kept version of the note per keystroke once made it 450 MB after 1,000).
  const memory = rssOf(proc.pid);
  latencies.sort((a, b) => a - b);
  const pct = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  await conn.sendRequest('shutdown');
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  await conn.sendNotification('exit');
  // Let the server exit on its own (a --cpu-prof profile is written at exit), then make sure.
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
  conn.dispose();
  proc.kill();
  rmSync(dir, { recursive: true, force: true });
  return {
    noteKB: Math.round(Buffer.byteLength(note) / 1024),
    firstDiagnostics,
    wholeDiagnostics: Object.values(wholeCounts).reduce((a, b) => a + b, 0),
    openMs,
    openWholeMs,
    p50: pct(0.5),
    p95: pct(0.95),
    max: latencies.at(-1),
    edits,
    serverRssMB: memory.rssMB,
    serverPeakRssMB: memory.peakRssMB,
    serverCpuMsPerEdit: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / edits,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const logFile = arg('--log', null);
  const log = logFile ? [] : null;
  const result = await serverLatencies({ server: resolve(arg('--server', join(root, 'dist/server.js'))), edits: Number(arg('--edits', 200)), log });
  if (logFile) writeFileSync(logFile, log.map((e) => JSON.stringify(e)).join('\n') + '\n');
  console.log(JSON.stringify(result));
}
