// `--format github`: GitHub Actions workflow commands, which annotate the pull request's files.
import type { NoteFormat } from './heldNote';
import { writeReport, type OutputWriter } from './outputWriter';
import type { CheckReport, ReportItem } from './report';
import type { Severity } from '../core/types';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** A command's message: %, CR and LF are escaped (GitHub's toolkit `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value: also `:` and `,`, which separate properties (`escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, one per problem, then a summary. */
export function githubWriter(options: { quiet: boolean }): OutputWriter {
  const format: NoteFormat = { sorted: true, item: githubCommand };
  return {
    format,
    note(note) {
      let out = '';
      for (const item of note.items) if (!options.quiet || item.severity === 'error') out += item.text + '\n';
      return out;
    },
    tail({ counts, notes }) {
      const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
      return `claimcheck: ${n(counts.errors, 'error')}, ${n(counts.warnings, 'warning')}, ${n(counts.infos, 'info')} in ${n(notes, 'note')}\n`;
    },
  };
}

export function githubCommand(item: ReportItem): string {
  const props: [string, string | number][] = [
    ['file', item.file],
    ['line', item.range.start.line + 1],
    ['col', item.range.start.character + 1],
    ['endLine', item.range.end.line + 1],
    ['endColumn', item.range.end.character + 1],
    ['title', `claimcheck ${item.code}`],
  ];
  const properties = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[item.severity]} ${properties}::${escapeData(item.message)}`;
}

export function formatGithub(report: CheckReport, options: { quiet: boolean }): string {
  let out = '';
  writeReport(report, githubWriter(options), (text) => (out += text));
  return out;
}
