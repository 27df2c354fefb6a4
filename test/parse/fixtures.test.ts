import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../server/src/core/parse/parseNote';

const fixture = (name: string): string => readFileSync(join(__dirname, '../fixtures/notes', name), 'utf8');

/** [text, 0-based line, 0-based UTF-16 character] of every claim, in order. */
const where = (text: string): [string, number, number][] =>
  parseNote(text, { today: '2025-02-14' }).claims.map((c) => [c.text, c.range.start.line, c.range.start.character]);

describe('markdown structures (structures.md)', () => {
  const text = fixture('structures.md');

  it('finds claims only in prose, exactly where they are', () => {
    expect(where(text)).toEqual([
      ['$3 billion', 8, 11], // paragraph, next to inline code holding "$9 billion"
      ['40,000 GPUs', 12, 17], // bullet list item
      ['$2 billion', 13, 23], // link text; the URL's "5-billion" and the autolinks are not prose
      ['25%', 15, 22], // ordered list item; its "1." is list syntax
      ['$61.5B', 19, 14], // table cell
      ['1,100 employees', 19, 23],
      ['$50 billion', 20, 10], // bold in a table cell
      ['1,000 people', 20, 27],
      ['$4 billion', 22, 21], // block quote, over two lines
      ['30%', 23, 15],
      ['500 MW', 27, 24], // footnote definition (the [^1] marker and the image alt are not)
      ['$10 billion', 37, 41], // after an escaped dollar; "<span>$9</span>" is HTML
      ['11 users', 37, 63], // after an entity
      ['45%', 39, 20], // heading; its section number "3.2" is not a claim
      ['8 GPUs', 41, 36], // task list item; struck-through "$7 billion" is retracted
      ['9 TPUs', 42, 21], // nested list item
      ['12 data centers', 43, 11], // reference link text; the definition's URL and title are not
    ]);
  });

  it('reads the kind of a bare money cell from its column header', () => {
    const note = parseNote(text, { today: '2025-02-14' });
    expect(note.claims.filter((c) => c.unit === 'USD' && c.range.start.line >= 19 && c.range.start.line <= 20).map((c) => c.kind)).toEqual([
      'valuation',
      'valuation',
    ]);
  });

  it('gives each claim its block and sentence', () => {
    const note = parseNote(text, { today: '2025-02-14' });
    for (const c of note.claims) {
      expect(c.block.start).toBeLessThanOrEqual(c.offset.start);
      expect(c.block.end).toBeGreaterThanOrEqual(c.offset.end);
      expect(c.sentence.start).toBeLessThanOrEqual(c.offset.start);
      expect(c.sentence.end).toBeGreaterThanOrEqual(c.offset.end);
      expect(c.sentenceText.length).toBe(c.sentence.end - c.sentence.start);
    }
    const quote = note.claims.find((c) => c.text === '$4 billion')!;
    // The block-quote marker of the second line is masked out of the sentence.
    expect(quote.sentenceText).not.toContain('>');
    expect(quote.sentenceText).toContain('continued at 30% growth.');
  });

  it('reads the front matter and keeps the other keys', () => {
    const note = parseNote(text, { today: '2025-02-14' });
    expect(note.referenceDate).toBe('2024-06-30');
    expect(note.frontMatter.data).toEqual({ title: 'Structures', tags: ['compute', 2025] });
  });

  it('gives the same lines and characters when the note has CRLF line endings', () => {
    expect(where(text.replace(/\n/g, '\r\n'))).toEqual(where(text));
  });
});

describe('inline content that is not prose', () => {
  it('keeps a number from reaching a noun across inline code, HTML or a link URL', () => {
    const note = parseNote('It has 5 `code` GPUs, 7 <b>x</b> TPUs and [8](https://a.b/c) chips; 0-based `{line}` ranges.');
    expect(note.claims.map((c) => [c.text, c.unit])).toEqual([
      ['5', 'count'],
      ['7', 'count'],
      ['8', 'count'],
    ]);
    expect(note.claims[0]!.sentenceText).toBe('It has 5        GPUs, 7          TPUs and  8                 chips; 0-based          ranges.');
  });
});

describe('CRLF, emoji, citations and suppressions (crlf-emoji.md)', () => {
  const text = fixture('crlf-emoji.md');
  const note = parseNote(text, { today: '2025-02-14' });

  it('is really a CRLF file with astral characters', () => {
    expect(text).toContain('\r\n');
    expect(text).toContain('🚀');
  });

  it('counts characters in UTF-16 code units, after emoji', () => {
    expect(where(text)).toEqual([
      ['$5 billion', 7, 17], // after two rockets (two code units each) and a space
      ['1,000 people', 7, 69], // after a ZWJ emoji sequence
      ['$18 billion', 10, 14],
      ['$1 billion', 13, 8],
      ['$2 billion', 16, 12],
      ['5 GPUs', 19, 9],
    ]);
    for (const c of note.claims) expect(text.slice(c.offset.start, c.offset.end)).toBe(c.text);
    expect(note.claims[0]!.range.end).toEqual({ line: 7, character: 27 });
  });

  it('uses the front matter date as the reference date', () => {
    expect(note.referenceDate).toBe('2025-01-31');
    expect(note.claims[0]!.time?.iso).toBe('2024');
  });

  it('finds pandoc citations and binds each to the claim before it', () => {
    expect(note.citations.map((c) => [c.keys.map((k) => k.id), c.claimIndex, c.range.start.line, c.range.start.character])).toEqual([
      [['rev-2024'], 0, 7, 28],
      [['a', 'b'], 1, 7, 82],
      [['cost'], 4, 16, 23],
    ]);
    const [, ab] = note.citations;
    expect(ab!.keys.map((k) => text.slice(k.offset.start, k.offset.end))).toEqual(['a', 'b']);
    expect(ab!.keys[1]!.range.start).toEqual({ line: 7, character: 88 });
  });

  it('reads suppression comments as line ranges', () => {
    expect(note.suppressions).toEqual([
      { fromLine: 10, toLine: 10, codes: ['contradicted'] },
      { fromLine: 12, toLine: 14, codes: [] },
      { fromLine: 18, toLine: 20, codes: ['unsourced'] },
    ]);
  });
});
