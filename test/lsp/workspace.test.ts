// `claimcheck.checkWorkspace`: checks every note with work-done progress and publishes
// diagnostics for closed files too; `claimcheck.enable: false` silences everything.
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NOTE_REL, exampleNote, rangeOf, useServer } from './lspClient';

describe('workspace check', () => {
  const other = '---\ndate: 2025-04-01\n---\n\nAnthropic was valued at $61.5 billion in March [@anthropic-valuation-2025-03].\n';
  const server = useServer({ 'notes/other.md': other, 'notes/readme.txt': '$5 billion' });
  const { ws } = server;

  it('checks closed notes, reports progress and returns a summary', async () => {
    const summary = await server.client.request<{
      notes: number;
      counts: Record<string, number>;
      skipped: number;
      coverage: { figures: number; sourced: number };
      notesWithFigures: number;
      fullySourced: number;
    }>('workspace/executeCommand', {
      command: 'claimcheck.checkWorkspace',
      arguments: [],
    });
    expect(summary.notes).toBe(2);
    expect(summary.counts.contradicted).toBe(2);
    expect(summary.counts.supported).toBeGreaterThanOrEqual(3);
    // The example's 2 of 9 figures and the other note's cited valuation: 3 of 10 sourced, one note fully.
    expect(summary.coverage).toMatchObject({ figures: 10, sourced: 3 });
    expect([summary.notesWithFigures, summary.fullySourced]).toEqual([2, 1]);
    const example = await server.client.diagnosticsFor(ws.uri(EXAMPLE_NOTE_REL));
    expect(example.filter((d) => d.code === 'contradicted').map((d) => d.range)).toEqual([
      rangeOf(exampleNote(), '$5 billion'),
      rangeOf(exampleNote(), '$200 billion'),
    ]);
    expect(await server.client.diagnosticsFor(ws.uri('notes/other.md'))).toEqual([]);
    expect(server.client.diagnostics.some((p) => p.uri.endsWith('readme.txt'))).toBe(false);
    const kinds = server.client.progress.map((p) => p.value.kind);
    expect(kinds[0]).toBe('begin');
    expect(kinds).toContain('report');
    expect(kinds.at(-1)).toBe('end');
  });

  it('keeps a checked note current after it is opened and closed again', async () => {
    const uri = ws.uri('notes/other.md');
    await server.client.open(uri, other.replace('$61.5 billion', '$70 billion'));
    expect((await server.client.diagnosticsFor(uri, 1)).map((d) => d.code)).toContain('citation-mismatch');
    const before = server.client.diagnostics.length;
    await server.client.close(uri);
    // Closed again: the text on disk is checked again, not cleared.
    const afterClose = await server.client.until(() => server.client.latest(uri, before), 'diagnostics after close');
    expect(afterClose.diagnostics).toEqual([]);
  });

  it('publishes nothing when claimcheck.enable is false', async () => {
    server.client.settings = { enable: false, inlayHints: { enable: true } };
    await server.client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = ws.uri('notes/third.md');
    await server.client.until(() => server.client.statuses.at(-1)?.enabled === false, 'disabled status');
    await server.client.open(uri, exampleNote());
    expect(await server.client.diagnosticsFor(uri, 1)).toEqual([]);
    expect(await server.client.request('textDocument/hover', { textDocument: { uri }, position: rangeOf(exampleNote(), '$5 billion').start })).toBeNull();
  });
});
