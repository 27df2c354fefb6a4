// Dates and periods as facts files write them: YYYY, YYYY-MM, YYYY-MM-DD; periods add FY and Q/H.
import { daySpan, isoWeekPeriod, monthSpan } from '../extract/periods';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `text` is YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day. */
export function isValidPartialDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The first day a YYYY / YYYY-MM / YYYY-MM-DD date covers, as YYYY-MM-DD. */
export function firstDayOf(text: string): string {
  const [year, month = '01', day = '01'] = text.split('-');
  return `${year}-${month}-${day}`;
}

/** Dates may arrive as numbers (`as_of: 2025` is an integer in YAML). */
export function dateText(value: unknown): string {
  return typeof value === 'number' ? String(value) : String(value ?? '');
}

/** Period as the index stores it: upper-case FY/Q/H ("fy2025" -> "FY2025", 2025 -> "2025"). */
export function normalisePeriod(value: unknown): string {
  return dateText(value).toUpperCase();
}

/** Whether a normalised period names a real month/day where it names one. */
export function isValidPeriod(period: string): boolean {
  if (/^(FY)?\d{4}(-(Q[1-4]|H[12]))?$/.test(period)) return true;
  // Months from one to another, in order: "2025-01/2025-09" (the first nine months), as notes' times are written.
  const span = monthSpan(period);
  if (span) return span.m1 >= 1 && span.m1 <= 12 && span.m2 >= 1 && span.m2 <= 12 && span.months >= 1;
  // An ISO week: "2025-W44" (weekly figures: carloads, claims, inventories); a week 53 only in a year that has one.
  if (/^\d{4}-W\d{2}$/.test(period)) return isoWeekPeriod(period) !== null;
  // Days from one to another, in order: "2025-10-26/2025-11-01" (a week to a Saturday, a 52-week calendar's quarter).
  if (/^\d{4}-\d{2}-\d{2}\//.test(period)) {
    const days = daySpan(period);
    return !!days && isValidPartialDate(days.from) && isValidPartialDate(days.to);
  }
  return isValidPartialDate(period);
}

/** Today's date (UTC), YYYY-MM-DD. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
