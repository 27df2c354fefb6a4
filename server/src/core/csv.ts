// The one CSV writer (the ledger, `facts export --format csv`): RFC 4180 — CRLF records, a cell
// with a separator, quote, line break or edge space quoted with its quotes doubled — and safe to
// open in a spreadsheet: a cell that a spreadsheet would run as a formula (it starts with = + - @,
// a tab or a CR; OWASP's CSV injection rule) gets a leading apostrophe, unless it is a plain number
// such as -1.7e9. The facts reader (facts/csvReader.ts) takes the apostrophe off again, so an
// export reads back as it was.

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** The text a spreadsheet shows as text, never evaluates. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** A cell written by `neutraliseFormula`, as it was. */
export function restoreFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) && !PLAIN_NUMBER.test(text.slice(1)) ? text.slice(1) : text;
}

/** One cell: neutralised, then quoted when RFC 4180 (or a `;`-separated reader) needs it. */
export function csvCell(text: string): string {
  const safe = neutraliseFormula(text);
  return /[",\r\n;]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as CSV text, each record ended by CRLF as RFC 4180 says. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
}
