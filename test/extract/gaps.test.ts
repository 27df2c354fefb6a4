import { describe, expect, it } from 'vitest';
import { parseNote } from '../../server/src/core/parse/parseNote';

// Issue 9 points 6 and 11: sentences in six domains, with every expected claim written down from
// the README's rules before the extractor was run on them: [text, kind, value or [low, high], unit].
type Row = [text: string, kind: string, value: number | [number, number], unit: string];

function rows(markdown: string): Row[] {
  const note = parseNote(`---\ndate: 2025-06-30\n---\n${markdown}\n`);
  return note.claims.map((c) => [c.text, c.kind, c.value !== null ? c.value : [c.low!, c.high!], c.unit]);
}

describe('extraction gaps, by domain', () => {
  it('chips: number words with an article, powers of ten, multiplier ranges, losses', () => {
    expect(rows('Nvidia plans to ship a million chips to a dozen sites in 2026.')).toEqual<Row[]>([
      ['a million chips', 'hardware', 1e6, 'chip'],
      ['a dozen sites', 'count', 12, 'site'],
    ]);
    expect(rows('The frontier run used 10^27 FLOP, versus 1e26 FLOP for its predecessor and 3×10²⁵ FLOP before that.')).toEqual<Row[]>([
      ['10^27 FLOP', 'count', 1e27, 'FLOP'],
      ['1e26 FLOP', 'count', 1e26, 'FLOP'],
      ['3×10²⁵ FLOP', 'count', 3e25, 'FLOP'],
    ]);
    expect(rows('GB200 racks deliver 3–5x the throughput of H100 racks, and Rubin promises 3x to 5x more.')).toEqual<Row[]>([
      ['3–5x', 'multiple', [3, 5], 'x'],
      ['3x to 5x', 'multiple', [3, 5], 'x'],
    ]);
    expect(rows('Intel posted a net loss of $18.8 billion for 2024.')).toEqual<Row[]>([['$18.8 billion', 'money', -18.8e9, 'USD']]);
    // Out of range is not a claim (never Infinity, never a garbage value).
    expect(rows('A spreadsheet error showed 1e308 wafers and 10^400 FLOP.')).toEqual<Row[]>([]);
  });

  it('energy: hyphenated unit adjectives, Nordic currencies, a trillion dollars', () => {
    expect(rows('The developer is building a 5-gigawatt campus and three 1-GW sites.')).toEqual<Row[]>([
      ['5-gigawatt', 'power', 5e9, 'W'],
      ['1-GW', 'power', 1e9, 'W'],
    ]);
    expect(rows('Ørsted booked a DKK 28.4 billion impairment, and Statkraft earned 4.2 billion Norwegian kroner.')).toEqual<Row[]>([
      ['DKK 28.4 billion', 'money', 28.4e9, 'DKK'],
      ['4.2 billion Norwegian kroner', 'money', 4.2e9, 'NOK'],
    ]);
    expect(rows('Grid upgrades will cost a trillion dollars by 2035.')).toEqual<Row[]>([['a trillion dollars', 'money', 1e12, 'USD']]);
  });

  it('European startups: EUR, SEK, CHF, PLN, NZ$ and BRL; accounting negatives', () => {
    expect(
      rows("Mistral raised €600 million at a €5.8 billion valuation, while Klarna's IPO raised SEK 14 billion and its Swiss backers put in CHF 250m."),
    ).toEqual<Row[]>([
      ['€600 million', 'funding', 6e8, 'EUR'],
      ['€5.8 billion', 'valuation', 5.8e9, 'EUR'],
      ['SEK 14 billion', 'funding', 14e9, 'SEK'],
      ['CHF 250m', 'funding', 2.5e8, 'CHF'],
    ]);
    expect(rows("InPost's sales were 11 billion zł, Rocket Lab NZ's round NZ$5 billion and Nubank's BRL 3 billion.")).toEqual<Row[]>([
      ['11 billion zł', 'revenue', 11e9, 'PLN'],
      ['NZ$5 billion', 'funding', 5e9, 'NZD'],
      // Rule (kind): "round" is the nearest kind word in the same clause (no comma before "and Nubank's").
      ['BRL 3 billion', 'funding', 3e9, 'BRL'],
    ]);
    expect(rows('Northvolt’s 2023 operating result was $(1.2) billion.')).toEqual<Row[]>([['$(1.2) billion', 'money', -1.2e9, 'USD']]);
    // European scale words: "mld" (Polish), "Mrd" (German), "Mio".
    expect(rows("Allegro's GMV reached 60 mld zł, Celonis raised €1 Mrd and N26 hit 2 Mio customers.")).toEqual<Row[]>([
      ['60 mld zł', 'money', 60e9, 'PLN'],
      ['€1 Mrd', 'funding', 1e9, 'EUR'],
      ['2 Mio customers', 'count', 2e6, 'customer'],
    ]);
  });

  it('Indian consumer apps: lakh crore, lakh, Rs, compound number words', () => {
    expect(rows("Zepto's GMV crossed ₹1.5 lakh crore while Meesho added 40 lakh sellers.")).toEqual<Row[]>([
      ['₹1.5 lakh crore', 'money', 1.5e12, 'INR'],
      // Rule (change statements): "added" right before the figure makes it a change, not a level.
      ['40 lakh sellers', 'growth', 4e6, 'seller'],
    ]);
    expect(rows("Swiggy's Instamart lost Rs 1,500 crore in FY25.")).toEqual<Row[]>([['Rs 1,500 crore', 'money', -1.5e10, 'INR']]);
    expect(rows('The app reached half a million users and a quarter of a billion downloads.')).toEqual<Row[]>([
      ['half a million users', 'users', 5e5, 'users'],
      ['a quarter of a billion downloads', 'count', 2.5e8, 'download'],
    ]);
    expect(rows('PhonePe processed one point five billion transactions, worth three quarters of a billion dollars.')).toEqual<Row[]>([
      ['one point five billion transactions', 'count', 1.5e9, 'transaction'],
      ['three quarters of a billion dollars', 'money', 7.5e8, 'USD'],
    ]);
  });

  it('pharma: shares alone ("by half", "a third of"), CHF deals', () => {
    expect(rows("Novo Nordisk's Wegovy sales rose by half to DKK 58 billion.")).toEqual<Row[]>([
      ['half', 'growth', 50, 'percent'],
      ['DKK 58 billion', 'revenue', 58e9, 'DKK'],
    ]);
    expect(rows('Roche paid CHF 2.5bn upfront for a third of the rights.')).toEqual<Row[]>([
      ['CHF 2.5bn', 'money', 2.5e9, 'CHF'],
      ['a third', 'percent', 33.3, 'percent'],
    ]);
  });

  it('SaaS: a share that falls; standard and product names are not claims', () => {
    expect(rows('Seats grew by a quarter in 2024; results came in a quarter later.')).toEqual<Row[]>([['a quarter', 'growth', 25, 'percent']]);
    expect(rows('Churn fell by a third, and net revenue retention was 120%.')).toEqual<Row[]>([
      ['a third', 'growth', -33.3, 'percent'],
      ['120%', 'percent', 120, 'percent'],
    ]);
    // A per-unit amount named before the figure is per that noun, never a company total.
    expect(rows('Average revenue per user of $48 a month; revenue per employee was $1.2 million; revenue per year was $5 billion.')).toEqual<Row[]>([
      ['$48', 'money', 48, 'USD/user'],
      ['$1.2 million', 'money', 1.2e6, 'USD/employee'],
      ['$5 billion', 'revenue', 5e9, 'USD'],
    ]);
    expect(rows('It passes the Rule of 40 on trailing 12-month revenue, sells 5G and Wi-Fi 7 gear, and rolling 12-month churn is low.')).toEqual<Row[]>([]);
  });
});

