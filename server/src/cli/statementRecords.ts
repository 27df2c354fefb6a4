// A note's statements as records (recordBytes.ts), for the consistency pass's wait in the scratch
// file: v8 serialisation of their claims was most of a run's serialising. Each type's fields are
// listed once, with how a held statement keeps each; the tables must name every field of the type
// (`satisfies`), so a field added to Claim, TimeRef or Statement fails the typecheck here until it
// says whether the pass keeps it.
import type { Claim, Statement, TimeRef } from '../core/types';
import { RecordReader, RecordWriter } from './recordBytes';

type Kind =
  | 'int'
  | 'number' // a number or null
  | 'flag'
  | 'optionalFlag' // true, false or absent
  | 'text'
  | 'optionalText' // absent when not there
  | 'textOrNull'
  | 'word'
  | 'span'
  | 'optionalSpan'
  | 'range'
  | 'time' // a TimeRef or null
  | 'claim'
  | 'dropped' // not kept: the pass and its findings do not read it (absent when read back)
  | 'emptyText'; // not kept, read back as '' (the type requires a string)

const STATEMENT = { key: 'text', entity: 'text', entityName: 'text', metric: 'word', metricName: 'text', part: 'optionalText', claim: 'claim' } as const satisfies Record<keyof Statement, Kind>;

const CLAIM = {
  index: 'int',
  text: 'text',
  range: 'range',
  offset: 'span',
  kind: 'word',
  value: 'number',
  low: 'number',
  high: 'number',
  unit: 'word',
  bound: 'word',
  approx: 'flag',
  precision: 'number',
  time: 'time',
  noun: 'dropped',
  traded: 'dropped',
  sentence: 'span',
  sentenceText: 'emptyText',
  block: 'span',
  table: 'dropped',
  lead: 'dropped',
} as const satisfies Record<keyof Claim, Kind>;

const TIME = {
  text: 'text',
  span: 'optionalSpan',
  iso: 'textOrNull',
  from: 'textOrNull',
  to: 'textOrNull',
  by: 'optionalFlag',
  latest: 'optionalFlag',
  fiscal: 'optionalFlag',
  endOf: 'optionalFlag',
  yearless: 'dropped',
} as const satisfies Record<keyof TimeRef, Kind>;

type Fields = Readonly<Record<string, Kind>>;
const entries = (fields: Fields): [string, Kind][] => Object.entries(fields);
const STATEMENT_FIELDS = entries(STATEMENT);
const CLAIM_FIELDS = entries(CLAIM);
const TIME_FIELDS = entries(TIME);

const writer = new RecordWriter();

function put(kind: Kind, value: unknown): void {
  switch (kind) {
    case 'int':
      return writer.int(value as number);
    case 'number':
      return writer.number(value as number | null);
    case 'flag':
      return writer.flag(value as boolean);
    case 'optionalFlag':
      return writer.int(value === undefined ? 0 : value ? 2 : 1);
    case 'text':
    case 'optionalText':
      return writer.text(value as string | undefined);
    case 'textOrNull':
      return writer.text((value as string | null) ?? undefined);
    case 'word':
      return writer.word(value as string);
    case 'optionalSpan':
      writer.flag(value !== undefined);
      return value === undefined ? undefined : put('span', value);
    case 'span': {
      const span = value as { start: number; end: number };
      writer.int(span.start);
      return writer.int(span.end);
    }
    case 'range': {
      const range = value as Claim['range'];
      for (const n of [range.start.line, range.start.character, range.end.line, range.end.character]) writer.int(n);
      return;
    }
    case 'time':
      writer.flag(value !== null);
      if (value !== null) putFields(TIME_FIELDS, value as TimeRef);
      return;
    case 'claim':
      return putFields(CLAIM_FIELDS, value as Claim);
    case 'dropped':
    case 'emptyText':
      return;
  }
}

function putFields(fields: [string, Kind][], value: object): void {
  const record = value as Record<string, unknown>;
  for (const [name, kind] of fields) put(kind, record[name]);
}

/** undefined: the field is absent. */
function get(kind: Kind, r: RecordReader): unknown {
  switch (kind) {
    case 'int':
      return r.int();
    case 'number':
      return r.number();
    case 'flag':
      return r.flag();
    case 'optionalFlag': {
      const n = r.int();
      return n === 0 ? undefined : n === 2;
    }
    case 'text':
    case 'optionalText':
      return r.text();
    case 'textOrNull':
      return r.text() ?? null;
    case 'word':
      return r.word();
    case 'optionalSpan':
      return r.flag() ? get('span', r) : undefined;
    case 'span':
      return { start: r.int(), end: r.int() };
    case 'range':
      return { start: { line: r.int(), character: r.int() }, end: { line: r.int(), character: r.int() } };
    case 'time':
      return r.flag() ? getFields(TIME_FIELDS, r) : null;
    case 'claim':
      return getFields(CLAIM_FIELDS, r);
    case 'dropped':
      return undefined;
    case 'emptyText':
      return '';
  }
}

function getFields<T>(fields: [string, Kind][], r: RecordReader): T {
  const out: Record<string, unknown> = {};
  for (const [name, kind] of fields) {
    const value = get(kind, r);
    if (value !== undefined) out[name] = value;
  }
  return out as T;
}

/** Statements as a record: a view of this thread's writer, valid until its next record. */
export function writeStatements(statements: readonly Statement[]): Uint8Array {
  writer.list(statements, (s) => putFields(STATEMENT_FIELDS, s));
  return writer.finish();
}

/** The statements as the pass reads them: each claim without its noun, table and sentence text. */
export function readStatements(bytes: Uint8Array): Statement[] {
  const r = new RecordReader(bytes);
  return r.list(() => getFields<Statement>(STATEMENT_FIELDS, r));
}
