// Findings and problems as LSP diagnostics.
import { MAX_MESSAGE_LENGTH, truncate } from '../core/quote';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { CheckResult } from '../core/check';
import type { Finding, Problem, Severity } from '../core/types';
import { TextMemo } from '../core/textMemo';
import { formatValue } from './format';
import { DIAGNOSTIC_SOURCE, findingDocsUrl } from './protocol';

export function toSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

/** Where the facts are, one short line each (the hover carries titles and quotes): VS Code prints these under the message. */
function related(finding: Finding): DiagnosticRelatedInformation[] {
  // inconsistent: the other statements, "notes/q1.md:14 says $60 billion for March 2025".
  const statements = (finding.related ?? []).map((r) => ({
    location: { uri: r.note, range: r.range },
    message: truncate(`${r.label}:${r.range.start.line + 1} says ${r.says}`, MAX_MESSAGE_LENGTH),
  }));
  return statements.concat(finding.facts
    .filter((f) => f.location?.file)
    .map((fact) => ({
      location: { uri: fact.location.file, range: fact.location.range },
      message: `${fact.id}: ${formatValue(fact)} as of ${fact.asOf}`,
    })));
}

export function findingToDiagnostic(finding: Finding): Diagnostic | undefined {
  if (finding.severity === 'none' || finding.code === 'supported') return undefined;
  const range = finding.citation && (finding.code === 'unknown-citation' || finding.code === 'citation-mismatch')
    ? finding.citation.range
    : finding.claim.range;
  const diagnostic: Diagnostic = {
    range,
    severity: toSeverity(finding.severity),
    source: DIAGNOSTIC_SOURCE,
    code: finding.code,
    codeDescription: { href: findingDocsUrl(finding.code) },
    message: truncate(finding.message, MAX_MESSAGE_LENGTH),
  };
  const info = related(finding);
  if (info.length > 0) diagnostic.relatedInformation = info;
  return diagnostic;
}

export function problemToDiagnostic(problem: Problem): Diagnostic {
  return {
    range: problem.range,
    severity: toSeverity(problem.severity),
    source: DIAGNOSTIC_SOURCE,
    code: problem.code,
    message: truncate(problem.message, MAX_MESSAGE_LENGTH),
  };
}

/**
 * The diagnostic of each finding object, built once: its range and message never change (a
 * keystroke above a segment moves its placed findings in place, offsets only; a new line above
 * places them anew, as new objects).
 */
const diagnosticOf = new WeakMap<Finding, Diagnostic | null>();

/** Findings that show exactly as an earlier one: the same finding moved to its claim's new offset, on the same lines and columns. */
const earlier = new WeakMap<Finding, Finding>();
export function showsAs(moved: Finding, before: Finding): void {
  // To the first of a run of moves, so no chain of old findings is kept alive.
  earlier.set(moved, earlier.get(before) ?? before);
}

function diagnosticFor(finding: Finding): Diagnostic | null {
  let d = diagnosticOf.get(finding);
  if (d !== undefined) return d;
  const before = earlier.get(finding);
  if (before) {
    diagnosticOf.set(finding, (d = diagnosticFor(before)));
    earlier.delete(finding);
    return d;
  }
  d = findingToDiagnostic(finding) ?? null;
  diagnosticOf.set(finding, d);
  return d;
}

/**
 * A note problem's diagnostic, the same object while the problem says the same at the same place:
 * a problem is found again by each check (a broken front matter stays while the note is typed in),
 * and a diagnostic met again is published from its kept bytes (messageEncoder.ts).
 */
const problemDiagnostics = new TextMemo<Diagnostic>(256);

function keptProblemDiagnostic(problem: Problem): Diagnostic {
  const { start, end } = problem.range;
  const key = `${problem.code}\0${problem.severity}\0${start.line}:${start.character}:${end.line}:${end.character}\0${problem.message}`;
  return problemDiagnostics.get(key) ?? problemDiagnostics.keep(key, () => problemToDiagnostic(problem));
}

export function noteDiagnostics(result: CheckResult): Diagnostic[] {
  if (result.skipped) {
    if (result.skipped.code !== 'too-large') return [];
    const zero = { line: 0, character: 0 };
    return [
      {
        range: { start: zero, end: zero },
        severity: DiagnosticSeverity.Information,
        source: DIAGNOSTIC_SOURCE,
        code: 'skipped',
        message: result.skipped.reason,
      },
    ];
  }
  const out: Diagnostic[] = result.note.problems.map(keptProblemDiagnostic);
  for (const finding of result.findings) {
    const d = diagnosticFor(finding);
    if (d) out.push(d);
  }
  return out;
}
