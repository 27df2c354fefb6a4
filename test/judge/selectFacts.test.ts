import { describe, expect, it } from 'vitest';
import { earlierDates, periodOver, selectFacts } from '../../server/src/core/judge/selectFacts';
import { humanPeriod, periodRange, within } from '../../server/src/core/judge/periods';
import { isValidPeriod } from '../../server/src/core/facts/dates';
import { fact, time } from './builders';

const ids = (fs: { id: string }[]): string[] => fs.map((f) => f.id);

describe('periods', () => {
  it('covers years, fiscal years, quarters, halves, months and days', () => {
    expect(periodRange('2025')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodRange('FY2025')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodRange('2025-Q1')).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(periodRange('2025-H2')).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    expect(periodRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange('2024-09-02')).toEqual({ from: '2024-09-02', to: '2024-09-02' });
    expect(periodRange('soon')).toBeNull();
    // An ISO week (Monday to Sunday; 2026 has a week 53) and days from one to another.
    expect(periodRange('2025-W44')).toEqual({ from: '2025-10-27', to: '2025-11-02' });
    expect(periodRange('2025-W01')).toEqual({ from: '2024-12-30', to: '2025-01-05' });
    expect(periodRange('2026-W53')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(periodRange('2025-W53')).toBeNull();
    expect(periodRange('2025-10-26/2025-11-01')).toEqual({ from: '2025-10-26', to: '2025-11-01' });
    expect(periodRange('2025-11-01/2025-10-26')).toBeNull();
  });
  it('reads a fiscal month as a month of the fiscal year: its twelfth is the year\'s last', () => {
    // "at the end of fiscal 2025" with a year to 28 September: September 2025 (it was December).
    expect(periodRange('2025-12', '09-28', true)).toEqual({ from: '2025-09-01', to: '2025-09-30' });
    expect(periodRange('2025-01', '09-28', true)).toEqual({ from: '2024-10-01', to: '2024-10-31' });
    expect(periodRange('2025-12', '06-30', true)).toEqual({ from: '2025-06-01', to: '2025-06-30' });
    // Not fiscal, or no fiscal year: the calendar's month.
    expect(periodRange('2025-12', '09-28')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(periodRange('2025-12', undefined, true)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('puts a month inside its half year, not a year inside a month', () => {
    expect(within(periodRange('2025-12')!, periodRange('2025-H2')!)).toBe(true);
    expect(within(periodRange('2025')!, periodRange('2025-12')!)).toBe(false);
  });
});

const valuations = [
  fact({ id: 'v1', entity: 'acme', metric: 'valuation', value: 10e9, asOf: '2023-05' }),
  fact({ id: 'v2', entity: 'acme', metric: 'valuation', value: 20e9, asOf: '2024-06-10' }),
  fact({ id: 'v3', entity: 'acme', metric: 'valuation', value: 40e9, asOf: '2025-03-01' }),
];

describe('weeks and days from one to another', () => {
  it('are periods a facts file may give, named as a person reads them', () => {
    for (const p of ['2025-W44', '2026-W53', '2025-10-26/2025-11-01', '2025-05-04/2025-08-02']) expect(isValidPeriod(p), p).toBe(true);
    for (const p of ['2025-W53', '2025-W00', '2025-11-01/2025-10-26', '2025-02-30/2025-03-05']) expect(isValidPeriod(p), p).toBe(false);
    expect(humanPeriod('2025-W44')).toBe('the week of October 27, 2025');
    expect(humanPeriod('2025-10-26/2025-11-01')).toBe('the week to November 1, 2025');
    expect(humanPeriod('2025-05-04/2025-08-02')).toBe('May 4–August 2, 2025');
  });
});

describe('selectFacts without an explicit period', () => {
  it('takes the latest fact stated on or before the reference date', () => {
    expect(ids(selectFacts(valuations, null, '2025-01-01'))).toEqual(['v2']);
    expect(ids(selectFacts(valuations, null, '2025-03-01'))).toEqual(['v3']);
    expect(ids(selectFacts(valuations, time(null, { latest: true, text: 'last' }), '2026-01-01'))).toEqual(['v3']);
  });
  it('ignores facts stated after the reference date', () => {
    expect(selectFacts(valuations, null, '2023-01-01')).toEqual([]);
  });
  it('lists earlier dates at which the selection differed', () => {
    expect(earlierDates(valuations, '2025-03-01')).toEqual(['2024-06-10', '2023-05-01']);
  });
});

const guidance = [
  fact({ id: 'g-feb', entity: 'acme', metric: 'capex', value: 75e9, asOf: '2025-02-04', period: '2025', kind: 'guidance' }),
  fact({ id: 'g-jul', entity: 'acme', metric: 'capex', value: 85e9, asOf: '2025-07-23', period: '2025', kind: 'guidance' }),
  fact({ id: 'g-2026', entity: 'acme', metric: 'capex', value: 120e9, asOf: '2025-10-01', period: '2026', kind: 'guidance' }),
];

describe('selectFacts with an explicit period', () => {
  it('keeps facts about that period; a later revision replaces the earlier guidance', () => {
    expect(ids(selectFacts(guidance, time('2025'), '2025-03-01'))).toEqual(['g-feb']);
    expect(ids(selectFacts(guidance, time('2025'), '2025-12-31'))).toEqual(['g-jul']);
    expect(ids(selectFacts(guidance, time('2026'), '2025-12-31'))).toEqual(['g-2026']);
  });
  it('fits a period a few days off the months (a 52-week quarter), never one a month off', () => {
    const q = [fact({ id: 'q2', entity: 'acme', metric: 'revenue', value: 3.9e9, asOf: '2025-08-28', period: '2025-Q2' })];
    const days = (from: string, to: string) => time(null, { text: 'the quarter ended', iso: `${from}/${to}`, from, to });
    expect(ids(selectFacts(q, days('2025-04-03', '2025-07-02'), '2025-09-01'))).toEqual(['q2']);
    expect(selectFacts(q, days('2025-05-03', '2025-08-02'), '2025-09-01')).toEqual([]);
  });
  it('lets the level a period closed at ("at the end of 2024") be decided by that period\'s fact, never a month inside it', () => {
    const year = [fact({ id: 'subs', entity: 'acme', metric: 'subscribers', value: 31.4e6, asOf: '2025-02-10', period: '2024' })];
    expect(ids(selectFacts(year, time('2024-12', { endOf: true }), '2025-08-15'))).toEqual(['subs']);
    expect(selectFacts(year, time('2024-12'), '2025-08-15')).toEqual([]);
    expect(selectFacts(year, time('2024-09', { endOf: true }), '2025-08-15')).toEqual([]);
  });
  it('reads a fiscal-year period as that year', () => {
    const fy = [fact({ id: 'fy', entity: 'acme', metric: 'capex', value: 80e9, asOf: '2025-01-03', period: 'FY2025' })];
    expect(ids(selectFacts(fy, time('2025'), '2025-02-14'))).toEqual(['fy']);
  });
  it('uses as_of for facts without a period; separate events in the period all count', () => {
    const tranches = [
      fact({ id: 't1', entity: 'acme', metric: 'investment', value: 1e9, asOf: '2024-03' }),
      fact({ id: 't2', entity: 'acme', metric: 'investment', value: 2e9, asOf: '2024-11-22' }),
      fact({ id: 't3', entity: 'acme', metric: 'investment', value: 3e9, asOf: '2024' }),
    ];
    expect(ids(selectFacts(tranches, time('2024-11'), '2025-01-01'))).toEqual(['t2']);
    expect(ids(selectFacts(tranches, time('2024'), '2025-01-01'))).toEqual(['t2', 't1', 't3']);
    expect(selectFacts(tranches, time('2024-05'), '2025-01-01')).toEqual([]);
  });
  it('"by" a period takes the latest figure within it', () => {
    const runRate = [
      fact({ id: 'r1', entity: 'acme', metric: 'revenue_run_rate', value: 5e9, asOf: '2025-08', period: '2025-08' }),
      fact({ id: 'r2', entity: 'acme', metric: 'revenue_run_rate', value: 9e9, asOf: '2025-12-31', period: '2025-12' }),
    ];
    const byLate2025 = time('2025-H2', { by: true, text: 'by late 2025' });
    expect(ids(selectFacts(runRate, byLate2025, '2026-06-30'))).toEqual(['r2']);
    expect(ids(selectFacts(runRate, byLate2025, '2025-09-01'))).toEqual(['r1']);
    expect(selectFacts(runRate, byLate2025, '2025-02-14')).toEqual([]);
  });
  it('knows whether a period had ended by the reference date', () => {
    expect(periodOver(time('2024-05'), '2025-02-14')).toBe(true);
    expect(periodOver(time('2025-Q1'), '2025-02-14')).toBe(false);
    expect(periodOver(null, '2025-02-14')).toBe(false);
  });
});

describe('selectFacts with "latest" and a period', () => {
  it('"the latest 2025 guidance" is the newest figure for 2025, not the newest figure overall', () => {
    const latest2025 = time('2025', { latest: true, text: 'latest 2025' });
    expect(ids(selectFacts(guidance, latest2025, '2025-12-31'))).toEqual(['g-jul']);
  });
});
