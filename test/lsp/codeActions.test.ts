// Quick fixes and fix-all: their edits, applied here as an editor would, make the findings go.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-protocol';
import { applyEdits, editsFor, exampleNote, rangeOf, readWorkspaceFile, useOpenNote } from './lspClient';

describe('code actions on the example note', () => {
  const note = useOpenNote();
  const { uri, ws } = note;
  const factsUri = ws.uri('facts.yaml');
  /** The note as edited by the tests so far, its version and its latest diagnostics. */
  let text = note.text;
  let version = 1;
  let diagnostics: Diagnostic[];

  const actionsAt = (range: Range, only?: string[]) =>
    note.client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics: diagnostics.filter((d) => d.range.start.line === range.start.line), only },
    });

  /** Applies the note's edits, sends them as a full change and waits for the new diagnostics. */
  async function applyToNote(action: CodeAction): Promise<Diagnostic[]> {
    const edits = editsFor(action.edit!, uri);
    expect(edits.length).toBeGreaterThan(0);
    text = applyEdits(text, edits);
    version++;
    await note.client.change(uri, version, [{ text }]);
    diagnostics = await note.client.diagnosticsFor(uri, version);
    return diagnostics;
  }

  /** The contradicted and outdated diagnostics whose quick fixes replace the figure (those fix-all fixes). */
  async function replaceable(shown: Diagnostic[]): Promise<Diagnostic[]> {
    const fixes = await Promise.all(
      shown
        .filter((d) => d.code === 'contradicted' || d.code === 'outdated')
        .map(async (d) => {
          const actions = await note.client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
          return actions.some((a) => a.title.startsWith('Replace ') && JSON.stringify(a.diagnostics) === JSON.stringify([d])) ? d : undefined;
        }),
    );
    return fixes.filter((d): d is Diagnostic => d !== undefined);
  }

  beforeAll(() => {
    diagnostics = note.diagnostics;
  });

  it('replaces a contradicted figure with the sourced value in the note style and cites the facts', async () => {
    const range = rangeOf(text, '$200 billion');
    const actions = await actionsAt(range, ['quickfix']);
    const replace = actions.find((a) => a.title.startsWith('Replace $200 billion'))!;
    expect(replace).toBeDefined();
    expect(replace.kind).toBe('quickfix');
    expect(replace.isPreferred).toBe(true);
    expect(replace.diagnostics?.[0].code).toBe('contradicted');
    const [edit] = editsFor(replace.edit!, uri);
    expect(edit.range).toEqual(range);
    expect(edit.newText).toMatch(/^\$\d+(\.\d+)? billion \[@[\w-]+(; @[\w-]+)*\]$/);
    const after = await applyToNote(replace);
    const line = range.start.line;
    expect(after.filter((d) => d.range.start.line === line && d.code === 'contradicted')).toEqual([]);
  });

  it('cites the supporting fact after a supported claim', async () => {
    const range = rangeOf(text, '$18 billion');
    const actions = await actionsAt(range, ['quickfix']);
    expect(actions.map((a) => a.title)).toEqual(['Cite the supporting fact: append [@anthropic-valuation-2024-01]']);
    const [edit] = editsFor(actions[0].edit!, uri);
    expect(edit).toEqual({ range: { start: range.end, end: range.end }, newText: ' [@anthropic-valuation-2024-01]' });
    const after = await applyToNote(actions[0]);
    expect(text).toContain('$18 billion [@anthropic-valuation-2024-01] post-money');
    expect(after.filter((d) => d.range.start.line === range.start.line && d.range.start.character === range.start.character)).toEqual([]);
    expect(await actionsAt(range, ['quickfix'])).toEqual([]);
  });

  it('disables a rule for the next line with a comment above the claim', async () => {
    const range = rangeOf(text, '$5 billion');
    const actions = await actionsAt(range, ['quickfix']);
    const disable = actions.find((a) => a.title === 'Disable contradicted for the next line')!;
    expect(disable).toBeDefined();
    const [edit] = editsFor(disable.edit!, uri);
    expect(edit.newText).toBe('<!-- claimcheck-disable-next-line contradicted -->\n');
    expect(edit.range.start).toEqual({ line: range.start.line, character: 0 });
    const after = await applyToNote(disable);
    expect(after.filter((d) => d.code === 'contradicted')).toEqual([]);
  });

  it('adds a fact stub for an unsourced claim to facts.yaml and cites it; the claim is then supported', async () => {
    // "targeting $8 billion to $10 billion in annualized revenue": Anthropic's run-rate, no fact.
    const unsourced = diagnostics.find((d) => d.code === 'unsourced' && JSON.stringify(d.range) === JSON.stringify(rangeOf(text, '$8 billion to $10 billion')))!;
    expect(unsourced).toBeDefined();
    const actions = await actionsAt(unsourced.range, ['quickfix']);
    const add = actions.find((a) => a.title.startsWith('Add a fact for'))!;
    expect(add).toBeDefined();
    const factsEdits = editsFor(add.edit!, factsUri);
    expect(factsEdits).toHaveLength(1);
    const newFacts = applyEdits(readWorkspaceFile(ws.dir, 'facts.yaml'), factsEdits);
    const id = /\[@([\w.-]+)\]/.exec(editsFor(add.edit!, uri)[0].newText)![1];
    expect(newFacts).toContain(`- id: ${id}\n`);
    await note.writeFile('facts.yaml', newFacts);
    const after = await applyToNote(add);
    const claimLine = unsourced.range.start.line;
    expect(after.filter((d) => d.range.start.line === claimLine && d.range.start.character === unsourced.range.start.character)).toEqual([]);
    // The stub loads (its source is missing, so the facts file gets a warning and no error).
    const factsDiagnostics = await note.client.diagnosticsFor(factsUri);
    expect(factsDiagnostics.filter((d) => d.severity === 1)).toEqual([]);
  });

  it('offers a fix-all source action for the remaining contradicted/outdated figures', async () => {
    text = exampleNote();
    version++;
    await note.client.change(uri, version, [{ text }]);
    diagnostics = await note.client.diagnosticsFor(uri, version);
    const before = diagnostics;
    const fixable = await replaceable(before);
    expect(fixable.length).toBeGreaterThan(0);
    const actions = await note.client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.claimcheck']);
    expect(actions[0].title).toBe(`Fix all contradicted/outdated figures in this file (${fixable.length})`);
    const after = await applyToNote(actions[0]);
    expect(await replaceable(after)).toEqual([]);
    expect(after.filter((d) => d.code === 'contradicted' || d.code === 'outdated')).toHaveLength(
      before.filter((d) => ['contradicted', 'outdated'].includes(String(d.code))).length - fixable.length,
    );
  });
});
