import { checkNote } from '../core/check';
import type { Problem } from '../core/types';
import { parseNote } from '../core/parse/parseNote';
import { parseCliArgs, USAGE, type CliArgs } from './args';
import { claimToJson, claimToTextLine } from './claimsOutput';
import { EXIT, UserError } from './exitCodes';
import { displayPath, expandInputs, MAX_INPUT_BYTES, readNoteFile, readText } from './files';
import { whyUnreadable } from '../node/readTextFile';
import { checkEntries, jsonArrayItems, problemEntries, writeJsonArray } from './jsonOutput';
import { countSeverities, reportItems, type CheckReport } from './report';
import { formatSarif } from './sarifOutput';
import { formatCheckText } from './textOutput';
import { cleanMessage } from '../core/quote';
import { runGate, selectNotes } from './checkGate';
import { runFactsExport } from './factsExport';
import { normaliseOptionalValues } from './gateArgs';
import { formatGithub } from './githubOutput';
import { loadWorkspace } from './workspace';
import { checkFiles, checkFilesInOrder, type CheckFilesOptions } from './checkFiles';
import { checkNoteFile, isUnreadable } from './checkNoteFile';
import { DEFAULT_CACHE_LOCATION, ResultCache } from './resultCache';
import { addInconsistencies } from './consistencyPass';
import path from 'node:path';
import { availableParallelism } from 'node:os';

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

