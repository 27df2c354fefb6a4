import { CURRENCY_BEFORE } from '../lexicon';
import type { Span } from '../types';
import { BLOCKER } from './prose';

// Words whose trailing period does not end a sentence even before a capital or a number.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'vs', 'no', 'nos', 'approx', 'ca', 'cf', 'fig', 'figs',
  'p', 'pp', 'vol', 'ed', 'eds', 'est', 'e.g', 'i.e', 'etc', 'al', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'e.u', 'op', 'gen', 'gov', 'sen', 'rep', 'inc.',
]);

const END = /[.!?]/g;
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

/** Sentence spans of a (masked) prose block, relative to the block. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    // The run of terminators and closing quotes/brackets, scanned by hand (a regex with a
    // look-ahead would be quadratic on long runs like "......").
    let end = m.index + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    // A footnote marker after the full stop ("$29.1 billion.[^1] Sahyadri…"), masked, ends with it.
    while (end < text.length && text[end] === BLOCKER) end++;
    END.lastIndex = end;
    if (end < text.length && !isSpace(text.charCodeAt(end))) continue;
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    if (!isBoundary(text, m.index, next)) continue;
    if (end > start) spans.push({ start, end });
    start = next;
  }
  const last = trimEnd(text, text.length);
  if (last > start) spans.push({ start, end: last });
  return spans;
}

function isBoundary(text: string, dot: number, next: number): boolean {
  const after = text.charCodeAt(next);
  // A lower-case word after the period continues the sentence ("approx. the", "Corp. said").
  if (after >= 97 && after <= 122) return false;
  if (text[dot] !== '.') return true;
  let w = dot;
  while (w > 0 && /[A-Za-z.]/.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 0) return true;
  if (ABBREVIATIONS.has(word)) return false;
  // A currency symbol with a dot before its number ("Rs. 500 crore", "SFr. 2 billion").
  if (after >= 48 && after <= 57 && CURRENCY_BEFORE.has(text.slice(w, dot + 1))) return false;
  // Initials and dotted abbreviations: "U.S. Steel", "J. Smith".
  if (/^[a-z]$/.test(word) && /[A-Z]/.test(text[w]!)) return false;
  if (/^(?:[a-z]\.)+[a-z]$/.test(word)) return false;
  return true;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}
function trimEnd(text: string, i: number): number {
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160;
}
