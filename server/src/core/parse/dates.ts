/** YYYY-MM-DD of a Date in UTC. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Whether `s` is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/**
 * A front matter or option date as YYYY-MM-DD: YAML may hand us a string ("2025-02-14",
 * "2025-02-14T10:00:00Z") or a Date, depending on the schema.
 */
export function normalizeDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : isoDay(value);
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:[T\s].*)?$/.exec(value);
  return m && isIsoDay(m[1]!) ? m[1] : undefined;
}
