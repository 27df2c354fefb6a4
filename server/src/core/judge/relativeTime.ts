import type { Claim, TimeRef } from '../types';
import { FISCAL_WORDS, periodOfLength, WHOLE_WORDS, yearsEarlier } from '../extract/time';
import { monthPeriod } from '../extract/periods';
import { FROM_LEVEL, setAgainstBefore, startsComparison } from './deriveReading';
import { PRIOR_YEAR_ALONE } from '../extract/attachTime';

// "Veridian's Q4 FY2025 revenue was $39.3 billion. A year earlier, it was $22.1 billion.": within a
// sentence the extractor counts "a year earlier" back from the sentence's period; across sentences
// of one paragraph the judge does, from the period of the claim before it.


const shiftYear = (s: string, by: number): string => s.replace(/(?<!\d)\d{4}(?!\d)/g, (y) => String(Number(y) - by));

/** "in the quarter", "during the year", "that month": the extractor left its period to the paragraph. */
const SAME = new RegExp(`^(?:\\w+\\s+)?(?:the|that)\\s+(?:same\\s+|(?:(?:${[...WHOLE_WORDS].join('|')})\\s+)?(?:(?:${[...FISCAL_WORDS].join('|')})\\s+)?)?(quarter|year|month|period)$`, 'i');

/** "at year-end", "year-end", "at the end of the year" with no year of its own. */
const YEAR_END = /^(?:at\s+)?(?:the\s+)?(?:year[-\s]end|end\s+of\s+the\s+year)$/i;

/** A time that looks back from another: "a year earlier", "two years ago", "the year before". */
const LOOKS_BACK = /\b(?:earlier|ago|before|prior)\b/i;

/**
 * Whether a claim is the earlier level of a comparison ("up 11% from $371 billion a year earlier",
 * "12% more than the $11.1 billion") or a change dated by where it started ("10% higher than in
 * 2023"): its period is not the one the paragraph goes on about.
 */
function comparedLevel(c: Claim): boolean {
  const time = c.time!;
  if (LOOKS_BACK.test(time.text) || FROM_LEVEL.test(c.sentenceText.slice(Math.max(0, c.offset.start - c.sentence.start - 40), c.offset.start - c.sentence.start))) return true;
  // "10% higher than in 2023": the growth's time is where it started from.
  return !!time.span && startsComparison(c.sentenceText.slice(0, time.span.start - c.sentence.start).toLowerCase(), time);
}

/**
 * The period of the last claim before `claim` in its paragraph, in an earlier sentence, that is not a
 * compared level, and that `fits` takes (any, by default).
 */
function paragraphAnchor(claim: Claim, claims: readonly Claim[], fits: (t: TimeRef) => boolean = () => true): TimeRef | undefined {
  return [...claims]
    .reverse()
    .find((c) => c.offset.end <= claim.offset.start && c.block.start === claim.block.start && c.sentence.start !== claim.sentence.start && c.time?.iso && !c.time.latest && !comparedLevel(c) && fits(c.time))?.time ?? undefined;
}

/**
 * The claim's time anchored to the previous claim's period in its paragraph, when it says "a year
 * earlier" or "in the quarter" in a sentence of its own.
 */
export function anchorRelativeTime(claim: Claim, claims: readonly Claim[]): Claim {
  const time = claim.time;
  // "Q3 revenue was $412 million versus $365 million last year": the same quarter a year before
  // ("2024 revenue … versus $1.3 billion last year": 2023), not the year before the note's.
  if (time && PRIOR_YEAR_ALONE.test(time.text.trim()) && setAgainstBefore(claim)) {
    const later = claims.filter((c) => c.sentence.start === claim.sentence.start && c.offset.end <= claim.offset.start && c.time?.iso && c.time.from && c.time.to).at(-1)?.time;
    if (later) return { ...claim, time: { ...time, iso: shiftYear(later.iso!, 1), from: shiftYear(later.from!, 1), to: shiftYear(later.to!, 1), ...(later.fiscal ? { fiscal: true } : {}) } };
  }
  // "Arvik's 2024 revenue was $14.2 billion. Its backlog stood at $61 billion at year-end": the year
  // the paragraph is about ends there, not the note's own year (the extractor's guess, kept when
  // nothing before names a year, or when the figure is one "by" year-end).
  if (time && !time.by && YEAR_END.test(time.text.trim())) {
    const a = paragraphAnchor(claim, claims);
    const year = a?.to ? Number(a.to.slice(0, 4)) : NaN;
    return Number.isInteger(year) ? { ...claim, time: { ...time, ...monthPeriod(year, 12) } } : claim;
  }
  const same = time && time.iso === null && !time.latest ? SAME.exec(time.text.trim()) : null;
  if (time && same) {
    // "3Q26 revenue was Bt11.62bn. Nine-month revenue reached THB33.4bn. … 34% of revenue in the
    // quarter": the nearest period that says which quarter, not the nine months that do not.
    const noun = same[1]!.toLowerCase();
    const lengthOf = (a: TimeRef) => (a.iso && a.from && a.to ? periodOfLength({ iso: a.iso, from: a.from, to: a.to }, noun) : null);
    const a = paragraphAnchor(claim, claims, (t) => lengthOf(t) !== null);
    const period = a ? lengthOf(a) : null;
    // A fiscal quarter's year is its fiscal year ("…the fourth quarter of fiscal 2025. For the full fiscal year, …"); a month is a calendar one.
    return period ? { ...claim, time: { ...time, ...period, ...(a!.fiscal && (period.iso === a!.iso || !/^\d{4}-\d{2}$/.test(period.iso)) ? { fiscal: true } : {}) } } : claim;
  }
  const years = yearsEarlier(time);
  if (!time || years === null) return claim;
  const a = paragraphAnchor(claim, claims);
  if (!a?.iso) return claim;
  const shifted: TimeRef = {
    ...time,
    iso: shiftYear(a.iso, years),
    from: a.from ? shiftYear(a.from, years) : null,
    to: a.to ? shiftYear(a.to, years) : null,
    ...(a.fiscal ? { fiscal: true } : {}),
  };
  return { ...claim, time: shifted };
}
