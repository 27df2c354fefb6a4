// Facts data (as read from YAML or CSV files) written back as one YAML facts file or as one CSV
// sheet per section, with the columns of factColumns: the two forms convert into each other.
import { Document, visit } from 'yaml';
import { COLUMNS, LIST_SEPARATOR, type Column, type Section } from './factColumns';
import { csvSource, isCsvFile, readCsvFacts } from './csvFacts';
import { parseYaml, toPlainData } from './yamlDocument';
import { toCsv } from '../csv';

type Data = Record<string, unknown>;

export interface FactsData {
  entities: Record<string, Data>;
  metrics: Record<string, Data>;
  facts: Data[];
}

/** One facts file's entities, metrics and facts as plain data (YAML or CSV by its name). */
export function readFactsData(file: string, text: string): FactsData {
  // A sheet's data without its document (a node per cell); a YAML file's from its document, as precisely as the loader's.
  const data = ((isCsvFile(file) ? readCsvFacts(csvSource(file, text)).data : toPlainData(parseYaml(file, text).source).data) ?? {}) as Partial<FactsData>;
  return {
    entities: (data.entities ?? {}) as Record<string, Data>,
    metrics: (data.metrics ?? {}) as Record<string, Data>,
    facts: Array.isArray(data.facts) ? data.facts : [],
  };
}

export function mergeFactsData(all: readonly FactsData[]): FactsData {
  const merged: FactsData = { entities: {}, metrics: {}, facts: [] };
  for (const d of all) {
    Object.assign(merged.entities, d.entities);
    Object.assign(merged.metrics, d.metrics);
    merged.facts.push(...d.facts);
  }
  return merged;
}

/** A YAML facts file: entities and metrics one per line, facts as blocks, big round numbers as 6.15e+10. */
export function factsToYaml(data: FactsData): string {
  const content: Data = {};
  if (Object.keys(data.entities).length > 0) content.entities = data.entities;
  if (Object.keys(data.metrics).length > 0) content.metrics = data.metrics;
  content.facts = data.facts;
  const doc = new Document(content);
  visit(doc, {
    Pair(_, pair, path) {
      const parent = path[path.length - 1];
      const section = path.length >= 2 ? (path[path.length - 2] as { key?: { value?: unknown } }).key?.value : undefined;
      if ((section === 'entities' || section === 'metrics') && parent) (pair.value as { flow?: boolean }).flow = true;
    },
    Scalar(_, node) {
      if (typeof node.value === 'number' && Number.isInteger(node.value) && Math.abs(node.value) >= 1e6) node.format = 'EXP';
    },
  });
  return doc.toString({ lineWidth: 0 });
}

function valueAt(item: Data, column: Column): unknown {
  let value: unknown = item;
  for (const key of column.path) value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
  return value;
}

function cellText(value: unknown, column: Column): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join(`${LIST_SEPARATOR} `);
  return column.list || typeof value !== 'object' ? String(value) : JSON.stringify(value);
}

/** One section as CSV (CRLF, as RFC 4180 says), with the columns some item uses, in the schema's order. */
export function factsToCsv(data: FactsData, section: Section): string {
  const items: Data[] =
    section === 'facts' ? data.facts : Object.entries(data[section]).map(([id, value]) => ({ id, ...(value ?? {}) }));
  const columns = COLUMNS[section].filter((c) => c.name === 'id' || items.some((item) => cellText(valueAt(item, c), c) !== ''));
  return toCsv([columns.map((c) => c.name), ...items.map((item) => columns.map((c) => cellText(valueAt(item, c), c)))]);
}
