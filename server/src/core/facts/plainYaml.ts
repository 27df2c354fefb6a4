// A one-pass reader for the plain YAML facts files are written in: block mappings and sequences,
// one-line flow collections ({...}, [...]), one-line plain and quoted scalars, comments. It builds
// the data and the entries' spans straight from the text: a 21 MB file with 100,000 facts reads in
// a fraction of js-yaml's ~0.9 s. Anything outside that subset (anchors, tags, block scalars,
// multi-line scalars or flow collections, tabs, directives, duplicate keys, scalars whose YAML 1.2
// type is unusual: octal, hex, .inf, .nan) makes it decline with undefined, and the caller reads
// the file with a full parser. Scalars resolve by the YAML 1.2 core schema, as the precise reader does.
import type { Range, Span } from '../types';
import { lineStartsOf } from '../lineStarts';
import { sameText, TextInterner } from './textInterner';
import { runToEnd } from '../runToEnd';

/** Where an entry of a section is: a map entry from its key, a list item from its content, to the end of its value. */
export interface EntrySpan extends Span {
  /** The same as a range, when the reader counted lines. */
  range?: Range;
}

export interface PlainYaml {
  data: unknown;
  /** Span of each entry of a top-level mapping section (an entity, a metric) that is a mapping or sequence, by identity. */
  spans: Map<object, EntrySpan>;
  /**
   * Ranges of the items of a top-level sequence section (the facts), by the section's list and the
   * item's index (a scalar item's too: it is a problem to locate): only their ranges (what a fact's
   * location keeps), in an array, not 100,000 more map entries and span objects.
   */
  items: Map<unknown[], (Range | undefined)[]>;
  /**
   * Spans of the entries of a mapping section (an entity, a metric) whose value is a scalar or
   * empty (`ent-new:` while it is typed), by the section's mapping and the key: a problem there is
   * located without reading the whole file again.
   */
  scalarSpans: Map<object, Map<string, EntrySpan>>;
}

/** Every entry's span, in the order of the text (a list item's offsets from its range). */
export function entrySpansInOrder(plain: Pick<PlainYaml, 'spans' | 'items'>, text: string): EntrySpan[] {
  const all = [...plain.spans.values()];
  const lineStarts = lineStartsOf(text);
  const offset = (p: Range['start']) => lineStarts[p.line]! + p.character;
  for (const [list, ranges] of plain.items) {
    ranges.forEach((range, i) => {
      const value = list[i];
      if (range && value !== null && typeof value === 'object') all.push({ start: offset(range.start), end: offset(range.end), range });
    });
  }
  return all.sort((a, b) => a.start - b.start);
}

/** A block sequence being read: its items so far, their ranges when it is a section (the facts). */
interface ListRead {
  readonly list: unknown[];
  readonly ranges: (Range | undefined)[] | undefined;
  readonly column: number;
  readonly depth: number;
}

/** A section mapping read in pieces (blockMappingSteps): its entries so far, and how its keys followed the last mapping's. */
interface MapPause {
  readonly map: Record<string, unknown>;
  /** Entries read between two pauses. */
  readonly every: number;
  same: boolean;
  k: number;
  done: boolean;
}

/** Thrown (one shared object, no stack) when the text leaves the subset. */
const DECLINE = { declined: true };

// js-yaml's and the YAML spec's non-printable characters, plus tab and lone surrogates: left to a full parser.
const UNUSUAL_CHARS = /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** The core schema's null and boolean words: a look-up, not a pattern per key (`name`, `title`) and value (`fact-1`). */
const WORDS = new Map<string, null | boolean>([
  ...['~', 'null', 'Null', 'NULL'].map((w) => [w, null] as const),
  ...['true', 'True', 'TRUE'].map((w) => [w, true] as const),
  ...['false', 'False', 'FALSE'].map((w) => [w, false] as const),
]);
/** The longest of WORDS: a longer scalar is not looked up. */
const LONGEST_WORD = Math.max(...[...WORDS.keys()].map((w) => w.length));
/** Core-schema forms this reader leaves to a full parser (octal, hex, infinity, not-a-number). */
const RARE_NUMBER = /^(?:0o|0x|[-+]?\.(?:inf|Inf|INF)$|\.(?:nan|NaN|NAN)$)/;

