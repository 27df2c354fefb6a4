// A facts CSV (one sheet of facts, entities or metrics) read into the same shape as a YAML facts
// file. The loader reads it as plain data with each entry's span (readCsvFacts), as the plain YAML
// reader gives them; a problem is located in a yaml node built from its row alone, and the whole
// sheet as a yaml Document whose nodes' ranges are its cells (parseCsvFacts) only where a problem
// is about the sheet itself. A node per cell of 100,000 rows took 4 s and 700 MB.
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { FactFileProblem, Span } from '../types';
import { COLUMNS, LIST_SEPARATOR, sectionOfHeader, type Column, type Section } from './factColumns';
import { readCsv, type CsvCell, type CsvRow } from './csvReader';
import { closest } from './schemaProblems';
import { anyWithin, lastAtMost } from '../lastAtMost';
import { lineStartsOf } from '../lineStarts';
import { lazySource, problemAt, type EntryNodes, type YamlFile } from './yamlDocument';
import { setKey } from './yamlData';
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

/** `a; b`: each item that is not blank, its value and its span in the cell. */
function listItems(cell: CsvCell, column: Column): { value: string | number; span: Span }[] {
  const items: { value: string | number; span: Span }[] = [];
  let at = 0;
  for (const part of cell.value.split(LIST_SEPARATOR)) {
    const item = part.trim();
    const offset = cell.contentStart + at + (part.length - part.trimStart().length);
    at += part.length + 1;
    if (item === '') continue;
    items.push({ value: cellValue(item, column), span: { start: offset, end: Math.min(offset + item.length, cell.span.end) } });
  }
  return items;
}

/** How one row becomes an entry: as yaml nodes located at its cells, or as plain data. */
interface RowBuilder<M, L, V> {
  map(span: Span): M;
  list(span: Span): L;
  value(value: string | number, span: Span): V;
  setKey(map: M, key: string, keySpan: Span, value: M | L | V): void;
  push(list: L, value: V): void;
  /** A nested group's span grows with each of its cells. */
  extend(group: M | L, span: Span): void;
}

const nodes: RowBuilder<YAMLMap, YAMLSeq, Scalar> = {
  map: (span) => ranged(new YAMLMap(), span),
  list: (span) => ranged(new YAMLSeq(), span),
  value: (value, span) => ranged(new Scalar(value), span),
  setKey: (map, key, keySpan, value) => map.items.push(new Pair(ranged(new Scalar(key), keySpan), value)),
  push: (list, value) => list.items.push(value),
  extend: (group, span) => ranged(group, span),
};

type Plain = string | number | Record<string, unknown> | unknown[];
const plain: RowBuilder<Record<string, unknown>, unknown[], Plain> = {
  map: () => ({}),
  list: () => [],
  value: (value) => value,
  setKey: (map, key, _span, value) => setKey(map, key, value),
  push: (list, value) => list.push(value),
  extend: () => undefined,
};

/** One row as a mapping with the columns' nested paths (source_url -> source.url). */
function buildRow<M, L, V>(b: RowBuilder<M, L, V>, row: CsvRow, columns: readonly (Column | undefined)[], skipKey: boolean): M {
  const map = b.map(row.span);
  let nested: Map<string, { node: M | L; start: number; isList: boolean }> | undefined;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    const cell = row.cells[i];
    if (!column || !cell || cell.value.trim() === '' || (skipKey && column.name === 'id')) continue;
    const [head, sub] = column.path as [string, string | number | undefined];
    const asList = column.list && !(column.single && !cell.value.includes(LIST_SEPARATOR));
    let value: L | V;
    if (asList) {
      const list = b.list(cell.span);
      for (const item of listItems(cell, column)) b.push(list, b.value(item.value, item.span));
      value = list;
    } else value = b.value(cellValue(cell.value, column), cell.span);
    if (sub === undefined) {
      b.setKey(map, head, cell.span, value);
      continue;
    }
    let group = nested?.get(head);
    if (!group) {
      group = typeof sub === 'number' ? { node: b.list(cell.span), start: cell.span.start, isList: true } : { node: b.map(cell.span), start: cell.span.start, isList: false };
      (nested ??= new Map()).set(head, group);
      b.setKey(map, head, cell.span, group.node);
    }
    b.extend(group.node, { start: group.start, end: cell.span.end });
    if (group.isList) b.push(group.node as L, value as V);
    else b.setKey(group.node as M, String(sub), cell.span, value);
  }
  return map;
}

/** What a sheet is, from its header row: its section and what each column holds (undefined: ignored). */
interface Sheet {
  section: Section;
  columns: (Column | undefined)[];
  /** The `id` column's place (-1: none). */
  idColumn: number;
  separator: ',' | ';';
}

/** A row that is an entry, and (entities, metrics) its id and the id's cell. */
interface EntryRow {
  row: CsvRow;
  id?: string;
  idCell?: CsvCell;
}

