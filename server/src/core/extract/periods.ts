// Calendar periods as TimeRef fields (iso, first and last day).

export interface Period {
  iso: string;
  from: string;
  to: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Months `first` of year `y` to `last` of year `lastYear` (the same year unless given). */
function months(iso: string, y: number, first: number, last: number, lastYear = y): Period {
  return { iso, from: `${y}-${pad(first)}-01`, to: `${lastYear}-${pad(last)}-${pad(lastDay(lastYear, last))}` };
}

export const yearPeriod = (y: number): Period => months(String(y), y, 1, 12);
export const monthPeriod = (y: number, m: number): Period => months(`${y}-${pad(m)}`, y, m, m);
export const quarterPeriod = (y: number, q: number): Period => months(`${y}-Q${q}`, y, q * 3 - 2, q * 3);
export const halfPeriod = (y: number, h: number): Period => months(`${y}-H${h}`, y, h * 6 - 5, h * 6);
export const midPeriod = (y: number): Period => months(`${y}-mid`, y, 4, 9);
export const fiscalPeriod = (y: number): Period => months(`FY${y}`, y, 1, 12);
/**
 * The `n` months ending on a day: "the year ended December 31, 2024" is 2024, "the quarter ended
 * June 30, 2025" Q2 2025, "the year ended March 31, 2025" April 2024 to March 2025 ("2024-04/2025-03");
 * a period ending mid-month ("the year ended September 28, 2024") runs from the day after the same day n months before.
 */
export function periodEnding(y: number, m: number, d: number, n: number): Period {
  if (d === lastDay(y, m)) {
    const [fy, fm] = [y + Math.floor((m - n) / 12), ((((m - n) % 12) + 12) % 12) + 1];
    if (n === 1) return monthPeriod(y, m);
    if (fm === 1 && fy === y) return n === 12 ? yearPeriod(y) : firstMonthsPeriod(y, n);
    if (n === 3 && fy === y && fm % 3 === 1) return quarterPeriod(y, (fm + 2) / 3);
    if (n === 6 && fy === y && fm === 7) return halfPeriod(y, 2);
    return months(`${fy}-${pad(fm)}/${y}-${pad(m)}`, fy, fm, m, y);
  }
  const start = new Date(Date.UTC(y, m - 1 - n, d + 1));
  const from = isoOf(start.getTime());
  const to = `${y}-${pad(m)}-${pad(d)}`;
  return { iso: `${from}/${to}`, from, to };
}

/** A span of months written as an ISO 8601 interval ("2024-04/2025-03"), read: first and last year and month, and how many months. */
export function monthSpan(iso: string): { y1: number; m1: number; y2: number; m2: number; months: number } | null {
  const m = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y1, m1, y2, m2] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  return { y1, m1, y2, m2, months: (y2 - y1) * 12 + m2 - m1 + 1 };
}

/** Days from one to another, in order, as an ISO 8601 interval: "2025-10-26/2025-11-01"; null for anything else. */
export function daySpan(iso: string): { from: string; to: string } | null {
  const m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(iso);
  return m && m[1]! <= m[2]! ? { from: m[1]!, to: m[2]! } : null;
}

/** How many months a period string spans: "2025" 12, "2025-Q4" 3, "2025-H2" 6, "2025-09" 1; null for a day or anything else. */
export function monthsOf(iso: string): number | null {
  if (/^(?:FY)?\d{4}$/i.test(iso)) return 12;
  if (/^(?:FY)?\d{4}-?Q[1-4]$/i.test(iso)) return 3;
  if (/^(?:FY)?\d{4}-?H[12]$/i.test(iso)) return 6;
  if (/^\d{4}-\d{2}$/.test(iso)) return 1;
  // Months from one to another ("2024-04/2025-03": the year ended March 31, 2025).
  return monthSpan(iso)?.months ?? null;
}

/** The `n` whole months ending with month `m` of year `y` ("the twelve months to June 2025"). */
export const monthsEnding = (y: number, m: number, n: number): Period => periodEnding(y, m, lastDay(y, m), n);

/** "year to date", "YTD": January 1 to the reference date ("2025-01-01/2025-05-20"). */
export function yearToDatePeriod(ref: RefDate): Period {
  const from = `${ref.year}-01-01`;
  const to = `${ref.year}-${pad(ref.month)}-${pad(ref.day)}`;
  return { iso: `${from}/${to}`, from, to };
}

/** "the first nine months of 2025": January to the nth month, an ISO 8601 interval of months ("2025-01/2025-09"); a quarter or a half by its name. */
export function firstMonthsPeriod(y: number, n: number): Period {
  if (n === 3) return quarterPeriod(y, 1);
  if (n === 6) return halfPeriod(y, 1);
  return months(`${y}-01/${y}-${pad(n)}`, y, 1, n);
}
export function dayPeriod(y: number, m: number, d: number): Period | null {
  if (m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return null;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return { iso, from: iso, to: iso };
}

export interface RefDate {
  year: number;
  month: number;
  day: number;
}

/** The reference date as written: YYYY-MM-DD. */
export const refIso = (r: RefDate): string => `${r.year}-${pad(r.month)}-${pad(r.day)}`;

export function refDate(iso: string): RefDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return { year: 1970, month: 1, day: 1 };
  return { year: +m[1]!, month: +m[2]!, day: +m[3]! };
}

