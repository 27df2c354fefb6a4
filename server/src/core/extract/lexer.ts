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
}

// Numbers: "100,000", "61.5"; words: letters then letters/digits ("H100", "FY2025",
// "Anthropic's"), except that a currency code glued to digits is a word of its own ("USD5bn");
// anything else is one symbol (astral characters stay whole with the u flag).
const TOKEN = /(\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)?)|(\S)/gu;
const GLUED_CODES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'CHF', 'CAD', 'AUD', 'KRW', 'TWD', 'HKD', 'SGD']);

/** "USD5bn": a currency code glued to digits (checked cheaply: a digit right after three letters). */
function gluedCode(text: string): boolean {
  const c = text.charCodeAt(3);
  return c >= 48 && c <= 57 && GLUED_CODES.has(text.slice(0, 3));
}

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let prevEnd = 0;
  for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
    let text = m[0];
    const start = m.index;
    if (m[2] !== undefined && text.length > 3 && gluedCode(text)) {
      // Emit the code alone and read on from the digits.
      text = text.slice(0, 3);
      TOKEN.lastIndex = start + 3;
    }
    const spaced = start > prevEnd || start === 0;
    prevEnd = start + text.length;
    if (m[1] !== undefined) {
      const digits = text.replace(/,/g, '');
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