/** Whether `s` is a core-schema int or float (decimal): [-+]? (digits [. digits?] | . digits) ([eE] [-+]? digits)? */
function isDecimal(s: string): boolean {
  let i = 0;
  const n = s.length;
  let c = s.charCodeAt(0);
  if (c === 43 || c === 45) c = s.charCodeAt(++i);
  let digits = 0;
  while (c >= 48 && c <= 57) {
    digits++;
    c = s.charCodeAt(++i);
  }
  if (c === 46) {
    c = s.charCodeAt(++i);
    let fraction = 0;
    while (c >= 48 && c <= 57) {
      fraction++;
      c = s.charCodeAt(++i);
    }
    // `.5` and `5.` are floats, a lone `.` is not.
    if (digits === 0 && fraction === 0) return false;
    digits += fraction;
  }
  if (digits === 0) return false;
  if (i === n) return true;
  if (c !== 101 && c !== 69) return false;
  c = s.charCodeAt(++i);
  if (c === 43 || c === 45) c = s.charCodeAt(++i);
  let exponent = 0;
  while (c >= 48 && c <= 57) {
    exponent++;
    c = s.charCodeAt(++i);
  }
  return exponent > 0 && i === n;
}

/** A plain scalar's value by the YAML 1.2 core schema. */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) {
    if (isDecimal(s)) return Number(s);
    // Only text from `0`, a sign or a dot can be one (`0x1F`, `-.inf`): a date (`2024-06`) is text at once.
    if (c <= 48 && RARE_NUMBER.test(s)) throw DECLINE;
    return s;
  }
  if (s.length > LONGEST_WORD) return s;
  const word = WORDS.get(s);
  return word === undefined ? s : word;
}

/** Characters that cannot start a plain scalar here (YAML's indicators); quotes and brackets are handled before. */
function isIndicator(c: number): boolean {
  // - ? : , [ ] { } # & * ! | > ' " % @ `
  return (
    c === 45 || c === 63 || c === 58 || c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 35 ||
    c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96
  );
}

function isFlowIndicator(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}

/**
 * The data and the entries' spans, or undefined when the text is not in the subset. `declined`
 * hears where the reader stopped (the start of the line it was reading, or an unusual character):
 * a syntax error is there, or something only a full parser reads.
 */
export function readPlainYaml(text: string, declined?: (at: number) => void): PlainYaml | undefined {
  return runToEnd(readPlainYamlSteps(text, declined));
}

/**
 * readPlainYaml a piece at a time: it pauses after each top-level section and after every
 * `entriesPerPause` entries of a section (entities, facts), so a host that keeps answering while it
 * loads (the server) is not held for the whole file. Run through, it is readPlainYaml.
 */
export function* readPlainYamlSteps(text: string, declined?: (at: number) => void, entriesPerPause = Infinity): Generator<void, PlainYaml | undefined, void> {
  const unusual = UNUSUAL_CHARS.exec(text);
  if (unusual) {
    declined?.(unusual.index);
    return undefined;
  }
  if (text.includes('\r') && /\r(?!\n)/.test(text)) return undefined;
  const reader = new Reader(text);
  try {
    return yield* reader.document(entriesPerPause);
  } catch (e) {
    if (e !== DECLINE) throw e;
    declined?.(reader.position);
    return undefined;
  }
}

/**
 * The keys of the last mapping read at one level, in order. The next mapping there usually has the
 * same keys (every fact: id, entity, metric...): a key is first compared with the one at its place,
 * before it is hashed and looked up; and while every key so far matched, the keys are distinct
 * without a look-up, as the last mapping's were.
 */
class KeyOrder {
  /** Undefined for a quoted key: its text may hold what a plain key cannot (`"a: b"`), so it is not expected as one. */
  readonly keys: (string | undefined)[] = [];
  count = 0;
}

/** Levels with a key order made up front (facts nest 3 or 4 deep): reading past an array's end deoptimizes. */
const ORDER_LEVELS = 8;

function keyOrders(): KeyOrder[] {
  return Array.from({ length: ORDER_LEVELS }, () => new KeyOrder());
}

function orderAt(orders: KeyOrder[], level: number): KeyOrder {
  if (level < orders.length) return orders[level]!;
  while (orders.length <= level) orders.push(new KeyOrder());
  return orders[level]!;
}

