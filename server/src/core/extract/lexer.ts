import { GLUED_PREFIXES, SCALE_SUFFIXES, SCALE_WORDS } from '../lexicon';

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

// Numbers: "100,000", "61.5", "3,12,450" (Indian grouping: lakhs, then thousands); words: letters then letters/digits ("H100", "FY2025",
// "Anthropic's"), except that a currency code or letter symbol glued to digits is a word of its
// own ("USD5bn", "Rs500"); anything else is one symbol (astral characters stay whole with the u flag).
const TOKEN = /(\d{1,2}(?:,\d{2})+,\d{3}(?!\d)(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)?)|(\S)/gu;
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

/**
 * The letter prefix of a word glued to digits ("USD" of "USD5bn", "W" of "W53.6 trillion"), when
 * it is a currency; one letter only before a figure that is money by its look ("R15.82",
 * "W84,000", "R4.2bn"), not a model's or a road's name ("R1", "W12").
 */
function gluedPrefix(text: string, sentence: string, end: number): number {
  const at = isDigit(text.charCodeAt(1)) ? 1 : isDigit(text.charCodeAt(2)) ? 2 : isDigit(text.charCodeAt(3)) ? 3 : 0;
  if (at === 0 || !GLUED_PREFIXES.has(text.slice(0, at))) return 0;
  return at > 1 || looksLikeMoney(sentence, end) ? at : 0;
}

/** After a number's digits at `end`: decimals, a thousands group, or a scale ("bn", " trillion"). */
function looksLikeMoney(sentence: string, end: number): boolean {
  const c = sentence.charCodeAt(end);
  if ((c === 46 || c === 44) && isDigit(sentence.charCodeAt(end + 1))) return true;
  const scale = /^ ?(\p{L}+)/u.exec(sentence.slice(end, end + 16))?.[1];
  return scale !== undefined && (SCALE_SUFFIXES.has(scale) || SCALE_WORDS.has(scale.toLowerCase()));
}

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

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

// What a scan found: the token's start and which of TOKEN's groups it is (module state, not an
// object per token: tokenize runs on every sentence of every note).
const NUMBER = 1;
const WORD = 2;
const SYMBOL = 3;
let foundStart = 0;
let foundKind = 0;

/** The next token at or after `from` by the TOKEN regex itself: sets foundStart and foundKind, returns its end (-1: none). */
function nextByRegex(sentence: string, from: number): number {
  TOKEN.lastIndex = from;
  const m = TOKEN.exec(sentence);
  if (!m) return -1;
  foundStart = m.index;
  foundKind = m[1] !== undefined ? NUMBER : m[2] !== undefined ? WORD : SYMBOL;
  return m.index + m[0].length;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** The end of a run of ASCII letters from `at`. */
function lettersEnd(sentence: string, at: number): number {
  while (isAsciiLetter(sentence.charCodeAt(at))) at++;
  return at;
}

/** The end of a run of ASCII digits from `at`. */
function digitsEnd(sentence: string, at: number): number {
  while (isDigit(sentence.charCodeAt(at))) at++;
  return at;
}

/** ",ddd" at `at`. */
const isGroupAt = (sentence: string, at: number): boolean =>
  sentence.charCodeAt(at) === 44 && isDigit(sentence.charCodeAt(at + 1)) && isDigit(sentence.charCodeAt(at + 2)) && isDigit(sentence.charCodeAt(at + 3));

/** ",dd," at `at`: a pair of an Indian grouping, more groups after it. */
const isPairAt = (sentence: string, at: number): boolean =>
  sentence.charCodeAt(at) === 44 && isDigit(sentence.charCodeAt(at + 1)) && isDigit(sentence.charCodeAt(at + 2)) && sentence.charCodeAt(at + 3) === 44;

/** The end of "3,12,450" at `digits` (after one or two digits): pairs, then a last group of three not followed by a digit; else -1. */
function indianEnd(sentence: string, digits: number): number {
  let end = digits;
  while (isPairAt(sentence, end)) end += 3;
  return end > digits && isGroupAt(sentence, end) && !isDigit(sentence.charCodeAt(end + 4)) ? end + 4 : -1;
}

/** The end of TOKEN's number at `at` (a digit): "100,000" (groups, the last not followed by a digit), "3,12,450", else "61.5". */
function numberEnd(sentence: string, at: number): number {
  const digits = digitsEnd(sentence, at);
  let end = digits;
  const indian = digits - at <= 2 ? indianEnd(sentence, digits) : -1;
  if (indian > 0) end = indian;
  else if (digits - at <= 3 && isGroupAt(sentence, digits)) {
    let groups = 0;
    while (isGroupAt(sentence, end)) {
      end += 4;
      groups++;
    }
    // (?!\d) after the last group; else the regex backs off one group, which ends before a comma.
    if (isDigit(sentence.charCodeAt(end))) end = groups > 1 ? end - 4 : digits;
  }
  return sentence.charCodeAt(end) === 46 && isDigit(sentence.charCodeAt(end + 1)) ? digitsEnd(sentence, end + 1) : end;
}

/**
 * The next token at or after `from`, as TOKEN finds it, scanned by char code: ASCII text without
 * a regex match (no match array or group substrings per token). A token that meets a non-ASCII
 * character is left to the regex, from where the scan stood.
 */
function nextToken(sentence: string, from: number): number {
  const n = sentence.length;
  let i = from;
  while (i < n) {
    const c = sentence.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    if (c >= 0x80) return nextByRegex(sentence, i);
    foundStart = i;
    if (isDigit(c)) {
      foundKind = NUMBER;
      return numberEnd(sentence, i);
    }
    if (!isAsciiLetter(c)) {
      foundKind = SYMBOL;
      return i + 1;
    }
    let end = i + 1;
    for (let d = sentence.charCodeAt(end); isAsciiLetter(d) || isDigit(d); d = sentence.charCodeAt(end)) end++;
    // "Anthropic's": an apostrophe and letters close the word.
    if (sentence.charCodeAt(end) === 39) {
      const after = sentence.charCodeAt(end + 1);
      if (after >= 0x80) return nextByRegex(sentence, i);
      if (isAsciiLetter(after)) end = lettersEnd(sentence, end + 1);
    }
    if (end < n && sentence.charCodeAt(end) >= 0x80) return nextByRegex(sentence, i);
    foundKind = WORD;
    return end;
  }
  return -1;
}

export function tokenize(sentence: string): Token[] {
  return tokensBy(sentence, nextToken);
}

/** tokenize with every token found by the TOKEN regex: the reference the scan is tested against. */
export function tokenizeByRegex(sentence: string): Token[] {
  return tokensBy(sentence, nextByRegex);
}

function tokensBy(sentence: string, next: (sentence: string, from: number) => number): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let at = 0;
  for (let end = next(sentence, 0); end >= 0; end = next(sentence, at)) {
    const start = foundStart;
    const kind = foundKind;
    at = end;
    let text = sentence.slice(start, end);
    const cut = kind === WORD && text.length >= 2 ? gluedPrefix(text, sentence, end) : 0;
    if (cut > 0) {
      // Emit the code alone and read on from the digits.
      text = text.slice(0, cut);
      at = start + cut;
    }
    const spaced = start > prevEnd || start === 0;
    prevEnd = start + text.length;
    if (kind === NUMBER) {
      const power = text.includes(',') ? null : powerAt(sentence, start, prevEnd);
      if (power) {
        text = power;
        prevEnd = start + text.length;
        at = prevEnd;
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
        type: kind === WORD ? 'word' : 'sym',
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
