// The few git questions `--changed` asks, through the git command line.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { UserError } from './exitCodes';

function git(cwd: string, args: string[]): { ok: boolean; stdout: string; stderr: string } {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) {
    const code = (run.error as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? '--changed needs git, and git is not installed (or not on PATH)' : `git failed: ${run.error.message}`);
  }
  return { ok: run.status === 0, stdout: run.stdout, stderr: run.stderr };
}

export interface GitChanges {
  /** The repository's top folder. */
  root: string;
  /** The commit compared against, and how the user would name it. */
  base: string;
  baseName: string;
  /** Absolute paths changed since base: committed, staged, unstaged, untracked (not ignored), deleted. */
  changed: Set<string>;
  /** A file's text at base (path relative to the root, '/'), undefined when it did not exist. */
  textAtBase(relative: string): string | undefined;
}

function defaultBranch(root: string): string {
  const remoteHead = git(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  if (remoteHead.ok && remoteHead.stdout.trim()) return remoteHead.stdout.trim();
  for (const name of ['main', 'master', 'origin/main', 'origin/master']) {
    if (git(root, ['rev-parse', '--verify', '--quiet', `${name}^{commit}`]).ok) return name;
  }
  throw new UserError("--changed: cannot tell the default branch (no origin/HEAD, main or master); name a ref: --changed <ref>");
}

function nulSeparated(text: string): string[] {
  return text.split('\0').filter((s) => s.length > 0);
}

export function gitChanges(cwd: string, ref: string | undefined): GitChanges {
  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new UserError(`--changed needs a git repository, and '${cwd}' is not inside one`);
  const root = path.resolve(top.stdout.trim());
  let base: string;
  let baseName: string;
  if (ref !== undefined) {
    const resolved = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (!resolved.ok) throw new UserError(`--changed: '${ref}' is not a commit, branch or tag in this repository`);
    base = resolved.stdout.trim();
    baseName = ref;
  } else {
    const branch = defaultBranch(root);
    const mergeBase = git(root, ['merge-base', 'HEAD', branch]);
    if (!mergeBase.ok) throw new UserError(`--changed: HEAD and ${branch} have no common ancestor; name a ref: --changed <ref>`);
    base = mergeBase.stdout.trim();
    baseName = `merge base with ${branch}`;
  }
  const diff = git(root, ['diff', '--name-only', '-z', '--no-renames', base, '--']);
  if (!diff.ok) throw new UserError(`git diff failed: ${diff.stderr.trim()}`);
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  const changed = new Set([...nulSeparated(diff.stdout), ...(untracked.ok ? nulSeparated(untracked.stdout) : [])].map((rel) => path.join(root, rel)));
  return {
    root,
    base,
    baseName,
    changed,
    textAtBase(relative) {
      const shown = git(root, ['show', `${base}:${relative}`]);
      return shown.ok ? shown.stdout : undefined;
    },
  };
}
