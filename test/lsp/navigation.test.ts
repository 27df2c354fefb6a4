// Go to definition (citation or claim → fact entry) and find references (fact → notes).
import { describe, expect, it } from 'vitest';
import type { Location } from 'vscode-languageserver-protocol';
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