describe('extraction gaps, logistics', () => {
  it('a calendar label ("week 2", "day 1", "year 3") is no claim; a duration, with its noun after, is', () => {
    expect(rows('Kestrel Port handled 14,000 vessels in 2024, and 101 ships called in week 2.')).toEqual<Row[]>([
      ['14,000 vessels', 'count', 14000, 'vessel'],
      ['101 ships', 'count', 101, 'ship'],
    ]);
    expect(rows('From day 1 the terminal ran 3 shifts; in year 3 of the concession it added 4 cranes over 6 months.')).toEqual<Row[]>([
      ['3 shifts', 'count', 3, 'shift'],
      ['4 cranes', 'growth', 4, 'crane'],
      ['6 months', 'duration', 6, 'months'],
    ]);
    expect(rows('Berth 4 reopened in quarter 3 after 2 weeks of dredging, at hour 6 of the tide.')).toEqual<Row[]>([['2 weeks', 'duration', 2, 'weeks']]);
  });
});

describe('tables: header and row-label scales, units and kinds (lexicon-derived)', () => {
  it('applies a header currency and scale, a header scale to a known noun, and (%) to every cell', () => {
    const table = ['| Company | ARR (€m) | Users (mn) | Churn (%) |', '|---|---|---|---|', '| Pennylane | 120 | 1.2 | 4 |', '| Qonto | 250 | 0.5 | 3 |'];
    expect(rows(table.join('\n'))).toEqual<Row[]>([
      ['120', 'revenue', 1.2e8, 'EUR'],
      ['1.2', 'users', 1.2e6, 'users'],
      ['4', 'percent', 4, 'percent'],
      ['250', 'revenue', 2.5e8, 'EUR'],
      ['0.5', 'users', 5e5, 'users'],
      ['3', 'percent', 3, 'percent'],
    ]);
  });

  it('reads (CHF bn), (TW), (₹) and (US$ m) headers', () => {
    const table = ['| Utility | Revenue (CHF bn) | Capacity (TW) | Price (₹) | Capex (US$ m) |', '|---|---|---|---|---|', '| Axpo | 6.2 | 0.01 | 450 | 320 |'];
    expect(rows(table.join('\n'))).toEqual<Row[]>([
      ['6.2', 'revenue', 6.2e9, 'CHF'],
      ['0.01', 'power', 1e10, 'W'],
      ['450', 'money', 450, 'INR'],
      ['320', 'capex', 3.2e8, 'USD'],
    ]);
  });

  it('reads goods and counted nouns in a header, in the scale its prefix or "000" says; "000" is never a figure', () => {
    const table = [
      "| Mill | Shipped (kt) | Output ('000 t) | Output (000 tonnes) | Gold (Moz) | Cans (bn cans) | Copies (mn copies) | Cost (£'000) |",
      '|---|---|---|---|---|---|---|---|',
      '| Ostra | 1,180 | 96.4 | 412 | 2.9 | 7.1 | 3.2 | 845 |',
    ];
    expect(rows(table.join('\n'))).toEqual<Row[]>([
      ['1,180', 'count', 1.18e6, 'tonne'],
      ['96.4', 'count', 96_400, 'tonne'],
      ['412', 'count', 412_000, 'tonne'],
      ['2.9', 'count', 2.9e6, 'ounce'],
      ['7.1', 'count', 7.1e9, 'can'],
      ['3.2', 'count', 3.2e6, 'copy'],
      ['845', 'money', 845_000, 'GBP'],
    ]);
  });

  it('a header or row label "per" an item makes its cells per that item, never totals; a "y-y" column is a change', () => {
    const table = [
      '| Metric | Q3 2026 | y-y |',
      '|---|---|---|',
      '| Revenue per outpatient visit (THB) | 3,420 | +6.5% |',
      '| Average daily sales per store (¥) | 702,000 | +1.2% |',
      '| Revenue ($m) | 1,412 | +4.0% |',
      '| Margin (%) | 24.1 | 0.9 |',
    ];
    expect(rows(table.join('\n'))).toEqual<Row[]>([
      ['3,420', 'revenue', 3420, 'THB/visit'],
      ['+6.5%', 'growth', 6.5, 'percent'],
      ['702,000', 'revenue', 702_000, '¥/store'],
      ['+1.2%', 'growth', 1.2, 'percent'],
      ['1,412', 'revenue', 1.412e9, 'USD'],
      ['+4.0%', 'growth', 4, 'percent'],
      ['24.1', 'percent', 24.1, 'percent'],
      // No sign, yet a change: its column says "y-y".
      ['0.9', 'growth', 0.9, 'percent'],
    ]);
  });

  it('leaves a header prefix with no scale to trust unread: "(Mbbl)" is a thousand barrels in the oil field, "(mt)" a metric ton or a million', () => {
    const table = ['| Field | Reserves (Mbbl) | Output (mt) |', '|---|---|---|', '| Brent | 1,240 | 3.5 |'];
    expect(rows(table.join('\n'))).toEqual<Row[]>([
      ['1,240', 'count', 1240, 'count'],
      ['3.5', 'count', 3.5, 'count'],
    ]);
  });

  it('a bare row label ("Revenue", "Capex") gives the kind when the column header gives the unit', () => {
    const table = ['| (€m) | 2024 | 2025E |', '|---|---|---|', '| Revenue | 410 | 520 |', '| Capex | 95 | 130 |', '| Net margin (%) | 12 | 15 |'];
    expect(rows(table.join('\n'))).toEqual<Row[]>([
      ['410', 'revenue', 4.1e8, 'EUR'],
      ['520', 'revenue', 5.2e8, 'EUR'],
      ['95', 'capex', 9.5e7, 'EUR'],
      ['130', 'capex', 1.3e8, 'EUR'],
      ['12', 'percent', 12, 'percent'],
      ['15', 'percent', 15, 'percent'],
    ]);
  });

  it('a "Net loss" label makes its money cells negative; "Net income (loss)" keeps their signs', () => {
    const table = ['| Metric | 2023 | 2024 |', '|---|---|---|', '| Net loss ($m) | 512 | (40) |', '| Net income (loss) ($m) | (120) | 75 |'];
    expect(rows(table.join('\n'))).toEqual<Row[]>([
      ['512', 'money', -512e6, 'USD'],
      ['40', 'money', -40e6, 'USD'],
      ['120', 'money', -120e6, 'USD'],
      ['75', 'money', 75e6, 'USD'],
    ]);
  });

  it('scales a cell that states the header currency but no scale, and leaves a scaled one alone', () => {
    const table = ['| Company | Revenue ($bn) |', '|---|---|', '| Datadog | $2.68 |', '| Snowflake | $3.6 billion |'];
    expect(rows(table.join('\n'))).toEqual<Row[]>([
      ['$2.68', 'revenue', 2.68e9, 'USD'],
      ['$3.6 billion', 'revenue', 3.6e9, 'USD'],
    ]);
  });

  it('takes kind and unit from the row label, and reads (1.2) in a cell as negative', () => {
    const table = ['| Metric | FY24 | FY25 |', '|---|---|---|', '| Revenue ($bn) | 12.5 | 14.1 |', '| Capex ($bn) | (1.2) | 3.4 |', '| Headcount | 1,200 | 1,450 |'];
    expect(rows(table.join('\n'))).toEqual<Row[]>([
      ['12.5', 'revenue', 12.5e9, 'USD'],
      ['14.1', 'revenue', 14.1e9, 'USD'],
      ['1.2', 'capex', -1.2e9, 'USD'],
      ['3.4', 'capex', 3.4e9, 'USD'],
      ['1,200', 'people', 1200, 'people'],
      ['1,450', 'people', 1450, 'people'],
    ]);
  });
});
