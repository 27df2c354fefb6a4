// YAML parsing that keeps node ranges, shared by the facts loader and the config loader.
import { lastAtMost } from '../lastAtMost';
import { lineStartsOf, lineStartsSteps } from '../lineStarts';
import { quoteForMessage } from '../quote';
import { escapeRegExp } from '../escapeRegExp';
import { isMap, isNode, isPair, isScalar, isSeq, isAlias, parseDocument, visit } from 'yaml';
import { aliasExpansionError } from './aliasExpansion';
import { documentData } from './yamlData';
import type { Document, Node as YamlNode, Pair } from 'yaml';
import type { FactFileProblem, Position, Range, Severity, Span } from '../types';
import { entryFields, entryKind, entryTitle, MAPPING_SECTIONS } from './sections';

/** A parsed YAML file and what is needed to turn offsets into LSP positions. */
export interface YamlFile {
  file: string;
  text: string;
  doc: Document.Parsed;
  /** Offsets where each line starts. */
  lineStarts: number[];
  /**
   * An entry of a top-level section (a fact by its index, an entity or metric by its key) parsed
   * alone, when the file was read fast: a path into an entry is located without `doc`, whose
   * parse of 100,000 facts takes tens of seconds.
   */
  entry?: (section: string, key: string) => EntryNodes | undefined;
  /** A top-level pair, its key located (a block value is not), without `doc`: a misspelt section is located in a line. */
  top?: () => ReadonlyMap<string, Pair<unknown, unknown>> | undefined;
}

/** An entry's nodes, their ranges offsets in the whole text: its value, and for a mapping's entry the pair (its key). */
export interface EntryNodes {
  value: unknown;
  pair?: Pair<unknown, unknown>;
}

/** Too many syntax errors from one file (binary junk) drown the useful ones. */
const MAX_SYNTAX_PROBLEMS = 50;

export function positionAt(lineStarts: number[], textLength: number, offset: number): Position {
  const at = Math.max(0, Math.min(offset, textLength));
  const line = lastAtMost(lineStarts, at);
  return { line, character: at - lineStarts[line]! };
}

/** The range of a span, without the line breaks and spaces a YAML node's range ends with. */
export function rangeOf(source: YamlFile, span: Span): Range {
  let end = Math.max(span.start, span.end);
  while (end > span.start && /\s/.test(source.text[end - 1] ?? '')) end--;
  return {
    start: positionAt(source.lineStarts, source.text.length, span.start),
    end: positionAt(source.lineStarts, source.text.length, end),
  };
}

export function problemAt(
  source: YamlFile,
  span: Span,
  code: string,
  severity: Severity,
  message: string,
): FactFileProblem {
  const offset = { start: span.start, end: Math.max(span.start, span.end) };
  return { file: source.file, code, severity, message, range: rangeOf(source, offset), offset };
}

/**
 * A YamlFile whose document is parsed (slowly, precisely: `parse`) and whose line starts are found
 * on first use only: a fast reading gives every entry its range, so a file without problems needs neither.
 */
export function lazySource(file: string, text: string, parse: () => Document.Parsed): YamlFile {
  const source = { file, text } as YamlFile;
  Object.defineProperty(source, 'lineStarts', {
    configurable: true,
    enumerable: true,
    get() {
      const lineStarts = lineStartsOf(text);
      Object.defineProperty(source, 'lineStarts', { value: lineStarts, enumerable: true });
      return lineStarts;
    },
  });
  Object.defineProperty(source, 'doc', {
    configurable: true,
    enumerable: true,
    get() {
      const doc = parse();
      Object.defineProperty(source, 'doc', { value: doc, enumerable: true });
      return doc;
    },
  });
  return source;
}

/** Parses with the YAML 1.2 core schema, so dates stay strings and 61.5e9 is a number. */
function parseCore(text: string): Document.Parsed {
  // YAML counts a lone CR as a line break; the parser does not. LF has the same length, so
  // every offset still points into the file's own text.
  return parseDocument(text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text, {
    schema: 'core',
    prettyErrors: false,
    uniqueKeys: true,
    keepSourceTokens: false,
  });
}

