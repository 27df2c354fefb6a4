import { checkNote } from '../core/check';
import { parseNote } from '../core/parse/parseNote';
import { parseCliArgs, USAGE, type CliArgs } from './args';
import { claimToJson, claimToTextLine } from './claimsOutput';
import { EXIT, UserError } from './exitCodes';
import { displayPath, expandInputs, MAX_INPUT_BYTES, readNoteFile } from './files';
import { countSeverities, reportItems, type CheckReport } from './report';
import { writeReport } from './outputWriter';
import { outputWriter, type OutputSpec } from './outputFormats';
import { streamCheck } from './checkStream';
import { cleanMessage } from '../core/quote';
import { runGate, selectNotes } from './checkGate';
import { runFactsExport } from './factsExport';
import { normaliseOptionalValues } from './gateArgs';
import { loadWorkspace } from './workspace';
import { checkFilesOptions, checkSelected, splitUnreadable } from './checkRun';
import { runLedger } from './ledger';
import { belowMessage, notesBelow } from './coverageGate';
import { checkFiles, type CheckFilesOptions } from './checkFiles';
import { checkNoteFile, isUnreadable } from './checkNoteFile';
import { addInconsistencies } from './consistencyPass';
import { isReplayable, RunReplay } from './runReplay';
import type { ResultCache } from './resultCache';
import type { Workspace } from './workspace';

declare const CLAIMCHECK_VERSION: string | undefined;
const VERSION = typeof CLAIMCHECK_VERSION === 'string' ? CLAIMCHECK_VERSION : '0.0.0-dev';

export interface CliIo {
  cwd: string;
  today: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  /** The CLI bundle, which a worker thread runs to check notes (--jobs); unset: one thread. */
  workerScript?: string;
}

function runClaims(args: CliArgs, io: CliIo): number {
  const files = expandInputs(args.paths, io.cwd);
  const json = [];
  const lines: string[] = [];
  let failed = false;
  for (const file of files) {
    const shown = displayPath(file, io.cwd);
    const read = readNoteFile(file, MAX_INPUT_BYTES);
    if (read.kind !== 'text') {
      failed = true;
      const reason = read.kind === 'too-large' ? `it is ${read.size} bytes, too large` : read.reason;
      io.stderr(`${shown}:1:1  error  ${read.kind === 'undecodable' ? 'not-checked' : 'unreadable'}  ${cleanMessage(reason)}\n`);
      continue;
    }
    const note = parseNote(read.text, { today: io.today });
    for (const p of note.problems) {
      if (p.severity === 'error') failed = true;
      io.stderr(`${shown}:${p.range.start.line + 1}:${p.range.start.character + 1}  ${p.severity}  ${p.code}  ${cleanMessage(p.message)}\n`);
    }
    for (const claim of note.claims) {
      if (args.format === 'json') json.push(claimToJson(shown, claim));
      else lines.push(claimToTextLine(shown, claim));
    }
  }
  io.stdout(args.format === 'json' ? JSON.stringify(json, null, 2) + '\n' : lines.map((l) => cleanMessage(l, Infinity) + '\n').join(''));
  return failed ? EXIT.usage : EXIT.ok;
}

/** Checks a note's text as `check` does (a note fixed by --fix, a note unreadable since it was listed). */
function recheckIn(workspace: Workspace, args: CliArgs, io: CliIo): (text: string) => ReturnType<typeof checkNote> {
  return (text) => checkNote(text, workspace.index, workspace.config, { asOf: args.asOf, today: io.today });
}

function runCheck(args: CliArgs, io: CliIo): number {
  const expanded = expandInputs(args.paths, io.cwd);
  const workspace = loadWorkspace({ cwd: io.cwd, configFile: args.config, factsGlobs: args.facts, today: io.today });
  if (workspace.noFacts) io.stderr(`claimcheck: ${cleanMessage(workspace.noFacts)}\n`);
  const recheck = recheckIn(workspace, args, io);
  const options = { asOf: args.asOf, today: io.today };
  const files = selectNotes(expanded, args.gate, {
    ...io,
    workspace,
    check: (file) => {
      const result = checkNoteFile(file, workspace.index, workspace.config, options);
      return isUnreadable(result) ? recheck('') : result;
    },
  });
  const checkOptions = checkFilesOptions(files, workspace, args, io, VERSION);
  const run = checkOptions.cache && isReplayable(args.gate) ? runReplay(args, io, workspace, files, checkOptions.cache) : undefined;
  if (!run) return reportCheck(args, io, workspace, expanded, files, checkOptions);
  const code = run.replay.replay(io);
  // Not replayed: the check goes on with the texts the run's key was made of, read once.
  return code ?? run.replay.record(io, (recording) => reportCheck(args, { ...io, ...recording }, workspace, expanded, files, { ...checkOptions, texts: run.texts }));
}

/**
 * The whole-run cache for these notes (runReplay.ts), keyed by everything the printed report
 * depends on, and the notes' texts it was made of; undefined when a note is not plain text (it is
 * reported as the run goes).
 */
function runReplay(args: CliArgs, io: CliIo, workspace: Workspace, files: readonly string[], cache: ResultCache): { replay: RunReplay; texts: string[] } | undefined {
  const notes: { file: string; text: string }[] = [];
  for (const file of files) {
    const read = readNoteFile(file, workspace.config.maxNoteBytes);
    if (read.kind !== 'text') return undefined;
    notes.push({ file, text: read.text });
  }
  // The config's problems, not all: the facts' follow from the fingerprint and cwd, and a replayed run never loads the facts.
  const inputs = { fingerprint: cache.fingerprint, args, cwd: io.cwd, color: args.color ?? io.isTty, problems: workspace.configProblems };
  return { replay: new RunReplay(cache.dir, inputs, notes), texts: notes.map((n) => n.text) };
}

