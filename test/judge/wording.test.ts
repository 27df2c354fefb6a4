import { describe, expect, it } from 'vitest';
import { claimLabel, timeLabel, timePhrase } from '../../server/src/core/judge/wording';
import { claimIn, time } from './builders';

describe('time in messages', () => {
  it("keeps the note's own words when they carry the year", () => {
    expect(timeLabel(time('2025-H2', { text: 'by late 2025', by: true }))).toBe('by late 2025');
    expect(timeLabel(time('2025-Q1', { text: 'in Q1 2025' }))).toBe('Q1 2025');
    expect(timeLabel(time('FY2025', { text: 'for fiscal 2025' }))).toBe('fiscal 2025');
  });
  it('spells out the resolved period when the words lack the year', () => {
    expect(timeLabel(time('2024-05', { text: 'in May' }))).toBe('May 2024');
    expect(timeLabel(time('2025-H2', { text: 'by year end', by: true }))).toBe('by H2 2025');
    expect(timeLabel(time(null, { text: 'last', latest: true }))).toBe('latest');
  });
  it('reads after "none" with the right preposition', () => {
    expect(timePhrase(time('2024-05', { text: 'in May' }))).toBe('in May 2024');
    expect(timePhrase(time('2025-H2', { text: 'by late 2025', by: true }))).toBe('by late 2025');
  });
  it('labels a claim with its hedge, bound and time', () => {
    const text = 'Acme is worth more than $4 billion by late 2025.';
    const c = claimIn(text, '$4 billion', { bound: 'gt', approx: false, time: time('2025-H2', { text: 'by late 2025', by: true }) });
    expect(claimLabel(c)).toBe('more than $4 billion (by late 2025)');
  });
  it('restores the "between" of a range written with "and"', () => {
    const text = 'Meta plans to spend between $64 billion and $72 billion.';
    expect(claimLabel(claimIn(text, '$64 billion and $72 billion', { low: 64e9, high: 72e9 }))).toBe('between $64 billion and $72 billion');
  });
});
