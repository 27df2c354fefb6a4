// `claimcheck check --min-sourced`: per note, through the built CLI, on notes outside the
// example's domain; with --max-warnings, --baseline, --changed and --write-baseline.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from './cliHarness';
import { gateWorkspace, git } from './gateWorkspace';

/** gateWorkspace plus a fully sourced note and a note without figures. */
function workspace(): string {
  const dir = gateWorkspace();
  // Both figures agree with their facts: 2 of 2 sourced.
  writeFileSync(path.join(dir, 'notes/sourced.md'), '---\ndate: 2025-02-01\n---\n# Sourced\n\nVesta Rail reported revenue of $4.2 billion for 2024. Helix Biotherapeutics had 1,850 employees.\n');
  writeFileSync(path.join(dir, 'notes/plain.md'), '# Reading list\n\nNo figures here.\n');
  return dir;
}

describe('claimcheck check --min-sourced', () => {
  // Expected from the coverage rule (supported and outdated figures are sourced): biotech 0 of 2
  // (contradicted, unsourced), rail 0 of 1 (contradicted), shipping 1 of 1 (outdated), sourced
  // 2 of 2, plain: no figures.
  it('fails (exit 1) naming each note below the share with its coverage; notes without figures pass', () => {
    const dir = workspace();
    const run = runBuiltCli(['check', 'notes/sourced.md', 'notes/shipping.md', 'notes/plain.md', 'notes/ops', '--min-sourced', '0.8'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('claimcheck: 1 note has fewer figures sourced than --min-sourced 80%:\n  notes/ops/biotech.md: 0 of 2 figures sourced (0%)\n');
    expect(run.stdout).toMatch(/in 4 notes, 5 claims, 2 supported; 3 of 5 figures sourced \(60%\)\n$/);
    const passing = runBuiltCli(['check', 'notes/sourced.md', 'notes/shipping.md', 'notes/plain.md', '--min-sourced', '80%'], dir);
    // The outdated figure is a warning, not an error: the run passes.
    expect(passing.status).toBe(0);
    expect(passing.stderr).toBe('');
  });

  it('combines with --max-warnings: both messages, exit 1', () => {
    const dir = workspace();
    const run = runBuiltCli(['check', 'notes/shipping.md', 'notes/ops', '--min-sourced', '0.5', '--max-warnings', '0'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('notes/ops/biotech.md: 0 of 2 figures sourced (0%)');
    expect(run.stderr).toContain('1 warnings, more than --max-warnings 0');
  });

  it('is not lifted by a baseline, and applies only to the notes --changed selects', () => {
    const dir = workspace();
    expect(runBuiltCli(['check', 'notes', '--write-baseline', '--min-sourced', '1'], dir).status).toBe(0);
    const baselined = runBuiltCli(['check', 'notes', '--baseline', '--min-sourced', '0.5'], dir);
    // No finding is new, but a baselined unsourced figure is still not sourced.
    expect(baselined.status).toBe(1);
    expect(baselined.stderr).toContain('notes/rail.md: 0 of 1 figure sourced (0%)');
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'notes');
    // The changed note keeps 1 of 2 figures sourced; rail and biotech (below too) are not selected.
    writeFileSync(path.join(dir, 'notes/sourced.md'), '# Sourced\n\nVesta Rail reported revenue of $4.2 billion for 2024. Vesta Rail runs 40 depots.\n');
    const changed = runBuiltCli(['check', '--changed=HEAD', '--min-sourced', '0.6'], dir);
    expect(changed.status).toBe(1);
    expect(changed.stderr).toContain('claimcheck: 1 note has fewer figures sourced than --min-sourced 60%:\n  notes/sourced.md: 1 of 2 figures sourced (50%)\n');
    expect(changed.stderr).not.toContain('rail.md');
    expect(runBuiltCli(['check', '--changed=HEAD', '--min-sourced', '0.5'], dir).status).toBe(0);
  });

  it('rejects a share that is not 0–1 or a percent', () => {
    const dir = workspace();
    for (const bad of ['80', '1.5', 'most', '-0.2', '120%']) {
      const run = runBuiltCli(['check', 'notes', `--min-sourced=${bad}`], dir);
      expect(run.status, bad).toBe(2);
      expect(run.stderr).toContain('--min-sourced must be a share from 0 to 1 (0.8) or a percent (80%)');
    }
  });
});

describe('coverage in check --format json', () => {
  it('adds one coverage entry per note, after its claims', () => {
    const dir = workspace();
    const entries = JSON.parse(runBuiltCli(['check', 'notes', '--format', 'json'], dir).stdout) as { file: string; code: string; message: string; coverage?: unknown }[];
    const coverage = entries.filter((e) => e.code === 'coverage');
    expect(coverage.map((e) => [e.file, e.message, e.coverage])).toEqual([
      ['notes/ops/biotech.md', '0 of 2 figures sourced (0%)', { figures: 2, sourced: 0, ratio: 0 }],
      ['notes/plain.md', 'no figures', { figures: 0, sourced: 0, ratio: null }],
      ['notes/rail.md', '0 of 1 figure sourced (0%)', { figures: 1, sourced: 0, ratio: 0 }],
      ['notes/shipping.md', '1 of 1 figure sourced (100%)', { figures: 1, sourced: 1, ratio: 1 }],
      ['notes/sourced.md', '2 of 2 figures sourced (100%)', { figures: 2, sourced: 2, ratio: 1 }],
    ]);
    const rail = entries.filter((e) => e.file === 'notes/rail.md').map((e) => e.code);
    expect(rail).toEqual(['contradicted', 'coverage']);
  });
});
