// A workspace whose facts the server loads on its worker (the threshold lowered to 1 MB for the
// test: the example's facts beside 6,000 generated ones in facts/holdings.yaml). The notes are judged as
// on the server's thread, an edit to a fact re-checks them, and Add Fact, followed to the end, never
// shows the note against the facts without the new one (no flash of `unknown-citation`): what is
// published waits for the reload. Asserted by what is published, never by time.
import { describe, expect, it } from 'vitest';
import type { CodeAction, CompletionList, Diagnostic } from 'vscode-languageserver-protocol';
import { MAX_CITATION_ITEMS } from '../../server/src/lsp/completion';
import { bigFacts } from '../hostile/inputs.mjs';
import { applyEdits, editsFor, rangeOf, readWorkspaceFile, useOpenNote } from './lspClient';

const HOLDINGS = bigFacts(6000, 1500);
const WORKER_MIN_CHARS = 1_000_000;

describe('a workspace with facts loaded on the worker', () => {
  const note = useOpenNote({ 'facts/holdings.yaml': HOLDINGS }, undefined, undefined, { factsWorkerMinChars: WORKER_MIN_CHARS });
  const { uri, ws } = note;
  const factsUri = ws.uri('facts.yaml');
  let text = note.text;
  let version = 1;
  /** The fact Add Fact wrote, and where its claim is. */
  let added: { id: string; claim: Diagnostic } | undefined;

  it('judges the example note against the example facts, among 6,000 others', async () => {
    expect(HOLDINGS.length + readWorkspaceFile(ws.dir, 'facts.yaml').length).toBeGreaterThan(WORKER_MIN_CHARS);
    const codes = note.diagnostics.map((d) => d.code);
    expect(codes).toContain('contradicted');
    expect(codes).toContain('unsourced');
    const status = await note.client.request<{ factsCount: number }>('claimcheck/projectInfo', { uri });
    expect(status.factsCount).toBe(6000 + 28);
  });

  it('completes a citation key from the 6,028 facts a page at a time, naming the ids that start with it first', async () => {
    const line = text.split('\n').length - 1; // the empty line after the last newline
    const complete = async (typed: string) => {
      const prefix = `See [@${typed}`;
      await note.client.change(uri, ++version, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: prefix }]);
      text += prefix;
      const r = await note.client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line, character: prefix.length }, context: { triggerKind: 2, triggerCharacter: '@' } });
      await note.client.change(uri, ++version, [{ range: { start: { line, character: 0 }, end: { line, character: prefix.length } }, text: '' }]);
      text = text.slice(0, -prefix.length);
      return r;
    };
    expect(text.endsWith('\n')).toBe(true);
    const all = await complete('');
    expect(all.isIncomplete).toBe(true);
    expect(all.items).toHaveLength(MAX_CITATION_ITEMS);
    const some = await complete('fact-123');
    expect(some.isIncomplete).toBe(false);
    expect(some.items.map((i) => i.label)).toEqual(['fact-123', 'fact-1230', 'fact-1231', 'fact-1232', 'fact-1233', 'fact-1234', 'fact-1235', 'fact-1236', 'fact-1237', 'fact-1238', 'fact-1239']);
    expect(some.items[0]!.detail).toBe('Entity 123 Holdings · revenue · $124 million · 2000-04');
  });

  it('follows Add Fact to a supported claim, never publishing the note against the facts without the stub', async () => {
    const diagnostics = note.diagnostics;
    const unsourced = diagnostics.find((d) => d.code === 'unsourced' && JSON.stringify(d.range) === JSON.stringify(rangeOf(text, '$8 billion to $10 billion')))!;
    expect(unsourced).toBeDefined();
    const actions = await note.client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: unsourced.range,
      context: { diagnostics: [unsourced], only: ['quickfix'] },
    });
    const add = actions.find((a) => a.title.startsWith('Add a fact for'))!;
    expect(add).toBeDefined();
    const id = /\[@([\w.-]+)\]/.exec(editsFor(add.edit!, uri)[0]!.newText)![1]!;
    // As the editor applies a workspace edit: the facts file is written, then the note changes.
    await note.writeFile('facts.yaml', applyEdits(readWorkspaceFile(ws.dir, 'facts.yaml'), editsFor(add.edit!, factsUri)));
    const since = note.client.diagnostics.length;
    text = applyEdits(text, editsFor(add.edit!, uri));
    await note.client.change(uri, ++version, [{ text }]);
    const claimAt = (d: Diagnostic) => d.range.start.line === unsourced.range.start.line && d.range.start.character === unsourced.range.start.character;
    const after = await note.client.until(() => {
      const latest = note.client.latest(uri, since);
      return latest && latest.version === version && !latest.diagnostics.some(claimAt) ? latest : undefined;
    }, 'the claim supported by the new fact');
    expect(after.diagnostics.some((d) => d.code === 'unknown-citation')).toBe(false);
    // Every publication for the note since the edit: none cites an unknown fact.
    const published = note.client.diagnostics.slice(since).filter((p) => p.uri === uri);
    expect(published.length).toBeGreaterThan(0);
    for (const p of published) expect(p.diagnostics.filter((d) => d.code === 'unknown-citation' && String(d.message).includes(id))).toEqual([]);
    added = { id, claim: unsourced };
  });

  it('re-checks the note when the fact it cites changes in the open facts file', async () => {
    expect(added).toBeDefined();
    const { id, claim } = added!;
    const factsText = readWorkspaceFile(ws.dir, 'facts.yaml');
    await note.client.open(factsUri, factsText, 'yaml');
    const since = note.client.diagnostics.length;
    // The stub's figure, changed to one the claim does not state.
    const stub = factsText.indexOf(`- id: ${id}\n`);
    expect(stub).toBeGreaterThan(0);
    const end = factsText.indexOf('\n  - ', stub + 1) < 0 ? factsText.length : factsText.indexOf('\n  - ', stub + 1);
    const changed = factsText.slice(0, stub) + factsText.slice(stub, end).replace(/\n(\s+)(?:value|range): [^\n]+/, '\n$1value: 1e3') + factsText.slice(end);
    expect(changed).not.toBe(factsText);
    await note.client.change(factsUri, 2, [{ text: changed }]);
    const mismatch = await note.client.until(() => {
      const latest = note.client.latest(uri, since);
      return latest?.diagnostics.find((d) => d.code === 'citation-mismatch' && d.range.start.line === claim.range.start.line);
    }, 'the claim now disagrees with the fact it cites');
    expect(mismatch.message).toContain(`the cited [@${id}] says $1000`);
  });
});

