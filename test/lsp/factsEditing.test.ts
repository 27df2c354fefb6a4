// Typing in a facts file open in the editor: a burst of keystrokes reloads the facts once (the
// reload is debounced), and while an edit leaves the file with new errors (`value: 25e` on the way
// to `25e9`) the notes keep the verdicts of the facts they had, instead of flipping on every key.
// Asserted by the order and number of publications, never by time.
import { describe, expect, it } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readWorkspaceFile, REPO, useOpenNote } from './lspClient';

// The example facts plus a fact without a source: its warning makes every reload publish the facts file's diagnostics.
const facts = `${readFileSync(path.join(REPO, 'examples/facts.yaml'), 'utf8')}  - id: unsourced-users\n    entity: spacex\n    metric: users\n    value: 1\n    unit: users\n    as_of: 2001\n`;

describe('editing an open facts file', () => {
  // A debounce long enough that a burst written at once arrives inside it.
  const note = useOpenNote({ 'facts.yaml': facts }, undefined, undefined, { debounceMs: 300 });
  const { uri, ws } = note;
  const factsUri = ws.uri('facts.yaml');
  const original = readWorkspaceFile(ws.dir, 'facts.yaml');
  let version = 1;
  const contradictions = (p: PublishDiagnosticsParams | undefined) => p?.diagnostics.filter((d) => d.code === 'contradicted').length;
  /** The publications for the note (N) and the facts file (F) after `since`, in order. */
  const sequence = (since: number) =>
    note.client.diagnostics
      .slice(since)
      .filter((p) => p.uri === uri || p.uri === factsUri)
      .map((p) => (p.uri === uri ? 'N' : 'F'))
      .join('');
  const replaceAll = (text: string) => note.client.change(factsUri, ++version, [{ text }]);

  it('reloads once for a burst of keystrokes, then re-checks the notes once', async () => {
    expect(original).toBe(facts);
    await note.client.open(factsUri, original, 'yaml', version);
    await note.client.until(() => note.client.latest(factsUri)?.diagnostics.length === 1, 'facts file diagnostics after opening it');
    await note.client.until(() => contradictions(note.client.latest(uri)) === 2, 'note checked against the open facts file');
    const before = note.client.diagnostics.length;
    // Thirty keystrokes typing a comment on the first line.
    const typed = '# typed in the editor, one key at a time';
    let text = original;
    for (let k = 1; k <= 30; k++) {
      text = `${typed.slice(0, k)}\n${original}`;
      await note.client.change(factsUri, ++version, [{ range: { start: { line: 0, character: k - 1 }, end: { line: 0, character: k - 1 } }, text: k === 1 ? `${typed[0]}\n` : typed[k - 1]! }]);
    }
    await note.client.until(() => sequence(before) === 'FN', 'one reload and one re-check');
    // A second burst ends the first one's window: anything the first burst still published would show up before it.
    const second = note.client.diagnostics.length;
    await replaceAll(text.replace('value: 80e9\n', 'value: 25e9\n'));
    await note.client.until(() => sequence(second).endsWith('N') && contradictions(note.client.latest(uri, second)) === 1, 'the corrected fact re-checks the note');
    expect(sequence(before)).toBe('FNFN');
    await replaceAll(original);
    await note.client.until(() => contradictions(note.client.latest(uri, second + 2)) === 2, 'back to the original facts');
  });

  it('keeps the notes on the last good facts while an edit leaves the facts file with a new error', async () => {
    const before = note.client.diagnostics.length;
    // Mid-edit: `25e` is text where a figure belongs, so that fact cannot load.
    await replaceAll(original.replace('value: 80e9\n', 'value: 25e\n'));
    const broken = await note.client.until(() => {
      const p = note.client.latest(factsUri, before);
      return p && p.diagnostics.some((d) => d.severity === 1) ? p : undefined;
    }, 'the facts file shows the error');
    expect(broken.diagnostics.filter((d) => d.severity === 1)).toHaveLength(1);
    const afterError = note.client.diagnostics.length;
    // The edit is finished: the fact loads with its new figure and the note follows.
    await replaceAll(original.replace('value: 80e9\n', 'value: 25e9\n'));
    await note.client.until(() => contradictions(note.client.latest(uri, afterError)) === 1, 'the note follows the finished edit');
    // Between the error and the finished edit, the note was not re-published: no flip to "unsourced" and back.
    expect(sequence(before)).toBe('FFN');
  });

  it('lets the notes follow a facts file closed with its errors', async () => {
    const before = note.client.diagnostics.length;
    await replaceAll(original.replace('value: 80e9\n', 'value: 25e\n'));
    await note.client.until(() => note.client.latest(factsUri, before)?.diagnostics.some((d) => d.severity === 1), 'the facts file shows the error');
    expect(sequence(before)).toBe('F');
    // Closed without saving: the file on disk (the original) counts again, and the notes follow it.
    const closed = note.client.diagnostics.length;
    await note.client.close(factsUri);
    await note.client.until(() => sequence(closed).includes('N'), 'the note re-checked after closing');
    expect(contradictions(note.client.latest(uri, closed))).toBe(2);
  });
});
