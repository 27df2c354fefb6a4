// LSP latency: didChange → publishDiagnostics on a ~100 KB note, p50/p95 over 200 edits, printed
// beside the time of one full check of the same note (the core alone). Runs the bundled server
// (dist/server.js, built by `npm run bench`) over stdio on a temp copy of the example workspace.
// The server's debounce is set to 0 so the numbers are the server's own cost; in the editor a
// 200 ms debounce comes on top. Options: --edits N (default 200).
import { spawn } from 'node:child_process';
import { loadCore, root } from './loadCore.mjs';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const server = join(root, 'dist/server.js');
if (!existsSync(server)) {
  console.error('dist/server.js is missing: run `npm run build` (npm run bench does).');
  process.exit(1);
}
const argEdits = process.argv.indexOf('--edits');
const EDITS = Math.max(1, Math.min(5000, argEdits > 0 ? Number(process.argv[argEdits + 1]) || 200 : 200));
const TARGET_BYTES = 100_000;

// The note: the example's body repeated (each copy a new section) up to ~100 KB.
const example = readFileSync(join(root, 'examples/notes/anthropic-compute.md'), 'utf8');
const [, frontMatter, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(example);
let note = frontMatter;
for (let i = 1; Buffer.byteLength(note) < TARGET_BYTES; i++) note += `\n## Section ${i}\n${body}`;
const noteBytes = Buffer.byteLength(note);

// One full check with the core alone, for comparison.
const core = await loadCore([
  "export { checkNote } from './server/src/core/check';",
  "export { loadFacts } from './server/src/core/facts/loadFacts';",
  "export { defaultConfig } from './server/src/core/config/loadConfig';",
]);
const factsText = readFileSync(join(root, 'examples/facts.yaml'), 'utf8');
const today = new Date().toISOString().slice(0, 10);
const { index } = core.loadFacts([{ file: 'facts.yaml', text: factsText }], { today });
const fullRuns = [];
let findings = 0;
// Warm up first: the server's JIT is warm after its first edits too.
for (let i = 0; i < 5; i++) core.checkNote(note, index, core.defaultConfig, { today });
for (let i = 0; i < 11; i++) {
  const t = performance.now();
  findings = core.checkNote(note, index, core.defaultConfig, { today }).findings.length;
  fullRuns.push(performance.now() - t);
}
fullRuns.sort((a, b) => a - b);
const fullCheck = fullRuns[5];

// The workspace and the server.
const out = mkdtempSync(join(tmpdir(), 'claimcheck-lsp-bench-'));
const ws = join(out, 'ws');
cpSync(join(root, 'examples'), ws, { recursive: true });
writeFileSync(join(ws, 'notes/big.md'), note);
const uri = pathToFileURL(join(ws, 'notes/big.md')).href;
const proc = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
const waiting = new Map();
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  if (p.uri !== uri) return;
  const resolve = waiting.get(p.version);
  if (resolve) {
    waiting.delete(p.version);
    resolve(p.diagnostics.length);
  }
});
conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({ enable: true, inlayHints: { enable: true } })));
conn.onRequest('client/registerCapability', () => null);
conn.onRequest('window/workDoneProgress/create', () => null);
conn.listen();
const rootUri = pathToFileURL(ws).href;
await conn.sendRequest('initialize', {
  processId: process.pid,
  rootUri,
  workspaceFolders: [{ uri: rootUri, name: 'bench' }],
  initializationOptions: { debounceMs: 0 },
  capabilities: { workspace: { configuration: true } },
});
await conn.sendNotification('initialized', {});

const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
let p = published(1);
await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: note } });
const diagnostics = await p;

// Edits: type one character at a spread of places (deterministic), one at a time.
const lines = note.split('\n');
const latencies = [];
for (let v = 2; v < EDITS + 2; v++) {
  const line = (v * 37) % lines.length;
  const character = Math.min(lines[line].length, (v * 13) % 80);
  p = published(v);
  const t = performance.now();
  await conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: v },
    contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: ' ' }],
  });
  await p;
  latencies.push(performance.now() - t);
  lines[line] = lines[line].slice(0, character) + ' ' + lines[line].slice(character);
}
latencies.sort((a, b) => a - b);
const pct = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];

await conn.sendRequest('shutdown');
await conn.sendNotification('exit');
conn.dispose();
proc.kill();
rmSync(out, { recursive: true, force: true });

const ms = (n) => `${n.toFixed(1)} ms`;
console.log(`note: ${(noteBytes / 1024).toFixed(0)} KB, ${findings} findings, ${diagnostics} diagnostics`);
console.log(`one full check of that note (core alone, warm, median of 11): ${ms(fullCheck)}`);
console.log(`didChange → publishDiagnostics over ${EDITS} edits (debounce 0): p50 ${ms(pct(0.5))}, p95 ${ms(pct(0.95))}, max ${ms(latencies.at(-1))}`);
