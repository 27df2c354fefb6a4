import { describe, expect, it } from 'vitest';
import { pluralNoun, singular } from '../../server/src/core/extract/unitNouns';
import { parseNote } from '../../server/src/core/parse/parseNote';

// A counted noun's unit is its singular, and messages write it back in the plural: the two are inverses.
describe('counted nouns in either number', () => {
  const pairs: [string, string][] = [
    ['customer', 'customers'], ['delivery', 'deliveries'], ['box', 'boxes'], ['branch', 'branches'], ['day', 'days'],
    ['foot', 'feet'], ['child', 'children'], ['aircraft', 'aircraft'], ['sheep', 'sheep'],
  ];
  it.each(pairs)('%s ↔ %s', (one, many) => {
    expect(pluralNoun(one)).toBe(many);
    expect(singular(many)).toBe(one);
  });
  it('reads an irregular plural after a number as a count of it', () => {
    const units = parseNote('The draft is 50 feet; 312 children fell ill; it delivered 498 aircraft.\n').claims.map((c) => [c.text, c.unit]);
    expect(units).toEqual([['50 feet', 'foot'], ['312 children', 'child'], ['498 aircraft', 'aircraft']]);
  });
});

describe('counted nouns of two words', () => {
  it('reads "per square foot" and a hyphenated "920,000-square-foot" whole', () => {
    const units = parseNote('It sold for $1,200 per square foot. The 920,000-square-foot tower is full. A 5,000-acre site.\n').claims.map((c) => [c.text, c.unit]);
    expect(units).toEqual([['$1,200 per square foot', 'USD/square foot'], ['920,000-square-foot', 'square foot'], ['5,000-acre', 'acre']]);
  });
  it('reads a bare count after "X per Y" as per Y', () => {
    const units = parseNote('Prescriptions per store averaged about 178,000. Revenue per store was $6.1 million.\n').claims.map((c) => [c.text, c.unit]);
    expect(units).toEqual([['178,000', 'count/store'], ['$6.1 million', 'USD/store']]);
  });
});

describe('counts per day, week or month', () => {
  it('reads a count per day, week or month as a rate, a year\'s count as its flow', () => {
    const units = parseNote('It produced 182,000 barrels per day and 1.2 million barrels of oil equivalent a day. The canal handles 36 transits a day and 40,000 wafers a month. Toyota sells 10 million cars a year.\n').claims.map((c) => [c.text, c.unit]);
    expect(units).toEqual([
      ['182,000 barrels per day', 'barrel/day'], ['1.2 million barrels of oil equivalent a day', 'barrel/day'], ['36 transits a day', 'transit/day'], ['40,000 wafers a month', 'wafer/month'], ['10 million cars', 'car'],
    ]);
  });
  it('reads the trade\'s abbreviations of a rate of barrels', () => {
    const units = parseNote('Output was 310,000 boe/d, then 220,000 bpd, then 90,000 bbl/d.\n').claims.map((c) => [c.text, c.unit]);
    expect(units).toEqual([['310,000 boe/d', 'barrel/day'], ['220,000 bpd', 'barrel/day'], ['90,000 bbl/d', 'barrel/day']]);
  });
  it('writes a rate\'s count in the plural, its span as it is', () => {
    expect(pluralNoun('transit/day')).toBe('transits/day');
    expect(pluralNoun('boe/d')).toBe('boe/d');
  });
});
