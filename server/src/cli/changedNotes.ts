// `--changed [ref]`: the notes changed against a git ref, plus the notes whose matched facts changed.
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { CheckResult } from '../core/check';
import { loadFacts } from '../core/facts/loadFacts';
import { dependsOn, factsDelta, isEmptyDelta } from './factsDelta';
import { readText } from './files';
import { gitChanges } from './git';
import type { Workspace } from './workspace';

function real(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file); // deleted: git's path is already real
  }
}

function posix(relative: string): string {
  return relative.split(path.sep).join('/');
}

export interface ChangedContext {
  cwd: string;
  today: string;
  workspace: Workspace;
  check: (file: string) => CheckResult;
  stderr: (text: string) => void;
}

/** The facts files as they were at the base commit (files added since are left out, deleted ones put back). */
function factsAtBase(workspace: Workspace, changes: ReturnType<typeof gitChanges>): { file: string; text: string }[] {
  const files: { file: string; text: string }[] = [];
  const atBase = (file: string) => changes.textAtBase(posix(path.relative(changes.root, real(file))));
  for (const file of workspace.factsFiles) {
    const text = changes.changed.has(real(file)) ? atBase(file) : readText(file);
    if (text !== undefined) files.push({ file, text });
  }
  const isFacts = picomatch(workspace.factsGlobs, { dot: true });
  for (const gone of changes.changed) {
    if (existsSync(gone)) continue;
    const relative = path.relative(real(workspace.factsRoot), gone);
    if (relative.startsWith('..') || !isFacts(posix(relative))) continue;
    const text = atBase(gone);
    if (text !== undefined) files.push({ file: gone, text });
  }
  return files;
}

export function changedNotes(files: readonly string[], ref: string | undefined, context: ChangedContext): string[] {
  const changes = gitChanges(context.cwd, ref);
  const selected = new Set(files.filter((f) => changes.changed.has(real(f))));
  const direct = selected.size;
  const factsPaths = new Set(context.workspace.factsFiles.map(real));
  const factsTouched = [...changes.changed].some((c) => factsPaths.has(c) || !existsSync(c));
  let viaFacts = 0;
  if (factsTouched) {
    const before = loadFacts(factsAtBase(context.workspace, changes), {
      defaultTolerance: context.workspace.config.tolerance,
      today: context.today,
    }).index;
    const delta = factsDelta(before, context.workspace.index);
    if (!isEmptyDelta(delta)) {
      for (const file of files) {
        if (selected.has(file) || !dependsOn(context.check(file), delta)) continue;
        selected.add(file);
        viaFacts++;
      }
    }
  }
  context.stderr(
    `claimcheck: --changed (${changes.baseName}): ${selected.size} of ${files.length} notes: ${direct} changed, ${viaFacts} with changed facts\n`,
  );
  return files.filter((f) => selected.has(f));
}
