// A loaded facts index as text, read back on demand. The CLI keeps one in its cache (--cache), so
// a run against a large facts file that has not changed reads the entities and the lookups
// judging needs and builds only the facts a note asks for: loading 100,000 facts builds every
// one of them (~1 s), reading their snapshot builds none until asked.
//
// Layout: a first line of fixed width naming the format and the lengths of the three parts that
// follow: the facts (one JSON text each, line breaks between: a row of values in FACT_KEYS' order,
// or the fact whole when it is not of the loader's shape), the header (files, problems, entities,
// metrics, the lookups of factLookups.ts, each fact's length, the mention index: JSON texts on lines
// of their own, the larger parts apart, each parsed in a step of its own) and the ids (JSON, read
// only when a note cites one). The facts come first so a writer can stream them
// and put the lengths in the first line last. Everything is ASCII (JSON escapes the rest), so a
// character is a byte and a host can read one fact from a file at its offset.
import { asciiJson, isAscii } from '../asciiJson';
import type { Entity, Fact, FactFileProblem, FactIndex, FactsOnDemand, Location, Metric, Position, Unit } from '../types';
import { mentionColumns, useMentionColumns, type MentionColumns } from '../judge/mentionIndex';
import { positionsByCounterparty, positionsByEntity, unitsByMetric } from './factLookups';
import { runToEnd } from '../runToEnd';

/** Bumped whenever the layout or the shape of what it holds changes: an older snapshot is not read. */
const FORMAT = 'claimcheck-facts-snapshot 7';
/** Digits of each length in the first line: its width is fixed, so it can be written last. */
const DIGITS = 12;
const FIRST_LINE_LENGTH = FORMAT.length + 3 * (DIGITS + 1) + 1;
/** Facts joined into one write: large enough for few writes, small enough to hold little. */
const CHUNK = 1 << 18;

/** Where a snapshot is read from: its size, and the text of a part of it. */
export interface SnapshotSource {
  size: number;
  read(start: number, end: number): string;
}

/** Where a snapshot is written: its text in order, then its first line again, in place. */
export interface SnapshotSink {
  append(text: string): void;
  /** Writes over the start of what was appended (the first line, the same length). */
  rewriteStart(text: string): void;
}

/** A snapshot held as a string. */
export const textSource = (text: string): SnapshotSource => ({ size: text.length, read: (start, end) => text.slice(start, end) });

/** The snapshot of a loaded index as one string (undefined as for writeFactsSnapshot). */
export function factsSnapshotText(loaded: LoadedFacts): string | undefined {
  return factsSnapshotParts(loaded)?.join('');
}

/** The snapshot of a loaded index in the parts it was written in, in order (undefined as for writeFactsSnapshot). */
export function factsSnapshotParts(loaded: LoadedFacts): string[] | undefined {
  const parts: string[] = [];
  const written = writeFactsSnapshot(loaded, {
    append: (text) => parts.push(text),
    rewriteStart: (text) => (parts[0] = text + parts[0]!.slice(text.length)),
  });
  return written ? parts : undefined;
}

interface Header {
  files: string[];
  problems: FactFileProblem[];
  entities: EntityColumns;
  metrics: Metric[];
  /** positionsByEntity. */
  byEntity: PositionColumns;
  /** positionsByCounterparty. */
  byCounterparty: PositionColumns;
  units: [string, readonly Unit[]][];
  /** Each fact's length in the facts part (a line break follows each but the last). */
  lengths: number[];
  /** The mention index, its names as places in `entities` (null: built from the entities when asked). */
  mentions: MentionColumns | null;
  /** The files facts' rows name by their place here. */
  factFiles: string[];
}

/**
 * The header's parts written on lines of their own after the rest of it, in this order: at 100,000
 * facts each takes JSON.parse 10-30 ms, where the whole header took 70-120 ms in one piece (the
 * slowest hover while a large facts file reloaded).
 */
