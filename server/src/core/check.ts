import { countNumberTokens, overBudgetAfterParse, overBudgetBeforeParse, recountNumberTokens } from './budget';
import { notCheckedProblem } from './findingCodes';
import { ownCopy } from './ownCopy';
import { runToEnd } from './runToEnd';
import { judgeNote } from './judge/judgeNote';
import { isSuppressed } from './judge/suppress';
import { assembleNote, layoutNote, parseSegment, relayoutNote, restoreSource, withLineFeeds, type NoteLayout, type SegmentParse } from './parse/parseNote';
import { diffTexts, type Segment } from './parse/segments';
import { movedInPlace, placeClaim, placeFinding, shiftClaim, shiftKey, type Placement, type PlacedSegment, type Shift } from './parse/placement';
import type { Claim, Config, FactIndex, Finding, ParsedNote, Problem, SectionContext, SectionHeading, Statement } from './types';
import { findMentions } from './judge/resolveEntities';
import { headingLevel } from './parse/title';
import { headingPeriod } from './judge/headingTime';

export interface CheckOptions {
  /** Choose facts as of this date instead of the note's own reference date (YYYY-MM-DD). */
  asOf?: string;
  /** Used when the note has no front matter `date` (config `referenceDate`, else today). */
  referenceDate?: string;
  /** Today's date (YYYY-MM-DD): the host's clock, since the core reads none. */
  today?: string;
  /** Size of the note in bytes, when the host knows it (else measured from the text). */
  sizeBytes?: number;
  /** Segment results of earlier checks of this note, reused where nothing they depend on changed. */
  cache?: SegmentCache;
  /**
   * Block runs per segment (layoutNote's chunkMean). A host that re-checks a note after every
   * keystroke passes 1: a keystroke then re-checks one run, not its chunk of about four. Results
   * are the same either way.
   */
  chunkMean?: number;
}

/** A segment parsed and judged, relative to its own start. */
export interface CheckedSegment extends SegmentParse {
  findings: Finding[];
  /** Its figures no fact decides, for the consistency pass. */
  statements: Statement[];
  /** What the headings before it named, as it was judged with, and whether the judge read it. */
  section?: SectionContext;
  /** Its headings, with their levels and what each names: they make the section of the segments after it. */
  headingNames?: readonly SectionHeading[];
}

/**
 * What a note's next check may take over from its last one. A segment's result depends on its
 * text, the reference date, `asOf`, the facts index and the config, and on one thing outside it:
 * the entities the last heading above it named, for a paragraph that names none (the judge marks
 * the segment's `section` read when it used them, and such a result is reused only while they stay
 * the same). Sentence, block, table row and header are all inside a segment, and suppressions and
 * claim numbering are applied after placing. So a check with the same date,
 * asOf, index and config as the last one compares the two texts (diffTexts): the segments an edit
 * left alone are the last check's results, found without reading them again, and the others are
 * looked up by their text among the last check's segments. Only the last finished check is kept:
 * the cache stays the note's size. Results share their placed objects: a claim below an edit that
 * left its lines alone is the last result's claim object, its offsets (and index) moved in place: a cached
 * check's result reads as of the note's latest check, and a host keeps only that one (the server does).
 */
export class SegmentCache {
  private previous: LastCheck | undefined;
  /** Segments judged anew in the last check (the rest came from the cache). */
  misses = 0;

  /** The last finished check, when it was judged against this index and config, as of `asOf`. */
  last(index: FactIndex, config: Config, asOf: string | undefined): LastCheck | undefined {
    const p = this.previous;
    return p && p.index === index && p.config === config && p.asOf === asOf ? p : undefined;
  }

  remember(check: LastCheck): void {
    this.previous = check;
  }
}

/** A finished check as SegmentCache keeps it: `parts` are the results of `layout.segments` (the note is `layout.source`). */
export interface LastCheck {
  layout: NoteLayout;
  parts: CheckedSegment[];
  /** Runs of digits in the note, when the work budget counted them. */
  numbers: number | undefined;
  index: FactIndex;
  config: Config;
  asOf: string | undefined;
}

