// The server's open documents (PieceDocument) must read exactly as vscode-languageserver-textdocument's
// do after any edits: every feature reads the editor's text through them. Random texts with every
// kind of line break and surrogate pairs, random edits (ranges inverted, past a line's end, past the
// text's end, on lines that do not exist; CR LF split and joined; whole-text changes), and after
// each update the text, line count, positions, offsets and ranges compared with the library's.
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { PieceDocument, pieceDocuments } from '../../server/src/lsp/pieceDocument';

const chunk = fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', 'é', '😀', '$61.5 billion', '\n\n');
const text = (max: number) => fc.array(chunk, { maxLength: max }).map((parts) => parts.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 20 }) });
const range = fc.record({ start: position, end: position });
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ range, text: text(4) }) },
  { weight: 1, arbitrary: fc.record({ range, text: text(4), rangeLength: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ text: text(30) }) },
);
const batch = fc.array(change, { minLength: 1, maxLength: 3 });

/** Every read of `ours` against the library's document, at the probes given. */
function expectSame(ours: PieceDocument, theirs: TextDocument, probes: { offsets: number[]; positions: { line: number; character: number }[] }): void {
  expect(ours.getText()).toBe(theirs.getText());
  expect(ours.lineCount).toBe(theirs.lineCount);
  expect(ours.version).toBe(theirs.version);
  for (const offset of probes.offsets) expect(ours.positionAt(offset), `positionAt(${offset})`).toEqual(theirs.positionAt(offset));
  for (const p of probes.positions) {
    expect(ours.offsetAt(p), `offsetAt(${JSON.stringify(p)})`).toBe(theirs.offsetAt(p));
    expect(ours.getLineRange(p.line), `getLineRange(${p.line})`).toEqual(theirs.getLineRange(p.line));
    expect(ours.getEOLCharacters(p.line), `getEOLCharacters(${p.line})`).toBe(theirs.getEOLCharacters(p.line));
  }
  for (let i = 0; i + 1 < probes.positions.length; i += 2) {
    const r = { start: probes.positions[i]!, end: probes.positions[i + 1]! };
    expect(ours.getText(r), `getText(${JSON.stringify(r)})`).toBe(theirs.getText(r));
  }
}

/**
 * The library's update, with each range's positions first moved to where its offsetAt puts them: for
 * a line past the end it uses the given line for its line offsets and leaves holes in them (a client
 * never sends such a range; PieceDocument takes it as the end of the text).
 */
function libraryUpdate(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  for (const c of changes) {
    const placed = 'range' in c ? { ...c, range: { start: doc.positionAt(doc.offsetAt(c.range.start)), end: doc.positionAt(doc.offsetAt(c.range.end)) } } : c;
    doc = TextDocument.update(doc, [placed], version);
  }
  return doc;
}

const probes = fc.record({ offsets: fc.array(fc.integer({ min: -2, max: 80 }), { maxLength: 6 }), positions: fc.array(position, { maxLength: 6 }) });

describe('PieceDocument reads as the library document does', () => {
  it('after random edits, read after each update', () => {
    fc.assert(
      fc.property(text(25), fc.array(fc.tuple(batch, probes), { minLength: 1, maxLength: 25 }), (initial, steps) => {
        const ours = pieceDocuments.create('file:///n.md', 'markdown', 1, initial);
        let theirs = TextDocument.create('file:///n.md', 'markdown', 1, initial);
        steps.forEach(([changes, p], i) => {
          pieceDocuments.update(ours, changes, i + 2);
          theirs = libraryUpdate(theirs, changes, i + 2);
          expectSame(ours, theirs, p);
        });
      }),
      { numRuns: 1500, seed: 7 },
    );
  });

  it('after random edits with no read between them (the pieces pile up, as typing in a facts file does)', () => {
    fc.assert(
      fc.property(text(25), fc.array(batch, { minLength: 1, maxLength: 40 }), probes, (initial, batches, p) => {
        const ours = pieceDocuments.create('file:///f.yaml', 'yaml', 1, initial);
        let theirs = TextDocument.create('file:///f.yaml', 'yaml', 1, initial);
        // Only the offsets the edits need are read until the end: no whole-text read joins the pieces.
        batches.forEach((changes, i) => {
          pieceDocuments.update(ours, changes, i + 2);
          theirs = libraryUpdate(theirs, changes, i + 2);
        });
        expectSame(ours, theirs, p);
      }),
      { numRuns: 1500, seed: 8 },
    );
  });

  it('typing a thousand keys into a long document without a read (past the cap on pieces) and pasting 20,000 lines', () => {
    const initial = Array.from({ length: 3000 }, (_, i) => `  - id: fact-${i}\r\n    value: ${i}`).join('\n');
    const ours = new PieceDocument('file:///f.yaml', 'yaml', 1, initial);
    let theirs = TextDocument.create('file:///f.yaml', 'yaml', 1, initial);
    const typed: TextDocumentContentChangeEvent[][] = [];
    for (let k = 0; k < 1000; k++) {
      const line = (k * 37) % 5000;
      const character = (k * 7) % 12;
      typed.push(
        k % 10 === 9
          ? [{ range: { start: { line, character }, end: { line: line + 1, character: 2 } }, text: '' }]
          : [{ range: { start: { line, character }, end: { line, character } }, text: k % 5 === 0 ? '\n' : 'x' }],
      );
    }
    typed.push([{ range: { start: { line: 100, character: 3 }, end: { line: 100, character: 3 } }, text: 'pasted\n'.repeat(20_000) }]);
    typed.forEach((changes, i) => {
      ours.update(changes, i + 2);
      theirs = libraryUpdate(theirs, changes, i + 2);
    });
    const lines = theirs.lineCount;
    expectSame(ours, theirs, {
      offsets: [0, 1, 5000, 123_456, theirs.getText().length - 1, theirs.getText().length + 5],
      positions: [0, 99, 100, 101, 5000, 20_100, lines - 1, lines].map((line) => ({ line, character: line % 9 })),
    });
  });

  it('an edit on lines past the end edits the end of the text, and the next edit lands where it should', () => {
    const doc = new PieceDocument('file:///n.md', 'markdown', 1, 'a');
    doc.update([{ range: { start: { line: 5, character: 0 }, end: { line: 7, character: 0 } }, text: '\n\n' }], 2);
    expect(doc.getText()).toBe('a\n\n');
    expect(doc.lineCount).toBe(3);
    doc.update([{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'z' }], 3);
    expect(doc.getText()).toBe('a\n\nz');
    expect(doc.positionAt(4)).toEqual({ line: 2, character: 1 });
  });

  it('rejects a change that is neither a range edit nor a whole text, as the library does', () => {
    const ours = new PieceDocument('file:///n.md', 'markdown', 1, 'a\nb');
    const bad = [{ text: 'x', rangeLength: 1 }] as unknown as TextDocumentContentChangeEvent[];
    expect(() => TextDocument.update(TextDocument.create('file:///n.md', 'markdown', 1, 'a\nb'), bad, 2)).toThrow('Unknown change event');
    expect(() => ours.update(bad, 2)).toThrow('Unknown change event');
  });
});
