import type { Claim, Span } from '../types';

// Punctuation and conjunctions that end a clause; "data-center" hyphens are not dashes here.
// (Not inside a hyphened compound: "signed-but-not-yet-commenced leases", "buy-and-hold".)
const SEPARATOR = /,(?!\d{3})|[;:()\u2014\u2013]|\s-\s|(?<!-)\b(?:and|but|or|while|whereas|which|although|though|because|whereby)\b(?!-)/gi;

/** Separators of one sentence as [start, end) pairs, in order. */
function separatorsOf(text: string): Int32Array {
  const found: number[] = [];
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) found.push(m.index, m.index + m[0].length);
  return Int32Array.from(found);
}

// Claims are judged sentence by sentence, so the last sentence's separators are reused: a
// sentence with thousands of claims is scanned once, not once per claim.
let cached: { text: string; separators: Int32Array } | undefined;

/**
 * The clause the claim stands in, as note offsets: from the last separator before the claim to the
 * first one after it. Separators inside the claim ("between 20 and 30 percent") do not split it.
 */
export function clauseOf(claim: Claim): Span {
  const text = claim.sentenceText;
  const base = claim.sentence.start;
  const claimStart = claim.offset.start - base;
  const claimEnd = claim.offset.end - base;
  if (cached?.text !== text) cached = { text, separators: separatorsOf(text) };
  const seps = cached.separators;
  const count = seps.length / 2;
  // Last separator ending at or before the claim's start.
  let lo = 0;
  let hi = count - 1;
  let before = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (seps[2 * mid + 1]! <= claimStart) {
      before = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // "Regular players — those who buy at least once a month — numbered roughly 9.8 million": an aside
  // closed before the figure (dashes, parentheses) leaves its clause open to the words before it.
  if (before >= 0) before = beforeAside(text, seps, before);
  const start = before >= 0 ? seps[2 * before + 1]! : 0;
  // First separator starting at or after the claim's end (separators inside the claim are skipped).
  let end = text.length;
  for (let i = before + 1; i < count; i++) {
    if (seps[2 * i]! >= claimEnd) {
      end = seps[2 * i]!;
      break;
    }
  }
  return { start: base + start, end: base + end };
}

/** The separator before an aside whose closing mark is separator `i` (its opening mark's predecessor), or `i` when it closes none. */
function beforeAside(text: string, seps: Int32Array, i: number): number {
  const close = text.slice(seps[2 * i]!, seps[2 * i + 1]!).trim();
  const opener = close === ')' ? '(' : close === '\u2014' || close === '\u2013' || close === '-' ? close : undefined;
  if (opener === undefined) return i;
  for (let j = i - 1; j >= 0; j--) {
    const mark = text.slice(seps[2 * j]!, seps[2 * j + 1]!).trim();
    if (mark === opener) return j - 1;
    // (Never across another closing mark or a clause's end: the aside is one.)
    if (mark === ')' || mark === ';' || (opener !== '(' && mark === '(')) return i;
  }
  return i;
}
