import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { formatInNoteStyle } from '../../server/src/core/judge/formatInNoteStyle';
import {
  AMBIGUOUS_CODES,
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  CURRENCY_WORDS,
  ISO_4217,
  SCALES,
  SHARED_CURRENCIES,
  UNITS,
} from '../../server/src/core/lexicon';
import { parseNote } from '../../server/src/core/parse/parseNote';
import type { Claim } from '../../server/src/core/types';
import { unitsCompatible } from '../../server/src/core/units';

// Every lexicon entry goes through extraction, the facts loader and formatting. The cases are
// derived from the tables themselves, so an entry added to the lexicon is tested without a new line here.

function claimsOf(sentence: string): Claim[] {
  return parseNote(`---\ndate: 2025-06-30\n---\n${sentence}\n`).claims;
}

function only(sentence: string): Claim {
  const claims = claimsOf(sentence);
  expect(claims.map((c) => c.text), sentence).toHaveLength(1);
  return claims[0]!;
}

/** Formats `value` in the claim's style, reads the result back, and expects the same value and unit. */
function roundTrip(claim: Claim, value: number): void {
  const written = formatInNoteStyle(claim, value);
  expect(written).not.toMatch(/[$€£¥₹][-−]/);
  const back = only(`The figure was ${written} then.`);
  expect({ written, unit: back.unit, value: back.value }).toEqual({ written, unit: claim.unit, value });
}

const FACT_TODAY = { today: '2026-01-01' };

function factProblems(metricYaml: string, unit: string, value = 5): string[] {
  const text = [
    'entities:',
    '  acme: { name: Acme }',
    metricYaml,
    'facts:',
    '  - id: f1',
    '    entity: acme',
    `    metric: ${metricYaml ? 'thing' : 'revenue'}`,
    `    value: ${value}`,
    `    unit: "${unit}"`,
    '    as_of: 2025-03-01',
    '    source: { url: https://example.com/a }',
  ]
    .filter((l) => l !== '')
    .join('\n');
  return loadFacts([{ file: 'facts.yaml', text }], FACT_TODAY).problems.map((p) => `${p.code}: ${p.message}`);
}

const spacedBefore = (symbol: string): string => (/[\p{L}.]$/u.test(symbol) ? `${symbol} ` : symbol);

describe('lexicon: currencies', () => {
  it('holds all of ISO 4217 (180 codes and more, no duplicates)', () => {
    expect(ISO_4217.length).toBeGreaterThanOrEqual(180);
    expect(new Set(ISO_4217).size).toBe(ISO_4217.length);
    for (const code of ['USD', 'EUR', 'NZD', 'BRL', 'DKK', 'SEK', 'NOK', 'PLN', 'CHF', 'ZAR', 'IDR', 'VND']) expect(ISO_4217).toContain(code);
  });

  it.each(ISO_4217.map((c) => [c]))('%s: extracted before and after the number, accepted in facts, formatted back', (code) => {
    const claim = only(`Revenue reached ${code} 5 billion in 2024.`);
    expect([claim.text, claim.unit, claim.value]).toEqual([`${code} 5 billion`, code, 5e9]);
    expect(only(`Revenue reached 5 billion ${code} in 2024.`).unit).toBe(code);
    // A code that is also a word or a ticker ("TOP 10", "AMD 300") needs a scale to be money.
    const bare = claimsOf(`${code} 300 in 2024.`);
    if (AMBIGUOUS_CODES.has(code)) expect(bare.every((c) => c.unit !== code)).toBe(true);
    else expect(bare.map((c) => c.unit)).toEqual([code]);
    expect(factProblems('', code)).toEqual([]);
    roundTrip(claim, 7.25e9);
    roundTrip(claim, -1.5e9);
  });

  it.each([...CURRENCY_BEFORE].map(([s, u]) => [s, u]))('symbol %s before the number is %s', (symbol, unit) => {
    const claim = only(`Revenue reached ${spacedBefore(symbol)}5 billion in 2024.`);
    expect([claim.unit, claim.value]).toEqual([unit, 5e9]);
    roundTrip(claim, 7.25e9);
    roundTrip(claim, -1.5e9);
  });

  it.each([...CURRENCY_AFTER].map(([s, u]) => [s, u]))('symbol %s after the number is %s', (symbol, unit) => {
    const claim = only(`Revenue reached 5 billion ${symbol} in 2024.`);
    expect([claim.unit, claim.value]).toEqual([unit, 5e9]);
    roundTrip(claim, 7.25e9);
  });

  it.each([...CURRENCY_WORDS.values()].flat().map((p) => [p.words.join(' '), p.unit]))('"%s" after the number is %s', (words, unit) => {
    const claim = only(`Revenue reached 5 billion ${words} in 2024.`);
    expect([claim.unit, claim.value]).toEqual([unit, 5e9]);
    roundTrip(claim, 7.25e9);
  });

  it.each(SHARED_CURRENCIES.map((s) => [s.unit, s]))('shared symbol %s fits each of its codes; a fact must name one', (unit, shared) => {
    for (const code of shared.codes) expect(unitsCompatible(unit, code)).toBe(true);
    expect(unitsCompatible(unit, 'USD')).toBe(false);
    const problems = factProblems('', unit);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^unit-mismatch: .*write the ISO 4217 code/);
    for (const code of shared.codes) expect(problems[0]).toContain(code);
  });
});

