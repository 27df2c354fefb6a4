// Splits a note into independently parseable runs of top-level blocks ("segments"), by one linear
// scan of its lines and without a markdown parse. A segment boundary is a line that starts in
// column 0 after a blank line, outside front matter, a top-level fenced code block and an HTML block
// that only its end marker closes (comments, <script>/<pre>/<style>/<textarea>, <?…?>, <!X…>,
// CDATA). There CommonMark always starts a new top-level block: a blank line followed by an
// unindented line ends every container (list item, block quote) and every paragraph, table and
// indented code block. So each segment parses alone as it does inside the note, one pathological
// block costs only its own segment, and an edit re-parses only the segments it touches.
import { textHash } from '../textHash';

export interface Segment {
  start: number;
  end: number;
}

export interface Segmentation {
  /** End offset of the front matter (0 when the note has none); the front matter is not a segment. */
  frontMatterEnd: number;
  /** Body segments in order; they cover [frontMatterEnd, text.length) without gaps. */
  segments: Segment[];
}

const BLANK = /^[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
/** HTML block starts (CommonMark types 1-5) and the marker that ends each one. */
const HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** Where the front matter ends, when the note opens with a `---` fence closed by a `---` line. */
export function frontMatterEnd(text: string): number {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const m = /^---[ \t]*(?:\r?\n|$)/m.exec(text.slice(open[0].length));
  return m ? open[0].length + m.index + m[0].length : 0;
}

export function splitSegments(text: string, options: { frontMatter?: boolean } = {}): Segmentation {
  const fmEnd = options.frontMatter === false ? 0 : frontMatterEnd(text);
  const segments: Segment[] = [];
  let segStart = fmEnd;
  let previousBlank = false;
  /** The open fence's marker character and length, when inside a fenced code block. */
  let fence: { char: string; length: number } | null = null;
  /** The end marker of the open HTML block, when inside one. */
  let htmlEnd: RegExp | null = null;

  for (let pos = fmEnd; pos < text.length; ) {
    const nl = text.indexOf('\n', pos);
    const next = nl < 0 ? text.length : nl + 1;
    const content = text.slice(pos, nl < 0 ? text.length : nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
    const first = content.charCodeAt(0);
    // Blank as markdown sees it: spaces and tabs only (a no-break space is text).
    const blank = BLANK.test(content);

    if (fence) {
      const m = FENCE_CLOSE.exec(content);
      if (m && m[1]![0] === fence.char && m[1]!.length >= fence.length) fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(content)) htmlEnd = null;
    } else {
      if (previousBlank && !blank && first !== 32 && first !== 9 && pos > segStart) {
        segments.push({ start: segStart, end: pos });
        segStart = pos;
      }
      const open = FENCE_OPEN.exec(content);
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) fence = { char: open[1]![0]!, length: open[1]!.length };
      else {
        for (const [start, end] of HTML_BLOCKS) {
          const m = start.exec(content);
          if (m) {
            if (!end.test(content.slice(m[0].length))) htmlEnd = end;
            break;
          }
        }
      }
    }
    previousBlank = blank && !fence && !htmlEnd;
    pos = next;
  }
  if (segStart < text.length || segments.length === 0) segments.push({ start: segStart, end: text.length });
  return { frontMatterEnd: fmEnd, segments };
}

/**
 * Groups consecutive segments into chunks of about `mean` segments, each parsed in one call
 * (a parser call has a fixed cost). Content-defined: a chunk ends after a segment whose own text
 * hashes to 0 mod `mean`, so where chunks end depends only on the segments there, and an edit
 * changes only the chunk it falls in (and at most its neighbour).
 */
export function chunkSegments(text: string, segments: readonly Segment[], mean = 4): Segment[] {
  const chunks: Segment[] = [];
  let start = -1;
  for (const s of segments) {
    if (start < 0) start = s.start;
    if (textHash(text, s.start, s.end) % mean === 0) {
      chunks.push({ start, end: s.end });
      start = -1;
    }
  }
  if (start >= 0) chunks.push({ start, end: segments[segments.length - 1]!.end });
  return chunks;
}

