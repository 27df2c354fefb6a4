import { describe, expect, it } from 'vitest';
import { BUILTIN_METRICS } from '../../server/src/core/facts/builtinMetrics';
import { loadFacts } from '../../server/src/core/facts/loadFacts';

describe('built-in metrics', () => {
  it('have unique ids, units and words', () => {
    const ids = BUILTIN_METRICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['valuation', 'investment', 'investment_total', 'revenue_run_rate', 'capex', 'gpu_count', 'market_share']),
    );
    for (const m of BUILTIN_METRICS) {
      expect(m.builtin).toBe(true);
      expect(m.words.length).toBeGreaterThan(0);
    }
    expect(BUILTIN_METRICS.find((m) => m.id === 'revenue_run_rate')!.words).toContain('ARR');
  });

  it('a facts file may replace the words of a built-in metric without touching the shared list', () => {
    const text = 'metrics:\n  capex: { words: [ build-out ] }\n  power: { unit: W, words: [ grid connection ] }\n';
    const { index, problems } = loadFacts([{ file: 'f.yaml', text }]);
    expect(problems).toEqual([]);
    expect(index.metrics.get('capex')).toMatchObject({ unit: 'USD', words: ['build-out'], builtin: true });
    expect(index.metrics.get('capex')!.location!.range.start).toEqual({ line: 1, character: 2 });
    expect(index.metrics.get('power')!.words).toEqual(['grid connection']);
    expect(BUILTIN_METRICS.find((m) => m.id === 'capex')!.words).toContain('capex');
    // A fresh load starts from the built-in words again.
    expect(loadFacts([]).index.metrics.get('capex')!.words).toContain('capex');
  });

  it('a built-in id given a unit of another family follows that unit', () => {
    const text = [
      'entities: { acme: { name: Acme } }',
      'metrics:',
      '  users: { unit: customer }',
      'facts:',
      '  - { id: a, entity: acme, metric: users, value: 10, unit: customer, as_of: 2024, source: { url: "https://e.com" } }',
      '  - { id: b, entity: acme, metric: users, value: 10, unit: users, as_of: 2024, source: { url: "https://e.com" } }',
    ].join('\n');
    const { index, problems } = loadFacts([{ file: 'f.yaml', text }]);
    expect(index.metrics.get('users')).toMatchObject({ unit: 'customer', builtin: false });
    expect(index.facts.map((f) => f.id)).toEqual(['a']);
    expect(problems.map((p) => [p.code, p.range.start.line])).toEqual([['unit-mismatch', 5]]);
  });
});
