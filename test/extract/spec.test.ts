import { describe, expect, it } from 'vitest';
import { parseNote } from '../../server/src/core/parse/parseNote';
import type { Bound, Claim } from '../../server/src/core/types';

// Table-driven spec: one sentence in, the claims it states out. Fields left out of an expected
// claim are not checked; `time` is the resolved period (or 'latest'), with a reference date of
// 2025-02-14 unless the case says otherwise.
interface Expect {
  text: string;
  kind?: Claim['kind'];
  value?: number | null;
  low?: number;
  high?: number;
  unit?: string;
  bound?: Bound;
  approx?: boolean;
  precision?: number;
  time?: string | null;
  by?: boolean;
  noun?: string;
}
type Case = [sentence: string, claims: Expect[]];

function claimsOf(sentence: string, today = '2025-02-14'): Claim[] {
  return parseNote(sentence, { today }).claims;
}

function check(sentence: string, expected: Expect[]): void {
  const claims = claimsOf(sentence);
  expect(claims.map((c) => c.text)).toEqual(expected.map((e) => e.text));
  expected.forEach((e, i) => {
    const c = claims[i]!;
    const got: Record<string, unknown> = {};
    const want: Record<string, unknown> = {};
    for (const key of ['kind', 'value', 'low', 'high', 'unit', 'bound', 'approx', 'precision', 'noun'] as const) {
      if (e[key] !== undefined) {
        want[key] = e[key];
        got[key] = c[key];
      }
    }
    if (e.low !== undefined) {
      want['value'] = null;
      got['value'] = c.value;
    }
    if (e.time !== undefined) {
      want['time'] = e.time;
      got['time'] = c.time ? (c.time.iso ?? (c.time.latest ? 'latest' : null)) : null;
    }
    if (e.by !== undefined) {
      want['by'] = e.by;
      got['by'] = c.time?.by ?? false;
    }
    expect(got, `${e.text} in: ${sentence}`).toEqual(want);
    expect(sentence.slice(c.offset.start, c.offset.end)).toBe(e.text);
  });
}

const money: Case[] = [
  ['Anthropic was valued at $61.5B in March 2025.', [{ text: '$61.5B', kind: 'valuation', value: 61.5e9, unit: 'USD', precision: 0.05e9, time: '2025-03' }]],
  ['The round raised $3.65 billion.', [{ text: '$3.65 billion', kind: 'funding', value: 3.65e9, precision: 0.005e9 }]],
  ['India committed ₹500 crore to the mission.', [{ text: '₹500 crore', kind: 'money', value: 5e9, unit: 'INR' }]],
  ['The raise was Rs 300 crore.', [{ text: 'Rs 300 crore', kind: 'funding', value: 3e9, unit: 'INR' }]],
  ['A grant of ₹2 lakh.', [{ text: '₹2 lakh', value: 2e5, unit: 'INR' }]],
  // Taka, as Bangladesh's press writes it; "was raised to" is a level set, no money raised.
  ['The minimum wage was raised to 12,500 taka a month; it paid Tk 4 billion.', [{ text: '12,500 taka', kind: 'money', value: 12500, unit: 'BDT' }, { text: 'Tk 4 billion', value: 4e9, unit: 'BDT' }]],
  // A number word counts a fleet: "four helicopters and two aircraft".
  ['It flies four helicopters and two aircraft.', [{ text: 'four helicopters', value: 4 }, { text: 'two aircraft', value: 2 }]],
  // A hyphenated object of a change verb: "cut de-icing sales by 18%" is a fall of 18%.
  ['A mild winter cut de-icing sales by 18%.', [{ text: '18%', kind: 'growth', value: -18 }]],
  // Indian digit grouping: lakhs, then thousands (a Western reading would split it into 3 and 12,450).
  ['Headcount stood at 3,12,450, and the fund paid ₹1,00,000 in fees.', [
    { text: '3,12,450', value: 312450 },
    { text: '₹1,00,000', value: 1e5, unit: 'INR' },
  ]],
  ['The price is €5bn, £4.2 billion or ¥300 billion.', [
    { text: '€5bn', value: 5e9, unit: 'EUR' },
    { text: '£4.2 billion', value: 4.2e9, unit: 'GBP' },
    // "¥" is yen or yuan: the claim keeps the symbol, which fits a JPY or a CNY fact.
    { text: '¥300 billion', value: 300e9, unit: '¥' },
  ]],
  ['It costs US$2 billion, or 5 billion dollars.', [
    { text: 'US$2 billion', value: 2e9, unit: 'USD' },
    { text: '5 billion dollars', value: 5e9, unit: 'USD' },
  ]],
  ['Revenue of USD 5 billion and EUR 3bn.', [
    { text: 'USD 5 billion', kind: 'revenue', value: 5e9, unit: 'USD' },
    { text: 'EUR 3bn', kind: 'revenue', value: 3e9, unit: 'EUR' },
  ]],
  ['Revenue hit $1.2bn this quarter.', [{ text: '$1.2bn', kind: 'revenue', value: 1.2e9, time: '2025-Q1' }]],
  // A singular noun after a number other than one is an attribute: the deal is worth 2.5M, there are not 2.5M deals.
  ['It is a 2.5M deal, a $1.5k fee and a $2T market.', [
    { text: '2.5M', value: 2.5e6, unit: 'count' },
    { text: '$1.5k', value: 1500, unit: 'USD' },
    { text: '$2T', value: 2e12, unit: 'USD' },
  ]],
  ['They raised $13 billion at a $183 billion post-money valuation.', [
    { text: '$13 billion', kind: 'funding', value: 13e9 },
    { text: '$183 billion', kind: 'valuation', value: 183e9 },
  ]],
  ['Its market cap is $3 trillion.', [{ text: '$3 trillion', kind: 'valuation', value: 3e12 }]],
  ['Annualized run-rate revenue reached $5 billion.', [{ text: '$5 billion', kind: 'revenue' }]],
  ['The capex plan is $80 billion.', [{ text: '$80 billion', kind: 'capex' }]],
  ['Capital expenditures were $12 billion.', [{ text: '$12 billion', kind: 'capex' }]],
  ['Amazon made an investment of $4 billion.', [{ text: '$4 billion', kind: 'funding' }]],
  ['The deal cost $900 million.', [{ text: '$900 million', kind: 'money', value: 900e6, precision: 0.5e6 }]],
  ['Costs were $0.5 per token and 1.5 cents per query.', [
    { text: '$0.5 per token', value: 0.5, precision: 0.05, unit: 'USD/token', kind: 'money' },
    { text: '1.5 cents per query', value: 0.015, unit: 'USD/query' },
  ]],
  ['It paid $122 for it.', [{ text: '$122', value: 122, precision: 0.5 }]],
  ['It paid $4,000,000 in fees.', [{ text: '$4,000,000', value: 4e6, precision: 2e5 }]],
  ['Valuation: $183B (post-money).', [{ text: '$183B', kind: 'valuation' }]],
  ["Anthropic's Series F was $13 billion.", [{ text: '$13 billion', kind: 'funding' }]],
  ['A 5-billion-dollar deal and a $5-billion stake.', [
    { text: '5-billion-dollar', value: 5e9, unit: 'USD' },
    { text: '$5-billion', value: 5e9, unit: 'USD' },
  ]],
];

