import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../server/src/core/parse/parseNote';

// The shipped example note; its claims written down by hand from reading it.
const text = readFileSync(join(__dirname, '../../examples/notes/anthropic-compute.md'), 'utf8');
const note = parseNote(text, { today: '2030-01-01' });

/** 0-based line and character of the n-th occurrence of `needle` in the note. */
function locate(needle: string, nth = 0): { line: number; character: number } {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not in the note: ${needle}`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

const expected = [
  { text: '100,000 H100 equivalents', kind: 'hardware', value: 100000, low: null, high: null, unit: 'H100e', bound: 'eq', time: '2024-09' },
  { text: '$4 billion', kind: 'money', value: 4e9, low: null, high: null, unit: 'USD', bound: 'gt', time: null },
  { text: '$5 billion', kind: 'funding', value: 5e9, low: null, high: null, unit: 'USD', bound: 'eq', time: '2024-05' },
  { text: '$8 billion to $10 billion', kind: 'revenue', value: null, low: 8e9, high: 10e9, unit: 'USD', bound: 'eq', time: '2025-H2' },
  { text: 'doubling every four to five months', kind: 'growth', value: null, low: 4, high: 5, unit: 'months', bound: 'eq', time: null },
  { text: '50,000-GPU-equivalent', kind: 'hardware', value: 50000, low: null, high: null, unit: 'GPU', bound: 'eq', time: '2025-Q1' },
  { text: '$18 billion', kind: 'valuation', value: 18e9, low: null, high: null, unit: 'USD', bound: 'eq', time: null },
  { text: '4% to 6%', kind: 'percent', value: null, low: 4, high: 6, unit: 'percent', bound: 'eq', time: null },
  { text: '$200 billion', kind: 'capex', value: 200e9, low: null, high: null, unit: 'USD', bound: 'eq', time: '2025' },
];

describe('the shipped example note', () => {
  it('reads the reference date from front matter, not from the options', () => {
    expect(note.referenceDate).toBe('2025-02-14');
    expect(note.frontMatter.date).toBe('2025-02-14');
    expect(note.frontMatter.enabled).toBe(true);
    expect(note.frontMatter.data['author']).toBe('Research desk');
    expect(note.problems).toEqual([]);
  });

  it('finds exactly the hand-listed claims, in order, and nothing else', () => {
    expect(note.claims.map((c) => c.text)).toEqual(expected.map((e) => e.text));
  });

  it.each(expected.map((e, i) => [e.text, e, i] as const))('%s', (_label, e, i) => {
    const c = note.claims[i]!;
    expect({ kind: c.kind, value: c.value, low: c.low, high: c.high, unit: c.unit, bound: c.bound, time: c.time?.iso ?? null }).toEqual({
      kind: e.kind,
      value: e.value,
      low: e.low,
      high: e.high,
      unit: e.unit,
      bound: e.bound,
      time: e.time,
    });
    expect(c.index).toBe(i);
    expect(c.range.start).toEqual(locate(e.text));
    expect(text.slice(c.offset.start, c.offset.end)).toBe(e.text);
    expect(c.sentenceText).toContain(e.text);
    expect(c.approx).toBe(false);
  });

  it('resolves the time words against the note date', () => {
    const [h100, , funding, revenue, , gpus, valuation, , capex] = note.claims;
    expect(h100!.time).toMatchObject({ text: 'in September', iso: '2024-09', from: '2024-09-01', to: '2024-09-30' });
    expect(funding!.time).toMatchObject({ text: 'in May', iso: '2024-05' });
    expect(revenue!.time).toMatchObject({ text: 'by late 2025', iso: '2025-H2', from: '2025-07-01', to: '2025-12-31', by: true });
    expect(gpus!.time).toMatchObject({ text: 'in Q1 2025', iso: '2025-Q1', from: '2025-01-01', to: '2025-03-31' });
    expect(valuation!.time).toMatchObject({ text: 'last', iso: null, latest: true });
    expect(capex!.time).toMatchObject({ iso: '2025', from: '2025-01-01', to: '2025-12-31' });
    const span = capex!.time!.span!;
    expect(text.slice(span.start, span.end)).toBe('2025');
  });

  it('keeps the precision the digits state', () => {
    expect(note.claims.map((c) => c.precision)).toEqual([5000, 0.5e9, 0.5e9, 0.5e9, 0.5, 2500, 0.5e9, 0.5, 0.5e9]);
  });

  it('does not take years, model names, ordinals or small number words for claims', () => {
    const texts = note.claims.map((c) => c.text).join(' | ');
    for (const notAClaim of ['2029', '2023', 'two entities', 'H100 ', 'Q1', 'First', 'Second', '2025-02-14']) {
      expect(note.claims.some((c) => c.text === notAClaim.trim() || c.text.startsWith(notAClaim))).toBe(false);
    }
    expect(texts).not.toMatch(/two|2029|2023/);
  });
});
