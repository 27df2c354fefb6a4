// A checked note reduced to what the run's output still needs of it: each item already printed as
// the output format prints it, with only what the consistency pass, the order and the counts read.
// Made where the note was checked (on a worker thread, its reply is this, not the whole result),
// then released, after the pass if it runs, as the note's printed items.
import type { CheckResult } from '../core/check';
import { withInconsistencies } from '../core/consistency/inconsistencies';
import { noteCoverage } from '../core/coverage';
import type { Claim, Finding, Severity, Statement } from '../core/types';
import { countSeverities, findingItem, problemItem, skippedItem, type Counts, type ReportItem } from './report';

/** How a format prints a note's items; the run's writer (outputWriter.ts) puts notes together. */
export interface NoteFormat {
  /** Items printed in position order (text, github, sarif), or in a note's entry order (json). */
  sorted: boolean;
  /** A problem, a skipped note or a finding with a severity, as printed. */
  item(item: ReportItem): string;
  /** JSON only: the entries of a supported figure, of a claim not judged, of the note's coverage. */
  entries?: {
    finding(file: string, finding: Finding): string;
    unchecked(file: string, claim: Claim): string;
    coverage(file: string, coverage: { figures: number; sourced: number }): string;
  };
}

interface Position {
  line: number;
  character: number;
}

/** A problem or the skipped note: printed already. */
interface HeldItem extends Position {
  severity: Severity;
  code: string;
  text: string;
}

/** A finding: what withInconsistencies and coverage read, its position, and its text (none: not printed). */
export interface HeldFinding extends Position {
  code: Finding['code'];
  severity: Finding['severity'];
  citation?: true;
  claim: { index: number; offset: { start: number } };
  text?: string;
}

export interface HeldNote {
  file: string;
  fixed: HeldItem[];
  findings: HeldFinding[];
  /** JSON: each claim's `unchecked` entry, kept for the claims no finding judges (the pass may judge one). */
  unjudged: { index: number; text: string }[];
  claims: number;
  skipped: boolean;
  /** For the consistency pass, only when it runs. */
  statements?: Statement[];
}

/** One printed item: its text, its position (sorted formats), and what the writer's summary and rules read. */
export interface ReleasedItem extends Position {
  severity: Severity | 'none';
  code: string;
  text: string;
}

/** A note (or input problems of one file) ready to print. `note` false: not a checked note (not counted). */
export interface ReleasedNote {
  file: string;
  note: boolean;
  items: ReleasedItem[];
  counts: Counts;
  claims: number;
  supported: number;
  coverage: { figures: number; sourced: number };
}

const at = (item: Pick<ReportItem, 'range'>): Position => ({ line: item.range.start.line, character: item.range.start.character });

/** Printed items of one file in the order of their positions. */
export const byPosition = (a: Position, b: Position): number => a.line - b.line || a.character - b.character;

export function holdFinding(format: NoteFormat, file: string, finding: Finding): HeldFinding {
  const printed = finding.severity === 'none' ? undefined : findingItem(file, finding);
  const text = printed ? format.item(printed) : format.entries?.finding(file, finding);
  const range = finding.citation?.range ?? finding.claim.range;
  return heldFinding(finding.code, finding.severity, finding.citation !== undefined, finding.claim.index, finding.claim.offset.start, range.start.line, range.start.character, text);
}

/** A HeldFinding with its optional fields only when set (assigned, not spread: this runs for every finding of a run). */
export function heldFinding(
  code: HeldFinding['code'],
  severity: HeldFinding['severity'],
  citation: boolean,
  index: number,
  start: number,
  line: number,
  character: number,
  text: string | undefined,
): HeldFinding {
  const held: HeldFinding = { code, severity, claim: { index, offset: { start } }, line, character };
  if (citation) held.citation = true;
  if (text !== undefined) held.text = text;
  return held;
}

export function holdNote(format: NoteFormat, file: string, result: CheckResult, withStatements: boolean): HeldNote {
  const fixed: HeldItem[] = [];
  const fix = (item: ReportItem): void => {
    fixed.push({ ...at(item), severity: item.severity, code: item.code, text: format.item(item) });
  };
  for (const p of result.note.problems) fix(problemItem({ file, ...p }));
  const skipped = skippedItem(file, result);
  if (skipped) fix(skipped);
  const judged = new Set(result.findings.map((f) => f.claim.index));
  const unchecked = format.entries?.unchecked;
  return {
    file,
    fixed,
    findings: result.findings.map((f) => holdFinding(format, file, f)),
    unjudged: unchecked ? result.note.claims.filter((c) => !judged.has(c.index)).map((c) => ({ index: c.index, text: unchecked(file, c) })) : [],
    claims: result.note.claims.length,
    skipped: result.skipped !== undefined,
    ...(withStatements && result.statements ? { statements: result.statements } : {}),
  };
}

const printed = (f: HeldFinding): ReleasedItem => ({ line: f.line, character: f.character, severity: f.severity, code: f.code, text: f.text! });

/** The note's printed items, with `inconsistent` (the pass's findings for it, held; undefined: the pass did not run here) in place. */
export function releaseNote(format: NoteFormat, held: HeldNote, inconsistent?: readonly HeldFinding[]): ReleasedNote {
  const findings = inconsistent ? withInconsistencies(held.findings, inconsistent) : held.findings;
  const shown = findings.filter((f): f is HeldFinding & { severity: Severity } => f.severity !== 'none');
  const coverage = held.skipped ? { figures: 0, sourced: 0 } : noteCoverage({ findings });
  let items: ReleasedItem[];
  if (format.sorted) {
    const positioned: ReleasedItem[] = [...held.fixed, ...shown.map(printed)];
    items = positioned.sort(byPosition);
  } else {
    const judged = new Set(findings.map((f) => f.claim.index));
    const top = { line: 0, character: 0 };
    items = [...held.fixed, ...findings.map(printed)];
    for (const u of held.unjudged) if (!judged.has(u.index)) items.push({ ...top, severity: 'none', code: 'unchecked', text: u.text });
    if (!held.skipped) items.push({ ...top, severity: 'none', code: 'coverage', text: format.entries!.coverage(held.file, coverage) });
  }
  return {
    file: held.file,
    note: true,
    items,
    counts: countSeverities([...held.fixed, ...shown]),
    claims: held.claims,
    supported: findings.reduce((n, f) => n + (f.code === 'supported' ? 1 : 0), 0),
    // The run's summary reads only these two (the JSON entry above has the verdicts too).
    coverage: { figures: coverage.figures, sourced: coverage.sourced },
  };
}

/** Problems of one input file (facts, config, an unreadable note), ready to print. */
export function releaseProblems(format: NoteFormat, file: string, items: readonly ReportItem[]): ReleasedNote {
  return {
    file,
    note: false,
    items: items.map((item) => ({ ...at(item), severity: item.severity, code: item.code, text: format.item(item) })),
    counts: countSeverities(items),
    claims: 0,
    supported: 0,
    coverage: { figures: 0, sourced: 0 },
  };
}