const rangesAndBounds: Case[] = [
  ['Revenue of $8 billion to $10 billion.', [{ text: '$8 billion to $10 billion', kind: 'revenue', low: 8e9, high: 10e9, unit: 'USD' }]],
  ['Revenue was $8–10 billion.', [{ text: '$8–10 billion', low: 8e9, high: 10e9, unit: 'USD', precision: 0.5e9 }]],
  ['Revenue was $8bn–$10bn.', [{ text: '$8bn–$10bn', low: 8e9, high: 10e9 }]],
  ['They plan $150-175 billion of capex.', [{ text: '$150-175 billion', kind: 'capex', low: 150e9, high: 175e9 }]],
  ['A stake of 4% to 6%.', [{ text: '4% to 6%', kind: 'percent', low: 4, high: 6, unit: 'percent' }]],
  ['A stake of 4 to 6%.', [{ text: '4 to 6%', low: 4, high: 6, unit: 'percent' }]],
  ['We saw 3-5x gains.', [{ text: '3-5x', kind: 'multiple', low: 3, high: 5, unit: 'x' }]],
  ['Between 20 and 30 percent of compute goes to inference.', [{ text: '20 and 30 percent', low: 20, high: 30, unit: 'percent' }]],
  ['Utilization is from 40% to 60%.', [{ text: '40% to 60%', low: 40, high: 60 }]],
  ['The build takes four to five months.', [{ text: 'four to five months', kind: 'duration', low: 4, high: 5, unit: 'months' }]],
  ["It's 2-3 weeks away.", [{ text: '2-3 weeks', low: 2, high: 3, unit: 'weeks' }]],
  // Lower than before: a fall of 30-40%, as "fell 30-40%" is.
  ['Prices are 30-40% lower.', [{ text: '30-40%', kind: 'growth', low: -40, high: -30 }]],
  ['Between $1 and 2 billion.', [{ text: '$1 and 2 billion', low: 1e9, high: 2e9, unit: 'USD' }]],
  ['Exposure north of $4 billion.', [{ text: '$4 billion', bound: 'gt', approx: false }]],
  ['More than 5,000 GPUs.', [{ text: '5,000 GPUs', bound: 'gt' }]],
  ['Over 50% of labs.', [{ text: '50%', bound: 'gt' }]],
  ['At least 5,000 GPUs.', [{ text: '5,000 GPUs', bound: 'gte' }]],
  ['Up to 4x faster.', [{ text: '4x', bound: 'lte' }]],
  ['No more than 3 people.', [{ text: '3 people', bound: 'lte' }]],
  ['Less than $1 billion.', [{ text: '$1 billion', bound: 'lt' }]],
  ['Under 10 days.', [{ text: '10 days', bound: 'lt' }]],
  ['Nearly 40% of staff left.', [{ text: '40%', bound: 'lte', approx: true }]],
  ['Almost $2 billion.', [{ text: '$2 billion', bound: 'lte', approx: true }]],
  ['About $2 billion was spent.', [{ text: '$2 billion', bound: 'eq', approx: true }]],
  ['Roughly 1,000 people.', [{ text: '1,000 people', approx: true }]],
  ['Around 300 MW.', [{ text: '300 MW', approx: true }]],
  ['Approximately 12 data centers.', [{ text: '12 data centers', approx: true }]],
  ['Headcount is ~2,500 people.', [{ text: '2,500 people', approx: true, value: 2500 }]],
  ['The firm has some 3,000 employees.', [{ text: '3,000 employees', approx: true, kind: 'people' }]],
  ['Spending was $5 billion or more.', [{ text: '$5 billion', bound: 'gte' }]],
  ['They bought 10,000+ GPUs.', [{ text: '10,000+ GPUs', bound: 'gte', value: 10000, unit: 'GPU' }]],
  ['The deal is worth $4 billion-plus.', [{ text: '$4 billion-plus', bound: 'gte', value: 4e9 }]],
];

const units: Case[] = [
  ['Colossus reached 100,000 H100 equivalents.', [{ text: '100,000 H100 equivalents', kind: 'hardware', value: 100000, unit: 'H100e', precision: 5000 }]],
  ['It has 20,000 H100-equivalents.', [{ text: '20,000 H100-equivalents', unit: 'H100e' }]],
  ['They deliver 50,000-GPU-equivalent clusters.', [{ text: '50,000-GPU-equivalent', unit: 'GPU', value: 50000 }]],
  ['The fleet has 40,000 Nvidia H200 GPUs and 1 million TPUs.', [
    { text: '40,000 Nvidia H200 GPUs', kind: 'hardware', unit: 'GPU', noun: 'Nvidia H200 GPUs' },
    { text: '1 million TPUs', unit: 'TPU', value: 1e6 },
  ]],
  ['Amazon ordered 500,000 Trainium2 chips and 200k GPUs.', [
    { text: '500,000 Trainium2 chips', unit: 'chip', value: 500000 },
    { text: '200k GPUs', unit: 'GPU', value: 200000 },
  ]],
  ['It bought 100,000 H100s and 8 accelerators.', [
    { text: '100,000 H100s', unit: 'GPU' },
    { text: '8 accelerators', unit: 'accelerator', kind: 'hardware' },
  ]],
  ['A dozen GPUs were idle.', [{ text: 'A dozen GPUs', value: 12, unit: 'GPU' }]],
  ['Meta has 120 million monthly users.', [{ text: '120 million monthly users', kind: 'users', value: 120e6, unit: 'users', noun: 'monthly users' }]],
  ['They have 2.5M monthly active users.', [{ text: '2.5M monthly active users', value: 2.5e6, unit: 'users' }]],
  ['Half a million users signed up.', [{ text: 'Half a million users', value: 5e5, unit: 'users' }]],
  // "hired" adds to a headcount, as "added" does: the change, not the headcount.
  ['The lab hired 1.5k engineers and 40 researchers.', [
    { text: '1.5k engineers', kind: 'growth', value: 1500, unit: 'people' },
    { text: '40 researchers', unit: 'people' },
  ]],
  ['The company has 1,100 employees.', [{ text: '1,100 employees', kind: 'people', value: 1100, precision: 50 }]],
  ['The cluster uses 2.4 GW of power.', [{ text: '2.4 GW', kind: 'power', value: 2.4e9, unit: 'W', precision: 0.05e9 }]],
  ['The fleet is 1.5 gigawatts; a rack draws 120 kW.', [
    { text: '1.5 gigawatts', value: 1.5e9, unit: 'W' },
    { text: '120 kW', value: 120000, unit: 'W' },
  ]],
  ['Storage hit 3 GWh.', [{ text: '3 GWh', kind: 'energy', value: 3e9, unit: 'Wh' }]],
  ['It is 50 bps wider.', [{ text: '50 bps', kind: 'bps', value: 50, unit: 'bps' }]],
  ['The company trades at 40x revenue.', [{ text: '40x', kind: 'multiple', value: 40, unit: 'x', precision: 0.5 }]],
  ['It was 5 times cheaper and three times faster.', [
    { text: '5 times', kind: 'multiple', value: 5 },
    { text: 'three times', value: 3 },
  ]],
  ['Stargate will deploy 10 gigawatts over four years.', [
    { text: '10 gigawatts', kind: 'power' },
    { text: 'four years', bound: 'eq' },
  ]],
  ['The company has one GPU cluster of 32,768 GPUs.', [{ text: '32,768 GPUs', value: 32768 }]],
  ['It was built in 90 days on a 12-year lease.', [
    { text: '90 days', kind: 'duration', value: 90, unit: 'days' },
    { text: '12-year', kind: 'duration', value: 12, unit: 'years' },
  ]],
  ['It took four years.', [{ text: 'four years', kind: 'duration', value: 4, unit: 'years', precision: 0.5 }]],
  ['They run 12 data centers.', [{ text: '12 data centers', kind: 'count', value: 12, unit: 'data center', noun: 'data centers' }]],
  ['They won 3 new customers.', [{ text: '3 new customers', unit: 'customer' }]],
  ['The score was 7.', [{ text: '7', kind: 'count', value: 7, unit: 'count' }]],
  ['Twenty-five percent of users churned.', [{ text: 'Twenty-five percent', kind: 'percent', value: 25 }]],
  ['Only 5% of GPUs sit idle; 4.5% is spare.', [
    { text: '5%', kind: 'percent', value: 5, precision: 0.5 },
    { text: '4.5%', value: 4.5, precision: 0.05 },
  ]],
  ['More than half of revenue comes from the API.', [{ text: 'half', kind: 'percent', value: 50, bound: 'gt' }]],
  ['A third of the budget went to chips.', [{ text: 'A third', value: 33.3, unit: 'percent' }]],
  ['Two-thirds of the compute is rented.', [{ text: 'Two-thirds', value: 66.7 }]],
  ['A quarter of the staff left.', [{ text: 'A quarter', value: 25 }]],
  ['The model has 405B parameters.', [{ text: '405B parameters', value: 405e9, unit: 'parameter' }]],
];

