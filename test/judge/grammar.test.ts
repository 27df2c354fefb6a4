// Who and what a claim is about when a sentence names several entities or reads as a running
// total, through the real parser: cases where the entity nearest the number is the wrong one.
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../../server/src/core/judge/judgeNote';
import { parseNote } from '../../server/src/core/parse/parseNote';
import type { Finding } from '../../server/src/core/types';
import { config, fact, index } from './builders';

const idx = index({
  entities: { anthropic: ['Anthropic'], amazon: ['Amazon', 'AWS'], alphabet: ['Alphabet', 'Google'], microsoft: ['Microsoft'], initech: ['Initech'] },
  facts: [
    fact({ id: 'amazon-in-anthropic-2024-03', entity: 'amazon', counterparty: 'anthropic', metric: 'investment', value: 2.75e9, asOf: '2024-03' }),
    fact({ id: 'amazon-in-anthropic-2024-11', entity: 'amazon', counterparty: 'anthropic', metric: 'investment', value: 4e9, asOf: '2024-11-22' }),
    fact({ id: 'amazon-in-anthropic-total', entity: 'amazon', counterparty: 'anthropic', metric: 'investment_total', value: 8e9, asOf: '2024-11-22' }),
    fact({ id: 'google-in-anthropic-total', entity: 'alphabet', counterparty: 'anthropic', metric: 'investment_total', value: 3e9, asOf: '2025-01-22' }),
    fact({ id: 'google-in-anthropic-2023', entity: 'alphabet', counterparty: 'anthropic', metric: 'investment', value: 2e9, asOf: '2023-10' }),
    fact({ id: 'anthropic-series-e', entity: 'anthropic', metric: 'investment', value: 3.5e9, asOf: '2025-03-03' }),
    fact({ id: 'anthropic-valuation', entity: 'anthropic', metric: 'valuation', value: 61.5e9, asOf: '2025-03-03' }),
    fact({ id: 'amazon-market-value', entity: 'amazon', metric: 'valuation', value: 2.2e12, asOf: '2025-01-02' }),
    fact({ id: 'amazon-capex', entity: 'amazon', metric: 'capex', value: 100e9, asOf: '2025-02-06', period: '2025', kind: 'guidance' }),
    fact({ id: 'alphabet-capex', entity: 'alphabet', metric: 'capex', value: 75e9, asOf: '2025-02-04', period: '2025', kind: 'guidance' }),
    fact({ id: 'microsoft-capex', entity: 'microsoft', metric: 'capex', value: 80e9, asOf: '2025-01-03', period: 'FY2025', kind: 'guidance' }),
  ],
});

function judge(body: string): Finding[] {
  return judgeNote(parseNote(`---\ndate: 2025-06-30\n---\n${body}\n`), idx, { config: config() });
}
const one = (body: string): Finding => {
  const [f, ...rest] = judge(body);
  expect(rest).toEqual([]);
  return f!;
};

describe('running totals for one entity', () => {
  it('reads "in total", "so far" and "to date" as the metric total form', () => {
    for (const body of [
      'In total, Amazon invested $8 billion in Anthropic.',
      'Amazon has invested $8 billion in Anthropic so far.',
      'To date, Amazon has put $8 billion of investment into Anthropic.',
      "Amazon's cumulative investment in Anthropic is $8 billion.",
    ]) {
      const f = one(body);
      expect(f.metric, body).toBe('investment_total');
      expect(f.code, body).toBe('supported');
      expect(f.cite, body).toEqual(['amazon-in-anthropic-total']);
    }
  });
  it('keeps the plain metric for the other figure of a sentence whose total is a different number', () => {
    const [tranche, total] = judge("Amazon's $4 billion tranche brought its total investment in Anthropic to $8 billion.");
    expect(tranche!.metric).toBe('investment');
    expect(tranche!.code).toBe('supported');
    expect(total!.metric).toBe('investment_total');
    expect(total!.code).toBe('supported');
  });
  it('adds up running totals for several entities "to date"', () => {
    const f = one('Amazon and Google have invested a combined $11 billion in Anthropic to date.');
    expect(f.metric).toBe('investment_total');
    expect(f.code).toBe('supported');
    expect(f.cite).toEqual(['amazon-in-anthropic-total', 'google-in-anthropic-total']);
  });
  it('without a total word, judges the latest tranche', () => {
    const f = one('Amazon invested $8 billion in Anthropic.');
    expect(f.metric).toBe('investment');
    expect(f.code).toBe('contradicted');
  });
});

