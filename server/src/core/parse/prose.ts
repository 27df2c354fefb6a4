import type { Nodes, Root } from 'mdast';

/**
 * A block of prose (paragraph, heading, table cell) as a masked copy of its source: the string
 * has the block's exact length, prose characters are kept in place and everything else (markdown
 * syntax, inline code, HTML, URLs, images, footnote markers, block-quote and list prefixes) is a
 * space. So an index into `text` plus `start` is an offset into the note, with no mapping table.
 */
export interface ProseBlock {
  start: number;
  end: number;
  text: string;
  type: 'paragraph' | 'heading' | 'tableCell';
  /** For a block inside a list: the sentence the list hangs from (its lead-in), when one stands right before it (see listLead). */
  lead?: string;
  /** For a table cell below the header row: its column's header text (for the claim's kind). */
  header?: string;
  /** Where that header cell starts and ends in the note (the header may state the column's period). */
  headerStart?: number;
  headerEnd?: number;
  /** The header cells between the first one and its own (from the second column to the one before it). */
  headersBefore?: { start: number; end: number };
  /** For a table cell: its whole row, where the row's entity stands ("| Acme | $5B |"). */
  row?: { start: number; end: number };
  /**
   * The same row's Date/Period/Quarter/Year/As of cell, when the table has such a column; else its
   * first cell, which dates the row only when the whole cell is one period (`whole`: "2023/24" under "Season").
   */
  rowTime?: { text: string; start: number; whole?: true };
  /** The row's first cell, for the other cells of the row: a label may name their kind and unit ("Revenue ($bn)"). */
  rowLabel?: string;
  /** Where that first cell stands in the note. */
  rowLabelSpan?: { start: number; end: number };
  /** The first column's header, for the other cells: a corner "(€m)" or "USD bn" gives the whole table's unit. */
  corner?: string;
  /** Where that header cell stands in the note ("Segment" says the rows are parts). */
  cornerSpan?: { start: number; end: number };
}

/** An HTML node (block or inline), kept for suppression comments. */
export interface HtmlChunk {
  value: string;
  start: number;
  end: number;
}

export interface ProseResult {
  blocks: ProseBlock[];
  html: HtmlChunk[];
}

const SPACE = ' ';
/**
 * Stands in for content that is not prose but sits inside a sentence (inline code, HTML,
 * images, footnote markers, link URLs): unlike a space it stops a number from reaching a noun
 * across it ("0-based `{line}` ranges"). Sentence text handed out replaces it by a space.
 */
export const BLOCKER = '\u001a';

/** Column headers that name when a row's figures are for. */
const TIME_HEADER =
  /^(?:(?:reporting|fiscal|report|announcement|announced|closing|close|deal|effective|filing|release|as[- ]of)\s+)?(?:date|dates|period|quarter|qtr|year|month|fy|time|as[- ]of|as at|when|announced|reported)\b/i;

export function collectProse(root: Root, source: string): ProseResult {
  const blocks: ProseBlock[] = [];
  const html: HtmlChunk[] = [];

  // The lead-in of the list being visited: every block inside it (nested lists too, unless they have their own) gets it.
  let lead: string | undefined;
  const visitBlock = (node: Nodes): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const block = proseBlock(node, source, html);
        if (block) {
          if (lead !== undefined) block.lead = lead;
          blocks.push(block);
        }
        return;
      }
      case 'table': {
        const rows = node.children.map((row) => {
          const cells = row.children.map((cell) => proseBlock(cell, source, html));
          const start = row.position?.start.offset;
          const end = row.position?.end.offset;
          return { cells, span: start !== undefined && end !== undefined ? { start, end } : undefined };
        });
        for (const block of tableBlocks(rows)) blocks.push(block);
        return;
      }
      case 'html': {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start !== undefined && end !== undefined) html.push({ value: node.value, start, end });
        return;
      }
      default:
        if ('children' in node) {
          let before: Nodes | undefined;
          for (const child of node.children as Nodes[]) {
            const own = child.type === 'list' && before ? listLead(before, source) : undefined;
            if (own === undefined) visitBlock(child);
            else {
              const outer = lead;
              lead = own;
              visitBlock(child);
              lead = outer;
            }
            before = child;
          }
        }
    }
  };
  visitBlock(root);
  return { blocks, html };
}

/** A table row: its cells' prose blocks (null for a cell with no extent) and its span in the note. */
export interface TableRow {
  cells: (ProseBlock | null)[];
  span?: { start: number; end: number };
}

