import type { Span } from '../types';

export interface TableContext {
  /** The whole row the claim's cell is in: the "block" for entity fallback. */
  row: Span;
  /** The header cell above the claim's column, where a table names its metric ("Valuation"). */
  header: Span | null;
}

const DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

interface Line {
  start: number;
  end: number;
  text: string;
}

let delimiterCache: { text: string; byLine: Map<number, Line | null>; lastRow: { line: Line; hasPipe: boolean } | undefined } | undefined;

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return { start, end, text: text.slice(start, end) };
}

/** Offsets (in the note) of the unescaped pipes of a line. */
function pipes(line: Line): number[] {
  const out: number[] = [];
  for (let i = 0; i < line.text.length; i++) if (line.text[i] === '|' && line.text[i - 1] !== '\\') out.push(line.start + i);
  return out;
}

/** The cell spans of a GFM table line, leading and trailing pipes optional. */
function cells(line: Line): Span[] {
  const bars = pipes(line);
  const edges = [line.start - 1, ...bars, line.end];
  const spans: Span[] = [];
  for (let i = 0; i + 1 < edges.length; i++) spans.push({ start: edges[i]! + 1, end: edges[i + 1]! });
  // A leading or trailing pipe leaves an empty edge cell that is not a column.
  if (line.text.trimStart().startsWith('|')) spans.shift();
  if (line.text.trimEnd().endsWith('|')) spans.pop();
  return spans;
}

/**
 * When a claim stands in a GFM table cell, its row and its column's header cell, read from the
 * note text (a cell alone rarely names both the entity and the metric; the row and header do).
 */
export function tableContext(text: string, offset: number): TableContext | null {
  // Per note: the delimiter row found for each line walked, so row after row of one table walks up
  // one line instead of to the table's top (a 20,000-row table was quadratic); and the last line
  // read, so the claims of one long line do not rescan it (a 1.9 MB line was quadratic).
  if (delimiterCache?.text !== text) delimiterCache = { text, byLine: new Map(), lastRow: undefined };
  const cache = delimiterCache;
  const last = cache.lastRow;
  const row = last && last.line.start <= offset && offset <= last.line.end ? last.line : lineAt(text, offset);
  if (row !== last?.line) cache.lastRow = { line: row, hasPipe: row.text.includes('|') };
  if (!cache.lastRow!.hasPipe) return null;
  const known = cache.byLine;
  let cursor = row;
  let delimiter: Line | null = null;
  const walked: number[] = [];
  while (cursor.start > 0) {
    const cached = known.get(cursor.start);
    if (cached !== undefined) {
      delimiter = cached;
      break;
    }
    walked.push(cursor.start);
    if (DELIMITER_ROW.test(cursor.text)) {
      delimiter = cursor;
      break;
    }
    const above = lineAt(text, cursor.start - 1);
    if (!above.text.includes('|')) break;
    cursor = above;
  }
  for (const start of walked) known.set(start, delimiter);
  if (!delimiter || delimiter.start === row.start || delimiter.start === 0) return null;
  const headerLine = lineAt(text, delimiter.start - 1);
  const column = cells(row).findIndex((c) => c.start <= offset && offset <= c.end);
  const header = column >= 0 ? (cells(headerLine)[column] ?? null) : null;
  return { row: { start: row.start, end: row.end }, header };
}
