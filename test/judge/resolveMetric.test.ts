import { describe, expect, it } from 'vitest';
import { clauseOf } from '../../server/src/core/judge/clauseOf';
import { createMemo } from '../../server/src/core/judge/judgeMemo';
import { resolveMetric } from '../../server/src/core/judge/resolveMetric';
import { parseNote } from '../../server/src/core/parse/parseNote';
import type { Claim, Metric } from '../../server/src/core/types';
import { type ClaimSpec, claimIn, index } from './builders';

const idx = index({
  entities: { acme: ['Acme'] },
  metrics: [{ id: 'tpu_access', unit: 'TPU', words: ['TPU capacity', 'TPUs'], builtin: false }],
  facts: [],
});

function metricOf(text: string, claimText: string, spec: ClaimSpec, metrics?: Metric[]): string | undefined {
  const c: Claim = claimIn(text, claimText, spec);
  const within = metrics ? index({ entities: { acme: ['Acme'] }, metrics, facts: [] }) : idx;
  return resolveMetric(c, within, clauseOf(c), text)?.id;
}

describe('resolveMetric', () => {
  it('reads metric words case-, hyphen- and space-insensitively', () => {
    expect(metricOf('Acme set data center spending at $80 billion.', '$80 billion', { value: 80e9 })).toBe('capex');
    expect(metricOf('Acme set Data-Center Spending at $80 billion.', '$80 billion', { value: 80e9 })).toBe('capex');
    expect(metricOf('Acme had a run rate of $5 billion.', '$5 billion', { value: 5e9 })).toBe('revenue_run_rate');
  });
  it('prefers the more specific phrase', () => {
    expect(metricOf('Acme reached $5 billion in annualized revenue.', '$5 billion', { value: 5e9 })).toBe('revenue_run_rate');
  });
  it('prefers the claim own clause over the rest of the sentence', () => {
    const text = 'Acme raised its valuation, and its revenue reached $5 billion.';
    expect(metricOf(text, '$5 billion', { value: 5e9 })).toBe('revenue');
  });
  it('requires a unit the metric can measure', () => {
    // "revenue" is a money metric; a percentage next to it is not about revenue in USD.
    expect(metricOf('Acme revenue grew 35% in 2024.', '35%', { value: 35, unit: 'percent', kind: 'percent' })).toBeUndefined();
    expect(metricOf('Acme holds 35% market share.', '35%', { value: 35, unit: 'percent', kind: 'percent' })).toBe('market_share');
  });
  it('binds "post-money valuation" to the figure before it, never to the round', () => {
    // The other figures of the sentence decide the binding: read them from a parsed note.
    const metricsIn = (body: string): (string | undefined)[] => {
      const note = parseNote(`${body}\n`);
      const memo = createMemo(note, idx);
      return note.claims.map((c) => resolveMetric(c, idx, clauseOf(c), note.text, { memo })?.id);
    };
    expect(metricsIn('Acme raised $3.5 billion at a $61.5 billion post-money valuation in March 2025.')).toEqual(['investment', 'valuation']);
    expect(metricsIn('Acme raised $3.5 billion at a $61.5 billion pre-money valuation.')).toEqual(['investment', 'valuation']);
    expect(metricsIn('Acme raised $3.5 billion at a $61.5 billion valuation.')).toEqual(['investment', 'valuation']);
  });
  it('gives each figure of a clause the word bound to it, before the longer phrase', () => {
    const within = index({ entities: { acme: ['Acme'] }, metrics: [{ id: 'fcf', unit: 'USD', words: ['free cash flow'], builtin: false }, { id: 'buybacks', unit: 'USD', words: ['share repurchases'], builtin: false }], facts: [] });
    const note = parseNote('Free cash flow of $5.2 billion covered $3.5 billion of share repurchases.\n');
    const memo = createMemo(note, within);
    expect(note.claims.map((c) => resolveMetric(c, within, clauseOf(c), note.text, { memo })?.id)).toEqual(['fcf', 'buybacks']);
  });
  it('lets any currency find a money metric', () => {
    expect(metricOf('Acme was valued at €5 billion.', '€5 billion', { value: 5e9, unit: 'EUR' })).toBe('valuation');
  });
  it('uses file-defined metrics', () => {
    expect(metricOf('Acme secured TPU capacity of 1 million chips.', '1 million chips', { value: 1e6, unit: 'TPU', kind: 'hardware' })).toBe('tpu_access');
  });
  // Issue 9 pt 2: words decide first (the more specific, then the nearer), so the kind now decides
  // only among metrics that no word names.
  it('uses the claim kind when no word names a metric', () => {
    const text = 'Acme announced $5 billion.';
    expect(metricOf(text, '$5 billion', { value: 5e9, kind: 'valuation' })).toBe('valuation');
    expect(metricOf(text, '$5 billion', { value: 5e9, kind: 'funding' })).toBe('investment');
  });
  it('gives a valuation word only the figure next to it (issue 9 pt 2)', () => {
    const both = (text: string, a: string, b: string): (string | undefined)[] => {
      const claims = [claimIn(text, a, { value: 1 }), claimIn(text, b, { value: 2, index: 1 })];
      const memo = createMemo({ text, claims }, idx);
      return claims.map((c) => resolveMetric(c, idx, clauseOf(c), text, { memo })?.id);
    };
    expect(both('A round of $250 million valued the company at $3 billion.', '$250 million', '$3 billion')).toEqual(['investment', 'valuation']);
    expect(both('Globex is raising about $400 million at a $5 billion valuation.', '$400 million', '$5 billion')).toEqual(['investment', 'valuation']);
  });
  it('ignores unit words inside a figure when the sentence names a metric, and prefers a facts-file metric on a tie', () => {
    const text = 'Acme has 500 MW of contracted capacity.';
    const custom = { id: 'contracted_power', unit: 'W', words: ['contracted capacity', 'capacity'], builtin: false };
    expect(metricOf(text, '500 MW', { value: 500e6, unit: 'W', kind: 'power' }, [custom])).toBe('contracted_power');
    expect(metricOf('Acme has 500 MW of capacity.', '500 MW', { value: 500e6, unit: 'W', kind: 'power' }, [custom])).toBe('contracted_power');
  });
  it('falls back on a unit only one metric counts', () => {
    expect(metricOf('Acme now serves 50 million people a week.', '50 million', { value: 50e6, unit: 'users', kind: 'users' })).toBe('users');
  });
  it('lets a bare number count what the words next to it name', () => {
    expect(metricOf("Acme's user base grew to 91 million.", '91 million', { value: 91e6, unit: 'count', kind: 'count' })).toBe('users');
    expect(metricOf('Acme grew to 91 million.', '91 million', { value: 91e6, unit: 'count', kind: 'count' })).toBeUndefined();
    expect(metricOf('Acme revenue was 91 million.', '91 million', { value: 91e6, unit: 'count', kind: 'count' })).toBeUndefined();
  });
  it('gives no metric when nothing names one', () => {
    expect(metricOf('Acme put exposure north of $4 billion.', '$4 billion', { value: 4e9, kind: 'money' })).toBeUndefined();
    expect(metricOf('Usage doubles every four to five months.', 'four to five months', { low: 4, high: 5, unit: 'months', kind: 'growth' })).toBeUndefined();
  });
});