export const HEADER_PARTS = ['entities', 'byEntity', 'byCounterparty', 'mentions'] as const satisfies readonly (keyof Header)[];

/** Fact positions by entity: `positions[starts[k]..starts[k + 1])` are those of `entities[k]`. */
interface PositionColumns {
  entities: string[];
  starts: number[];
  positions: number[];
}

function positionColumns(byEntity: ReadonlyMap<string, readonly number[]>): PositionColumns {
  const columns: PositionColumns = { entities: [], starts: [0], positions: [] };
  for (const [entity, positions] of byEntity) {
    columns.entities.push(entity);
    for (const p of positions) columns.positions.push(p);
    columns.starts.push(columns.positions.length);
  }
  return columns;
}

function positionsMap({ entities, starts, positions }: PositionColumns): ReadonlyMap<string, readonly number[]> {
  return new Map(entities.map((e, k) => [e, positions.slice(starts[k], starts[k + 1])]));
}

/** `byId` in its order: each id, and its fact's position in `facts` at the same place. */
interface Ids {
  ids: string[];
  positions: number[];
}

/**
 * Entities as columns, not 30,000 small objects for JSON to parse: those of the loader's shape
 * (id, name, aliases, location, fiscalYearEnd) are rebuilt from them, any other is kept whole.
 */
interface EntityColumns {
  ids: string[];
  names: string[];
  /** How many aliases each entity has, and all of them in a row. */
  aliasCounts: number[];
  aliases: string[];
  /** The location's file, as a place in `paths`, and its range as four numbers. */
  paths: string[];
  files: number[];
  ranges: number[];
  /** Fiscal year ends by entity position. */
  fiscal: [number, string][];
  /** Entities not of that shape, whole, by position (their column entries are placeholders). */
  whole: [number, Entity][];
}

export interface LoadedFacts {
  index: FactIndex;
  problems: FactFileProblem[];
}

/**
 * Writes the snapshot of a loaded index to `sink`. False, with the sink to be thrown away, when
 * JSON would not give the index back exactly (a number JSON cannot write, a key set to undefined,
 * an index whose maps are not keyed by their values' ids).
 */
export function writeFactsSnapshot({ index, problems }: LoadedFacts, sink: SnapshotSink): boolean {
  if (index.onDemand) return false; // read from a snapshot already
  if (!keyedById(index.entities) || !keyedById(index.metrics)) return false;
  const facts = index.facts;
  const ids = idsOf(index);
  if (!ids) return false;
  const entities = [...index.entities.values()];
  const rest = { files: index.files, problems, entities, metrics: [...index.metrics.values()] };
  if (!sameInJson(rest)) return false;

  sink.append(' '.repeat(FIRST_LINE_LENGTH - 1) + '\n');
  const factFiles: string[] = [];
  const fileAt = placesIn(factFiles);
  const lengths: number[] = new Array(facts.length);
  let chunk: string[] = [];
  let chunkLength = 0;
  let bodyLength = 0;
  for (let i = 0; i < facts.length; i++) {
    const row = factRow(facts[i]!, fileAt);
    if (!sameInJson(row)) return false;
    const json = JSON.stringify(row);
    lengths[i] = json.length;
    chunk.push(json);
    chunkLength += json.length + 1;
    if (chunkLength >= CHUNK || i === facts.length - 1) {
      let text = chunk.join('\n');
      // Escaped only where needed: one search per chunk, not one per fact.
      if (!isAscii(text)) {
        chunk = chunk.map(asciiJson);
        chunk.forEach((json, k) => (lengths[i - chunk.length + 1 + k] = json.length));
        text = chunk.join('\n');
      }
      if (i < facts.length - 1) text += '\n';
      sink.append(text);
      bodyLength += text.length;
      chunk = [];
      chunkLength = 0;
    }
  }
  const byEntity = positionColumns(positionsByEntity(facts));
  const byCounterparty = positionColumns(positionsByCounterparty(facts));
  const header: Header = { ...rest, entities: entityColumns(entities), byEntity, byCounterparty, units: [...unitsByMetric(facts)], lengths, mentions: mentionColumns(index, entities) ?? null, factFiles };
  const tail = [headerText(header), asciiJson(JSON.stringify(ids))];
  for (const t of tail) sink.append(t);
  const digits = [bodyLength, ...tail.map((t) => t.length)].map((n) => String(n).padStart(DIGITS, '0'));
  sink.rewriteStart(`${FORMAT} ${digits.join(' ')}\n`);
  return true;
}

