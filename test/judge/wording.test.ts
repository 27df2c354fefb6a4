import { describe, expect, it } from 'vitest';
import { claimPhrase, metricName, possessive, shortDate, subjectOf, timeLabel, timePhrase } from '../../server/src/core/judge/wording';
import { claimIn, index, time } from './builders';

describe('time in messages', () => {
  it("keeps the note's own words when they carry the year", () => {
    expect(timeLabel(time('2025-H2', { text: 'by late 2025', by: true }))).toBe('by late 2025');
    expect(timeLabel(time('2025-Q1', { text: 'in Q1 2025' }))).toBe('Q1 2025');
    expect(timeLabel(time('FY2025', { text: 'for fiscal 2025' }))).toBe('fiscal 2025');
    expect(timeLabel(time('2025-Q3', { text: 'the third quarter of fiscal year 2025', fiscal: true }))).toBe('Q3 FY2025');
  });
  it('spells out the resolved period when the words lack the year', () => {
    expect(timeLabel(time('2024-05', { text: 'in May' }))).toBe('May 2024');
    expect(timeLabel(time('2025-H2', { text: 'by year end', by: true }))).toBe('by H2 2025');
    expect(timeLabel(time(null, { text: 'last', latest: true }))).toBe('latest');
    // Spans: months of one year or two, and days (year to date, a 52-week year).
    expect(timeLabel(time('2025-01/2025-09', { text: 'in the first nine months' }))).toBe('January–September 2025');
    expect(timeLabel(time('2024-04/2025-03', { text: 'fiscal year (ending March 31)' }))).toBe('April 2024–March 2025');
    expect(timeLabel(time('2025-01-01/2025-05-20', { text: 'year to date' }))).toBe('January 1–May 20, 2025');
    expect(timeLabel(time('2023-09-29/2024-09-28', { text: 'the year ended September 28' }))).toBe('September 29, 2023–September 28, 2024');
  });
  it('reads after "none" with the right preposition', () => {
    expect(timePhrase(time('2024-05', { text: 'in May' }))).toBe('in May 2024');
    expect(timePhrase(time('2025-06-30', { text: 'on June 30' }))).toBe('on June 30, 2025');
    expect(timePhrase(time('2025-H2', { text: 'by late 2025', by: true }))).toBe('by late 2025');
  });
  it('labels a claim with its hedge, bound and time', () => {
    const text = 'Acme is worth more than $4 billion by late 2025.';
    const c = claimIn(text, '$4 billion', { bound: 'gt', approx: false, time: time('2025-H2', { text: 'by late 2025', by: true }) });
    expect(claimPhrase(c)).toBe('more than $4 billion by late 2025');
  });
  it('restores the "between" of a range written with "and"', () => {
    const text = 'Meta plans to spend between $64 billion and $72 billion.';
    expect(claimPhrase(claimIn(text, '$64 billion and $72 billion', { low: 64e9, high: 72e9 }))).toBe('between $64 billion and $72 billion');
  });
});

describe('plain words (issue 10 pt 6)', () => {
  const metric = (id: string, words: string[] = [], builtin = false) => ({ id, unit: 'USD', words, builtin });
  it('spells metric ids as words, abbreviations in capitals', () => {
    expect(metricName(metric('gpu_count', ['GPUs'], true))).toBe('GPU count');
    expect(metricName(metric('revenue_run_rate', ['run-rate'], true))).toBe('revenue run rate');
    expect(metricName(metric('nrr', ['net revenue retention']))).toBe('NRR');
    expect(metricName(metric('capex', ['capex'], true))).toBe('capex');
    expect(metricName(metric('retail_customers', ['customers', 'customer accounts']))).toBe('retail customers');
    expect(metricName(metric('net_profit', ['net profit', 'profit']))).toBe('net profit');
    // A part its words spell with capitals is spelled so; a capital that only opens a word is not.
    expect(metricName(metric('mapcs', ['monthly active platform consumers', 'MAPCs']))).toBe('MAPCs');
    expect(metricName(metric('cet1_ratio', ['CET1 ratio', 'common equity tier 1 ratio']))).toBe('CET1 ratio');
    expect(metricName(metric('gross_bookings', ['Gross bookings']))).toBe('gross bookings');
  });
  it("names a metric whose id abbreviates by the facts file's first word for it", () => {
    expect(metricName(metric('adj_ebitda', ['adjusted EBITDA']))).toBe('adjusted EBITDA');
    expect(metricName(metric('rpd', ['total revenue per day', 'revenue per day']))).toBe('total revenue per day');
    expect(metricName(metric('avg_fleet', ['average rental fleet']))).toBe('average rental fleet');
    // A short part of the id that is one of its words is no abbreviation.
    expect(metricName(metric('euv_units', ['EUV systems', 'EUV units']))).toBe('EUV units');
    expect(metricName(metric('chip_count', ['Trainium2 chips', 'chips']))).toBe('chip count');
    // Nor is its unit: "track km" says more than "track".
    expect(metricName({ ...metric('track_km', ['track', 'network']), unit: 'km' })).toBe('track km');
  });
  it('writes possessives of names ending in s', () => {
    expect(possessive('Vantage Labs')).toBe("Vantage Labs'");
    expect(possessive('Anthropic')).toBe("Anthropic's");
  });
  it('names an investment with its investee', () => {
    const idx = index({ entities: { amazon: ['Amazon'], anthropic: ['Anthropic'] }, facts: [] });
    expect(subjectOf(idx, ['amazon'], 'investment', 'anthropic')).toBe("Amazon's investment in Anthropic");
    expect(subjectOf(idx, ['amazon', 'anthropic'], 'capex')).toBe("Amazon and Anthropic's combined capex");
  });
  it('dates facts by month', () => {
    expect(shortDate('2024-11-22')).toBe('Nov 2024');
    expect(shortDate('2023-09')).toBe('Sep 2023');
    expect(shortDate('2025')).toBe('2025');
  });
  it('says "nearly" for an approximate upper bound, and keeps fiscal words', () => {
    const text = 'Tunely employs almost 7,500 people in Q4 FY2025.';
    const c = claimIn(text, '7,500 people', { bound: 'lte', approx: true, time: time('2025-Q4', { text: 'in Q4 FY2025', fiscal: true }) });
    expect(claimPhrase(c)).toBe('nearly 7,500 people in Q4 FY2025');
  });
});
