// The note's title, for the coverage hover: its first heading (ATX `# …` or setext), else its
// first non-blank line, outside front matter, fenced code and HTML comments. A line scan, not a
// parse: the hover asks on every mouse move over the note.
import type { Range } from '../types';
import { frontMatterEnd } from './segments';

const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Lines that cannot be the text of a setext heading (list items, quotes, tables, HTML). */
const NOT_PARAGRAPH = /^ {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|>|<|\||#)/;

/** The title line's range (its text, without leading indentation), or null for an empty note. */
export function titleRange(text: string): Range | null {
  const start = frontMatterEnd(text);
  const lines = text.slice(start).split('\n');
  let lineNo = text.slice(0, start).split('\n').length - 1;
  let fence: string | null = null;
  let comment = false;
  let firstText: Range | null = null;
  let previous: { line: number; text: string } | null = null;
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const here = lineNo++;
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
    if (ATX.test(line)) return rangeOf(here, line);
    if (previous && SETEXT.test(line)) return rangeOf(previous.line, previous.text);
    firstText ??= rangeOf(here, line);
    previous = NOT_PARAGRAPH.test(line) ? null : { line: here, text: line };
  }
  return firstText;
}

function rangeOf(line: number, text: string): Range {
  const indent = text.length - text.trimStart().length;
  return { start: { line, character: indent }, end: { line, character: text.trimEnd().length } };
}
