// A facts CSV (one sheet of facts, entities or metrics) read into the same shape as a YAML facts
// file: a yaml Document whose nodes' ranges are the CSV cells. The loader then validates it with
// the same schema validator and locates every problem at its row and column, as for YAML.
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { FactFileProblem, Span } from '../types';
import { COLUMNS, LIST_SEPARATOR, sectionOfHeader, type Column, type Section } from './factColumns';
import { readCsv, type CsvCell, type CsvRow } from './csvReader';
import { closest } from './schemaProblems';
import { lastAtMost } from '../lastAtMost';
import { lineStartsOf } from '../lineStarts';
import { problemAt, type YamlFile } from './yamlDocument';
import { entryKind, entryTitle } from './sections';

export function isCsvFile(file: string): boolean {
  return /\.csv$/i.test(file);
}

function ranged<T extends { range?: unknown }>(node: T, span: Span): T {
  (node as { range?: [number, number, number] }).range = [span.start, span.end, span.end];
  return node;
}

const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** A numeric cell as a number; anything else stays text for the schema to judge. */
function cellValue(text: string, column: Column): string | number {
  const trimmed = text.trim();
  if (column.numeric && trimmed !== '') {
    const n = Number(THOUSANDS.test(trimmed) ? trimmed.replace(/,/g, '') : trimmed);
    if (Number.isFinite(n)) return n;
  }
  return trimmed;
}

function scalar(cell: CsvCell, column: Column): Scalar {
  return ranged(new Scalar(cellValue(cell.value, column)), cell.span);
}

/** `a; b` as a list, each item at its place in the cell. */
function listNode(cell: CsvCell, column: Column): YAMLSeq {
  const seq = ranged(new YAMLSeq(), cell.span);
  let at = 0;
  for (const part of cell.value.split(LIST_SEPARATOR)) {
    const item = part.trim();
    const offset = cell.contentStart + at + (part.length - part.trimStart().length);
    at += part.length + 1;
    if (item === '') continue;
    seq.items.push(ranged(new Scalar(cellValue(item, column)), { start: offset, end: Math.min(offset + item.length, cell.span.end) }));
  }
  return seq;
}

function spanOf(cells: CsvCell[]): Span {
  return { start: cells[0]!.span.start, end: cells[cells.length - 1]!.span.end };
}

/** One row as a mapping with the columns' nested paths (source_url -> source.url). */
function rowMap(row: CsvRow, columns: (Column | undefined)[], skipKey: boolean): YAMLMap {
  const map = ranged(new YAMLMap(), row.span);
  const nested = new Map<string, { node: YAMLMap | YAMLSeq; cells: CsvCell[] }>();
  columns.forEach((column, i) => {
    const cell = row.cells[i];
    if (!column || !cell || cell.value.trim() === '' || (skipKey && column.name === 'id')) return;
    const [head, sub] = column.path as [string, string | number | undefined];
    const asList = column.list && !(column.single && !cell.value.includes(LIST_SEPARATOR));
    const value = asList ? listNode(cell, column) : scalar(cell, column);
    if (sub === undefined) {
      map.items.push(new Pair(ranged(new Scalar(head), cell.span), value));
      return;
    }
    let group = nested.get(head);
    if (!group) {
      group = { node: typeof sub === 'number' ? new YAMLSeq() : new YAMLMap(), cells: [] };
      nested.set(head, group);
      map.items.push(new Pair(ranged(new Scalar(head), cell.span), group.node));
    }
    group.cells.push(cell);
    ranged(group.node, spanOf(group.cells));
    if (group.node instanceof YAMLSeq) group.node.items.push(value);
    else group.node.items.push(new Pair(ranged(new Scalar(sub), cell.span), value));
  });
  return map;
}

/**
 * Parses a facts CSV into a YamlFile the loader reads like any facts file; problems are
 * `csv-syntax` (broken quotes, ragged rows, duplicate columns or ids) and `schema` (an unknown column).
 */