const direction: Case[] = [
  ['Revenue fell 9% in Q3 2024.', [{ text: '9%', kind: 'growth', value: -9, time: '2024-Q3' }]],
  // Where a flat change started is no later figure's time.
  ['Revenue was $915 million, flat on last year, and EBITDA came in at $302 million.', [{ text: '$915 million', time: null }, { text: '$302 million', time: null }]],
  // The sentence's one period, in its first figure's subject, is every figure's; a bare "2030 goal" is only its own.
  ['Group sales in 2024 were €12.9 billion, and net profit was €455 million.', [{ text: '€12.9 billion', time: '2024' }, { text: '€455 million', time: '2024' }]],
  ['Its 2030 goal is 50 GW, and it has 12 GW installed.', [{ text: '50 GW', time: '2030' }, { text: '12 GW', time: null }]],
  // A covering period is never the time of the level a change started from (that was red against the period's figure).
  ['In 2024, revenue was $5.0 billion, up 11% from $4.5 billion.', [{ text: '$5.0 billion', time: '2024' }, { text: '11%', time: '2024' }, { text: '$4.5 billion', time: null }]],
  ['Revenue in 2024 was $5.0 billion, up 11% from $4.5 billion.', [{ text: '$5.0 billion', time: '2024' }, { text: '11%', time: '2024' }, { text: '$4.5 billion', time: null }]],
  // How long something else lasts is no figure's time.
  ['It operates 3,020 km of motorway under concessions that run to 2038.', [{ text: '3,020 km', unit: 'km', value: 3020, time: null }]],
  ['Traffic rose to 24.1 billion kilometres.', [{ text: '24.1 billion kilometres', unit: 'km', value: 24.1e9 }]],
  ['Revenue was $8.2 billion in Q3 2025, against $7.9 billion in the same quarter last year.', [{ text: '$8.2 billion', time: '2025-Q3' }, { text: '$7.9 billion', time: '2024-Q3' }]],
  ['Margins were down 4%.', [{ text: '4%', value: -4, kind: 'growth' }]],
  ['Shares rose (+12%) after the report.', [{ text: '+12%', value: 12, kind: 'growth' }]],
  ['Inference costs fell 10x.', [{ text: '10x', kind: 'growth', value: 0.1 }]],
  ['ChatGPT has 400 million weekly active users, up from 300 million in December.', [
    { text: '400 million weekly active users', kind: 'users', time: null },
    { text: '300 million', kind: 'users', unit: 'users', value: 300e6, time: '2024-12' },
  ]],
  // A bare number per a noun is a ratio: "roughly 80 per home" is no count of homes.
  ['The group employs 17,600 people, roughly 80 per home.', [{ text: '17,600 people' }, { text: '80 per home', unit: 'count/home' }]],
  ['It earns $48 per user and 62 per store.', [{ text: '$48 per user', unit: 'USD/user' }, { text: '62 per store', unit: 'count/store' }]],
  // A time in a clause before the figure, set off by a comma, leaves the figure's own time after it to it.
  ['Dreamloft, which started online in 2016, sold 640,000 mattresses in 2024 and now has 85 showrooms.', [{ text: '640,000 mattresses', time: '2024' }, { text: '85 showrooms' }]],
  // Some of the things just counted ("of them"), no more than were counted.
  ['Prenda runs 3,180 stores, 2,250 of them in Latin America.', [
    { text: '3,180 stores', unit: 'store' },
    { text: '2,250', unit: 'store', value: 2250 },
  ]],
  ['Prenda runs 3,180 stores, 4,100 of them abroad.', [{ text: '3,180 stores', unit: 'store' }, { text: '4,100', unit: 'count' }]],
  // A figure compared with one of another size takes the unit of the nearest before it of its own size.
  ['UniHalls let 74,000 beds in 162 properties across 27 cities, up from 70,500 a year earlier.', [
    { text: '74,000 beds', unit: 'bed' }, { text: '162 properties', unit: 'property' }, { text: '27 cities', unit: 'city' }, { text: '70,500', unit: 'bed' },
  ]],
  ['It now employs 1,566 people across two offices, up from 215 by late 2024.', [{ text: '1,566 people', unit: 'people' }, { text: 'two offices' }, { text: '215', unit: 'people' }]],
  ['It runs 162 properties in 27 cities, up from 25 a year earlier.', [{ text: '162 properties' }, { text: '27 cities', unit: 'city' }, { text: '25', unit: 'city' }]],
  // "than the", "against the": the article is no part of the comparison; "from the" may name a source.
  ['It handled 168 million requisitions in 2024, 4.3% more than the 161 million of 2023.', [{ text: '168 million requisitions' }, { text: '4.3%' }, { text: '161 million', unit: 'requisition' }]],
  ['It delivered 41,000 cars, against the 39,000 of 2023.', [{ text: '41,000 cars' }, { text: '39,000', unit: 'car' }]],
  ['It earned $2 billion, mostly from the 2,150 centers.', [{ text: '$2 billion' }, { text: '2,150 centers', unit: 'center' }]],
  // The kind of the figure compared with, past "the" too.
  ['Helios was valued at $5.4 billion, compared with the $2.1 billion of a year earlier.', [{ text: '$5.4 billion', kind: 'valuation' }, { text: '$2.1 billion', kind: 'valuation' }]],
  ['Revenue was up 35% year over year.', [{ text: '35%', kind: 'growth', value: 35, unit: 'percent' }]],
  ['Sales grew 35% YoY.', [{ text: '35%', kind: 'growth', value: 35 }]],
  // A verb and what it changed before the percent; not a preposition: "expanded to 20.7%" is a level.
  ['Hartwell grew revenue 11% to $4.62 billion.', [{ text: '11%', kind: 'growth', value: 11 }, { text: '$4.62 billion', kind: 'revenue' }]],
  ['The chain cut its costs 10%.', [{ text: '10%', kind: 'growth', value: -10 }]],
  ['Its margin expanded to 20.7%.', [{ text: '20.7%', kind: 'percent', value: 20.7 }]],
  ['Lumora raised its full-year outlook to $4.2 billion.', [{ text: '$4.2 billion', kind: 'money' }]],
  ['A 9% decline in sales.', [{ text: '9%', kind: 'growth', value: -9 }]],
  ['The unit booked -$1.7 billion.', [{ text: '-$1.7 billion', value: -1.7e9, unit: 'USD' }]],
  ['Staff shrank by 75 people.', [{ text: '75 people', value: -75, unit: 'people' }]],
  ['Rates rose 25 basis points.', [{ text: '25 basis points', kind: 'growth', value: 25, unit: 'bps' }]],
  ['Sales were -5% and then +3%.', [
    { text: '-5%', value: -5 },
    { text: '+3%', value: 3 },
  ]],
  ['Revenue doubled in 2024.', [{ text: 'doubled', kind: 'growth', value: 2, unit: 'x', time: '2024' }]],
  ['Usage grew 3x and then tripled.', [
    { text: '3x', kind: 'growth', value: 3 },
    { text: 'tripled', kind: 'growth', value: 3 },
  ]],
  ['Sales rose tenfold.', [{ text: 'tenfold', kind: 'growth', value: 10, unit: 'x' }]],
  ['It is a 10-fold jump.', [{ text: '10-fold', kind: 'growth', value: 10, unit: 'x' }]],
  ['Usage is doubling every four to five months.', [{ text: 'doubling every four to five months', kind: 'growth', low: 4, high: 5, unit: 'months' }]],
  ['Capacity is doubling every 6 months.', [{ text: 'doubling every 6 months', kind: 'growth', value: 6, unit: 'months' }]],
  ['Utilization went from 40% to 60%.', [
    { text: '40%', value: 40, kind: 'percent' },
    { text: '60%', value: 60, kind: 'percent' },
  ]],
  ['Costs dropped to $3 billion.', [{ text: '$3 billion', value: 3e9 }]],
  ['The team is doubling down on safety.', []],
];

