import { FORECAST_NOUNS } from '../extract/kind';
import type { Claim, Metric } from '../types';
import { isMoney } from '../units';
import { isRatioUnit } from './unitMemo';
import { foldForMatch } from './findPhrase';
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

// "Gross profit", "operating loss", "pre-tax profit", "profit before tax" are other measures than
// net income; "gross margin" is no operating margin; "a spot price" is no realized price. A word
// before a head noun (or, for profit, tax or interest after it) makes it another measure, unless
// that word is the metric's own (`net_income`'s "net"). Each head has its own words.
// (`taxesAfter`: "before tax" or "before interest" after the head makes it another measure too.)
const KINDS_OF_MEASURE: readonly { heads: string; modifiers: string; taxesAfter?: true }[] = [
  { heads: String.raw`profits?|loss(?:es)?|earnings|income|margins?`, modifiers: String.raw`gross|operating|pre\s+tax|pretax|trading|net|ebit|ebitda|contribution`, taxesAfter: true },
  // (Not "retail" or "wholesale": a retailer's average selling price is its retail price.)
  { heads: String.raw`prices?`, modifiers: String.raw`spot|cash|list|market|benchmark|index|futures|reference|sticker` },
];
const HEADS = KINDS_OF_MEASURE.map((k) => k.heads).join('|');
const HEAD_CUE = new RegExp(HEADS);
/** Per head word, the word before it that makes it another measure (group 1). */
const MODIFIER_BEFORE = KINDS_OF_MEASURE.map((k) => ({ head: new RegExp(`^(?:${k.heads})$`), before: new RegExp(String.raw`\b(${k.modifiers})\s+$`), taxesAfter: k.taxesAfter === true }));
const TAXED_HEADS = KINDS_OF_MEASURE.filter((k) => k.taxesAfter).map((k) => k.heads).join('|');
const TAXES = String.raw`interest|tax(?:es|ation)?|depreciation|amorti[sz]ation`;
/** Sticky: set lastIndex to the head's end. */
const BEFORE_TAX_AFTER = new RegExp(String.raw`\s+before\s+(?:income\s+)?(?:${TAXES})\b`, 'y');
/** Such a measure, folded ("pre-tax" is "pre tax"): a modified head, or a profit's head before tax or interest ("earnings before interest and tax"). */
const MEASURE = [
  ...KINDS_OF_MEASURE.map((k) => String.raw`(?:${k.modifiers})\s+(?:${k.heads})`),
  String.raw`(?:${TAXED_HEADS})\s+before\s+(?:income\s+)?(?:${TAXES})(?:(?:\s*,\s*|\s+and\s+|\s+)(?:${TAXES}))*`,
].join('|');
const MODIFIED_MEASURE = new RegExp(String.raw`\b(?:${MEASURE})\b`, 'g');
const NAMES_A_MEASURE = new RegExp(String.raw`\b(?:${MEASURE})\b`);
/** Whether folded words name such a measure: "the gross margin" is the subject of a measure, not another thing. */
export const namesAMeasure = (folded: string): boolean => NAMES_A_MEASURE.test(folded);
/** Right after an amount (sticky): "a £20 million operating loss". */
const MEASURE_AFTER = new RegExp(String.raw`[ \t]+(${MEASURE})\b`, 'y');

// Keyed by the words' array, which a facts reload replaces (judgeMemo's word set is keyed the same way).
const ownWords = new WeakMap<readonly string[], ReadonlySet<string>>();
/** The words of a metric's id and its words, folded: "net_income" has "net". */
function wordsOwnedBy(metric: Metric): ReadonlySet<string> {
  let own = ownWords.get(metric.words);
  if (!own) ownWords.set(metric.words, (own = new Set([...metric.id.toLowerCase().split(/[_\s-]+/), ...metric.words.flatMap((w) => foldForMatch(w).split(/\s+/))])));
  return own;
}

/** Whether a metric's word at [start, end) of folded text is a head another word makes another measure ("gross profit" for net income). */
export function anotherMeasureOfHead(folded: string, start: number, end: number, metric: Metric): boolean {
  const head = folded.slice(start, end);
  const kind = MODIFIER_BEFORE.find((k) => k.head.test(head));
  if (!kind) return false;
  const own = wordsOwnedBy(metric);
  const before = kind.before.exec(folded.slice(Math.max(0, start - 16), start))?.[1];
  if (before !== undefined && !before.split(/\s+/).every((w) => own.has(w))) return true;
  if (!kind.taxesAfter) return false;
  BEFORE_TAX_AFTER.lastIndex = end;
  return BEFORE_TAX_AFTER.test(folded) && !own.has('before');
}

/** Whether a figure may be such a measure: money (per item too), a share or a multiple, a change, a bare number; no count of things or time ("863,894 engineers", "six months"). */
export function mayBeAMeasure(claim: Pick<Claim, 'unit' | 'kind'>): boolean {
  return claim.kind === 'growth' || claim.unit === 'count' || isRatioUnit(claim.unit) || isMoney(claim.unit);
}

/**
 * The measure a figure's clause names before it, or right after an amount ("a £20 million operating loss"),
 * as the note writes it, lower case but for letters ("pre-tax profit", "EBITDA margin"). A measure
 * the clause's first words end ("earnings before interest and tax were …") is the clause's too.
 * Offsets into the sentence (`text` and `folded` alike).
 */
export function modifiedMeasureIn(text: string, folded: string, clauseStart: number, figure: { start: number; end: number; amount: boolean }): string | undefined {
  // Only the words before the figure, from a word's start up to 60 characters before its clause, are
  // read, and only when they hold a head's letters (most do not).
  const from = Math.max(0, folded.lastIndexOf(' ', Math.max(0, clauseStart - 60)) + 1);
  const window = folded.slice(from, figure.start);
  let last: RegExpExecArray | undefined;
  if (HEAD_CUE.test(window)) {
    MODIFIED_MEASURE.lastIndex = 0;
    for (let m = MODIFIED_MEASURE.exec(window); m; m = MODIFIED_MEASURE.exec(window)) {
      if (from + m.index + m[0].length > clauseStart) last = m;
    }
  }
  let at: { start: number; end: number } | undefined = last && { start: from + last.index, end: from + last.index + last[0].length };
  // (Only an amount stands before its measure: "2.1 times earnings before interest…" is a ratio to it.)
  if (!at && figure.amount) {
    MEASURE_AFTER.lastIndex = figure.end;
    const after = MEASURE_AFTER.exec(folded);
    if (after) at = { start: after.index + after[0].length - after[1]!.length, end: after.index + after[0].length };
  }
  return at && text.slice(at.start, at.end).replace(/\p{L}[\p{L}'-]*/gu, (w) => (/^\p{Lu}[\p{Ll}'-]+$/u.test(w) ? w.toLowerCase() : w));
}
