// Moves what was read from one segment (offsets and lines relative to its start, claim indexes
// from 0) to its place in the note. Segments start at a line start, so columns never change.
import type { Citation, CitationKey, Claim, Finding, Range, Span } from '../types';
import type { SegmentParse } from './parseNote';
import type { Segment } from './segments';

export interface Placement {
  /** The segment's start offset in the note. */
  by: number;
  /** The segment's first line in the note. */
  lines: number;
  /** The note index of the segment's first claim. */
  base: number;
}

/** A segment as assembled into a note: where it went, and the note's claims (for findings' claims). */
export interface PlacedSegment<P extends SegmentParse = SegmentParse> {
  segment: Segment;
  part: P;
  at: Placement;
  claims: Claim[];
}

const span = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });
const range = (r: Range, lines: number): Range => ({
  start: { line: r.start.line + lines, character: r.start.character },
  end: { line: r.end.line + lines, character: r.end.character },
});

export function placeClaim(c: Claim, at: Placement): Claim {
  return {
    ...c,
    index: c.index >= 0 ? c.index + at.base : c.index,
    range: range(c.range, at.lines),
    offset: span(c.offset, at.by),
    sentence: span(c.sentence, at.by),
    block: span(c.block, at.by),
    time: c.time?.span ? { ...c.time, span: span(c.time.span, at.by) } : c.time,
    table: c.table && { row: span(c.table.row, at.by), header: c.table.header && span(c.table.header, at.by), ...(c.table.label ? { label: span(c.table.label, at.by) } : {}), ...(c.table.before ? { before: span(c.table.before, at.by) } : {}), ...(c.table.corner ? { corner: span(c.table.corner, at.by) } : {}) },
  };
}

function placeKey(k: CitationKey, at: Placement): CitationKey {
  return { ...k, range: range(k.range, at.lines), offset: span(k.offset, at.by) };
}

export function placeCitation(c: Citation, at: Placement): Citation {
  return {
    range: range(c.range, at.lines),
    offset: span(c.offset, at.by),
    keys: c.keys.map((k) => placeKey(k, at)),
    claimIndex: c.claimIndex === null ? null : c.claimIndex + at.base,
  };
}

/** Moves a span `by` characters, in place. */
function shiftSpan(s: Span, by: number): void {
  s.start += by;
  s.end += by;
}

/** How far a placed segment moved on the same lines: characters, and note claim indexes. */
export interface Shift {
  by: number;
  base: number;
}

const samePlace = (a: Placement, b: Placement): boolean => a.by === b.by && a.lines === b.lines && a.base === b.base;

/**
 * Whether what was placed at `placed.at` stands at `at` now: as it is (the same place), or after
 * `move` moved it there in place (the same first line: offsets and claim indexes move, ranges do
 * not). False: a new line above moved its ranges, and it is to be placed anew.
 */
export function movedInPlace(placed: { at: Placement }, at: Placement, move: (shift: Shift) => void): boolean {
  if (samePlace(placed.at, at)) return true;
  if (placed.at.lines !== at.lines) return false;
  move({ by: at.by - placed.at.by, base: at.base - placed.at.base });
  placed.at = at;
  return true;
}

/**
 * Moves a claim placed by placeClaim on the same lines, in place: every span it holds is its own
 * (placeClaim made them), so nothing else moves with it; its note index moves as placeClaim sets it.
 */
export function shiftClaim(c: Claim, { by, base }: Shift): void {
  if (c.index >= 0) c.index += base;
  shiftSpan(c.offset, by);
  shiftSpan(c.sentence, by);
  shiftSpan(c.block, by);
  if (c.time?.span) shiftSpan(c.time.span, by);
  if (c.table) {
    shiftSpan(c.table.row, by);
    if (c.table.header) shiftSpan(c.table.header, by);
    if (c.table.label) shiftSpan(c.table.label, by);
    if (c.table.before) shiftSpan(c.table.before, by);
    if (c.table.corner) shiftSpan(c.table.corner, by);
  }
}

/** A citation key placed by placeKey, moved `by` characters in place. */
export function shiftKey(k: CitationKey, by: number): void {
  shiftSpan(k.offset, by);
}

/** A citation placed by placeCitation, moved in place. */
export function shiftCitation(c: Citation, { by, base }: Shift): void {
  shiftSpan(c.offset, by);
  for (const k of c.keys) shiftKey(k, by);
  if (c.claimIndex !== null) c.claimIndex += base;
}

/** A finding judged within its segment, placed in the note; its claim is the note's own claim object. */
export function placeFinding(f: Finding, placed: PlacedSegment): Finding {
  const { at, claims } = placed;
  const claim = f.claim.index >= 0 ? claims[at.base + f.claim.index]! : placeClaim(f.claim, at);
  return f.citation ? { ...f, claim, citation: placeKey(f.citation, at) } : { ...f, claim };
}
