// Typing while the server has background work (issue 12: the server checks a workspace so that
// typing never waits on it): keystroke → diagnostics on a varied 100 KB note, debounce 0, in a
// workspace of `notes` varied notes, in three phases: while the workspace index is being built
// after the note opened (the first keystrokes after an open), once the server is idle, while a
// first Find References runs (it reads every closed note, and checks those the index has not), and
// while Check Workspace runs. The server's CPU share while typing tells whether background work ran
// meanwhile (it waits for a pause in the typing). bench/targets.bench.mjs reports the last three
// phases against the idle one; alone, to compare two builds:
//   node bench/backgroundTyping.mjs [--server dist/server.js] [--notes 500] [--edits 200]
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentiles, startSession, typeSpread, untilIdle } from './lspSession.mjs';
import { generateVariedCorpus, VARIED_CORPUS_CONFIG, variedLongNote } from './variedCorpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The server's quiet time after typing before background work goes on (passed to it, as its default). */
const BACKGROUND_QUIET_MS = 500;

export async function backgroundTyping({ server = join(root, 'dist/server.js'), notes = 500, edits = 200 } = {}) {
  const note = variedLongNote(100_000);
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-background-bench-'));
  mkdirSync(join(dir, 'notes'));
  copyFileSync(join(root, 'examples/facts.yaml'), join(dir, 'facts.yaml'));
  writeFileSync(join(dir, 'notes/big.md'), note);
  writeFileSync(join(dir, '.claimcheck.yaml'), VARIED_CORPUS_CONFIG);
  generateVariedCorpus({ notes, targetBytes: 0 }).forEach((text, i) => writeFileSync(join(dir, `notes/other-${String(i).padStart(4, '0')}.md`), text));
  let progressEnded = false;
  let progressReported = false;
  const session = await startSession({
    dir,
    server,
    initializationOptions: { debounceMs: 0, backgroundQuietMs: BACKGROUND_QUIET_MS },
    listen: {
      '$/progress': (p) => {
        if (p.value?.kind === 'report') progressReported = true;
        if (p.value?.kind === 'end') progressEnded = true;
      },
    },
  });
  const uri = session.uri('notes/big.md');
  const lines = note.split('\n');
  let version = 1;
  /** `edits` keystrokes (typeSpread), their latencies and the server's CPU share meanwhile. */
  async function type() {
    const cpu = session.cpuMs();
    const start = performance.now();
    const latencies = await typeSpread(session, uri, lines, version, edits);
    version += edits;
    const used = session.cpuMs();
    return { ...percentiles(latencies), serverCpuShare: cpu === null || used === null ? null : (used - cpu) / (performance.now() - start) };
  }
  /** Until the server is idle, its background work done (untilIdle), past the quiet time after the last keystroke. */
  const quiet = () => untilIdle(session, { after: BACKGROUND_QUIET_MS + 100 });
  const whole = session.checked(uri, 1);
  await session.open(uri, note);
  await whole;
  const duringIndex = await type();
  await quiet();
  const idle = await type();
  // Find References on a citation of a fact of the project: its first run reads every closed note.
  const referencesAsked = performance.now();
  let referencesMs = null;
  const references = session.conn
    .sendRequest('textDocument/references', { textDocument: { uri }, position: citationOf(lines), context: { includeDeclaration: false } })
    .then((locations) => {
      referencesMs = performance.now() - referencesAsked;
      return locations;
    });
  const duringReferences = await type();
  const referencesAfterTyping = referencesMs === null;
  const referenced = (await references)?.length ?? 0;
  await quiet();
  const started = performance.now();
  const done = session.conn.sendRequest('workspace/executeCommand', { command: 'claimcheck.checkWorkspace', arguments: [] });
  while (!progressReported && !progressEnded) await sleep(10);
  const duringCheckWorkspace = await type();
  const stillRunning = !progressEnded;
  const summary = await done;
  const checkWorkspaceMs = performance.now() - started;
  await session.stop();
  rmSync(dir, { recursive: true, force: true });
  return { notes: notes + 1, edits, duringIndex, idle, duringReferences, referencesMs, referencesAfterTyping, referenced, duringCheckWorkspace, checkWorkspaceStillRunningAfterTyping: stillRunning, checkWorkspaceMs, checkedNotes: summary.notes };
}

/** Where the note first cites a fact of the example project (`[@id]`): Find References on it. */
function citationOf(lines) {
  const ids = new Set([...readFileSync(join(root, 'examples/facts.yaml'), 'utf8').matchAll(/^\s*- id: (\S+)/gm)].map((m) => m[1]));
  for (let line = 0; line < lines.length; line++) {
    for (const m of lines[line].matchAll(/\[@([^\]\s;]+)\]/g)) if (ids.has(m[1])) return { line, character: m.index + 2 };
  }
  throw new Error('the varied note cites no fact of examples/facts.yaml');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  console.log(JSON.stringify(await backgroundTyping({ server: resolve(arg('--server', join(root, 'dist/server.js'))), notes: Number(arg('--notes', 500)), edits: Number(arg('--edits', 200)) })));
}
