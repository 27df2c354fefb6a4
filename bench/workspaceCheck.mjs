// Check Workspace in a workspace of `notes` varied notes, asked twice, each time of a fresh server:
// at once after the server starts (the workspace index is still reading the notes in the
// background), and once the index is built. How long until it answers, its server's CPU, and how
// many diagnostics it published in all (each closed note once is the floor: more means notes
// published again, read and checked again from disk, as later notes changed what they disagree
// with). bench/targets.bench.mjs reports the first against the second; alone:
//   node bench/workspaceCheck.mjs [--server dist/server.js] [--notes 500]
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSession, untilIdle } from './lspSession.mjs';
import { generateVariedCorpus, VARIED_CORPUS_CONFIG } from './variedCorpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** One server: Check Workspace asked at once (`atOnce`) or once the server is idle, its index built. */
async function timeCheckWorkspace(server, dir, atOnce) {
  let publishes = 0;
  const session = await startSession({ dir, server, initializationOptions: { debounceMs: 0 }, listen: { 'textDocument/publishDiagnostics': () => publishes++ } });
  if (!atOnce) await untilIdle(session, { after: 1000 });
  const cpu = session.cpuMs();
  const started = performance.now();
  const summary = await session.conn.sendRequest('workspace/executeCommand', { command: 'claimcheck.checkWorkspace', arguments: [] });
  const ms = performance.now() - started;
  // The republishes the check set off settle after it answers (at most 2 s after the first).
  await untilIdle(session);
  const result = { ms, cpuMs: cpu === null ? null : session.cpuMs() - cpu, publishes, notes: summary.notes, peakRssMB: session.memory().peakRssMB };
  await session.stop();
  return result;
}

export async function workspaceCheck({ server = join(root, 'dist/server.js'), notes = 500 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-workspace-check-bench-'));
  try {
    mkdirSync(join(dir, 'notes'));
    copyFileSync(join(root, 'examples/facts.yaml'), join(dir, 'facts.yaml'));
    writeFileSync(join(dir, '.claimcheck.yaml'), VARIED_CORPUS_CONFIG);
    generateVariedCorpus({ notes, targetBytes: 0 }).forEach((text, i) => writeFileSync(join(dir, `notes/n-${String(i).padStart(4, '0')}.md`), text));
    const atOnce = await timeCheckWorkspace(server, dir, true);
    const indexed = await timeCheckWorkspace(server, dir, false);
    return { notes, atOnce, indexed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  console.log(JSON.stringify(await workspaceCheck({ server: resolve(arg('--server', join(root, 'dist/server.js'))), notes: Number(arg('--notes', 500)) })));
}
