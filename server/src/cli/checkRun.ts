// Checks the notes a command selected, as `check` and `ledger` both do: through the result cache
// (--cache), on worker threads (--jobs), in the given order. A note that cannot be read at all
// is returned as a problem and the run goes on.
import path from 'node:path';
import { availableParallelism } from 'node:os';
import type { Problem } from '../core/types';
import type { CliArgs } from './args';
import { checkFiles, type CheckFilesOptions, type WorkerSetup } from './checkFiles';
import { isUnreadable } from './checkNoteFile';
import { displayPath } from './files';
import type { CliIo } from './main';
import type { CheckReport } from './report';
import { DEFAULT_CACHE_LOCATION, factsSnapshotAt, ResultCache } from './resultCache';
import type { Workspace } from './workspace';

/** A note that could not be read at all (not a file, permission denied): reported, the run goes on. */
export function unreadableProblem(file: string, reason: string): Problem & { file: string } {
  const zero = { line: 0, character: 0 };
  return { file, code: 'unreadable', severity: 'error', message: `Cannot read this note: ${reason}.`, range: { start: zero, end: zero } };
}

type RunArgs = Pick<CliArgs, 'config' | 'facts' | 'asOf' | 'cache' | 'cacheLocation' | 'jobs'>;

/** How checkFiles runs for these arguments: the workers' setup, the result cache (--cache), the jobs (--jobs). */
export function checkFilesOptions(files: readonly string[], workspace: Workspace, args: RunArgs, io: CliIo, version: string): CheckFilesOptions {
  const setup = { cwd: io.cwd, configFile: args.config, factsGlobs: args.facts, today: io.today, asOf: args.asOf };
  const cache = args.cache
    ? new ResultCache(path.resolve(io.cwd, args.cacheLocation ?? DEFAULT_CACHE_LOCATION), {
        version,
        config: workspace.config,
        facts: workspace.factsTexts,
        asOf: args.asOf,
        today: io.today,
      })
    : undefined;
  // With every note's result cached, the facts' problems are all the run needs of the facts; with
  // some notes to check, the facts are read back from their snapshot, not loaded again.
  let workerSetup: WorkerSetup = setup;
  if (cache) {
    const factsSnapshot = cache.factsSnapshotFile;
    workspace.keepFactsIn({ problems: cache.factsProblems(io.cwd), snapshot: factsSnapshotAt(factsSnapshot) });
    workerSetup = { ...setup, factsSnapshot };
  }
  return { files: [...files], workspace, setup: workerSetup, jobs: args.jobs ?? availableParallelism(), cache, workerScript: io.workerScript };
}

export function checkSelected(
  files: readonly string[],
  workspace: Workspace,
  args: RunArgs,
  io: CliIo,
  version: string,
): { notes: CheckReport['notes']; unreadable: (Problem & { file: string })[] } {
  return splitUnreadable(files, checkFiles(checkFilesOptions(files, workspace, args, io, version)), io.cwd);
}

/** The checked notes by their display path, and the notes that could not be read as problems. */
export function splitUnreadable(files: readonly string[], results: ReturnType<typeof checkFiles>, cwd: string): { notes: CheckReport['notes']; unreadable: (Problem & { file: string })[] } {
  const unreadable: (Problem & { file: string })[] = [];
  const notes: CheckReport['notes'] = [];
  files.forEach((file, i) => {
    const result = results[i]!;
    if (isUnreadable(result)) unreadable.push(unreadableProblem(displayPath(file, cwd), result.unreadable));
    else notes.push({ file: displayPath(file, cwd), result });
  });
  return { notes, unreadable };
}
