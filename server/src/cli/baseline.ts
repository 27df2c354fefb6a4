// The baseline: today's findings recorded so an existing repository can adopt the gate, and only
// new findings fail it. An entry names a finding by what it is about, not where it is: note, code,
// entity/metric, the claim's text and its sentence; an edit elsewhere in the note leaves it matched.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding, ParsedNote } from '../core/types';
import { writeFileAtomic } from './atomicWrite';
import { UserError } from './exitCodes';
import type { CheckReport } from './report';

export interface BaselineEntry {
  /** The note's path relative to the baseline file's folder, with '/'. */
  note: string;
  code: string;
  /** Resolved entity ids, comma-separated ('' when none). */
  entity: string;
  metric: string;
  /** The claim as written, and the sentence it stands in with every figure as … (whitespace collapsed). */
  claim: string;
  sentence: string;
  /** How many such findings (the same figure twice in one sentence); left out when 1. */
  count?: number;
}

export interface BaselineFile {
  /** Format version, for readers of the file. */
  version: 1;
  entries: BaselineEntry[];
}

const FIELDS = ['note', 'code', 'entity', 'metric', 'claim', 'sentence'] as const;

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The note path as the baseline writes it. */
export function baselineNotePath(absoluteNote: string, baselineFile: string): string {
  return path.relative(path.dirname(baselineFile), absoluteNote).split(path.sep).join('/');
}

/**
 * The claim's sentence with every claim in it masked: fixing one figure of a sentence leaves the
 * entries of its other figures matched, while the fixed figure's own entry (its claim text) is gone.
 */
export function maskedSentence(finding: Finding, note: Pick<ParsedNote, 'text' | 'claims'>): string {
  const { start, end } = finding.claim.sentence;
  let out = '';
  let at = start;
  for (const claim of note.claims) {
    if (claim.offset.start < at || claim.offset.end > end) continue;
    out += note.text.slice(at, claim.offset.start) + '…';
    at = claim.offset.end;
  }
  return squash(out + note.text.slice(at, end));
}

export function entryOf(note: string, finding: Finding, parsed: Pick<ParsedNote, 'text' | 'claims'>): BaselineEntry {
  return {
    note,
    code: finding.code,
    entity: [...finding.entities].sort().join(','),
    metric: finding.metric ?? '',
    claim: squash(finding.claim.text),
    sentence: maskedSentence(finding, parsed),
  };
}

function keyOf(entry: BaselineEntry): string {
  return JSON.stringify(FIELDS.map((f) => entry[f]));
}

/** The findings a baseline records: every one the check reports (severity other than none). */
export function reportedFindings(report: CheckReport): { file: string; finding: Finding; note: ParsedNote }[] {
  const out: { file: string; finding: Finding; note: ParsedNote }[] = [];
  for (const { file, result } of report.notes) {
    for (const finding of result.findings) if (finding.severity !== 'none') out.push({ file, finding, note: result.note });
  }
  return out;
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  for (const f of FIELDS) if (a[f] !== b[f]) return a[f] < b[f] ? -1 : 1;
  return 0;
}

/** Equal entries merged into one with a count, sorted by every field: stable for diffs. */
export function normaliseEntries(entries: readonly BaselineEntry[]): BaselineEntry[] {
  const byKey = new Map<string, BaselineEntry>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const seen = byKey.get(key);
    if (seen) seen.count = (seen.count ?? 1) + (entry.count ?? 1);
    else {
      const { note, code, entity, metric, claim, sentence } = entry; // fixed key order
      byKey.set(key, { note, code, entity, metric, claim, sentence, count: entry.count ?? 1 });
    }
  }
  return [...byKey.values()]
    .sort(compareEntries)
    .map((e) => {
      const { count, ...rest } = e;
      return count && count > 1 ? { ...rest, count } : rest;
    });
}

export function serialiseBaseline(entries: readonly BaselineEntry[]): string {
  const file: BaselineFile = { version: 1, entries: normaliseEntries(entries) };
  // Sorted entries with keys in a fixed order, two-space indented: reviewable in a diff.
  return JSON.stringify(file, null, 2) + '\n';
}

export function readBaseline(file: string, shown: string): BaselineEntry[] {
  if (!existsSync(file)) throw new UserError(`baseline file not found: '${shown}' (create it with --write-baseline)`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UserError(`baseline file '${shown}' is not valid JSON (${(error as Error).message})`);
  }
  const entries = (data as { entries?: unknown } | null)?.entries;
  const isEntry = (e: unknown): boolean => {
    if (e === null || typeof e !== 'object') return false;
    const r = e as Record<string, unknown>;
    return FIELDS.every((f) => typeof r[f] === 'string') && (r.count === undefined || (Number.isInteger(r.count) && (r.count as number) > 0));
  };
  const valid = Array.isArray(entries) && entries.every(isEntry);
  if (!valid) throw new UserError(`baseline file '${shown}' is not a Claimcheck baseline ({ "version": 1, "entries": [{ note, code, entity, metric, claim, sentence }] })`);
  return normaliseEntries(entries as BaselineEntry[]);
}

export interface BaselineComparison {
  /** Findings the baseline covers: not reported, not failing. */
  baselined: Set<Finding>;
  /** Entries that match nothing any more (in the notes checked, or whose note is gone). */
  gone: BaselineEntry[];
  /** The baseline without the gone entries (for --prune-baseline). */
  kept: BaselineEntry[];
}

/**
 * Matches findings to entries, each entry absorbing up to `count` findings. Entries of notes this
 * run did not check are neither matched nor gone, unless their note no longer exists.
 */
export function compareWithBaseline(
  entries: readonly BaselineEntry[],
  findings: readonly { note: string; finding: Finding; parsed: ParsedNote }[],
  checkedNotes: ReadonlySet<string>,
  noteExists: (note: string) => boolean,
): BaselineComparison {
  const left = new Map<string, number>();
  for (const entry of entries) left.set(keyOf(entry), entry.count ?? 1);
  const baselined = new Set<Finding>();
  for (const { note, finding, parsed } of findings) {
    const key = keyOf(entryOf(note, finding, parsed));
    const n = left.get(key) ?? 0;
    if (n > 0) {
      left.set(key, n - 1);
      baselined.add(finding);
    }
  }
  const gone: BaselineEntry[] = [];
  const kept: BaselineEntry[] = [];
  for (const entry of entries) {
    const unused = left.get(keyOf(entry)) ?? 0;
    const judged = checkedNotes.has(entry.note) || !noteExists(entry.note);
    const goneCount = judged ? unused : 0;
    const keptCount = (entry.count ?? 1) - goneCount;
    if (goneCount > 0) gone.push({ ...entry, count: goneCount });
    if (keptCount > 0) kept.push({ ...entry, count: keptCount });
  }
  return { baselined, gone, kept: normaliseEntries(kept) };
}

export function writeBaseline(file: string, entries: readonly BaselineEntry[]): void {
  const text = serialiseBaseline(entries);
  if (existsSync(file)) {
    if (readFileSync(file, 'utf8') === text) return; // unchanged: leave the file (and its mtime) alone
    writeFileAtomic(file, text);
  } else writeFileSync(file, text, { flag: 'wx' }); // new: nothing to take a mode from, nothing to lose
}
