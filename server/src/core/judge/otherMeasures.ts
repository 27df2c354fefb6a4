import { FORECAST_NOUNS } from '../extract/kind';
// Nouns that, after a metric's word, measure something else of it: "canola prices", "wheat exports",
// "GPU prices" are no canola output, wheat output or GPU count.
// ("costs", never "cost": "losses cost the insurer $640 million" is a verb.)
const NOUNS = 'prices?|pricing|costs|exports?|imports?|futures|tariffs?';

/** Right at a metric word's end (sticky: set lastIndex to the word's end). */
export const OTHER_MEASURE_AFTER = new RegExp(`\\s+(?:${NOUNS})\\b`, 'y');

/** Anywhere in a clause, after a word: the clause is about that other measure ("helped by a 6% rise in canola prices"). */
export const OTHER_MEASURE_IN = new RegExp(`\\S\\s+(?:${NOUNS})\\b`);

/**
 * After a metric's verb, what it acts on when that is no such figure (sticky, as above): "raised its
 * 2025 organic growth outlook", "raises the dividend" are no funding raised.
 */
export const FORECAST_AFTER = new RegExp(`\\s+(?:its|their|the|our)\\s+(?:[\\w-]+\\s+){0,4}?(?:${FORECAST_NOUNS.join('|')})\\b`, 'y');

/** "was raised to", "has been raised to": a level set higher, no funding raised (the word's end is where the sticky match starts). */
export const RAISED_TO_AFTER = /\s+to\b/y;
export const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+$/;