/** The header as JSON texts on lines of their own: the rest of it, then HEADER_PARTS (JSON writes no line break of its own). */
function headerText(header: Header): string {
  const rest: Partial<Header> = { ...header };
  for (const key of HEADER_PARTS) delete rest[key];
  return [rest, ...HEADER_PARTS.map((key) => header[key])].map((part) => asciiJson(JSON.stringify(part))).join('\n');
}

/**
 * The header read back from headerText's text, a part per step (the caller pauses between them);
 * undefined when it is not of that shape.
 */
function* readHeader(text: string): Generator<void, Header | undefined, void> {
  const texts = text.split('\n');
  if (texts.length !== 1 + HEADER_PARTS.length) return undefined;
  const header = JSON.parse(texts[0]!) as Record<string, unknown> | null;
  if (header === null || typeof header !== 'object') return undefined;
  for (let k = 0; k < HEADER_PARTS.length; k++) {
    yield;
    header[HEADER_PARTS[k]!] = JSON.parse(texts[k + 1]!);
  }
  return header as unknown as Header;
}

/**
 * `byId` as positions in `facts`; undefined when it holds a fact that is not there. A function of
 * its own: its map of 100,000 facts is let go before the header is written.
 */
function idsOf(index: FactIndex): Ids | undefined {
  const position = new Map<Fact, number>();
  for (let i = 0; i < index.facts.length; i++) position.set(index.facts[i]!, i);
  const ids: Ids = { ids: [], positions: [] };
  for (const [id, fact] of index.byId) {
    const at = position.get(fact);
    if (at === undefined) return undefined;
    ids.ids.push(id);
    ids.positions.push(at);
  }
  return ids;
}

/**
 * A fact's keys in the order the loader writes them: a fact with these first (its location a file
 * and a range of two positions) is written as a row of their values, the location as its file's
 * place in `factFiles` and four numbers, then any further keys and their values in pairs. A row
 * is a third of the fact's JSON (no key repeated 100,000 times): quicker to write, send and read.
 */
const FACT_KEYS = ['id', 'entities', 'metric', 'value', 'low', 'high', 'unit', 'asOf', 'asOfDate', 'kind', 'source', 'location'] as const;
/** The location is last of them: in a row, its file's place, then the range's four numbers. */
const LOCATION_AT = FACT_KEYS.length - 1;
/** Where a row's further keys start. */
const ROW_EXTRAS = LOCATION_AT + 5;

/** `fileAt(file)`: the file's place in `list`, added there the first time. */
function placesIn(list: string[]): (file: string) => number {
  const at = new Map<string, number>();
  return (file) => {
    let k = at.get(file);
    if (k === undefined) at.set(file, (k = list.push(file) - 1));
    return k;
  };
}

/** A fact as it is written: a row when factOfRow gives it back exactly (key order too), else whole. */
function factRow(f: Fact, fileAt: (file: string) => number): unknown[] | Fact {
  const keys = Object.keys(f);
  if (keys.length < FACT_KEYS.length) return f;
  for (let k = 0; k < FACT_KEYS.length; k++) if (keys[k] !== FACT_KEYS[k]) return f;
  if (!isPlainLocation(f.location)) return f;
  const { file, range } = f.location;
  const fields = f as unknown as Record<string, unknown>;
  const row: unknown[] = [];
  for (let k = 0; k < LOCATION_AT; k++) row.push(fields[FACT_KEYS[k]!]);
  row.push(fileAt(file), range.start.line, range.start.character, range.end.line, range.end.character);
  for (let k = FACT_KEYS.length; k < keys.length; k++) {
    const key = keys[k]!;
    if (key === '__proto__') return f; // set on a new object, it would be its prototype
    row.push(key, fields[key]);
  }
  return row;
}