class Reader {
  readonly spans = new Map<object, EntrySpan>();
  readonly items = new Map<unknown[], (Range | undefined)[]>();
  readonly scalarSpans = new Map<object, Map<string, EntrySpan>>();
  /** Start of the current, not yet consumed line. */
  private cur = 0;
  // The current line, after load(): its content end (before CR LF), the next line's start, indent, first character.
  private end = 0;
  private next = 0;
  private indent = 0;
  private first = 0;
  /** Offset just past the last content character read (for spans). */
  private lastEnd = 0;
  /** Line of lastEnd, and where that line starts. */
  private lastLine = 0;
  private lastLineStart = 0;
  /** Index of the current line. */
  private line = 0;
  /** `cur` when peek() last found it a line with content (and loaded it). */
  private peeked = -1;
  /** Where the last line with a value ends, a trailing comment included (the precise reader ends a block collection there). */
  private blockEnd = 0;
  private blockEndLine = 0;
  private blockEndLineStart = 0;
  /** After valueAfter(): whether the value was a block collection on the lines below its key. */
  private wasBlock = false;
  /** After key() or flowKey(): the offset past the key's colon. */
  private keyEnd = 0;
  /** After nestedBlock(): where the node starts. */
  private blockStart = 0;
  private blockLine = 0;
  private blockLineStart = 0;
  /** Key orders of block mappings by depth, and of flow mappings by how deep in flow collections they sit. */
  private readonly blockOrders = keyOrders();
  private readonly flowOrders = keyOrders();
  private flowDepth = 0;
  /** After key() or flowKey(): whether the key was quoted. */
  private keyQuoted = false;

  constructor(private readonly text: string) {
    this.interner = new TextInterner(text);
  }

  /** The start of the line being read. */
  get position(): number {
    return this.cur;
  }

  /**
   * The document: a mapping of sections, a section below its key read `entriesPerPause` entries
   * (entities, facts) at a time. Pauses after each section and between the pieces of one.
   */
  *document(entriesPerPause: number): Generator<void, PlainYaml, void> {
    if (!this.peek()) return { data: null, spans: this.spans, items: this.items, scalarSpans: this.scalarSpans };
    const t = this.text;
    // Directives and document markers: a full parser's job.
    if (this.indent !== 0 || t.startsWith('---', this.first) || t.startsWith('...', this.first) || t.charCodeAt(this.first) === 37) throw DECLINE;
    // The top-level mapping, as blockMapping reads one (the first at its depth), its sections' values in pieces.
    const data: Record<string, unknown> = {};
    const order = orderAt(this.blockOrders, 0);
    for (let k = 0; ; k++) {
      const name = this.key(this.first);
      if (name === undefined) throw DECLINE;
      this.takeKey(data, order, k, name, undefined);
      data[name] = yield* this.sectionValue(this.keyEnd, entriesPerPause);
      if (!this.peek()) break;
      // A sequence at the mapping's column would belong to a key with a scalar value: an error.
      if (this.indent > 0 || this.isSeqItem(this.first)) throw DECLINE;
      yield;
    }
    return { data, spans: this.spans, items: this.items, scalarSpans: this.scalarSpans };
  }

  /** Loads the line at `cur`; false when it is blank or only a comment. */
  private load(): boolean {
    const t = this.text;
    let nl = t.indexOf('\n', this.cur);
    if (nl < 0) nl = t.length;
    this.next = nl + 1;
    let end = nl;
    if (end > this.cur && t.charCodeAt(end - 1) === 13) end--;
    this.end = end;
    let i = this.cur;
    while (i < end && t.charCodeAt(i) === 32) i++;
    this.first = i;
    this.indent = i - this.cur;
    return i < end && t.charCodeAt(i) !== 35;
  }

  /** Moves to the next line with content (skipping blank and comment lines); false at the end of the text. */
  private peek(): boolean {
    // Asked again before the line is consumed (after a value, then by the mapping): already loaded.
    if (this.peeked === this.cur) return true;
    while (this.cur < this.text.length) {
      if (this.load()) {
        this.peeked = this.cur;
        return true;
      }
      this.cur = this.next;
      this.line++;
    }
    return false;
  }

  private consume(): void {
    this.cur = this.next;
    this.line++;
  }

