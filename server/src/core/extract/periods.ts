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

function months(iso: string, y: number, first: number, last: number): Period {
  return { iso, from: `${y}-${pad(first)}-01`, to: `${y}-${pad(last)}-${pad(lastDay(y, last))}` };
}

export const yearPeriod = (y: number): Period => months(String(y), y, 1, 12);
export const monthPeriod = (y: number, m: number): Period => months(`${y}-${pad(m)}`, y, m, m);
export const quarterPeriod = (y: number, q: number): Period => months(`${y}-Q${q}`, y, q * 3 - 2, q * 3);
export const halfPeriod = (y: number, h: number): Period => months(`${y}-H${h}`, y, h * 6 - 5, h * 6);
export const midPeriod = (y: number): Period => months(`${y}-mid`, y, 4, 9);
export const fiscalPeriod = (y: number): Period => months(`FY${y}`, y, 1, 12);
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

export function refDate(iso: string): RefDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return { year: 1970, month: 1, day: 1 };
  return { year: +m[1]!, month: +m[2]!, day: +m[3]! };
}

/** The year of the most recent (month, day) on or before the reference date. */
export function recentYear(ref: RefDate, month: number, day = 1): number {
  return month < ref.month || (month === ref.month && day <= ref.day) ? ref.year : ref.year - 1;
}
