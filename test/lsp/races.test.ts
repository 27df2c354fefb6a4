// Versions and cancellation: rapid edits publish only the latest version's diagnostics, and a
// cancelled workspace check stops early while the server keeps serving.
import { describe, expect, it } from 'vitest';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { EXAMPLE_NOTE_REL, exampleNote, rangeOf, useServer } from './lspClient';

describe('version races', () => {
  const server = useServer({}, { debounceMs: 200 });
  const uri = server.ws.uri(EXAMPLE_NOTE_REL);
  const text = exampleNote();

  it('publishes diagnostics only for the latest of many rapid incremental edits', async () => {
    await server.client.open(uri, text);
    await server.client.diagnosticsFor(uri, 1);
    const before = server.client.diagnostics.length;
    // 30 edits in a row, each inserting one character before "$200 billion".
    const at = rangeOf(text, '$200 billion').start;
    for (let v = 2; v <= 31; v++) await server.client.change(uri, v, [{ range: { start: at, end: at }, text: 'x' }]);
    const last = await server.client.diagnosticsFor(uri, 31, before);
    const published = server.client.diagnostics.slice(before).filter((p) => p.uri === uri);
    expect(published.map((p) => p.version)).toEqual([31]);
    // The contradicted figure moved 30 characters to the right with the inserted text.
    const capex = last.find((d) => d.code === 'contradicted' && d.range.start.line === at.line)!;
    expect(capex.range.start.character).toBe(at.character + 30);
  });

  it('answers hovers for the current text even before the debounced check ran', async () => {
    const edited = 'Anthropic was valued at $18 billion in January 2024.\n';
    await server.client.change(uri, 40, [{ text: edited }]);
    const hover = await server.client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: rangeOf(edited, '$18 billion').start,
    });
    expect(hover?.contents.value).toContain('$18 billion'.replace('$', '\\$'));
  });
});

describe('cancellation', () => {
  // Many notes, so that a workspace check is still running when the cancel arrives.
  const notes: Record<string, string> = {};
  for (let i = 0; i < 150; i++) notes[`notes/copy-${String(i).padStart(3, '0')}.md`] = exampleNote();
  const server = useServer(notes);
  const { ws } = server;

  it('stops a workspace check cancelled from its progress, and keeps serving', async () => {
    const result = server.client.request<{ notes: number }>('workspace/executeCommand', { command: 'claimcheck.checkWorkspace', arguments: [] });
    // A report names the note about to be checked, so the one naming copy-005 comes after five
    // notes were checked. (Cancelling at the first report may rightly end with none checked: a
    // closed note's check waits for a free moment, and the cancel can arrive first.)
    const begin = await server.client.until(() => server.client.progress.find((p) => p.value?.kind === 'report' && String(p.value.message).includes('copy-005')), 'progress report for copy-005');
    await server.client.conn.sendNotification('window/workDoneProgress/cancel', { token: begin.token });
    const summary = await result;
    expect(summary.notes).toBeGreaterThanOrEqual(5);
    expect(summary.notes).toBeLessThan(151);
    expect(server.client.progress.some((p) => p.token === begin.token && p.value?.kind === 'end')).toBe(true);
    const uri = ws.uri('notes/copy-000.md');
    await server.client.open(uri, exampleNote());
    expect((await server.client.diagnosticsFor(uri, 1)).length).toBeGreaterThan(0);
  });

  it('answers a cancelled request with null or a cancellation error, not a crash', async () => {
    const uri = ws.uri(EXAMPLE_NOTE_REL);
    const text = exampleNote();
    await server.client.open(uri, text);
    const source = new CancellationTokenSource();
    const pending = server.client.conn.sendRequest('textDocument/references', {
      textDocument: { uri },
      position: rangeOf(text, '$200 billion').start,
      context: { includeDeclaration: false },
    }, source.token);
    source.cancel();
    const outcome = await pending.then(
      (r) => ({ r }),
      (e: { code?: number }) => ({ code: e.code }),
    );
    expect(outcome).toSatisfy((o: { r?: unknown; code?: number }) => o.code === -32800 || o.r === null || Array.isArray(o.r));
    const hover = await server.client.request('textDocument/hover', { textDocument: { uri }, position: rangeOf(text, '$200 billion').start });
    expect(hover).not.toBeNull();
  });
});
