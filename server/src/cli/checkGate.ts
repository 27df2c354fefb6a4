// The publish-gate steps of `claimcheck check` around the plain check: which notes to check
// (--shard, --changed), then --fix / --fix-dry-run, then the baseline. main.ts calls the two
// entry points; each step lives in its own module.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CheckResult } from '../core/check';
import { baselineNotePath, compareWithBaseline, entryOf, readBaseline, reportedFindings, writeBaseline } from './baseline';
import { changedNotes } from './changedNotes';
import { EXIT } from './exitCodes';
import { displayPath } from './files';
import { describeFixes, fixDiff, planFixes, writeFixes, type NoteToFix } from './fixNotes';
import type { GateOptions } from './gateArgs';
import type { CheckReport } from './report';
import { inShard } from './shard';
import type { Workspace } from './workspace';

export interface GateIo {
  cwd: string;
  today: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

/** --shard, then --changed: the notes this run checks, in their given order. */
export function selectNotes(
  files: readonly string[],
  gate: GateOptions,
  context: GateIo & { workspace: Workspace; check: (file: string) => CheckResult },
): string[] {
  let selected = [...files];
  if (gate.shard) selected = inShard(selected, (file) => displayPath(file, context.cwd), gate.shard);
  if (gate.changed) selected = changedNotes(selected, gate.changed.ref, context);
  return selected;
}

export interface GateOutcome {
  /** The report to print and judge: after fixes, baselined findings at severity none. */
  report: CheckReport;
  /** False when stdout carries something else (the --fix-dry-run diff, nothing for --write-baseline). */
  printReport: boolean;
  /** An exit code that overrides the findings' (the report is still printed first). */
  exitCode?: number;
}

/** --fix/--fix-dry-run, then --write-baseline/--baseline/--prune-baseline, over a checked report. */
export function runGate(
  checked: CheckReport,
  gate: GateOptions,
  io: GateIo & { format: string; inputErrors: boolean; relate?: (report: CheckReport) => CheckReport },
  recheck: (text: string) => CheckResult,
): GateOutcome {
  let report = checked;
  let printReport = true;
  let exitCode: number | undefined;
  // What a fix changes is only trustworthy when every fact loaded.
  if ((gate.fix || gate.fixDryRun) && io.inputErrors) io.stderr('claimcheck: nothing fixed: the facts or config files have errors (listed below).\n');
  if ((gate.fix || gate.fixDryRun) && !io.inputErrors) {
    const notes: NoteToFix[] = checked.notes.map(({ file, result }) => ({ file: path.resolve(io.cwd, file), display: file, text: result.note.text, result }));
    const planned = planFixes(notes);
    if (gate.fixDryRun) {
      io.stdout(fixDiff(planned));
      const edits = planned.reduce((n, p) => n + p.edits.length, 0);
      io.stderr(`claimcheck: --fix-dry-run: ${plural(edits, 'fix', 'fixes')} in ${plural(planned.length, 'note')} (nothing written; --fix writes them)\n`);
      printReport = false;
    } else {
      writeFixes(planned);
      const log = describeFixes(planned);
      (io.format === 'text' ? io.stdout : io.stderr)(log);
      if (planned.some((p) => p.error)) exitCode = EXIT.usage;
    }
    // Judge the fixed text (on disk, or as it would be), so the exit code says what remains.
    const fixed = new Map(planned.filter((p) => !p.error).map((p) => [p.note.display, p.after]));
    report = { ...checked, notes: checked.notes.map((n) => (fixed.has(n.file) ? { file: n.file, result: recheck(fixed.get(n.file)!) } : n)) };
    // A re-judged note has no cross-note findings yet: the consistency pass runs again.
    if (fixed.size > 0 && io.relate) report = io.relate(report);
  }

  if (gate.writeBaseline !== undefined) {
    if (io.inputErrors) {
      io.stderr('claimcheck: the baseline was not written: the facts or config files have errors (listed below), so the findings are not final.\n');
      return { report, printReport: true };
    }
    const file = path.resolve(io.cwd, gate.writeBaseline);
    const checkedNotes = new Set(report.notes.map((n) => baselineNotePath(path.resolve(io.cwd, n.file), file)));
    const fresh = reportedFindings(report).map(({ file: note, finding, note: parsed }) => entryOf(baselineNotePath(path.resolve(io.cwd, note), file), finding, parsed));
    // Entries of notes this run did not check (--shard, --changed, fewer paths) are kept while their note exists.
    const others = existsSync(file)
      ? readBaseline(file, gate.writeBaseline).filter((e) => !checkedNotes.has(e.note) && existsSync(path.resolve(path.dirname(file), e.note)))
      : [];
    writeBaseline(file, [...fresh, ...others]);
    io.stderr(`claimcheck: wrote ${plural(fresh.length, 'finding')} from ${plural(report.notes.length, 'note')} to ${gate.writeBaseline}\n`);
    return { report, printReport: false, exitCode: EXIT.ok };
  }

  if (gate.baseline !== undefined) {
    const file = path.resolve(io.cwd, gate.baseline);
    const entries = readBaseline(file, gate.baseline);
    const findings = reportedFindings(report).map(({ file: note, finding, note: parsed }) => ({ note: baselineNotePath(path.resolve(io.cwd, note), file), finding, parsed }));
    const checkedNotes = new Set(report.notes.map((n) => baselineNotePath(path.resolve(io.cwd, n.file), file)));
    const comparison = compareWithBaseline(entries, findings, checkedNotes, (note) => existsSync(path.resolve(path.dirname(file), note)));
    report = {
      ...report,
      notes: report.notes.map(({ file: note, result }) => ({
        file: note,
        result: { ...result, findings: result.findings.map((f) => (comparison.baselined.has(f) ? { ...f, severity: 'none' as const } : f)) },
      })),
    };
    const gone = comparison.gone.reduce((n, e) => n + (e.count ?? 1), 0);
    const parts = [`${plural(comparison.baselined.size, 'finding')} in the baseline not reported`];
    if (gone > 0) {
      if (gate.pruneBaseline) {
        writeBaseline(file, comparison.kept);
        parts.push(`${plural(gone, 'baseline entry', 'baseline entries')} no longer ${gone === 1 ? 'occurs' : 'occur'}: pruned from ${gate.baseline}`);
      } else parts.push(`${plural(gone, 'baseline entry', 'baseline entries')} no longer ${gone === 1 ? 'occurs' : 'occur'} (--prune-baseline drops them)`);
    }
    io.stderr(`claimcheck: ${parts.join('; ')}\n`);
  }
  return { report, printReport, exitCode };
}