const time: Case[] = [
  ['Colossus reached 100,000 GPUs in September.', [{ text: '100,000 GPUs', time: '2024-09' }]],
  ['The round closed in February with $2 billion.', [{ text: '$2 billion', time: '2025-02' }]],
  ['In May it raised $5 billion.', [{ text: '$5 billion', time: '2024-05' }]],
  ['Revenue hit $4 billion in September 2023.', [{ text: '$4 billion', time: '2023-09' }]],
  ['It had 5,000 GPUs in Q1 2025.', [{ text: '5,000 GPUs', time: '2025-Q1' }]],
  // Buying or selling things changes how many a company holds: a change, not the holding.
  ['Vantage bought 12 buildings in 2025 and sold 2,000 acres.', [
    { text: '12 buildings', kind: 'growth', value: 12 },
    { text: '2,000 acres', kind: 'growth', value: -2000 },
  ]],
  ['Ardent laid off 1,500 workers in January.', [{ text: '1,500 workers', kind: 'growth', value: -1500 }]],
  // Money and shares paid or sold keep their kind: a price, a stake.
  ['It bought $3 billion of bonds and acquired 10% of Beta.', [
    { text: '$3 billion', value: 3e9 },
    { text: '10%', kind: 'percent', value: 10 },
  ]],
  // A count per something is a ratio, never a total ("per year" stays a flow of the count).
  ['It has about 9 students per staff member and runs 40 GPUs per rack.', [
    { text: '9 students per staff', unit: 'student/staff' },
    { text: '40 GPUs per rack', unit: 'GPU/rack' },
  ]],
  ['It ships 5 launches per year.', [{ text: '5 launches', unit: 'launch' }]],
  // A model designation ("737 MAX 8") is a name; a figure per item ("each", "apiece") is never a total.
  ['Its 737 MAX 8 jets seat 189 passengers each.', [{ text: '189 passengers', unit: 'passenger/each' }]],
  ['Tickets sold for $25 apiece.', [{ text: '$25', unit: 'USD/each' }]],
  ['The round was led by 2 funds, each investing $150 million.', [
    { text: '2 funds', unit: 'fund' },
    { text: '$150 million', unit: 'USD/each' },
  ]],
  ['Each year revenue grew, reaching $5 billion.', [{ text: '$5 billion', unit: 'USD' }]],
  // "9% more than", "12% lower than": a change, as "rose 9%" is.
  ['Marlow carried 38.2 million passengers in 2024, 9% more than in 2023.', [
    { text: '38.2 million passengers', value: 38.2e6 },
    { text: '9%', kind: 'growth', value: 9 },
  ]],
  ['Costs were 12% lower than a year earlier.', [{ text: '12%', kind: 'growth', value: -12 }]],
  // "above"/"below" an earlier time or level is a change too; above a benchmark rate is a spread.
  ['Sales were 4% above the first half of 2024.', [{ text: '4%', kind: 'growth', value: 4, time: '2024-H1' }]],
  ['Intensity was 12% below 2019 levels.', [{ text: '12%', kind: 'growth', value: -12, time: '2019' }]],
  ['Revenue was €7.8 billion, 4% above the €7.5 billion of 2024.', [{ text: '€7.8 billion' }, { text: '4%', kind: 'growth', value: 4 }, { text: '€7.5 billion' }]],
  ['The loans are priced 2% above SOFR.', [{ text: '2%', kind: 'percent', value: 2 }]],
  // ", or 12.9%" after a change restates it as a percent, in its direction.
  ['Revenue increased by $47 million, or 12.9%, to $412 million.', [{ text: '$47 million', kind: 'growth' }, { text: '12.9%', kind: 'growth', value: 12.9 }, { text: '$412 million' }]],
  ['Costs fell by $3 million, or 5%.', [{ text: '$3 million', kind: 'growth', value: -3e6 }, { text: '5%', kind: 'growth', value: -5 }]],
  // A round and the valuation it was raised at are one deal, of one time.
  ['Acme raised $3.5 billion at a $61.5 billion valuation in March 2025.', [{ text: '$3.5 billion', time: '2025-03' }, { text: '$61.5 billion', time: '2025-03' }]],
  // A figure with a time of its own leaves the next time of its clause to the figure after it, unless that time is where a change started.
  ['It repurchased $1.5 billion of shares in the quarter and expects fourth-quarter bookings of $48 billion.', [{ text: '$1.5 billion', time: null }, { text: '$48 billion', time: '2024-Q4' }]],
  ['Sales grew 20% in 2024 from 2023 to $6 billion.', [{ text: '20%', time: '2024' }, { text: '$6 billion', time: null }]],
  // Where a level was compared from is not the level's time; a figure that is the change keeps it.
  ['It proposed a dividend of €0.40 per share, unchanged from 2023.', [{ text: '€0.40 per share', time: null }]],
  ['Headcount was 11,400 employees, down from 2023.', [{ text: '11,400 employees', time: null }]],
  ['It had 14.2 million members, 700,000 more than in 2023.', [{ text: '14.2 million members', time: null }, { text: '700,000', time: '2023' }]],
  // A possessive year owns the figure it names.
  ["Output rose 18% on 2023's 3.9 million tonnes.", [{ text: '18%', time: null }, { text: '3.9 million tonnes', time: '2023' }]],
  ["It beat last year's $4 billion.", [{ text: '$4 billion', time: '2024' }]],
  // An ordinal quarter or half said as a possessive: the most recent one before the note's date.
  ["Revenue rose 7% on the first quarter's £1.76 billion, and beat the second half's £3 billion.", [
    { text: '7%', time: null },
    { text: '£1.76 billion', time: '2025-Q1' },
    { text: '£3 billion', time: '2024-H2' },
  ]],
  // A bond's tenor names the instrument; a lease's term is a figure.
  ['The 10-year yield rose and 2-year Treasuries fell on a 12-year lease.', [{ text: '12-year', kind: 'duration' }]],
  // A window a rate or ratio is read over names it, a word or two before the rate: no figure; a term of its own is one.
  ['The 90-day NPL ratio eased to 6.8%, and the 30-day delinquency rate was 2.1% on 90-day payment terms.', [
    { text: '6.8%', kind: 'percent' },
    { text: '2.1%', kind: 'percent' },
    { text: '90-day', kind: 'duration' },
  ]],
  // "in the quarter", "during the year": the period the sentence stated before, or the one of that length holding it.
  ["Marlow's Q2 2025 revenue was £2.9 billion, and it flew 10.4 million passengers in the quarter.", [
    { text: '£2.9 billion', time: '2025-Q2' },
    { text: '10.4 million passengers', time: '2025-Q2' },
  ]],
  ['Revenue reached $61 million in 2024, and 40 engineers joined during the year.', [
    { text: '$61 million', time: '2024' },
    { text: '40 engineers', time: '2024' },
  ]],
  ['Sales were $3 billion in June 2024, with 12 stores opened that month.', [
    { text: '$3 billion', time: '2024-06' },
    { text: '12 stores', time: '2024-06' },
  ]],
  // A year stated before does not say which quarter, and "the year 2026" is a year of its own.
  ['Revenue was $5 billion in 2024 and $2 billion in the quarter.', [
    { text: '$5 billion', time: '2024' },
    { text: '$2 billion', time: null },
  ]],
  ['It had 5,000 GPUs in Q4.', [{ text: '5,000 GPUs', time: '2024-Q4' }]],
  ['FY2025 revenue was $3 billion.', [{ text: '$3 billion', time: 'FY2025' }]],
  ['In fiscal 2025 capex was $80 billion.', [{ text: '$80 billion', time: 'FY2025' }]],
  ['For the 2026 financial year it expects capex of £2 billion.', [{ text: '£2 billion', time: 'FY2026' }]],
  ['In financial year 2025 capex was £1.8 billion.', [{ text: '£1.8 billion', time: 'FY2025' }]],
  // A month before "year end" or "fiscal year" says when the years end: no period of the figure.
  ['It ended fiscal 2025 (June year end) with revenue of $8.4 billion.', [{ text: '$8.4 billion', time: 'FY2025' }]],
  ['Its March year-end results showed revenue of $2 billion.', [{ text: '$2 billion', time: null }]],
  ['Revenue should reach $10 billion by late 2025.', [{ text: '$10 billion', time: '2025-H2', by: true }]],
  ['Revenue was $1 billion in early 2024.', [{ text: '$1 billion', time: '2024-H1', by: false }]],
  ['Mid-2025 revenue run-rate was $5 billion.', [{ text: '$5 billion', time: '2025-mid' }]],
  ['It reached 100 MW by end of 2025.', [{ text: '100 MW', time: '2025-12', by: true }]],
  ['Year-end 2025 ARR reached $9 billion.', [{ text: '$9 billion', time: '2025-12' }]],
  ['By 2027 the company expects 10 GW.', [{ text: '10 GW', time: '2027', by: true }]],
  ['In 2023 it spent $2 billion.', [{ text: '$2 billion', time: '2023' }]],
  ['H1 2025 revenue reached $4 billion.', [{ text: '$4 billion', time: '2025-H1' }]],
  ['In the first half of 2025 it spent $40 billion.', [{ text: '$40 billion', time: '2025-H1' }]],
  ['On 2024-09-02 the deal closed at $4 billion.', [{ text: '$4 billion', time: '2024-09-02' }]],
  ['Revenue reached $1.2 billion last year, and $3 billion this year.', [
    { text: '$1.2 billion', time: '2024' },
    { text: '$3 billion', time: '2025' },
  ]],
  ["Anthropic's last valuation sat at $18 billion.", [{ text: '$18 billion', kind: 'valuation', time: 'latest' }]],
  ["OpenAI's ARR is currently $12 billion.", [{ text: '$12 billion', time: 'latest' }]],
  ["Today's valuation is $61.5 billion, above last year's $18 billion.", [
    { text: '$61.5 billion', kind: 'valuation', time: 'latest' },
    { text: '$18 billion', time: '2024' },
  ]],
  ['The latest round in May raised $5 billion.', [{ text: '$5 billion', time: '2024-05' }]],
  // The trailing twelve months: to the last month ended before the note's date (2025-02-14), a span only an aligned fiscal year's figure covers.
  ['Over the past 12 months revenue was $5 billion.', [{ text: '$5 billion', time: '2024-02/2025-01' }]],
  ['TTM revenue was $5 billion, and trailing twelve-month capex $2 billion.', [
    { text: '$5 billion', time: '2024-02/2025-01' },
    { text: '$2 billion', time: '2024-02/2025-01' },
  ]],
  // A period said by the day it ends, as filings say it.
  ['For the year ended December 31, 2024, revenue was $5 billion.', [{ text: '$5 billion', time: '2024' }]],
  ['Revenue for the twelve months ended 31 December 2024 was $5 billion.', [{ text: '$5 billion', time: '2024' }]],
  ['In the fiscal year ended March 31, 2024, revenue was $5 billion.', [{ text: '$5 billion', time: '2023-04/2024-03' }]],
  ['It closed its fiscal year (ending June 30) with revenue of $5 billion.', [{ text: '$5 billion', time: '2023-07/2024-06' }]],
  ['In the three months ended September 30, 2024, revenue was $5 billion.', [{ text: '$5 billion', time: '2024-Q3' }]],
  ['Revenue for the year ended September 28, 2024 was $5 billion.', [{ text: '$5 billion', time: '2023-09-29/2024-09-28' }]],
  ['Revenue for the year to March 2024 was $5 billion.', [{ text: '$5 billion', time: '2023-04/2024-03' }]],
  // A 52-week calendar's quarter, said by the day it ended (after a comma too): those days.
  ['Revenue for its fiscal second quarter, ended August 2, 2024, was $5 billion.', [{ text: '$5 billion', time: '2024-05-03/2024-08-02' }]],
  // A time that labels the figure after its colon is that figure's; "prior year" labels no one's.
  ['Operating profit was £1.32bn (2023: £1.1bn).', [
    { text: '£1.32bn', time: null },
    { text: '£1.1bn', time: '2023' },
  ]],
  ['Operating profit was £1.32bn (prior year: £1.1bn).', [
    { text: '£1.32bn', time: null },
    { text: '£1.1bn', time: null },
  ]],
  // "nine-month", "12-month" before a noun: the nine months of the latest year they passed in, the trailing twelve; not "a 12-month contract".
  ["Norvik's nine-month volume was 6.2 million TEU, and its 12-month revenue $20 billion.", [
    { text: '6.2 million', time: '2024-01/2024-09' },
    { text: '$20 billion', time: '2024-02/2025-01' },
  ]],
  ['It signed a 12-month contract worth $5 million.', [
    { text: '12-month', time: null },
    { text: '$5 million', time: null },
  ]],
  ['Revenue for the 12 months to June 2024 was $20 billion.', [{ text: '$20 billion', time: '2023-07/2024-06' }]],
  // Parts of a calendar year: a span of its own.
  ['Revenue in the first nine months of 2024 was $5 billion.', [{ text: '$5 billion', time: '2024-01/2024-09' }]],
  ['Deliveries in the first nine months were 312,000 vehicles.', [{ text: '312,000 vehicles', time: '2024-01/2024-09' }]],
  ['In the first six months of 2024 revenue was $5 billion.', [{ text: '$5 billion', time: '2024-H1' }]],
  ['In its first six months the app reached 10 million users.', [{ text: '10 million users', time: null }]],
  ['Revenue for the year to date is $500 million, and YTD capex $200 million.', [
    { text: '$500 million', time: '2025-01-01/2025-02-14' },
    { text: '$200 million', time: '2025-01-01/2025-02-14' },
  ]],
  ['In 2024, revenue was $1 billion and capex $2 billion.', [
    { text: '$1 billion', time: '2024' },
    { text: '$2 billion', time: '2024' },
  ]],
  ['Revenue was $2 billion, compared with $1.5 billion in Q4 2023.', [
    { text: '$2 billion', time: null },
    { text: '$1.5 billion', time: '2023-Q4' },
  ]],
  ['Revenue hit $5 billion. In 2023 it was lower.', [{ text: '$5 billion', time: null }]],
  ["Revenue was $2bn in 1H25, $3bn in 2Q24 and $4bn in Q1'25.", [
    { text: '$2bn', time: '2025-H1' },
    { text: '$3bn', time: '2024-Q2' },
    { text: '$4bn', time: '2025-Q1' },
  ]],
  ['Revenue of $500M (2024) versus $1.2B (2025E).', [
    { text: '$500M', time: '2024' },
    { text: '$1.2B', time: '2025' },
  ]],
  ['The board met on 14 February 2025 and approved $2 billion.', [{ text: '$2 billion', time: '2025-02-14' }]],
];

