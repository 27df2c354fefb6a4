// Completion after `[@` lists fact ids with entity, metric, value and date, filtered by what is typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { TestClient, makeWorkspace } from './lspClient';

describe('citation completion', () => {
  const ws = makeWorkspace();
  const uri = ws.uri('notes/new.md');
  const text = '---\ndate: 2025-04-01\n---\n\nAnthropic was valued at $61.5 billion [@anthropic-val\n\nAlso [@amazon-capex-2025-feb; @\n\nNo citation here @x\n';
  let client: TestClient;
  const complete = async (line: number, character: number) =>
    client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
      textDocument: { uri },
      position: { line, character },
      context: { triggerKind: 2, triggerCharacter: '@' },
    });
  const items = (r: CompletionList | CompletionItem[] | null) => (r === null ? [] : Array.isArray(r) ? r : r.items);

  beforeAll(async () => {
    client = await TestClient.start(ws.dir);
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
  });
  afterAll(async () => {
    await client.stop();
    ws.cleanup();
  });

  it('lists only the ids matching the typed prefix, replacing it', async () => {
    const line = text.split('\n')[4];
    const r = items(await complete(4, line.length));
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

  it('lists every fact after a second @ in a multi-key citation', async () => {
    const line = text.split('\n')[6];
    expect(items(await complete(6, line.length))).toHaveLength(28);
  });

  it('offers nothing outside a citation', async () => {
    const line = text.split('\n')[8];
    expect(items(await complete(8, line.length))).toEqual([]);
  });
});