interface SheetReading {
  sheet: Sheet;
  header: CsvRow;
  /** From the first row after the header to the last. */
  body: Span;
  entries: EntryRow[];
}

type Report = (span: Span, code: string, severity: 'error' | 'warning', message: string) => void;

/**
 * The sheet's section, columns and entries, with every problem of its table reported: `csv-syntax`
 * (broken quotes, ragged rows, duplicate columns or ids) and `schema` (an unknown column, a row
 * without an id). Undefined for an empty sheet or a header that names no section.
 */
function readSheet(file: string, text: string, lineStarts: () => readonly number[], report: Report): SheetReading | undefined {
  const table = readCsv(text);
  for (const p of table.problems) report(p.span, 'csv-syntax', 'error', p.message);
  const [headerRow, ...rows] = table.rows;
  if (!headerRow) return undefined; // empty: like an empty YAML file

  // Spreadsheet headings are forgiving: "Source URL" is source_url.
  const header = headerRow.cells.map((c) => c.value.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  const section = sectionOfHeader(header);
  if (!section) {
    const names = (['facts', 'entities', 'metrics'] as Section[]).map((s) => `${s}: ${COLUMNS[s].map((c) => c.name).join(', ')}`).join('; ');
    report(headerRow.span, 'schema', 'error', `The header row names no facts, entities or metrics columns (${names}).`);
    return undefined;
  }
  const known = COLUMNS[section];
  const seen = new Set<string>();
  const columns = headerRow.cells.map((cell, i): Column | undefined => {
    const name = header[i]!;
    const column = known.find((c) => c.name === name);
    if (name === '') {
      if (rows.some((r) => (r.cells[i]?.value.trim() ?? '') !== '')) report(cell.span, 'csv-syntax', 'error', 'CSV: a column with values needs a name in the header row.');
      return undefined;
    }
    if (!column) {
      const guess = closest(name, known.map((c) => c.name));
      report(cell.span, 'schema', 'warning', `Column \`${name}\` is not a ${section === 'facts' ? 'fact' : section.slice(0, -1)} field and is ignored.${guess ? ` Did you mean \`${guess}\`?` : ''}`);
      return undefined;
    }
    if (seen.has(name)) {
      report(cell.span, 'csv-syntax', 'error', `CSV: column \`${name}\` appears twice in the header row; the second one is ignored.`);
      return undefined;
    }
    seen.add(name);
    return column;
  });

  const idColumn = columns.findIndex((c) => c?.name === 'id');
  // Where each id was first seen: its line is counted only for a duplicate.
  const ids = new Map<string, number>();
  const entries: EntryRow[] = [];
  for (const row of rows) {
    if (row.cells.every((c) => c.value.trim() === '')) continue; // a spreadsheet's empty row: ,,,,
    if (row.cells.length > headerRow.cells.length) {
      const extra = row.cells.slice(headerRow.cells.length);
      report({ start: extra[0]!.span.start, end: extra[extra.length - 1]!.span.end }, 'csv-syntax', 'error', `CSV: this row has ${row.cells.length} cells, the header row ${headerRow.cells.length}.`);
    }
    if (section === 'facts') {
      entries.push({ row });
      continue;
    }
    const idCell = idColumn >= 0 ? row.cells[idColumn] : undefined;
    const id = idCell?.value.trim() ?? '';
    if (!idCell || id === '') {
      report(row.span, 'schema', 'error', `This row has no \`id\`: every ${entryKind(section)} needs one.`);
      continue;
    }
    const first = ids.get(id);
    if (first !== undefined) {
      report(idCell.span, 'duplicate-id', 'error', `${entryTitle(section)} \`${id}\` is already defined at ${file}:${lastAtMost(lineStarts(), first) + 1}.`);
      continue;
    }
    ids.set(id, idCell.span.start);
    entries.push({ row, id, idCell });
  }
  const body = rows.length > 0 ? { start: rows[0]!.span.start, end: rows[rows.length - 1]!.span.end } : headerRow.span;
  return { sheet: { section, columns, idColumn, separator: table.separator }, header: headerRow, body, entries };
}

/** An entry's span: a fact's row; an entity's or metric's from its id's cell (its key) to its row's end. */
function entrySpan({ row, idCell }: EntryRow): Span {
  return idCell ? { start: idCell.span.start, end: row.span.end } : row.span;
}

/** An entry's nodes: its row's mapping, and for an entity or metric the pair of its id. */
function entryNodes(sheet: Sheet, entry: EntryRow): EntryNodes {
  const value = buildRow(nodes, entry.row, sheet.columns, sheet.section !== 'facts');
  return entry.idCell ? { pair: new Pair(ranged(new Scalar(entry.id), entry.idCell.span), value), value } : { value };
}

/**
 * Parses a facts CSV into a YamlFile the loader reads like any facts file: a document whose nodes
 * are the sheet's cells, and the table's problems.
 */
