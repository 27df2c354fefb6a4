import { describe, expect, it } from 'vitest';
import { formatInNoteStyle } from '../../server/src/core/judge/formatInNoteStyle';
import type { Claim } from '../../server/src/core/types';
import { type ClaimSpec, claimIn } from './builders';

function styled(claimText: string, spec: ClaimSpec, low: number, high?: number): string {
  const c: Claim = claimIn(`It was ${claimText} then.`, claimText, spec);
  return formatInNoteStyle(c, low, high);
}

describe('formatInNoteStyle', () => {
  it('keeps the scale word or suffix the note uses', () => {
    expect(styled('$18 billion', { value: 18e9 }, 61.5e9)).toBe('$61.5 billion');
    expect(styled('$18B', { value: 18e9 }, 61.5e9)).toBe('$61.5B');
    expect(styled('$18bn', { value: 18e9 }, 965e9)).toBe('$965bn');
    expect(styled('$18 billion', { value: 18e9 }, 1.25e12)).toBe('$1.25 trillion');
    expect(styled('$18 billion', { value: 18e9 }, 500e6)).toBe('$500 million');
    // A scale with no letter: the word in a note of words, the letter below it in a note of letters.
    expect(styled('1.2 quadrillion tokens', { value: 1.2e15, unit: 'token' }, 980e12)).toBe('980 trillion tokens');
    expect(styled('980 trillion tokens', { value: 980e12, unit: 'token' }, 1.2e15)).toBe('1.2 quadrillion tokens');
    expect(styled('980T tokens', { value: 980e12, unit: 'token' }, 1.2e15)).toBe('1200T tokens');
  });
  it('keeps currency symbols and codes', () => {
    expect(styled('€5 billion', { value: 5e9, unit: 'EUR' }, 7.5e9)).toBe('€7.5 billion');
    expect(styled('USD 5 billion', { value: 5e9 }, 6e9)).toBe('USD 6 billion');
  });
  it('keeps percent signs and unit nouns', () => {
    expect(styled('4%', { value: 4, unit: 'percent' }, 4.5)).toBe('4.5%');
    expect(styled('4 percent', { value: 4, unit: 'percent' }, 4.5)).toBe('4.5 percent');
    expect(styled('100,000 H100 equivalents', { value: 1e5, unit: 'H100e' }, 2e5)).toBe('200,000 H100 equivalents');
    expect(styled('50,000 GPUs', { value: 5e4, unit: 'GPU' }, 1e5)).toBe('100,000 GPUs');
    expect(styled('200k GPUs', { value: 2e5, unit: 'GPU' }, 1.5e5)).toBe('150k GPUs');
    expect(styled('2.4 GW', { value: 2.4e9, unit: 'W' }, 1.2e9)).toBe('1.2 GW');
  });
  it('reads a number glued to its symbol whole ("1.62x", "1,000x"), never its first digits', () => {
    expect(styled('1.62x', { value: 1.62, unit: 'x' }, 1.62)).toBe('1.62x');
    expect(styled('1.62x', { value: 1.62, unit: 'x' }, 1.7)).toBe('1.7x');
    expect(styled('1,000x', { value: 1000, unit: 'x' }, 1200)).toBe('1,200x');
  });
  it('writes a range with one scale and a sum as its total', () => {
    expect(styled('$200 billion', { value: 200e9 }, 296e9, 298e9)).toBe('$296\u2013298 billion');
    expect(styled('4% to 6%', { low: 4, high: 6, unit: 'percent' }, 5)).toBe('5%');
    expect(styled('$8 billion to $10 billion', { low: 8e9, high: 10e9 }, 9e9)).toBe('$9 billion');
  });
  it("writes a table cell in the scale its header gives (\"| Sales (€bn) | 12.2 |\")", () => {
    expect(styled('12.2', { value: 12.2e9, unit: 'EUR' }, 12.6e9)).toBe('12.6');
    expect(styled('445', { value: 445e6, unit: 'EUR' }, 455e6)).toBe('455');
    expect(styled('-1.2', { value: -1.2e9, unit: 'EUR' }, -1.5e9)).toBe('-1.5');
    // A number with its own unit or scale keeps them; a plain count stays a count.
    expect(styled('2.4 GW', { value: 2.4e9, unit: 'W' }, 1.1e9)).toBe('1.1 GW');
    expect(styled('12,400', { value: 12400, unit: 'count' }, 12500)).toBe('12,500');
  });
  it('keeps the plus sign of a rise written with one ("+4.5%")', () => {
    expect(styled('+21%', { value: 21, unit: 'percent' }, 18)).toBe('+18%');
    expect(styled('+21%', { value: 21, unit: 'percent' }, -3)).toBe('-3%');
    expect(styled('21%', { value: 21, unit: 'percent' }, 18)).toBe('18%');
  });
  it('writes a price in cents with two decimals, as the note does', () => {
    expect(styled('$47.10', { value: 47.1, unit: 'USD' }, 48)).toBe('$48.00');
    expect(styled('$47.10', { value: 47.1, unit: 'USD' }, 47.125)).toBe('$47.13');
    expect(styled('$47.1', { value: 47.1, unit: 'USD' }, 48)).toBe('$48');
  });
  it('falls back to plain digits when the claim writes its number in words', () => {
    expect(styled('four to five months', { low: 4, high: 5, unit: 'months', noun: 'months' }, 6)).toBe('6 months');
    // Counted things from a million up, in words.
    expect(styled('four million members', { value: 4e6, unit: 'members', noun: 'members' }, 4.2e6)).toBe('4.2 million members');
    expect(styled('forty thousand members', { value: 4e4, unit: 'members', noun: 'members' }, 41500)).toBe('41,500 members');
  });
});
