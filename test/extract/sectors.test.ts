import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../server/src/core/parse/parseNote';

// Three analyst notes from different sectors (test/fixtures/notes), with every claim written down
// by hand: [text, kind, value or [low, high], unit, time (iso, 'latest' or null)]. Each note's
// reference date is its front matter date.
type Row = [text: string, kind: string, value: number | [number, number], unit: string, time: string | null];

function rows(name: string): Row[] {
  const text = readFileSync(join(__dirname, '../fixtures/notes', name), 'utf8');
  return parseNote(text, { today: '2026-01-01' }).claims.map((c) => {
    expect(text.slice(c.offset.start, c.offset.end)).toBe(c.text);
    const value: Row[2] = c.value !== null ? c.value : [c.low!, c.high!];
    const time = c.time ? (c.time.iso ?? (c.time.latest ? 'latest' : null)) : null;
    return [c.text, c.kind, value, c.unit, time];
  });
}

describe('sector notes', () => {
  it('semiconductors: process nodes and product names are not claims; NT$, YoY, bps, table rows', () => {
    expect(rows('semis-foundry.md')).toEqual<Row[]>([
      ['NT$933.8 billion', 'revenue', 933800000000, 'TWD', '2025-Q2'], // NT$ is TWD; the US$ restatement shares kind and quarter
      ['US$30.07 billion', 'revenue', 30070000000, 'USD', '2025-Q2'],
      ['44.4%', 'growth', 44.4, 'percent', null],
      ['17.8%', 'growth', 17.8, 'percent', null],
      ['58.6%', 'percent', 58.6, 'percent', null],
      ['60 bps', 'bps', 60, 'bps', null],
      ['49.6%', 'percent', 49.6, 'percent', null],
      ['24%', 'percent', 24, 'percent', null],
      ['36%', 'percent', 36, 'percent', null],
      ['14%', 'percent', 14, 'percent', null],
      ['74%', 'percent', 74, 'percent', null],
      ['$38 billion to $42 billion', 'capex', [38000000000, 42000000000], 'USD', '2025'],
      ['70%', 'percent', 70, 'percent', null],
      ['75,000 wafers per month', 'count', 75000, 'wafer/month', '2025-12'],
      ['double', 'multiple', 2, 'x', '2024-12'], // "nearly double a year earlier": a year before "the end of 2025"
      ['six fabs', 'count', 6, 'fab', 'latest'],
      ['two packaging plants', 'count', 2, 'plant', null],
      ['US$165 billion', 'funding', 165000000000, 'USD', null],
      ['72 GPUs', 'hardware', 72, 'GPU', null],
      ['120 kW', 'power', 120000, 'W', null],
      ['$5.1 billion', 'revenue', 5100000000, 'USD', '2025-Q3'], // "FY25 Q3"; N2, A16, 3nm, 18A, B200, NVL72, MI355X, HBM3E are names
      ['60%', 'growth', 60, 'percent', null],
      ['$20.82B', 'revenue', 20820000000, 'USD', '2024-Q2'], // table rows take the Quarter column's period
      ['53.2%', 'percent', 53.2, 'percent', '2024-Q2'],
      ['15%', 'percent', 15, 'percent', '2024-Q2'],
      ['$25.53B', 'revenue', 25530000000, 'USD', '2025-Q1'],
      ['58.8%', 'percent', 58.8, 'percent', '2025-Q1'],
      ['22%', 'percent', 22, 'percent', '2025-Q1'],
      ['$30.07B', 'revenue', 30070000000, 'USD', '2025-Q2'],
      ['58.6%', 'percent', 58.6, 'percent', '2025-Q2'],
      ['24%', 'percent', 24, 'percent', '2025-Q2'],
      ['40%', 'percent', 40, 'percent', null],
      ['60%-plus', 'percent', 60, 'percent', null],
      ['3 billion', 'count', 3000000000, 'count', '2026'], // "the 3 billion figure": figure is no counted noun
      ['$11 billion', 'money', 11000000000, 'USD', null],
      ['10.6 billion', 'count', 10600000000, 'count', null], // "... supports": a verb
    ]);
  });

  it('cloud: YoY growth, bps margins, fiscal quarters, a year ago, Period column', () => {
    expect(rows('cloud-q2.md')).toEqual<Row[]>([
      ['$29.9 billion', 'revenue', 29900000000, 'USD', '2025-Q2'], // "FQ4 (June quarter)": the June quarter is the period
      ['26%', 'growth', 26, 'percent', null],
      ['39%', 'growth', 39, 'percent', null],
      ['$75 billion', 'revenue', 75000000000, 'USD', 'FY2025'],
      ['34%', 'growth', 34, 'percent', null],
      ['68%', 'percent', 68, 'percent', null],
      ['71%', 'percent', 71, 'percent', '2024-08'], // "a year ago" from 2025-08-05
      ['300 bps', 'growth', -300, 'bps', null],
      ['$30.9 billion', 'revenue', 30900000000, 'USD', null],
      ['17.5%', 'growth', 17.5, 'percent', null],
      ['$123 billion', 'revenue', 123000000000, 'USD', null],
      ['32.9%', 'percent', 32.9, 'percent', null],
      ['39.5%', 'percent', 39.5, 'percent', '2025-Q1'],
      ['660 bps', 'growth', -660, 'bps', null],
      ['$31.4 billion', 'capex', 31400000000, 'USD', null],
      ['$118 billion', 'capex', 118000000000, 'USD', '2025'],
      ['32%', 'growth', 32, 'percent', null],
      ['$13.6 billion', 'revenue', 13600000000, 'USD', null],
      ['20.7%', 'percent', 20.7, 'percent', null],
      ['11.3%', 'percent', 11.3, 'percent', '2024'],
      ['940 bps', 'bps', 940, 'bps', null],
      ['$106 billion', 'money', 106000000000, 'USD', '2025-06'],
      ['$85 billion', 'capex', 85000000000, 'USD', '2025'],
      ['$75 billion', 'capex', 75000000000, 'USD', null],
      ['$400 billion', 'capex', 400000000000, 'USD', null],
      ['half', 'percent', 50, 'percent', null],
      ['$138 billion', 'money', 138000000000, 'USD', '2025-05-31'],
      ['41%', 'growth', 41, 'percent', null],
      ['52%', 'growth', 52, 'percent', null],
      ['$30 billion', 'revenue', 30000000000, 'USD', 'FY2028'],
      ['$30.1 billion', 'money', 30100000000, 'USD', '2025-06-30'],
      ['900 MW', 'power', 900000000, 'W', '2025-12'],
      ['2.2 GW', 'power', 2200000000, 'W', null],
      ['10 million developers', 'count', 10000000, 'developer', 'latest'],
      ['2 million', 'count', 2000000, 'count', null], // "2 million use it daily"
      ['80%', 'percent', 80, 'percent', null],
      ['5x', 'growth', 5, 'x', null],
      ['2.5x', 'growth', 2.5, 'x', '2025-Q3'],
      ['450 million monthly active users', 'users', 450000000, 'users', 'latest'],
      ['doubled', 'growth', 2, 'x', null],
      ['980 trillion', 'count', 980000000000000, 'count', null],
      ['$30.9B', 'revenue', 30900000000, 'USD', '2025-Q2'],
      ['17.5%', 'growth', 17.5, 'percent', '2025-Q2'],
      ['32.9%', 'percent', 32.9, 'percent', '2025-Q2'],
      ['$13.6B', 'revenue', 13600000000, 'USD', '2025-Q2'],
      ['32%', 'growth', 32, 'percent', '2025-Q2'],
      ['20.7%', 'percent', 20.7, 'percent', '2025-Q2'],
      ['$29.9B', 'revenue', 29900000000, 'USD', '2025-Q4'], // "FQ4 2025" (fiscal, read as calendar by the judge)
      ['26%', 'growth', 26, 'percent', '2025-Q4'],
      ['44.1%', 'percent', 44.1, 'percent', '2025-Q4'],
    ]);
  });

  it('energy: MW/GW/TWh, $/MWh prices, year spans, a year earlier', () => {
    expect(rows('energy-power.md')).toEqual<Row[]>([
      ['176 TWh', 'energy', 176000000000000, 'Wh', '2023'],
      ['4.4%', 'percent', 4.4, 'percent', null],
      ['6.7% to 12%', 'percent', [6.7, 12], 'percent', '2028'],
      ['2,600 GW', 'power', 2600000000000, 'W', '2024-12'],
      ['twice', 'multiple', 2, 'x', null],
      ['20-year', 'duration', 20, 'years', null],
      ['835 MW', 'power', 835000000, 'W', '2028'],
      ['960 MW', 'power', 960000000, 'W', null],
      ['$650 million', 'money', 650000000, 'USD', '2024-03'],
      ['1.92 GW', 'power', 1920000000, 'W', '2025-06'],
      // ", worth about $18 billion" after the deal expanded "in June 2025": what it was worth then.
      ['$18 billion', 'money', 18000000000, 'USD', '2025-06'],
      ['$80-100/MWh', 'money', [80, 100], 'USD/MWh', null],
      ['$40 to $55 per MWh', 'money', [40, 55], 'USD/MWh', null],
      ['$60/MWh', 'money', 60, 'USD/MWh', null],
      ['five to seven years', 'duration', [5, 7], 'years', null],
      ['55 GW', 'power', 55000000000, 'W', '2025-Q2'],
      ['29 GW', 'power', 29000000000, 'W', '2024-Q2'], // "a year earlier" than Q2 2025
      ['$2,400/kW', 'money', 2400, 'USD/kW', 'latest'],
      ['double', 'multiple', 2, 'x', '2020'],
      ['10.3 GW', 'growth', 10300000000, 'W', '2025-H1'],
      ['4-hour', 'duration', 4, 'hours', null],
      ['400 MWh', 'energy', 400000000, 'Wh', null],
      ['100 MW', 'power', 100000000, 'W', null],
      ['2 GW', 'power', 2000000000, 'W', '2030'],
      ['5 GW', 'power', 5000000000, 'W', null],
      ['three gas plants', 'count', 3, 'gas plant', null],
      ['2.3 GW', 'power', 2300000000, 'W', null],
      ['1 GW', 'power', 1000000000, 'W', null],
      ['300 MW', 'power', 300000000, 'W', '2025-Q3'],
      ['2.4 GW', 'power', 2400000000, 'W', null], // "licences run to 2050" is a term, in another clause
      ['$212 billion', 'capex', 212000000000, 'USD', '2025/2029'], // "spend ... on transmission between 2025 and 2029"
      ['20%', 'growth', 20, 'percent', '2024'],
      ['$329.17/MW-day', 'money', 329.17, 'USD/MW-day', 'FY2027'],
      ['22%', 'growth', 22, 'percent', null],
      ['$269.92/MW-day', 'money', 269.92, 'USD/MW-day', null],
      ['Three utilities', 'count', 3, 'utility', '2025-Q3'],
      ['15-year', 'duration', 15, 'years', null],
      ['835 MW', 'power', 835000000, 'W', null],
      ['1.92 GW', 'power', 1920000000, 'W', null],
      ['2 GW', 'power', 2000000000, 'W', null],
    ]);
  });
});
