import type { Token } from './lexer';

// Hand-written rather than a library: the words that carry quantities in research prose are a
// few dozen, we need token positions (which word-to-number libraries do not return), and the
// scale words are shared with the digit path.
const ONES: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
const BIG_SCALES = new Set(['thousand', 'million', 'billion', 'trillion']);

/** Fractions that state a share ("half of", "a third of") as a percent. */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 50],
  ['third', 100 / 3],
  ['thirds', 100 / 3],
  ['quarter', 25],
  ['quarters', 25],
  ['fifth', 20],
  ['fifths', 20],
]);

export function isNumberWord(lower: string): boolean {
  return ONES.has(lower) || TENS.has(lower) || lower === 'dozen';
}

export interface WordNumber {
  value: number;
  /** Index after the last token of the number. */
  next: number;
}

/**
 * A number written in words from token i: "four", "twenty-five", "one hundred and twenty",
 * "a dozen", "two and a half", or "a"/"an" before a scale word ("a billion" -> 1, the scale is
 * read by the caller).
 */
export function readNumberWords(tokens: readonly Token[], i: number): WordNumber | null {
  const t = tokens[i];
  if (!t || t.type !== 'word') return null;
  let value: number;
  let j: number;
  if (t.lower === 'half' && isFractionOfScale(tokens, i + 1)) return { value: 0.5, next: i + 3 };
  // "half a million", "half a dozen"
  if (t.lower === 'half' && (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an')) {
    const n = tokens[i + 2];
    if (n && n.lower === 'dozen') return { value: 6, next: i + 3 };
    if (n && BIG_SCALES.has(n.lower)) return { value: 0.5, next: i + 2 };
    return null;
  }
  if (t.lower === 'a' || t.lower === 'an' || t.lower === 'one') {
    // "a quarter of a billion", "a third of a million", "one half of a trillion"
    const part = FRACTIONS.get(tokens[i + 1]?.lower ?? '');
    if (part !== undefined && isFractionOfScale(tokens, i + 2)) return { value: part / 100, next: i + 4 };
  }
  if (t.lower === 'a' || t.lower === 'an') {
    const n = tokens[i + 1];
    if (!n || n.type !== 'word') return null;
    if (n.lower === 'dozen') return { value: 12, next: i + 2 };
    if (n.lower === 'hundred') {
      value = 100;
      j = i + 2;
      return withTail(tokens, value, j);
    }
    if (BIG_SCALES.has(n.lower)) return { value: 1, next: i + 1 };
    return null;
  }
  const small = readBelowHundred(tokens, i);
  if (!small) return null;
  value = small.value;
  j = small.next;
  // "three quarters of a billion", "two thirds of a million"
  const part = FRACTIONS.get(tokens[j]?.lower ?? '');
  if (part !== undefined && value > 1 && value < 10 && isFractionOfScale(tokens, j + 1)) return { value: (value * part) / 100, next: j + 3 };
  // "one point five billion": one digit word after "point"
  if (tokens[j]?.lower === 'point' && value < 1000) {
    const d = ONES.get(tokens[j + 1]?.lower ?? '');
    if (d !== undefined && d < 10) return { value: value + d / 10, next: j + 2 };
  }
  const h = tokens[j];
  if (h && h.type === 'word' && h.lower === 'hundred' && value > 0 && value < 100) {
    value *= 100;
    j++;
    return withTail(tokens, value, j);
  }
  const d = tokens[j];
  if (d && d.type === 'word' && d.lower === 'dozen') return { value: value * 12, next: j + 1 };
  return withHalf(tokens, value, j);
}

/** "of a billion" from token k: a fraction of a scale, not a share of something. */
export function isFractionOfScale(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'of' && (tokens[k + 1]?.lower === 'a' || tokens[k + 1]?.lower === 'an') && BIG_SCALES.has(tokens[k + 2]?.lower ?? '');
}

/** "one hundred [and] twenty-five". */
function withTail(tokens: readonly Token[], value: number, j: number): WordNumber {
  let k = j;
  if (tokens[k]?.lower === 'and') k++;
  const rest = readBelowHundred(tokens, k);
  if (rest) return withHalf(tokens, value + rest.value, rest.next);
  return { value, next: j };
}

/** "two and a half". */
function withHalf(tokens: readonly Token[], value: number, j: number): WordNumber {
  if (tokens[j]?.lower === 'and' && (tokens[j + 1]?.lower === 'a' || tokens[j + 1]?.lower === 'one') && tokens[j + 2]?.lower === 'half') {
    return { value: value + 0.5, next: j + 3 };
  }
  return { value, next: j };
}

function readBelowHundred(tokens: readonly Token[], i: number): WordNumber | null {
  const t = tokens[i];
  if (!t || t.type !== 'word') return null;
  const one = ONES.get(t.lower);
  if (one !== undefined) return { value: one, next: i + 1 };
  const ten = TENS.get(t.lower);
  if (ten === undefined) return null;
  // "twenty-five" (glued hyphen) or "twenty five".
  const dash = tokens[i + 1];
  const unit = tokens[i + 2];
  if (dash && unit && dash.text === '-' && !dash.spaced && !unit.spaced) {
    const u = ONES.get(unit.lower);
    if (u !== undefined && u > 0 && u < 10) return { value: ten + u, next: i + 3 };
  }
  const u2 = tokens[i + 1] && ONES.get(tokens[i + 1]!.lower);
  if (u2 !== undefined && u2 > 0 && u2 < 10 && tokens[i + 1]!.type === 'word') return { value: ten + u2, next: i + 2 };
  return { value: ten, next: i + 1 };
}