const notClaims: Case[] = [
  ['Anthropic has two entities and one of the labs.', []],
  // A trial's statistics: the confidence level and the p-value state no quantity (the ratio and its interval do).
  ['It cut the risk of death by 23% (hazard ratio 0.77; 95% CI, 0.66–0.90; p<0.001), P = 0.03 in the 95% confidence interval.', [
    { text: '23%', unit: 'percent' },
    { text: '0.77', unit: 'count' },
    { text: '0.66–0.90', low: 0.66, high: 0.9 },
  ]],
  ['Watch for two follow-on events in 2025.', []],
  ['It secured capacity through 2029; in 2023 nothing changed.', []],
  ['The 1990s were different.', []],
  ['Claude 3.5 Sonnet beat GPT-4o and Llama 3.1 405B.', []],
  ['Gemini 1.5 Pro and Claude 3 Opus lead; Mistral 7B is small.', []],
  ['Series E was led by Lightspeed.', []],
  ['The H100 is the workhorse, and the GB200 is next.', []],
  ['Version 2.1.3 shipped; v3 is next.', []],
  ['We use Python 3.12 and Windows 11.', []],
  ['See section 3, Figure 2, Table 3 and page 12.', []],
  ['It ranked #1.', []],
  ['The 2nd and 3rd rounds were larger; the first round was small.', []],
  ['The call is at 10:30, the ratio is 3:1, open 24/7.', []],
  ['In 2025 GPUs will cost less.', []],
  ['First, second, and third come later.', []],
  ['Hundreds of millions of dollars were spent.', []],
  ['The seven largest firms agree.', []],
  ['Around a dozen labs matter.', []],
  ['COVID-19 hit in March 2020.', []],
  ['It was founded on 2021-01-28.', []],
  ['Boeing 737 and Airbus A320 orders; the iPhone 16 and PS5 sold well.', []],
  ['Section 230 matters; 5G and 3D and x86 and 2x2 too.', []],
  ['On 14 February 2025 and Feb. 14 the board met.', []],
  ['GPT-5 launched in August; o3 and o4-mini are older.', []],
  ['The top 5 labs agree.', []],
  ['As reported [3] and [1, 4] and [2-5], the call is at 5 pm.', []],
  ['Ranges are 0-based and 2-tiered.', []],
];

