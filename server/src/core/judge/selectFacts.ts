import type { Claim, Fact, TimeRef } from '../types';
import { type DayRange, fiscalRange, periodRange, within } from './periods';

const ranges = new WeakMap<Fact, Map<string, DayRange | null>>();

/**
 * The days a fact is about: its period (an "FY" period in its entity's fiscal calendar, given as
 * `fiscalYearEnd`), else the as_of it was stated for.
 */
export function factRange(fact: Fact, fiscalYearEnd = ''): DayRange | null {
  let byCalendar = ranges.get(fact);
  if (!byCalendar) ranges.set(fact, (byCalendar = new Map()));
  let r = byCalendar.get(fiscalYearEnd);
  if (r === undefined) byCalendar.set(fiscalYearEnd, (r = periodRange(fact.period ?? fact.asOf, fiscalYearEnd || undefined) ?? periodRange(fact.asOfDate)));
  return r;
}

/** A fact's period in days (its as-of day's when it has none: 0), by the fiscal calendar; NaN when unreadable. */
export function periodDays(fact: Fact, fiscalYearEnd?: string): number {
  const r = factRange(fact, fiscalYearEnd);
  return r ? (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 : NaN;
}

/** Whether `older`, a period's fact, is the newest of its length, every fact after it (`latest` first) of a shorter period. */
export function latestOfItsLength(older: Fact, latest: Fact, facts: readonly Fact[], fye: string | undefined): boolean {
  if (!older.period || !latest.period) return false;
  const days = periodDays(older, fye);
  const shorter = (f: Fact): boolean => f.period !== undefined && periodDays(f, fye) < days - 3;
  return shorter(latest) && facts.every((f) => f.asOfDate <= older.asOfDate || shorter(f));
}

/**
 * The claim's explicit period, or null for no time or a bare "last/latest/current" (with a period,
 * "the latest 2025 guidance" is that period, whose latest figure is chosen anyway). Fiscal words
 * ("Q4 FY2025", "fiscal 2025") follow `fiscalYearEnd` when the entity has one.
 */
export function claimPeriod(time: TimeRef | null, fiscalYearEnd?: string): DayRange | null {
  if (!time || !time.iso) return null;
  // (A quarter or half with no year said is the entity's own: "the fourth quarter" of a September year is July to September.)
  if ((time.fiscal || time.yearless) && fiscalYearEnd) {
    const fiscal = time.yearless ? latestFiscalPart(time.yearless, fiscalYearEnd) : periodRange(time.iso, fiscalYearEnd, true);
    if (fiscal) return fiscal;
  }
  if (time.from && time.to) return { from: time.from, to: time.to };
  return periodRange(time.iso);
}

/** "the fiscal fourth quarter" with no year: the entity's latest such quarter (or half) begun by the note's date, and its fiscal year. */
function latestFiscalPart(part: NonNullable<TimeRef['yearless']>, fiscalYearEnd: string): (DayRange & { year: number }) | null {
  const asOfYear = Number(part.asOf.slice(0, 4));
  for (let year = asOfYear + 1; year >= asOfYear - 1; year--) {
    const r = fiscalRange(year, part.quarter ? { q: part.ord } : { h: part.ord }, fiscalYearEnd);
    if (r && r.from <= part.asOf) return { ...r, year };
  }
  return null;
}

const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;
const days = (r: DayRange): number => (Date.parse(r.to) - Date.parse(r.from)) / DAY_MS + 1;
// A quarter or longer: a figure for such a period is a total over it, which no other length shares.
const QUARTER_DAYS = 80;

/**
 * Whether a fact about `fact` (a period of its own) may decide a claim about `claim`: the same
 * period; a shorter stretch (a month, a quarter) inside a full year never does, nor a quarter's
 * figure a year's (or the reverse); a month or a day inside the fact's quarter does ("in June
 * 2024" and a fact for 2024-Q2).
 */
function periodsFit(fact: DayRange, claim: DayRange): boolean {
  if (fact.from === claim.from && fact.to === claim.to) return true;
  // A 52/53-week fiscal calendar ends its periods a few days off the month's end ("the quarter ended August 2, 2025").
  if (Math.abs(Date.parse(fact.from) - Date.parse(claim.from)) <= WEEK_MS && Math.abs(Date.parse(fact.to) - Date.parse(claim.to)) <= WEEK_MS) return true;
  if (within(fact, claim)) return days(fact) < QUARTER_DAYS && days(claim) < QUARTER_DAYS * 4;
  if (within(claim, fact)) return days(claim) < QUARTER_DAYS && days(fact) <= 92;
  return false;
}

/** "at year-end", "at the end of the year": with no year of its own. */
const YEAR_END = /^(?:at\s+|by\s+)?(?:the\s+)?(?:year[\s-]end|end\s+of\s+the\s+year)$/i;

/**
 * A claim's time said without its year, in its entity's fiscal calendar: "Headcount: roughly 14,800
 * at year-end" of an entity whose year ends on 31 October is its last year end by the note's date,
 * not December's; "the fiscal first quarter" of a March year is its latest first quarter.
 */
export function inFiscalCalendar(claim: Claim, fye: string | undefined, referenceDate: string): Claim {
  const yearless = claim.time?.yearless;
  const part = fye !== undefined && yearless ? latestFiscalPart(yearless, fye) : null;
  if (part) {
    const { yearless: _, ...time } = claim.time!;
    return { ...claim, time: { ...time, fiscal: true, iso: `${part.year}-${yearless!.quarter ? 'Q' : 'H'}${yearless!.ord}`, from: part.from, to: part.to } };
  }
  const m = fye === undefined || !claim.time || !YEAR_END.test(claim.time.text.trim()) ? null : /^(\d{2})-(\d{2})$/.exec(fye);
  if (!m || m[1] === '12') return claim;
  const ref = Number(referenceDate.slice(0, 4));
  const year = referenceDate.slice(5) >= `${m[1]}-${m[2]}` ? ref : ref - 1;
  const to = `${year}-${m[1]}-${m[2]}`;
  return { ...claim, time: { ...claim.time!, iso: `${year}-${m[1]}`, from: `${year}-${m[1]}-01`, to } };
}

/** Facts stated on or before the reference date: later ones never judge the note. */
export function statedBy(facts: Fact[], referenceDate: string): Fact[] {
  return facts.filter((f) => f.asOfDate <= referenceDate);
}

/** Later statement first; for equal dates, the later period. Stable for equal keys. */
function newestFirst(a: Fact, b: Fact): number {
  if (a.asOfDate !== b.asOfDate) return a.asOfDate < b.asOfDate ? 1 : -1;
  const ra = factRange(a)?.to ?? '';
  const rb = factRange(b)?.to ?? '';
  return ra === rb ? 0 : ra < rb ? 1 : -1;
}

/** By the end of the period the figure is about, then by when it was stated. */
function latestPeriodFirst(a: Fact, b: Fact): number {
  const ra = factRange(a)?.to ?? '';
  const rb = factRange(b)?.to ?? '';
  if (ra !== rb) return ra < rb ? 1 : -1;
  return newestFirst(a, b);
}

/**
 * "TSMC guided 2025 capex to $40 billion in January": the claim's period is when a figure about a
 * longer period (the fact's, which contains it) was stated, so the fact's as_of falls within it.
 */
function statedWithin(fact: Fact, about: DayRange, period: DayRange): boolean {
  if (fact.period === undefined || !within(period, about) || (about.from === period.from && about.to === period.to)) return false;
  const stated = periodRange(fact.asOf) ?? periodRange(fact.asOfDate);
  return stated !== null && within(stated, period);
}

/**
 * The facts a claim may be judged against as of `referenceDate`, best first:
 * - no explicit period (or "latest"): the latest fact stated on or before the date;
 * - "by <period>": the latest fact about a time within the period;
 * - an explicit period: every fact about a time within it, a revised figure (same `period`, stated
 *   later) replacing the earlier one; separate events in the period (tranches) all stay.
 */
export function selectFacts(facts: Fact[], time: TimeRef | null, referenceDate: string, fiscalYearEnd?: string): Fact[] {
  const pool = statedBy(facts, referenceDate);
  const period = claimPeriod(time, fiscalYearEnd);
  if (!period) {
    const [latest] = [...pool].sort(newestFirst);
    return latest ? [latest] : [];
  }
  const inPeriod = pool.filter((f) => {
    const r = factRange(f, fiscalYearEnd);
    if (r === null) return false;
    if (statedWithin(f, r, period)) return true;
    if (f.period === undefined) return within(r, period);
    // "ended 2024 with 31.4 million subscribers", "at the end of 2024": the level the fact's period closed at.
    return periodsFit(r, period) || (time?.endOf === true && r.to === period.to && within(period, r));
  });
  if (time?.by) {
    const [latest] = [...inPeriod].sort(latestPeriodFirst);
    return latest ? [latest] : [];
  }
  const newestPerPeriod = new Map<string, Fact>();
  const events: Fact[] = [];
  for (const f of [...inPeriod].sort(newestFirst)) {
    if (f.period === undefined) events.push(f);
    else if (!newestPerPeriod.has(f.period)) newestPerPeriod.set(f.period, f);
  }
  return [...newestPerPeriod.values(), ...events].sort(newestFirst);
}

/**
 * Dates, newest first, at which the selection could have been different: each distinct as_of of
 * the facts stated before the reference date. Checking the claim against the selection at each of
 * them tells an `outdated` claim (right once) from a `contradicted` one.
 */
export function earlierDates(facts: Fact[], before: string): string[] {
  return [...new Set(facts.filter((f) => f.asOfDate < before).map((f) => f.asOfDate))].sort().reverse();
}

/** Whether the period had ended by the reference date (only a past period can be known to lack a figure). */
export function periodOver(time: TimeRef | null, referenceDate: string, fiscalYearEnd?: string): boolean {
  const period = claimPeriod(time, fiscalYearEnd);
  return period !== null && period.to < referenceDate;
}
