import type { ParsedNote, SectionHeading, Span } from '../types';
import { headingLevel } from '../parse/title';

/**
 * Walks up the headings above note offset `at`: the nearest, then the one it stands under (the
 * nearest before it of a lower level), and so on, through the part's own headings and then, for a
 * part judged alone, the headings still open before it (its section, marked read). `own` and
 * `open` read a heading: a value stops the walk with it, null stops it with none, undefined goes
 * on up.
 */
export function walkUpHeadings<T>(note: ParsedNote, at: number, own: (h: Span) => T | null | undefined, open: (h: SectionHeading) => T | null | undefined): T | undefined {
  const headings = note.headings ?? [];
  let under = Infinity;
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i]!;
    if (h.end > at) continue;
    const level = headingLevel(note.text, h);
    if (level >= under) continue;
    const found = own(h);
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
