// A fast first reading of a facts file. The `yaml` library builds a full document with a node per
// value (precise locations for every problem) and takes ~0.8 s per MB; a 100,000-fact file took
// tens of seconds. js-yaml reads the same data about 15x faster, and its parse events give every
// mapping's and sequence's span (a fact's location). The loader uses this reading when the file is
// plain data that validates; anything unusual (a syntax error, anchors, YAML 1.1 digit separators,
// a schema problem) goes to the precise reader, which says where.
import { CORE_SCHEMA, load, type State } from 'js-yaml';
import type { Span } from '../types';

export interface FastYaml {
  data: unknown;
  /** Span of each entry of a top-level section (a fact, an entity, a metric) that is a mapping or sequence, by identity. */
  spans: Map<object, Span>;
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

function contentEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Open nodes above an entry of a top-level section: the document's mapping and the section. */
const ENTRY_DEPTH = 2;

/** The data and its spans, or undefined when the precise reader must run. */
export function readFastYaml(text: string): FastYaml | undefined {
  // YAML 1.1 digit separators (1_000): js-yaml reads a number where YAML 1.2 reads a string.
  if (/\d_\d/.test(text)) return undefined;
  const spans = new Map<object, Span>();
  const starts: number[] = [];
  let anchored = false;
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
          const start = contentStart(text, at, state.position);
          spans.set(result, { start, end: Math.max(start, contentEnd(text, start, state.position)) });
        }
      },
    });
    // Aliases share one object between places: the precise reader bounds their expansion.
    if (anchored) return undefined;
    return { data, spans };
  } catch {
    return undefined;
  }
}