/** Checks the selected notes (through the per-note cache and workers) and prints the report; the exit code. */
function reportCheck(args: CliArgs, io: CliIo, workspace: Workspace, expanded: readonly string[], files: string[], checkOptions: CheckFilesOptions): number {
  const recheck = recheckIn(workspace, args, io);
  const g = args.gate;
  const output: OutputSpec = { format: args.format as OutputSpec['format'], color: args.color ?? io.isTty, quiet: args.quiet, version: VERSION };
  // The stream holds each note small (with the cross-note pass on, until the pass has run); --changed
  // compares with notes it does not report, and the gate steps need every result whole.
  const passNeedsOthers = g.changed !== undefined && workspace.config.severity.inconsistent !== 'off';
  const streams = !passNeedsOthers && !g.fix && !g.fixDryRun && g.baseline === undefined && g.writeBaseline === undefined && g.minSourced === undefined;
  if (streams) {
    const run = streamCheck(checkOptions, output, io.cwd, io.stdout);
    const inputErrors = workspace.problems.some((p) => p.severity === 'error');
    return exitCode(args, io, { unreadable: run.unreadable, inputErrors, counts: run.summary.counts });
  }
  const results = checkFiles(checkOptions);
  // A note that cannot be read at all is reported and the run goes on (exit 2 at the end).
  const { notes, unreadable } = splitUnreadable(files, results, io.cwd);
  // --changed: the notes that did not change are checked too (quietly), so that a changed figure
  // is compared with every note's statements; --shard compares only the shard's own notes.
  const severity = workspace.config.severity.inconsistent;
  const context: CheckReport['notes'] = [];
  if (args.gate.changed && severity !== 'off') {
    const selected = new Set(files);
    const others = expanded.filter((file) => !selected.has(file));
    context.push(...checkSelected(others, workspace, args, io, VERSION).notes);
  }
  const relate = (report: CheckReport): CheckReport => ({ ...report, notes: addInconsistencies(report.notes, severity, context) });
  const checked: CheckReport = relate({ inputProblems: [...workspace.problems, ...unreadable], notes });
  const inputErrors = workspace.problems.some((p) => p.severity === 'error');
  const gate = runGate(checked, args.gate, { ...io, format: args.format, inputErrors, relate }, recheck);
  const report = gate.report;
  if (!gate.printReport) {
    // stdout carries the diff (--fix-dry-run) or nothing (--write-baseline).
  } else writeReport(report, outputWriter(output), io.stdout);

  // --write-baseline records findings and exits 0: no gate applies to it.
  const minSourced = args.gate.writeBaseline === undefined ? args.gate.minSourced : undefined;
  const below = minSourced === undefined ? [] : notesBelow(report, minSourced);
  if (below.length > 0) io.stderr(belowMessage(below, minSourced!));

  return exitCode(args, io, { unreadable: unreadable.length, inputErrors, gateExit: gate.exitCode, counts: countSeverities(reportItems(report)), belowMinSourced: below.length > 0 });
}

/** The exit code of a check, and the line that explains it on stderr. */
function exitCode(args: CliArgs, io: CliIo, run: { unreadable: number; inputErrors: boolean; gateExit?: number; counts: { errors: number; warnings: number }; belowMinSourced?: boolean }): number {
  if (run.unreadable > 0) {
    io.stderr(`claimcheck: ${run.unreadable === 1 ? 'a note' : `${run.unreadable} notes`} could not be read (listed above); the rest were checked.\n`);
    return EXIT.usage;
  }
  if (run.inputErrors) {
    io.stderr('claimcheck: the facts or config files have errors (listed above); fix them so every claim is judged.\n');
    return EXIT.usage;
  }
  if (run.gateExit !== undefined) return run.gateExit;
  let exit: number = run.counts.errors > 0 ? EXIT.findings : EXIT.ok;
  if (args.maxWarnings !== undefined && run.counts.warnings > args.maxWarnings) {
    io.stderr(`claimcheck: ${run.counts.warnings} warnings, more than --max-warnings ${args.maxWarnings}.\n`);
    exit = EXIT.findings;
  }
  if (run.belowMinSourced) exit = EXIT.findings;
  return exit;
}

/** Runs the CLI; returns the exit code. User errors print one line; bugs print a stack trace. */
export function runCli(argv: string[], io: CliIo): number {
  try {
    const args = parseCliArgs(normaliseOptionalValues(argv, io.cwd), io.today);
    switch (args.command) {
      case 'help':
        io.stdout(USAGE);
        return argv.length === 0 ? EXIT.usage : EXIT.ok;
      case 'version':
        io.stdout(`${VERSION}\n`);
        return EXIT.ok;
      case 'claims':
        return runClaims(args, io);
      case 'check':
        return runCheck(args, io);
      case 'facts':
        return runFactsExport(args, io);
      case 'ledger':
        return runLedger(args, io, VERSION);
    }
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`claimcheck: ${cleanMessage(error.message)}\n`);
      if (/needs at least one|unknown command|Unknown option|argument/i.test(error.message)) io.stderr(`Run 'claimcheck --help' for usage.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
