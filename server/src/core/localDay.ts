/**
 * A Date as YYYY-MM-DD in the machine's time zone: what "today" means to the person at it. The
 * core reads no clock; hosts (CLI, node server, web worker) pass `localDay(new Date())` in.
 */
export function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
