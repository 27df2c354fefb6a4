// Lists, block quotes, GFM pipe tables and footnote definitions of the common simple shapes, read
// without the parser as plainRuns.ts reads paragraphs: one run (see segments.ts) at a time, every
// line of the run of the one shape, every line's content plain (plainInline.ts). Anything else
// (lazy continuation, other nesting, tabs, setext, code, HTML, ragged tables) returns null and
// the run goes to the parser; test/parse/containerRuns.test.ts compares both on varied text.
import type { ProseBlock, TableRow } from './prose';
import { leadOf, tableBlocks } from './prose';
import { type InlineContext, plainInline, plainLine } from './plainInline';

/** One line of the run: [start, end) in the text, and its content. */
interface Line {
  start: number;
  end: number;
  text: string;
}

/** The run's lines up to its first blank line, or null when a non-blank line follows a blank one (or a tab or CR is in it). */
function linesOf(text: string, start: number, end: number): Line[] | null {
  if (end < 0) return null;
  const lines: Line[] = [];
  let ended = false;
  for (let pos = start; pos < end; ) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 || nl >= end ? end : nl;
    const line = text.slice(pos, lineEnd);
    if (/^ *$/.test(line)) ended = true;
    else if (ended || /[\t\r]/.test(line)) return null;
    else lines.push({ start: pos, end: lineEnd, text: line });
    pos = lineEnd + 1;
  }
  return lines;
}

/**
 * Where the run's blocks end when only indented code follows them (after a blank line a line of
 * four spaces is code there, which holds no prose): the first blank line; -1 when anything else follows.
 */
export function proseEnd(text: string, start: number, end: number): number {
  let blank = -1;
  // A run that opens blank (a segment's first) is read whole, as before.
  if (text.charCodeAt(start) === 10 || text.charCodeAt(start) === 32) return end;
  for (let pos = start; pos < end; ) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 || nl >= end ? end : nl;
    let i = pos;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    if (i === lineEnd) {
      if (blank < 0) blank = pos;
    } else if (blank >= 0 && i - pos < 4) return -1;
    pos = lineEnd + 1;
  }
  return blank < 0 ? end : blank;
}