// Reference date 2025-02-14 (a Friday, ISO week 7).
const relativeTime: Case[] = [
  ['Revenue was $5 billion a year ago.', [{ text: '$5 billion', time: '2024-02' }]],
  // "earlier" than a time the sentence does not state: left to the judge (the paragraph's period, or the figure compared with), not the note's date.
  ['Revenue was $5 billion a year earlier.', [{ text: '$5 billion', time: null }]],
  ['In Q2 2024 backlog reached 55 GW, up from 29 GW a year earlier.', [
    { text: '55 GW', time: '2024-Q2' },
    { text: '29 GW', time: '2023-Q2' },
  ]],
  // A sentence that states a period counts "ago" and "the previous quarter" back from it, not from the note's date.
  ['In Q3 2024 revenue was $7 billion, up from $5 billion a year ago.', [
    { text: '$7 billion', time: '2024-Q3' },
    { text: '$5 billion', time: '2023-Q3' },
  ]],
  ['Headcount was 11,400 at the end of September 2024, against 12,100 employees two years ago.', [
    { text: '11,400', time: '2024-09' },
    { text: '12,100 employees', time: '2022-09' },
  ]],
  ['GDP was $92 billion in Q3 2024, against $91 billion in the previous quarter and $90 billion in the prior year.', [
    { text: '$92 billion', time: '2024-Q3' },
    { text: '$91 billion', time: '2024-Q2' },
    { text: '$90 billion', time: '2023-Q3' },
  ]],
  ['Revenue was $4 billion in 2023, and $2 billion in the preceding year.', [
    { text: '$4 billion', time: '2023' },
    { text: '$2 billion', time: '2022' },
  ]],
  // "the full year", "the whole quarter": as long as the period the sentence stated.
  ['Revenue was $2 billion in Q4 2024 and $7 billion for the full year.', [
    { text: '$2 billion', time: '2024-Q4' },
    { text: '$7 billion', time: '2024' },
  ]],
  // With no period stated before them, the note's date: the quarter before the one of 2025-02-14.
  ['Revenue was $5 billion in the previous quarter.', [{ text: '$5 billion', time: '2024-Q4' }]],
  ['Revenue was $7 billion in Q2 2024, versus $5 billion in the year-ago quarter.', [
    { text: '$7 billion', time: '2024-Q2' },
    { text: '$5 billion', kind: 'revenue', time: '2023-Q2' },
  ]],
  ['Revenue was $3 billion the year before.', [{ text: '$3 billion', time: null }]],
  ['It had 300 MW three months ago and 2 GW two quarters ago.', [
    { text: '300 MW', time: '2024-11' },
    { text: '2 GW', time: '2024-Q3' },
  ]],
  ['Revenue was $5 billion this week and $4 billion last week.', [
    { text: '$5 billion', time: '2025-W07' },
    { text: '$4 billion', time: '2025-W06' },
  ]],
  ['Revenue was $5 billion last quarter and $1 billion last month.', [
    { text: '$5 billion', time: '2024-Q4' },
    { text: '$1 billion', time: '2025-01' },
  ]],
  ['Revenue grew 35% YoY to $5 billion.', [
    { text: '35%', kind: 'growth', time: null },
    { text: '$5 billion', time: null },
  ]],
  ['Revenue was $5 billion as of June 2024.', [{ text: '$5 billion', time: '2024-06' }]],
  ['Revenue was $5 billion at the end of 2024.', [{ text: '$5 billion', time: '2024-12' }]],
  ['The backlog reached $106 billion at the end of Q2 2024.', [{ text: '$106 billion', time: '2024-06' }]],
  ['Revenue was $5 billion in H1 2024 and $6 billion in the first half of 2025.', [
    { text: '$5 billion', time: '2024-H1' },
    { text: '$6 billion', time: '2025-H1' },
  ]],
  ["Revenue was $5 billion in Q3'24 and $6 billion in FY25.", [
    { text: '$5 billion', time: '2024-Q3' },
    { text: '$6 billion', time: 'FY2025' },
  ]],
  ['On 2024-11-22 the company said revenue was $5 billion.', [{ text: '$5 billion', time: '2024-11-22' }]],
  ['Revenue was $5 billion in September 2024.', [{ text: '$5 billion', time: '2024-09' }]],
  ['Revenue was $29.9 billion in FQ4 (June quarter).', [{ text: '$29.9 billion', time: '2024-Q2' }]],
  ['Broadcom expects AI revenue of $5.1 billion in FY25 Q3.', [{ text: '$5.1 billion', time: '2025-Q3' }]],
  ['Utilities plan to spend $212 billion on transmission between 2025 and 2029.', [{ text: '$212 billion', kind: 'capex', time: '2025/2029' }]],
  ["PJM's 2026/27 auction cleared at $329.17/MW-day.", [{ text: '$329.17/MW-day', unit: 'USD/MW-day', time: 'FY2027' }]],
  ['In June 2024 it expanded the deal to 1.92 GW through 2042.', [{ text: '1.92 GW', time: '2024-06' }]],
  ['In 2023 and 2024, capex totaled $50 billion and $75 billion, respectively.', [
    { text: '$50 billion', time: '2023' },
    { text: '$75 billion', time: '2024' },
  ]],
  ['It was $3 billion two years after the IPO.', [{ text: '$3 billion', time: null }]],
  ['Tape-outs in its first two years will exceed 50.', [{ text: '50', bound: 'gt' }]],
  ['Comanche Peak: 2.4 GW, two units, licences run to 2050.', [{ text: '2.4 GW', time: null }]],
];

