// The output formats as they were assembled before every format streamed (main's textOutput,
// githubOutput, sarifOutput, jsonOutput and report.ts at the time, whole-report functions): the
// oracle the writers are compared with on varied reports (streamedFormats.test.ts). What did not
// change with streaming (one SARIF rule or result, one GitHub command, one JSON finding entry) is
// imported from the CLI, not copied; what is pinned here is the assembly: order, widths, rule
// indexes, summaries. Not used by the CLI.
import { addCoverage, coverageRatio, coverageText, noteCoverage } from '../../server/src/core/coverage';
import { FINDING_CODES, findingHelpUri } from '../../server/src/core/findingCodes';
import { cleanMessage, escapeControls } from '../../server/src/core/quote';
import type { CheckResult } from '../../server/src/core/check';
import type { Range } from '../../server/src/core/types';
import { claimToJson } from '../../server/src/cli/claimsOutput';
import { githubCommand } from '../../server/src/cli/githubOutput';
import { findingEntry, NO_CLAIM, type CheckEntry } from '../../server/src/cli/jsonOutput';
import { findingRule, inputRule, sarifResultObject, type SarifRule } from '../../server/src/cli/sarifOutput';
import { toCliLocation } from '../../server/src/cli/location';
import { countSeverities, type CheckReport, type ReportItem } from '../../server/src/cli/report';

const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function reportItems(report: CheckReport): ReportItem[] {
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

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[36m', dim: '\x1b[2m', reset: '\x1b[0m' };

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

/** `file:line:col  severity  code  message`, grouped per file, then the summary line. */
export function formatCheckText(report: CheckReport, options: { color: boolean; quiet: boolean }): string {
  const paint = (color: keyof typeof COLORS, text: string) => (options.color ? `${COLORS[color]}${text}${COLORS.reset}` : text);
  const all = reportItems(report);
  const shown = options.quiet ? all.filter((i) => i.severity === 'error') : all;
  const lines: string[] = [];
  // A loop, not Math.max(...spread): a large run has more items than a call has room for arguments.
  const width = shown.reduce((w, item) => Math.max(w, where(item).length), 0);
  let previousFile: string | undefined;
  for (const item of shown) {
    if (previousFile !== undefined && item.file !== previousFile) lines.push('');
    previousFile = item.file;
    lines.push(formatItem(item, width, paint));
  }
  const counts = countSeverities(all);
  const total = counts.errors + counts.warnings + counts.infos;
  const claims = report.notes.reduce((n, note) => n + note.result.note.claims.length, 0);
  const supported = report.notes.reduce((n, note) => n + note.result.findings.filter((f) => f.code === 'supported').length, 0);
  const coverage = addCoverage(report.notes.map((n) => noteCoverage(n.result)));
  const sourced = coverage.figures > 0 ? `; ${coverageText(coverage)}` : '';
  const scope = `${plural(report.notes.length, 'note')}, ${plural(claims, 'claim')}, ${supported} supported${sourced}`;
  if (lines.length > 0) lines.push('');
  lines.push(
    `${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')}) in ${scope}`,
  );
  return lines.join('\n') + '\n';
}

function where(item: ReportItem): string {
  const loc = toCliLocation(item.file, item.range);
  return `${escapeControls(loc.file)}:${loc.line}:${loc.column}`;
}

// Padding keeps columns aligned for reading; the two-space separators stay for grep and tests.
function formatItem(item: ReportItem, width: number, paint: (c: keyof typeof COLORS, t: string) => string): string {
  const severity = paint(item.severity, item.severity) + ' '.repeat('information'.length - item.severity.length);
  return `${paint('dim', where(item).padEnd(width))}  ${severity}  ${item.code}  ${item.message}`;
}
/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, one per problem, then a summary. */
export function formatGithub(report: CheckReport, options: { quiet: boolean }): string {
  const all = reportItems(report);
  const shown = options.quiet ? all.filter((i) => i.severity === 'error') : all;
  const lines = shown.map(githubCommand);
  const counts = countSeverities(all);
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  lines.push(`claimcheck: ${n(counts.errors, 'error')}, ${n(counts.warnings, 'warning')}, ${n(counts.infos, 'info')} in ${n(report.notes.length, 'note')}`);
  return lines.join('\n') + '\n';
}
/** SARIF 2.1.0, one rule per finding code (plus one per input-problem code met), for code scanning. */
export function formatSarif(report: CheckReport, version: string): string {
  const items = reportItems(report);
  const rules: SarifRule[] = (Object.keys(FINDING_CODES) as (keyof typeof FINDING_CODES)[])
    .filter((c) => c !== 'supported')
    .map(findingRule);
  for (const item of items) {
    if (!rules.some((r) => r.id === item.code)) rules.push(inputRule(item.code, item.severity));
  }
  const results = items.map((item) => sarifResultObject(item, rules.findIndex((r) => r.id === item.code)));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'claimcheck', version, informationUri: README_BASE, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

const README_BASE = findingHelpUri('').replace(/#$/, '');
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

export function noteEntries(file: string, result: CheckResult): CheckEntry[] {
  const entries: CheckEntry[] = [];
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
    entries.push(findingEntry(file, finding));
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

/** The JSON report as it was printed: `JSON.stringify(entries, null, 2)`. */
export function formatJson(report: CheckReport): string {
  return JSON.stringify(checkEntries(report), null, 2) + '\n';
}
