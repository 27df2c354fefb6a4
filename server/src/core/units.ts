import { isCurrencyUnit, NOUN_ABBREVIATIONS, RATE_SPANS, RATE_UNITS, sharedCodes, UNIT_NOUNS, UNIT_WORD_SYMBOLS, UNITS, unitEntry } from './lexicon';
import { singular } from './extract/unitNouns';
import type { ClaimKind, Unit } from './types';

export { DAYS_PER } from './lexicon';

/** Whether a unit is money: an ISO 4217 code or a symbol several currencies share ("kr"). */
export function isCurrency(unit: Unit): boolean {
  return isCurrencyUnit(unit);
}

/** Whether a unit is money, per item too ("USD", "USD/share", "EUR/tonne"). */
export function isMoney(unit: Unit): boolean {
  const slash = unit.indexOf('/');
  return isCurrencyUnit(slash < 0 ? unit : unit.slice(0, slash));
}

/**
 * The family a unit belongs to: a currency is its own family; a noun the lexicon counts with, in
 * either number, is that unit's ("subscriber" is a `users` count, as "31.4 million subscribers"
 * is read); other nouns are their own, in either number (a facts file's `tonnes` is the note's "tonnes").
 */
export function unitFamily(unit: Unit): string {
  if (isCurrencyUnit(unit)) return `currency:${unit}`;
  const known = unitEntry(unit);
  if (known) return known.family;
  const lower = RATE_UNITS.get(unit.toLowerCase()) ?? unit.toLowerCase();
  const counted = UNIT_NOUNS.get(lower) ?? (lower.length > 2 ? UNIT_NOUNS.get(`${lower}s`) : undefined);
  // Each part of a per-item unit in full and singular: "USD/oz" is "usd/ounce", as "$1,385 per ounce" is;
  // a unit's word is its symbol: "USD/W" is "usd/w", as "9.5 cents per watt" is.
  // A rate's span in full: "bbl/d" is "barrel/day", as "barrels per day" is.
  const parts = lower.split('/');
  return (counted !== undefined ? unitEntry(counted)?.family : undefined) ?? `noun:${parts.map((p, i) => (i > 0 ? RATE_SPANS.get(p) : undefined) ?? perItemPart(p)).join('/')}`;
}

function perItemPart(part: string): string {
  return NOUN_ABBREVIATIONS.get(part) ?? UNIT_WORD_SYMBOLS.get(part)?.toLowerCase() ?? compoundSingular(part);
}

/** A compound noun, hyphened or not, in the singular of its last word: "acre-feet" is the note's "acre foot". */
function compoundSingular(part: string): string {
  const words = part.split(/[\s-]+/);
  words[words.length - 1] = singular(words[words.length - 1]!);
  return words.join(' ');
}

/** Families of units that measure rather than count: a share, a multiple, a span of time. */
/** Families of ratios: a figure in one is never a level of money or things ("40%", "310 bps", "3x"). */
export const RATIO_FAMILIES: ReadonlySet<string> = new Set(['percent', 'bps', 'multiple']);
const MEASURE_FAMILIES: ReadonlySet<string> = new Set([...RATIO_FAMILIES, 'duration']);
/** The kinds of figures in those families, and changes ("up 4%", "doubled"). */
export const RATIO_KINDS: ReadonlySet<ClaimKind> = new Set<ClaimKind>([...UNITS.filter((u) => RATIO_FAMILIES.has(u.family)).map((u) => u.kind), 'growth']);

/** Whether a unit counts things (GPUs, people, watts, acres, any noun): not money, a share, a multiple or a time. */
export function countsThings(unit: Unit): boolean {
  return !isCurrencyUnit(unit) && !MEASURE_FAMILIES.has(unitFamily(unit));
}

/**
 * Whether a claim in `claimUnit` can be judged against a fact in `factUnit`: same family, a
 * family the lexicon says also fits (a chip count is an accelerator count), or a shared currency
 * symbol and one of its codes ("kr" and SEK).
 */
export function unitsCompatible(claimUnit: Unit, factUnit: Unit): boolean {
  const a = unitFamily(claimUnit);
  const b = unitFamily(factUnit);
  if (a === b) return true;
  if (unitEntry(claimUnit)?.alsoFits?.includes(b) || unitEntry(factUnit)?.alsoFits?.includes(a)) return true;
  return !!(sharedCodes(claimUnit)?.includes(factUnit) || sharedCodes(factUnit)?.includes(claimUnit));
}