const codesAndPrices: Case[] = [
  // "W" is won only with a scale: "W53.6 trillion"; "the W12 engine" is a name.
  ['It will spend W53.6 trillion; the W12 engine stays.', [{ text: 'W53.6 trillion', value: 53.6e12, unit: 'KRW' }]],
  // A second percent joined by "and" and set against another time is a change like the first.
  ['Revenue fell 5% from the previous quarter and 3% from a year earlier, and 40% of it came from Asia.', [
    { text: '5%', kind: 'growth', value: -5 },
    { text: '3%', kind: 'growth', value: -3 },
    { text: '40%', kind: 'percent', value: 40 },
  ]],
  // "a"/"an" before a unit of goods prices it, as "a share" does; "a year" is a flow.
  ['Gold averaged $3,420 an ounce, oil $68.40 a barrel, rooms $180 a night, and it earns $5 billion a year.', [
    { text: '$3,420 an ounce', value: 3420, unit: 'USD/ounce' },
    { text: '$68.40 a barrel', value: 68.4, unit: 'USD/barrel' },
    { text: '$180 a night', value: 180, unit: 'USD/night' },
    { text: '$5 billion', value: 5e9, unit: 'USD' },
  ]],
  ['Revenue was USD5bn and EUR 3.2m.', [
    { text: 'USD5bn', value: 5e9, unit: 'USD', kind: 'revenue' },
    { text: 'EUR 3.2m', value: 3.2e6, unit: 'EUR', precision: 0.05e6 },
  ]],
  ['They paid US$5bn, 5bn USD, $5B+ and $1.2T.', [
    { text: 'US$5bn', value: 5e9, unit: 'USD' },
    { text: '5bn USD', value: 5e9, unit: 'USD' },
    { text: '$5B+', value: 5e9, bound: 'gte' },
    { text: '$1.2T', value: 1.2e12 },
  ]],
  ['TSMC reported Q2 2025 revenue of NT$933.8 billion, or US$30.07 billion.', [
    { text: 'NT$933.8 billion', kind: 'revenue', unit: 'TWD', time: '2025-Q2' },
    { text: 'US$30.07 billion', kind: 'revenue', unit: 'USD', time: '2025-Q2' },
  ]],
  ['Alphabet raised its capex guide to $85 billion, from $75 billion.', [
    { text: '$85 billion', kind: 'capex' },
    { text: '$75 billion', kind: 'capex' },
  ]],
  ['Nuclear PPAs run $80-100/MWh, versus $40 to $55 per MWh for solar.', [
    { text: '$80-100/MWh', kind: 'money', low: 80, high: 100, unit: 'USD/MWh' },
    { text: '$40 to $55 per MWh', low: 40, high: 55, unit: 'USD/MWh' },
  ]],
  ['Power costs 12¢/kWh or 45 $/MWh; GPUs rent at $2 per GPU-hour.', [
    { text: '12¢/kWh', value: 0.12, unit: 'USD/kWh' },
    { text: '45 $/MWh', value: 45, unit: 'USD/MWh' },
    { text: '$2 per GPU-hour', value: 2, unit: 'USD/GPU-hour' },
  ]],
  ['Capex is $80 billion per year and Pro costs $20 per month.', [
    { text: '$80 billion', unit: 'USD', kind: 'capex' },
    { text: '$20', unit: 'USD' },
  ]],
  ['Free cash flow was negative $500 million.', [{ text: '$500 million', value: -500e6 }]],
];

