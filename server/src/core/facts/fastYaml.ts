// A fast first reading of a facts file. The `yaml` library builds a full document with a node per
// value (precise locations for every problem) and takes ~0.8 s per MB; a 100,000-fact file took
// tens of seconds. js-yaml reads the same data about 15x faster, and its parse events give every
// mapping's and sequence's span (a fact's location). The loader uses this reading where the plain
// reader stops at YAML it does not read (a `|` block, an anchor): a syntax error costs its entry
// (the recovery's), a schema problem has its entry read again precisely (preciseEntries.ts), and
// only what this reading declines (an alias bomb, an entry that is an alias) goes to the precise
// reader of the whole file.
import { CORE_SCHEMA, load, YAMLException, type State } from 'js-yaml';
import type { Range } from '../types';
import { aliasExpansionError } from './aliasExpansion';
import type { EntrySpan } from './plainYaml';
import type { FastRead } from './yamlDocument';

export interface FastYaml {
  data: unknown;
  /**
   * Span of each entry of a top-level section that is a mapping or sequence, by identity: an
   * entity or metric from its key, a fact from its first field, to the end of its value.
   */
  spans: Map<object, EntrySpan>;
  /** From the plain reader: the ranges of a sequence section's items, by its list and index (else their spans are in `spans`). */
  items?: Map<unknown[], (Range | undefined)[]>;
  /** From the plain reader: the spans of a mapping section's entries whose value is a scalar, by section and key. */
  scalarSpans?: Map<object, Map<string, EntrySpan>>;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The first character of a node's content, past separation space and comments. */
function contentStart(text: string, at: number, end: number): number {
  let i = at;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) i++;
    else if (c === 35 /* # */) {
      while (i < end && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    } else break;
  }
  return i;
}

/**
 * The end of an entry's content: js-yaml's position is past the comment lines it read looking for
 * the entry's next key. A comment line indented no deeper than the entry's first key is not the
 * entry's (a line of a `|` block below a key is indented deeper, and stays).
 */
function contentEnd(text: string, start: number, end: number): number {
  const lineOfStart = text.lastIndexOf('\n', start - 1) + 1;
  const column = start - lineOfStart;
  let i = end;
  for (;;) {
    while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    if (lineStart <= start) return i;
    let first = lineStart;
    while (first < i && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    if (text.charCodeAt(first) !== 35 /* # */ || first - lineStart > column) return i;
    i = lineStart;
  }
}

/** Open nodes above an entry of a top-level section: the document's mapping and the section. */
const ENTRY_DEPTH = 2;

/**
 * js-yaml's reading of a file the plain reader (plainYaml.ts) does not read: the data and its
 * spans; or where it found a syntax error (undefined when it declines the file for another reason:
 * then the precise reader must run).
 */
export function jsYamlReading(text: string): FastRead<FastYaml> {
  const spans = new Map<object, EntrySpan>();
  const starts: number[] = [];
  let anchored = false;
  let sharedEntry = false;
  try {
    const data = load(text, {
      schema: CORE_SCHEMA,
      json: false,
      listener(event: 'open' | 'close', state: State) {
        if (event === 'open') {
          starts.push(state.position);
          return;
        }
        const at = starts.pop() ?? 0;
        if ((state as State & { anchor?: string | null }).anchor) anchored = true;
        const result: unknown = state.result;
        // Only the entries of the top-level sections (a fact, an entity, a metric) need a span.
        if (starts.length === ENTRY_DEPTH && result !== null && typeof result === 'object') {
          // An entry that is an alias of another shares its object, so one span would stand for two.
          if (spans.has(result)) sharedEntry = true;
          const start = contentStart(text, at, state.position);
          spans.set(result, { start, end: Math.max(start, contentEnd(text, start, state.position)) });
        }
      },
    });
    // Aliases share one object between places: read as they are while they expand the data
    // moderately (one anchored `source:` in every fact); an alias bomb, a cycle or an aliased
    // entry goes to the precise reader, which says what is wrong.
    if (anchored && (sharedEntry || aliasExpansionError(data, text) !== undefined)) return { stoppedAt: undefined };
    keyedSpans(text, data, spans);
    return { read: { data, spans } };
  } catch (e) {
    // js-yaml marks a syntax error on its line or the next: the recovery looks for the entry there.
    return { stoppedAt: e instanceof YAMLException ? e.mark?.position : undefined };
  }
}

/** js-yaml gives a map entry's value span; an entry's span starts at its key (on the value's line or above it). */
function keyedSpans(text: string, data: unknown, spans: Map<object, EntrySpan>): void {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
  for (const section of Object.values(data as Record<string, unknown>)) {
    if (section === null || typeof section !== 'object' || Array.isArray(section)) continue;
    for (const [key, value] of Object.entries(section as Record<string, unknown>)) {
      const span = value !== null && typeof value === 'object' ? spans.get(value) : undefined;
      if (!span) continue;
      const at = text.lastIndexOf(key, span.start);
      if (at >= 0 && span.start - at <= key.length + 200) span.start = at;
    }
  }
}
