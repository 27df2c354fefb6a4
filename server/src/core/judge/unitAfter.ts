import type { Claim, Fact } from '../types';
import { familyOf } from './unitMemo';
import { SCALED_SYMBOLS, SYMBOL_PREFIXES, TONNE_SYMBOLS } from '../lexicon';

/** The word right after a figure, one space at most: "1,420 kb/d", "4.6 Mt", "6.8 MtCO2e". */
export const WORD_AFTER = /^ ?([A-Za-z]+\/[A-Za-z]+|[A-Za-z][A-Za-z0-9]*)(?![\p{L}\p{N}/])/u;

/** A scale letter before a unit abbreviation the lexicon has no noun for: "mtpa", "Mtpa" (tonnes a year), "Mct", "kcts" (carats). */
const SCALED_UNREAD = /^(?:[kKmMG])(?:t(?:pa|py)|cts?)$/;

/** A unit after a bare count: the facts' with a prefix that scales it, or one Claimcheck does not read. */
export type UnitAfter = { word: string; factor: number; scale: string; unit: string } | { word: string; unread: true };

/**
 * "1,420 kb/d" against facts in `b/d` is 1,420,000 b/d; "1.42 mb/d" carries a prefix whose scale
 * depends on who writes it, and "12 t/h" a unit none of the facts are in: read as a bare count,
 * either would be a wrong red. Null when the count has no such unit after it.
 */
export function unitAfter(claim: Claim, text: string, facts: readonly Fact[]): UnitAfter | null {
  if (claim.unit !== 'count' || claim.noun !== undefined || facts.length === 0) return null;
  const m = WORD_AFTER.exec(text.slice(claim.offset.end, claim.offset.end + 24));
  if (!m) return null;
  const word = m[1]!;
  const units = new Set(facts.map((f) => f.unit));
  if (units.has(word)) return null;
  const tonnes = Object.hasOwn(TONNE_SYMBOLS, word) ? [...units].find((u) => familyOf(u) === 'noun:tonne') : undefined;
  if (tonnes) {
    const read = TONNE_SYMBOLS[word];
    return read ? { word, ...read, unit: tonnes } : { word, unread: true };
  }
  for (const u of units) {
    const prefix = word.length > u.length && word.endsWith(u) ? word.slice(0, -u.length) : '';
    if (Object.hasOwn(SYMBOL_PREFIXES, prefix)) {
      const read = SYMBOL_PREFIXES[prefix];
      return read && !read.notOf?.test(u) ? { word, factor: read.factor, scale: read.scale, unit: u } : { word, unread: true };
    }
  }
  // "28.6 Mt" against facts in ounces: a unit of another measure, not a bare 28.6; "9.4 mtpa", "6.1 Mct": a scale and a unit not read.
  return word.includes('/') || SCALED_SYMBOLS.has(word) || Object.hasOwn(TONNE_SYMBOLS, word) || SCALED_UNREAD.test(word) ? { word, unread: true } : null;
}