/** The fact a row (or a whole fact) stands for; undefined when it is neither. */
function factOfRow(row: unknown, files: readonly string[]): Fact | undefined {
  if (!Array.isArray(row)) return row !== null && typeof row === 'object' ? (row as Fact) : undefined;
  const file = files[row[LOCATION_AT]];
  if (typeof file !== 'string' || row.length < ROW_EXTRAS || (row.length - ROW_EXTRAS) % 2 !== 0) return undefined;
  const r = LOCATION_AT + 1;
  // An object literal, not a loop over FACT_KEYS: V8 builds it ~20% faster. `satisfies` holds it to
  // FACT_KEYS' keys; the snapshot tests compare every fact's JSON, so to their order too.
  const f = {
    id: row[0],
    entities: row[1],
    metric: row[2],
    value: row[3],
    low: row[4],
    high: row[5],
    unit: row[6],
    asOf: row[7],
    asOfDate: row[8],
    kind: row[9],
    source: row[10],
    location: { file, range: { start: { line: row[r], character: row[r + 1] }, end: { line: row[r + 2], character: row[r + 3] } } },
  } satisfies Record<(typeof FACT_KEYS)[number], unknown> as Record<string, unknown>;
  for (let k = ROW_EXTRAS; k < row.length; k += 2) {
    const key = row[k];
    if (typeof key !== 'string' || key === '__proto__') return undefined;
    f[key] = row[k + 1];
  }
  return f as unknown as Fact;
}

function entityColumns(entities: Entity[]): EntityColumns {
  const c: EntityColumns = { ids: [], names: [], aliasCounts: [], aliases: [], paths: [], files: [], ranges: [], fiscal: [], whole: [] };
  const pathAt = placesIn(c.paths);
  entities.forEach((e, i) => {
    const r = e.location?.range;
    c.ids.push(e.id);
    c.names.push(e.name);
    c.aliasCounts.push(e.aliases.length);
    for (const a of e.aliases) c.aliases.push(a);
    c.files.push(pathAt(e.location?.file ?? ''));
    c.ranges.push(r?.start.line ?? 0, r?.start.character ?? 0, r?.end.line ?? 0, r?.end.character ?? 0);
    if (e.fiscalYearEnd !== undefined) c.fiscal.push([i, e.fiscalYearEnd]);
  });
  // Whatever the columns would not give back exactly, key order included, is kept whole.
  entities.forEach((e, i) => {
    if (!ofLoaderShape(e)) c.whole.push([i, e]);
  });
  return c;
}

const ENTITY_KEYS = ['id', 'name', 'aliases', 'location'];
const sameKeys = (o: unknown, keys: readonly string[]): boolean => {
  if (typeof o !== 'object' || o === null) return false;
  const own = Object.keys(o);
  return own.length === keys.length && own.every((k, i) => k === keys[i]);
};

/** Whether entitiesOf gives the entity back from its columns exactly, as JSON would print it. */
function ofLoaderShape(e: Entity): boolean {
  const keys = e.fiscalYearEnd === undefined ? ENTITY_KEYS : [...ENTITY_KEYS, 'fiscalYearEnd'];
  const l = e.location;
  return (
    sameKeys(e, keys) &&
    typeof e.id === 'string' &&
    typeof e.name === 'string' &&
    typeof (e.fiscalYearEnd ?? '') === 'string' &&
    Array.isArray(e.aliases) &&
    e.aliases.every((a) => typeof a === 'string') &&
    isPlainLocation(l)
  );
}

