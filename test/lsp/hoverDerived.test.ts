// A derived figure in the editor: the hover shows the arithmetic and both facts with their
// sources and quotes, the diagnostic says "derived", and its quick fix writes the derived value.
import { describe, expect, it } from 'vitest';
import type { CodeAction, Hover, InlayHint, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { judgeNote } from '../../server/src/core/judge/judgeNote';
import { parseNote } from '../../server/src/core/parse/parseNote';
import { claimHoverMarkdown } from '../../server/src/lsp/hover';
import { applyEdits, editsFor, rangeOf, useOpenNote } from './lspClient';

const FACTS = [
  'entities:',
  '  skylark: { name: Skylark Air }',
  'facts:',
  '  - { id: sky-rev-2023, entity: skylark, metric: revenue, value: 4.0e9, unit: USD, as_of: 2024-02-15, period: 2023, source: { url: https://example.com/sky-2023, title: Skylark Air 2023 annual report, published: 2024-02-15, quote: "Revenue was $4.0 billion." } }',
  '  - { id: sky-rev-2024, entity: skylark, metric: revenue, value: 5.0e9, unit: USD, as_of: 2025-02-14, period: 2024, source: { url: https://example.com/sky-2024, title: Skylark Air 2024 annual report, published: 2025-02-14, quote: "Revenue reached $5.0 billion." } }',
  '',
].join('\n');
const NOTE = "---\ndate: 2025-09-01\n---\n\nSkylark Air's revenue grew 30% in 2024. Skylark Air's revenue grew 25% in 2024.\n";

describe('hover and quick fix on a derived growth', () => {
  let fixEdits: TextEdit[] = [];
  const note = useOpenNote({ 'facts.yaml': FACTS, 'notes/sky.md': NOTE }, 'notes/sky.md');
  const hoverOn = async (needle: string): Promise<string> => {
    const h = await note.client.request<Hover | null>('textDocument/hover', { textDocument: { uri: note.uri }, position: rangeOf(NOTE, needle).start });
    expect(h).not.toBeNull();
    return (h!.contents as MarkupContent).value;
  };

  it('leads with the verdict, then the arithmetic, then each fact with its source title, date and quote', async () => {
    const md = await hoverOn('30%');
    const lines = md.split('\n').filter(Boolean);
    expect(lines[0]).toBe("**✗ Contradicted** · 30\\% in 2024");
    expect(lines[1]).toBe('Derived growth: **\\$5B / \\$4B − 1 \\= 25\\%**');
    expect(md).toContain('Later: **\\$5 billion** · 14 Feb 2025, for 2024 · `sky-rev-2024`');
    expect(md).toContain('Source: [Skylark Air 2024 annual report](https://example.com/sky-2024) · published 14 Feb 2025');
    expect(md).toContain('> Revenue reached \\$5\\.0 billion\\.');
    expect(md).toContain('Earlier: **\\$4 billion** · 15 Feb 2024, for 2023 · `sky-rev-2023`');
    expect(md).toContain('> Revenue was \\$4\\.0 billion\\.');
    // Later before earlier, as in the formula.
    expect(md.indexOf('Later:')).toBeLessThan(md.indexOf('Earlier:'));
  });

  it('shows a supported derived figure the same way', async () => {
    const md = await hoverOn('25%');
    expect(md.split('\n')[0]).toBe("**✓ Supported** · 25\\% in 2024");
    expect(md).toContain('Derived growth:');
  });

  it('says "derived" in the diagnostic, carries both facts, and fixes the figure to the derived value citing both facts', async () => {
    const d = note.diagnostics.find((x) => x.code === 'contradicted');
    expect(d?.message).toContain('growth derived from');
    // Both facts, later first, as related information in facts.yaml.
    expect(d?.relatedInformation?.map((r) => r.message.split(':')[0])).toEqual(['sky-rev-2024', 'sky-rev-2023']);
    const actions = await note.client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: note.uri },
      range: d!.range,
      context: { diagnostics: [d!] },
    });
    const fix = actions.find((a) => a.isPreferred);
    expect(fix?.title).toBe('Replace 30% with the derived 25% and cite [@sky-rev-2024; @sky-rev-2023]');
    const edits = editsFor(fix!.edit!, note.uri);
    expect(edits.map((e) => e.newText)).toEqual(['25% [@sky-rev-2024; @sky-rev-2023]']);
    fixEdits = edits;
  });

  it('shows the derived value, not a sum of the two facts, as the inlay hint', async () => {
    const hints = await note.client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: note.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } },
    });
    expect(hints.map((h) => h.label)).toEqual(['≠ 25%', '✓ 25%']);
  });

  it('following the fix, the figure is derived from the facts it now cites and the note is clean', async () => {
    await note.client.change(note.uri, 2, [{ text: applyEdits(NOTE, fixEdits) }]);
    const after = await note.client.diagnosticsFor(note.uri, 2);
    expect(after.map((d) => d.code)).not.toContain('contradicted');
    expect(after.map((d) => d.code)).not.toContain('citation-mismatch');
    expect(after.filter((d) => d.severity === 1 || d.severity === 2)).toEqual([]);
  });
});

describe('hover markdown of each derived form', () => {
  const FACTS2 = [
    'entities:',
    '  skylark: { name: Skylark Air }',
    'facts:',
    '  - { id: sky-rev-2024, entity: skylark, metric: revenue, value: 5.0e9, unit: USD, as_of: 2025-02-14, period: 2024, source: { url: https://example.com/sky-2024, title: Skylark Air 2024 annual report } }',
    '  - { id: sky-cargo-2024, entity: skylark, metric: revenue, segment: cargo, value: 1.1e9, unit: USD, as_of: 2025-02-14, period: 2024, source: { url: https://example.com/sky-cargo, title: Cargo segment note } }',
    '  - { id: sky-val-2025, entity: skylark, metric: valuation, value: 30e9, unit: USD, as_of: 2025-06-10, source: { title: Round announcement } }',
    '',
  ].join('\n');
  it('labels the part and the whole, the numerator and the denominator, and says when a source is missing', () => {
    const loaded = loadFacts([{ file: 'facts.yaml', text: FACTS2 }], { today: '2026-12-31' });
    const note = parseNote("---\ndate: 2025-09-01\n---\n\nCargo made up 22% of Skylark Air's revenue in 2024. Skylark Air was valued at 6x revenue.\n");
    const [share, multiple] = judgeNote(note, loaded.index, { config: defaultConfig });
    const s = claimHoverMarkdown(share!, loaded.index, note.referenceDate);
    expect(s).toContain('Derived share: **\\$1\\.1B / \\$5B \\= 22\\%**');
    expect(s.indexOf('Part: **\\$1\\.1 billion**')).toBeGreaterThan(0);
    expect(s.indexOf('Part: **\\$1\\.1 billion**')).toBeLessThan(s.indexOf('Whole: **\\$5 billion**'));
    expect(s).toContain('[Cargo segment note](https://example.com/sky-cargo)');
    // Two series (the segment and the whole): no timeline table mixing them.
    expect(s).not.toContain('| as of |');
    const m = claimHoverMarkdown(multiple!, loaded.index, note.referenceDate);
    expect(m).toContain('Derived multiple: **\\$30B / \\$5B \\= 6x**');
    expect(m).toContain('Numerator: **\\$30 billion**');
    expect(m).toContain('Denominator: **\\$5 billion**');
    expect(m).toContain('⚠ **Source missing**');
  });
});
