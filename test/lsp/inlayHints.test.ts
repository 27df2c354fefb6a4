// Inlay hints: the sourced value after supported ("✓ $18B") and contradicted ("≠ $255B")
// claims, never a title; off unless the setting turns them on.
import { describe, expect, it } from 'vitest';
import type { InlayHint } from 'vscode-languageserver-protocol';
import { rangeOf, useOpenNote } from './lspClient';

describe('inlay hints', () => {
  const note = useOpenNote({}, undefined, undefined, { settings: { enable: true, inlayHints: { enable: true } } });
  const { uri, text } = note;
  const whole = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };

  it('marks supported and contradicted claims with the sourced value, short', async () => {
    const hints = await note.client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: whole });
    const at = (needle: string) => hints.find((h) => h.position.line === rangeOf(text, needle).end.line && h.position.character === rangeOf(text, needle).end.character);
    expect(at('$18 billion')?.label).toBe('✓ $18B');
    expect(at('$200 billion')?.label).toBe('≠ $255B');
    for (const h of hints) expect(String(h.label).length, String(h.label)).toBeLessThan(20);
    expect(at('$4 billion')).toBeUndefined();
    for (const h of hints) expect(h.paddingLeft).toBe(true);
  });

  it('only returns hints in the requested range', async () => {
    const line = rangeOf(text, '$200 billion').start.line;
    const hints = await note.client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line, character: 0 }, end: { line, character: 10000 } },
    });
    expect(hints.map((h) => h.label)).toEqual(['≠ $255B']);
  });

  it('turns off with claimcheck.inlayHints.enable', async () => {
    note.client.settings = { enable: true, inlayHints: { enable: false } };
    await note.client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    // The server pulls the new settings from us; ask until it has them (bounded).
    let result: InlayHint[] = [];
    for (let i = 0; i < 50; i++) {
      result = await note.client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: whole });
      if (result.length === 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(result).toEqual([]);
  });
});
