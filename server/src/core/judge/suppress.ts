import type { Finding, Suppression } from '../types';

/** The 0-based line a finding is reported on: the citation key's for citation findings, else the claim's. */
export function findingLine(finding: Finding): number {
  return (finding.citation?.range ?? finding.claim.range).start.line;
}

/** Whether a `claimcheck-disable…` comment covers the finding (all codes, or its code). */
export function isSuppressed(finding: Finding, suppressions: Suppression[]): boolean {
  // Most notes have none: skip finding the line (every finding, every keystroke).
  if (suppressions.length === 0) return false;
  const line = findingLine(finding);
  return suppressions.some((s) => line >= s.fromLine && line <= s.toLine && (s.codes.length === 0 || s.codes.includes(finding.code)));
}
