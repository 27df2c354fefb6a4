// The per-note work budget: a note that would cost more than this is reported `not-checked`
// (an error, so the gate fails closed) instead of being checked for minutes.
import { isDigit } from './extract/lexer';
import type { TextEdit } from './parse/segments';
import type { WorkBudget } from './types';

/** Runs of ASCII digits in text[start, end): every claim has one, so this bounds the extractor's work. */
export function countNumberTokens(text: string, start = 0, end = text.length): number {
  let count = 0;
  let inDigits = false;
  for (let i = start; i < end; i++) {
    const digit = isDigit(text.charCodeAt(i));
    if (digit && !inDigits) count++;
    inDigits = digit;
  }
  return count;
}

/**
 * countNumberTokens(after) from the count of `before`, which `edit` turned into `after`: only the
 * changed part is counted, widened to whole runs of digits at both ends (so no run is cut, and
 * the parts around it count the same in both texts).
 */
export function recountNumberTokens(before: string, count: number, after: string, edit: TextEdit): number {
  let start = edit.prefix;
  while (start > 0 && isDigit(after.charCodeAt(start - 1))) start--;
  let endBefore = before.length - edit.suffix;
  let endAfter = after.length - edit.suffix;
  while (endAfter < after.length && isDigit(after.charCodeAt(endAfter))) {
    endAfter++;
    endBefore++;
  }
  return count - countNumberTokens(before, start, endBefore) + countNumberTokens(after, start, endAfter);
}

/**
 * The most emphasis markers (`*`, `_`, `~`) in one paragraph, and the line it starts on (0-based).
 * The markdown parser pairs these in time quadratic in their number per paragraph (20 KB of
 * `*_*_…` took 27 s). A table row, list item, quote line or heading counts on its own, as the
 * parser reads each separately.
 */
export function maxMarkers(text: string): { count: number; line: number } {
  let best = { count: 0, line: 0 };
  let count = 0;
  let line = 0;
  let paragraphLine = 0;
  let lineStart = true;
  let blank = true;
  const close = (nextLine: number) => {
    if (count > best.count) best = { count, line: paragraphLine };
    count = 0;
    paragraphLine = nextLine;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      if (blank) close(line);
      lineStart = true;
      blank = true;
      continue;
    }
    if (c === 32 || c === 9) continue;
    if (lineStart) {
      lineStart = false;
      if (startsBlock(text, i)) close(line);
    }
    blank = false;
    if (c === 42 || c === 95 || c === 126) count++;
  }
  close(line);
  return best;
}

/** Whether a line's first non-blank character starts a block the parser reads on its own. */
function startsBlock(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 124 /* | */ || c === 35 /* # */ || c === 62 /* > */) return true;
  const next = text.charCodeAt(i + 1);
  if ((c === 45 || c === 43 || c === 42) && (next === 32 || next === 9)) return true; // - + * list items
  let j = i;
  while (j < text.length && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  return j > i && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 41) && text.charCodeAt(j + 1) === 32; // 1. 1)
}

/**
 * The deepest block nesting on one line (`> > - 1. …` markers at its start), and that line (0-based).
 * The parser's cost grows quadratically with it, and a few thousand levels overflow its stack.
 */
export function maxNesting(text: string): { depth: number; line: number } {
  let best = { depth: 0, line: 0 };
  let line = 0;
  // Line ends by indexOf, not a walk over every character: a lone CR is rare, so its place is kept until passed.
  let cr = text.indexOf('\r');
  for (let start = 0; start <= text.length; ) {
    let i = start;
    let depth = 0;
    for (;;) {
      while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
      const c = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if (c === 62 /* > */) {
        i++;
      } else if ((c === 45 || c === 43 || c === 42) && (next === 32 || next === 9)) {
        i += 2;
      } else {
        let j = i;
        while (j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        if (j > i && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 41) && (text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 9)) i = j + 2;
        else break;
      }
      depth++;
    }
    if (depth > best.depth) best = { depth, line };
    // Next line (LF, CRLF or a lone CR).
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    if (cr >= 0 && cr < i) cr = text.indexOf('\r', i);
    if (cr >= 0 && cr < end) end = cr;
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    line++;
  }
  return best;
}

/**
 * Why the note is over budget before parsing, or undefined when it is within it. `count` gives
 * countNumberTokens(text), when the host knows a cheaper way (recountNumberTokens while typing).
 */
export function overBudgetBeforeParse(text: string, budget: WorkBudget, count = (): number => countNumberTokens(text)): string | undefined {
  // Runs of digits are separated: a text has at most half its length (rounded up) of them, so most
  // notes need no count (it ran on every keystroke, ~1 ms on 100 KB).
  if (text.length <= 2 * budget.numbers) return undefined;
  const numbers = count();
  if (numbers > budget.numbers) {
    return `the note has ${numbers.toLocaleString('en-US')} numbers, over the work budget of ${budget.numbers.toLocaleString('en-US')} (budget.numbers in .claimcheck.yaml); split the note or raise the budget.`;
  }
  return undefined;
}

/**
 * Why a block of the note is over budget before parsing it, or undefined. Nesting and emphasis
 * runs cost the parser per block, so only the block that has them is left unchecked.
 */
export function overBlockBudget(text: string, budget: WorkBudget): string | undefined {
  const nesting = maxNesting(text);
  if (nesting.depth > budget.nesting) {
    return `a line nests ${nesting.depth.toLocaleString('en-US')} block quotes or list items, over the work budget of ${budget.nesting.toLocaleString('en-US')} (budget.nesting in .claimcheck.yaml); flatten it or raise the budget`;
  }
  // A paragraph has no more markers than the text has characters: most blocks need no count.
  const markers = text.length > budget.markers ? maxMarkers(text) : { count: 0 };
  if (markers.count > budget.markers) {
    return `a paragraph has ${markers.count.toLocaleString('en-US')} emphasis markers (* _ ~), over the work budget of ${budget.markers.toLocaleString('en-US')} per paragraph (budget.markers in .claimcheck.yaml); split the paragraph or raise the budget`;
  }
  return undefined;
}

/** Why the note is over budget once its claims are known, or undefined. */
export function overBudgetAfterParse(claims: number, budget: WorkBudget): string | undefined {
  if (claims > budget.claims) {
    return `the note has ${claims.toLocaleString('en-US')} claims, over the work budget of ${budget.claims.toLocaleString('en-US')} (budget.claims in .claimcheck.yaml); split the note or raise the budget.`;
  }
  return undefined;
}
