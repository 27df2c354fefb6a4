import type { Yaml } from 'mdast';
import { headingSpans } from './title';
import { extractSentenceClaims } from '../extract/extractClaims';
import { overBlockBudget } from '../budget';
import { notCheckedProblem } from '../findingCodes';
import type { Citation, Claim, ParsedNote, Problem, Span, WorkBudget } from '../types';
import { findCitations, type RawCitation } from './citations';
import { isoDay, normalizeDate } from './dates';
import { plainYamlNode, readFrontMatter } from './frontMatter';
import { createLineIndex, type LineIndex } from './lineIndex';
import { parseMarkdown } from './markdown';
import { BLOCKER, collectProse, type HtmlChunk, type ProseBlock, type ProseResult } from './prose';
import { readPlainRuns } from './plainRuns';
import { movedInPlace, placeCitation, placeClaim, shiftCitation, shiftClaim, type Placement, type PlacedSegment, type Shift } from './placement';
import { chunkSegments, resplitSegments, splitSegments, type Segment, type Segmentation, type TextEdit } from './segments';
import { splitSentences } from './sentences';
import { readSuppressions } from './suppressions';

const BLOCKER_RUN = new RegExp(BLOCKER, 'g');
const LONE_CR = /\r(?!\n)/g;

/**
 * A lone CR ends a line (CommonMark, and the line index); the parser and the front matter reader
 * see it as LF. Same length, so every offset still points into the note's own text.
 */
export function withLineFeeds(source: string): string {
  return source.includes('\r') ? source.replace(LONE_CR, '\n') : source;
}

/** The note read from `withLineFeeds(source)`, given back its own text. */
export function restoreSource(note: ParsedNote, source: string): ParsedNote {
  if (note.text === source) return note;
  for (const claim of note.claims) claim.text = source.slice(claim.offset.start, claim.offset.end);
  note.text = source;
  return note;
}

export interface ParseNoteOptions {
  /** Reference date for notes without front matter `date` (config `referenceDate`). */
  referenceDate?: string;
  /** Today's date (YYYY-MM-DD); defaults to the clock. */
  today?: string;
  /** Block runs per segment on average (chunkSegments; default 4). 1: each run its own segment, so an edit re-checks only its run. */
  chunkMean?: number;
}

/** A note's layout: its front matter, read once, and the segments of its body (see segments.ts). */
export interface NoteLayout {
  source: string;
  lines: LineIndex;
  frontMatter: ParsedNote['frontMatter'];
  problems: Problem[];
  referenceDate: string;
  segments: Segment[];
  /**
   * The body's block runs as splitSegments found them, when each run is a segment (chunkMean 1):
   * what relayoutNote starts from. `segments` are these, after the fenced text at the top when
   * that is not front matter after all.
   */
  runs?: Segmentation;
}

/** A layout made from the layout of the text before an edit, and which of its segments are the earlier ones (see Resegmentation). */
export interface Relayout {
  layout: NoteLayout;
  kept: number;
  resumed: number;
  resumedFrom: number;
}

/**
 * What one segment holds, at offsets and lines relative to the segment's own start (line 0 is
 * its first line), so the same result serves wherever the segment moves in the note.
 */
export interface SegmentParse {
  text: string;
  claims: Claim[];
  citations: Citation[];
  html: HtmlChunk[];
  /** The segment's headings. */
  headings?: Span[];
  /** The parts of the segment that could not be read (a parser stack overflow, a bug), and why. */
  failures?: SegmentFailure[];
}

export interface SegmentFailure extends Span {
  reason: string;
}

/**
 * Parses a markdown note segment by segment and returns its claims, citations, suppressions and
 * problems. Never throws: a segment that cannot be parsed is a `not-checked` problem and the rest
 * of the note is still read.
 */
export function parseNote(text: string, options: ParseNoteOptions = {}): ParsedNote {
  const source = typeof text === 'string' ? text : String(text ?? '');
  try {
    const text = withLineFeeds(source);
    const layout = layoutNote(text, options);
    return restoreSource(assembleNote(layout, layout.segments.map((s) => parseSegment(text.slice(s.start, s.end), layout.referenceDate))).note, source);
  } catch (err) {
    // A bug in the layout must not take the editor or the CLI down with it, nor pass the gate.
    const lines = createLineIndex(source);
    const problem = notCheckedProblem(`Claimcheck could not read this note (${errorMessage(err)}).`, { start: { line: 0, character: 0 }, end: lines.position(source.length) });
    return unreadNote(source, fallbackDateOf(options), [problem]);
  }
}

function fallbackDateOf(options: ParseNoteOptions): string {
  return normalizeDate(options.referenceDate) ?? normalizeDate(options.today) ?? isoDay(new Date());
}