export function parseYaml(file: string, text: string): { source: YamlFile; problems: FactFileProblem[] } {
  const doc = parseCore(text);
  const source: YamlFile = { file, text, doc, lineStarts: lineStartsOf(text) };
  const problems: FactFileProblem[] = [];
  const all = [
    ...doc.errors.map((e) => ({ e, severity: 'error' as const })),
    ...doc.warnings.map((e) => ({ e, severity: 'warning' as const })),
  ];
  for (const { e, severity } of all.slice(0, MAX_SYNTAX_PROBLEMS)) {
    const [start, end] = e.pos;
    problems.push(problemAt(source, { start, end: Math.max(end, start) }, 'yaml-syntax', severity, `YAML: ${quoteForMessage(firstLine(e.message), 200)}`));
  }
  if (all.length > MAX_SYNTAX_PROBLEMS) {
    const last = all[MAX_SYNTAX_PROBLEMS]!.e.pos[0];
    problems.push(
      problemAt(source, { start: last, end: last }, 'yaml-syntax', 'error', `YAML: ${all.length - MAX_SYNTAX_PROBLEMS} more syntax problems not shown`),
    );
  }
  return { source, problems };
}

/**
 * The entry whose content is [start, end) of `text` (a list item from its content, a mapping's
 * entry from its key), parsed alone from the start of its first line: its block structure is its
 * own lines', so its nodes are the whole document's, their ranges moved to offsets in `text`.
 * Undefined when it does not parse alone as one entry.
 */
export function parseEntry(text: string, span: Span, inList: boolean): EntryNodes | undefined {
  return parsedEntry(text, span, inList)?.nodes;
}

/** parseEntry's nodes and the document they are in. */
function parsedEntry(text: string, span: Span, inList: boolean): { doc: Document.Parsed; nodes: EntryNodes } | undefined {
  // Back to the line's start (not lastIndexOf('\r'): in a file without one it scans back to the top).
  let lineStart = span.start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  const before = text.slice(lineStart, span.start);
  // Before a list item's content: its indent and, on the dash's line, the dash (all of a bare dash's item); before a key, its indent.
  const onDashLine = inList && /^ *- *$/.test(before);
  if (!onDashLine && !/^ *$/.test(before)) return undefined;
  const doc = parseCore(text.slice(lineStart, span.end));
  if (doc.errors.length > 0) return undefined;
  visit(doc, (_, node) => {
    // (A key with no value, "{ title: Report, October 2025 }", visits a null node.)
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (range) (node as { range: [number, number, number] }).range = [range[0] + lineStart, range[1] + lineStart, range[2] + lineStart];
  });
  const root = doc.contents;
  if (inList) {
    const value = onDashLine ? (isSeq(root) && root.items.length === 1 ? root.items[0] : undefined) : root;
    return value === undefined || value === null ? undefined : { doc, nodes: { value } };
  }
  if (!isMap(root) || root.items.length !== 1) return undefined;
  const pair = root.items[0] as Pair<unknown, unknown>;
  return { doc, nodes: { value: pair.value, pair } };
}

/**
 * The data of the entry at `span` as the precise reader reads it, parsed alone (parseEntry);
 * undefined when it does not parse alone, or holds an anchor or alias (whose value is elsewhere,
 * or used elsewhere).
 */
export function readEntryAlone(text: string, span: Span, inList: boolean): { data: unknown } | undefined {
  const parsed = parsedEntry(text, span, inList);
  if (!parsed) return undefined;
  let linked = false;
  visit(parsed.doc, (_, node) => {
    if (isAlias(node) || (node as { anchor?: string } | null)?.anchor) {
      linked = true;
      return visit.BREAK;
    }
    return undefined;
  });
  if (linked) return undefined;
  const { value } = parsed.nodes;
  return { data: datesToStrings(isNode(value) ? value.toJS(parsed.doc) : value) };
}

/**
 * The top-level pairs of a file read fast, each parsed from its own line alone: a key is located
 * exactly, a value below its key's line is not read. Undefined unless the lines that start at
 * column 0 are exactly `keys`, in order, one `key: ...` each (a flow value over several lines, a
 * document marker, a lone CR as a line break: the whole document says).
 */
export function topLevelPairs(text: string, keys: readonly string[]): Map<string, Pair<unknown, unknown>> | undefined {
  if (/\r(?!\n)/.test(text)) return undefined;
  const pairs = new Map<string, Pair<unknown, unknown>>();
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const c = text.charCodeAt(start);
    // Not indented, not blank, not a comment: a top-level key's line.
    if (c !== 0x20 && c !== 0x09 && c !== 0x23 && c !== 0x0a && c !== 0x0d) {
      const pair = parseEntry(text, { start, end: text.charCodeAt(end - 1) === 0x0d ? end - 1 : end }, false)?.pair;
      const key = pair && isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined || key !== keys[pairs.size]) return undefined;
      pairs.set(key, pair!);
    }
    start = end + 1;
  }
  return pairs.size === keys.length ? pairs : undefined;
}

/** The top-level pair of `key`, from its line alone when the file was read fast. */
function topPair(source: YamlFile, key: string): Pair<unknown, unknown> | undefined {
  const top = source.top?.();
  return top ? top.get(key) : pairOf(source, source.doc.contents, key);
}

