// Reading currencies, scales and units from tokens. The words and symbols themselves live in the
// one lexicon (core/lexicon.ts); this module only knows how prose places them around a number.
import {
  AMBIGUOUS_CODES,
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  CURRENCY_CODES,
  CURRENCY_WORDS,
  LETTER_CURRENCIES,
  SCALE_SUFFIXES,
  SCALE_WORDS,
  UNIT_SYMBOLS,
  UNIT_WORDS,
} from '../lexicon';
import type { Token } from './lexer';

export { SCALE_SUFFIXES, SCALE_WORDS, UNIT_WORDS };

/** Units written right after the number, glued or spaced ("2.4 GW", "40x", "50 bps", "5%"). Case-sensitive. */
export const DIRECT_UNITS = UNIT_SYMBOLS;

export interface CurrencyRead {
  unit: string;
  /** Token after the currency. */
  next: number;
  /** A code that is also a word ("TOP", "AMD"): money only with a scale. */
  ambiguous: boolean;
}

// The first word of every currency spelling that starts with letters ("NZ" of "NZ$", "Rs", "kr"):
// a cheap test for whether a word may open a quantity.
const BEFORE_WORDS: ReadonlySet<string> = new Set(
  [...CURRENCY_BEFORE.keys()].map((s) => /^\p{L}+/u.exec(s)?.[0]).filter((w): w is string => w !== undefined),
);

/** The longest word that may open a currency spelling (a cheap length test first). */
export const MAX_CURRENCY_WORD = Math.max(3, ...[...BEFORE_WORDS].map((w) => w.length));

/** Whether a word token may open a currency spelling ("USD", "NZ", "Rs", "kr"). */
export function mayOpenCurrency(text: string): boolean {
  return BEFORE_WORDS.has(text) || (text.length === 3 && CURRENCY_CODES.has(text));
}

const glued = (t: Token | undefined): boolean => !!t && !t.spaced;

/** A currency before the number, from token k: "$", "NZ$", "CN¥", "Rs.", "RM", "kr", "EUR", "CHF". */
export function readCurrencyBefore(tokens: readonly Token[], k: number): CurrencyRead | null {
  const t = tokens[k];
  if (!t) return null;
  if (t.type === 'sym') {
    const unit = CURRENCY_BEFORE.get(t.text);
    return unit ? { unit, next: k + 1, ambiguous: false } : null;
  }
  if (t.type !== 'word') return null;
  const n = tokens[k + 1];
  if (n && n.type === 'sym' && glued(n)) {
    // "NZ$", "CN¥", "E£"; "Rs.", "SFr." before a number.
    const unit = CURRENCY_BEFORE.get(t.text + n.text);
    if (unit && (n.text !== '.' || tokens[k + 2]?.type === 'num')) return { unit, next: k + 2, ambiguous: false };
  }
  if (n?.type !== 'num') return null;
  const symbol = CURRENCY_BEFORE.get(t.text);
  if (symbol) return { unit: symbol, next: k + 1, ambiguous: false };
  // "W84,000", "R15.82": glued to thousands or decimals, money without a scale.
  const letter = LETTER_CURRENCIES.get(t.text);
  if (letter) return { unit: letter, next: k + 1, ambiguous: !(glued(n) && (n.grouped || n.decimals > 0)) };
  if (t.text.length === 3 && CURRENCY_CODES.has(t.text)) return { unit: t.text, next: k + 1, ambiguous: AMBIGUOUS_CODES.has(t.text) };
  return null;
}

/** A currency after the number (and its scale), from token j: "EUR", "zł", "kr", "euros", "Swiss francs". */
export function readCurrencyAfter(tokens: readonly Token[], j: number, hyphened = false): CurrencyRead | null {
  const t = tokens[j];
  if (!t) return null;
  const symbol = CURRENCY_AFTER.get(t.text);
  if (symbol) return { unit: symbol, next: tokens[j + 1]?.text === '.' && glued(tokens[j + 1]) && CURRENCY_AFTER.has(t.text + '.') ? j + 2 : j + 1, ambiguous: false };
  if (t.type !== 'word' || (!t.spaced && !hyphened)) return null;
  if (t.text.length === 3 && CURRENCY_CODES.has(t.text)) return { unit: t.text, next: j + 1, ambiguous: AMBIGUOUS_CODES.has(t.text) };
  const phrases = CURRENCY_WORDS.get(t.lower);
  if (!phrases) return null;
  for (const p of phrases) {
    let ok = true;
    for (let w = 1; w < p.words.length && ok; w++) ok = tokens[j + w]?.lower === p.words[w] && tokens[j + w]!.spaced;
    if (ok) return { unit: p.unit, next: j + p.words.length, ambiguous: false };
  }
  return null;
}

/** A currency symbol written after a number only as a price ("45 $/MWh", "60 €/MWh"). */
export function priceSymbolAfter(tokens: readonly Token[], j: number): string | null {
  const t = tokens[j];
  if (!t || t.type !== 'sym' || !t.spaced) return null;
  const unit = CURRENCY_BEFORE.get(t.text);
  return unit && tokens[j + 1]?.text === '/' && glued(tokens[j + 1]) ? unit : null;
}

/** A unit word after the number, single or hyphenated ("gigawatts", "megawatt-hours"). */
export function readUnitWord(tokens: readonly Token[], j: number): { unit: string; factor: number; next: number } | null {
  const t = tokens[j];
  if (!t || t.type !== 'word') return null;
  const d = tokens[j + 1];
  const e = tokens[j + 2];
  if (d && e && d.text === '-' && glued(d) && glued(e) && e.type === 'word') {
    const joined = UNIT_WORDS.get(`${t.lower}-${e.lower}`);
    if (joined) return { ...joined, next: j + 3 };
  }
  const w = UNIT_WORDS.get(t.lower);
  return w ? { ...w, next: j + 1 } : null;
}

/** A scale word after a scale word multiplies ("1.5 lakh crore" = 1.5e12, "2 thousand crore" = 2e10). */
export function compoundScale(tokens: readonly Token[], j: number, scale: number): { scale: number; next: number } {
  const t = tokens[j];
  const f = t && t.type === 'word' && t.spaced ? SCALE_WORDS.get(t.lower) : undefined;
  return f !== undefined && f > scale ? { scale: scale * f, next: j + 1 } : { scale, next: j };
}