  /** The text of plain keys and scalars, one string per distinct text (`id`, `entity`, `unit: USD` repeat 100,000 times). */
  private readonly interner: TextInterner;

  /** A plain scalar's value; a decimal integer of up to 15 digits (exact as a double) is read without a string. */
  private plainValue(start: number, end: number): unknown {
    const t = this.text;
    if (end > start && end - start <= 15) {
      let n = 0;
      let i = start;
      for (; i < end; i++) {
        const c = t.charCodeAt(i);
        if (c < 48 || c > 57) break;
        n = n * 10 + (c - 48);
      }
      if (i === end) return n;
    }
    return resolvePlain(this.interner.slice(start, end));
  }

  private endAt(offset: number): void {
    this.lastEnd = offset;
    this.lastLine = this.line;
    this.lastLineStart = this.cur;
  }

  private scalarSpansOf(section: object): Map<string, EntrySpan> {
    let spans = this.scalarSpans.get(section);
    if (!spans) this.scalarSpans.set(section, (spans = new Map()));
    return spans;
  }

  /** The range from `start` (on line `line`, which starts at `lineStart`) to the end of the value just read. */
  private rangeTo(block: boolean, start: number, line: number, lineStart: number): Range {
    const end = block ? this.blockEnd : this.lastEnd;
    const endLine = block ? this.blockEndLine : this.lastLine;
    const endLineStart = block ? this.blockEndLineStart : this.lastLineStart;
    return { start: { line, character: start - lineStart }, end: { line: endLine, character: end - endLineStart } };
  }


  /**
   * A block mapping whose first key is at `at` on the current line; its keys sit at that column.
   * `first`: that key, when the caller just read it (keyEnd is past its colon). `pause`: a section
   * read in pieces (blockMappingSteps): where it paused, and it returns after every `pause.every` entries.
   */
  private blockMapping(at: number, depth: number, first?: string, pause?: MapPause): Record<string, unknown> {
    const map: Record<string, unknown> = pause ? pause.map : {};
    const column = at - this.cur;
    const order = orderAt(this.blockOrders, depth);
    // Set when the mapping ends: a paused one's is still the last mapping's at its depth.
    const lastCount = order.count;
    let same = pause ? pause.same : true;
    let k = pause ? pause.k : 0;
    let name = first;
    for (;;) {
      const expected = same && k < lastCount ? order.keys[k] : undefined;
      name ??= this.key(at, expected);
      if (name === undefined) throw DECLINE;
      same = this.takeKey(map, order, k++, name, expected);
      const line = this.line;
      const lineStart = this.cur;
      const value = this.valueAfter(this.keyEnd, column, depth + 1);
      // An entry of a section (an entity, a metric) spans from its key to the end of its value.
      if (depth === 1) {
        // From the key to the end of the value: a flow collection's closing bracket, a block collection's last line.
        const span = { start: at, end: this.wasBlock ? this.blockEnd : this.lastEnd, range: this.rangeTo(this.wasBlock, at, line, lineStart) };
        if (value !== null && typeof value === 'object') this.spans.set(value, span);
        else this.scalarSpansOf(map).set(name, span);
      }
      map[name] = value;
      name = undefined;
      if (!this.peek() || this.indent < column) break;
      if (this.indent > column) throw DECLINE;
      at = this.first;
      // A sequence at the mapping's column would belong to a key with a scalar value: an error.
      if (this.isSeqItem(at)) throw DECLINE;
      if (pause !== undefined && k % pause.every === 0) {
        pause.same = same;
        pause.k = k;
        return map;
      }
    }
    order.count = k;
    if (pause) pause.done = true;
    return map;
  }

  /** blockMapping, a pause after every `entriesPerPause` entries. */
  private *blockMappingSteps(at: number, depth: number, first: string, entriesPerPause: number): Generator<void, Record<string, unknown>, void> {
    const pause: MapPause = { map: {}, every: entriesPerPause, same: true, k: 0, done: false };
    let map = this.blockMapping(at, depth, first, pause);
    while (!pause.done) {
      yield;
      map = this.blockMapping(this.first, depth, undefined, pause);
    }
    return map;
  }

