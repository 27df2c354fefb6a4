// Completion after `[@` lists fact ids with entity, metric, value and date, filtered by what is
// typed; each item replaces the whole key typed so far, `-` included, and every separator inside
// an id asks again (VS Code would otherwise stop narrowing after a `-`).
import { describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { useOpenNote } from './lspClient';

describe('citation completion', () => {
  const text = '---\ndate: 2025-04-01\n---\n\nAnthropic was valued at $61.5 billion [@anthropic-val\n\nAlso [@amazon-capex-2025-feb; @\n\nNo citation here @x\n\nAmazon put in [@amazon-anth\n\nCapex [@amazon-capex-\n\n- a list item -\n';
  const note = useOpenNote({}, 'notes/new.md', text);
  const lines = text.split('\n');
  /** Completion at the end of line `line`, as the editor asks after typing `triggerCharacter`. */
  const complete = (line: number, triggerCharacter = '@') =>
    note.client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
      textDocument: { uri: note.uri },
      position: { line, character: lines[line].length },
      context: { triggerKind: 2, triggerCharacter },
    });
  const items = (r: CompletionList | CompletionItem[] | null) => (r === null ? [] : Array.isArray(r) ? r : r.items);

  it('lists only the ids matching the typed prefix, replacing it', async () => {
    const line = lines[4];
    const r = items(await complete(4));
    expect(r.map((i) => i.label)).toEqual([
      'anthropic-valuation-2024-01',
      'anthropic-valuation-2025-03',
      'anthropic-valuation-2025-09',
      'anthropic-valuation-2026-02',
      'anthropic-valuation-2026-05',
    ]);
    const first = r[0];
    expect(first.detail).toBe('Anthropic · valuation · $18 billion · 2024-01');
    expect(first.textEdit).toEqual({
      range: { start: { line: 4, character: line.indexOf('anthropic-val') }, end: { line: 4, character: line.length } },
      newText: 'anthropic-valuation-2024-01',
    });
  });

  it('is asked again at every separator inside an id', () => {
    expect(note.client.initializeResult.capabilities.completionProvider?.triggerCharacters).toEqual(['@', '-', '.', ':', '/']);
  });

  it('replaces and filters on the whole key typed, across a `-`', async () => {
    const line = lines[10];
    const list = items(await complete(10));
    expect(list.map((i) => i.label)).toEqual([
      'amazon-anthropic-2023-09',
      'amazon-anthropic-2024-03',
      'amazon-anthropic-2024-11',
      'amazon-anthropic-2026-04',
      'amazon-anthropic-total-2024-11',
    ]);
    const typed = { start: { line: 10, character: line.indexOf('amazon-anth') }, end: { line: 10, character: line.length } };
    expect(line.slice(typed.start.character, typed.end.character)).toBe('amazon-anth');
    for (const item of list) {
      expect(item.textEdit).toEqual({ range: typed, newText: item.label });
      expect(item.filterText).toBe(item.label);
    }
  });

  it('answers a `-` typed inside a key with the ids containing the key so far, replacing all of it', async () => {
    const line = lines[12];
    const list = items(await complete(12, '-'));
    expect(list.map((i) => i.label)).toEqual(['amazon-capex-2025-feb', 'amazon-capex-2025-jul', 'amazon-capex-2025-oct']);
    const typed = { start: { line: 12, character: line.indexOf('amazon-capex-') }, end: { line: 12, character: line.length } };
    for (const item of list) expect(item.textEdit).toEqual({ range: typed, newText: item.label });
  });

  it('lists every fact after a second @ in a multi-key citation', async () => {
    expect(items(await complete(6))).toHaveLength(28);
  });

  it('offers nothing outside a citation, nor for a `-` in prose', async () => {
    expect(items(await complete(8))).toEqual([]);
    expect(items(await complete(14, '-'))).toEqual([]);
  });
});