/** A note that could not be read at all (not a file, permission denied): reported, the run goes on. */
function unreadableProblem(file: string, reason: string): Problem & { file: string } {
  const zero = { line: 0, character: 0 };
  return { file, code: 'unreadable', severity: 'error', message: `Cannot read this note: ${reason}.`, range: { start: zero, end: zero } };
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

function runCheck(args: CliArgs, io: CliIo): number {
  const expanded = expandInputs(args.paths, io.cwd);
  const workspace = loadWorkspace({ cwd: io.cwd, configFile: args.config, factsGlobs: args.facts, today: io.today });
  if (workspace.noFacts) io.stderr(`claimcheck: ${cleanMessage(workspace.noFacts)}\n`);
  const recheck = (text: string) => checkNote(text, workspace.index, workspace.config, { asOf: args.asOf, today: io.today });
  const options = { asOf: args.asOf, today: io.today };
  const files = selectNotes(expanded, args.gate, {
    ...io,
    workspace,
    check: (file) => {
      const result = checkNoteFile(file, workspace.index, workspace.config, options);
      return isUnreadable(result) ? recheck('') : result;
    },
  });
  const setup = { cwd: io.cwd, configFile: args.config, factsGlobs: args.facts, today: io.today, asOf: args.asOf };
  const cache = args.cache
    ? new ResultCache(path.resolve(io.cwd, args.cacheLocation ?? DEFAULT_CACHE_LOCATION), {
        version: VERSION,
        config: workspace.config,
        facts: workspace.factsFiles.map((file) => ({ file, text: readText(file) })),
        asOf: args.asOf,
        today: io.today,
      })
    : undefined;
  const jobs = args.jobs ?? availableParallelism();
  const checkOptions = { files, workspace, setup, jobs, cache, workerScript: io.workerScript };
  const g = args.gate;
  // Streaming needs a note's findings final once it is checked: not so with the cross-note pass on.
  const streams = args.format === 'json' && workspace.config.severity.inconsistent === 'off' && !g.fix && !g.fixDryRun && g.baseline === undefined && g.writeBaseline === undefined;
  if (streams) return streamJson(checkOptions, args, io);
  const results = checkFiles(checkOptions);
  // A note that cannot be read at all is reported and the run goes on (exit 2 at the end).
  const unreadable: (Problem & { file: string })[] = [];
  const notes: CheckReport['notes'] = [];
  files.forEach((file, i) => {
    const result = results[i]!;
    if (isUnreadable(result)) unreadable.push(unreadableProblem(displayPath(file, io.cwd), result.unreadable));
    else notes.push({ file: displayPath(file, io.cwd), result });
  });
  // --changed: the notes that did not change are checked too (quietly), so that a changed figure
  // is compared with every note's statements; --shard compares only the shard's own notes.
  const severity = workspace.config.severity.inconsistent;
  const context: CheckReport['notes'] = [];
  if (args.gate.changed && severity !== 'off') {
    const selected = new Set(files);
    const others = expanded.filter((file) => !selected.has(file));
    checkFiles({ files: others, workspace, setup, jobs, cache, workerScript: io.workerScript }).forEach((result, i) => {
      if (!isUnreadable(result)) context.push({ file: displayPath(others[i]!, io.cwd), result });
    });
  }
  const relate = (report: CheckReport): CheckReport => ({ ...report, notes: addInconsistencies(report.notes, severity, context) });
  const checked: CheckReport = relate({ inputProblems: [...workspace.problems, ...unreadable], notes });
  const inputErrors = workspace.problems.some((p) => p.severity === 'error');
  const gate = runGate(checked, args.gate, { ...io, format: args.format, inputErrors, relate }, recheck);
  const report = gate.report;
  if (!gate.printReport) {
    // stdout carries the diff (--fix-dry-run) or nothing (--write-baseline).
  } else if (args.format === 'json') writeJsonArray(checkEntries(report), io.stdout);
  else if (args.format === 'sarif') io.stdout(formatSarif(report, VERSION));
  else if (args.format === 'github') io.stdout(formatGithub(report, { quiet: args.quiet }));
  else io.stdout(formatCheckText(report, { color: args.color ?? io.isTty, quiet: args.quiet }));

  return exitCode(args, io, { unreadable: unreadable.length, inputErrors, gateExit: gate.exitCode, counts: countSeverities(reportItems(report)) });
}

/**
 * `check --format json` without a gate step that needs every result at once: each note becomes
 * its JSON text as soon as it is checked and its result is dropped, so the run holds the output,
 * not every note's claims and findings. Same bytes and exit code as the report path.
 */
function streamJson(options: CheckFilesOptions, args: CliArgs, io: CliIo): number {
  const { workspace } = options;
  // Unreadable notes are reported first, with the facts' problems: find them before writing.
  const unreadable: (Problem & { file: string })[] = [];
  const files: string[] = [];
  for (const file of options.files) {
    const reason = whyUnreadable(file);
    if (reason === undefined) files.push(file);
    else unreadable.push(unreadableProblem(displayPath(file, io.cwd), reason));
  }
  const inputProblems = [...workspace.problems, ...unreadable];
  const counts = countSeverities(inputProblems);
  let first = true;
  const write = (items: string): void => {
    if (items === '') return;
    io.stdout((first ? '[\n' : ',\n') + items);
    first = false;
  };
  write(jsonArrayItems(problemEntries(inputProblems)));
  let late = 0;
  checkFilesInOrder({ ...options, files }, (i, result) => {
    const file = displayPath(files[i]!, io.cwd);
    // Unreadable since the look above (removed, permissions changed meanwhile): reported in its place.
    const report: CheckReport = isUnreadable(result)
      ? { inputProblems: [unreadableProblem(file, result.unreadable)], notes: [] }
      : { inputProblems: [], notes: addInconsistencies([{ file, result }], 'off') };
    if (isUnreadable(result)) late++;
    write(jsonArrayItems(checkEntries(report)));
    const c = countSeverities(reportItems(report));
    counts.errors += c.errors;
    counts.warnings += c.warnings;
  });
  io.stdout(first ? '[]\n' : '\n]\n');
  return exitCode(args, io, { unreadable: unreadable.length + late, inputErrors: workspace.problems.some((p) => p.severity === 'error'), counts });
}

/** The exit code of a check, and the line that explains it on stderr. */
function exitCode(args: CliArgs, io: CliIo, run: { unreadable: number; inputErrors: boolean; gateExit?: number; counts: { errors: number; warnings: number } }): number {
  if (run.unreadable > 0) {
    io.stderr(`claimcheck: ${run.unreadable === 1 ? 'a note' : `${run.unreadable} notes`} could not be read (listed above); the rest were checked.\n`);
    return EXIT.usage;
  }
  if (run.inputErrors) {
    io.stderr('claimcheck: the facts or config files have errors (listed above); fix them so every claim is judged.\n');
    return EXIT.usage;
  }
  if (run.gateExit !== undefined) return run.gateExit;
  if (run.counts.errors > 0) return EXIT.findings;
  if (args.maxWarnings !== undefined && run.counts.warnings > args.maxWarnings) {
    io.stderr(`claimcheck: ${run.counts.warnings} warnings, more than --max-warnings ${args.maxWarnings}.\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
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