  /**
   * Takes `name` (just read) as the `k`th key of `map`, whose level's key order is `order`; whether
   * the keys still follow the last mapping's. `expected` is the last mapping's key at this place while
   * they do, and undefined once one differed: from then on every key is looked up, and a duplicate,
   * `__proto__` or a merge key is left to a full parser.
   */
  private takeKey(map: Record<string, unknown>, order: KeyOrder, k: number, name: string, expected: string | undefined): boolean {
    const follows = name === expected;
    if (!follows && (name === '__proto__' || name === '<<' || Object.prototype.hasOwnProperty.call(map, name))) throw DECLINE;
    order.keys[k] = this.keyQuoted ? undefined : name;
    return follows;
  }

  /** The first key the next block mapping at `depth` likely has. */
  private firstKeyAt(depth: number): string | undefined {
    const order = orderAt(this.blockOrders, depth);
    return order.count > 0 ? order.keys[0] : undefined;
  }

  private isSeqItem(at: number): boolean {
    const t = this.text;
    if (t.charCodeAt(at) !== 45) return false;
    return at + 1 === this.end || t.charCodeAt(at + 1) === 32;
  }

  /** A block sequence whose dashes sit at the current line's indent. */
  private blockSequence(depth: number): unknown[] {
    const s = this.listAt(depth);
    while (this.nextItem(s)) this.item(s);
    return this.listEnd(s);
  }

  /** blockSequence, a pause after every `itemsPerPause` items. */
  private *blockSequenceSteps(depth: number, itemsPerPause: number): Generator<void, unknown[], void> {
    const s = this.listAt(depth);
    for (let n = 0; this.nextItem(s); n++) {
      if (n > 0 && n % itemsPerPause === 0) yield;
      this.item(s);
    }
    return this.listEnd(s);
  }

  /** A list starting at the current line (its dashes at its indent); the ranges of its items when it is a section (depth 1). */
  private listAt(depth: number): ListRead {
    return { list: [], ranges: depth === 1 ? [] : undefined, column: this.indent, depth };
  }

  /** Whether the list has another item: a dash at its column. */
  private nextItem(s: ListRead): boolean {
    return this.peek() && this.indent === s.column && this.isSeqItem(this.first);
  }

  private listEnd(s: ListRead): unknown[] {
    if (s.ranges) this.items.set(s.list, s.ranges);
    if (this.peek() && this.indent > s.column) throw DECLINE;
    return s.list;
  }

  /** The list item on the current line. */
  private item(s: ListRead): void {
    let at = this.first + 1;
    while (at < this.end && this.text.charCodeAt(at) === 32) at++;
    let start = at;
    let line = this.line;
    let lineStart = this.cur;
    let value: unknown;
    let name: string | undefined;
    let block = true;
    /** For a bare dash: where its empty item is, past the dash and the spaces after it. */
    let bare: Range['start'] | undefined;
    if (at === this.end || this.text.charCodeAt(at) === 35) {
      bare = { line: this.line, character: at - this.cur };
      this.endAt(this.first + 1);
      this.endOfLine(at);
      this.consume();
      value = this.nestedBlock(s.column, false, s.depth + 1);
      if (value === null && s.depth + 1 > 2) throw DECLINE; // as for an empty value in valueAfter
      start = this.blockStart;
      line = this.blockLine;
      lineStart = this.blockLineStart;
    } else if (this.isSeqItem(at)) {
      throw DECLINE; // - - nested compact sequence
    } else if ((name = this.key(at, this.firstKeyAt(s.depth + 1))) !== undefined) {
      value = this.blockMapping(at, s.depth + 1, name);
    } else {
      value = this.inlineValue(at);
      block = false;
      this.endOfLine(this.lastEnd);
      this.consume();
      if (this.peek() && this.indent > s.column) throw DECLINE; // a multi-line scalar
    }
    // A scalar item's range too (`- oops`, a bare `-`): it is a problem to locate.
    if (s.ranges) s.ranges.push(value !== null && typeof value === 'object' ? this.rangeTo(block, start, line, lineStart) : bare ? { start: bare, end: bare } : this.rangeTo(false, start, line, lineStart));
    s.list.push(value);
  }

  /** The value of a key whose colon ends at `after`; the key's column is `column`. */
  private valueAfter(after: number, column: number, depth: number): unknown {
    const at = this.inlineStart(after);
    if (at >= 0) return this.inlineAfterKey(at, column);
    const below = this.cur;
    const nested = this.nestedBlock(column, true, depth);
    return this.blockValue(nested, depth, this.cur === below);
  }

