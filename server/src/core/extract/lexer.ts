import { GLUED_PREFIXES } from '../lexicon';

/** One token of a sentence: a number, a word or a single symbol, with its place. */
export interface Token {
  type: 'num' | 'word' | 'sym';
  text: string;
  /** Lower-case text, for vocabulary look-ups. */
  lower: string;
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  /** Whitespace (or masked markdown) stands before the token. */
  spaced: boolean;
  /** For numbers: the numeric value and the digits after the decimal point. */
  value: number;
  decimals: number;
  /** For numbers: written with thousands separators ("100,000"). */
  grouped: boolean;
  /** For numbers: a power of ten written with them ("1e26", "10^27", "1.2×10²⁶"); value is the mantissa. */
  exp: number;
}

// Numbers: "100,000", "61.5"; words: letters then letters/digits ("H100", "FY2025",
// "Anthropic's"), except that a currency code or letter symbol glued to digits is a word of its
// own ("USD5bn", "Rs500"); anything else is one symbol (astral characters stay whole with the u flag).
const TOKEN = /(\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)?)|(\S)/gu;
// A power of ten read on from a number's start ("1e26", "10^27", "10**27", "10²⁶", "1.2×10^26"),
// tried only when the character after the plain number can continue one (keeps the lexer fast).
const POWER = /\d+(?:\.\d+)?[eE][+-]?\d{1,4}(?![\p{L}\d])|(?:\d+(?:\.\d+)?\s?[×x]\s?)?10(?:\^[+-]?\d{1,4}|\*\*[+-]?\d{1,4}|[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})(?![\d.])/uy;
const POWER_NEXT = new Set(['e', 'E', '^', '*', '×', 'x', '⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁺', '⁻']);

function powerAt(sentence: string, start: number, end: number): string | null {
  const c = sentence[end];
  if (c === undefined || !(POWER_NEXT.has(c) || (c === ' ' && (sentence[end + 1] === '×' || sentence[end + 1] === 'x')))) return null;
  POWER.lastIndex = start;
  const m = POWER.exec(sentence);
  return m && m[0].length > end - start ? m[0] : null;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The letter prefix of a word glued to digits ("USD" of "USD5bn"), when it is a currency. */
function gluedPrefix(text: string): number {
  const at = isDigit(text.charCodeAt(2)) ? 2 : isDigit(text.charCodeAt(3)) ? 3 : 0;
  return at > 0 && GLUED_PREFIXES.has(text.slice(0, at)) ? at : 0;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Mantissa and power of ten of a number token ("1.2e26" -> 1.2, 26; "10^27" -> 1, 27). */
function numberParts(text: string): { mantissa: string; exp: number } {
  const e = /^(\d+(?:\.\d+)?)[eE]([+-]?\d+)$/.exec(text);
  if (e) return { mantissa: e[1]!, exp: Number(e[2]) };
  const p = /^(?:(\d+(?:\.\d+)?)\s?[×x]\s?)?10(?:(?:\^|\*\*)([-+]?)(\d+)|([⁺⁻]?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+))$/.exec(text);
  if (!p) return { mantissa: text, exp: 0 };
  const digits = p[3] ?? [...p[5]!].map((c) => String(SUPERSCRIPT.indexOf(c))).join('');
  const sign = p[2] === '-' || p[4] === '⁻' ? -1 : 1;
  return { mantissa: p[1] ?? '1', exp: sign * Number(digits) };
}

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let prevEnd = 0;
  for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
    let text = m[0];
    const start = m.index;
    const cut = m[2] !== undefined && text.length > 2 ? gluedPrefix(text) : 0;
    if (cut > 0) {
      // Emit the code alone and read on from the digits.
      text = text.slice(0, cut);
      TOKEN.lastIndex = start + cut;
    }
    const spaced = start > prevEnd || start === 0;
    prevEnd = start + text.length;
    if (m[1] !== undefined) {
      const power = m[1].includes(',') ? null : powerAt(sentence, start, prevEnd);
      if (power) {
        text = power;
        prevEnd = start + text.length;
        TOKEN.lastIndex = prevEnd;
      }
      const { mantissa: digits, exp } = power ? numberParts(text) : { mantissa: text.includes(',') ? text.replace(/,/g, '') : text, exp: 0 };
      const dot = digits.indexOf('.');
      tokens.push({
        type: 'num',
        text,
        lower: text,
        start,
        end: prevEnd,
        spaced,
        value: Number(digits),
        decimals: dot < 0 ? 0 : digits.length - dot - 1,
        grouped: text.includes(','),
        exp,
      });
    } else {
      tokens.push({
        type: m[2] !== undefined ? 'word' : 'sym',
        text,
        lower: text.toLowerCase(),
        start,
        end: prevEnd,
        spaced,
        value: NaN,
        decimals: 0,
        grouped: false,
        exp: 0,
      });
    }
  }
  return tokens;
}

/** Punctuation that ends a clause (a spaced dash too; a glued one is a hyphen or a range). */
export function isClauseBreak(t: Token): boolean {
  if (t.type !== 'sym') return false;
  const c = t.text;
  return c === ',' || c === ';' || c === ':' || c === '(' || c === ')' || c === '—' || ((c === '–' || c === '-') && t.spaced);
}