const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function unreadNote(text: string, referenceDate: string, problems: Problem[]): ParsedNote {
  return { text, frontMatter: { enabled: true, data: {} }, claims: [], citations: [], suppressions: [], problems, referenceDate };
}

/** Splits the note into segments and reads its front matter (which sets every segment's reference date). */
export function layoutNote(source: string, options: ParseNoteOptions = {}): NoteLayout {
  const lines = createLineIndex(source);
  const runs = splitSegments(source);
  const { frontMatterEnd } = runs;
  let segments = options.chunkMean === 1 ? runs.segments : chunkSegments(source, runs.segments, options.chunkMean);
  let yamlNode: Yaml | undefined;
  if (frontMatterEnd > 0) {
    yamlNode = plainYamlNode(source, frontMatterEnd) ?? parseMarkdown(source.slice(0, frontMatterEnd)).children.find((n): n is Yaml => n.type === 'yaml');
    // Not front matter after all (remark disagrees): the fenced text is the first segment.
    if (!yamlNode) segments = [{ start: 0, end: frontMatterEnd }, ...segments];
  }
  const { frontMatter, problems } = readFrontMatter(yamlNode, source, lines);
  const layout: NoteLayout = { source, lines, frontMatter, problems, referenceDate: frontMatter.date ?? fallbackDateOf(options), segments };
  if (options.chunkMean === 1) layout.runs = runs;
  return layout;
}

/**
 * The layout of `source`, an edit of `before.source`, rescanning the body only around the edit
 * (resplitSegments); the front matter, which the edit left as it was, is `before`'s as read.
 * Undefined when the edit reaches the front matter, or `before` was chunked: then layoutNote.
 */
export function relayoutNote(before: NoteLayout, source: string, edit: TextEdit, options: ParseNoteOptions = {}): Relayout | undefined {
  if (options.chunkMean !== 1 || !before.runs) return undefined;
  const runs = resplitSegments(before.runs, before.source.length, source, edit);
  if (!runs) return undefined;
  // 1 when the fenced text at the top is a segment of its own (it is unchanged, and so is that).
  const lead = before.segments.length - before.runs.segments.length;
  const body: Segmentation = { frontMatterEnd: runs.frontMatterEnd, segments: runs.segments };
  const layout: NoteLayout = {
    source,
    lines: createLineIndex(source),
    frontMatter: before.frontMatter,
    problems: before.problems,
    referenceDate: before.frontMatter.date ?? fallbackDateOf(options),
    segments: lead === 0 ? body.segments : [before.segments[0]!, ...body.segments],
    runs: body,
  };
  return { layout, kept: runs.kept + lead, resumed: runs.resumed + lead, resumedFrom: runs.resumedFrom + lead };
}

/** A footnote marker parses as one only when its definition is in the same parse: add stand-ins past the end. */
const FOOTNOTE_REF = /\[\^([^\]\s]{1,100})\](?!:)/g;
export function withFootnoteDefinitions(text: string): string {
  if (!text.includes('[^')) return text;
  const labels = new Set<string>();
  for (const m of text.matchAll(FOOTNOTE_REF)) labels.add(m[1]!);
  if (labels.size === 0) return text;
  return `${text}\n\n${[...labels].map((l) => `[^${l}]: -`).join('\n\n')}\n`;
}

/**
 * Parses and extracts one segment (a chunk of top-level block runs) alone. When the parse fails
 * (stack overflow on a pathological block), its block runs are parsed one by one, so the failure
 * costs only the run it is in.
 */
export function parseSegment(text: string, referenceDate: string, budget?: WorkBudget): SegmentParse {
  try {
    return parseWhole(text, referenceDate, budget);
  } catch (err) {
    const runs = splitSegments(text, { frontMatter: false }).segments;
    if (runs.length <= 1) return { text, claims: [], citations: [], html: [], failures: [{ start: 0, end: text.length, reason: errorMessage(err) }] };
    const out: SegmentParse = { text, claims: [], citations: [], html: [], failures: [] };
    const lines = createLineIndex(text);
    for (const run of runs) {
      const at: Placement = { by: run.start, lines: lines.position(run.start).line, base: out.claims.length };
      try {
        const part = parseWhole(text.slice(run.start, run.end), referenceDate, budget);
        for (const c of part.claims) out.claims.push(placeClaim(c, at));
        for (const c of part.citations) out.citations.push(placeCitation(c, at));
        for (const h of part.html) out.html.push({ value: h.value, start: h.start + at.by, end: h.end + at.by });
        for (const h of part.headings ?? []) (out.headings ??= []).push({ start: h.start + at.by, end: h.end + at.by });
      } catch (runErr) {
        out.failures!.push({ start: run.start, end: run.end, reason: errorMessage(runErr) });
      }
    }
    return out;
  }
}

