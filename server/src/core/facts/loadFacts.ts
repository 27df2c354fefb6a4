// Loads facts files (YAML text) into one FactIndex, with a located problem for everything wrong.
// Never throws: a fact with an error is left out, the valid rest of every file still loads.
import { isMap, isScalar, isSeq, type Pair } from 'yaml';
import type { Entity, Fact, FactFileProblem, FactIndex, FactKind, Location, Metric, Range, Source, Span } from '../types';
import { canonicalUnit, sharedCodes } from '../lexicon';
import { isCurrency, unitFamily } from '../units';
import { BUILTIN_METRIC_IDS, builtinMetrics } from './builtinMetrics';
import { dateText, firstDayOf, isValidPartialDate, isValidPeriod, normalisePeriod, todayUtc } from './dates';
import { quoteForMessage } from '../quote';
import { foldedName, MentionIndexBuilder } from '../judge/mentionIndex';
import { csvSource, isCsvFile, readCsvFacts } from './csvFacts';
import { closest, schemaProblems } from './schemaProblems';
import validateFacts from './validateFacts.generated';
import { jsYamlReading, type FastYaml } from './fastYaml';
import { readFailingEntriesPrecisely } from './preciseEntries';
import { readPlainYamlSteps, type EntrySpan, type PlainYaml } from './plainYaml';
import { schemaErrorsSteps } from './schemaSteps';
import type { SchemaError } from './validateFacts.generated';
import { anyWithin } from '../lastAtMost';
import { runToEnd } from '../runToEnd';
import { findMergeConflicts, mergeConflictProblems, withFirstSides } from './mergeConflicts';
import { brokenId, firstLineSpan, lazySource, keySpanAtPath, nodeAt, pairAtPath, pairOf, parseEntry, parseYaml, parseYamlRecovering, problemAt, rangeOf, recoverEntriesSteps, spanAtPath, spanOfNode, toPlainData, topLevelPairs, type EntryNodes, type FastRead, type Recovered, type YamlFile } from './yamlDocument';
import { entryTitle, MAPPING_SECTIONS, SECTIONS } from './sections';

export interface LoadFactsOptions {
  /** Relative tolerance (0.05 = 5%) for facts without their own `tolerance`. */
  defaultTolerance?: number;
  /** YYYY-MM-DD; facts stated after it get a `future-as-of` warning. Default: today (UTC). */
  today?: string;
}

type Data = Record<string, unknown>;

interface FactsFile {
  source: YamlFile;
  data: Data | null;
  /** Values with schema errors, as paths 'facts/3', 'entities/amazon'; a bare section name = all of it. */
  bad: Set<string>;
  /** Nodes left out for a YAML syntax error in them ('entities/amazon', or 'entities' for the section). */
  broken: Set<string>;
  /** From the fast reading: spans of the section entries (then `source.doc` is parsed only when a problem needs it). */
  spans?: Map<object, EntrySpan>;
  /** From the plain reader: ranges of a sequence section's items (the facts) by list and index. */
  items?: Map<unknown[], (Range | undefined)[]>;
  /** From the plain reader: spans of a mapping section's entries whose value is a scalar (`ent-new:` while it is typed). */
  scalarSpans?: Map<object, Map<string, EntrySpan>>;
}

const DATE_FIELDS = new Set(['as_of', 'published', 'period']);

/** What a load gives: the facts that loaded, and a located problem for everything wrong. */
export interface LoadedIndex {
  index: FactIndex;
  problems: FactFileProblem[];
}

/**
 * `plainRead` hears of each file the plain reader read whole, as it is written (no merge conflict,
 * no syntax error), with its text: the server's facts worker finds Add Fact's outline from that reading.
 */
export function loadFacts(
  files: { file: string; text: string }[],
  options: LoadFactsOptions = {},
  plainRead?: (file: string, text: string, read: PlainYaml) => void,
): LoadedIndex {
  return runToEnd(loadFactsSteps(files, options, plainRead));
}

/**
 * What a stepwise load yields just before a file is read otherwise than by the plain reader (YAML
 * outside the plain subset, a syntax error the recovery by entry cannot place, a CSV file): those
 * readers do not pause. A syntax error in an entry or on a stray line (as while a fact is typed) is
 * recovered by the plain reader, in pieces.
 * A host that must keep answering on the thread it loads on may stop there and load elsewhere.
 */
export const SLOW_READ = 'slow-read';

/** A pause of a stepwise load: a plain one, or SLOW_READ. */
export type LoadStep = void | typeof SLOW_READ;

/**
 * Facts read, checked against the schema or added between two pauses of a stepwise load: the
 * server's thread reads 2,000 in ~6 ms, checks them in ~1.5 ms, adds them in ~3-7 ms.
 */
const ENTRIES_PER_STEP = 2_000;
/** Entities added between two pauses: each has names to index, ~4 times a fact's work. */
const ENTITIES_PER_STEP = 500;

/**
 * loadFacts a piece at a time: a file's reading, its schema check, and its entities and facts a
 * few thousand at a time. A host that keeps answering while it loads (the server, with a facts file
 * it loads on its own thread) pauses between the pieces; run through, it is loadFacts.
 */