/** The pair of `key` in a top-level section, from its entry alone when there is one. */
function sectionPair(source: YamlFile, section: string, key: string): Pair<unknown, unknown> | undefined {
  const entry = source.entry?.(section, key);
  return entry ? entry.pair : pairOf(source, nodeAt(source, [section]), key);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

/**
 * The document as plain data. An alias is its anchored value, shared; the data they make is
 * bounded (aliasExpansion.ts), so an alias bomb fails instead of hanging while a `source:`
 * anchored once and used in thousands of facts reads as written. Date objects a custom tag
 * might still produce become YYYY-MM-DD strings.
 */
export function toPlainData(source: YamlFile): { data: unknown; error?: string } {
  try {
    // Not toJS: its count of alias uses (maxAliasCount) calls a thousand facts citing one anchored
    // source an attack, and it finds each alias's anchor in time quadratic in the aliases.
    const { data, aliased } = documentData(source.doc);
    const tooMuch = aliased ? aliasExpansionError(data, source.text) : undefined;
    if (tooMuch !== undefined) return { data: null, error: tooMuch };
    return { data: datesToStrings(data) };
  } catch (e) {
    return { data: null, error: e instanceof Error ? e.message : String(e) };
  }
}

function datesToStrings(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = datesToStrings(value[i]);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = datesToStrings(record[key]);
  }
  return value;
}

/** JSON pointer ("/facts/3/as_of") to path segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function resolveAlias(source: YamlFile, node: unknown): unknown {
  if (isAlias(node)) {
    try {
      return node.resolve(source.doc) ?? node;
    } catch {
      return node;
    }
  }
  return node;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (key === null || key === undefined) return undefined;
  return typeof key === 'object' ? undefined : String(key);
}

/** The map pair whose key is `key`, if `node` is a map. */
export function pairOf(source: YamlFile, node: unknown, key: string): Pair<unknown, unknown> | undefined {
  const map = resolveAlias(source, node);
  if (!isMap(map)) return undefined;
  if (map.items.length < 32) return map.items.find((item) => keyText(item.key) === key);
  // A facts file's `entities` map may hold 30,000 keys, each looked up: index it once (first key wins, as find does).
  let indexed = pairIndex.get(map);
  if (!indexed || indexed.size !== map.items.length) {
    const byKey = new Map<string, Pair<unknown, unknown>>();
    for (const item of map.items) {
      const text = keyText(item.key);
      if (text !== undefined && !byKey.has(text)) byKey.set(text, item as Pair<unknown, unknown>);
    }
    pairIndex.set(map, (indexed = { size: map.items.length, byKey }));
  }
  return indexed.byKey.get(key);
}
const pairIndex = new WeakMap<object, { size: number; byKey: Map<string, Pair<unknown, unknown>> }>();

/** The pair of an entry of a top-level section (`['entities', id]`), or of any mapping's key at a deeper path. */
export function pairAtPath(source: YamlFile, path: readonly (string | number)[]): Pair<unknown, unknown> | undefined {
  if (path.length === 0) return undefined;
  const key = String(path[path.length - 1]);
  if (path.length === 1) return topPair(source, key);
  return path.length === 2 ? sectionPair(source, String(path[0]), key) : pairOf(source, nodeAt(source, path.slice(0, -1)), key);
}

