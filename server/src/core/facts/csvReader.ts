// A small RFC 4180 reader that keeps where every cell is. npm's CSV parsers (csv-parse,
// papaparse) report a record's line at best, never a cell's offsets, and facts problems must
// point at the exact cell; so this reads the format itself: quoted cells with "" escapes and
// line breaks inside, CRLF/LF/CR records, a leading BOM, and `;` as separator when the header
// has no comma (spreadsheets in locales with a decimal comma export that way).
import { restoreFormula } from '../csv';
import type { Span } from '../types';

export interface CsvCell {
  /** The value, quotes removed and "" unescaped. */
  value: string;
  /** The raw cell in the text, quotes included. */
  span: Span;
  /** Where the value's characters start (after an opening quote). */
  contentStart: number;
  quoted: boolean;
}

export interface CsvRow {
  cells: CsvCell[];
  /** From the first cell's start to the last cell's end (no line break). */
  span: Span;
}

export interface CsvSyntaxProblem {
  span: Span;
  message: string;
}

export interface CsvTable {
  rows: CsvRow[];
  separator: ',' | ';';
  problems: CsvSyntaxProblem[];
}

function separatorOf(text: string, start: number): ',' | ';' {
  let inQuotes = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && c === ',') return ',';
    else if (!inQuotes && c === ';') return ';';
  }
  return ',';
}

/**
 * Reads every record; blank lines are skipped, a broken quote is a problem, never an exception.
 * `part`: only the records in `text` from `start` to `end` (one row read again), with the sheet's separator.
 */
export function readCsv(text: string, part?: { start: number; end: number; separator: ',' | ';' }): CsvTable {
  const start = part ? part.start : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = part ? part.end : text.length;
  const separator = part ? part.separator : separatorOf(text, start);
  const rows: CsvRow[] = [];
  const problems: CsvSyntaxProblem[] = [];
  let i = start;
  let cells: CsvCell[] = [];
  const endRow = () => {
    const blank = cells.length === 1 && cells[0]!.value === '' && !cells[0]!.quoted;
    if (!blank) rows.push({ cells, span: { start: cells[0]!.span.start, end: cells[cells.length - 1]!.span.end } });
    cells = [];
  };
  while (i <= end) {
    const cellStart = i;
    let value = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      let closed = false;
      while (i < end) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      if (!closed) problems.push({ span: { start: cellStart, end }, message: 'CSV: this quoted cell has no closing quote.' });
      const after = i;
      while (i < end && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') i++;
      if (i > after) {
        problems.push({ span: { start: after, end: i }, message: 'CSV: text after a closing quote; quote the whole cell and double the quotes inside ("").' });
        value += text.slice(after, i);
      }
    } else {
      while (i < end && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') i++;
      value = text.slice(cellStart, i);
    }
    // A cell an export kept from running as a formula ('=…) reads back as written.
    const restored = restoreFormula(value);
    const contentStart = (quoted ? cellStart + 1 : cellStart) + value.length - restored.length;
    cells.push({ value: restored, span: { start: cellStart, end: i }, contentStart, quoted });
    if (i >= end) {
      endRow();
      break;
    }
    if (text[i] === separator) {
      i++;
      continue;
    }
    // A line break ends the record: CRLF, LF or a lone CR.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    endRow();
    if (i >= end) break;
  }
  return { rows, separator, problems };
}
