// The language server's latencies on a varied 100 KB note (issue 12's server rows): open → first
// diagnostics (and → the whole note's: a long note's top is published first), and keystroke →
// publishDiagnostics p50/p95 over one-character edits spread over the note, debounce 0, over
// stdio. bench/targets.bench.mjs reports it beside the other rows; alone, to compare two builds:
//   node bench/serverLatency.mjs [--server dist/server.js] [--edits 200] [--log edits.jsonl]
// --log writes each keystroke's latency with its line, column and line text (to find what the slow
// ones share); BENCH_SERVER_ARGS passes node flags to the server (bench/lspSession.mjs).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentiles, startSession, typeSpread } from './lspSession.mjs';
import { variedLongNote } from './variedCorpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function serverLatencies({ server = join(root, 'dist/server.js'), edits = 200, log = null } = {}) {
  const note = variedLongNote(100_000);
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-lsp-bench-'));
  mkdirSync(join(dir, 'notes'));
  copyFileSync(join(root, 'examples/facts.yaml'), join(dir, 'facts.yaml'));
  writeFileSync(join(dir, 'notes/big.md'), note);
  const smallText = '# Warm-up\n\nAnthropic was valued at $61.5 billion in March 2025.\n';
  writeFileSync(join(dir, 'notes/small.md'), smallText);
  const session = await startSession({ dir, server, initializationOptions: { debounceMs: 0 } });
  const uri = session.uri('notes/big.md');
  const small = session.uri('notes/small.md');
  // A small note first, so the facts are loaded and the open below measures the note alone.
  let p = session.published(small, 1);
  await session.open(small, smallText);
  await p;
  p = session.published(uri, 1);
  const whole = session.checked(uri, 1);
  const t = performance.now();
  await session.open(uri, note);
  const firstDiagnostics = await p;
  const openMs = performance.now() - t;
  const wholeCounts = await whole;
  const openWholeMs = performance.now() - t;
  // Keystrokes: one character at a spread of places (deterministic), one at a time.
  const cpuBefore = session.cpuMs();
  const latencies = await typeSpread(session, uri, note.split('\n'), 1, edits, (key) => log?.push({ ...key, text: key.text.slice(0, 60) }));
  const cpuAfter = session.cpuMs();
  // Typing must not grow the server: what it holds after the edits (a kept version of the note per keystroke once made it 450 MB after 1,000).
  const memory = session.memory();
  await session.stop();
  rmSync(dir, { recursive: true, force: true });
  return {
    noteKB: Math.round(Buffer.byteLength(note) / 1024),
    firstDiagnostics,
    wholeDiagnostics: Object.values(wholeCounts).reduce((a, b) => a + b, 0),
    openMs,
    openWholeMs,
    ...percentiles(latencies),
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