  /** A section's value (a top-level key's), a list or mapping below the key read in pieces. */
  private *sectionValue(after: number, perPause: number): Generator<void, unknown, void> {
    const at = this.inlineStart(after);
    if (at >= 0) return this.inlineAfterKey(at, 0);
    // What nestedBlock reads below a key at column 0, in pieces.
    if (!this.peek()) return this.blockValue(null, 1);
    if (this.isSeqItem(this.first)) return this.blockValue(yield* this.blockSequenceSteps(1, perPause), 1);
    if (this.indent === 0) return this.blockValue(null, 1);
    const name = this.key(this.first, this.firstKeyAt(1));
    // A scalar on its own line (`metrics:` then `  arr` on the way to `  arr:`): the section's value
    // when nothing indented follows it (else a multi-line scalar, a full parser's job).
    if (name === undefined) return this.inlineAfterKey(this.first, 0);
    return this.blockValue(yield* this.blockMappingSteps(this.first, 1, name, perPause), 1);
  }

  /** Where a key's value starts on its line (its colon ends at `after`), or -1 when it is on the lines below: the key's line is then consumed. */
  private inlineStart(after: number): number {
    const t = this.text;
    let at = after;
    while (at < this.end && t.charCodeAt(at) === 32) at++;
    if (at < this.end && t.charCodeAt(at) !== 35) return at;
    // Nothing after the key but spaces: an empty value sits past them, where the precise reader puts it.
    this.endAt(at === this.end ? at : after);
    this.endOfLine(at);
    this.consume();
    return -1;
  }

  /** A key's value on the lines below it (null: none). */
  private blockValue(nested: unknown, depth: number, nextLineFollows = false): unknown {
    // An empty value inside an entry: the precise reader stretches the entry over the comments or
    // blank lines after it, so then it is left to it. With the entry's next line right after it
    // (`entity:` while a fact is typed), there is nothing to stretch over.
    if (nested === null && depth > 2 && !nextLineFollows) throw DECLINE;
    this.wasBlock = true;
    return nested;
  }

  /** A key's value on its own line, from `at`; the key's column is `column`. */
  private inlineAfterKey(at: number, column: number): unknown {
    const value = this.inlineValue(at);
    this.endOfLine(this.lastEnd);
    this.consume();
    if (this.peek() && this.indent > column) throw DECLINE; // a multi-line scalar, or a stray line
    this.wasBlock = false;
    return value;
  }

  /**
   * The block node on the lines after a key (or a bare `-`) at `column`: a mapping or sequence
   * indented deeper (a key's sequence may also sit at the key's own column), else null.
   */
  private nestedBlock(column: number, isKey: boolean, depth: number): unknown {
    if (!this.peek()) return null;
    const seq = this.isSeqItem(this.first);
    if (this.indent < column || (this.indent === column && !(isKey && seq))) return null;
    this.blockStart = this.first;
    this.blockLine = this.line;
    this.blockLineStart = this.cur;
    const name = seq ? undefined : this.key(this.first, this.firstKeyAt(depth));
    if (seq) return this.blockSequence(depth);
    if (name !== undefined) return this.blockMapping(this.first, depth, name);
    // A scalar on its own line (`name` on the way to `name: ...`), when nothing indented follows it (else multi-line, a full parser's job).
    return this.inlineAfterKey(this.first, column);
  }

  /** Only spaces and a comment may follow a value on its line; sets blockEnd. */
  private endOfLine(at: number): void {
    const t = this.text;
    this.blockEndLine = this.line;
    this.blockEndLineStart = this.cur;
    this.blockEnd = this.lastEnd;
    if (at === this.end) return;
    if (at === this.lastEnd && t.charCodeAt(at) !== 32) throw DECLINE;
    while (at < this.end && t.charCodeAt(at) === 32) at++;
    if (at === this.end) return;
    if (t.charCodeAt(at) !== 35) throw DECLINE;
    let end = this.end;
    while (t.charCodeAt(end - 1) === 32) end--;
    this.blockEnd = end;
  }