/** A fenced code block that is the whole run: no prose, and closed, so it decides nothing after it. */
export function readFence(text: string, start: number, end: number): ProseBlock[] | null {
  const nl = text.indexOf('\n', start);
  if (nl < 0 || nl >= end) return null;
  const open = /^(`{3,}|~{3,})([^\n]*)$/.exec(text.slice(start, nl));
  if (!open || (open[1]![0] === '`' && open[2]!.includes('`'))) return null;
  const close = new RegExp(`^ {0,3}${open[1]![0] === '`' ? '`' : '~'}{${open[1]!.length},}[ \\t]*$`);
  for (let pos = nl + 1; pos < end; ) {
    const next = text.indexOf('\n', pos);
    const lineEnd = next < 0 || next >= end ? end : next;
    if (close.test(text.slice(pos, lineEnd))) return /^[ \t\n]*$/.test(text.slice(lineEnd, end)) ? [] : null;
    pos = lineEnd + 1;
  }
  return null;
}

/** An open paragraph: where it starts, its masked lines so far, and where its last line ends. */
class Paragraph {
  private readonly parts: string[];
  end: number;
  /** The list's lead-in, for a list item's paragraph (prose.ts's listLead). */
  lead: string | undefined;
  constructor(
    readonly start: number,
    first: string,
    end: number,
  ) {
    this.parts = [first];
    this.end = end;
  }
  /** A continuation line whose masked content starts `gap` characters after the line break. */
  add(gap: number, masked: string, end: number): void {
    this.parts.push('\n' + ' '.repeat(gap) + masked);
    this.end = end;
  }
  block(): ProseBlock {
    const block: ProseBlock = { start: this.start, end: this.end, text: this.parts.join(''), type: 'paragraph' };
    if (this.lead !== undefined) block.lead = this.lead;
    return block;
  }
}

/** A list item's line: its indentation, marker and the column its content starts at (one space after the marker). */
const ITEM = /^( *)(?:[-+*]|(\d{1,9})[.)]) (?=[^ ])/;

/**
 * A list of single-paragraph items, nested by indentation, each line an item or a continuation at
 * its item's content column. `lead`: the lead-in the list hangs from; a nested list hangs from its
 * item's paragraph when that ends with a colon, else from what its item's list hangs from.
 */
export function readList(text: string, start: number, end: number, context: InlineContext, lead?: string): ProseBlock[] | null {
  const lines = linesOf(text, start, end);
  if (!lines || lines.length === 0) return null;
  const blocks: ProseBlock[] = [];
  /** Content columns of the open items, outermost first, and each one's paragraph. */
  const open: number[] = [];
  const openParas: Paragraph[] = [];
  let para: Paragraph | null = null;
  let paraColumn = -1;
  for (const line of lines) {
    const item = ITEM.exec(line.text);
    if (item) {
      const indent = item[1]!.length;
      const column = item[0].length;
      while (open.length > 0 && open[open.length - 1]! > indent) {
        open.pop();
        openParas.pop();
      }
      const parent = open.length > 0 ? open[open.length - 1]! : 0;
      // Four columns past its container's content it is code or paragraph text, not an item.
      if (indent - parent > 3) return null;
      // An ordered list opening inside the item whose paragraph is open interrupts it only from 1.
      if (para && paraColumn === parent && open.length > 0 && item[2] !== undefined && item[2] !== '1') return null;
      // So does one opening the run: remark reads "2." after indented code and a blank line as text.
      if (!para && item[2] !== undefined && item[2] !== '1') return null;
      const masked = plainLine(line.text.slice(column), context);
      if (masked === null) return null;
      if (para) blocks.push(para.block());
      const parentPara = openParas[openParas.length - 1];
      const itemLead = parentPara ? (leadOf(text.slice(parentPara.start, parentPara.end)) ?? parentPara.lead) : lead;
      para = new Paragraph(line.start + column, masked, line.end);
      para.lead = itemLead;
      paraColumn = column;
      open.push(column);
      openParas.push(para);
    } else {
      if (!para) return null;
      const indent = line.text.length - line.text.trimStart().length;
      if (indent !== paraColumn) return null;
      const masked = plainLine(line.text.slice(indent), context);
      if (masked === null) return null;
      para.add(indent, masked, line.end);
    }
  }
  if (para) blocks.push(para.block());
  return blocks;
}

const QUOTE = /^> (?=[^ ])/;

/** A block quote of one paragraph, every line opening with "> ". */
export function readQuote(text: string, start: number, end: number, context: InlineContext): ProseBlock[] | null {
  const lines = linesOf(text, start, proseEnd(text, start, end));
  if (!lines || lines.length === 0) return null;
  let para: Paragraph | null = null;
  for (const line of lines) {
    if (!QUOTE.test(line.text)) return null;
    const masked = plainLine(line.text.slice(2), context);
    if (masked === null) return null;
    if (para) para.add(2, masked, line.end);
    else para = new Paragraph(line.start + 2, masked, line.end);
  }
  return [para!.block()];
}

const DELIMITER_CELL = /^ *:?-+:? *$/;

/** A pipe table: every row opens and closes with "|", the delimiter row and every row have the header's cells. */
export function readTable(text: string, start: number, end: number, context: InlineContext): ProseBlock[] | null {
  const lines = linesOf(text, start, proseEnd(text, start, end));
  if (!lines || lines.length < 2) return null;
  const split = (line: Line): string[] | null => {
    const s = line.text;
    if (s.length < 2 || s[0] !== '|' || s[s.length - 1] !== '|') return null;
    return s.slice(1, -1).split('|');
  };
  const header = split(lines[0]!);
  const delimiter = split(lines[1]!);
  if (!header || !delimiter || delimiter.length !== header.length || !delimiter.every((c) => DELIMITER_CELL.test(c))) return null;
  const rows: TableRow[] = [];
  for (let r = 0; r < lines.length; r++) {
    if (r === 1) continue;
    const line = lines[r]!;
    const cells = r === 0 ? header : split(line);
    if (!cells || cells.length !== header.length) return null;
    const blocks: ProseBlock[] = [];
    // A cell runs from its opening pipe to the next; the last one takes its closing pipe too.
    let at = line.start;
    for (let c = 0; c < cells.length; c++) {
      const masked = plainInline(cells[c]!, context);
      if (masked === null) return null;
      const last = c === cells.length - 1;
      const cellEnd = at + 1 + masked.length + (last ? 1 : 0);
      blocks.push({ start: at, end: cellEnd, text: ' ' + masked + (last ? ' ' : ''), type: 'tableCell' });
      at += 1 + masked.length;
    }
    rows.push({ cells: blocks, span: { start: line.start, end: line.end } });
  }
  return tableBlocks(rows);
}

const FOOTNOTE_DEFINITION = /^\[\^([A-Za-z0-9_-]{1,30})\]: (?=[^ ])/;
const LABELLED = /\[\^([^\]\s]{1,100})\]:/g;
const labelKey = (label: string): string => label.toLowerCase().toUpperCase();

/**
 * A footnote definition on one line ("[^1]: text"). The parser gets its own stand-in definition
 * for every marker left in its text (withFootnoteDefinitions), except a "[^1]:" that reads as a
 * marker only while this definition is there, or when an open fence or HTML block takes the
 * stand-ins in: then the run is left to the parser.
 */
export function readFootnoteDefinition(text: string, start: number, end: number, context: InlineContext): ProseBlock[] | null {
  const lines = linesOf(text, start, end);
  if (!lines || lines.length !== 1) return null;
  const line = lines[0]!;
  const m = FOOTNOTE_DEFINITION.exec(line.text);
  if (!m || !context.footnotes) return null;
  const key = labelKey(m[1]!);
  let same = 0;
  for (const other of text.matchAll(LABELLED)) if (labelKey(other[1]!) === key && ++same > 1) return null;
  const masked = plainLine(line.text.slice(m[0].length), context);
  if (masked === null) return null;
  return [new Paragraph(line.start + m[0].length, masked, line.end).block()];
}

/** The blocks of a run of one of these shapes, chosen by its first character, or null. */
export function readContainerRun(text: string, start: number, end: number, context: InlineContext): ProseBlock[] | null {
  const first = text.charCodeAt(start);
  if (first === 124 /* | */) return readTable(text, start, end, context);
  if (first === 62 /* > */) return readQuote(text, start, end, context);
  if (first === 91 /* [ */) return readFootnoteDefinition(text, start, end, context);
  if (first === 96 /* ` */ || first === 126 /* ~ */) return readFence(text, start, end);
  return readList(text, start, end, context);
}
