// Periods as day ranges, so a fact's period (or as_of) can be tested against a claim's period.
import { daySpan, isoWeekPeriod, monthSpan } from '../extract/periods';

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

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** `date` (YYYY-MM-DD) moved by whole months, the day kept (clamped to the month's last day). */
function addMonths(year: number, month: number, day: number, months: number): Date {
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return new Date(Date.UTC(y, m - 1, Math.min(day, lastDayOfMonth(y, m))));
}

/**
 * A fiscal year, quarter or half of an entity whose fiscal year ends on `fiscalYearEnd` (MM-DD):
 * fiscal year Y ends on that day of calendar year Y and starts the day after it a year earlier;
 * quarters and halves are three and six months from that start. A year ending on a month's last
 * day has its quarters on month boundaries.
 */
export function fiscalRange(year: number, part: { q?: number; h?: number; m?: number }, fiscalYearEnd: string): DayRange | null {
  const m = /^(\d{2})-(\d{2})$/.exec(fiscalYearEnd);
  if (!m) return null;
  const endMonth = Number(m[1]);
  const endDay = Math.min(Number(m[2]), lastDayOfMonth(year, endMonth));
  const monthEnd = endDay >= lastDayOfMonth(year - 1, endMonth) || endDay >= 28;
  // The first day of fiscal year Y.
  const startY = monthEnd ? (endMonth === 12 ? year : year - 1) : year - 1;
  const startM = monthEnd ? (endMonth % 12) + 1 : endMonth;
  const startD = monthEnd ? 1 : endDay + 1;
  const offset = part.q ? (part.q - 1) * 3 : part.h ? (part.h - 1) * 6 : part.m ? part.m - 1 : 0;
  const length = part.q ? 3 : part.h ? 6 : part.m ? 1 : 12;
  const from = addMonths(startY, startM, startD, offset);
  const next = addMonths(startY, startM, startD, offset + length);
  next.setUTCDate(next.getUTCDate() - 1);
  return { from: iso(from), to: iso(next) };
}

/**
 * The days a period string covers: "2025", "FY2025", "2025-Q1", "FY2025-Q4", "2025-H2", "2024-09",
 * "2024-09-02". "FY" periods follow the entity's `fiscalYearEnd` when it has one (`fiscal` also
 * makes a bare "2025-Q4" a fiscal quarter: a claim's "Q4 FY2025"); without it fiscal years are
 * calendar years.
 */
export function periodRange(period: string, fiscalYearEnd?: string, fiscal = false): DayRange | null {
  const p = period.trim().toUpperCase();
  if (fiscalYearEnd && (fiscal || p.startsWith('FY'))) {
    const f = /^(?:FY\s?)?(\d{4})(?:-?([QH])([1-4]))?$/.exec(p);
    if (f) {
      const n = Number(f[3]);
      const r = fiscalRange(Number(f[1]), f[2] === 'Q' ? { q: n } : f[2] === 'H' ? { h: n } : {}, fiscalYearEnd);
      if (r) return r;
    }
    // "at the end of fiscal 2025": the twelfth month of the fiscal year (written as December of a calendar one).
    const month = fiscal ? /^(\d{4})-(\d{2})$/.exec(p) : null;
    if (month) {
      const r = fiscalRange(Number(month[1]), { m: Number(month[2]) }, fiscalYearEnd);
      if (r) return r;
    }
  }
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
  // Months from one to another: "2025-01/2025-09", "2024-04/2025-03".
  const span = monthSpan(p);
  if (span && span.months >= 1) return { from: monthsRange(span.y1, span.m1, span.m1).from, to: monthsRange(span.y2, span.m2, span.m2).to };
  const week = isoWeekPeriod(p);
  if (week) return { from: week.from, to: week.to };
  // Days from one to another: "2025-10-26/2025-11-01".
  return daySpan(p);
}

/** Whether `inner` lies within `outer`. */
export function within(inner: DayRange, outer: DayRange): boolean {
  return inner.from >= outer.from && inner.to <= outer.to;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const monthName = (mm: string | number): string => MONTHS[Number(mm) - 1] ?? String(mm);
/** "June 30, 2025". */
const dayName = (y: string, m: string, d: string): string => `${monthName(m)} ${Number(d)}, ${y}`;

/** A period string as a person reads it: "2024-05" → "May 2024", "2025-Q1" → "Q1 2025". */
export function humanPeriod(period: string): string {
  const p = period.trim();
  const fy = /^FY(\d{4})-?([QH][1-4])$/i.exec(p);
  if (fy) return `${fy[2]!.toUpperCase()} FY${fy[1]}`;
  let m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) return `${monthName(m[2]!)} ${m[1]}`;
  m = /^(\d{4})-?([QH][1-4])$/i.exec(p);
  if (m) return `${m[2]!.toUpperCase()} ${m[1]}`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p);
  if (m) return dayName(m[1]!, m[2]!, m[3]!);
  // "2025-W44": the week of its Monday, "the week of October 27, 2025".
  const week = isoWeekPeriod(p);
  if (week) {
    const [y, mm, d] = week.from.split('-') as [string, string, string];
    return `the week of ${dayName(y, mm, d)}`;
  }
  // Months from one to another: "January–September 2025", "April 2024–March 2025".
  const span = monthSpan(p);
  if (span) return span.y1 === span.y2 ? `${monthName(span.m1)}–${monthName(span.m2)} ${span.y2}` : `${monthName(span.m1)} ${span.y1}–${monthName(span.m2)} ${span.y2}`;
  // Days from one to another: "January 1–May 20, 2025", "September 29, 2023–September 28, 2024".
  m = /^(\d{4})-(\d{2})-(\d{2})\/(\d{4})-(\d{2})-(\d{2})$/.exec(p);
  if (m) {
    const [, y1, m1, d1, y2, m2, d2] = m as unknown as [string, string, string, string, string, string, string];
    const end = dayName(y2, m2, d2);
    // Seven days: "the week to November 1, 2025".
    if (Date.UTC(+y2, +m2 - 1, +d2) - Date.UTC(+y1, +m1 - 1, +d1) === 6 * 86400000) return `the week to ${end}`;
    return y1 === y2 ? `${monthName(m1)} ${Number(d1)}–${end}` : `${dayName(y1, m1, d1)}–${end}`;
  }
  return p;
}
