import { overBudgetAfterParse, overBudgetBeforeParse } from './budget';
import { notCheckedProblem } from './findingCodes';
import { ownCopy } from './ownCopy';
import { judgeNote } from './judge/judgeNote';
import { isSuppressed } from './judge/suppress';
import { assembleNote, layoutNote, parseSegment, restoreSource, samePlace, withLineFeeds, type NoteLayout, type SegmentParse } from './parse/parseNote';
import { placeClaim, placeFinding, type Placement, type PlacedSegment } from './parse/placement';
import type { Claim, Config, FactIndex, Finding, ParsedNote, Problem, Statement } from './types';

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
}

/**
 * Results of one note's segments from its previous check. An entry depends on the segment's text,
 * the reference date, `asOf`, the facts index and the config, and on nothing else: the judge reads
 * no context outside a segment (sentence, block, table row and header are all inside it), and
 * suppressions and claim numbering are applied after placing. Text, date and asOf make the key;
 * an entry answers only for the index and config it was judged with.
 */
export class SegmentCache {
  private entries = new Map<string, { index: FactIndex; config: Config; value: CheckedSegment }>();
  private next = new Map<string, { index: FactIndex; config: Config; value: CheckedSegment }>();
  /** Segments judged anew in the last check (the rest came from the cache). */
  misses = 0;

  begin(): void {
    this.next = new Map();
    this.misses = 0;
  }

  get(key: string, index: FactIndex, config: Config): CheckedSegment | undefined {
    const hit = this.entries.get(key) ?? this.next.get(key);
    if (!hit || hit.index !== index || hit.config !== config) return undefined;
    this.next.set(key, hit);
    return hit.value;
  }

  set(key: string, index: FactIndex, config: Config, value: CheckedSegment): void {
    this.misses++;
    this.next.set(key, { index, config, value });
  }

  /** Ends a check: keeps only the segments the note has now, so the cache stays the note's size. */
  end(): void {
    this.entries = this.next;
    this.next = new Map();
  }
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
  const steps = checkNoteSteps(text, index, config, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
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
  const size = options.sizeBytes ?? noteSizeBytes(text);
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
  const budget = config.budget;
  const tooMuch = overBudgetBeforeParse(text, budget);
  if (tooMuch) {
    const note = unparsedNote(source, options.referenceDate ?? config.referenceDate ?? options.today ?? '', [notCheckedProblem(tooMuch)]);
    return { note, findings: [] };
  }
  const layout = layoutNote(text, { referenceDate: options.referenceDate ?? config.referenceDate, today: options.today, chunkMean: options.chunkMean });
  if (!layout.frontMatter.enabled) {
    const { note } = assembleNote(layout, layout.segments.map((s) => parseSegment(text.slice(s.start, s.end), layout.referenceDate, config.budget)));
    return { note: restoreSource(note, source), findings: [], skipped: { code: 'disabled', reason: 'Claimcheck is off for this note (front matter `claimcheck: false`).' } };
  }
  const cache = options.cache;
  cache?.begin();
  const parts: CheckedSegment[] = [];
  const soFar: CheckProgress = {
    found: 0,
    result: () => {
      const rest = layout.segments.slice(parts.length).map((s): CheckedSegment => ({ text: text.slice(s.start, s.end), claims: [], citations: [], html: [], findings: [], statements: [] }));
      return finishCheck(layout, [...parts, ...rest], source, config, cache !== undefined);
    },
  };
  for (const s of layout.segments) {
    // Its own copy: a cached segment cut from the note would keep that whole version of it.
    const segmentText = ownCopy(text, s.start, s.end);
    const key = `${layout.referenceDate}\n${options.asOf ?? ''}\n${segmentText}`;
    const hit = cache?.get(key, index, config);
    const checked = hit ?? checkSegment(segmentText, layout.referenceDate, index, config, options.asOf);
    parts.push(checked);
    soFar.found += checked.findings.length + (checked.failures?.length ?? 0);
    if (hit) continue;
    cache?.set(key, index, config, checked);
    yield soFar;
  }
  cache?.end();
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

/**
 * Where a placed finding came from: its segment's own finding and the segment's first line. Two
 * placed findings with the same origin and line read the same wherever the segment's offset moved
 * (ranges are lines and columns; the judge's message, facts and fix never name an offset), so a
 * host can keep what it built from one (a diagnostic) for the other: typing shifts the offsets of
 * everything below it, but rarely its lines. Known for checks with a SegmentCache (the only ones
 * whose segment findings are met again).
 */
export interface FindingOrigin {
  finding: Finding;
  lines: number;
}
const origins = new WeakMap<Finding, FindingOrigin>();
export const findingOrigin = (placed: Finding): FindingOrigin | undefined => origins.get(placed);

/** A segment's findings and statements placed in the note; reused while the segment result and its place stay (see assembleNote). */
const lastPlaced = new WeakMap<CheckedSegment, { at: Placement; claims: Claim[]; findings: Finding[]; statements: Statement[] }>();
function placedFindings(p: PlacedSegment<CheckedSegment>): { findings: Finding[]; statements: Statement[] } {
  const last = lastPlaced.get(p.part);
  const claimsHere = p.claims.slice(p.at.base, p.at.base + p.part.claims.length);
  if (last && samePlace(last.at, p.at) && last.claims.every((c, i) => c === claimsHere[i])) return last;
  const { findings, statements } = placeFindings(p);
  for (let i = 0; i < findings.length; i++) origins.set(findings[i]!, { finding: p.part.findings[i]!, lines: p.at.lines });
  const moved = { at: p.at, claims: claimsHere, findings, statements };
  lastPlaced.set(p.part, moved);
  return moved;
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

/** Parses and judges one segment alone (as a note of its own, with no suppressions: they apply once placed). */
function checkSegment(text: string, referenceDate: string, index: FactIndex, config: Config, asOf: string | undefined): CheckedSegment {
  const part = parseSegment(text, referenceDate, config.budget);
  if (part.claims.length + part.citations.length === 0) return { ...part, findings: [], statements: [] };
  const note: ParsedNote = { text, frontMatter: { enabled: true, data: {} }, claims: part.claims, citations: part.citations, suppressions: [], problems: [], referenceDate };
  try {
    const statements: Statement[] = [];
    return { ...part, findings: judgeNote(note, index, { config, asOf, statements }), statements };
  } catch (err) {
    // A bug in the judge costs this segment, reported as not checked, not the whole note.
    return { ...part, claims: [], citations: [], findings: [], statements: [], failures: [{ start: 0, end: text.length, reason: err instanceof Error ? err.message : String(err) }] };
  }
}
