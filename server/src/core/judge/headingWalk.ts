import type { ParsedNote, SectionHeading, Span } from '../types';
import { headingLevel } from '../parse/title';

/**
 * Walks up the headings above note offset `at`: the nearest, then the one it stands under (the
 * nearest before it of a lower level), and so on, through the part's own headings and then, for a
 * part judged alone, the headings still open before it (its section, marked read). `own` and
 * `open` read a heading (by its index in `note.headings`, and as a section's): a value stops the
 * walk with it, null stops it with none, undefined goes on up.
 */
export function walkUpHeadings<T>(note: ParsedNote, at: number, own: (h: Span, i: number) => T | null | undefined, open: (h: SectionHeading) => T | null | undefined): T | undefined {
  const headings = note.headings ?? [];
  const levels = headings.length > 0 ? levelsOf(note.text, headings) : [];
  let under = Infinity;
  for (let i = lastAbove(headings, at); i >= 0; i--) {
    const level = levels[i]!;
    if (level >= under) continue;
    const found = own(headings[i]!, i);
    if (found !== undefined) return found ?? undefined;
    under = level;
  }
  const section = note.section;
  if (!section) return undefined;
  // Read, even when nothing is found: a heading above that says more later changes the result.
  section.used = true;
  for (let i = section.headings.length - 1; i >= 0; i--) {
    const h = section.headings[i]!;
    if (h.level >= under) continue;
    const found = open(h);
    if (found !== undefined) return found ?? undefined;
    under = h.level;
  }
  return undefined;
}

/** The index of the last heading that ends by `at` (headings are in order), or -1. */
function lastAbove(headings: readonly Span[], at: number): number {
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// The last note's heading levels: a note's figures are judged one after another, and every one with
// no owner or time of its own walks them (a WeakMap per note cost more than it saved, in the collector).
let memo: { headings: readonly Span[]; levels: number[] } | undefined;
function levelsOf(text: string, headings: readonly Span[]): number[] {
  if (memo?.headings !== headings) memo = { headings, levels: headings.map((h) => headingLevel(text, h)) };
  return memo.levels;
}