/** The year of the most recent (month, day) on or before the reference date. */
export function recentYear(ref: RefDate, month: number, day = 1): number {
  return month < ref.month || (month === ref.month && day <= ref.day) ? ref.year : ref.year - 1;
}

/** A span of whole years, written as an ISO 8601 interval: "2025/2029". */
export const yearsPeriod = (a: number, b: number): Period => ({ iso: `${a}/${b}`, from: `${a}-01-01`, to: `${b}-12-31` });

/** The ISO week (Monday to Sunday) holding a day: "2025-W07". */
export function weekPeriod(y: number, m: number, d: number): Period {
  const day = Date.UTC(y, m - 1, d);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  const monday = day - weekday * 86400000;
  const thursday = new Date(monday + 3 * 86400000);
  const isoYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * 86400000)) + 1;
  return { iso: `${isoYear}-W${pad(week)}`, from: isoOf(monday), to: isoOf(monday + 6 * 86400000) };
}

/** The days to a day, that day included: "the week to November 1" is "2025-10-26/2025-11-01". */
export function daysEnding(to: string, days: number): Period {
  const [y, m, d] = to.split('-').map(Number) as [number, number, number];
  const from = isoOf(Date.UTC(y, m - 1, d) - (days - 1) * 86400000);
  return { iso: `${from}/${to}`, from, to };
}

/** An ISO week as written ("2025-W44"): its days, Monday to Sunday; null for a week the year does not have. */
export function isoWeekPeriod(iso: string): Period | null {
  const m = /^(\d{4})-W(\d{2})$/i.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  // Week 1 holds January 4; its Monday is the first day of the ISO year.
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000 + (week - 1) * 7 * 86400000;
  const p = weekPeriod(...(isoOf(monday).split('-').map(Number) as [number, number, number]));
  return week >= 1 && p.iso === `${year}-W${pad(week)}` ? p : null;
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export type Step = 'days' | 'weeks' | 'months' | 'quarters' | 'years';

/** The reference date as a period of the granularity a relative phrase counts in ("a year ago": a month). */
export function refPeriod(ref: RefDate, step: Step): Period {
  if (step === 'days' || step === 'weeks') return dayPeriod(ref.year, ref.month, ref.day) ?? monthPeriod(ref.year, ref.month);
  if (step === 'quarters') return quarterPeriod(ref.year, Math.floor((ref.month - 1) / 3) + 1);
  return monthPeriod(ref.year, ref.month);
}

/**
 * A period moved by n steps ("a year earlier" than Q2 2025 is Q2 2024): same granularity when
 * the move is whole periods of it, else the month (or day) the period ends in, moved.
 */
export function shiftPeriod(p: Period, n: number, step: Step): Period {
  const [ty, tm, td] = p.to.split('-').map(Number) as [number, number, number];
  if (step === 'days' || step === 'weeks') {
    const ms = Date.UTC(ty, tm - 1, td) + n * (step === 'weeks' ? 7 : 1) * 86400000;
    const iso = isoOf(ms);
    return { iso, from: iso, to: iso };
  }
  const months = n * (step === 'years' ? 12 : step === 'quarters' ? 3 : 1);
  const [y, m] = addMonths(ty, tm, months);
  let g: RegExpExecArray | null;
  if ((g = /^(FY)?(\d{4})$/.exec(p.iso)) && months % 12 === 0) return g[1] ? fiscalPeriod(y) : yearPeriod(y);
  if ((g = /^(\d{4})\/(\d{4})$/.exec(p.iso)) && months % 12 === 0) return yearsPeriod(+g[1]! + months / 12, y);
  if (/^\d{4}-mid$/.test(p.iso) && months % 12 === 0) return midPeriod(+p.iso.slice(0, 4) + months / 12);
  const span = monthSpan(p.iso);
  if (span && months % 12 === 0) return monthsEnding(y, m, span.months);
  // Days to days ("2025-05-03/2025-08-02", a 52-week calendar's quarter): both ends move by whole years.
  if (/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(p.iso) && months % 12 === 0) {
    const moved = (day: string): string => `${Number(day.slice(0, 4)) + months / 12}${day.slice(4)}`.replace(/-02-29$/, '-02-28');
    const [from, to] = [moved(p.from), moved(p.to)];
    return { iso: `${from}/${to}`, from, to };
  }
  if (/^\d{4}-Q\d$/.test(p.iso) && months % 3 === 0) return quarterPeriod(y, Math.ceil(m / 3));
  if (/^\d{4}-H\d$/.test(p.iso) && months % 6 === 0) return halfPeriod(y, Math.ceil(m / 6));
  if (/^\d{4}-\d{2}-\d{2}$/.test(p.iso)) return dayPeriod(y, m, Math.min(td, lastDay(y, m)))!;
  return monthPeriod(y, m);
}

function addMonths(y: number, m: number, k: number): [number, number] {
  const m0 = m - 1 + k;
  return [y + Math.floor(m0 / 12), (((m0 % 12) + 12) % 12) + 1];
}

/** The first or last month of a period, as a month ("the end of Q2 2025" -> 2025-06). */
export function edgeMonth(p: Period, end: boolean): Period {
  const [y, m] = (end ? p.to : p.from).split('-').map(Number) as [number, number];
  return monthPeriod(y, m);
}
