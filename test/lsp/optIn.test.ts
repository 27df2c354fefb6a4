// Quiet by default: a workspace with no facts file and no .claimcheck.yaml gets no diagnostics,
// hovers or hints, and its status says "not set up"; Add Fact from there writes a facts file
// whose stub supports the claim at once; claimcheck.checkWithoutFacts checks anyway.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { NORTHWIND_FACTS } from './fixtures';
import { applyEdits, editsFor, rangeOf, TestClient } from './lspClient';

const README = [
  '# fastqueue',
  '',
  'Requires Node.js 20+. It is 3x faster than v1, weighs 120 KB, and the hosted plan costs $5 per month.',
  'Version 2.4 cut p99 latency by 40%.',
  '',
].join('\n');

const NOTE = [
  '---',
  'date: 2025-06-01',
  '---',
  '',
  '# Funding notes',
  '',
  'In March 2025, OpenAI was valued at $300 billion.',
  '',
].join('\n');

function bareWorkspace(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-bare-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return { dir, uri: (rel: string) => pathToFileURL(path.join(dir, rel)).href };
}

describe('a workspace that is not set up', () => {
  const ws = bareWorkspace({ 'README.md': README, 'notes/funding.md': NOTE });
  let client: TestClient;
  beforeAll(async () => {
    client = await TestClient.start(ws.dir, { settings: { enable: true, inlayHints: { enable: true } } });
  });
  afterAll(async () => {
    await client.stop();
    rmSync(ws.dir, { recursive: true, force: true });
  });

  it('publishes nothing for an unrelated README, and says it is not set up', async () => {
    const uri = ws.uri('README.md');
    await client.open(uri, README);
    expect(await client.diagnosticsFor(uri, 1)).toEqual([]);
    const status = await client.request<{ setUp: boolean; checkWithoutFacts: boolean; note?: unknown }>('claimcheck/projectInfo', { uri });
    expect(status.setUp).toBe(false);
    expect(status.note).toBeUndefined();
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: rangeOf(README, '$5 per month').start })).toBeNull();
    expect(await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } })).toEqual(null);
    expect(await client.request('textDocument/codeAction', { textDocument: { uri }, range: rangeOf(README, '$5 per month'), context: { diagnostics: [] } })).toEqual([]);
  });

  it('Add Fact writes a facts file whose stub supports the claim at once, with only a missing source', async () => {
    const uri = ws.uri('notes/funding.md');
    await client.open(uri, NOTE);
    expect(await client.diagnosticsFor(uri, 1)).toEqual([]);
    const stub = await client.request<{ factsUri: string; factId: string; edit: never }>('claimcheck/factStub', { uri, range: rangeOf(NOTE, '$300 billion') });
    expect(stub.factsUri).toBe(ws.uri('facts.yaml'));
    expect(stub.factId).toBe('openai-valuation-2025-03');
    const facts = applyEdits('', editsFor(stub.edit, stub.factsUri));
    expect(facts).toContain('entities:\n  openai: { name: OpenAI }');
    const loaded = loadFacts([{ file: stub.factsUri, text: facts }], { today: '2025-06-01' });
    expect(loaded.problems.map((p) => p.code)).toEqual(['missing-source']);
    // The client applies the edit: the facts file appears (opened in the editor), the note cites the stub.
    const noteText = applyEdits(NOTE, editsFor(stub.edit, uri));
    expect(noteText).toContain('$300 billion [@openai-valuation-2025-03]');
    writeFileSync(path.join(ws.dir, 'facts.yaml'), facts);
    await client.open(stub.factsUri, facts, 'yaml');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: stub.factsUri, type: 1 }] });
    await client.change(uri, 2, [{ text: noteText }]);
    // The note may be checked once before the facts reload (the edits race); the reload re-checks it.
    const published = await client.until(() => {
      const d = client.latest(uri);
      return d && d.version === 2 && d.diagnostics.length === 0 && d;
    }, 'the note clean after the facts file appeared');
    expect(published.diagnostics).toEqual([]);
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: rangeOf(noteText, '$300 billion').start });
    expect(hover?.contents.value).toMatch(/^\*\*✓ Supported\*\*/);
    expect(hover?.contents.value).toContain('Source missing');
    const status = await client.request<{ setUp: boolean; note?: { counts: Record<string, number> }; factsErrors: number }>('claimcheck/projectInfo', { uri });
    expect(status.setUp).toBe(true);
    expect(status.factsErrors).toBe(0);
    expect(status.note?.counts.supported).toBe(1);
  });
});

