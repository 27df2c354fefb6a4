// The example note's claims as the extractor is specified to read them (issue #3), built by hand so
// the judge can be tested on the shipped example independently of the parser.
import type { Claim } from '../../server/src/core/types';
import { claimIn, time } from './builders';

export function exampleClaims(text: string): Record<string, Claim> {
  return {
    colossus: claimIn(text, '100,000 H100 equivalents', {
      kind: 'hardware', value: 1e5, unit: 'H100e', precision: 5e4, noun: 'H100 equivalents',
      time: time('2024-09', { text: 'in September' }),
    }),
    exposure: claimIn(text, '$4 billion', { kind: 'money', value: 4e9, bound: 'gt', precision: 0.5e9 }),
    amazon: claimIn(text, '$5 billion', { kind: 'funding', value: 5e9, precision: 0.5e9, time: time('2024-05', { text: 'in May' }) }),
    runRate: claimIn(text, '$8 billion to $10 billion', {
      kind: 'revenue', low: 8e9, high: 10e9, precision: 0.5e9, time: time('2025-H2', { text: 'by late 2025', by: true }),
    }),
    doubling: claimIn(text, 'doubling every four to five months', { kind: 'growth', low: 4, high: 5, unit: 'months', precision: 0.5, noun: 'months' }),
    clusters: claimIn(text, '50,000-GPU-equivalent clusters', {
      kind: 'hardware', value: 5e4, unit: 'H100e', precision: 5e3, noun: 'GPU-equivalent clusters', time: time('2025-Q1', { text: 'in Q1 2025' }),
    }),
    valuation: claimIn(text, '$18 billion', { kind: 'valuation', value: 18e9, precision: 0.5e9, time: time(null, { text: 'last', latest: true }) }),
    warrants: claimIn(text, '4% to 6%', { kind: 'percent', low: 4, high: 6, unit: 'percent', precision: 0.5 }),
    capex: claimIn(text, '$200 billion', { kind: 'capex', value: 200e9, precision: 0.5e9, time: time('2025', { text: '2025' }) }),
  };
}
