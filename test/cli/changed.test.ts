import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { CLI, runBuiltCli } from './cliHarness';
import { gateWorkspace, git } from './gateWorkspace';

function checkedFiles(stdout: string): string[] {
  return [...new Set((JSON.parse(stdout) as { file: string }[]).map((e) => e.file))].sort();
}

/** The gate workspace as a git repository on `main`, with a feature branch checked out. */
function repository(): string {
  const dir = gateWorkspace();
  writeFileSync(path.join(dir, 'notes/quiet.md'), '# Quiet\n\nNo figures here, only prose about sleepers and ballast.\n');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'notes');
  git(dir, 'checkout', '-q', '-b', 'feature');
  return dir;
}

describe('claimcheck check --changed', () => {
  it('checks only the notes changed against the merge base with the default branch', () => {
    const dir = repository();
    const none = runBuiltCli(['check', '--changed', '--format', 'json'], dir);
    expect(none.status).toBe(0);
    expect(checkedFiles(none.stdout)).toEqual([]);
    expect(none.stderr).toMatch(/--changed \(merge base with main\): 0 of 4 notes/);

    // A committed change on the branch, an unstaged one and an untracked note all count.
    writeFileSync(path.join(dir, 'notes/rail.md'), readFileSync(path.join(dir, 'notes/rail.md'), 'utf8') + '\nMore on wagons.\n');
    git(dir, 'commit', '-q', '-am', 'rail');
    writeFileSync(path.join(dir, 'notes/ops/biotech.md'), readFileSync(path.join(dir, 'notes/ops/biotech.md'), 'utf8') + '\nA site in Basel.\n');
    writeFileSync(path.join(dir, 'notes/new.md'), 'Vesta Rail revenue was $4.2 billion in 2024.\n');
    const run = runBuiltCli(['check', 'notes', '--changed', '--format', 'json'], dir);
    expect(checkedFiles(run.stdout)).toEqual(['notes/new.md', 'notes/ops/biotech.md', 'notes/rail.md']);
    expect(run.status).toBe(1);

    // Against an explicit ref: only what changed since then.
    const sinceRail = runBuiltCli(['check', '--changed', 'HEAD', 'notes', '--format', 'json'], dir);
    expect(checkedFiles(sinceRail.stdout)).toEqual(['notes/new.md', 'notes/ops/biotech.md']);
  });

  it('adds the notes whose matched facts changed', () => {
    const dir = repository();
    const csv = path.join(dir, 'facts/figures.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('helix,employees,1850', 'helix,employees,2400'));
    const run = runBuiltCli(['check', '--changed=main', '--format', 'json'], dir);
    expect(checkedFiles(run.stdout)).toEqual(['notes/ops/biotech.md']);
    expect(run.stderr).toMatch(/1 of 4 notes: 0 changed, 1 with changed facts/);
    // The changed figure now supports the note.
    expect((JSON.parse(run.stdout) as { code: string; text: string }[]).find((e) => e.text === '2,400 people')?.code).toBe('supported');
  });

  it('says clearly when there is no git repository or the ref is unknown (exit 2)', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'claimcheck-nogit-'));
    writeFileSync(path.join(outside, 'facts.yaml'), 'facts: []\n');
    writeFileSync(path.join(outside, 'a.md'), 'Nothing.\n');
    const run = runBuiltCli(['check', '--changed', '.'], outside);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--changed needs a git repository, and '.*' is not inside one/);

    const dir = repository();
    const noGit = spawnSync(process.execPath, [CLI, 'check', '--changed'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: outside } });
    expect(noGit.status).toBe(2);
    expect(noGit.stderr).toMatch(/--changed needs git, and git is not installed/);

    const bad = runBuiltCli(['check', '--changed=no-such-branch'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/'no-such-branch' is not a commit, branch or tag/);
  });
});