  /**
   * A mapping key at `at` (plain or quoted), keyEnd past its colon; undefined if the line holds no key there.
   * `expected`: the plain key likely there (the last mapping's at this place), returned as it is when it is.
   */
  private key(at: number, expected?: string): string | undefined {
    const t = this.text;
    const end = this.end;
    const c = t.charCodeAt(at);
    if (c === 34 || c === 39) {
      const name = this.quoted(at);
      let i = this.lastEnd;
      while (i < end && t.charCodeAt(i) === 32) i++;
      if (t.charCodeAt(i) !== 58 || (i + 1 < end && t.charCodeAt(i + 1) !== 32)) return undefined;
      this.keyEnd = i + 1;
      this.keyQuoted = true;
      return name;
    }
    if (isIndicator(c)) return undefined;
    this.keyQuoted = false;
    const predicted = this.expectedKey(at, expected, false);
    if (predicted !== undefined) return predicted;
    for (let i = at; i < end; i++) {
      const d = t.charCodeAt(i);
      if (d === 58 && (i + 1 === end || t.charCodeAt(i + 1) === 32)) {
        let e = i;
        while (t.charCodeAt(e - 1) === 32) e--;
        const name = this.interner.slice(at, e);
        if (typeof resolvePlain(name) !== 'string') throw DECLINE; // null, true or 1 as a key
        this.keyEnd = i + 1;
        return name;
      }
      if (d === 35 && t.charCodeAt(i - 1) === 32) return undefined;
    }
    return undefined;
  }

  /** A scalar or flow collection starting at `at` on the current line; sets lastEnd past it. */
  private inlineValue(at: number): unknown {
    const t = this.text;
    const c = t.charCodeAt(at);
    if (c === 123 || c === 91) return this.flow(at);
    if (c === 34 || c === 39) return this.quoted(at);
    if (isIndicator(c) && !this.plainStart(c, at, false)) throw DECLINE;
    let i = at;
    let e = at;
    for (; i < this.end; i++) {
      const d = t.charCodeAt(i);
      if (d === 32) continue;
      if (d === 35 && t.charCodeAt(i - 1) === 32) break;
      // `a: b: c` is an error, `a: b:` too: a full parser says so.
      if (d === 58 && (i + 1 === this.end || t.charCodeAt(i + 1) === 32)) throw DECLINE;
      e = i + 1;
    }
    this.endAt(e);
    return this.plainValue(at, e);
  }

