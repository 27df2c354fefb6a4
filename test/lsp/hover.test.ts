// Hovers: a claim shows its normalized value, verdict and each fact with a linked source; a
// `[@id]` shows the fact; facts-file text is escaped (no HTML, no command links).
import { describe, expect, it } from 'vitest';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { ACME_NOTE, HOSTILE_FACTS } from './fixtures';
import { rangeOf, useOpenNote } from './lspClient';

const markdown = (h: Hover | null): string => {
  expect(h).not.toBeNull();
  const c = h!.contents as MarkupContent;
  expect(c.kind).toBe('markdown');
  return c.value;
};

describe('hover on the example note', () => {
  const note = useOpenNote();
  const { uri, text } = note;
  const hoverOn = (needle: string, nth = 0) =>
    note.client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: rangeOf(text, needle, nth).start });

  it('shows a contradicted sum with the normalized value, verdict and every fact with its source link', async () => {
    const h = await hoverOn('$200 billion');
    const md = markdown(h);
    expect(h!.range).toEqual(rangeOf(text, '$200 billion'));
    // The answer first: verdict, the claim's value, then the facts.
    expect(md.split('\n')[0]).toMatch(/^\*\*✗ Contradicted\*\* · \\\$200 billion/);
    for (const id of ['microsoft-capex-fy2025', 'alphabet-capex-2025-feb', 'amazon-capex-2025-feb']) expect(md).toContain(`\`${id}\``);
    expect(md).toContain('(https://www.anews.com.tr/tech/2025/01/04/microsoft-to-spend-80-billion-on-ai-data-centers-in-fiscal-2025)');
  });

  it('shows a timeline of the series with the fact used marked', async () => {
    const md = markdown(await hoverOn('$18 billion'));
    expect(md).toContain('✓ Supported');
    expect(md).toContain('| as of | value | fact |');
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| as of'));
    // Every Anthropic valuation in facts.yaml, oldest first; the one used marked.
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.split('|')[1].trim().replace('▶ ', '').replace(/\\/g, ''))).toEqual(['2024-01', '2025-03-03', '2025-09-02', '2026-02-12', '2026-05-28']);
    expect(rows.filter((r) => r.includes('▶'))).toEqual([expect.stringContaining('**\\$18 billion**')]);
  });

  it('answers null away from any claim', async () => {
    expect(await hoverOn('The timing matters')).toBeNull();
  });
});

describe('hover escapes facts-file text', () => {
  const note = useOpenNote({ 'facts.yaml': HOSTILE_FACTS, 'notes/acme.md': ACME_NOTE }, 'notes/acme.md');
  const { uri } = note;

  it('shows the cited fact on [@id] with no raw HTML and no command link', async () => {
    const h = await note.client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: rangeOf(ACME_NOTE, 'acme-valuation-2025-01').start,
    });
    const md = markdown(h);
    expect(h!.range).toEqual(rangeOf(ACME_NOTE, 'acme-valuation-2025-01'));
    expect(md).toContain('`acme-valuation-2025-01`');
    expect(md).toContain('\\<img src\\=x onerror\\=alert\\(1\\)\\>');
    expect(md).toContain('\\<script\\>');
    expect(md).not.toMatch(/(^|[^\\])</);
    expect(md).not.toContain('](command:');
    expect(md).toContain('](https://example.com/acme_%28round%29)');
  });

  it('never links a non-http source', async () => {
    const h = await note.client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: rangeOf(ACME_NOTE, '$3 billion').start });
    const md = markdown(h);
    expect(md).not.toContain('](javascript:');
    expect(md).not.toMatch(/(^|[^\\])</);
  });

  it('says when a citation names no fact', async () => {
    const md = markdown(
      await note.client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: rangeOf(ACME_NOTE, 'no-such-fact').start }),
    );
    expect(md).toContain('Unknown citation');
  });
});