const isPosition = (p: unknown): boolean =>
  sameKeys(p, ['line', 'character']) && typeof (p as Position).line === 'number' && typeof (p as Position).character === 'number';

/** Whether a location is a file and a range of two positions, nothing else: what a row or the entity columns give back. */
function isPlainLocation(l: unknown): l is Location {
  if (!sameKeys(l, ['file', 'range'])) return false;
  const { file, range } = l as Location;
  return typeof file === 'string' && sameKeys(range, ['start', 'end']) && isPosition(range.start) && isPosition(range.end);
}

function entitiesOf(c: EntityColumns): Entity[] {
  const fiscal = new Map(c.fiscal);
  const whole = new Map(c.whole);
  const out: Entity[] = new Array(c.ids.length);
  let alias = 0;
  for (let i = 0; i < c.ids.length; i++) {
    const count = c.aliasCounts[i]!;
    const kept = whole.get(i);
    if (kept) {
      out[i] = kept;
      alias += count;
      continue;
    }
    const r = 4 * i;
    const e: Entity = {
      id: c.ids[i]!,
      name: c.names[i]!,
      aliases: c.aliases.slice(alias, (alias += count)),
      location: { file: c.paths[c.files[i]!]!, range: { start: { line: c.ranges[r]!, character: c.ranges[r + 1]! }, end: { line: c.ranges[r + 2]!, character: c.ranges[r + 3]! } } },
    };
    const fye = fiscal.get(i);
    if (fye !== undefined) e.fiscalYearEnd = fye;
    out[i] = e;
  }
  return out;
}

/**
 * The index a snapshot holds, its facts built when asked for; undefined for a source that is not a
 * whole snapshot of this format (the caller loads the facts files instead).
 */
export function readFactsSnapshot(source: SnapshotSource): LoadedFacts | undefined {
  return runToEnd(readFactsSnapshotSteps(source));
}

/**
 * readFactsSnapshot, pausing between its larger parts (at 100,000 facts: each of the header's
 * parts' JSON, the entities rebuilt from their columns, the mention index, each ~10-30 ms), so the
 * language server answers a hover between them instead of after all of them.
 */