describe('grammar cues choose among several named entities', () => {
  it('skips an entity named in a relative clause', () => {
    const f = one('Anthropic, which Amazon backs, was valued at $61.5 billion.');
    expect(f.entities).toEqual(['anthropic']);
    expect(f.code).toBe('supported');
  });
  it("gives a relative clause's figure to its antecedent", () => {
    const f = one('Amazon, which guided 2025 capex to $100 billion, now rivals Microsoft.');
    expect(f.entities).toEqual(['amazon']);
    expect(f.code).toBe('supported');
  });
  it("takes the possessive that owns the metric word over a nearer name", () => {
    const f = one("Anthropic's valuation rose to $61.5 billion after Amazon's investment.");
    expect(f.entities).toEqual(['anthropic']);
    expect(f.code).toBe('supported');
  });
  it('skips an entity named after "unlike"', () => {
    const f = one('Amazon, unlike Google, guided capex to $100 billion in 2025.');
    expect(f.entities).toEqual(['amazon']);
    expect(f.code).toBe('supported');
  });
  it('reads "X invested … in Y" as X investing, with Y the counterparty', () => {
    const f = one('Google invested $2 billion in Anthropic.');
    expect(f.entities).toEqual(['alphabet']);
    expect(f.cite).toEqual(['google-in-anthropic-2023']);
    expect(f.code).toBe('supported');
  });
  it('reads "a commitment from X" as X investing', () => {
    const f = one("Anthropic's round carried a $4 billion commitment from Amazon.");
    expect(f.entities).toEqual(['amazon']);
    expect(f.code).toBe('supported');
  });
  it('gives a figure to the possessive right before it', () => {
    const [goog, ms] = judge("Google guided 2025 capex to $75 billion, compared with Microsoft's $80 billion in 2025.");
    expect(goog!.entities).toEqual(['alphabet']);
    expect(ms!.entities).toEqual(['microsoft']);
    expect([goog!.code, ms!.code]).toEqual(['supported', 'supported']);
  });
  it('gives each clause its own subject', () => {
    const [ms, goog] = judge("Microsoft's capex is $80 billion in 2025 and Google's is $75 billion in 2025.");
    expect(ms!.entities).toEqual(['microsoft']);
    expect(goog!.entities).toEqual(['alphabet']);
    expect([ms!.code, goog!.code]).toEqual(['supported', 'supported']);
  });
});

describe('combined claims with an entity that has no fact', () => {
  it('adds up only the listed entities, not an investee or a passing mention', () => {
    const f = one('Unlike Anthropic, Microsoft, Google, and Amazon together guided 2025 capex to $255 billion.');
    expect(f.entities).toEqual(['microsoft', 'alphabet', 'amazon']);
    expect(f.code).toBe('supported');
  });
  it('contradicts a sum the entities with facts already exceed', () => {
    const f = one('Microsoft, Google, and Initech together will spend $150 billion on capex in 2025.');
    expect(f.code).toBe('contradicted');
    expect(f.cite).toEqual(['microsoft-capex', 'alphabet-capex']);
    expect(f.message).toContain('Microsoft and Alphabet alone add up to $155 billion');
    expect(f.message).toContain('without Initech');
  });
  it('leaves a sum the known entities do not exceed unsourced, naming the entity without a fact', () => {
    for (const body of [
      'Microsoft, Google, and Initech together will spend $300 billion on capex in 2025.',
      'Microsoft, Google, and Initech together will spend more than $100 billion on capex in 2025.',
    ]) {
      const f = one(body);
      expect(f.code, body).toBe('unsourced');
      expect(f.message, body).toContain("No fact yet for Initech's capex in 2025, so the sum cannot be checked");
    }
  });
});

describe('sums over lists, respectively, and comparisons (issue 9 pts 3 and 9)', () => {
  it('sums a list after "across" and "for"', () => {
    for (const body of [
      'Capex guidance across Microsoft, Google and Amazon totals $255 billion combined in 2025.',
      'Combined 2025 capex guidance for Microsoft, Google and Amazon is $255 billion.',
    ]) {
      const f = one(body);
      expect(f.entities, body).toEqual(['microsoft', 'alphabet', 'amazon']);
      expect(f.code, body).toBe('supported');
    }
  });
  it('sums "between them"', () => {
    const f = one('Between them, Microsoft and Google guided 2025 capex to $155 billion.');
    expect(f.entities).toEqual(['microsoft', 'alphabet']);
    expect(f.code).toBe('supported');
  });
  it('pairs figures with entities for "respectively"', () => {
    const [ms, goog] = judge('Microsoft and Google guided 2025 capex to $80 billion and $75 billion, respectively.');
    expect([ms!.entities, goog!.entities]).toEqual([['microsoft'], ['alphabet']]);
    expect([ms!.code, goog!.code]).toEqual(['supported', 'supported']);
  });
  it('never judges a figure against an entity named only for comparison in another clause', () => {
    const f = one("With a $61.5 billion valuation, Anthropic is worth far less than Amazon's market value.");
    expect(f.entities).toEqual(['anthropic']);
    expect(f.code).toBe('supported');
  });
});
