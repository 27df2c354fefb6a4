// formatInNoteStyle on claims the parser really extracts: negatives never come out as "$-18
// billion" (issue 11 pt 7), accounting style, Indian scales, powers of ten and lexicon currencies
// are kept. Expected strings written before running.
import { describe, expect, it } from 'vitest';
import { formatInNoteStyle } from '../../server/src/core/judge/formatInNoteStyle';
import { parseNote } from '../../server/src/core/parse/parseNote';
import type { Claim } from '../../server/src/core/types';

function claim(sentence: string, text: string): Claim {
  const c = parseNote(`---\ndate: 2025-06-30\n---\n${sentence}\n`).claims.find((x) => x.text === text);
  if (!c) throw new Error(`no claim "${text}" in: ${sentence}`);
  return c;
}

describe('formatInNoteStyle: negatives', () => {
  it('puts the sign before the currency, never between currency and digits', () => {
    expect(formatInNoteStyle(claim('Capex was $18 billion.', '$18 billion'), -18e9)).toBe('-$18 billion');
    expect(formatInNoteStyle(claim('Capex was US$5 billion.', 'US$5 billion'), -2e9)).toBe('-US$2 billion');
    const signed = claim('Free cash flow was $-5 billion.', '$-5 billion');
    expect(signed.value).toBe(-5e9);
    expect(formatInNoteStyle(signed, -18e9)).toBe('-$18 billion');
    expect(formatInNoteStyle(signed, 3e9)).toBe('$3 billion');
    expect(formatInNoteStyle(claim('Grid upgrades cost a trillion dollars.', 'a trillion dollars'), -1.2e12)).toBe('-$1.2 trillion');
  });
  it('keeps accounting parentheses when the note uses them', () => {
    const c = claim('The operating result was $(1.2) billion.', '$(1.2) billion');
    expect(formatInNoteStyle(c, -3.4e9)).toBe('$(3.4) billion');
    expect(formatInNoteStyle(c, 2e9)).toBe('$2 billion');
  });
  it('keeps a loss in words: the sign is in "net loss of"', () => {
    const c = claim('Rivian posted a net loss of $3.1 billion in 2024.', '$3.1 billion');
    expect(c.value).toBe(-3.1e9);
    expect(formatInNoteStyle(c, -4.75e9)).toBe('$4.75 billion');
  });
  it('writes a range with a negative end end by end', () => {
    expect(formatInNoteStyle(claim('Guidance is $8–10 billion.', '$8–10 billion'), -2e9, 3e9)).toBe('-$2 billion to $3 billion');
  });
});

describe('formatInNoteStyle: lexicon styles', () => {
  it('keeps Indian scales', () => {
    expect(formatInNoteStyle(claim("Zepto's GMV crossed ₹1.5 lakh crore.", '₹1.5 lakh crore'), 1.2e12)).toBe('₹1.2 lakh crore');
    expect(formatInNoteStyle(claim("Zepto's GMV crossed ₹1.5 lakh crore.", '₹1.5 lakh crore'), 5e9)).toBe('₹500 crore');
    expect(formatInNoteStyle(claim('Revenue was ₹500 crore.', '₹500 crore'), 2.5e12)).toBe('₹2.5 lakh crore');
  });
  it('keeps powers of ten in the note\'s notation', () => {
    expect(formatInNoteStyle(claim('The run used 10^27 FLOP.', '10^27 FLOP'), 3e26)).toBe('3×10^26 FLOP');
    expect(formatInNoteStyle(claim('The run used 10^27 FLOP.', '10^27 FLOP'), 1e26)).toBe('10^26 FLOP');
    expect(formatInNoteStyle(claim('The run used 1e26 FLOP.', '1e26 FLOP'), 2e25)).toBe('2e25 FLOP');
    expect(formatInNoteStyle(claim('The run used 10²⁶ FLOP.', '10²⁶ FLOP'), 1e27)).toBe('10²⁷ FLOP');
  });
  it('keeps currency codes, unit words and their scale', () => {
    expect(formatInNoteStyle(claim('Roche paid CHF 2.5bn upfront.', 'CHF 2.5bn'), 3e9)).toBe('CHF 3bn');
    expect(formatInNoteStyle(claim('Ørsted booked DKK 28.4 billion.', 'DKK 28.4 billion'), 30e9)).toBe('DKK 30 billion');
    expect(formatInNoteStyle(claim('The rack draws 12 kilowatts.', '12 kilowatts'), 15e3)).toBe('15 kilowatts');
  });
});