export function* loadFactsSteps(
  files: { file: string; text: string }[],
  options: LoadFactsOptions = {},
  plainRead?: (file: string, text: string, read: PlainYaml) => void,
): Generator<LoadStep, LoadedIndex, void> {
  const index: FactIndex = { entities: new Map(), metrics: builtinMetrics(), facts: [], byId: new Map(), files: [] };
  const problems: FactFileProblem[] = [];
  const today = options.today ?? todayUtc();

  const parsed: FactsFile[] = [];
  for (const { file, text } of files) {
    index.files.push(file);
    try {
      parsed.push(yield* readFile(file, typeof text === 'string' ? text : '', problems, plainRead));
    } catch (e) {
      problems.push(loadError(file, e));
    }
    yield;
  }
  // Entities and metrics from every file first: a fact may use ones another file defines.
  const entityOrigins = new Map<string, Location>();
  const metricOrigins = new Map<string, Location>();
  const names: NameOwners = new Map();
  const mentions = new MentionIndexBuilder();
  for (const f of parsed) yield* guarded(f.source.file, problems, addEntities(f, index, entityOrigins, names, mentions, problems));
  mentions.finish(index);
  for (const f of parsed) guard(f.source.file, problems, () => addMetrics(f, index, metricOrigins, problems));
  yield;
  // Entities and metrics left out for a syntax error: facts using them are not reported again.
  const brokenIds = new Set(parsed.flatMap((f) => [...f.broken]));
  const context: FactContext = { ...options, today, factOrigins: new Map(), brokenIds, firstDays: new Map(), unitsSuit: new Map(), entityLists: new Map(), unknownMessages: new Map() };
  for (const f of parsed) yield* guarded(f.source.file, problems, addFacts(f, index, context, problems));
  return { index, problems: inFileOrder(problems, index.files) };
}

/** Problems by file, then by place in the file (they are found in several passes). */
function inFileOrder(problems: FactFileProblem[], files: string[]): FactFileProblem[] {
  const rank = new Map(files.map((file, i) => [file, i]));
  return problems
    .map((problem, i) => ({ problem, i }))
    .sort(
      (a, b) =>
        (rank.get(a.problem.file) ?? 0) - (rank.get(b.problem.file) ?? 0) ||
        (a.problem.offset?.start ?? 0) - (b.problem.offset?.start ?? 0) ||
        a.i - b.i,
    )
    .map(({ problem }) => problem);
}

/** Last line of defence for "never throws": an unexpected failure becomes a problem on the file. */
function guard(file: string, problems: FactFileProblem[], run: () => void): void {
  try {
    run();
  } catch (e) {
    problems.push(loadError(file, e));
  }
}

/** guard for a stepwise piece of the load: what it added before it failed stays. */
function* guarded(file: string, problems: FactFileProblem[], steps: Generator<void, void, void>): Generator<void, void, void> {
  try {
    yield* steps;
  } catch (e) {
    problems.push(loadError(file, e));
  }
}