// The fact says $4.5B, the note $2B: contradicted.
const NORTHWIND_NOTE = '# Robotics\n\nIn January 2025, Northwind Robotics was valued at $2 billion.\n';

describe('set up above the note', () => {
  // project/.claimcheck.yaml + project/facts.yaml; the workspace folder is project/site.
  const project = bareWorkspace({ '.claimcheck.yaml': '# Claimcheck\n', 'facts.yaml': NORTHWIND_FACTS, 'site/notes/robotics.md': NORTHWIND_NOTE });
  // Opened from outside every workspace folder: one with facts two folders up, one with nothing.
  const elsewhere = bareWorkspace({ 'facts.yaml': NORTHWIND_FACTS, 'archive/2025/robotics.md': NORTHWIND_NOTE });
  const bare = bareWorkspace({ 'drafts/robotics.md': NORTHWIND_NOTE });
  let client: TestClient;
  beforeAll(async () => {
    client = await TestClient.start(path.join(project.dir, 'site'));
  });
  afterAll(async () => {
    await client.stop();
    for (const ws of [project, elsewhere, bare]) rmSync(ws.dir, { recursive: true, force: true });
  });

  it('checks a note whose workspace folder sits inside the project', async () => {
    const uri = project.uri('site/notes/robotics.md');
    await client.open(uri, NORTHWIND_NOTE);
    expect((await client.diagnosticsFor(uri, 1)).map((d) => d.code)).toEqual(['contradicted']);
    const status = await client.request<{ setUp: boolean; root: string; factsCount: number }>('claimcheck/projectInfo', { uri });
    expect(status).toMatchObject({ setUp: true, root: pathToFileURL(project.dir).href, factsCount: 1 });
  });

  it('checks a note opened from outside every workspace folder, with facts above it', async () => {
    const uri = elsewhere.uri('archive/2025/robotics.md');
    await client.open(uri, NORTHWIND_NOTE);
    expect((await client.diagnosticsFor(uri, 1)).map((d) => d.code)).toEqual(['contradicted']);
  });

  it('stays quiet for a note with nothing above it', async () => {
    const uri = bare.uri('drafts/robotics.md');
    await client.open(uri, NORTHWIND_NOTE);
    expect(await client.diagnosticsFor(uri, 1)).toEqual([]);
    const status = await client.request<{ setUp: boolean }>('claimcheck/projectInfo', { uri });
    expect(status.setUp).toBe(false);
  });
});

describe('claimcheck.checkWithoutFacts', () => {
  const ws = bareWorkspace({ 'notes/funding.md': NOTE });
  let client: TestClient;
  beforeAll(async () => {
    client = await TestClient.start(ws.dir);
  });
  afterAll(async () => {
    await client.stop();
    rmSync(ws.dir, { recursive: true, force: true });
  });

  it('checks notes of a workspace without facts when asked to', async () => {
    client.settings = { enable: true, checkWithoutFacts: true, inlayHints: { enable: false } } as never;
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => client.statuses.at(-1)?.checkWithoutFacts === true || undefined, 'status with checkWithoutFacts');
    const uri = ws.uri('notes/funding.md');
    await client.open(uri, NOTE);
    expect((await client.diagnosticsFor(uri, 1)).map((d) => d.code)).toEqual(['unsourced']);
  });
});

describe('Add Fact with a facts file that cannot take a stub', () => {
  const ws = bareWorkspace({ 'facts.yaml': 'facts: [ { id: x, entity: acme\n', 'notes/funding.md': NOTE });
  let client: TestClient;
  beforeAll(async () => {
    client = await TestClient.start(ws.dir);
  });
  afterAll(async () => {
    await client.stop();
    rmSync(ws.dir, { recursive: true, force: true });
  });

  it('says why instead of claiming there is no figure', async () => {
    const uri = ws.uri('notes/funding.md');
    await client.open(uri, NOTE);
    await client.diagnosticsFor(uri, 1);
    const answer = await client.request<{ refused?: string }>('claimcheck/factStub', { uri, range: rangeOf(NOTE, '$300 billion') });
    expect(answer.refused).toMatch(/^facts\.yaml is not valid YAML/);
  });
});