function parseWhole(text: string, referenceDate: string, budget: WorkBudget | undefined): SegmentParse {
  const over = budget && overBlockBudget(text, budget);
  if (over) throw new Error(over);
  const lines = createLineIndex(text);
  const { blocks, html } = segmentProse(text);
  // Every heading, not only those that can hold a claim (the prose reader drops the rest).
  const headings = headingSpans(text);
  return { text, ...readBlocks(text, lines, blocks, referenceDate), html, ...(headings.length > 0 ? { headings } : {}) };
}

/**
 * The prose blocks and HTML of a segment: plain paragraphs and headings read without the parser
 * (plainRuns.ts), the rest parsed. The same blocks as the parser's, less those of runs that can
 * hold no claim, citation or HTML.
 */
export function segmentProse(text: string): ProseResult {
  const plain = readPlainRuns(text);
  if (plain.rest === null) return { blocks: plain.blocks, html: [] };
  const source = withFootnoteDefinitions(plain.rest);
  // Body text: a segment that opens with `---` is a thematic break there, as in the note, never front matter.
  const prose = collectProse(parseMarkdown(source, { frontMatter: false }), source);
  const parsed = source === plain.rest ? prose.blocks : prose.blocks.filter((b) => b.start < text.length);
  const html = source === plain.rest ? prose.html : withinText(prose.html, text.length);
  return { blocks: plain.blocks.length === 0 ? parsed : mergeByStart(plain.blocks, parsed), html };
}

/**
 * The HTML of the segment, not of the footnote stand-ins after it: an HTML block left open at
 * the end (an unclosed comment) runs on over them, and is cut back to the segment's end.
 */
function withinText(html: HtmlChunk[], length: number): HtmlChunk[] {
  const out: HtmlChunk[] = [];
  for (const h of html) {
    if (h.start >= length) continue;
    out.push(h.end <= length ? h : { value: h.value.slice(0, h.value.length - (h.end - length)), start: h.start, end: length });
  }
  return out;
}

