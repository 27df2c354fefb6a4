import { describe, expect, it } from 'vitest';
import { prng } from '../prng';
import { parseNote } from '../../server/src/core/parse/parseNote';

// parseNote must never throw, whatever the editor hands it mid-typing, and every claim,
// citation and problem it returns must point at real text.

const PIECES = [
  '$', '€', '₹', '5', '61.5', '1,000', '2025', 'B', 'bn', ' billion', ' GPUs', '%', '-', '–', ' to ', ' and ', 'between ',
  'four', ' months', 'doubling every ', 'Q1 ', 'FY', 'late ', 'in September', '[@', ']', '[@a; @b]', '[^1]', '[^1]: ',
  '`', '```\n', '~~~', '<!-- claimcheck-disable', ' -->', '<span>', '</span>', '<div>\n', '---\n', 'date: ', ': :',
  '\n', '\r\n', '\r', '\n\n', '> ', '- ', '1. ', '| a | b |\n|---|---|\n', '|', '*', '**', '_', '\\', '&amp;', '&#36;',
  '😀', '👩‍💻', '\u0000', '\uD800', '\uFEFF', ' ', '\t', '    ', '#', '# 1. ', '[x](http://a/5)', '<http://b/6>', 'www.c.com/7',
  '![5 GPUs](i.png)', 'H100', ' equivalents', 'Claude 3.5', 'GPT-4o', 'north of ', 'about ', '~', '+', '(', ')', '.', ',',
];

function randomNote(rand: () => number): string {
  let s = rand() < 0.3 ? '---\ndate: 2025-02-14\n---\n' : '';
  const n = Math.floor(rand() * 80);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rand() * PIECES.length)]!;
  return s;
}

function checkInvariants(text: string): void {
  const note = parseNote(text, { today: '2025-02-14' });
  expect(note.text).toBe(text);
  note.claims.forEach((c, i) => {
    expect(c.index).toBe(i);
    expect(c.offset.start).toBeLessThan(c.offset.end);
    expect(text.slice(c.offset.start, c.offset.end)).toBe(c.text);
    expect(c.value === null).toBe(c.low !== null && c.high !== null);
    if (c.low !== null) expect(c.low).toBeLessThan(c.high!);
    expect(Number.isFinite(c.value ?? c.low!)).toBe(true);
    expect(c.precision).toBeGreaterThanOrEqual(0);
  });
  for (const c of note.citations) expect(text.slice(c.offset.start, c.offset.start + 2)).toBe('[@');
  for (const p of note.problems) expect(p.range.start.line).toBeLessThanOrEqual(p.range.end.line);
}

describe('parseNote on odd input', () => {
  it('never throws on random markdown-ish notes', () => {
    const rand = prng(42);
    for (let i = 0; i < 400; i++) checkInvariants(randomNote(rand));
  });

  it('never throws on random characters', () => {
    const rand = prng(7);
    for (let i = 0; i < 200; i++) {
      let s = '';
      const n = Math.floor(rand() * 200);
      for (let k = 0; k < n; k++) s += String.fromCharCode(Math.floor(rand() * (rand() < 0.9 ? 128 : 0xffff)));
      checkInvariants(s);
    }
  });

  it('handles empty, whitespace-only and front-matter-only notes', () => {
    for (const s of ['', ' ', '\n', '\r\n\r\n', '---', '---\n', '---\n---', '---\ndate: 2025-02-14\n---\n', '\uFEFF# Title 5 GPUs']) checkInvariants(s);
  });

  it('is not fooled by a non-string at run time', () => {
    expect(() => parseNote(undefined as unknown as string)).not.toThrow();
  });
});
