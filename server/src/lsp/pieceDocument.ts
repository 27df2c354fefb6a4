// The server's open documents. vscode-languageserver-textdocument's document joins its whole text on
// every edit (its CR LF check reads a character of the edited text, which makes V8 copy it all): in
// an open 21 MB facts file, ~17 ms of each keystroke's ~18 ms. This document keeps an edited text as
// the pieces the edits left and joins them when the whole text is read (at the reload after a
// pause, or the note's check); an edit costs what it changes plus the line offsets it shifts.
// Every read answers as the library's document does (test/lsp/pieceDocument.test.ts compares them
// on random edits), including its clamping of positions past a line's end or the text's; an edit
// on a line past the end edits the end of the text, where the library's line offsets break.
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { lastAtMost } from '../core/lastAtMost';
import { appendLineStarts, lineStartsOf } from '../core/lineStarts';

/** More pieces than this and an edit joins them: finding a piece stays cheap without a read between edits. */
const MAX_PIECES = 512;

/** A text as pieces: reading a character or a range copies no more than that range. */
class PieceText {
  private pieces: string[] = [];
  /** Where each piece starts in the text. */
  private starts: number[] = [];
  length = 0;

  constructor(text: string) {
    this.reset(text);
  }

  reset(text: string): void {
    this.pieces = [text];
    this.starts = [0];
    this.length = text.length;
  }

  /** The index of the piece holding `offset` (0 ≤ offset < length). */
  private pieceAt(offset: number): number {
    return lastAtMost(this.starts, offset);
  }

  /** As String's: NaN outside the text. */
  charCodeAt(offset: number): number {
    if (!(offset >= 0 && offset < this.length)) return NaN;
    if (this.pieces.length === 1) return this.pieces[0]!.charCodeAt(offset);
    const i = this.pieceAt(offset);
    return this.pieces[i]!.charCodeAt(offset - this.starts[i]!);
  }

  /** The text from `start` to `end` (0 ≤ start ≤ end ≤ length). */
  substring(start: number, end: number): string {
    if (this.pieces.length === 1) return this.pieces[0]!.substring(start, end);
    if (start >= end) return '';
    const first = this.pieceAt(start);
    const last = this.pieceAt(end - 1);
    if (first === last) return this.pieces[first]!.substring(start - this.starts[first]!, end - this.starts[first]!);
    const parts = [this.pieces[first]!.substring(start - this.starts[first]!)];
    for (let i = first + 1; i < last; i++) parts.push(this.pieces[i]!);
    parts.push(this.pieces[last]!.substring(0, end - this.starts[last]!));
    return parts.join('');
  }

  /** Replaces the text from `start` to `end` (0 ≤ start ≤ end ≤ length) with `text`. */
  replace(start: number, end: number, text: string): void {
    const { pieces, starts } = this;
    // The pieces the edit touches, and what is left of the first before it and of the last after it.
    const first = start < this.length ? this.pieceAt(start) : pieces.length - 1;
    const last = end < this.length ? this.pieceAt(end) : pieces.length - 1;
    const before = pieces[first]!.substring(0, start - starts[first]!);
    const after = pieces[last]!.substring(Math.min(end - starts[last]!, pieces[last]!.length));
    const middle = [before, text, after].filter((piece) => piece.length > 0);
    pieces.splice(first, last - first + 1, ...middle);
    if (pieces.length === 0) pieces.push('');
    this.length += text.length - (end - start);
    if (pieces.length > MAX_PIECES) {
      this.join();
      return;
    }
    starts.length = pieces.length;
    for (let i = first, at = starts[first]!; i < pieces.length; i++) {
      starts[i] = at;
      at += pieces[i]!.length;
    }
  }

  /** The whole text, as one piece from now on. */
  join(): string {
    if (this.pieces.length > 1) {
      this.pieces = [this.pieces.join('')];
      this.starts = [0];
    }
    return this.pieces[0]!;
  }
}