/** Two lists of blocks, each in document order, as one. */
function mergeByStart(a: ProseBlock[], b: ProseBlock[]): ProseBlock[] {
  if (b.length === 0) return a;
  const out: ProseBlock[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]!.start <= b[j]!.start ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * The note from its layout and its segments' parses, every segment moved to its place in the note.
 * `reuse`: the host hands the same segment results in again on its next check (a SegmentCache),
 * so each segment's placed claims are kept for it; fresh results would never be met again.
 */
export function assembleNote<P extends SegmentParse>(layout: NoteLayout, parts: readonly P[], reuse = false): { note: ParsedNote; placed: PlacedSegment<P>[] } {
  const { source, lines } = layout;
  const claims: Claim[] = [];
  const citations: Citation[] = [];
  const html: HtmlChunk[] = [];
  const headings: Span[] = [];
  const problems = [...layout.problems];
  const placed: PlacedSegment<P>[] = [];
  layout.segments.forEach((segment, i) => {
    const part = parts[i]!;
    const at: Placement = { by: segment.start, lines: lines.position(segment.start).line, base: claims.length };
    placed.push({ segment, part, at, claims });
    const moved = reuse ? placedAt(part, at) : place(part, at);
    for (const c of moved.claims) claims.push(c);
    for (const c of moved.citations) citations.push(c);
    for (const h of part.html) html.push({ value: h.value, start: h.start + at.by, end: h.end + at.by });
    for (const h of part.headings ?? []) headings.push({ start: h.start + at.by, end: h.end + at.by });
    for (const failure of part.failures ?? []) {
      const offset = { start: failure.start + at.by, end: failure.end + at.by };
      problems.push({
        ...notCheckedProblem(`Claimcheck could not check this block (${failure.reason}); the rest of the note was checked.`, lines.range(offset.start, offset.end)),
        offset,
      });
    }
  });
  const lastLine = lines.position(source.length).line;
  const note: ParsedNote = {
    text: source,
    frontMatter: layout.frontMatter,
    claims,
    citations,
    suppressions: readSuppressions(html, lines, lastLine),
    problems,
    referenceDate: layout.referenceDate,
    ...(headings.length > 0 ? { headings } : {}),
  };
  return { note, placed };
}

/**
 * A segment's claims and citations placed at `at`. A host that re-checks a note after each edit
 * hands in the same segment results again (check.ts SegmentCache), mostly at the same place: the
 * placed objects of the last time are reused then, not built again for every claim of the note.
 * Typing on a line above moves only their offsets (and claim indexes, when it adds or removes a
 * figure): they are moved in place (building them again was most of what a keystroke left for
 * the garbage collector to copy). A new line above moves their ranges: they are placed anew.
 */
const lastPlaced = new WeakMap<SegmentParse, { at: Placement; claims: Claim[]; citations: Citation[] }>();
function placedAt(part: SegmentParse, at: Placement): { claims: Claim[]; citations: Citation[] } {
  const last = lastPlaced.get(part);
  if (last && movedInPlace(last, at, (shift) => shiftPlaced(last, shift))) return last;
  const moved = place(part, at);
  lastPlaced.set(part, moved);
  return moved;
}

function shiftPlaced(placed: { claims: Claim[]; citations: Citation[] }, shift: Shift): void {
  for (const c of placed.claims) shiftClaim(c, shift);
  for (const c of placed.citations) shiftCitation(c, shift);
}

const place = (part: SegmentParse, at: Placement): { at: Placement; claims: Claim[]; citations: Citation[] } => ({
  at,
  claims: part.claims.map((c) => placeClaim(c, at)),
  citations: part.citations.map((c) => placeCitation(c, at)),
});

/** Claims and citations of a segment's prose blocks, at offsets into `source` (the segment's text). */
function readBlocks(source: string, lines: LineIndex, blocks: ProseBlock[], referenceDate: string): { claims: Claim[]; citations: Citation[] } {
  const claims: Claim[] = [];
  const citations: Citation[] = [];
  for (const block of blocks) {
    const { citations: raw, masked } = findCitations(block.text, block.start);
    const blockSpan: Span = { start: block.start, end: block.end };
    const sentences = splitSentences(masked);
    const table = block.row
      ? { row: block.row, header: block.headerStart !== undefined && block.headerEnd !== undefined ? { start: block.headerStart, end: block.headerEnd } : null, ...(block.rowLabelSpan ? { label: block.rowLabelSpan } : {}), ...(block.headersBefore ? { before: block.headersBefore } : {}), ...(block.cornerSpan ? { corner: block.cornerSpan } : {}) }
      : undefined;
    const firstClaimOfBlock = claims.length;
    const sentenceClaims: { sentence: Span; first: number; last: number }[] = [];
    for (const s of sentences) {
      const first = claims.length;
      const raw = masked.slice(s.start, s.end);
      const sentenceText = raw.includes(BLOCKER) ? raw.replace(BLOCKER_RUN, ' ') : raw;
      const sentence: Span = { start: block.start + s.start, end: block.start + s.end };
      for (const c of extractSentenceClaims(raw, sentence.start, referenceDate, block.type === 'tableCell' ? block : undefined)) {
        claims.push({
          index: claims.length,
          text: source.slice(c.offset.start, c.offset.end),
          range: lines.range(c.offset.start, c.offset.end),
          offset: c.offset,
          kind: c.kind,
          value: c.value,
          low: c.low,
          high: c.high,
          unit: c.unit,
          bound: c.bound,
          approx: c.approx,
          precision: c.precision,
          time: c.time,
          noun: c.noun,
          traded: c.traded,
          sentence,
          sentenceText,
          block: blockSpan,
          table,
          lead: block.lead,
        });
      }
      sentenceClaims.push({ sentence, first, last: claims.length - 1 });
    }
    for (const r of raw) citations.push(bindCitation(r, sentenceClaims, claims, firstClaimOfBlock, lines));
  }
  return { claims, citations };
}

/**
 * A citation binds to the nearest claim before it in its sentence; a citation that opens a
 * sentence ("... $5 billion. [@x]") binds to the last claim of the sentence before, in the block.
 */
function bindCitation(
  raw: RawCitation,
  sentences: { sentence: Span; first: number; last: number }[],
  claims: Claim[],
  firstOfBlock: number,
  lines: LineIndex,
): Citation {
  let claimIndex: number | null = null;
  const at = raw.offset.start;
  let lo = 0;
  let hi = sentences.length - 1;
  let i = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!.sentence;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else {
      i = mid;
      break;
    }
  }
  if (i >= 0) {
    const s = sentences[i]!;
    claimIndex = lastClaimEndingBy(claims, s.first, s.last, at);
    if (claimIndex === null && s.sentence.start === at && i > 0) {
      const prev = sentences[i - 1]!;
      if (prev.last >= prev.first && prev.last >= firstOfBlock) claimIndex = prev.last;
    }
  } else {
    // Between sentences (the citation itself ended a sentence): the last claim before it.
    claimIndex = lastClaimEndingBy(claims, firstOfBlock, claims.length - 1, at);
  }
  return {
    range: lines.range(raw.offset.start, raw.offset.end),
    offset: raw.offset,
    keys: raw.keys.map((k) => ({ id: k.id, range: lines.range(k.offset.start, k.offset.end), offset: k.offset })),
    claimIndex,
  };
}

/** The last claim in [first, last] (document order) that ends at or before `at`, by bisection. */
function lastClaimEndingBy(claims: Claim[], first: number, last: number, at: number): number | null {
  let lo = first;
  let hi = last;
  let found: number | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (claims[mid]!.offset.end <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