export function* readFactsSnapshotSteps(source: SnapshotSource): Generator<void, LoadedFacts | undefined, void> {
  if (source.size < FIRST_LINE_LENGTH) return undefined;
  const first = source.read(0, FIRST_LINE_LENGTH);
  const lengths = first.slice(FORMAT.length + 1, -1).split(' ').map((n) => (/^\d+$/.test(n) ? Number(n) : NaN));
  if (!first.startsWith(`${FORMAT} `) || !first.endsWith('\n') || lengths.length !== 3 || !lengths.every(Number.isSafeInteger)) return undefined;
  const [bodyLength, headerLength, idsLength] = lengths as [number, number, number];
  const bodyStart = FIRST_LINE_LENGTH;
  const headerStart = bodyStart + bodyLength;
  const idsStart = headerStart + headerLength;
  if (idsStart + idsLength !== source.size) return undefined; // cut short, or more than was written
  let header: Header | undefined;
  try {
    header = yield* readHeader(source.read(headerStart, idsStart));
  } catch {
    return undefined;
  }
  if (!header || !Array.isArray(header.lengths) || !Array.isArray(header.units) || !Array.isArray(header.files) || !Array.isArray(header.factFiles) || typeof header.byEntity !== 'object' || typeof header.byCounterparty !== 'object') return undefined;
  yield;
  const { factFiles } = header;
  const count = header.lengths.length;
  // Where each fact starts in the facts part; the lengths must add up to it, line breaks between.
  const starts: number[] = new Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    starts[i] = at;
    at += header.lengths[i]! + 1;
  }
  if (Math.max(0, at - 1) !== bodyLength) return undefined;
  const built: (Fact | undefined)[] = new Array(count);
  const fact = (i: number, body?: string): Fact => {
    let f = built[i];
    if (!f) {
      if (!(i >= 0 && i < count)) throw new RangeError(`no fact at ${i} of ${count}`);
      const text = body === undefined ? source.read(bodyStart + starts[i]!, bodyStart + starts[i]! + header.lengths[i]!) : body.slice(starts[i]!, starts[i]! + header.lengths[i]!);
      let read: Fact | undefined;
      try {
        read = factOfRow(JSON.parse(text), factFiles);
      } catch {
        // not JSON: damaged, as below
      }
      // Its size and lengths were whole: something changed the file since. Said plainly, not as a JSON error.
      if (!read) throw new Error(`the facts snapshot is damaged (fact ${i + 1} of ${count} does not read back); delete the cache folder and run again`);
      built[i] = f = read;
    }
    return f;
  };
  // Read when first asked: a note that cites no fact never looks an id up.
  let ids: Ids | undefined;
  const idsOf = (): Ids => (ids ??= JSON.parse(source.read(idsStart, idsStart + idsLength)) as Ids);
  let idAt: Map<string, number> | undefined;
  let byEntity: ReadonlyMap<string, readonly number[]> | undefined;
  let byCounterparty: ReadonlyMap<string, readonly number[]> | undefined;
  const units = new Map(header.units);
  const onDemand: FactsOnDemand = {
    count,
    ids: () => idsOf().ids,
    fact: (i) => fact(i),
    byEntity: () => (byEntity ??= positionsMap(header.byEntity)),
    byCounterparty: () => (byCounterparty ??= positionsMap(header.byCounterparty)),
    positionOfId(id) {
      if (!idAt) {
        const { ids, positions } = idsOf();
        idAt = new Map(ids.map((x, k) => [x, positions[k]!]));
      }
      return idAt.get(id);
    },
    unitsOf: (metric) => units.get(metric) ?? [],
  };
  let listed: Entity[];
  let entities: Map<string, Entity>;
  let metrics: Map<string, Metric>;
  try {
    listed = entitiesOf(header.entities);
    entities = new Map(listed.map((e) => [e.id, e]));
    metrics = new Map(header.metrics.map((m) => [m.id, m]));
  } catch {
    return undefined; // JSON, but not of this shape
  }
  yield;
  let facts: Fact[] | undefined;
  let byId: Map<string, Fact> | undefined;
  const index: FactIndex = {
    entities,
    metrics,
    files: header.files,
    onDemand,
    // Anything that reads the whole list gets every fact, built once, the facts part read in one go.
    get facts() {
      if (!facts) {
        // The facts part read whole once a fact is not built yet (after buildEveryFact, none is).
        let body: string | undefined;
        facts = Array.from({ length: count }, (_, i) => built[i] ?? fact(i, (body ??= source.read(bodyStart, bodyStart + bodyLength))));
      }
      return facts;
    },
    get byId() {
      if (!byId) {
        const { ids, positions } = idsOf();
        const all = index.facts;
        byId = new Map(ids.map((id, k) => [id, all[positions[k]!]!]));
      }
      return byId;
    },
  };
  // The mention index as it was: its 90,000 names are not folded and hashed again.
  const { mentions } = header;
  if (mentions !== null && (typeof mentions !== 'object' || !useMentionColumns(index, mentions, listed))) return undefined;
  return { index, problems: header.problems };
}

function keyedById(map: Map<string, { id: string }>): boolean {
  for (const [key, value] of map) if (key !== value.id) return false;
  return true;
}

/** Whether JSON.parse(JSON.stringify(value)) gives the same value back. */
function sameInJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!(i in value) || !sameInJson(value[i])) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const k in value) if (!sameInJson((value as Record<string, unknown>)[k])) return false;
      return true;
    }
    default:
      return false; // undefined, a function, a bigint, a symbol
  }
}