describe('lexicon: scales', () => {
  const words = SCALES.flatMap((s) => s.words.map((w): [string, number] => [w, s.factor]));
  const suffixes = SCALES.flatMap((s) => s.suffixes.map((w): [string, number] => [w, s.factor]));

  it.each(words)('"USD 3 %s" is 3 times %d', (word, factor) => {
    const claim = only(`Capex was $3 ${word} in 2024.`);
    expect([claim.unit, claim.value]).toEqual(['USD', 3 * factor]);
    if (factor >= 1e3) roundTrip(claim, 4.5 * factor);
  });

  it.each(suffixes)('"USD 3%s" (glued) is 3 times %d', (suffix, factor) => {
    const claim = only(`Capex was $3${suffix} in 2024.`);
    expect([claim.unit, claim.value]).toEqual(['USD', 3 * factor]);
    roundTrip(claim, 4.5 * factor);
  });
});

describe('lexicon: units', () => {
  const symbols = UNITS.flatMap((u) => (u.symbols ?? []).map((s): [string, string, number] => [s.text, u.unit, s.factor]));
  const words = UNITS.flatMap((u) => (u.words ?? []).map((s): [string, string, number] => [s.text, u.unit, s.factor]));
  const nouns = UNITS.flatMap((u) => (u.nouns ?? []).map((n): [string, string] => [n, u.unit]));

  it.each(symbols)('"12%s" is %s times %d', (symbol, unit, factor) => {
    const claim = only(`The site reached 12${symbol} in 2024.`);
    expect([claim.unit, claim.value]).toEqual([unit, 12 * factor]);
    roundTrip(claim, 15 * factor);
  });

  it.each(words)('"12 %s" is %s times %d', (word, unit, factor) => {
    const claim = only(`The site reached 12 ${word} in 2024.`);
    expect([claim.unit, claim.value]).toEqual([unit, 12 * factor]);
    roundTrip(claim, 15 * factor);
  });

  it.each(nouns)('"3,000 %s" counts %s', (noun, unit) => {
    const claim = only(`The company had 3,000 ${noun} in 2024.`);
    expect([claim.unit, claim.value]).toEqual([unit, 3000]);
    roundTrip(claim, 4500);
  });

  it.each(UNITS.map((u) => [u.unit, u]))('%s: a metric in it accepts its facts; its kind and family are the entry\'s', (unit, entry) => {
    expect(factProblems(`metrics:\n  thing: { unit: "${unit}", words: [thing] }`, unit)).toEqual([]);
    for (const other of UNITS.filter((o) => o.family === entry.family)) expect(unitsCompatible(unit, other.unit)).toBe(true);
    const spelled = entry.symbols?.[0] ? `12${entry.symbols[0].text}` : entry.words?.[0] ? `12 ${entry.words[0].text}` : `3,000 ${entry.nouns![0]}`;
    expect(only(`It reached ${spelled} in 2024.`).kind).toBe(entry.kind);
  });

  it.each(UNITS.filter((u) => u.nouns).map((u) => [u.unit, u]))('%s: a unit named by one of its nouns, in either number, is in its family', (unit, entry) => {
    for (const noun of entry.nouns!) {
      expect(unitsCompatible(noun, unit), noun).toBe(true);
      const singular = noun.replace(/s$/, '');
      if (singular.length > 2) expect(unitsCompatible(singular, unit), singular).toBe(true);
    }
    // A short unit is not read as a plural's stem ("m" is no "ms").
    expect(unitsCompatible('m', unit)).toBe(false);
  });

  it('a noun no entry knows is one unit in either number, and no other noun', () => {
    // A facts file's `unit: tonnes` and the note's "31.4 million tonnes" (read as "tonne").
    for (const [a, b] of [['tonne', 'tonnes'], ['vessel', 'vessels'], ['policy', 'policies'], ['box', 'boxes']]) {
      expect(unitsCompatible(a!, b!), `${a} ${b}`).toBe(true);
      expect(unitsCompatible(b!, a!), `${b} ${a}`).toBe(true);
    }
    expect(unitsCompatible('tonne', 'barrel')).toBe(false);
    expect(unitsCompatible('bus', 'bu')).toBe(false);
  });

  it('a compound noun, hyphened or not, is one unit in either number of its last word', () => {
    // A facts file's `unit: acre-feet` and the note's "14.2 million acre-feet" (read as "acre foot").
    for (const [a, b] of [['acre foot', 'acre-feet'], ['acre-foot', 'acre feet'], ['USD/acre-foot', 'USD/acre foot'], ['passenger-mile', 'passenger miles']]) {
      expect(unitsCompatible(a!, b!), `${a} ${b}`).toBe(true);
      expect(unitsCompatible(b!, a!), `${b} ${a}`).toBe(true);
    }
    expect(unitsCompatible('acre foot', 'acre')).toBe(false);
    expect(unitsCompatible('acre-feet', 'feet')).toBe(false);
  });

  it('a price per a unit written out is the price per its symbol, at its own scale only', () => {
    // "9.5 cents per watt" against `USD/W`; "€45 per megawatt-hour" against `EUR/MWh`; "per ounce" against `USD/oz`.
    for (const [a, b] of [['USD/watt', 'USD/W'], ['USD/watts', 'USD/W'], ['EUR/megawatt-hour', 'EUR/MWh'], ['USD/kilowatt', 'USD/kW'], ['USD/ounce', 'USD/oz']]) {
      expect(unitsCompatible(a!, b!), `${a} ${b}`).toBe(true);
    }
    expect(unitsCompatible('USD/watt', 'USD/kW')).toBe(false);
    expect(unitsCompatible('USD/megawatt-hour', 'USD/Wh')).toBe(false);
  });

  it.each(symbols.filter(([, , f]) => f !== 1))('a fact in %s is told to use base units', (symbol, unit) => {
    const problems = factProblems(`metrics:\n  thing: { unit: "${unit}", words: [thing] }`, symbol);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^unit-mismatch: .*write \`unit: ${unit}\``));
  });

  it.each(symbols.filter(([, , f]) => f !== 1))('a metric in %s is told to use base units, and so is each fact in it', (symbol, unit, factor) => {
    // It was loaded as a noun "GW" that no figure is written in: every figure unsourced, no error.
    const problems = factProblems(`metrics:\n  thing: { unit: "${symbol}", words: [thing] }`, symbol, 21.4);
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^unit-mismatch: Metric \`thing\` is in \`${symbol}\`, a scaled unit\. .*write \`unit: ${unit}\`.*; 1 ${symbol} = 1e${Math.log10(factor)} ${unit}\.$`)),
      expect.stringMatching(new RegExp(`^unit-mismatch: .*\(\`value: 21\.4e${Math.log10(factor)}\` for 21\.4 ${symbol}\)`)),
    ]);
  });
});
