// The note's title and headings from a line scan, not a parse: ATX (`# …`) and setext headings
// outside fenced code and HTML comments. The title (the coverage hover asks for it on every mouse
// move) is the first heading, else the first non-blank line outside front matter; the headings
// are what a paragraph that names no entity falls back to (the judge's section).
import type { Range, Span } from '../types';
import { frontMatterEnd } from './segments';

const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Lines that cannot be the text of a setext heading (list items, quotes, tables, HTML). */
const NOT_PARAGRAPH = /^ {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|>|<|\||#)/;

/** A line of text outside code and comments: its number, its offsets (without the line feed) and whether it is a heading's text. */
interface TextLine {
  line: number;
  start: number;
  text: string;
  heading: boolean;
}

/**
 * Calls `visit` for each non-blank line outside fenced code and HTML comments from `from` on, in
 * order, until it returns true. A setext heading's text line is visited again, as a heading, when
 * its underline is read.
 */
function walkLines(text: string, from: number, visit: (line: TextLine) => boolean): void {
  let lineNo = text.slice(0, from).split('\n').length - 1;
  let fence: string | null = null;
  let comment = false;
  let previous: TextLine | null = null;
  for (let start = from; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end);
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const here = lineNo++;
    const at = start;
    start = end + 1;
    if (fence) {
      if (line.trimStart().startsWith(fence)) fence = null;
      previous = null;
      continue;
    }
    if (comment) {
      if (line.includes('-->')) comment = false;
      previous = null;
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      fence = open[1]!;
      previous = null;
      continue;
    }
    if (/^ {0,3}<!--/.test(line)) {
      comment = !line.includes('-->');
      previous = null;
      continue;
    }
    if (line.trim() === '') {
      previous = null;
      continue;
    }
    if (ATX.test(line)) {
      if (visit({ line: here, start: at, text: line, heading: true })) return;
      previous = null;
      continue;
    }
    if (previous && SETEXT.test(line)) {
      if (visit({ ...previous, heading: true })) return;
      previous = null;
      continue;
    }
    const textLine = { line: here, start: at, text: line, heading: false };
    if (visit(textLine)) return;
    previous = NOT_PARAGRAPH.test(line) ? null : textLine;
  }
}

/** The title line's range (its text, without leading indentation), or null for an empty note. */
export function titleRange(text: string): Range | null {
  let title: TextLine | null = null;
  let firstText: TextLine | null = null;
  walkLines(text, frontMatterEnd(text), (l) => {
    if (l.heading) title = l;
    else firstText ??= l;
    return l.heading;
  });
  const found = (title ?? firstText) as TextLine | null;
  return found ? rangeOf(found.line, found.text) : null;
}

// A quick look first: most segments hold no heading at all.
const MAY_HOLD_HEADING = /#|\n {0,3}(?:=+|-+)[ \t]*(?:\r?\n|$)/;

/** A heading's level: its number of "#", or 1 and 2 for a setext heading underlined with "=" and "-". */
export function headingLevel(text: string, h: Span): number {
  const line = text.slice(h.start, h.end).trimStart();
  if (line.startsWith('#')) return /^#+/.exec(line)![0].length;
  const next = text.slice(h.end).replace(/^\r?\n/, '').trimStart();
  return next.startsWith('=') ? 1 : 2;
}

/** The text lines of the headings in `text` (a note's body or a segment), as offsets. */
export function headingSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (!MAY_HOLD_HEADING.test(text)) return spans;
  walkLines(text, 0, (l) => {
    if (l.heading) spans.push({ start: l.start, end: l.start + l.text.length });
    return false;
  });
  return spans;
}

function rangeOf(line: number, text: string): Range {
  const indent = text.length - text.trimStart().length;
  return { start: { line, character: indent }, end: { line, character: text.trimEnd().length } };
}