function loadError(file: string, e: unknown): FactFileProblem {
  const message = e instanceof Error ? e.message : String(e);
  return {
    file,
    code: 'load-error',
    severity: 'error',
    message: `Claimcheck could not read this facts file: ${message}`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

/** A facts file read: a pause after the plain reader, before the schema check of what it read. */
function* readFile(file: string, written: string, problems: FactFileProblem[], plainRead?: (file: string, text: string, read: PlainYaml) => void): Generator<LoadStep, FactsFile, void> {
  const conflicts = findMergeConflicts(written);
  problems.push(...mergeConflictProblems(file, conflicts));
  const text = withFirstSides(written, conflicts);
  // A facts CSV is read as plain data, each row located (it does not pause).
  if (isCsvFile(file)) {
    yield SLOW_READ;
    return yield* csvFile(file, text, problems);
  }
  const plain = yield* readPlainSteps(text, ENTRIES_PER_STEP);
  if ('read' in plain) {
    if (conflicts.length === 0) plainRead?.(file, text, plain.read);
    yield;
    return yield* fastFile(file, text, plain.read, new Set(), problems);
  }
  // Where the plain reader stopped, a syntax error costs its entry (or a stray line), without the
  // precise reader of the whole file; the plain reader reads the rest, in pieces. Where it stopped
  // at something valid it does not read (a `|` block, an anchor), js-yaml reads on.
  const jsYaml = jsYamlSteps();
  const recovered = plain.stoppedAt === undefined ? undefined : yield* recoverEntriesSteps(file, text, plain.stoppedAt, (work) => readPlainSteps(work, ENTRIES_PER_STEP), jsYaml.read);
  if (recovered && !recovered.beyond) {
    problems.push(...recovered.problems);
    return yield* fastFile(file, recovered.text, recovered.read, new Set(recovered.broken.map(brokenId)), problems);
  }
  if (!jsYaml.saidSlow()) yield SLOW_READ;
  const js = recovered ?? (plain.stoppedAt === undefined ? jsYamlWhole(text) : undefined);
  // js-yaml reads some scalars otherwise than YAML 1.2 (`1e400` is text to it): where its reading
  // fails the schema, each failing entry is read again alone, precisely, so a problem in one fact
  // does not cost a precise reading of the whole file.
  if (js && isMapping(js.read.data)) {
    const valid = validateFacts(js.read.data);
    if (valid || readFailingEntriesPrecisely(js.text, js.read, validateFacts.errors ?? [])) {
      problems.push(...js.problems);
      return yield* fastFile(file, js.text, js.read, new Set(js.broken.map(brokenId)), problems, valid);
    }
  }
  const { source, problems: syntax, broken } = parseYamlRecovering(file, text);
  problems.push(...syntax);
  const { data, error } = toPlainData(source);
  if (error) problems.push(problemAt(source, { start: 0, end: 0 }, 'yaml-syntax', 'error', `YAML: ${error}`));
  const result: FactsFile = { source, data: null, bad: new Set(), broken: new Set(broken.map(brokenId)) };
  if (data === null || data === undefined) return result; // empty file (or only comments)

  markSyntaxErrors(result, syntax);
  addSchemaProblems(result, data, yield* schemaErrorsSteps(data, ENTRIES_PER_STEP), new Set(result.bad), problems);
  if (result.bad.has('') || !isMapping(data)) return result;
  result.data = data as Data;
  return result;
}

/**
 * A facts CSV read as plain data, each entry's span known: validated like YAML, and a problem
 * located in its row's nodes (the sheet's document is built only for a problem about the sheet).
 */
function* csvFile(file: string, text: string, problems: FactFileProblem[]): Generator<void, FactsFile, void> {
  const source = csvSource(file, text);
  const sheet = readCsvFacts(source);
  source.entry = sheet.entry;
  problems.push(...sheet.problems);
  // An entry with a syntax error in its row is left out, even if what was read looks valid.
  const result: FactsFile = { source, data: null, bad: new Set(sheet.broken), broken: new Set(), spans: sheet.spans };
  const { data } = sheet;
  if (data === null) return result;
  addSchemaProblems(result, data, yield* schemaErrorsSteps(data, ENTRIES_PER_STEP), new Set(result.bad), problems);
  if (!result.bad.has('')) result.data = data as Data;
  return result;
}

/** js-yaml's reading as a StepReader: it reads a file in one go, so the first reading says so (SLOW_READ). */
function jsYamlSteps(): { read: (text: string) => Generator<LoadStep, FastRead<FastYaml>, void>; saidSlow: () => boolean } {
  let said = false;
  return {
    *read(text) {
      if (!said) yield SLOW_READ;
      said = true;
      return jsYamlReading(text);
    },
    saidSlow: () => said,
  };
}

/** js-yaml's reading of a whole file, without recovery. */
function jsYamlWhole(text: string): Recovered<never, FastYaml> | undefined {
  const reading = jsYamlReading(text);
  return 'read' in reading ? { read: reading.read, beyond: true, text, problems: [], broken: [] } : undefined;
}

const isMapping = (data: unknown): boolean => data !== null && typeof data === 'object' && !Array.isArray(data);

/** The plain reader's reading of a facts file that is a mapping, or where it stopped; a pause after every `entriesPerPause` entries of a section. */
function* readPlainSteps(text: string, entriesPerPause: number): Generator<void, FastRead<PlainYaml>, void> {
  let stoppedAt: number | undefined;
  const plain = yield* readPlainYamlSteps(text, (at) => (stoppedAt = at), entriesPerPause);
  return plain && isMapping(plain.data) ? { read: plain } : { stoppedAt };
}

/**
 * A file read fast: its problems are located entry by entry (the precise reader takes tens of
 * seconds over 100,000 facts). `text` is the file's, with any entry left out for a syntax error blanked.
 */
function* fastFile(file: string, text: string, fast: FastYaml, broken: Set<string>, problems: FactFileProblem[], valid = false): Generator<void, FactsFile, void> {
  const result: FactsFile = { source: lazySource(file, text, () => parseYaml(file, text).source.doc), data: fast.data as Data, bad: new Set(), broken, spans: fast.spans, items: fast.items, scalarSpans: fast.scalarSpans };
  result.source.entry = entryNodes(result);
  result.source.top = topNodes(result);
  if (!valid) addSchemaProblems(result, fast.data, yield* schemaErrorsSteps(fast.data, ENTRIES_PER_STEP), new Set(), problems);
  return result;
}

/** The schema's problems with `data` (its `errors`), each value with one marked bad; those inside a syntax error (`brokenBySyntax`) are its echoes, left out. */
function addSchemaProblems(result: FactsFile, data: unknown, errors: SchemaError[], brokenBySyntax: ReadonlySet<string>, problems: FactFileProblem[]): void {
  if (errors.length === 0) return;
  const { source } = result;
  const found = schemaProblems(
    source,
    errors,
    (path) => (path.some((segment) => DATE_FIELDS.has(segment)) ? 'invalid-date' : 'schema'),
    (path) => subjectOf(data, path),
  );
  for (const { problem, path } of found) {
    const item = path.length <= 1 ? (path[0] ?? '') : `${path[0]}/${path[1]}`;
    if (path.length >= 2 && brokenBySyntax.has(item)) continue;
    const nonFinite = nonFiniteMessage(data, path, source.text.slice(problem.offset?.start ?? 0, problem.offset?.end ?? 0));
    if (nonFinite) problem.message = `${subjectOf(data, path)}: ${nonFinite}`;
    problems.push(problem);
    result.bad.add(item);
  }
}

/**
 * A fast-read file's entries, each parsed alone on first use (from the fast reading's span): a
 * problem in one of 100,000 facts is located by parsing that fact, not the file.
 */
function entryNodes(f: FactsFile): (section: string, key: string) => EntryNodes | undefined {
  const parsed = new Map<string, EntryNodes | undefined>();
  return (section, key) => {
    const id = `${section}\u0000${key}`;
    if (parsed.has(id)) return parsed.get(id);
    const list = f.data?.[section];
    const value = list !== null && typeof list === 'object' ? (list as Data)[key] : undefined;
    const span = list !== null && typeof list === 'object' ? entrySpan(f, list, key, value) : undefined;
    const nodes = span && parseEntry(f.source.text, span, Array.isArray(list));
    parsed.set(id, nodes);
    return nodes;
  };
}

/** A fast-read file's top-level pairs, each parsed from its line on first use (undefined for all when they cannot be). */
function topNodes(f: FactsFile): () => ReadonlyMap<string, Pair<unknown, unknown>> | undefined {
  let pairs: Map<string, Pair<unknown, unknown>> | undefined | null = null;
  return () => {
    if (pairs === null) pairs = f.data ? topLevelPairs(f.source.text, Object.keys(f.data)) : undefined;
    return pairs;
  };
}

/** The offsets of entry `key` (`value`) of a section, from the fast reading (a scalar entry's too, from the plain reader). */
function entrySpan(f: FactsFile, section: object, key: string, value: unknown): Span | undefined {
  const item = f.items && Array.isArray(section) ? f.items.get(section)?.[Number(key)] : undefined;
  if (!item) return value !== null && typeof value === 'object' ? f.spans?.get(value) : f.scalarSpans?.get(section)?.get(key);
  const lineStarts = f.source.lineStarts;
  return { start: lineStarts[item.start.line]! + item.start.character, end: lineStarts[item.end.line]! + item.end.character };
}

/** The message for a figure YAML read as ±Infinity or NaN (`1e400`, `.inf`, `.nan`): the schema only says "not a number". */
function nonFiniteMessage(data: unknown, path: string[], written: string): string | undefined {
  let value: unknown = data;
  for (const segment of path) value = value && typeof value === 'object' ? (value as Data)[segment] : undefined;
  if (typeof value !== 'number' || Number.isFinite(value)) return undefined;
  const literal = `\`${quoteForMessage(written.trim() || String(value))}\``;
  if (Number.isNaN(value)) return `${literal} is not a number; write the figure in base units (e.g. 61.5e9 for $61.5 billion).`;
  if (/^[-+]?\.inf$/i.test(written.trim())) return `${literal} is infinite; write a finite figure in base units.`;
  return `${literal} is too large (beyond ±1.8e308, the largest number Claimcheck can compare); write the figure in base units, e.g. 61.5e9.`;
}

/** A fact, entity or metric with a YAML syntax error inside is left out, even if what parsed looks valid. */
function markSyntaxErrors(result: FactsFile, syntax: FactFileProblem[]): void {
  const errors = syntax.filter((p) => p.severity === 'error' && p.offset).map((p) => p.offset!.start).sort((a, b) => a - b);
  if (errors.length === 0) return;
  const root = result.source.doc.contents;
  if (!isMap(root)) return;
  for (const section of SECTIONS) {
    const node = pairOf(result.source, root, section)?.value;
    const items: { key: string; span: Span | undefined }[] = isSeq(node)
      ? node.items.map((item, i) => ({ key: String(i), span: spanOfNode(item) }))
      : isMap(node)
        ? node.items.map((pair) => ({ key: String(isScalar(pair.key) ? pair.key.value : pair.key), span: spanOfNode(pair) }))
        : [];
    for (const { key, span } of items) {
      if (span && anyWithin(errors, span)) result.bad.add(`${section}/${key}`);
    }
  }
}

/** "Fact `x`, field `source.url`" — names what a problem is about. */
function subjectOf(data: unknown, path: string[]): string {
  if (path.length === 0) return 'Facts file';
  const [section, key, ...rest] = path;
  const fieldPath = rest.filter((s) => !/^\d+$/.test(s)).join('.');
  const field = fieldPath ? `, field \`${fieldPath}\`` : '';
  if (key === undefined) return `\`${section}\``;
  if (section === 'facts') {
    const fact = ((data as Data | null)?.facts as unknown[] | undefined)?.[Number(key)];
    const id = fact && typeof fact === 'object' ? (fact as Data).id : undefined;
    return `${typeof id === 'string' ? `Fact \`${quoteForMessage(id)}\`` : `Fact #${Number(key) + 1}`}${field}`;
  }
  if (MAPPING_SECTIONS.has(section!)) return `${entryTitle(section!)} \`${quoteForMessage(key)}\`${field}`;
  return `\`${path.join('.')}\``;
}

function sectionOf(f: FactsFile, name: string): unknown {
  if (!f.data || f.bad.has(name)) return undefined;
  return f.data[name];
}

function locationOf(f: FactsFile, path: (string | number)[]): Location {
  const fast = fastLocation(f, path);
  if (fast) return fast;
  const span = spanOfNode(path.length >= 2 ? pairAtPath(f.source, path) : undefined) ?? spanAtPath(f.source, path);
  return { file: f.source.file, range: rangeOf(f.source, span) };
}

/** An entity's or metric's location from the fast reading's spans (from its key to the end of its value). */
function fastLocation(f: FactsFile, path: (string | number)[]): Location | undefined {
  if (!f.spans || !f.data || path.length !== 2) return undefined;
  const section = f.data[String(path[0])];
  const value = section && typeof section === 'object' ? (section as Data)[String(path[1])] : undefined;
  const range = value !== null && typeof value === 'object' ? entryRange(f, section, path[1], value) : undefined;
  return range && { file: f.source.file, range };
}

/** The fast reading's range of entry `key` (`value`) of a section: an item of a list by its index, else by identity. */
function entryRange(f: FactsFile, section: unknown, key: string | number, value: object): Range | undefined {
  const item = f.items && Array.isArray(section) ? f.items.get(section)?.[Number(key)] : undefined;
  if (item) return item;
  const span = f.spans?.get(value);
  return span && (span.range ?? rangeOf(f.source, span));
}

function where(location: Location): string {
  return `${location.file}:${location.range.start.line + 1}`;
}

/** Each entity name or alias, folded as the matcher folds it, and the entity that owns it. */
type NameOwners = Map<string, Entity>;

function* addEntities(
  f: FactsFile,
  index: FactIndex,
  origins: Map<string, Location>,
  names: NameOwners,
  mentions: MentionIndexBuilder,
  problems: FactFileProblem[],
): Generator<void, void, void> {
  const entities = sectionOf(f, 'entities');
  if (!entities || typeof entities !== 'object') return;
  const checkBad = f.bad.size > 0;
  // Object.keys: 30,000 keys of a dictionary-mode object, each looked up once (for-in checks each again).
  const ids = Object.keys(entities);
  for (let n = 0; n < ids.length; n++) {
    if (n > 0 && n % ENTITIES_PER_STEP === 0) yield;
    const id = ids[n]!;
    const value = (entities as Data)[id];
    if (checkBad && f.bad.has(`entities/${id}`)) continue;
    // The fast reading's span of the entry, without looking the entity up again by a path.
    const fast = f.spans && value !== null && typeof value === 'object' ? f.spans.get(value) : undefined;
    const location = fast ? { file: f.source.file, range: fast.range ?? rangeOf(f.source, fast) } : locationOf(f, ['entities', id]);
    const first = origins.get(id);
    if (first) {
      problems.push(keyProblem(f, ['entities', id], 'duplicate-id', `Entity \`${quoteForMessage(id)}\` is already defined at ${where(first)}.`));
      continue;
    }
    origins.set(id, location);
    const raw = (value ?? {}) as Data;
    const entity: Entity = {
      id,
      name: typeof raw.name === 'string' ? raw.name : id,
      aliases: Array.isArray(raw.aliases) ? raw.aliases.map(String) : [],
      location,
    };
    if (typeof raw.fiscal_year_end === 'string') entity.fiscalYearEnd = raw.fiscal_year_end;
    const aliases = entity.aliases;
    const keys: string[] = [];
    for (let n = 0; n < aliases.length; n++) {
      const key = foldedName(aliases[n]!);
      if (ownName(f, entity, aliases[n]!, key, n, raw, location, names, problems)) {
        aliases[keys.length] = aliases[n]!;
        keys.push(key);
      }
    }
    aliases.length = keys.length;
    const nameKey = foldedName(entity.name);
    ownName(f, entity, entity.name, nameKey, -1, raw, location, names, problems);
    // The mention index, from the same folded names (the name stays even when another entity owns it, as before).
    mentions.add(id, 0, entity.name, nameKey);
    for (let n = 0; n < aliases.length; n++) mentions.add(id, n + 1, aliases[n]!, keys[n]);
    index.entities.set(id, entity);
  }
}

/**
 * Claims `name` for `entity`; false (with a `duplicate-alias` error naming both entities) when another
 * entity has it already: one mention must not silently switch entities. The first definition keeps it.
 */
function ownName(
  f: FactsFile,
  entity: Entity,
  name: string,
  key: string,
  alias: number,
  raw: Data,
  location: Location,
  names: NameOwners,
  problems: FactFileProblem[],
): boolean {
  if (!key) return true;
  const owner = names.get(key);
  if (!owner) {
    names.set(key, entity);
    return true;
  }
  if (owner.id === entity.id) return true;
  // Where the name is written: alias `alias`, else the `name` field, else the entity's key (a name from its id).
  const path = alias >= 0 ? ['entities', entity.id, 'aliases', String(alias)] : typeof raw.name === 'string' ? ['entities', entity.id, 'name'] : ['entities', entity.id];
  const span = spanAtPath(f.source, path);
  problems.push(
    problemAt(
      f.source,
      span,
      'duplicate-alias',
      'error',
      `Entity \`${quoteForMessage(entity.id)}\` and entity \`${quoteForMessage(owner.id)}\` (${where(owner.location ?? location)}) are both called "${quoteForMessage(name)}": a mention could mean either. Give each entity its own names; "${quoteForMessage(name)}" stays with \`${quoteForMessage(owner.id)}\`.`,
    ),
  );
  return false;
}

function addMetrics(f: FactsFile, index: FactIndex, origins: Map<string, Location>, problems: FactFileProblem[]): void {
  const metrics = sectionOf(f, 'metrics');
  if (!metrics || typeof metrics !== 'object') return;
  for (const [id, value] of Object.entries(metrics as Data)) {
    if (f.bad.has(`metrics/${id}`)) continue;
    const location = locationOf(f, ['metrics', id]);
    const first = origins.get(id);
    if (first) {
      problems.push(keyProblem(f, ['metrics', id], 'duplicate-id', `Metric \`${quoteForMessage(id)}\` is already defined at ${where(first)}.`));
      continue;
    }
    const raw = (value ?? {}) as Data;
    const builtin = BUILTIN_METRIC_IDS.has(id) ? index.metrics.get(id) : undefined;
    let unit = typeof raw.unit === 'string' ? spelledUnit(raw.unit) : builtin?.unit;
    if (!unit) {
      problems.push(
        keyProblem(f, ['metrics', id], 'schema', `Metric \`${quoteForMessage(id)}\` is not built in, so it needs a \`unit\` (e.g. USD, GPU, percent).`),
      );
      continue;
    }
    origins.set(id, location);
    // A scaled unit ("GW") would be read as a noun no figure is written in: the metric takes the
    // base unit, and the file is told (each fact in the scaled unit is told too).
    const scaled = canonicalUnit(unit);
    if (scaled && scaled.factor !== 1) {
      problems.push(keyProblem(f, ['metrics', id, 'unit'], 'unit-mismatch', `Metric \`${quoteForMessage(id)}\` is in \`${quoteForMessage(unit)}\`, a scaled unit.${unitHint(unit)}`));
      unit = scaled.unit;
    }
    // "$6.9 billion a year" is read as the year's amount, in USD: a metric per year matches no note's figure.
    const perYear = PER_YEAR.exec(unit);
    if (perYear) {
      problems.push(
        keyProblem(f, ['metrics', id, 'unit'], 'unit-mismatch',
          `Metric \`${quoteForMessage(id)}\` is in \`${quoteForMessage(unit)}\`, but a figure "a year" is read as that year's amount, so no note's figure is in it: write \`unit: ${quoteForMessage(unit.slice(0, perYear.index))}\` and give its facts a \`period\`.`,
          { severity: 'warning', at: 'value' }),
      );
    }
    const metric: Metric = {
      id,
      unit,
      words: Array.isArray(raw.words) ? raw.words.map(String) : (builtin?.words ?? []),
      // A built-in id keeps the built-in unit rules only while its unit stays in the same family.
      builtin: builtin !== undefined && sameUnitRule(builtin.unit, unit),
      location,
    };
    index.metrics.set(id, metric);
  }
}

/** A unit per year ("USD/year", "count/yr"): no figure is read in one. */
const PER_YEAR = /\/(?:years?|yr|annum)$/i;

function sameUnitRule(builtinUnit: string, unit: string): boolean {
  return isCurrency(builtinUnit) ? isCurrency(unit) : unitFamily(builtinUnit) === unitFamily(unit);
}

/** A problem at a key of the file (or its value), or at the path's nearest place when that is missing. */
function keyProblem(f: FactsFile, path: string[], code: string, message: string, { severity = 'error', at = 'key' }: { severity?: FactFileProblem['severity']; at?: 'key' | 'value' } = {}): FactFileProblem {
  const span = spanOfNode(pairAtPath(f.source, path)?.[at]) ?? spanAtPath(f.source, path);
  return problemAt(f.source, span, code, severity, message);
}

interface FactContext extends LoadFactsOptions {
  today: string;
  /**
   * Where each id of a fact left out for errors was first seen. A loaded fact's id is in
   * `index.byId` (with its location): one map of 100,000 ids, not two.
   */
  factOrigins: Map<string, Location>;
  /** 'entities/x', 'metrics/y' (or the whole section) left out for a syntax error. */
  brokenIds: ReadonlySet<string>;
  /** as_of text -> its first day (YYYY-MM-DD), null when it is not a real date: 100,000 facts share a few thousand dates. */
  firstDays: Map<string, string | null>;
  /** Whether a unit suits a metric, by metric and unit. */
  unitsSuit: Map<Metric, Map<string, boolean>>;
  /** `[id]` for each known entity named alone: the facts of one entity share one list (nothing changes a fact's `entities`). */
  entityLists: Map<string, string[]>;
  /** The message for each unknown id (by kind, field and id), and how many ids were looked for a near match of. */
  unknownMessages: Map<string, string>;
}

function firstDayMemo(context: FactContext, asOf: string): string | null {
  const day = isValidPartialDate(asOf) ? firstDayOf(asOf) : null;
  context.firstDays.set(asOf, day);
  return day;
}

function unitSuitsMemo(context: FactContext, metric: Metric, unit: string): boolean {
  let byUnit = context.unitsSuit.get(metric);
  if (!byUnit) context.unitsSuit.set(metric, (byUnit = new Map()));
  let suits = byUnit.get(unit);
  if (suits === undefined) byUnit.set(unit, (suits = unitSuits(metric, unit)));
  return suits;
}

/** An id inside a node left out for a syntax error: that error already explains it. */
function isBroken(context: FactContext, section: 'entities' | 'metrics', id: string): boolean {
  return context.brokenIds.has(section) || context.brokenIds.has(`${section}/${id}`);
}

function* addFacts(f: FactsFile, index: FactIndex, options: FactContext, problems: FactFileProblem[]): Generator<void, void, void> {
  const facts = sectionOf(f, 'facts');
  if (!Array.isArray(facts)) return;
  const itemRanges = f.items?.get(facts);
  for (let i = 0; i < facts.length; i++) {
    if (i > 0 && i % ENTRIES_PER_STEP === 0) yield;
    const raw: unknown = facts[i];
    if (!raw || typeof raw !== 'object') continue;
    if (f.bad.size > 0 && f.bad.has(`facts/${i}`)) {
      // Still claims its id, so a later fact with the same id is reported as a duplicate.
      const id = (raw as Data).id;
      if (typeof id === 'string' && !index.byId.has(id) && !options.factOrigins.has(id)) options.factOrigins.set(id, locationOf(f, ['facts', i]));
      continue;
    }
    const fact = checkFact(f, raw as Data, i, index, options, problems, itemRanges);
    if (!fact) continue;
    index.facts.push(fact);
    index.byId.set(fact.id, fact);
  }
}

/** An error on a facts file; false, for `ok = fail(...)`. */
function fail(f: FactsFile, problems: FactFileProblem[], at: Span, code: string, message: string): false {
  problems.push(problemAt(f.source, at, code, 'error', message));
  return false;
}

function warnAt(f: FactsFile, problems: FactFileProblem[], at: Span, code: string, message: string): void {
  problems.push(problemAt(f.source, at, code, 'warning', message));
}

/** A fact's range from js-yaml's spans (by identity), else from the parsed document. */
function factRange(f: FactsFile, raw: Data, i: number): Range {
  const fast = f.spans?.get(raw);
  return fast?.range ?? rangeOf(f.source, fast ?? spanOfNode(nodeAt(f.source, ['facts', i])) ?? { start: 0, end: 0 });
}

/** The span of field `field` (item `item` of it, for a list) of the `i`th fact. */
function factFieldSpan(f: FactsFile, i: number, field: string, item?: number): Span {
  return spanAtPath(f.source, item === undefined ? ['facts', i, field] : ['facts', i, field, item]);
}

/** The fact normalised, or undefined when it has an error (its problems are pushed). */
function checkFact(
  f: FactsFile,
  raw: Data,
  i: number,
  index: FactIndex,
  options: FactContext,
  problems: FactFileProblem[],
  itemRanges: (Range | undefined)[] | undefined,
): Fact | undefined {
  const id = String(raw.id);
  // No closures or paths per fact (100,000 of them): the helpers below take the fact's index.
  const location: Location = { file: f.source.file, range: itemRanges?.[i] ?? factRange(f, raw, i) };
  let ok = true;

  const previous = index.byId.get(id)?.location ?? options.factOrigins.get(id);
  if (previous) ok = fail(f, problems, factFieldSpan(f, i, 'id'), 'duplicate-id', `Duplicate fact id \`${quoteForMessage(id)}\`: already defined at ${where(previous)}.`);

  // A known single entity's shared list (its entity was checked when it was made); else each entity is checked.
  const shared = typeof raw.entity === 'string' ? options.entityLists.get(raw.entity) : undefined;
  const entities = shared ?? (Array.isArray(raw.entity) ? raw.entity.map(String) : [String(raw.entity)]);
  if (!shared) {
    let unknown = false;
    for (let n = 0; n < entities.length; n++) {
      const entity = entities[n]!;
      if (index.entities.has(entity)) continue;
      unknown = true;
      if (isBroken(options, 'entities', entity)) ok = false;
      else ok = fail(f, problems, factFieldSpan(f, i, 'entity', Array.isArray(raw.entity) ? n : undefined), 'unknown-entity', unknownMessage(options, 'entity', entity, () => index.entities.keys()));
    }
    if (!unknown && typeof raw.entity === 'string') options.entityLists.set(raw.entity, entities);
  }
  const counterparty = typeof raw.counterparty === 'string' ? raw.counterparty : undefined;
  if (counterparty !== undefined && !index.entities.has(counterparty) && isBroken(options, 'entities', counterparty)) ok = false;
  else if (counterparty !== undefined && !index.entities.has(counterparty)) {
    ok = fail(f, problems, factFieldSpan(f, i, 'counterparty'), 'unknown-entity', unknownMessage(options, 'entity', counterparty, () => index.entities.keys(), 'counterparty'));
  }

  const metricId = String(raw.metric);
  const metric = index.metrics.get(metricId);
  const unit = spelledUnit(String(raw.unit));
  if (!metric && isBroken(options, 'metrics', metricId)) ok = false;
  else if (!metric) ok = fail(f, problems, factFieldSpan(f, i, 'metric'), 'unknown-metric', unknownMessage(options, 'metric', metricId, () => index.metrics.keys()));
  else if (!unitSuitsMemo(options, metric, unit)) {
    const expected = metric.builtin && isCurrency(metric.unit) ? 'a currency code such as USD or EUR' : `\`${metric.unit}\``;
    ok = fail(f, problems, factFieldSpan(f, i, 'unit'), 'unit-mismatch', `Unit \`${quoteForMessage(unit)}\` does not suit metric \`${quoteForMessage(metricId)}\`, whose facts are in ${expected}.${unitHint(unit, raw.value)}`);
  }

  const asOf = dateText(raw.as_of);
  const asOfDate = options.firstDays.get(asOf) ?? firstDayMemo(options, asOf);
  if (asOfDate === null) ok = fail(f, problems, factFieldSpan(f, i, 'as_of'), 'invalid-date', `\`as_of\` ${quoteForMessage(asOf)} is not a real date (YYYY, YYYY-MM or YYYY-MM-DD).`);
  const period = raw.period === undefined || raw.period === null ? undefined : normalisePeriod(raw.period);
  if (period !== undefined && !isValidPeriod(period)) ok = fail(f, problems, factFieldSpan(f, i, 'period'), 'invalid-date', `\`period\` ${quoteForMessage(period)} is not a real period.`);

  const source = sourceOf(raw.source);
  if (source.published !== undefined && !isValidPartialDate(source.published)) {
    ok = fail(f, problems, spanAtPath(f.source, ['facts', i, 'source', 'published']), 'invalid-date', `\`source.published\` ${quoteForMessage(source.published)} is not a real date.`);
  }

  let value: number | null = null;
  let low: number | null = null;
  let high: number | null = null;
  if (Array.isArray(raw.range)) {
    [low, high] = raw.range as [number, number];
    if (low > high) ok = fail(f, problems, factFieldSpan(f, i, 'range'), 'invalid-range', `\`range\` [${low}, ${high}]: the low end is above the high end; write [${high}, ${low}].`);
  } else value = raw.value as number;
  if (!(value === null || Number.isFinite(value)) || !(low === null || Number.isFinite(low)) || !(high === null || Number.isFinite(high))) {
    ok = fail(f, problems, factFieldSpan(f, i, value !== null ? 'value' : 'range'), 'schema', `Fact \`${quoteForMessage(id)}\`: the figure must be a finite number.`);
  }
  if (!ok || asOfDate === null) {
    // Left out, it still claims its id: a later fact with the same id is a duplicate.
    if (!previous) options.factOrigins.set(id, location);
    return undefined;
  }

  if (!source.url) {
    const at = raw.source ? keySpanAtPath(f.source, ['facts', i], 'source') : spanOfNode(nodeAt(f.source, ['facts', i])) ?? { start: 0, end: 0 };
    warnAt(f, problems, firstLineSpan(f.source, at), 'missing-source', `Fact \`${quoteForMessage(id)}\` has no source URL; add \`source: { url: ..., title: ... }\` so readers can check it.`);
  }
  if (asOfDate > options.today) {
    warnAt(f, problems, factFieldSpan(f, i, 'as_of'), 'future-as-of', `\`as_of\` ${asOf} is after today (${options.today}); a fact should say when a figure was stated, not when it is expected.`);
  }

  const magnitude = value !== null ? Math.abs(value) : Math.max(Math.abs(low!), Math.abs(high!));
  const fact: Fact = {
    id,
    entities,
    metric: metricId,
    value,
    low,
    high,
    unit,
    asOf,
    asOfDate,
    kind: (typeof raw.kind === 'string' ? raw.kind : 'actual') as FactKind,
    source,
    location,
  };
  if (typeof raw.basis === 'string') fact.basis = raw.basis;
  if (typeof raw.segment === 'string') fact.segment = raw.segment;
  if (counterparty !== undefined) fact.counterparty = counterparty;
  if (period !== undefined) fact.period = period;
  const tolerance = toleranceOf(raw.tolerance, magnitude, options.defaultTolerance);
  if (tolerance !== undefined) fact.tolerance = tolerance;
  return fact;
}

/** A unit by its other spelling, as notes write it: `%` is `percent`, `bp` is `bps`, `X` is `x` (a scaled one, "GW", is told apart where it is read). */
function spelledUnit(unit: string): string {
  const canonical = canonicalUnit(unit);
  return canonical && canonical.factor === 1 ? canonical.unit : unit;
}

/**
 * Built-in money metrics take any ISO 4217 code; otherwise the metric's unit family is
 * authoritative. A symbol several currencies share ("kr") never suits: a fact names its currency.
 */
export function unitSuits(metric: Metric, unit: string): boolean {
  if (sharedCodes(unit)) return false;
  if (metric.builtin && isCurrency(metric.unit)) return isCurrency(unit);
  return unitFamily(metric.unit) === unitFamily(unit);
}

/** What to write instead, from the lexicon: "GW" is a scaled "W", "kr" is one of four codes. */
function unitHint(unit: string, value?: unknown): string {
  const shared = sharedCodes(unit);
  if (shared) return ` \`${unit}\` may be ${shared.join(', ')}: write the ISO 4217 code.`;
  const canonical = canonicalUnit(unit);
  if (!canonical || canonical.factor === 1) return '';
  // Scales are powers of ten: "21.4e9" reads as the note's "21.4 GW".
  const power = Math.round(Math.log10(canonical.factor));
  const inBase = typeof value === 'number' ? ` (\`value: ${value}e${power}\` for ${value} ${unit})` : '';
  return ` Facts are in base units: write \`unit: ${canonical.unit}\` and the value in ${canonical.unit}${inBase}; 1 ${unit} = 1e${power} ${canonical.unit}.`;
}

/**
 * Unknown ids a load looks for a near match of ("Did you mean"): each search reads every known id
 * (30,000 entities). Past them, a message gives no guess; the same id gets the same message.
 */
const MAX_GUESSED_IDS = 100;

function unknownMessage(context: FactContext, kind: 'entity' | 'metric', id: string, known: () => Iterable<string>, field: string = kind): string {
  const key = `${kind}\u0000${field}\u0000${id}`;
  const said = context.unknownMessages.get(key);
  if (said !== undefined) return said;
  const guess = context.unknownMessages.size < MAX_GUESSED_IDS ? closest(id, [...known()]) : undefined;
  const hint = guess
    ? ` Did you mean \`${guess}\`?`
    : kind === 'entity'
      ? ' Define it under `entities`.'
      : ' Use a built-in metric or define it under `metrics`.';
  const message = `Unknown ${kind} \`${quoteForMessage(id)}\` in \`${field}\`.${hint}`;
  context.unknownMessages.set(key, message);
  return message;
}

/** Fields of a fact's source read as they are when all are text (then the object is used as it is). */
const SOURCE_TEXT_FIELDS = new Set(['url', 'title', 'published', 'quote']);

function sourceOf(raw: unknown): Source {
  const source: Source = {};
  if (!raw || typeof raw !== 'object') return source;
  const s = raw as Data;
  if (isPlainSource(s)) return s as Source;
  if (typeof s.url === 'string' && s.url.trim()) source.url = s.url;
  if (typeof s.title === 'string') source.title = s.title;
  if (s.published !== undefined && s.published !== null) source.published = dateText(s.published);
  if (typeof s.quote === 'string') source.quote = s.quote;
  return source;
}

/** A source whose fields are all non-blank text the Source type knows: the loader keeps it as it is, without a copy. */
function isPlainSource(s: Data): boolean {
  for (const key in s) {
    const v = s[key];
    if (!SOURCE_TEXT_FIELDS.has(key) || typeof v !== 'string' || (key === 'url' && !v.trim())) return false;
  }
  return true;
}

/** Absolute tolerance: a number is absolute, "5%" is relative to the figure; else the default. */
function toleranceOf(raw: unknown, magnitude: number, defaultRelative: number | undefined): number | undefined {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'string') return (Number.parseFloat(raw) / 100) * magnitude;
  return defaultRelative === undefined ? undefined : defaultRelative * magnitude;
}