/** The YAML node at a path of segments (map keys, sequence indexes). */
export function nodeAt(source: YamlFile, segments: readonly (string | number)[]): YamlNode | undefined {
  if (segments.length === 1 && source.top) {
    const top = source.top();
    // A section's value on its key's line (`facts: 12`) is all of it; one below it (a block) needs the document.
    const value = top?.get(String(segments[0]))?.value as YamlNode | null | undefined;
    if (top && !value) return undefined;
    if (value?.range && value.range[1] > value.range[0]) return value;
  }
  const entry = segments.length >= 2 ? source.entry?.(String(segments[0]), String(segments[1])) : undefined;
  let node: unknown = entry ? entry.value : source.doc.contents;
  for (const segment of entry ? segments.slice(2) : segments) {
    node = resolveAlias(source, node);
    if (isMap(node)) {
      node = pairOf(source, node, String(segment))?.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else {
      return undefined;
    }
    if (node === undefined || node === null) return undefined;
  }
  return (node ?? undefined) as YamlNode | undefined;
}

/** Span of a node's value (without trailing comments), when it has one. */
export function spanOfNode(node: unknown): Span | undefined {
  if (isPair(node)) {
    const key = spanOfNode(node.key);
    const value = spanOfNode(node.value);
    if (key && value) return { start: key.start, end: value.end };
    return key ?? value;
  }
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  if (!range) return undefined;
  return { start: range[0], end: range[1] };
}

/** Span of the first line of a node (a fact's `- id:` line rather than its whole block). */
export function firstLineSpan(source: YamlFile, span: Span): Span {
  const newline = source.text.slice(span.start, span.end).search(/[\r\n]/);
  return newline < 0 ? span : { start: span.start, end: span.start + newline };
}

/** The best span for a path: the node itself, else its nearest ancestor that exists, else the file start. */
export function spanAtPath(source: YamlFile, segments: readonly (string | number)[]): Span {
  for (let n = segments.length; n >= 0; n--) {
    const span = spanOfNode(n === 0 ? source.doc.contents : nodeAt(source, segments.slice(0, n)));
    if (span) return n === segments.length ? span : firstLineSpan(source, span);
  }
  return { start: 0, end: 0 };
}

/** Span of a map key (for unknown fields and bad ids). */
export function keySpanAtPath(source: YamlFile, segments: readonly (string | number)[], key: string): Span {
  const pair =
    segments.length === 0
      ? topPair(source, key)
      : segments.length === 1
        ? sectionPair(source, String(segments[0]), key)
        : pairOf(source, nodeAt(source, segments), key);
  return spanOfNode(pair?.key) ?? spanAtPath(source, segments);
}

// ---------------------------------------------------------------- recovery by node

/** A node left out because of a YAML syntax error in it: an item of a top-level section, or the section. */
export interface BrokenNode {
  /** Top-level key the node is under ("entities", "facts"). */
  section: string;
  /** The whole section (its key's line is broken), not one item of it. */
  whole: boolean;
  /** The item's map key (a word typed without its colon too), or a list item's `id`, when it has one. */
  key?: string;
  span: Span;
}

interface Line {
  start: number;
  end: number;
  indent: number;
  /** Blank or only a comment. */
  empty: boolean;
}

/** The lines of a text, each read when asked: a facts file may have a million. */
interface Lines {
  readonly count: number;
  at(i: number): Line;
  /** The line holding an offset. */
  lineOf(offset: number): number;
}

/** `starts`: the text's line starts, when known (a text blanked in places keeps its lines). */
function linesOf(text: string, starts: number[] = lineStartsOf(text)): Lines {
  return {
    count: starts.length,
    lineOf: (offset) => lastAtMost(starts, offset),
    at(i) {
      const start = starts[i]!;
      let end = i + 1 < starts.length ? starts[i + 1]! : text.length;
      while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
      let first = start;
      while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
      return { start, end, indent: first - start, empty: first === end || text.charCodeAt(first) === 35 };
    },
  };
}

/** The nearest line from `i` on, stepping by `step`, with something on it; -1 or `lines.count` when there is none. */
function contentLine(lines: Lines, i: number, step: 1 | -1): number {
  while (i >= 0 && i < lines.count && lines.at(i).empty) i += step;
  return i;
}

const BARE_KEY = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w.-]*)[ \t]*(#.*)?$/;

/** Text with [start, end) turned into spaces, line breaks kept, so every other position stays. */
function blank(text: string, span: Span): string {
  return text.slice(0, span.start) + text.slice(span.start, span.end).replace(/[^\r\n]/g, ' ') + text.slice(span.end);
}

/** A list item's dash, after its indent (`  - id: x`). */
const LIST_ITEM = /^[ \t]*-(?:\s|$)/;

/** A list item's dash at the left margin (`- id: x`). */
const MARGIN_ITEM = /^-(?:\s|$)/;

/**
 * A line at the left margin that is no section's key, left out alone: one that starts with a flow
 * indicator or a list dash (`{ id: x, value: [1` typed a line too far left), whose lines after it
 * still belong to the section above, or one without a colon and with nothing indented under it
 * (`sources` on the way to `sources:`). The YAML parser would read the rest of the section, or of
 * the file, into it; the precise reader takes tens of seconds and GBs for it at 100,000 facts. A
 * word with lines indented under it is a key missing its colon (`facts`), and a line with a colon
 * is a key (`notes: |`, valid; `metrics: { a: 1,`, broken): none of them is a stray line.
 */
function strayLine(text: string, lines: Lines, i: number): { span: Span; message: string } | undefined {
  const line = lines.at(i);
  if (line.indent > 0 || line.empty) return undefined;
  const source = text.slice(line.start, line.end);
  // A document marker, a directive or a byte-order mark: the precise reader's.
  if (/^(?:---|\.\.\.|%|\uFEFF)/.test(source)) return undefined;
  const misplaced = /^[{[\]},]/.test(source) || (MARGIN_ITEM.test(source) && !inListAtMargin(text, lines, i));
  // A line with a colon is a key, however broken (`metrics: { a: 1,` over two lines).
  if (!misplaced && (source.includes(':') || hasBody(lines, i))) return undefined;
  const alone = parseCore(source);
  if (alone.contents === null || (isMap(alone.contents) && !alone.contents.flow && alone.errors.length === 0)) return undefined;
  const span = { start: line.start, end: line.end };
  const word = BARE_KEY.exec(source);
  if (word && !word[1]) return { span, message: `${needsColon(word[2]!)}. The line is left out until it is fixed.` };
  const error = alone.errors[0];
  const why = error ? `YAML: ${firstLine(error.message)}` : 'YAML: a line at the left margin must be a section key, such as `facts:`';
  return { span, message: `${why}. The line is outside every section and is left out until it is fixed (indent it under its section).` };
}

/**
 * Whether the list item on line `i`, at the left margin, is one of a list written there (`facts:`
 * then `- id: ...`, valid YAML): the line above it is its section's key, or its section's first
 * line at the margin above it is an item too. After a section's indented lines it is stray.
 */
function inListAtMargin(text: string, lines: Lines, i: number): boolean {
  let above = contentLine(lines, i - 1, -1);
  if (above < 0 || lines.at(above).indent === 0) return true;
  while (above >= 0 && (lines.at(above).empty || lines.at(above).indent > 0)) above--;
  return above >= 0 && MARGIN_ITEM.test(text.slice(lines.at(above).start, lines.at(above).end));
}

/** Whether the next line with something on it, after line `i`, is indented. */
function hasBody(lines: Lines, i: number): boolean {
  const next = contentLine(lines, i + 1, 1);
  return next < lines.count && lines.at(next).indent > 0;
}

/** Whether an entry's key is used by an entry above it in its section (the plain reader stops at the second). */
function keyUsedAbove(text: string, lines: Lines, node: BrokenNode & { key: string }): boolean {
  const first = lines.lineOf(node.span.start);
  const indent = lines.at(first).indent;
  const key = new RegExp(`^(["']?)${escapeRegExp(node.key)}\\1[ \\t]*:`);
  for (let i = first - 1; i >= 0; i--) {
    const line = lines.at(i);
    if (line.empty) continue;
    if (line.indent === 0) return false;
    if (line.indent === indent && key.test(text.slice(line.start + indent, line.end))) return true;
  }
  return false;
}

/**
 * Where the key of an entry is, when the entry is a word alone on its line among other entries of
 * its section (`  ent-new` on the way to `  ent-new: { ... }`): a key missing its colon, an error in
 * the file though valid alone. Undefined for anything else.
 */
function keyWithoutColon(text: string, lines: Lines, node: BrokenNode): { key: string; at: Span } | undefined {
  const key = node.key;
  if (key === undefined || bareWord(text.slice(node.span.start, node.span.end)) !== key) return undefined;
  const first = lines.lineOf(node.span.start);
  const last = lines.lineOf(node.span.end);
  const besideIt = (from: number, step: 1 | -1) => {
    const i = contentLine(lines, from + step, step);
    return i >= 0 && i < lines.count && lines.at(i).indent > 0;
  };
  if (!besideIt(first, -1) && !besideIt(last, 1)) return undefined;
  const start = node.span.start + lines.at(first).indent;
  return { key, at: { start, end: start + key.length } };
}

/** The problem of a word that is a key without its colon. */
function needsColon(key: string): string {
  return `YAML: \`${key}\` needs a colon: \`${key}:\``;
}

/** The top-level item (or whole section) holding line `at`. */
function nodeAround(text: string, lines: Lines, at: number): BrokenNode | undefined {
  // A blank or comment line is no entry: a reader that stops there (a tab in a comment) met valid YAML it does not read.
  if (lines.at(at).empty) return undefined;
  // A section's lines: indented, or items of a list written at the margin (`facts:` then `- id: x`).
  const inSection = (i: number) => lines.at(i).empty || lines.at(i).indent > 0 || MARGIN_ITEM.test(text.slice(lines.at(i).start, lines.at(i).end));
  let top = at;
  while (top >= 0 && inSection(top)) top--;
  if (top < 0) return undefined;
  const header = text.slice(lines.at(top).start, lines.at(top).end);
  const section = /^([^:#\s][^:#]*?)[ \t]*:/.exec(header)?.[1] ?? header.trim();
  let sectionEnd = top + 1;
  while (sectionEnd < lines.count && inSection(sectionEnd)) sectionEnd++;
  const endOf = (last: number) => lines.at(Math.max(last, 0)).end;
  if (at === top) return { section, whole: true, span: { start: lines.at(top).start, end: endOf(sectionEnd - 1) } };
  let first = top + 1;
  while (first < sectionEnd && lines.at(first).empty) first++;
  // The items' indent is the first item's, unless that is the broken line (a tab or two spaces too
  // many on the first entity): then the next line's, so the broken one is an item of its own.
  let model = first;
  if (model === at) {
    model++;
    while (model < sectionEnd && lines.at(model).empty) model++;
    if (model >= sectionEnd) model = first;
  }
  const itemIndent = model < lines.count ? lines.at(model).indent : 0;
  const isSeq = first < sectionEnd && LIST_ITEM.test(text.slice(lines.at(model).start, lines.at(model).end));
  const startsItem = (i: number) => {
    const line = lines.at(i);
    if (line.empty || line.indent > itemIndent) return false;
    if (!isSeq) return true;
    // In a list, an item's dash, or a key at the items' indent that is none of an item's fields (an
    // entity typed among the facts); a field there is the item's, a line too far left.
    const source = text.slice(line.start, line.end);
    return LIST_ITEM.test(source) || (line.indent === itemIndent && isForeignKey(source, section));
  };
  let itemStart = at;
  while (itemStart > first && !startsItem(itemStart)) itemStart--;
  let itemEnd = itemStart + 1;
  while (itemEnd < sectionEnd && !startsItem(itemEnd)) itemEnd++;
  let last = itemEnd - 1;
  while (last > itemStart && lines.at(last).empty) last--;
  const span = { start: lines.at(itemStart).start, end: endOf(last) };
  const body = text.slice(span.start, span.end);
  // A list item's key is its id, also where the section is a mapping (a fact typed among the entities).
  const key = LIST_ITEM.test(body) ? /(?:^|\n|\{|,)[ \t-]*id[ \t]*:[ \t]*[["']?([^\s"',{}[\]#]+)/.exec(body)?.[1] : (/^[ \t]*["']?([^:"'#]+?)["']?[ \t]*:/.exec(body)?.[1] ?? bareWord(body));
  return { section, whole: false, key, span };
}

/** Whether a line is a key (with its colon or without) that no entry of `section` has as a field. */
function isForeignKey(line: string, section: string): boolean {
  const key = /^[ \t]*["']?([^:"'#\s][^:"'#]*?)["']?[ \t]*:(?:\s|$)/.exec(line)?.[1] ?? bareWord(line);
  return key !== undefined && !entryFields(section).has(key);
}

/** The key a line holds without its colon (`  ent-new` while an entity is typed), when it is a word alone. */
function bareWord(line: string): string | undefined {
  const word = BARE_KEY.exec(line);
  return word && !word[1]!.includes('-') ? word[2] : undefined;
}

/** Recovery re-parses once or twice per broken node: a few typos, not a file of junk. */
const MAX_RECOVERIES = 10;
/**
 * Entries left out for a syntax error by the fast recovery, at most: each costs one more read by the
 * fast reader (~0.5 s for 100,000 facts), where the precise reader's round costs ~30 s and ~250 MB.
 * As many as the syntax problems a file shows.
 */
const MAX_FAST_RECOVERIES = MAX_SYNTAX_PROBLEMS;
/** More errors than this at the first parse: junk, not typos; report them as they are. */
const MAX_ERRORS_TO_RECOVER = 200;

/**
 * Parses like {@link parseYaml}, but a syntax error costs only the node it is in: one problem at
 * the error, the node (an entity, a metric, a fact; the whole section when its key line is
 * broken) left out, and the rest parsed again. A key missing its colon (`facts` for `facts:`)
 * is read as if it had one. The source's text is the recovered one: same lines, same positions.
 */
export function parseYamlRecovering(file: string, text: string): { source: YamlFile; problems: FactFileProblem[]; broken: BrokenNode[] } {
  const original: YamlFile = { file, text, doc: parseDocument(''), lineStarts: lineStartsOf(text) };
  const problems: FactFileProblem[] = [];
  const broken: BrokenNode[] = [];
  let work = text;
  for (let round = 0; ; round++) {
    const parsed = parseYaml(file, work);
    const firstError = parsed.source.doc.errors[0];
    const junk = round === 0 && parsed.source.doc.errors.length > MAX_ERRORS_TO_RECOVER;
    if (!firstError || round >= MAX_RECOVERIES || junk) {
      // What is left: warnings of the recovered text, and errors recovery could not place.
      problems.push(...parsed.problems.filter((p) => p.severity === 'warning' || firstError));
      return { source: parsed.source, problems: problems.sort((a, b) => (a.offset?.start ?? 0) - (b.offset?.start ?? 0)), broken };
    }
    const lines = linesOf(work);
    const pos = firstError.pos[0];
    const at = lines.lineOf(pos);
    // A key missing its colon: the error is on its line or the next.
    const colonLine = [at, at - 1].find((i) => {
      const line = i >= 0 && i < lines.count ? lines.at(i) : undefined;
      if (!line || line.empty || !BARE_KEY.test(work.slice(line.start, line.end))) return false;
      const next = contentLine(lines, i + 1, 1);
      return next < lines.count && lines.at(next).indent > line.indent;
    });
    if (colonLine !== undefined) {
      const line = lines.at(colonLine);
      const m = BARE_KEY.exec(work.slice(line.start, line.end))!;
      const keyEnd = line.start + m[1]!.length + m[2]!.length;
      problems.push(problemAt(original, { start: line.start + m[1]!.length, end: keyEnd }, 'yaml-syntax', 'error', needsColon(m[2]!)));
      work = work.slice(0, keyEnd) + ':' + work.slice(keyEnd);
      continue;
    }
    // The parser often notices an unclosed bracket or quote on the line after it: of the node at
    // the error and the one before it, the culprit is the one whose removal leaves fewer errors.
    let node = nodeAround(work, lines, at);
    let reportAt = { start: pos, end: Math.max(pos, Math.min(firstError.pos[1], lines.at(at).end)) };
    const before = contentLine(lines, at - 1, -1);
    const previous = before >= 0 ? nodeAround(work, lines, before) : undefined;
    if (node && previous && previous.span.start !== node.span.start) {
      const errorsWithout = (n: BrokenNode) => parseDocument(blank(work, n.span), { schema: 'core', uniqueKeys: true }).errors.length;
      if (errorsWithout(previous) < errorsWithout(node)) {
        node = previous;
        reportAt = { start: lines.at(before).end, end: lines.at(before).end };
      }
    }
    const message = `YAML: ${firstLine(firstError.message)}`;
    if (!node) {
      problems.push(problemAt(original, { start: pos, end: Math.max(pos, firstError.pos[1]) }, 'yaml-syntax', 'error', message));
      work = blank(work, { start: lines.at(at).start, end: lines.at(at).end });
      continue;
    }
    const typing = keyWithoutColon(work, lines, node);
    problems.push(problemAt(original, typing?.at ?? reportAt, 'yaml-syntax', 'error', leftOutMessage(typing ? needsColon(typing.key) : message, node)));
    broken.push(node);
    work = blank(work, node.span);
  }
}

/** How a node left out for a syntax error is named among a file's broken ids: `section/key`, or the section. */
export function brokenId(node: BrokenNode): string {
  return node.whole ? node.section : `${node.section}/${node.key ?? ''}`;
}

/** A syntax error's message, and what is left out for it. */
function leftOutMessage(message: string, node: BrokenNode): string {
  const what = node.whole ? `The whole \`${node.section}\` section` : node.key ? `${entryTitle(node.section)} \`${node.key}\`` : `This ${entryKind(node.section) ?? 'item'}`;
  return `${message}. ${what} is left out until it is fixed.`.replace('.. ', '. ');
}

/** A text read fast (`read`), or where the fast reader stopped reading it. */
export type FastRead<T> = { read: T } | { stoppedAt: number | undefined };

/** A fast reader of a whole file, in pieces (pausing with `Y`): what it read, or where it stopped. */
export type StepReader<T, Y = void> = (text: string) => Generator<Y, FastRead<T>, void>;

/** What recoverEntriesSteps read: by `read`, or (`beyond`) by the reader for what `read` does not read. */
export type Recovered<T, U> = ({ beyond: false; read: T } | { beyond: true; read: U }) & {
  /** The file's text with each entry left out blanked. */
  text: string;
  problems: FactFileProblem[];
  broken: BrokenNode[];
};

/**
 * Recovery as {@link parseYamlRecovering} does it, for a file a fast reader reads (`read`), without
 * parsing the whole file precisely (tens of seconds for 100,000 facts): where the fast reader
 * stopped, the entry (a fact, an entity, a metric) there is parsed alone. If it has a syntax error,
 * that is the problem, the entry is left out, and the fast reader reads the rest. Where it stopped
 * at something valid it does not read (a `|` block, an anchor), `beyond` (js-yaml) reads the file
 * as it stands: to its end, or to a syntax error, whose entry is left out the same way. Undefined
 * (the whole file's precise recovery must run) when an entry with an error is not found where a
 * reader stopped. It pauses where `read` does, and while it finds the file's lines: a facts file
 * being typed in is recovered on every reload, between the editor's requests.
 */
export function* recoverEntriesSteps<T, U = never, Y = void>(
  file: string,
  text: string,
  stoppedAt: number,
  read: StepReader<T>,
  beyond?: StepReader<U, Y>,
): Generator<void | Y, Recovered<T, U> | undefined, void> {
  const starts = yield* lineStartsSteps(text, CHARS_PER_PIECE);
  const original: YamlFile = { file, text, doc: parseDocument(''), lineStarts: starts };
  const problems: FactFileProblem[] = [];
  const broken: BrokenNode[] = [];
  let work = text;
  let at: number | undefined = stoppedAt;
  for (let round = 0; round < MAX_FAST_RECOVERIES && at !== undefined; round++) {
    const lines = linesOf(work, starts);
    let left = leftOutAround(work, lines, at);
    if (!left && beyond) {
      const further = yield* beyond(work);
      if ('read' in further) return { read: further.read, beyond: true, text: work, problems, broken };
      left = further.stoppedAt === undefined ? undefined : leftOutAround(work, lines, further.stoppedAt);
    }
    if (!left) return undefined;
    problems.push(problemAt(original, left.at, 'yaml-syntax', 'error', left.message));
    if (left.node) broken.push(left.node);
    work = blank(work, left.span);
    const next = yield* read(work);
    if ('read' in next) return { read: next.read, beyond: false, text: work, problems, broken };
    at = next.stoppedAt;
  }
  return undefined;
}

/** What recovery leaves out where a reader stopped: on its line, or the line before (a word alone is read as a scalar until an entry follows it). */
function leftOutAround(work: string, lines: Lines, at: number): ReturnType<typeof leftOutAt> {
  const line = lines.lineOf(at);
  const before = contentLine(lines, line - 1, -1);
  return leftOutAt(work, lines, line) ?? (before >= 0 ? leftOutAt(work, lines, before) : undefined);
}

/** Characters a piece of finding a file's lines: ~4 ms. */
const CHARS_PER_PIECE = 1 << 20;

/**
 * What recovery leaves out on `line` (where the fast reader stopped, or the line before): a stray
 * line, or the entry with a syntax error there; `at` is where its problem is shown. Undefined:
 * neither is there.
 */
function leftOutAt(work: string, lines: Lines, line: number): { span: Span; at: Span; message: string; node?: BrokenNode } | undefined {
  const stray = strayLine(work, lines, line);
  if (stray) return { span: stray.span, at: stray.span, message: stray.message };
  const node = nodeAround(work, lines, line);
  if (!node || node.whole) return undefined;
  const typing = keyWithoutColon(work, lines, node);
  if (typing) return { span: node.span, at: typing.at, message: leftOutMessage(needsColon(typing.key), node), node };
  // The entry under its section's key, as in the file (the parser's first error depends on where
  // the entry sits): its own syntax error, its offsets moved into the file.
  const head = `${node.section}:\n`;
  const error = parseCore(head + work.slice(node.span.start, node.span.end)).errors[0];
  if (!error) {
    // Valid alone: a list item among a mapping's entries (a fact typed among the entities), or
    // the second entry with a key (an entity pasted twice), left out as the parser would.
    const entryLine = lines.at(lines.lineOf(node.span.start));
    const start = entryLine.start + entryLine.indent;
    const listItem = LIST_ITEM.test(work.slice(entryLine.start, entryLine.end));
    if (entryKind(node.section) !== undefined && listItem === MAPPING_SECTIONS.has(node.section)) {
      const message = listItem
        ? `YAML: a list item among the entries of \`${node.section}\`, which is a mapping (\`id: ...\`). It is left out until it is fixed; a fact goes under \`facts:\`.`
        : `YAML: an entry with a key among the items of \`${node.section}\`, which is a list (\`- id: ...\`). It is left out until it is fixed; an entity goes under \`entities:\`, a metric under \`metrics:\`.`;
      return { span: node.span, at: { start, end: entryLine.end }, message, node: { ...node, key: undefined } };
    }
    if (node.key === undefined || !keyUsedAbove(work, lines, { ...node, key: node.key })) return undefined;
    return { span: node.span, at: { start, end: start + node.key.length }, message: leftOutMessage('YAML: Map keys must be unique', node), node };
  }
  const start = node.span.start + Math.max(0, error.pos[0] - head.length);
  const end = node.span.start + Math.max(0, error.pos[1] - head.length);
  return { span: node.span, at: { start, end: Math.max(start, Math.min(end, lines.at(lines.lineOf(start)).end)) }, message: leftOutMessage(`YAML: ${firstLine(error.message)}`, node), node };
}
