import { addCoverage, coverageText, noteCoverage } from '../core/coverage';
import { escapeControls } from '../core/quote';
import { toCliLocation } from './location';
import { countSeverities, reportItems, type CheckReport, type ReportItem } from './report';

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