export function parseCsvFacts(file: string, text: string): { source: YamlFile; problems: FactFileProblem[] } {
  const doc = new Document(null) as unknown as Document.Parsed;
  const source: YamlFile = { file, text, doc, lineStarts: lineStartsOf(text) };
  const problems: FactFileProblem[] = [];
  const problem = (span: Span, code: string, severity: 'error' | 'warning', message: string) => problems.push(problemAt(source, span, code, severity, message));
  const table = readCsv(text);
  for (const p of table.problems) problem(p.span, 'csv-syntax', 'error', p.message);
  const [headerRow, ...rows] = table.rows;
  if (!headerRow) return { source, problems }; // empty: like an empty YAML file

  // Spreadsheet headings are forgiving: "Source URL" is source_url.
  const header = headerRow.cells.map((c) => c.value.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  const section = sectionOfHeader(header);
  if (!section) {
    const names = (['facts', 'entities', 'metrics'] as Section[]).map((s) => `${s}: ${COLUMNS[s].map((c) => c.name).join(', ')}`).join('; ');
    problem(headerRow.span, 'schema', 'error', `The header row names no facts, entities or metrics columns (${names}).`);
    return { source, problems };
  }
  const known = COLUMNS[section];
  const seen = new Set<string>();
  const columns = headerRow.cells.map((cell, i): Column | undefined => {
    const name = header[i]!;
    const column = known.find((c) => c.name === name);
    if (name === '') {
      if (rows.some((r) => (r.cells[i]?.value.trim() ?? '') !== '')) problem(cell.span, 'csv-syntax', 'error', 'CSV: a column with values needs a name in the header row.');
      return undefined;
    }
    if (!column) {
      const guess = closest(name, known.map((c) => c.name));
      problem(cell.span, 'schema', 'warning', `Column \`${name}\` is not a ${section === 'facts' ? 'fact' : section.slice(0, -1)} field and is ignored.${guess ? ` Did you mean \`${guess}\`?` : ''}`);
      return undefined;
    }
    if (seen.has(name)) {
      problem(cell.span, 'csv-syntax', 'error', `CSV: column \`${name}\` appears twice in the header row; the second one is ignored.`);
      return undefined;
    }
    seen.add(name);
    return column;
  });

  const sectionNode = section === 'facts' ? new YAMLSeq() : new YAMLMap();
  ranged(sectionNode, rows.length > 0 ? spanOf(rows.map((r) => r.cells).flat()) : headerRow.span);
  const idColumn = columns.findIndex((c) => c?.name === 'id');
  const ids = new Map<string, number>();
  for (const row of rows) {
    if (row.cells.every((c) => c.value.trim() === '')) continue; // a spreadsheet's empty row: ,,,,
    if (row.cells.length > headerRow.cells.length) {
      const extra = row.cells.slice(headerRow.cells.length);
      problem(spanOf(extra), 'csv-syntax', 'error', `CSV: this row has ${row.cells.length} cells, the header row ${headerRow.cells.length}.`);
    }
    if (sectionNode instanceof YAMLSeq) {
      sectionNode.items.push(rowMap(row, columns, false));
      continue;
    }
    const idCell = idColumn >= 0 ? row.cells[idColumn] : undefined;
    const id = idCell?.value.trim() ?? '';
    if (!idCell || id === '') {
      problem(row.span, 'schema', 'error', `This row has no \`id\`: every ${entryKind(section)} needs one.`);
      continue;
    }
    const line = ids.get(id);
    if (line !== undefined) {
      problem(idCell.span, 'duplicate-id', 'error', `${entryTitle(section)} \`${id}\` is already defined at ${file}:${line}.`);
      continue;
    }
    ids.set(id, lastAtMost(source.lineStarts, idCell.span.start) + 1);
    sectionNode.items.push(new Pair(ranged(new Scalar(id), idCell.span), rowMap(row, columns, true)));
  }
  const root = ranged(new YAMLMap(), { start: 0, end: text.length });
  root.items.push(new Pair(ranged(new Scalar(section), headerRow.span), sectionNode));
  doc.contents = root as unknown as Document.Parsed['contents'];
  return { source, problems };
}
