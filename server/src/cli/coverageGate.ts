// `claimcheck check --min-sourced 0.8`: every note checked must have at least that share of its
// figures sourced (core/coverage.ts decides what counts). Per note, so one well-sourced note
// cannot carry a poorly sourced one; a note without figures has nothing to source and passes.
import { belowMinimum, coverageText, noteCoverage, type Coverage } from '../core/coverage';
import { escapeControls } from '../core/quote';
import type { CheckReport } from './report';

export interface NoteBelow {
  file: string;
  coverage: Coverage;
}

export function notesBelow(report: CheckReport, min: number): NoteBelow[] {
  const out: NoteBelow[] = [];
  for (const { file, result } of report.notes) {
    if (result.skipped) continue;
    const coverage = noteCoverage(result);
    if (belowMinimum(coverage, min)) out.push({ file, coverage });
  }
  return out;
}

/** The share as the user reads it: 0.8 → "80%", 0.755 → "75.5%". */
export function percentOf(share: number): string {
  return `${+(share * 100).toFixed(2)}%`;
}

/** "claimcheck: 2 notes below --min-sourced 80%:" then one line per note with its coverage. */
export function belowMessage(below: readonly NoteBelow[], min: number): string {
  const head = `claimcheck: ${below.length === 1 ? '1 note has' : `${below.length} notes have`} fewer figures sourced than --min-sourced ${percentOf(min)}:`;
  return [head, ...below.map((n) => `  ${escapeControls(n.file)}: ${coverageText(n.coverage)}`)].join('\n') + '\n';
}
