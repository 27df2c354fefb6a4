// The language server's training run for its code cache (server/src/node/codeCache.ts): over stdio,
// as an editor starts it, it opens the example note, publishes its diagnostics, answers a hover on
// a figure, and exits; the launcher writes the cache at exit (CLAIMCHECK_CODE_CACHE=write).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** Resolves when the server has exited on its own after the session; rejects on an error, an exit code or after `timeoutMs`. */
export async function trainServer(server, workspace, note, timeoutMs = 60_000) {
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
  const proc = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, CLAIMCHECK_CODE_CACHE: 'write' } });
  const exited = new Promise((done) => proc.once('exit', (code, signal) => done({ code, signal })));
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  let timer;
  const session = async () => {
    const uri = pathToFileURL(resolve(workspace, note)).href;
    const published = new Promise((done) => conn.onNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && done(p.diagnostics)));
    conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({ enable: true })));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.listen();
    const rootUri = pathToFileURL(resolve(workspace)).href;
    await conn.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'training' }], capabilities: { workspace: { configuration: true } } });
    await conn.sendNotification('initialized', {});
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(join(workspace, note), 'utf8') } });
    const diagnostics = await published;
    if (diagnostics.length === 0) throw new Error('the example note had no diagnostics');
    await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: diagnostics[0].range.start });
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    const { code, signal } = await exited;
    if (code !== 0) throw new Error(`the server exited ${code ?? signal}`);
  };
  try {
    await Promise.race([session(), new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs)))]);
  } finally {
    clearTimeout(timer);
    conn.dispose();
    proc.kill();
  }
}
