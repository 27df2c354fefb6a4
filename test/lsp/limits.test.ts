// Large and odd inputs: an oversize note gets one information diagnostic saying why it was
// skipped; garbage never kills the server.
import { describe, expect, it } from 'vitest';
import { exampleNote, rangeOf, useServer } from './lspClient';

describe('oversize note', () => {
  const server = useServer();
  const { ws } = server;

  it('skips a note over the default 2 MB with exactly one information diagnostic', async () => {
    const uri = ws.uri('notes/huge.md');
    const paragraph = 'Anthropic was valued at $5 billion, and Amazon invested $9 billion. ';
    const text = paragraph.repeat(Math.ceil((2.2 * 1024 * 1024) / paragraph.length));
    await server.client.open(uri, text);
    const diagnostics = await server.client.diagnosticsFor(uri, 1);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].severity).toBe(3);
    expect(diagnostics[0].source).toBe('claimcheck');
    expect(diagnostics[0].message).toMatch(/2\.\d MB, over the 2\.0 MB limit \(maxNoteBytes/);
    const status = await server.client.until(() => server.client.statuses.find((s) => s.note?.uri === uri), 'status');
    expect(status.note.skippedCode).toBe('too-large');
    expect(await server.client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 26 } })).toBeNull();
  });

  it('checks it again once it is small enough', async () => {
    const uri = ws.uri('notes/huge.md');
    const text = exampleNote();
    await server.client.change(uri, 2, [{ text }]);
    const diagnostics = await server.client.diagnosticsFor(uri, 2);
    expect(diagnostics.filter((d) => d.code === 'contradicted').map((d) => d.range)).toEqual([rangeOf(text, '$5 billion'), rangeOf(text, '$200 billion')]);
  });

  it('survives odd inputs and keeps answering', async () => {
    const odd = [
      '\u0000\u0001\u0002 binary \uFFFF\uD800 lone surrogate $ $$ $1e999999 billion',
      '---\ndate: [not, a, date\n---\n$5 billion',
      '| a | $5 billion |\n|---|---|\n| $ | 9999999999999999999999999 trillion |',
      '[@] [@;] [@a;@] [@' + 'x'.repeat(10000) + ']',
      '<!-- claimcheck-disable -->\n'.repeat(1000) + '$3 billion',
      '#'.repeat(5000) + ' ' + '$1 billion '.repeat(200),
      '\r\n\r\n$5 billion\r\n',
    ];
    for (const [i, text] of odd.entries()) {
      const uri = ws.uri(`notes/odd-${i}.md`);
      await server.client.open(uri, text);
      const diagnostics = await server.client.diagnosticsFor(uri, 1);
      expect(Array.isArray(diagnostics)).toBe(true);
      await server.client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
      await server.client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 3 } });
      await server.client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } },
        context: { diagnostics: [] },
      });
    }
    // Still alive and correct.
    const uri = ws.uri('notes/after.md');
    const text = exampleNote();
    await server.client.open(uri, text);
    expect((await server.client.diagnosticsFor(uri, 1)).filter((d) => d.code === 'contradicted')).toHaveLength(2);
  });
});
