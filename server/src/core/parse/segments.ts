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

/** A line a list may hang from: one ending with a colon. */
const LEAD_LINE = /:[ \t]*$/;
/** A list item's first line. */
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

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
  scanSegments(text, fmEnd, segments);
  return { frontMatterEnd: fmEnd, segments };
}

/**
 * Scans `text` from `from` (the start of a segment: outside any fence or HTML block) to its end,
 * pushing each segment it finds onto `out`. With `resume`, asked at each segment boundary found:
 * when it returns true, the scan stops there, the segment that ends at the boundary pushed and
 * the one that starts there not (the caller knows the rest).
 */
function scanSegments(text: string, from: number, out: Segment[], resume?: (boundary: number) => boolean): void {
  let segStart = from;
  let previousBlank = false;
  /** The open fence's marker character and length, when inside a fenced code block. */
  let fence: { char: string; length: number } | null = null;
  /** The end marker of the open HTML block, when inside one. */
  let htmlEnd: RegExp | null = null;
  /** Whether the last line with text may lead in a list (prose.ts's listLead): a list after it stays in its segment. */
  let leadBefore = false;

  for (let pos = from; pos < text.length; ) {
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
      if (previousBlank && !blank && first !== 32 && first !== 9 && pos > segStart && !(leadBefore && LIST_ITEM.test(content))) {
        out.push({ start: segStart, end: pos });
        segStart = pos;
        if (resume?.(pos)) return;
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
    if (!blank && !fence && !htmlEnd) leadBefore = LEAD_LINE.test(content);
    pos = next;
  }
  if (segStart < text.length || out.length === 0) out.push({ start: segStart, end: text.length });
}

/** How an edited text differs from the text before: both share their first `prefix` and their last `suffix` characters. */
export interface TextEdit {
  prefix: number;
  /** At most the shorter length less `prefix`: the shared parts never overlap. */
  suffix: number;
}

/**
 * The longest shared start and end of two texts. Bisection over native comparisons of slices
 * (V8 compares them without copying): a loop over the characters in script cost ~0.5 ms per
 * 100 KB on every keystroke.
 */
export function diffTexts(before: string, after: string): TextEdit {
  const shorter = Math.min(before.length, after.length);
  let lo = 0;
  let hi = shorter;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (before.slice(0, mid) === after.slice(0, mid)) lo = mid;
    else hi = mid - 1;
  }
  const prefix = lo;
  lo = 0;
  hi = shorter - prefix;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (before.slice(before.length - mid) === after.slice(after.length - mid)) lo = mid;
    else hi = mid - 1;
  }
  return { prefix, suffix: lo };
}

/** A segmentation made from an earlier one: which segments it took over unchanged. */
export interface Resegmentation extends Segmentation {
  /** Segments [0, kept) are the earlier text's, at the same offsets. */
  kept: number;
  /** Segments from `resumed` on are the earlier text's from `resumedFrom` on, moved by the change in length. */
  resumed: number;
  resumedFrom: number;
}

/**
 * The segmentation of `after` (an edit of a text of `beforeLength` characters segmented as
 * `before`), scanning only from the segment the edit starts in until the scan meets a boundary
 * the earlier text had in the part the edit left unchanged: from a boundary on, the scan depends
 * only on the text after it, so the earlier segments follow, moved. Undefined when the edit
 * reaches the front matter or changes where it ends: then split the whole text.
 */
export function resplitSegments(before: Segmentation, beforeLength: number, after: string, edit: TextEdit): Resegmentation | undefined {
  const fmEnd = frontMatterEnd(after);
  if (fmEnd !== before.frontMatterEnd || edit.prefix < fmEnd) return undefined;
  const old = before.segments;
  // The last segment that starts before the edit: its first character and everything before it
  // are unchanged, so it still starts a segment (the first one, at the front matter's end, always does);
  // the one before it when that ends with a lead-in line, which an edit making this one's first line a list item joins.
  let restart = Math.max(0, lastStartBelow(old, edit.prefix));
  if (restart > 0 && LEAD_LINE.test(lastLineBefore(after, old[restart]!.start))) restart--;
  const out = old.slice(0, restart);
  const delta = after.length - beforeLength;
  const unchangedFrom = after.length - edit.suffix;
  let resumed = -1;
  let resumedFrom = -1;
  scanSegments(after, old[restart]!.start, out, (boundary) => {
    if (boundary < unchangedFrom) return false;
    const j = lastStartBelow(old, boundary - delta + 1);
    if (j <= restart || old[j]!.start !== boundary - delta) return false;
    resumed = out.length;
    resumedFrom = j;
    return true;
  });
  if (resumed < 0) return { frontMatterEnd: fmEnd, segments: out, kept: restart, resumed: out.length, resumedFrom: old.length };
  for (let j = resumedFrom; j < old.length; j++) out.push({ start: old[j]!.start + delta, end: old[j]!.end + delta });
  return { frontMatterEnd: fmEnd, segments: out, kept: restart, resumed, resumedFrom };
}

/** The last line with text before `offset` (a segment's start), without its line break. */
function lastLineBefore(text: string, offset: number): string {
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
}

/** The index of the last segment that starts before `offset`, or -1. */
function lastStartBelow(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
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

