// Go to definition (citation or claim → fact entry) and find references (fact → notes).
import { describe, expect, it } from 'vitest';
import type { Location } from 'vscode-languageserver-protocol';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { factAt } from '../../server/src/lsp/navigation';
import { uriKey } from '../../server/src/lsp/uri';
import { EXAMPLE_NOTE_REL, exampleNote, rangeOf, readWorkspaceFile, useOpenNote } from './lspClient';

const CITING = '---\ndate: 2025-04-01\n---\n\nGoogle guided to $75 billion of 2025 capex [@alphabet-capex-2025-feb].\n';

describe('definition and references', () => {
  const note = useOpenNote({ 'notes/citing.md': CITING }, 'notes/citing.md');
  const { ws, uri: citingUri } = note;
  const factsUri = ws.uri('facts.yaml');
  const exampleUri = ws.uri(EXAMPLE_NOTE_REL);
  const facts = () => readWorkspaceFile(ws.dir, 'facts.yaml').split('\n');

  /** The lines a location spans in facts.yaml. */
  const linesOf = (loc: Location) => facts().slice(loc.range.start.line, loc.range.end.line + 1).join('\n');

  it('goes from a citation key to the fact entry', async () => {
    const locs = await note.client.request<Location[]>('textDocument/definition', {
      textDocument: { uri: citingUri },
      position: rangeOf(CITING, 'alphabet-capex').start,
    });
    expect(locs).toHaveLength(1);
    expect(locs[0].uri).toBe(factsUri);
    expect(linesOf(locs[0])).toContain('id: alphabet-capex-2025-feb');
  });

  it('goes from a contradicted sum to each of its facts', async () => {
    const text = exampleNote();
    await note.client.open(exampleUri, text);
    await note.client.diagnosticsFor(exampleUri, 1);
    const locs = await note.client.request<Location[]>('textDocument/definition', {
      textDocument: { uri: exampleUri },
      position: rangeOf(text, '$200 billion').start,
    });
    const ids = locs.map((l) => /id: ([\w-]+)/.exec(linesOf(l))?.[1]).sort();
    expect(ids).toEqual(['alphabet-capex-2025-feb', 'amazon-capex-2025-feb', 'microsoft-capex-fy2025']);
    await note.client.close(exampleUri);
  });

  it('finds every note citing a fact or judged against it, open or not', async () => {
    const lines = facts();
    const line = lines.findIndex((l) => l.includes('id: alphabet-capex-2025-feb'));
    const refs = await note.client.request<Location[]>('textDocument/references', {
      textDocument: { uri: factsUri },
      position: { line, character: lines[line].indexOf('alphabet') + 2 },
      context: { includeDeclaration: true },
    });
    const text = exampleNote();
    const summary = refs.map((r) => `${r.uri === factsUri ? 'facts' : r.uri === citingUri ? 'citing' : r.uri === exampleUri ? 'example' : r.uri}:${r.range.start.line}:${r.range.start.character}`);
    const capex = rangeOf(text, '$200 billion').start;
    const cite = rangeOf(CITING, 'alphabet-capex-2025-feb').start;
    const claim = rangeOf(CITING, '$75 billion').start;
    expect(summary).toContain(`example:${capex.line}:${capex.character}`);
    expect(summary).toContain(`citing:${cite.line}:${cite.character}`);
    expect(summary).toContain(`citing:${claim.line}:${claim.character}`);
    expect(summary.filter((s) => s.startsWith('facts:'))).toHaveLength(1);
  });
});

describe('the fact entry under the cursor in a facts file (factAt)', () => {
  // Two files whose entries sit on the same lines: only the asked file's entry answers.
  const file = (prefix: string) =>
    [
      'entities:',
      '  tidewater: { name: Tidewater Vineyards }',
      'facts:',
      `  - id: ${prefix}-cases-2024`,
      '    entity: tidewater',
      '    metric: revenue',
      '    value: 12e6',
      '    unit: USD',
      '    as_of: 2024-12-31',
      '    source: { url: "https://wine.example/2024" }',
      '',
      `  - { id: ${prefix}-cases-2025, entity: tidewater, metric: revenue, value: 14e6, unit: USD, as_of: 2025-12-31, source: { url: "https://wine.example/2025" } }`,
      '',
    ].join('\n');
  const { index } = loadFacts(
    [
      { file: 'file:///w/facts/north.yaml', text: file('north') },
      { file: 'file:///w/facts/south%20coast.yaml', text: file('south') },
    ],
    { today: '2026-11-30' },
  );
  const same = (a: string, b: string) => uriKey(a) === uriKey(b);
  const at = (uri: string, line: number, character: number) => factAt(index, uri, { line, character }, same)?.id;

  it('answers with the entry of the file asked, however its URI is spelled', () => {
    expect(at('file:///w/facts/north.yaml', 6, 6)).toBe('north-cases-2024');
    expect(at('file:///w/facts/south coast.yaml', 6, 6)).toBe('south-cases-2024');
    expect(at('file:///w/facts/south%20coast.yaml/', 11, 20)).toBe('south-cases-2025');
    expect(at('file:///w/facts/north.yaml', 11, 20)).toBe('north-cases-2025');
  });

  it('answers nothing between entries or in another file', () => {
    expect(at('file:///w/facts/north.yaml', 1, 4)).toBeUndefined();
    expect(at('file:///w/facts/north.yaml', 10, 0)).toBeUndefined();
    expect(at('file:///w/facts/west.yaml', 6, 6)).toBeUndefined();
  });
});
