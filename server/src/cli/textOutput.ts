import { coverageText } from '../core/coverage';
import { escapeControls } from '../core/quote';
import type { NoteFormat } from './heldNote';
import { toCliLocation } from './location';
import { writeReport, type OutputWriter } from './outputWriter';
import type { CheckReport, ReportItem } from './report';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[36m', dim: '\x1b[2m', reset: '\x1b[0m' };

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

export interface TextOptions {
  color: boolean;
  quiet: boolean;
}

// An item is held as its location, a NUL (escapeControls leaves none in it), and the rest of its
// line: the location is padded to the widest shown, known only once every note is in.
const SPLIT = '\0';

/** `file:line:col  severity  code  message`, grouped per file, then the summary line. */
export function textWriter(options: TextOptions): OutputWriter {
  const paint = (color: keyof typeof COLORS, text: string) => (options.color ? `${COLORS[color]}${text}${COLORS.reset}` : text);
  const format: NoteFormat = {
    sorted: true,
    item: (item) => `${where(item)}${SPLIT}${paint(item.severity, item.severity) + ' '.repeat('information'.length - item.severity.length)}  ${item.code}  ${item.message}`,
  };
  const shows = (severity: string): boolean => !options.quiet || severity === 'error';
  let width = 0;
  let previousFile: string | undefined;
  return {
    format,
    measure(note) {
      for (const item of note.items) if (shows(item.severity)) width = Math.max(width, item.text.indexOf(SPLIT));
    },
    note(note) {
      let out = '';
      for (const item of note.items) {
        if (!shows(item.severity)) continue;
        if (previousFile !== undefined && note.file !== previousFile) out += '\n';
        previousFile = note.file;
        const split = item.text.indexOf(SPLIT);
        out += `${paint('dim', item.text.slice(0, split).padEnd(width))}  ${item.text.slice(split + 1)}\n`;
      }
      return out;
    },
    tail({ counts, notes, claims, supported, coverage }) {
      const total = counts.errors + counts.warnings + counts.infos;
      const sourced = coverage.figures > 0 ? `; ${coverageText(coverage)}` : '';
      const scope = `${plural(notes, 'note')}, ${plural(claims, 'claim')}, ${supported} supported${sourced}`;
      const summary = `${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')}) in ${scope}\n`;
      return (previousFile !== undefined ? '\n' : '') + summary;
    },
  };
}

export function formatCheckText(report: CheckReport, options: TextOptions): string {
  let out = '';
  writeReport(report, textWriter(options), (text) => (out += text));
  return out;
}

function where(item: ReportItem): string {
  const loc = toCliLocation(item.file, item.range);
  return `${escapeControls(loc.file)}:${loc.line}:${loc.column}`;
}
