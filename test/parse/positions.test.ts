import { describe, expect, it } from 'vitest';
import { createLineIndex } from '../../server/src/core/parse/lineIndex';
import { splitSentences } from '../../server/src/core/parse/sentences';

describe('line index', () => {
  it('maps offsets to 0-based lines and UTF-16 characters across LF, CRLF and lone CR', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const lines = createLineIndex(text);
    expect(lines.position(0)).toEqual({ line: 0, character: 0 });
    expect(lines.position(text.indexOf('d'))).toEqual({ line: 1, character: 1 });
    expect(lines.position(text.indexOf('\r\n') + 1)).toEqual({ line: 1, character: 3 });
    expect(lines.position(text.indexOf('e'))).toEqual({ line: 2, character: 0 });
    expect(lines.position(text.indexOf('g'))).toEqual({ line: 3, character: 0 });
    expect(lines.position(text.length)).toEqual({ line: 3, character: 2 });
  });

  it('answers out-of-order look-ups and clamps out-of-range offsets', () => {
    const lines = createLineIndex('a\nb\nc');
    expect(lines.position(4)).toEqual({ line: 2, character: 0 });
    expect(lines.position(0)).toEqual({ line: 0, character: 0 });
    expect(lines.position(2)).toEqual({ line: 1, character: 0 });
    expect(lines.position(99)).toEqual({ line: 2, character: 1 });
    expect(lines.position(-3)).toEqual({ line: 0, character: 0 });
  });

  it('counts an astral character as two', () => {
    const lines = createLineIndex('😀x');
    expect(lines.position(2)).toEqual({ line: 0, character: 2 });
  });
});

describe('sentences', () => {
  const split = (s: string): string[] => splitSentences(s).map((x) => s.slice(x.start, x.end));

  it('splits at sentence ends and keeps decimals, abbreviations and initials', () => {
    expect(split('Revenue was $1.5 billion. The U.S. market grew 5% vs. last year. Dr. Smith agreed! Did it?')).toEqual([
      'Revenue was $1.5 billion.',
      'The U.S. market grew 5% vs. last year.',
      'Dr. Smith agreed!',
      'Did it?',
    ]);
  });

  it('does not split before a lower-case word or inside a number', () => {
    expect(split('It cost approx. 5 dollars, e.g. the fee. Nvidia Corp. said 2.5 more.')).toEqual([
      'It cost approx. 5 dollars, e.g. the fee.',
      'Nvidia Corp. said 2.5 more.',
    ]);
  });

  it('splits after closing quotes and brackets, and trims blank edges', () => {
    expect(split('  He said "it is $5 billion." Then (it grew.) Done  ')).toEqual(['He said "it is $5 billion."', 'Then (it grew.)', 'Done']);
  });
});

describe('a note that starts with a byte order mark', () => {
  // micromark drops the BOM and counts without it; every span must still index the note as given.
  const body = '---\ndate: 2025-06-01\n---\n# Rail desk\n\n| Company | Revenue |\n|---|---|\n| Vesta Rail | $5.1 billion in 2024 |\n\nVesta Rail revenue was $4.2 billion in 2024.\n';
  it('keeps claims, table rows and front matter where they stand, as without the BOM', async () => {
    const { parseNote } = await import('../../server/src/core/parse/parseNote');
    const plain = parseNote(body, { today: '2026-01-01' });
    const bom = parseNote('\uFEFF' + body, { today: '2026-01-01' });
    expect(bom.referenceDate).toBe('2025-06-01');
    expect(bom.claims.map((c) => bom.text.slice(c.offset.start, c.offset.end))).toEqual(['$5.1 billion', '$4.2 billion']);
    expect(bom.claims.map((c) => c.offset.start - 1)).toEqual(plain.claims.map((c) => c.offset.start));
    const row = bom.claims[0]!.table!.row;
    expect(bom.text.slice(row.start, row.end)).toBe('| Vesta Rail | $5.1 billion in 2024 |');
  });
});
