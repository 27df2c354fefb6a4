import { coverageRatio, coverageText, noteCoverage } from '../core/coverage';
import type { Derivation, FactRef, Finding } from '../core/types';
import { cleanMessage } from '../core/quote';
import { claimToJson, type ClaimJson } from './claimsOutput';
import { toCliLocation, type CliLocation } from './location';
import type { CheckReport } from './report';

type Nullable<T> = { [K in keyof T]: T[K] | null };

export interface FactJson {
  id: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  as_of: string;
  period: string | null;
  url: string | null;
  title: string | null;
}

export type CheckEntry = (ClaimJson | (CliLocation & Nullable<Omit<ClaimJson, keyof CliLocation>>)) & {
  code: string;
  severity: string;
  message: string;
  facts: FactJson[];
  suggestion: string | null;
  /** For a derived growth, multiple, difference or share: the arithmetic and the facts it used. */
  derivation?: Derivation;
  /** `inconsistent` only: the statements it disagrees with. */
  related?: (CliLocation & { says: string })[];
  /** Only on a note's `coverage` entry: its figures, those sourced, and their share (null: no figures). */
  coverage?: CoverageJson;
};

export interface CoverageJson {
  figures: number;
  sourced: number;
  ratio: number | null;
}

export function factToJson(fact: FactRef): FactJson {
  return {
    id: fact.id,
    value: fact.value,
    low: fact.low,
    high: fact.high,
    unit: fact.unit,
    as_of: fact.asOf,
    period: fact.period ?? null,
    url: fact.source.url ?? null,
    title: fact.source.title ?? null,
  };
}

const NO_CLAIM = {
  text: null, kind: null, value: null, low: null, high: null, unit: null, bound: null, approx: null, time: null, precision: null, timeText: null,
};

function findingEntry(file: string, finding: Finding): CheckEntry {
  const claim = claimToJson(file, finding.claim);
  const location = finding.citation ? toCliLocation(file, finding.citation.range) : {};
  return {
    ...claim,
    ...location,
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    facts: finding.facts.map(factToJson),
    suggestion: finding.suggestion ?? null,
    ...(finding.derivation ? { derivation: finding.derivation } : {}),
    ...(finding.related ? { related: finding.related.map((r) => ({ ...toCliLocation(r.label, r.range), says: cleanMessage(r.says) })) } : {}),
  };
}

/** One entry per claim (supported included, severity "none") plus one per input problem. */
export function checkEntries(report: CheckReport): CheckEntry[] {
  const entries = problemEntries(report.inputProblems);
  for (const { file, result } of report.notes) for (const e of noteEntries(file, result)) entries.push(e);
  return entries;
}

/** The entries of problems in the facts and config files (and unreadable notes). */
export function problemEntries(problems: CheckReport['inputProblems']): CheckEntry[] {
  return problems.map((p) => ({
    ...toCliLocation(p.file, p.range), ...NO_CLAIM, code: p.code, severity: p.severity, message: cleanMessage(p.message), facts: [], suggestion: null,
  }));
}

/** One note's entries: its problems, then a finding per judged claim, then its claims not judged. */
export function noteEntries(file: string, result: CheckReport['notes'][number]['result']): CheckEntry[] {
  const entries: CheckEntry[] = [];
  for (const p of result.note.problems) {
    entries.push({ ...toCliLocation(file, p.range), ...NO_CLAIM, code: p.code, severity: p.severity, message: p.message, facts: [], suggestion: null });
  }
  if (result.skipped?.code === 'too-large') {
    entries.push({
      file, line: 1, column: 1, endLine: 1, endColumn: 1, ...NO_CLAIM, code: 'skipped', severity: 'information', message: result.skipped.reason, facts: [], suggestion: null,
    });
  }
  const judged = new Set<number>();
  for (const finding of result.findings) {
    judged.add(finding.claim.index);
    entries.push(findingEntry(file, finding));
  }
  for (const claim of result.note.claims) {
    if (judged.has(claim.index)) continue;
    entries.push({
      ...claimToJson(file, claim), code: 'unchecked', severity: 'none', message: 'Not checked: suppressed, or its kind is disabled in the config.', facts: [], suggestion: null,
    });
  }
  if (!result.skipped) {
    const c = noteCoverage(result);
    entries.push({
      file, line: 1, column: 1, endLine: 1, endColumn: 1, ...NO_CLAIM, code: 'coverage', severity: 'none', message: coverageText(c), facts: [], suggestion: null,
      coverage: { figures: c.figures, sourced: c.sourced, ratio: coverageRatio(c) },
    });
  }
  for (const entry of entries) entry.message = cleanMessage(entry.message);
  return entries;
}

/** Entries as the items of the array `writeJsonArray` prints, joined by ",\n" ('' for none): a part of that array. */
export function jsonArrayItems(entries: readonly unknown[]): string {
  return entries.map((e) => '  ' + JSON.stringify(e, null, 2).replace(/\n/g, '\n  ')).join(',\n');
}

/**
 * Writes entries as `JSON.stringify(entries, null, 2)` would, one entry at a time: the same bytes
 * without one string the size of the whole report (the peak memory of `--format json`).
 */
export function writeJsonArray(entries: readonly unknown[], write: (text: string) => void): void {
  if (entries.length === 0) {
    write('[]\n');
    return;
  }
  const CHUNK = 200;
  for (let i = 0; i < entries.length; i += CHUNK) {
    const part = entries.slice(i, i + CHUNK).map((e) => '  ' + JSON.stringify(e, null, 2).replace(/\n/g, '\n  '));
    write((i === 0 ? '[\n' : ',\n') + part.join(',\n'));
  }
  write('\n]\n');
}
