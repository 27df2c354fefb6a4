import type { Claim, Fact } from '../types';
import { familyOf } from './unitMemo';
import { OIL_FIELD_UNITS, SCALED_SYMBOLS } from '../lexicon';

/** The word right after a figure, one space at most: "1,420 kb/d", "4.6 Mt", "6.8 MtCO2e". */
export const WORD_AFTER = /^ ?([A-Za-z]+\/[A-Za-z]+|[A-Za-z][A-Za-z0-9]*)(?![\p{L}\p{N}/])/u;

/** Oil-field units (and barrels written "b", "bo"), where "M" is a thousand (the Roman mille: "Mbbl", "Mcf") and "MM" a million. */
const OIL_FIELD = new RegExp(`^(?:${['b', 'bo', ...OIL_FIELD_UNITS].join('|')})(?:/d)?$`, 'i');

/**
 * Prefixes a unit abbreviation carries ("kb/d", "Moz"), and the scale of those that say one in
 * every usage of the facts' unit: "M" is a million but of an oil-field unit; "m" (milli, or a
 * million: "mb/d"), "MM", "G", "bn" have no scale to trust.
 */
const PREFIXES: Readonly<Record<string, { factor: number; scale: string; notOf?: RegExp } | null>> = {
  k: { factor: 1e3, scale: 'thousand' },
  M: { factor: 1e6, scale: 'million', notOf: OIL_FIELD },
  MM: null, m: null, G: null, bn: null,
};

/** Mass symbols against facts counted in tonnes: a megatonne is a million tonnes ("4.6 Mt"); "mt" (a metric ton, or a million) is not read. */
const TONNE_SYMBOLS: Readonly<Record<string, { factor: number; scale: string } | null>> = {
  t: { factor: 1, scale: '' },
  kt: { factor: 1e3, scale: 'thousand' },
  Mt: { factor: 1e6, scale: 'million' },
  Gt: { factor: 1e9, scale: 'billion' },
  mt: null,
};

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
    if (Object.hasOwn(PREFIXES, prefix)) {
      const read = PREFIXES[prefix];
      return read && !read.notOf?.test(u) ? { word, factor: read.factor, scale: read.scale, unit: u } : { word, unread: true };
    }
  }
  // "28.6 Mt" against facts in ounces: a unit of another measure, not a bare 28.6.
  return word.includes('/') || SCALED_SYMBOLS.has(word) || Object.hasOwn(TONNE_SYMBOLS, word) ? { word, unread: true } : null;
}
