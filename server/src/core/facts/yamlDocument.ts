// YAML parsing that keeps node ranges, shared by the facts loader and the config loader.
import { lastAtMost } from '../lastAtMost';
import { lineStartsOf } from '../lineStarts';
import { quoteForMessage } from '../quote';
import { isMap, isPair, isScalar, isSeq, isAlias, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, Pair } from 'yaml';
import type { FactFileProblem, Position, Range, Severity, Span } from '../types';

/** A parsed YAML file and what is needed to turn offsets into LSP positions. */
export interface YamlFile {
  file: string;
  text: string;
  doc: Document.Parsed;
  /** Offsets where each line starts. */
  lineStarts: number[];
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

/** Parses with the YAML 1.2 core schema, so dates stay strings and 61.5e9 is a number. */
export function parseYaml(file: string, text: string): { source: YamlFile; problems: FactFileProblem[] } {
  // YAML counts a lone CR as a line break; the parser does not. LF has the same length, so
  // every offset still points into the file's own text.
  const doc = parseDocument(text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text, {
    schema: 'core',
    prettyErrors: false,
    uniqueKeys: true,
    keepSourceTokens: false,
  });
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

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

/**
 * The document as plain data. Aliases are expanded (bounded, so alias bombs fail instead of
 * hanging); Date objects a custom tag might still produce become YYYY-MM-DD strings.
 */
export function toPlainData(source: YamlFile): { data: unknown; error?: string } {
  try {
    const data = source.doc.toJS({ maxAliasCount: 1000 }) as unknown;
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

/** The YAML node at a path of segments (map keys, sequence indexes). */
export function nodeAt(source: YamlFile, segments: readonly (string | number)[]): YamlNode | undefined {
  let node: unknown = source.doc.contents;
  for (const segment of segments) {
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
  const pair = pairOf(source, nodeAt(source, segments) ?? (segments.length === 0 ? source.doc.contents : undefined), key);
  return spanOfNode(pair?.key) ?? spanAtPath(source, segments);
}

// ---------------------------------------------------------------- recovery by node

/** A node left out because of a YAML syntax error in it: an item of a top-level section, or the section. */
export interface BrokenNode {
  /** Top-level key the node is under ("entities", "facts"). */
  section: string;
  /** The item's map key, or a list item's `id`; undefined when the whole section is broken. */
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

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const starts = lineStartsOf(text);
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    let end = i + 1 < starts.length ? starts[i + 1]! : text.length;
    while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
    const body = text.slice(start, end);
    const indent = /^[ \t]*/.exec(body)![0].length;
    lines.push({ start, end, indent, empty: /^[ \t]*(#.*)?$/.test(body) });
  }
  return lines;
}

const BARE_KEY = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w.-]*)[ \t]*(#.*)?$/;

/** Text with [start, end) turned into spaces, line breaks kept, so every other position stays. */
function blank(text: string, span: Span): string {
  return text.slice(0, span.start) + text.slice(span.start, span.end).replace(/[^\r\n]/g, ' ') + text.slice(span.end);
}

/** The top-level item (or whole section) holding line `at`. */
function nodeAround(text: string, lines: Line[], at: number): BrokenNode | undefined {
  let top = at;
  while (top >= 0 && (lines[top]!.empty || lines[top]!.indent > 0)) top--;
  if (top < 0) return undefined;
  const section = /^([^:#\s][^:#]*?)[ \t]*:/.exec(text.slice(lines[top]!.start, lines[top]!.end))?.[1] ?? text.slice(lines[top]!.start, lines[top]!.end).trim();
  let sectionEnd = top + 1;
  while (sectionEnd < lines.length && (lines[sectionEnd]!.empty || lines[sectionEnd]!.indent > 0)) sectionEnd++;
  const endOf = (last: number) => lines[Math.max(last, 0)]!.end;
  if (at === top) return { section, span: { start: lines[top]!.start, end: endOf(sectionEnd - 1) } };
  let first = top + 1;
  while (first < sectionEnd && lines[first]!.empty) first++;
  const itemIndent = lines[first]?.indent ?? 0;
  const isSeq = first < sectionEnd && /^[ \t]*-(\s|$)/.test(text.slice(lines[first]!.start, lines[first]!.end));
  const startsItem = (i: number) =>
    !lines[i]!.empty && lines[i]!.indent <= itemIndent && (!isSeq || /^[ \t]*-(\s|$)/.test(text.slice(lines[i]!.start, lines[i]!.end)));
  let itemStart = at;
  while (itemStart > first && !startsItem(itemStart)) itemStart--;
  let itemEnd = itemStart + 1;
  while (itemEnd < sectionEnd && !startsItem(itemEnd)) itemEnd++;
  let last = itemEnd - 1;
  while (last > itemStart && lines[last]!.empty) last--;
  const span = { start: lines[itemStart]!.start, end: endOf(last) };
  const body = text.slice(span.start, span.end);
  const key = isSeq ? /(?:^|\n|\{|,)[ \t-]*id[ \t]*:[ \t]*["']?([^\s"',}#]+)/.exec(body)?.[1] : /^[ \t]*["']?([^:"'#]+?)["']?[ \t]*:/.exec(body)?.[1];
  return { section, key, span };
}

/** Recovery re-parses once or twice per broken node: a few typos, not a file of junk. */
const MAX_RECOVERIES = 10;
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
    const at = Math.max(0, lines.findIndex((l, i) => pos >= l.start && (i + 1 >= lines.length || pos < lines[i + 1]!.start)));
    // A key missing its colon: the error is on its line or the next.
    const colonLine = [at, at - 1].find((i) => {
      const line = lines[i];
      if (!line || line.empty || !BARE_KEY.test(work.slice(line.start, line.end))) return false;
      const next = lines.slice(i + 1).find((l) => !l.empty);
      return next !== undefined && next.indent > line.indent;
    });
    if (colonLine !== undefined) {
      const line = lines[colonLine]!;
      const m = BARE_KEY.exec(work.slice(line.start, line.end))!;
      const keyEnd = line.start + m[1]!.length + m[2]!.length;
      problems.push(problemAt(original, { start: line.start + m[1]!.length, end: keyEnd }, 'yaml-syntax', 'error', `YAML: \`${m[2]}\` needs a colon: \`${m[2]}:\``));
      work = work.slice(0, keyEnd) + ':' + work.slice(keyEnd);
      continue;
    }
    // The parser often notices an unclosed bracket or quote on the line after it: of the node at
    // the error and the one before it, the culprit is the one whose removal leaves fewer errors.
    let node = nodeAround(work, lines, at);
    let reportAt = { start: pos, end: Math.max(pos, Math.min(firstError.pos[1], lines[at]!.end)) };
    let before = at - 1;
    while (before >= 0 && lines[before]!.empty) before--;
    const previous = before >= 0 ? nodeAround(work, lines, before) : undefined;
    if (node && previous && previous.span.start !== node.span.start) {
      const errorsWithout = (n: BrokenNode) => parseDocument(blank(work, n.span), { schema: 'core', uniqueKeys: true }).errors.length;
      if (errorsWithout(previous) < errorsWithout(node)) {
        node = previous;
        reportAt = { start: lines[before]!.end, end: lines[before]!.end };
      }
    }
    const message = `YAML: ${firstLine(firstError.message)}`;
    if (!node) {
      problems.push(problemAt(original, { start: pos, end: Math.max(pos, firstError.pos[1]) }, 'yaml-syntax', 'error', message));
      work = blank(work, { start: lines[at]!.start, end: lines[at]!.end });
      continue;
    }
    const what = node.key ? `\`${node.key}\`` : `the whole \`${node.section}\` section`;
    const left = node.key ? ` ${node.section === 'facts' ? 'Fact' : node.section === 'entities' ? 'Entity' : 'Item'} ${what} is left out until it is fixed.` : ` ${what[0]!.toUpperCase()}${what.slice(1)} is left out until it is fixed.`;
    problems.push(problemAt(original, reportAt, 'yaml-syntax', 'error', `${message}.${left}`.replace('..', '.')));
    broken.push(node);
    work = blank(work, node.span);
  }
}
