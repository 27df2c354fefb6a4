import type { CheckResult } from '../core/check';
import { coverageRatio, coverageText, noteCoverage } from '../core/coverage';
import type { Claim, Derivation, FactRef, Finding, ParsedNote, Statement } from '../core/types';
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
    message: cleanMessage(finding.message),
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

/**
 * A finding whose entry is already JSON text (jsonArrayItems' form, bytes `text` of its note's
 * `entryTexts`), with only what the consistency pass and the exit code read: the JSON stream holds
 * this, not the finding, while the pass waits.
 */
export interface HeldFinding {
  code: Finding['code'];
  severity: Finding['severity'];
  citation?: true;
  claim: { index: number; offset: { start: number } };
  text: { start: number; end: number };
}

/** What noteEntries reads of a note's result: a CheckResult, or a HeldResult. */
export interface NoteEntriesInput {
  note: Pick<ParsedNote, 'problems' | 'claims'>;
  skipped?: CheckResult['skipped'];
  findings: readonly (Finding | HeldFinding)[];
  /** The held findings' entries, UTF-8 (off the JS heap: a run holds every note's). */
  entryTexts?: Buffer;
}

/** A note's result reduced to what its JSON entries still need once the consistency pass has run. */
export interface HeldResult extends NoteEntriesInput {
  findings: HeldFinding[];
  entryTexts: Buffer;
  statements?: Statement[];
}

const isHeld = (f: Finding | HeldFinding): f is HeldFinding => 'text' in f && !('message' in f);

/**
 * `result` as the JSON stream holds it until the consistency pass: each finding already written as
 * its entry's text (withInconsistencies reads only what a HeldFinding keeps), the claims only those
 * not judged (an `inconsistent` finding may still take their entry), the statements. Its entries
 * after the pass are those of the whole result.
 */
export function holdForPass(file: string, result: CheckResult): HeldResult {
  const judged = new Set(result.findings.map((f) => f.claim.index));
  // One buffer for the note, not one per finding: the run holds thousands of notes' findings.
  const texts = result.findings.map((f) => jsonArrayItems([findingEntry(file, f)]));
  let at = 0;
  const findings = result.findings.map((f, i): HeldFinding => {
    const claim = { index: f.claim.index, offset: { start: f.claim.offset.start } };
    const text = { start: at, end: (at += Buffer.byteLength(texts[i]!)) };
    return { code: f.code, severity: f.severity, ...(f.citation ? { citation: true as const } : {}), claim, text };
  });
  return {
    note: { problems: result.note.problems, claims: result.note.claims.filter((c) => !judged.has(c.index)) },
    ...(result.skipped ? { skipped: result.skipped } : {}),
    findings,
    entryTexts: Buffer.from(texts.join('')),
    ...(result.statements ? { statements: result.statements.map((st) => ({ ...st, claim: passedClaim(st.claim) })) } : {}),
  };
}

/** A statement's claim without its sentence and block, which the pass and its findings' entries do not read (a held run keeps every note's). */
function passedClaim(claim: Claim): Claim {
  const { sentenceText: _text, table: _table, noun: _noun, ...kept } = claim;
  return { ...kept, sentenceText: '' };
}

/** One note's entries: its problems, then a finding per judged claim, then its claims not judged. A held finding is its text. */
export function noteEntries(file: string, result: CheckResult): CheckEntry[];
export function noteEntries(file: string, result: NoteEntriesInput): (CheckEntry | string)[];
export function noteEntries(file: string, result: NoteEntriesInput): (CheckEntry | string)[] {
  const entries: (CheckEntry | string)[] = [];
  for (const p of result.note.problems) {
    entries.push({ ...toCliLocation(file, p.range), ...NO_CLAIM, code: p.code, severity: p.severity, message: cleanMessage(p.message), facts: [], suggestion: null });
  }
  if (result.skipped?.code === 'too-large') {
    entries.push({
      file, line: 1, column: 1, endLine: 1, endColumn: 1, ...NO_CLAIM, code: 'skipped', severity: 'information', message: cleanMessage(result.skipped.reason), facts: [], suggestion: null,
    });
  }
  const judged = new Set<number>();
  for (const finding of result.findings) {
    judged.add(finding.claim.index);
    entries.push(isHeld(finding) ? result.entryTexts!.toString('utf8', finding.text.start, finding.text.end) : findingEntry(file, finding));
  }
  for (const claim of result.note.claims) {
    if (judged.has(claim.index)) continue;
    entries.push({
      ...claimToJson(file, claim), code: 'unchecked', severity: 'none', message: cleanMessage('Not checked: suppressed, or its kind is disabled in the config.'), facts: [], suggestion: null,
    });
  }
  if (!result.skipped) {
    const c = noteCoverage(result);
    entries.push({
      file, line: 1, column: 1, endLine: 1, endColumn: 1, ...NO_CLAIM, code: 'coverage', severity: 'none', message: cleanMessage(coverageText(c)), facts: [], suggestion: null,
      coverage: { figures: c.figures, sourced: c.sourced, ratio: coverageRatio(c) },
    });
  }
  return entries;
}

/** Entries as the items of the array `writeJsonArray` prints, joined by ",\n" ('' for none): a part of that array. A string is an item already. */
export function jsonArrayItems(entries: readonly unknown[]): string {
  return entries.map(arrayItem).join(',\n');
}

const arrayItem = (e: unknown): string => (typeof e === 'string' ? e : '  ' + JSON.stringify(e, null, 2).replace(/\n/g, '\n  '));

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
    const part = entries.slice(i, i + CHUNK).map(arrayItem);
    write((i === 0 ? '[\n' : ',\n') + part.join(',\n'));
  }
  write('\n]\n');
}
