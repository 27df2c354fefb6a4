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
