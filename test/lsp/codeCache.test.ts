// The language server's code cache (server/src/node/codeCache.ts, lsp/launch.ts): taken by this
// Node for the server and for its facts worker, with the same diagnostics as a server compiled from
// scratch; never read under Electron, whose V8 (VS Code's) would refuse it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { codeCacheFileOf, codeCacheMode } from '../../server/src/node/codeCache';
import { EXAMPLE_NOTE_REL, REPO, TestClient, makeWorkspace } from './lspClient';

const CACHE = codeCacheFileOf(path.join(REPO, 'dist/server-bundle.js'));
const before = process.env.CLAIMCHECK_CODE_CACHE;
afterAll(() => {
  if (before === undefined) delete process.env.CLAIMCHECK_CODE_CACHE;
  else process.env.CLAIMCHECK_CODE_CACHE = before;
});

/** The example note's diagnostics from a server started with CLAIMCHECK_CODE_CACHE=`mode`, its facts loaded on the worker, and what it said of the cache. */
async function exampleWith(mode: string) {
  const ws = makeWorkspace();
  process.env.CLAIMCHECK_CODE_CACHE = mode; // the server inherits it
  const client = await TestClient.start(ws.dir, { factsWorkerMinChars: 1 });
  try {
    const uri = ws.uri(EXAMPLE_NOTE_REL);
    await client.open(uri, readFileSync(path.join(ws.dir, EXAMPLE_NOTE_REL), 'utf8'));
    // Related information points into the facts file: the workspace's own folder, written as one name.
    const diagnostics = JSON.parse(JSON.stringify(await client.diagnosticsFor(uri, 1)).replaceAll(pathToFileURL(ws.dir).href, 'file:///ws')) as Diagnostic[];
    const info = await client.request<{ factsCount: number }>('claimcheck/projectInfo', { uri });
    return { diagnostics, factsCount: info.factsCount, said: client.logs.join('').match(/^claimcheck: code cache .*$/gm) ?? [] };
  } finally {
    await client.stop();
    ws.cleanup();
  }
}

describe("the language server's code cache", () => {
  it('is taken by the server and by its facts worker, and the note is judged as by a server compiled from scratch', async () => {
    const scratch = await exampleWith('off');
    const cached = await exampleWith('status');
    expect(scratch.said).toEqual([]);
    // The server's line and the worker's: the worker starts from the launcher, not the bare bundle.
    expect(cached.said).toEqual([`claimcheck: code cache used (${CACHE})`, `claimcheck: code cache used (${CACHE})`]);
    expect(scratch.diagnostics.map((d) => d.code)).toContain('contradicted');
    expect(cached.diagnostics).toEqual(scratch.diagnostics);
    expect(cached.factsCount).toBe(scratch.factsCount);
  });

  it('is never read under Electron (VS Code), whatever is asked', () => {
    const electron = { ...process.versions, electron: '37.2.0' };
    for (const asked of [undefined, 'status', 'write', 'off']) expect(codeCacheMode(asked, electron)).toBe('off');
    expect(codeCacheMode(undefined)).toBe('use');
    expect(codeCacheMode('status')).toBe('status');
    expect(codeCacheMode('anything else')).toBe('use');
  });
});