export interface CheckResult {
  note: ParsedNote;
  findings: Finding[];
  /** Set when the note was not checked, with a reason a person understands. */
  skipped?: { reason: string; code: 'too-large' | 'disabled' };
  /**
   * The note's figures that no fact decides, keyed for the consistency pass (core/consistency),
   * which hosts run over every note: its `inconsistent` findings are not in `findings` yet.
   */
  statements?: Statement[];
}

const MB = 1024 * 1024;

export function noteSizeBytes(text: string): number {
  // UTF-8 length without allocating a buffer: the guard runs on every keystroke.
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function formatSize(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** A note that was not parsed (skipped, or failed): no claims, only the given problems. */
export function unparsedNote(text: string, referenceDate: string, problems: Problem[] = []): ParsedNote {
  return { text, frontMatter: { enabled: true, data: {} }, claims: [], citations: [], suppressions: [], problems, referenceDate };
}

/** Parse, extract and judge one note: the one pipeline the CLI and the server share. */
export function checkNote(text: string, index: FactIndex, config: Config, options: CheckOptions = {}): CheckResult {
  return runToEnd(checkNoteSteps(text, index, config, options));
}

/**
 * What a host may show of a check under way: the note as checked so far, the segments not reached
 * yet read as empty (their claims and findings missing, nothing else different: a suppression
 * comment reaches only lines after it, so later segments change nothing above them).
 */
export interface CheckProgress {
  /** Findings and unreadable parts in the segments checked so far (before suppressions): whether there is anything to show yet. */
  found: number;
  result(): CheckResult;
}

/**
 * checkNote one segment at a time: it pauses after each segment it parses and judges, so a host
 * can answer other requests in between, drop a check that a newer edit made stale, or show what
 * is checked so far (each pause yields a CheckProgress).
 */
export function* checkNoteSteps(source: string, index: FactIndex, config: Config, options: CheckOptions = {}): Generator<CheckProgress, CheckResult, void> {
  const text = withLineFeeds(source);
  // A UTF-16 unit is at most 3 bytes of UTF-8: a note of at most a third of the limit in units
  // cannot be over it, and is not measured (the guard runs on every keystroke).
  const size = options.sizeBytes ?? (text.length * 3 > config.maxNoteBytes ? noteSizeBytes(text) : 0);
  if (size > config.maxNoteBytes) {
    const note = unparsedNote(source, options.referenceDate ?? config.referenceDate ?? options.today ?? '');
    return {
      note,
      findings: [],
      skipped: {
        code: 'too-large',
        reason: `Claimcheck skipped this note: it is ${formatSize(size)}, over the ${formatSize(config.maxNoteBytes)} limit (maxNoteBytes in .claimcheck.yaml).`,
      },
    };
  }
  const cache = options.cache;
  const last = cache?.last(index, config, options.asOf);
  const edit = last && diffTexts(last.layout.source, text);
  let numbers: number | undefined;
  const budget = config.budget;
  const tooMuch = overBudgetBeforeParse(text, budget, () => (numbers = last?.numbers !== undefined && edit ? recountNumberTokens(last.layout.source, last.numbers, text, edit) : countNumberTokens(text)));
  if (tooMuch) {
    const note = unparsedNote(source, options.referenceDate ?? config.referenceDate ?? options.today ?? '', [notCheckedProblem(tooMuch)]);
    return { note, findings: [] };
  }
  const layoutOptions = { referenceDate: options.referenceDate ?? config.referenceDate, today: options.today, chunkMean: options.chunkMean };
  const relaid = last && edit ? relayoutNote(last.layout, text, edit, layoutOptions) : undefined;
  const layout = relaid?.layout ?? layoutNote(text, layoutOptions);
  if (!layout.frontMatter.enabled) {
    const { note } = assembleNote(layout, layout.segments.map((s) => parseSegment(text.slice(s.start, s.end), layout.referenceDate, config.budget)));
    return { note: restoreSource(note, source), findings: [], skipped: { code: 'disabled', reason: 'Claimcheck is off for this note (front matter `claimcheck: false`).' } };
  }
  if (cache) cache.misses = 0;
  const earlier = last && last.layout.referenceDate === layout.referenceDate ? last : undefined;
  /** Segment results by text: the last check's, and this one's (a note may repeat a block). Not needed for the segments an edit left alone. */
  let byText: Map<string, CheckedSegment> | undefined;
  const found = (i: number, s: Segment): CheckedSegment | undefined => {
    if (!cache) return undefined;
    if (earlier && relaid) {
      if (i < relaid.kept) return earlier.parts[i];
      if (i >= relaid.resumed) return earlier.parts[i - relaid.resumed + relaid.resumedFrom];
    }
    // Scanned again after an edit: an unchanged one is among the earlier segments the scan went over.
    byText ??= new Map((earlier && relaid ? earlier.parts.slice(relaid.kept, relaid.resumedFrom) : (earlier?.parts ?? [])).map((p) => [p.text, p]));
    return byText.get(text.slice(s.start, s.end));
  };
  const parts: CheckedSegment[] = [];
  const soFar: CheckProgress = {
    found: 0,
    result: () => {
      const rest = layout.segments.slice(parts.length).map((s): CheckedSegment => ({ text: text.slice(s.start, s.end), claims: [], citations: [], html: [], findings: [], statements: [] }));
      return finishCheck(layout, [...parts, ...rest], source, config, cache !== undefined);
    },
  };
  // The headings so far still open (each under the one before it): the section of the next segment.
  let section: readonly SectionHeading[] = [];
  for (let i = 0; i < layout.segments.length; i++) {
    const s = layout.segments[i]!;
    const cached = found(i, s);
    const hit = cached && (!cached.section?.used || sameHeadings(cached.section.headings, section)) ? cached : undefined;
    // Its own copy: a cached segment cut from the note would keep that whole version of it.
    const checked = hit ?? checkSegment(ownCopy(text, s.start, s.end), layout.referenceDate, index, config, options.asOf, section);
    if (checked.headingNames) section = underHeadings(section, checked.headingNames);
    parts.push(checked);
    soFar.found += checked.findings.length + (checked.failures?.length ?? 0);
    if (hit) continue;
    if (cache) {
      cache.misses++;
      byText?.set(checked.text, checked);
    }
    yield soFar;
  }
  cache?.remember({ layout, parts, numbers, index, config, asOf: options.asOf });
  return finishCheck(layout, parts, source, config, cache !== undefined);
}

/**
 * The note from its checked segments: placed, suppressions applied, within the claim budget.
 * `reuse`: the segment results come from a SegmentCache, and what is placed of them is kept for the next check.
 */
function finishCheck(layout: NoteLayout, parts: CheckedSegment[], source: string, config: Config, reuse: boolean): CheckResult {
  const { placed, ...assembled } = assembleNote(layout, parts, reuse);
  const note = restoreSource(assembled.note, source);
  const tooManyClaims = overBudgetAfterParse(note.claims.length, config.budget);
  if (tooManyClaims) {
    return { note: { ...note, claims: [], citations: [], problems: [...note.problems, notCheckedProblem(tooManyClaims)] }, findings: [] };
  }
  const findings: Finding[] = [];
  const statements: Statement[] = [];
  for (const p of placed) {
    const moved = reuse ? placedFindings(p) : placeFindings(p);
    for (const finding of moved.findings) if (!isSuppressed(finding, note.suppressions)) findings.push(finding);
    // A line that disables `inconsistent` (or every code) keeps its figure out of the comparison.
    for (const s of moved.statements) if (!isSuppressed({ code: 'inconsistent', claim: s.claim } as Finding, note.suppressions)) statements.push(s);
  }
  return { note, findings, statements };
}

/** A segment's findings and statements placed in the note; reused while the segment result and its place stay (see assembleNote). */
const lastPlaced = new WeakMap<CheckedSegment, { at: Placement; claims: Claim[]; findings: Finding[]; statements: Statement[] }>();
function placedFindings(p: PlacedSegment<CheckedSegment>): { findings: Finding[]; statements: Statement[] } {
  const last = lastPlaced.get(p.part);
  if (last && sameClaims(last.claims, p.claims, p.at.base) && movedInPlace(last, p.at, (shift) => shiftCopies(last, p, shift))) return last;
  const { findings, statements } = placeFindings(p);
  const moved = { at: p.at, claims: p.claims.slice(p.at.base, p.at.base + p.part.claims.length), findings, statements };
  lastPlaced.set(p.part, moved);
  return moved;
}

/**
 * Moves in place what placeFindings copied of a segment's findings and statements (citation keys,
 * claims not the note's): their other claims are the note's, moved already (assembleNote). So no
 * object is built per finding on a keystroke above the segment.
 */
function shiftCopies(last: { findings: Finding[]; statements: Statement[] }, p: PlacedSegment<CheckedSegment>, shift: Shift): void {
  for (const f of last.findings) {
    if (f.citation) shiftKey(f.citation, shift.by);
    if (f.claim.index < 0) shiftClaim(f.claim, shift);
  }
  for (const s of last.statements) if (s.claim !== p.claims[s.claim.index]) shiftClaim(s.claim, shift);
}

/** Whether `claims` are the note's claims from `base` on (compared in place: every segment of the note asks, on every keystroke). */
function sameClaims(claims: readonly Claim[], note: readonly Claim[], base: number): boolean {
  for (let i = 0; i < claims.length; i++) if (claims[i] !== note[base + i]) return false;
  return true;
}

/** A segment's findings and statements placed in the note (for a check whose segments are not met again: nothing kept). */
function placeFindings(p: PlacedSegment<CheckedSegment>): { findings: Finding[]; statements: Statement[] } {
  const findings = p.part.findings.map((f) => placeFinding(f, p));
  const statements = p.part.statements.map((s) => {
    // The note's own claim object unless the judge anchored its time ("a year earlier"): no copy per statement.
    const claim = s.claim === p.part.claims[s.claim.index] ? p.claims[p.at.base + s.claim.index]! : placeClaim(s.claim, p.at);
    return { ...s, claim };
  });
  return { findings, statements };
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
const sameHeadings = (a: readonly SectionHeading[], b: readonly SectionHeading[]): boolean =>
  a.length === b.length && a.every((x, i) => x.level === b[i]!.level && sameIds(x.names, b[i]!.names) && x.period?.iso === b[i]!.period?.iso);

/** The open headings after more: each closes those of its level or deeper. */
function underHeadings(open: readonly SectionHeading[], more: readonly SectionHeading[]): SectionHeading[] {
  const stack = [...open];
  for (const h of more) {
    while (stack.length > 0 && stack.at(-1)!.level >= h.level) stack.pop();
    stack.push(h);
  }
  return stack;
}

/** The segment's headings with their levels and the entities each names, or undefined when it has none. */
function headingNames(part: SegmentParse, index: FactIndex, referenceDate: string): readonly SectionHeading[] | undefined {
  return part.headings?.map((h) => {
    const period = headingPeriod(part.text, h, referenceDate);
    return { level: headingLevel(part.text, h), names: [...new Set(findMentions(part.text, h, index).map((m) => m.entity))], ...(period ? { period } : {}) };
  });
}

/** Parses and judges one segment alone (as a note of its own, with no suppressions: they apply once placed). */
function checkSegment(text: string, referenceDate: string, index: FactIndex, config: Config, asOf: string | undefined, headings: readonly SectionHeading[]): CheckedSegment {
  const part = parseSegment(text, referenceDate, config.budget);
  const names = headingNames(part, index, referenceDate);
  const own = names ? { headingNames: names } : {};
  if (part.claims.length + part.citations.length === 0) return { ...part, ...own, findings: [], statements: [] };
  const section: SectionContext = { headings, used: false };
  const note: ParsedNote = {
    text, frontMatter: { enabled: true, data: {} }, claims: part.claims, citations: part.citations, suppressions: [], problems: [], referenceDate,
    ...(part.headings ? { headings: part.headings } : {}), section,
  };
  try {
    const statements: Statement[] = [];
    return { ...part, ...own, findings: judgeNote(note, index, { config, asOf, statements }), statements, section };
  } catch (err) {
    // A bug in the judge costs this segment, reported as not checked, not the whole note.
    return { ...part, claims: [], citations: [], findings: [], statements: [], failures: [{ start: 0, end: text.length, reason: err instanceof Error ? err.message : String(err) }] };
  }
}
