import type { CheckResult } from '../core/check';
import { cleanMessage } from '../core/quote';
import type { Finding, Problem, Range, Severity } from '../core/types';
import { compareCodeUnits } from '../core/compareCodeUnits';

/** Everything `claimcheck check` found, in the order it prints it. */
export interface CheckReport {
  notes: { file: string; result: CheckResult }[];
  /** Problems in facts files and the config, with display paths. */
  inputProblems: (Problem & { file: string })[];
}

/** One printed problem, whatever it came from: a finding, a facts-file problem, a skipped note. */
export interface ReportItem {
  file: string;
  range: Range;
  severity: Severity;
  code: string;
  message: string;
  finding?: Finding;
}

const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function reportItems(report: CheckReport): ReportItem[] {
  const items: ReportItem[] = report.inputProblems.map(problemItem);
  for (const { file, result } of report.notes) {
    for (const p of result.note.problems) items.push(problemItem({ file, ...p }));
    const skipped = skippedItem(file, result);
    if (skipped) items.push(skipped);
    for (const finding of result.findings) {
      if (finding.severity !== 'none') items.push(findingItem(file, finding));
    }
  }
  return items.sort(compareItems);
}

// Note and facts text reaches messages: no control characters, no unbounded echoes, whatever the format.

/** A problem in an input file or a note, as printed. */
export function problemItem(p: Problem & { file: string }): ReportItem {
  return { ...p, message: cleanMessage(p.message) };
}

/** The item of a note too large to check (none for a note that was checked, or turned off). */
export function skippedItem(file: string, result: Pick<CheckResult, 'skipped'>): ReportItem | undefined {
  if (result.skipped?.code !== 'too-large') return undefined;
  return { file, range: ZERO_RANGE, severity: 'information', code: 'skipped', message: cleanMessage(result.skipped.reason) };
}

/** A finding as printed (one with severity 'none', a supported figure, is not printed). */
export function findingItem(file: string, finding: Finding): ReportItem {
  const range = finding.citation?.range ?? finding.claim.range;
  return { file, range, severity: finding.severity as Severity, code: finding.code, message: cleanMessage(finding.message), finding };
}

/** The printed order: by file, then position; items at one position keep their order (a stable sort). */
export function compareItems(a: Pick<ReportItem, 'file' | 'range'>, b: Pick<ReportItem, 'file' | 'range'>): number {
  return compareFiles(a.file, b.file) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** Files print in code-unit order. */
export const compareFiles = compareCodeUnits;

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countSeverities(items: readonly { severity: Severity }[]): Counts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const item of items) {
    if (item.severity === 'error') counts.errors++;
    else if (item.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