/** The blocks of a table's cells in order, each body cell given its header, row, time cell, row label and corner. */
export function tableBlocks(rows: readonly TableRow[]): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const headers: string[] = [];
  const headerStarts: number[] = [];
  const headerEnds: number[] = [];
  let timeColumn = -1;
  rows.forEach(({ cells, span: rowSpan }, r) => {
    const label = r > 0 ? cells[0]?.text.trim() : undefined;
    const timeCell = r > 0 && timeColumn >= 0 ? cells[timeColumn] : null;
    cells.forEach((block, col) => {
      if (!block) return;
      if (r === 0) {
        headers[col] = block.text.trim();
        // The header text as trimmed: offsets into it are offsets from here.
        headerStarts[col] = block.start + (block.text.length - block.text.trimStart().length);
        headerEnds[col] = block.start + block.text.trimEnd().length;
        if (timeColumn < 0 && TIME_HEADER.test(headers[col]!)) timeColumn = col;
      } else {
        if (headers[col]) {
          block.header = headers[col];
          block.headerStart = headerStarts[col];
          block.headerEnd = headerEnds[col];
          if (col > 1 && headerStarts[1] !== undefined && headerEnds[col - 1] !== undefined) block.headersBefore = { start: headerStarts[1]!, end: headerEnds[col - 1]! };
        }
        if (rowSpan) block.row = rowSpan;
        if (timeCell && col !== timeColumn) block.rowTime = { text: timeCell.text, start: timeCell.start };
        else if (timeColumn < 0 && label && col > 0) block.rowTime = { text: cells[0]!.text, start: cells[0]!.start, whole: true };
        if (label && col > 0) {
          block.rowLabel = label;
          block.rowLabelSpan = { start: cells[0]!.start, end: cells[0]!.end };
        }
        if (col > 0 && headers[0]) {
          block.corner = headers[0];
          block.cornerSpan = { start: headerStarts[0]!, end: headerEnds[0]! };
        }
      }
      blocks.push(block);
    });
  });
  return blocks;
}

/**
 * The lead-in a list hangs from: the last sentence of a paragraph right before it that ends with a
 * colon ("Management raised its 2026 outlook on October 28:"; "Management now guides EPS of
 * $3.55–$3.65. A few balance-sheet points worth tracking:" leads with no plan). The segmenter keeps
 * such a paragraph and its list together (segments.ts), so the list's reading depends on nothing
 * outside its segment; plainRuns.ts reads the pair as this does.
 */
export function listLead(before: Nodes, source: string): string | undefined {
  const start = before.position?.start.offset;
  const end = before.position?.end.offset;
  if (before.type !== 'paragraph' || start === undefined || end === undefined) return undefined;
  return leadOf(source.slice(start, end));
}

/** A paragraph's source as a lead-in: its last sentence when it ends with a colon. */
export function leadOf(paragraph: string): string | undefined {
  const text = paragraph.trimEnd();
  return text.endsWith(':') ? text.slice(lastSentenceStart(text)) : undefined;
}

/** Where the last sentence of a paragraph starts: after the last ". ", "? " or "! " before a capital letter. */
function lastSentenceStart(text: string): number {
  let at = 0;
  for (const m of text.matchAll(/[.?!]["'”’)]?\s+(?=[\p{Lu}\d"“])/gu)) at = m.index + m[0].length;
  return at;
}

function proseBlock(node: Nodes & { children: unknown[] }, source: string, html: HtmlChunk[]): ProseBlock | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || end <= start) return null;
  const b = new MaskedBuilder(source, start);
  for (const child of node.children) visitInline(child as Nodes, b, html);
  let text = b.finish(end);
  if (node.type === 'heading') text = maskSectionNumber(text);
  return { start, end, text, type: node.type as ProseBlock['type'] };
}

const VOID_TAGS = new Set(['br', 'img', 'hr', 'wbr', 'input', 'meta', 'link', 'source', 'col', 'area', 'embed', 'param', 'track']);

