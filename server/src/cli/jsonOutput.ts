import { coverageRatio, coverageText } from '../core/coverage';
import type { Derivation, FactRef, Finding } from '../core/types';
import { cleanMessage } from '../core/quote';
import { claimToJson, type ClaimJson } from './claimsOutput';
import { toCliLocation, type CliLocation } from './location';
import type { NoteFormat } from './heldNote';
import type { OutputWriter } from './outputWriter';
import type { ReportItem } from './report';

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

export const NO_CLAIM = {
  text: null, kind: null, value: null, low: null, high: null, unit: null, bound: null, approx: null, time: null, precision: null, timeText: null,
};

export function findingEntry(file: string, finding: Finding): CheckEntry {
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

const problemEntry = (p: ReportItem): CheckEntry => ({
  ...toCliLocation(p.file, p.range), ...NO_CLAIM, code: p.code, severity: p.severity, message: p.message, facts: [], suggestion: null,
});

// An item of a two-space-indented top-level array: stringified inside one, so JSON.stringify indents
// it (one pass over the text, not a second to re-indent it), without the brackets.
const arrayItem = (e: unknown): string => {
  const text = JSON.stringify([e], null, 2);
  return text.slice(2, text.length - 2);
};

/**
 * One entry per claim (supported included, severity "none") plus one per input problem, printed as
 * `JSON.stringify(entries, null, 2)` would, one note at a time: the same bytes without one string
 * the size of the whole report.
 */
export function jsonWriter(): OutputWriter {
  const format: NoteFormat = {
    sorted: false,
    item: (item) => arrayItem(item.finding ? findingEntry(item.file, item.finding) : problemEntry(item)),
    entries: {
      finding: (file, finding) => arrayItem(findingEntry(file, finding)),
      unchecked: (file, claim) =>
        arrayItem({
          ...claimToJson(file, claim), code: 'unchecked', severity: 'none', message: cleanMessage('Not checked: suppressed, or its kind is disabled in the config.'), facts: [], suggestion: null,
        }),
      coverage: (file, c) =>
        arrayItem({
          file, line: 1, column: 1, endLine: 1, endColumn: 1, ...NO_CLAIM, code: 'coverage', severity: 'none', message: cleanMessage(coverageText(c)), facts: [], suggestion: null,
          coverage: { figures: c.figures, sourced: c.sourced, ratio: coverageRatio(c) },
        }),
    },
  };
  let first = true;
  return {
    format,
    note(note) {
      if (note.items.length === 0) return '';
      const out = (first ? '[\n' : ',\n') + note.items.map((i) => i.text).join(',\n');
      first = false;
      return out;
    },
    tail: () => (first ? '[]\n' : '\n]\n'),
  };
}

/**
 * Writes entries as `JSON.stringify(entries, null, 2)` would, a chunk at a time: the same bytes
 * without one string the size of the whole array (the ledger's rows).
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