function isEOL(c: number): boolean {
  return c === 13 || c === 10;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

export class PieceDocument implements TextDocument {
  private readonly text: PieceText;
  /** Undefined until asked for, and after an edit that splits a CR LF. */
  private lineOffsets: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    content: string,
  ) {
    this.text = new PieceText(content);
  }

  get lineCount(): number {
    return this.offsets().length;
  }

  getText(range?: Range): string {
    if (!range) return this.text.join();
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    // String's substring takes its bounds either way round.
    return start <= end ? this.text.substring(start, end) : this.text.substring(end, start);
  }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      const { text, range, rangeLength } = change as { text: unknown; range?: Range; rangeLength?: unknown };
      if (typeof text !== 'string' || (range === undefined && rangeLength !== undefined) || (rangeLength !== undefined && typeof rangeLength !== 'number')) {
        throw new Error('Unknown change event received');
      }
      if (range === undefined) this.reset(text);
      else this.edit(wellFormed(range), text);
    }
    this.version = version;
  }

  private reset(text: string): void {
    this.text.reset(text);
    this.lineOffsets = undefined;
  }

  private edit(range: Range, inserted: string): void {
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    const text = this.text;
    text.replace(start, end, inserted);
    const insertedEnd = start + inserted.length;
    // A CR LF made across an edit's boundary joins two lines the inserted text's offsets do not know of.
    const crlfAtStart = text.charCodeAt(start - 1) === 13 && text.charCodeAt(start) === 10;
    const crlfAtEnd = text.charCodeAt(insertedEnd - 1) === 13 && text.charCodeAt(insertedEnd) === 10;
    if (crlfAtStart || crlfAtEnd) {
      this.lineOffsets = undefined;
      return;
    }
    const offsets = this.lineOffsets!;
    // A line past the end is the last line (its offset is the text's end): the library takes the
    // line as given there and leaves its offsets with holes.
    const lastLine = offsets.length - 1;
    const startLine = Math.min(Math.max(range.start.line, 0), lastLine);
    const endLine = Math.min(Math.max(range.end.line, 0), lastLine);
    const added = appendLineStarts([], inserted, start);
    if (endLine - startLine === added.length) {
      for (let i = 0; i < added.length; i++) offsets[i + startLine + 1] = added[i]!;
    } else {
      const replaced = endLine - startLine;
      // splice(...added) passes every offset as an argument: a pasted text of many lines goes by concat.
      if (added.length < 10_000) offsets.splice(startLine + 1, replaced, ...added);
      else this.lineOffsets = [...offsets.slice(0, startLine + 1), ...added, ...offsets.slice(endLine + 1)];
    }
    const diff = inserted.length - (end - start);
    if (diff === 0) return;
    const shifted = this.lineOffsets!;
    for (let i = startLine + 1 + added.length; i < shifted.length; i++) shifted[i] = shifted[i]! + diff;
  }

  private offsets(): number[] {
    return (this.lineOffsets ??= lineStartsOf(this.text.join()));
  }

  /** Back over the line break an offset may sit inside or after (never before the line's start). */
  private beforeEOL(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEOL(this.text.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  getLineRange(line: number): Range {
    const offsets = this.offsets();
    if (line >= offsets.length) {
      const last = offsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.text.length - offsets[last]! } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = offsets[line]!;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEOL(this.lineEnd(line), start) - start } };
  }

  getEOLCharacters(line: number): string {
    const offsets = this.offsets();
    if (line < 0 || line >= offsets.length) return '';
    const next = this.lineEnd(line);
    return this.text.substring(this.beforeEOL(next, offsets[line]!), next);
  }

  /** Where the next line starts (the text's end after the last line). */
  private lineEnd(line: number): number {
    const offsets = this.offsets();
    return line + 1 < offsets.length ? offsets[line + 1]! : this.text.length;
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.text.length), 0);
    const offsets = this.offsets();
    const line = lastAtMost(offsets, at);
    return { line, character: this.beforeEOL(at, offsets[line]!) - offsets[line]! };
  }

  offsetAt(position: Position): number {
    const offsets = this.offsets();
    if (position.line >= offsets.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineOffset = offsets[position.line]!;
    if (position.character <= 0) return lineOffset;
    return this.beforeEOL(Math.min(lineOffset + position.character, this.lineEnd(position.line)), lineOffset);
  }
}

/** For `new TextDocuments(pieceDocuments)`. */
export const pieceDocuments: TextDocumentsConfiguration<PieceDocument> = {
  create: (uri, languageId, version, content) => new PieceDocument(uri, languageId, version, content),
  update: (document, changes, version) => {
    document.update(changes, version);
    return document;
  },
};
