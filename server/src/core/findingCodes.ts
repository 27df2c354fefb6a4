import type { ClaimFindingCode, FindingCode, Problem, Range, Severity } from './types';

/** How a finding counts in the status item and leads its hover: ✗ wrong, ⚠ old, ? unsourced, ✓ fine. */
export type FindingMark = '✗' | '⚠' | '?' | '✓';

export interface FindingCodeInfo {
  code: FindingCode;
  defaultSeverity: Severity | 'none';
  /** The verdict in words, as hovers say it ("citation mismatch"). */
  label: string;
  mark: FindingMark;
  /** About a whole note (a note problem), not a claim: its severity is fixed, not in `.claimcheck.yaml`. */
  aboutNote?: true;
  /** A figure with this verdict counts as sourced in a note's coverage (a fact states that figure). */
  backs?: true;
  summary: string;
  help: string;
}

/** Every finding code, its default severity and the help text the README, SARIF and hovers share. */
export const FINDING_CODES: Record<FindingCode, FindingCodeInfo> = {
  contradicted: {
    code: 'contradicted',
    label: 'contradicted',
    mark: '✗',
    defaultSeverity: 'error',
    summary: 'A sourced fact for that time disagrees with the figure beyond its stated precision.',
    help: 'Replace the figure with the sourced value (quick fix), cite the fact with [@fact-id], or correct the facts file if the source was wrong.',
  },
  outdated: {
    code: 'outdated',
    label: 'outdated',
    mark: '⚠',
    backs: true,
    defaultSeverity: 'warning',
    summary: 'The figure matches an older fact; a newer one exists on or before the reference date.',
    help: 'Update the figure to the latest sourced value, or say which date it is about ("in January 2024").',
  },
  unsourced: {
    code: 'unsourced',
    label: 'unsourced',
    mark: '?',
    defaultSeverity: 'information',
    summary: 'A quantitative claim with no matching fact and no citation.',
    help: 'Add a fact with a source to the facts file (quick fix: "Add a fact stub"), or cite one with [@fact-id].',
  },
  'citation-mismatch': {
    code: 'citation-mismatch',
    label: 'citation mismatch',
    mark: '✗',
    defaultSeverity: 'error',
    summary: 'The claim cites a fact whose value disagrees with it.',
    help: 'Fix the figure to the cited value, or cite the fact that supports it.',
  },
  'unknown-citation': {
    code: 'unknown-citation',
    label: 'unknown citation',
    mark: '✗',
    defaultSeverity: 'error',
    summary: 'A [@id] citation names no fact in the facts files.',
    help: 'Correct the id (completion after "[@" lists them) or add the fact.',
  },
  inconsistent: {
    code: 'inconsistent',
    label: 'inconsistent',
    mark: '⚠',
    defaultSeverity: 'warning',
    summary: 'Another statement of the same entity, metric, kind and time, in this note or another, disagrees with the figure beyond both figures\' precision, and no fact decides between them.',
    help: 'Find out which figure is right, then correct the other note (the message and related information link to it), or add the sourced fact to the facts file: the wrong figure then shows as contradicted.',
  },
  'not-checked': {
    code: 'not-checked',
    label: 'not checked',
    mark: '✗',
    aboutNote: true,
    defaultSeverity: 'error',
    summary: 'The note, or part of it, could not be checked completely (unreadable encoding, a parser failure, an unexpected error, or over the work budget), so its figures are not vouched for.',
    help: 'Read the reason in the message: save the note as UTF-8, split a pathological block or very large note, or raise `budget` in .claimcheck.yaml. Never ignored by the gate.',
  },
  supported: {
    code: 'supported',
    label: 'supported',
    mark: '✓',
    backs: true,
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

export const FINDING_CODE_LIST: readonly FindingCodeInfo[] = Object.values(FINDING_CODES);

/** Codes whose severity `.claimcheck.yaml` sets: claim findings that can be diagnostics. */
export const CONFIGURABLE_CODES: readonly FindingCodeInfo[] = FINDING_CODE_LIST.filter((c) => c.defaultSeverity !== 'none' && !c.aboutNote);

/** The config's default severities. */
export function defaultSeverities(): Record<Exclude<ClaimFindingCode, 'supported'>, Severity> {
  const out: Partial<Record<FindingCode, Severity>> = {};
  for (const info of CONFIGURABLE_CODES) if (info.defaultSeverity !== 'none') out[info.code] = info.defaultSeverity;
  return out as Record<Exclude<ClaimFindingCode, 'supported'>, Severity>;
}

/** The description `.claimcheck.yaml`'s schema gives each `severity` key (checked against the schema by a test). */
export function severitySchemaDescription(info: FindingCodeInfo): string {
  return `${info.summary} Default: ${info.defaultSeverity}.`;
}

/** Counts per status mark ("✗ 2  ? 5"), from counts per code. */
export function countsByMark(counts: Partial<Record<FindingCode, number>>): Record<FindingMark, number> {
  const out: Record<FindingMark, number> = { '✗': 0, '⚠': 0, '?': 0, '✓': 0 };
  for (const info of FINDING_CODE_LIST) out[info.mark] += counts[info.code] ?? 0;
  return out;
}

/** A zero count for every code. */
export function zeroCounts(): Record<FindingCode, number> {
  return Object.fromEntries(FINDING_CODE_LIST.map((i) => [i.code, 0])) as Record<FindingCode, number>;
}

/** The `not-checked` problem for a note (or the part at `range`) that could not be checked completely. */
export function notCheckedProblem(reason: string, range: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }): Problem {
  return { code: 'not-checked', severity: 'error', message: `Not checked: ${reason}`, range };
}
