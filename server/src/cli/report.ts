import type { CheckResult } from '../core/check';
import { cleanMessage } from '../core/quote';
import type { Finding, Problem, Range, Severity } from '../core/types';

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
  const items: ReportItem[] = report.inputProblems.map((p) => ({ ...p }));
  for (const { file, result } of report.notes) {
    for (const p of result.note.problems) items.push({ file, ...p });
    if (result.skipped?.code === 'too-large') {
      items.push({ file, range: ZERO_RANGE, severity: 'information', code: 'skipped', message: result.skipped.reason });
    }
    for (const finding of result.findings) {
      if (finding.severity === 'none') continue;
      const range = finding.citation?.range ?? finding.claim.range;
      items.push({ file, range, severity: finding.severity, code: finding.code, message: finding.message, finding });
    }
  }
  // Note and facts text reaches messages: no control characters, no unbounded echoes, whatever the format.
  for (const item of items) item.message = cleanMessage(item.message);
  return items.sort((a, b) => compareFiles(a.file, b.file) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function compareFiles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

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