const countsAndVerbs: Case[] = [
  ['A fact of 18.4 billion supports it.', [{ text: '18.4 billion', kind: 'count', value: 18.4e9, unit: 'count' }]],
  // A label word used as a verb counts ("page 3" is a label; "to build 1,500 sites" a count).
  ['It expects to build 1,500 sites and will issue 200 shares; see page 3 and build 22621.', [
    { text: '1,500 sites', value: 1500, unit: 'site' },
    { text: '200 shares', value: 200, unit: 'share' },
  ]],
  // A size glued to its measure describes the noun counted, and is no figure of its own.
  ['It shipped 12.4 million 9-litre cases and leased 3,000 40-foot containers.', [
    { text: '12.4 million 9-litre cases', value: 12.4e6, unit: 'case' },
    { text: '3,000 40-foot containers', value: 3000, unit: 'container' },
  ]],
  // After a name's possessive a grouped number is a count ("Boeing's 737 jets" stays a model).
  ["Zipp's 180,000 scooters carried rides; Boeing's 737 jets flew.", [{ text: '180,000 scooters', value: 180000, unit: 'scooter' }]],
  // So is a whole number under 100 after a possessive, before a lower-case word.
  ["The League's 32 teams played; Boeing's 737 jets flew.", [{ text: '32 teams', value: 32, unit: 'team' }]],
  ['The 3 billion figure is wrong.', [{ text: '3 billion', unit: 'count' }]],
  ['10 million signed up.', [{ text: '10 million', unit: 'count' }]],
  ['2 million use it daily.', [{ text: '2 million', unit: 'count' }]],
  ['A typical 4-hour system stores 400 MWh.', [
    { text: '4-hour', kind: 'duration', value: 4, unit: 'hours' },
    { text: '400 MWh', kind: 'energy' },
  ]],
  ['It has a 5,000-acre site and 1 new customer signed.', [
    { text: '5,000-acre', unit: 'acre' },
    { text: '1 new customer', unit: 'customer' },
  ]],
  ['They bought two GPUs and built three data centers with a dozen engineers.', [
    { text: 'two GPUs', unit: 'GPU' },
    { text: 'three data centers', kind: 'growth', value: 3, unit: 'data center' },
    { text: 'a dozen engineers', value: 12, unit: 'people' },
  ]],
  ['Half of revenue comes from the API, and a third of users pay.', [
    { text: 'Half', value: 50, unit: 'percent' },
    { text: 'a third', value: 33.3, unit: 'percent' },
  ]],
  ['One in five enterprises uses it; 1 in 3 users churned.', [
    { text: 'One in five', kind: 'percent', value: 20 },
    { text: '1 in 3', value: 33.3 },
  ]],
  ['It shipped 3 in 10 days.', [
    { text: '3', unit: 'count' },
    { text: '10 days', unit: 'days' },
  ]],
  ['Headcount grew to 12,000; weekly active users reached 400 million.', [
    { text: '12,000', kind: 'people', unit: 'people' },
    { text: '400 million', kind: 'users', unit: 'users' },
  ]],
  ['Training took 30.8 million GPU hours and 2.6 million H100-hours.', [
    { text: '30.8 million GPU hours', kind: 'count', unit: 'GPU-hour' },
    { text: '2.6 million H100-hours', unit: 'H100-hour' },
  ]],
  ['Latency dropped below 200 ms.', [{ text: '200 ms', kind: 'duration', value: 200, unit: 'milliseconds', bound: 'lt' }]],
  ['Queues hold about twice the installed capacity; costs are roughly double the 2020 level.', [
    { text: 'twice', kind: 'multiple', value: 2, unit: 'x', approx: true },
    { text: 'double', kind: 'multiple', value: 2 },
  ]],
  ['Revenue is expected to double by 2026.', [{ text: 'double', kind: 'growth', value: 2, time: '2026', by: true }]],
];

const wordingAndKinds: Case[] = [
  ['The company spent $5 billion on lobbying.', [{ text: '$5 billion', kind: 'money' }]],
  ['The company spent $5 billion on data centers.', [{ text: '$5 billion', kind: 'capex' }]],
  ['Amazon spent $31.4 billion on property and equipment.', [{ text: '$31.4 billion', kind: 'capex' }]],
  ['Marketing spend was $2 billion.', [{ text: '$2 billion', kind: 'money' }]],
  ['Data-center spending reached $200 billion.', [{ text: '$200 billion', kind: 'capex' }]],
  ['Wafers at 3nm made up 24% of wafer revenue.', [{ text: '24%', kind: 'percent', value: 24 }]],
  ['Capacity ramped up 30%.', [{ text: '30%', kind: 'growth', value: 30 }]],
  ['Azure surpassed $75 billion in annual revenue.', [{ text: '$75 billion', kind: 'revenue', bound: 'gt' }]],
  ['Sales rose 7% q/q and 22% y/y; revenue CAGR of 35% through 2030.', [
    { text: '7%', kind: 'growth' },
    { text: '22%', kind: 'growth' },
    { text: '35%', kind: 'growth', time: '2030' },
  ]],
  ['Staff were cut by 10% to 9,000.', [
    { text: '10%', kind: 'growth', value: -10 },
    { text: '9,000', value: 9000 },
  ]],
  ['Revenue grew from $2 billion in 2023 to $5 billion in 2025.', [
    { text: '$2 billion', kind: 'revenue', time: '2023' },
    { text: '$5 billion', kind: 'revenue', time: '2025' },
  ]],
  ['Users rose 10% to 400 million.', [
    { text: '10%', kind: 'growth', unit: 'percent' },
    { text: '400 million', value: 400e6 },
  ]],
];

const moreNotClaims: Case[] = [
  ['It streams 4K video at 1080p, 24/7, in 3D over 5G, on Web3 since COVID-19.', []],
  ['The S&P 500 and Fortune 500 firms joined the Series B.', []],
  ['It used A100 and H20 chips, Llama 3.1 405B, GPT-4.5, o3, R1, Gemini 2.5 Pro, Windows 11 and iPhone 16.', []],
  ["TSMC's N2 and N3E, Intel 18A, Intel 3, 3 nm and 5nm are nodes.", []],
  ['HBM3E 12-high stacks, DDR5, PCIe 5.0, Wi-Fi 7 and Snapdragon 8 Gen 3 ship.', []],
  ['The Ryzen 9 7950X, RTX 4090 and a 401(k) plan.', []],
  ['The two entities merged, the three labs agreed and two companies bid.', []],
  ['They meet twice a year; it was double-digit growth; they double down.', []],
  ['A few months ago it was different.', []],
];

describe('claim extraction spec', () => {
  for (const [name, cases] of [
    ['relative and compound time', relativeTime],
    ['currency codes and prices', codesAndPrices],
    ['counted nouns and verbs', countsAndVerbs],
    ['wording and kinds', wordingAndKinds],
    ['more not claims', moreNotClaims],
    ['money', money],
    ['ranges and bounds', rangesAndBounds],
    ['units and counts', units],
    ['direction and growth', direction],
    ['time', time],
    ['not claims', notClaims],
  ] as const) {
    describe(name, () => {
      it.each(cases.map((c) => [c[0], c[1]] as const))('%s', (sentence, expected) => check(sentence, expected));
    });
  }
});

describe('time details', () => {
  it('resolves a month without a year against the reference date', () => {
    const [c] = claimsOf('It raised $5 billion in May.', '2025-06-01');
    expect(c!.time).toMatchObject({ text: 'in May', iso: '2025-05', from: '2025-05-01', to: '2025-05-31' });
  });
  it('gives the from/to days of quarters, halves and fiscal years', () => {
    expect(claimsOf('It had $1 billion in Q2 2025.')[0]!.time).toMatchObject({ from: '2025-04-01', to: '2025-06-30' });
    expect(claimsOf('It had $1 billion by late 2025.')[0]!.time).toMatchObject({ from: '2025-07-01', to: '2025-12-31', by: true });
    expect(claimsOf('It had $1 billion in mid-2025.')[0]!.time).toMatchObject({ iso: '2025-mid', from: '2025-04-01', to: '2025-09-30' });
    expect(claimsOf('It had $1 billion in FY2025.')[0]!.time).toMatchObject({ iso: 'FY2025', fiscal: true, from: '2025-01-01', to: '2025-12-31' });
    expect(claimsOf('It had $1 billion in February 2024.')[0]!.time).toMatchObject({ to: '2024-02-29' });
  });
  it('keeps the span of the time words', () => {
    const sentence = 'Revenue should reach $10 billion by late 2025.';
    const t = claimsOf(sentence)[0]!.time!;
    expect(t.text).toBe('by late 2025');
    expect(sentence.slice(t.span!.start, t.span!.end)).toBe('by late 2025');
  });
});
