// Periods as day ranges, so a fact's period (or as_of) can be tested against a claim's period.

/** Inclusive first and last day, YYYY-MM-DD (lexicographic order is date order). */
export interface DayRange {
  from: string;
  to: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthsRange(year: number, firstMonth: number, lastMonth: number): DayRange {
  return {
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`,
  };
}

/**
 * The days a period string covers: "2025", "FY2025", "2025-Q1", "2025-H2", "2024-09", "2024-09-02".
 * Fiscal years are read as calendar years: companies' fiscal calendars differ and a facts file
 * states FY figures against calendar-year claims ("FY2025 ≈ 2025") far more often than not.
 */
export function periodRange(period: string): DayRange | null {
  const p = period.trim().toUpperCase();
  let m = /^(?:FY\s?)?(\d{4})$/.exec(p);
  if (m) return monthsRange(Number(m[1]), 1, 12);
  m = /^(?:FY\s?)?(\d{4})-?Q([1-4])$/.exec(p);
  if (m) {
    const q = Number(m[2]);
    return monthsRange(Number(m[1]), q * 3 - 2, q * 3);
  }
  m = /^(?:FY\s?)?(\d{4})-?H([12])$/.exec(p);
  if (m) return Number(m[2]) === 1 ? monthsRange(Number(m[1]), 1, 6) : monthsRange(Number(m[1]), 7, 12);
  m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return monthsRange(Number(m[1]), Number(m[2]), Number(m[2]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p);
  if (m) return { from: p, to: p };
  return null;
}

/** Whether `inner` lies within `outer`. */
export function within(inner: DayRange, outer: DayRange): boolean {
  return inner.from >= outer.from && inner.to <= outer.to;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A period string as a person reads it: "2024-05" → "May 2024", "2025-Q1" → "Q1 2025". */
export function humanPeriod(period: string): string {
  const p = period.trim();
  let m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  m = /^(\d{4})-?([QH][1-4])$/i.exec(p);
  if (m) return `${m[2]!.toUpperCase()} ${m[1]}`;
  return p;
}
