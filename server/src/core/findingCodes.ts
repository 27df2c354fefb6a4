import type { FindingCode, Problem, Range, Severity } from './types';

export interface FindingCodeInfo {
  code: FindingCode;
  defaultSeverity: Severity | 'none';
  summary: string;
  help: string;
}

/** Every finding code, its default severity and the help text the README, SARIF and hovers share. */
export const FINDING_CODES: Record<FindingCode, FindingCodeInfo> = {
  contradicted: {
    code: 'contradicted',
    defaultSeverity: 'error',
    summary: 'A sourced fact for that time disagrees with the figure beyond its stated precision.',
    help: 'Replace the figure with the sourced value (quick fix), cite the fact with [@fact-id], or correct the facts file if the source was wrong.',
  },
  outdated: {
    code: 'outdated',
    defaultSeverity: 'warning',
    summary: 'The figure matches an older fact; a newer one exists on or before the reference date.',
    help: 'Update the figure to the latest sourced value, or say which date it is about ("in January 2024").',
  },
  unsourced: {
    code: 'unsourced',
    defaultSeverity: 'information',
    summary: 'A quantitative claim with no matching fact and no citation.',
    help: 'Add a fact with a source to the facts file (quick fix: "Add a fact stub"), or cite one with [@fact-id].',
  },
  'citation-mismatch': {
    code: 'citation-mismatch',
    defaultSeverity: 'error',
    summary: 'The claim cites a fact whose value disagrees with it.',
    help: 'Fix the figure to the cited value, or cite the fact that supports it.',
  },
  'unknown-citation': {
    code: 'unknown-citation',
    defaultSeverity: 'error',
    summary: 'A [@id] citation names no fact in the facts files.',
    help: 'Correct the id (completion after "[@" lists them) or add the fact.',
  },
  'not-checked': {
    code: 'not-checked',
    defaultSeverity: 'error',
    summary: 'The note, or part of it, could not be checked completely (unreadable encoding, a parser failure, an unexpected error, or over the work budget), so its figures are not vouched for.',
    help: 'Read the reason in the message: save the note as UTF-8, split a pathological block or very large note, or raise `budget` in .claimcheck.yaml. Never ignored by the gate.',
  },
  supported: {
    code: 'supported',
    defaultSeverity: 'none',
    summary: 'A sourced fact supports the figure. Not a diagnostic: shown in hovers and inlay hints.',
    help: 'Nothing to do.',
  },
};

/** README section of each finding code (codeDescription.href, SARIF helpUri). */
export const README_URL = 'https://github.com/claimcheck/claimcheck#';
export function findingHelpUri(code: string): string {
  return `${README_URL}${code}`;
}

/** The `not-checked` problem for a note (or the part at `range`) that could not be checked completely. */
export function notCheckedProblem(reason: string, range: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }): Problem {
  return { code: 'not-checked', severity: 'error', message: `Not checked: ${reason}`, range };
}