  /** A quoted scalar closed on its line. */
  private quoted(at: number): string {
    const t = this.text;
    const q = t.charCodeAt(at);
    let escapes = false;
    let i = at + 1;
    for (;;) {
      if (i >= this.end) throw DECLINE; // multi-line: a full parser's job
      const d = t.charCodeAt(i);
      if (q === 34 && d === 92) {
        escapes = true;
        i += 2;
        continue;
      }
      if (d === q) {
        if (q === 39 && t.charCodeAt(i + 1) === 39) {
          escapes = true;
          i += 2;
          continue;
        }
        break;
      }
      i++;
    }
    this.endAt(i + 1);
    const body = t.slice(at + 1, i);
    if (!escapes) return body;
    if (q === 39) return body.replace(/''/g, "'");
    // JSON's escapes mean the same in YAML; YAML's others (\x, \0, \e, \N...) are a full parser's job.
    if (/\\[^"\\/bfnrtu]/.test(body)) throw DECLINE;
    return JSON.parse(`"${body}"`) as string;
  }

  /** A flow mapping or sequence opened at `at` and closed on the same line. */
  private flow(at: number): unknown {
    const t = this.text;
    const isMap = t.charCodeAt(at) === 123;
    const close = isMap ? 125 : 93;
    const map: Record<string, unknown> = {};
    const list: unknown[] = [];
    const order = orderAt(this.flowOrders, this.flowDepth++);
    const lastCount = order.count;
    let same = true;
    let k = 0;
    let i = this.skipSpaces(at + 1);
    while (t.charCodeAt(i) !== close) {
      if (isMap) {
        const expected = same && k < lastCount ? order.keys[k] : undefined;
        const name = this.flowKey(i, expected);
        same = this.takeKey(map, order, k++, name, expected);
        i = this.skipSpaces(this.keyEnd);
        const c = t.charCodeAt(i);
        if (c === 44 || c === close) map[name] = null;
        else {
          map[name] = this.flowValue(i);
          i = this.skipSpaces(this.lastEnd);
        }
      } else {
        list.push(this.flowValue(i));
        i = this.skipSpaces(this.lastEnd);
        if (t.charCodeAt(i) === 58) throw DECLINE; // [a: b], a one-pair mapping
      }
      const c = t.charCodeAt(i);
      if (c === 44) i = this.skipSpaces(i + 1);
      else if (c !== close) throw DECLINE;
    }
    this.endAt(i + 1);
    this.flowDepth--;
    if (isMap) order.count = k;
    return isMap ? map : list;
  }

  /** `-5`, `?x`, `:x`: these indicators start a plain scalar when a safe character follows. */
  private plainStart(c: number, at: number, inFlow: boolean): boolean {
    if (c !== 45 && c !== 63 && c !== 58) return false;
    if (at + 1 >= this.end) return false;
    const n = this.text.charCodeAt(at + 1);
    return n !== 32 && !(inFlow && isFlowIndicator(n));
  }

  private skipSpaces(at: number): number {
    const t = this.text;
    while (at < this.end && t.charCodeAt(at) === 32) at++;
    if (at >= this.end) throw DECLINE; // the collection goes on past the line
    return at;
  }

  /**
   * `expected` when it is the plain key at `at` (keyEnd past its colon): its text, spaces, and a colon
   * before a space or the line's end (in a flow collection, a flow indicator too). A plain key holds
   * no `: `, no ` #` and, in a flow, no flow indicator: a scan for the key would stop at the same colon.
   */
  private expectedKey(at: number, expected: string | undefined, inFlow: boolean): string | undefined {
    const t = this.text;
    const end = this.end;
    if (expected === undefined || at + expected.length >= end || !sameText(expected, t, at)) return undefined;
    let i = at + expected.length;
    while (i < end && t.charCodeAt(i) === 32) i++;
    if (t.charCodeAt(i) !== 58) return undefined;
    const n = i + 1 < end ? t.charCodeAt(i + 1) : 32;
    if (n !== 32 && !(inFlow && isFlowIndicator(n))) return undefined;
    this.keyEnd = i + 1;
    return expected;
  }

  /** A flow mapping's key at `at`, keyEnd past its colon; `expected` as for key(). */
  private flowKey(at: number, expected?: string): string {
    const t = this.text;
    const c = t.charCodeAt(at);
    if (c === 34 || c === 39) {
      const name = this.quoted(at);
      const i = this.skipSpaces(this.lastEnd);
      if (t.charCodeAt(i) !== 58) throw DECLINE;
      this.keyEnd = i + 1;
      this.keyQuoted = true;
      return name;
    }
    if (isIndicator(c)) throw DECLINE;
    this.keyQuoted = false;
    const predicted = this.expectedKey(at, expected, true);
    if (predicted !== undefined) return predicted;
    for (let i = at; i < this.end; i++) {
      const d = t.charCodeAt(i);
      if (d === 58) {
        const n = i + 1 < this.end ? t.charCodeAt(i + 1) : 32;
        if (n !== 32 && !isFlowIndicator(n)) continue;
        let e = i;
        while (t.charCodeAt(e - 1) === 32) e--;
        const name = this.interner.slice(at, e);
        if (typeof resolvePlain(name) !== 'string') throw DECLINE;
        this.keyEnd = i + 1;
        return name;
      }
      if (isFlowIndicator(d) || (d === 35 && t.charCodeAt(i - 1) === 32)) throw DECLINE;
    }
    throw DECLINE;
  }

  private flowValue(at: number): unknown {
    const t = this.text;
    const c = t.charCodeAt(at);
    if (c === 123 || c === 91) return this.flow(at);
    if (c === 34 || c === 39) return this.quoted(at);
    if (isIndicator(c) && !this.plainStart(c, at, true)) throw DECLINE;
    let e = at;
    let i = at;
    for (; i < this.end; i++) {
      const d = t.charCodeAt(i);
      if (isFlowIndicator(d)) break;
      if (d === 32) continue;
      if (d === 35 && t.charCodeAt(i - 1) === 32) throw DECLINE;
      if (d === 58) {
        const n = i + 1 < this.end ? t.charCodeAt(i + 1) : 32;
        if (n === 32 || isFlowIndicator(n)) break;
      }
      e = i + 1;
    }
    this.endAt(e);
    return this.plainValue(at, e);
  }
}