export function parseCsvFacts(file: string, text: string): { source: YamlFile; problems: FactFileProblem[] } {
  const doc = new Document(null) as unknown as Document.Parsed;
  const source: YamlFile = { file, text, doc, lineStarts: lineStartsOf(text) };
  const problems: FactFileProblem[] = [];
  const reading = readSheet(file, text, () => source.lineStarts, (span, code, severity, message) => problems.push(problemAt(source, span, code, severity, message)));
  if (!reading) return { source, problems };
  const { sheet, header, body, entries } = reading;
  const sectionNode = ranged(sheet.section === 'facts' ? new YAMLSeq() : new YAMLMap(), body);
  for (const entry of entries) {
    const { pair, value } = entryNodes(sheet, entry);
    sectionNode.items.push((pair ?? value) as never);
  }
  const root = ranged(new YAMLMap(), { start: 0, end: text.length });
  root.items.push(new Pair(ranged(new Scalar(sheet.section), header.span), sectionNode));
  doc.contents = root as unknown as Document.Parsed['contents'];
  return { source, problems };
}

/** A facts CSV as a YamlFile whose document (parseCsvFacts's, a node per cell) is built only if asked for. */
export function csvSource(file: string, text: string): YamlFile {
  return lazySource(file, text, () => parseCsvFacts(file, text).source.doc);
}

/** A facts CSV as the loader reads it: what parseCsvFacts's document holds, without the document. */
export interface CsvFacts {
  /** `{ facts: [...] }`, `{ entities: {...} }` or `{ metrics: {...} }` (the document's data); null without a section. */
  data: Record<string, unknown> | null;
  /** Each entry's span, by identity: a fact's row, an entity's or metric's from its id's cell to its row's end. */
  spans: Map<object, Span>;
  /** Entries with an error in their span (a ragged row, a broken quote), as 'facts/3' or 'entities/x': they are left out. */
  broken: string[];
  problems: FactFileProblem[];
  /** An entry's nodes, from its row read again: a problem in one of 100,000 rows is located without the whole document. */
  entry(section: string, key: string): EntryNodes | undefined;
}

/** Reads a facts CSV; `source` locates its problems (its `doc` is parseCsvFacts's, built only if asked for). */
export function readCsvFacts(source: YamlFile): CsvFacts {
  const { file, text } = source;
  const problems: FactFileProblem[] = [];
  const errors: number[] = [];
  const report: Report = (span, code, severity, message) => {
    const problem = problemAt(source, span, code, severity, message);
    problems.push(problem);
    if (severity === 'error') errors.push(problem.offset!.start);
  };
  const reading = readSheet(file, text, () => source.lineStarts, report);
  const spans = new Map<object, Span>();
  if (!reading) return { data: null, spans, broken: [], problems, entry: () => undefined };
  const { sheet, entries } = reading;
  errors.sort((a, b) => a - b);
  const broken: string[] = [];
  const facts: unknown[] = [];
  const keyed: Record<string, unknown> = {};
  // Where each entry's row is, to read it again for its nodes (the cells are not kept).
  const rowStarts: number[] = [];
  const rowEnds: number[] = [];
  const position = new Map<string, number>();
  for (let n = 0; n < entries.length; n++) {
    const entry = entries[n]!;
    const value = buildRow(plain, entry.row, sheet.columns, sheet.section !== 'facts');
    const span = entrySpan(entry);
    spans.set(value, span);
    const key = entry.id ?? String(n);
    if (entry.id === undefined) facts.push(value);
    else {
      setKey(keyed, entry.id, value);
      position.set(entry.id, n);
    }
    if (anyWithin(errors, span)) broken.push(`${sheet.section}/${key}`);
    rowStarts.push(entry.row.span.start);
    rowEnds.push(entry.row.span.end);
  }
  const data: Record<string, unknown> = {};
  setKey(data, sheet.section, sheet.section === 'facts' ? facts : keyed);
  const read = new Map<string, EntryNodes | undefined>();
  const entry = (section: string, key: string): EntryNodes | undefined => {
    const n = section !== sheet.section ? undefined : section === 'facts' ? (/^\d+$/.test(key) ? Number(key) : undefined) : position.get(key);
    if (n === undefined || n >= rowStarts.length) return undefined;
    if (read.has(key)) return read.get(key);
    // The row read again is that row alone; anything else, and the whole document locates it.
    const again = readCsv(text, { start: rowStarts[n]!, end: rowEnds[n]!, separator: sheet.separator }).rows;
    const row = again.length === 1 ? again[0] : undefined;
    const idCell = row && sheet.section !== 'facts' ? row.cells[sheet.idColumn] : undefined;
    const nodes = row && entryNodes(sheet, { row, id: key, idCell });
    read.set(key, nodes);
    return nodes;
  };
  return { data, spans, broken, problems, entry };
}