describe('Add Fact into a facts file large enough for the worker', () => {
  // The root facts.yaml itself is the large file: its outline's middle entries are found on the worker.
  const BIG = bigFacts(6000, 1500);
  const NOTE = '# Holdings\n\nEntity 5 Holdings revenue was $12 million in 2024. E123H was valued at $9 million in 2024.\n';
  const note = useOpenNote({ 'facts.yaml': BIG, 'notes/holdings.md': NOTE }, 'notes/holdings.md', NOTE, { factsWorkerMinChars: WORKER_MIN_CHARS });
  const { uri, ws } = note;
  const factsUri = ws.uri('facts.yaml');

  it('adds a fact for each figure in turn, each at the end of the 6,000, until the note is clean', async () => {
    expect(BIG.length).toBeGreaterThanOrEqual(WORKER_MIN_CHARS);
    let text = NOTE;
    let version = 1;
    let diagnostics = note.diagnostics;
    for (const figure of ['$12 million', '$9 million']) {
      const unsourced = diagnostics.find((d) => d.code === 'unsourced' && JSON.stringify(d.range) === JSON.stringify(rangeOf(text, figure)))!;
      expect(unsourced, `${figure} in ${JSON.stringify(diagnostics)}`).toBeDefined();
      const actions = await note.client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: unsourced.range, context: { diagnostics: [unsourced], only: ['quickfix'] } });
      const add = actions.find((a) => a.title.startsWith('Add a fact for'))!;
      expect(add, figure).toBeDefined();
      const before = readWorkspaceFile(ws.dir, 'facts.yaml');
      const factsText = applyEdits(before, editsFor(add.edit!, factsUri));
      const id = /\[@([\w.-]+)\]/.exec(editsFor(add.edit!, uri)[0]!.newText)![1]!;
      // Appended after the last of the facts, everything before it as it was.
      expect(factsText.startsWith(before)).toBe(true);
      expect(factsText.slice(before.length)).toMatch(new RegExp(`^  - id: ${id}\\n`));
      await note.writeFile('facts.yaml', factsText);
      text = applyEdits(text, editsFor(add.edit!, uri));
      const since = note.client.diagnostics.length;
      await note.client.change(uri, ++version, [{ text }]);
      diagnostics = (
        await note.client.until(() => {
          const latest = note.client.latest(uri, since);
          return latest && latest.version === version && !latest.diagnostics.some((d) => d.range.start.character === unsourced.range.start.character) ? latest : undefined;
        }, `${figure} supported by its new fact`)
      ).diagnostics;
    }
    expect(diagnostics.filter((d) => d.code !== 'supported')).toEqual([]);
  });
});
