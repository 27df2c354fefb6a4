import type { Claim, ParsedNote, Span, TimeRef } from '../types';
import { sentenceTimes } from '../extract/sentenceTimes';
import { walkUpHeadings } from './headingWalk';
import { setAgainstBefore } from './deriveReading';

// "## 2023" then "- Revenue: €4.8 billion": a figure that states no time of its own is of the period
// its section's heading names, as a row's year labels its cells; the nearest heading that names one,
// walking up the headings it stands under.

/**
 * The period a heading names when it names nothing else ("## 2024", "## Q3 2025", "### Fiscal
 * 2025:"); a title that also names a subject or a topic ("# Ortel: third quarter 2025", "## 2024
 * results") dates nothing, as the figures under it may be of any time.
 */
export function headingPeriod(text: string, h: Span, referenceDate: string): TimeRef | undefined {
  const words = text.slice(h.start, h.end).replace(/^[\s#]+|[\s#]+$/g, '');
  const { phrases } = sentenceTimes(words, referenceDate);
  if (phrases.length !== 1) return undefined;
  const { ref } = phrases[0]!;
  if (ref.iso === null || ref.latest || /\p{L}/u.test(words.replace(ref.text, ''))) return undefined;
  const { span: _, ...period } = ref;
  return period;
}

// The last note's heading periods (see headingWalk's levels), for its date ("## This year").
let memo: { headings: readonly Span[]; date: string; periods: (TimeRef | undefined)[] } | undefined;
function periodsOf(note: ParsedNote, headings: readonly Span[]): (TimeRef | undefined)[] {
  if (memo?.headings !== headings || memo.date !== note.referenceDate) {
    memo = { headings, date: note.referenceDate, periods: headings.map((h) => headingPeriod(note.text, h, note.referenceDate)) };
  }
  return memo.periods;
}

/** The claim with its section heading's period when it states no time of its own (a table cell's row or header gives one). */
export function withHeadingTime(claim: Claim, note: ParsedNote): Claim {
  // (A level set against the figure before it, "up from $440–480 million", is of the period before that figure's.)
  if (claim.time || (!note.headings?.length && !note.section?.headings.length) || setAgainstBefore(claim)) return claim;
  const periods = note.headings?.length ? periodsOf(note, note.headings) : [];
  const period = walkUpHeadings(note, claim.block.start, (_, i) => periods[i], (h) => h.period);
  return period ? { ...claim, time: period } : claim;
}

/**
 * The claim with its list's lead-in period when it states no time of its own: "Management raised
 * its 2026 outlook on October 28:" dates its items 2026 (a day is when it was said, not what the
 * figures are of). Only a lead-in that names one such period.
 */
export function withLeadTime(claim: Claim, referenceDate: string): Claim {
  if (claim.time || claim.lead === undefined || setAgainstBefore(claim)) return claim;
  const periods = sentenceTimes(claim.lead, referenceDate).phrases.filter((p) => p.ref.iso !== null && !p.ref.latest && p.ref.from !== p.ref.to);
  if (periods.length !== 1) return claim;
  const { span: _, ...period } = periods[0]!.ref;
  return { ...claim, time: period };
}