function visitInline(node: Nodes, b: MaskedBuilder, html: HtmlChunk[]): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  switch (node.type) {
    case 'text':
      // Text between inline HTML tags ("<span>$9</span>") is HTML content, not prose.
      if (b.htmlDepth === 0) b.text(start, end, node.value);
      else b.block(start, end);
      return;
    case 'emphasis':
    case 'strong':
      for (const child of node.children) visitInline(child as Nodes, b, html);
      return;
    case 'delete':
      // Struck-through text is retracted by its author, not claimed.
      b.block(start, end);
      return;
    case 'link': {
      if (isAutolink(b.source, start)) {
        b.block(start, end);
        return;
      }
      for (const child of node.children) visitInline(child as Nodes, b, html);
      // "](https://...)": the destination is not prose.
      const close = b.source.lastIndexOf(']', end);
      if (close >= start) b.block(close + 1, end);
      return;
    }
    case 'linkReference':
      // `[@id]` with a matching `[@id]: url` definition parses as a reference; it is a citation.
      if (node.label?.startsWith('@') || node.identifier.startsWith('@')) b.raw(start, end);
      else for (const child of node.children) visitInline(child as Nodes, b, html);
      return;
    case 'html': {
      html.push({ value: node.value, start, end });
      b.block(start, end);
      const open = /^<([A-Za-z][\w-]*)(?:\s[^>]*)?>$/.exec(node.value);
      if (open && !node.value.endsWith('/>') && !VOID_TAGS.has(open[1]!.toLowerCase())) b.htmlDepth++;
      else if (/^<\/[A-Za-z][\w-]*\s*>$/.test(node.value) && b.htmlDepth > 0) b.htmlDepth--;
      return;
    }
    case 'break':
      return;
    default:
      // inlineCode, image, imageReference, footnoteReference, inline math: not prose.
      b.block(start, end);
      return;
  }
}

/** `<https://x>` and GFM literal links (`www.x.com/5`) are URLs, not link text; `[text](url)` starts with `[`. */
function isAutolink(source: string, start: number): boolean {
  return source.charCodeAt(start) !== 91 /* [ */;
}

/** Blanks a leading section number in a heading ("2.1 Results", "3. Method"). */
export function maskSectionNumber(text: string): string {
  const m = /^(\s*#*\s*)((?:\d+\.)*\d+\.?)(?=\s+\S)/.exec(text);
  if (!m) return text;
  return m[1] + SPACE.repeat(m[2]!.length) + text.slice(m[0].length);
}

const ENTITY = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;

class MaskedBuilder {
  /** Open inline HTML elements around the current position. */
  htmlDepth = 0;
  private readonly parts: string[] = [];
  private pos: number;
  constructor(
    readonly source: string,
    private readonly blockStart: number,
  ) {
    this.pos = blockStart;
  }

  private gapTo(offset: number): void {
    if (offset > this.pos) this.parts.push(SPACE.repeat(offset - this.pos));
  }

  /** Masks [start, end) with blockers (content that is not prose). */
  block(start: number, end: number): void {
    const from = Math.max(start, this.pos);
    if (end <= from) return;
    this.gapTo(from);
    this.parts.push(BLOCKER.repeat(end - from));
    this.pos = end;
  }

  /** Copies the source slice as is (a citation bracket). */
  raw(start: number, end: number): void {
    if (start < this.pos) return;
    this.gapTo(start);
    this.parts.push(this.source.slice(start, end));
    this.pos = end;
  }

  /**
   * Copies a text node: characters of its value are kept where they stand in the source and
   * the rest of the source slice (escapes, entities, container prefixes) is masked.
   */
  text(start: number, end: number, value: string): void {
    if (start < this.pos) return;
    this.gapTo(start);
    const slice = this.source.slice(start, end);
    if (slice === value) {
      this.parts.push(slice);
      this.pos = end;
      return;
    }
    let out = '';
    let j = 0;
    for (let i = 0; i < slice.length; ) {
      const c = slice[i]!;
      if (j < value.length && c === value[j]) {
        out += c;
        i++;
        j++;
      } else if (c === '\\' && i + 1 < slice.length) {
        out += SPACE;
        i++;
      } else if (c === '&') {
        const m = ENTITY.exec(slice.slice(i, i + 40));
        if (m) {
          // The decoded character(s) stand for the whole entity; keep the place as a space.
          out += SPACE.repeat(m[0].length);
          i += m[0].length;
          const decoded = decodedLength(m[0]);
          j += Math.min(decoded, value.length - j);
        } else {
          out += SPACE;
          i++;
        }
      } else {
        out += c === '\n' || c === '\r' ? c : SPACE;
        i++;
      }
    }
    this.parts.push(out);
    this.pos = end;
  }

  finish(end: number): string {
    this.gapTo(end);
    const s = this.parts.join('');
    return s.length === end - this.blockStart ? s : s.slice(0, end - this.blockStart).padEnd(end - this.blockStart, SPACE);
  }
}

function decodedLength(entity: string): number {
  if (entity.startsWith('&#')) {
    const code = entity[2] === 'x' || entity[2] === 'X' ? parseInt(entity.slice(3, -1), 16) : parseInt(entity.slice(2, -1), 10);
    return code > 0xffff ? 2 : 1;
  }
  return 1;
}
