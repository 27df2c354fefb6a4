// `claimcheck.checkWorkspace`: checks every note with work-done progress and publishes
// diagnostics for closed files too; `claimcheck.enable: false` silences everything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_NOTE_REL, TestClient, exampleNote, makeWorkspace, rangeOf } from './lspClient';

describe('workspace check', () => {
  const other = '---\ndate: 2025-04-01\n---\n\nAnthropic was valued at $61.5 billion in March [@anthropic-valuation-2025-03].\n';
  const ws = makeWorkspace({ 'notes/other.md': other, 'notes/readme.txt': '$5 billion' });
  let client: TestClient;
  beforeAll(async () => {
    client = await TestClient.start(ws.dir);
  });
  afterAll(async () => {
    await client.stop();
    ws.cleanup();
  });

  it('checks closed notes, reports progress and returns a summary', async () => {
    const summary = await client.request<{ notes: number; counts: Record<string, number>; skipped: number }>('workspace/executeCommand', {
      command: 'claimcheck.checkWorkspace',
      arguments: [],
    });
    expect(summary.notes).toBe(2);
    expect(summary.counts.contradicted).toBe(2);
    expect(summary.counts.supported).toBeGreaterThanOrEqual(3);
    const example = await client.diagnosticsFor(ws.uri(EXAMPLE_NOTE_REL));
    expect(example.filter((d) => d.code === 'contradicted').map((d) => d.range)).toEqual([
      rangeOf(exampleNote(), '$5 billion'),
      rangeOf(exampleNote(), '$200 billion'),
    ]);
    expect(await client.diagnosticsFor(ws.uri('notes/other.md'))).toEqual([]);
    expect(client.diagnostics.some((p) => p.uri.endsWith('readme.txt'))).toBe(false);
    const kinds = client.progress.map((p) => p.value.kind);
    expect(kinds[0]).toBe('begin');
    expect(kinds).toContain('report');
    expect(kinds.at(-1)).toBe('end');
  });

  it('keeps a checked note current after it is opened and closed again', async () => {
    const uri = ws.uri('notes/other.md');
    await client.open(uri, other.replace('$61.5 billion', '$70 billion'));
    expect((await client.diagnosticsFor(uri, 1)).map((d) => d.code)).toContain('citation-mismatch');
    const before = client.diagnostics.length;
    await client.close(uri);
    // Closed again: the text on disk is checked again, not cleared.
    const afterClose = await client.until(() => client.latest(uri, before), 'diagnostics after close');
    expect(afterClose.diagnostics).toEqual([]);
  });

  it('publishes nothing when claimcheck.enable is false', async () => {
    client.settings = { enable: false, inlayHints: { enable: true } };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = ws.uri('notes/third.md');
    await client.until(() => client.statuses.at(-1)?.enabled === false, 'disabled status');
    await client.open(uri, exampleNote());
    expect(await client.diagnosticsFor(uri, 1)).toEqual([]);
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: rangeOf(exampleNote(), '$5 billion').start })).toBeNull();
  });
});
