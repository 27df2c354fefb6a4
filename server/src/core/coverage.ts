// Coverage: the share of a note's figures that a fact or citation backs ("12 of 15 figures
// sourced"). One rule, from a CheckResult, for the status item, the title hover, the CLI summary,
// JSON, `--min-sourced` and Check Workspace. Which verdicts back a figure is the `backs` column
// of FINDING_CODES.
import { FINDING_CODES } from './findingCodes';
import type { ClaimFindingCode, Finding } from './types';

export interface Coverage {
  /** Figures judged: claims with a verdict (suppressed claims and kinds turned off are left out). */
  figures: number;
  /** Of those, the figures a fact backs: every verdict about them is one that `backs`. */
  sourced: number;
  /** Figures per verdict, each figure counted once, under its least favourable verdict. */
  verdicts: Partial<Record<ClaimFindingCode, number>>;
}

/**
 * Least favourable first, by the status marks of FINDING_CODES (✗ wrong, ? unsourced, ⚠ old,
 * ✓ fine): a supported figure whose citation also names a missing fact counts as the latter.
 */
const MARK_ORDER = ['✗', '?', '⚠', '✓'];

function rank(code: ClaimFindingCode): number {
  return MARK_ORDER.indexOf(FINDING_CODES[code]?.mark ?? '✗');
}

/** What coverage reads of a finding (the CLI's JSON stream passes stand-ins holding only this). */
export type Verdict = Pick<Finding, 'code'> & { claim: { index: number } };

/**
 * Each judged figure's verdict, at its claim index (holes where a claim has none): its least
 * favourable finding. An array, not a map: claim indices are dense, and the status item asks for
 * the coverage after every keystroke.
 */
export function verdictByClaim<F extends Verdict>(findings: readonly F[]): (F | undefined)[] {
  const byClaim: (F | undefined)[] = [];
  for (const f of findings) {
    // A citation that binds to no figure (index -1) is not a figure.
    if (f.claim.index < 0) continue;
    const seen = byClaim[f.claim.index];
    if (seen === undefined || rank(f.code) < rank(seen.code)) byClaim[f.claim.index] = f;
  }
  return byClaim;
}

export function noteCoverage(result: { findings: readonly Verdict[] }): Coverage {
  const coverage: Coverage = { figures: 0, sourced: 0, verdicts: {} };
  for (const f of verdictByClaim(result.findings)) {
    if (f === undefined) continue;
    const { code } = f;
    coverage.figures++;
    coverage.verdicts[code] = (coverage.verdicts[code] ?? 0) + 1;
    if (FINDING_CODES[code].backs) coverage.sourced++;
  }
  return coverage;
}

/** The coverage of several notes together (a workspace, a CLI run). */
export function addCoverage(all: Iterable<Coverage>): Coverage {
  const total: Coverage = { figures: 0, sourced: 0, verdicts: {} };
  for (const c of all) {
    total.figures += c.figures;
    total.sourced += c.sourced;
    for (const [code, n] of Object.entries(c.verdicts) as [ClaimFindingCode, number][]) total.verdicts[code] = (total.verdicts[code] ?? 0) + n;
  }
  return total;
}

/** sourced / figures, or null for no figures (nothing to source: never below a threshold). */
export function coverageRatio(c: Pick<Coverage, 'figures' | 'sourced'>): number | null {
  return c.figures === 0 ? null : c.sourced / c.figures;
}

/** Whole percent, rounded down, so 79.9% never reads as the 80% a threshold asks for. */
export function coveragePercent(c: Pick<Coverage, 'figures' | 'sourced'>): number | null {
  const r = coverageRatio(c);
  return r === null ? null : Math.floor(r * 100 + 1e-9);
}

/** "12 of 15 figures sourced (80%)", "1 of 1 figure sourced (100%)", "no figures". */
export function coverageText(c: Pick<Coverage, 'figures' | 'sourced'>): string {
  if (c.figures === 0) return 'no figures';
  return `${c.sourced} of ${c.figures} ${c.figures === 1 ? 'figure' : 'figures'} sourced (${coveragePercent(c)}%)`;
}

/** Whether a note falls below `min` (a fraction 0–1); a note without figures never does. */
export function belowMinimum(c: Pick<Coverage, 'figures' | 'sourced'>, min: number): boolean {
  const r = coverageRatio(c);
  return r !== null && r < min;
}
