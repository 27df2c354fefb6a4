// `claimcheck check` across notes: the `inconsistent` pass over a team's notes with a
// .claimcheck.yaml and no facts file (test/fixtures/consistency/team), through the built CLI.
// Expected findings, written from the README's rules before running:
//   Brightloom's $40 million (q2-update) vs $45 million (memo), both for March 2025: both flagged;
//   Brightloom's undated revenue $12 million (memo) vs $15 million (other), notes of the same date:
//   both flagged; old.md's $9 million (a note of 2024) is not compared; Harbor Line's 1,200 vs 1,450
//   employees in 2024, inside memo.md: both; Tidewater Ferries' 2024 revenue, €412 million in a
//   sentence vs 398 (€m) in a table row: both. Not flagged: about 2,400 vs 2,300 employees (the
//   hedge covers it), 1.2 GW vs 1,150 MW (within 1.2's precision), €450 million guidance vs
//   €430 million result.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBuiltCli } from './cliHarness';
import { git } from './gateWorkspace';

function team(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-team-'));
  cpSync(path.join(ROOT, 'test/fixtures/consistency/team'), dir, { recursive: true });
  return dir;
}

/** `file:line  code  figure` of every inconsistent finding in a JSON report. */
function inconsistent(stdout: string): string[] {
  return (JSON.parse(stdout) as { file: string; line: number; code: string; text: string }[]).filter((e) => e.code === 'inconsistent').map((e) => `${e.file}:${e.line}  ${e.text}`);
}

const EXPECTED = [
  'notes/board-pack.md:8  398',
  'notes/ferries.md:6  €412 million',
  'notes/memo.md:8  $45 million',
  'notes/memo.md:8  $12 million',
  'notes/memo.md:10  1,200 employees',
  'notes/memo.md:12  1,450 employees',
  'notes/other.md:4  $15 million',
  'notes/q2-update.md:8  $40 million',
];

describe('claimcheck check: inconsistent across notes', () => {
  it('finds every disagreement across the notes and inside one, with a config and no facts file', () => {
    const dir = team();
    const r = runBuiltCli(['check', 'notes', '--format', 'json'], dir);
    expect(r.stderr).toBe('claimcheck: no facts file yet (looked for facts.yaml, facts/**/*.yaml, facts/**/*.csv next to the config): every figure is unsourced, and the notes are compared with each other\n');
    expect(r.status).toBe(0); // warnings only
    expect(inconsistent(r.stdout).sort()).toEqual([...EXPECTED].sort());
    const entry = (JSON.parse(r.stdout) as { file: string; text: string; code: string; severity: string; message: string; related?: unknown[] }[]).find(
      (e) => e.code === 'inconsistent' && e.text === '$40 million',
    )!;
    expect(entry.severity).toBe('warning');
    expect(entry.message).toBe("Brightloom's investment: $40 million in March 2025 — notes/memo.md:8 says $45 million for March 2025; no fact decides between them");
    expect(entry.related).toEqual([{ file: 'notes/memo.md', line: 8, column: 19, endLine: 8, endColumn: 30, says: '$45 million for March 2025' }]);
  });

  it('text, github and sarif outputs show it, and the exit code treats it by its severity', () => {
    const dir = team();
    const text = runBuiltCli(['check', 'notes'], dir);
    expect(text.stdout).toMatch(/^notes\/q2-update\.md:8:19 +warning +inconsistent  Brightloom's investment: \$40 million in March 2025 — notes\/memo\.md:8 says \$45 million/m);
    expect(text.stdout).toContain('8 problems (0 errors, 8 warnings, 0 infos) in 6 notes');
    const github = runBuiltCli(['check', 'notes', '--format', 'github'], dir);
    expect(github.stdout).toContain('::warning file=notes/q2-update.md,line=8,col=19,endLine=8,endColumn=30,title=claimcheck inconsistent::Brightloom');
    const sarif = JSON.parse(runBuiltCli(['check', 'notes', '--format', 'sarif'], dir).stdout);
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain('inconsistent');
    const result = run.results.find((x: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.ruleId === 'inconsistent' && x.locations[0]!.physicalLocation.artifactLocation.uri === 'notes/q2-update.md');
    expect(result.level).toBe('warning');
    expect(result.relatedLocations).toEqual([
      { id: 0, physicalLocation: { artifactLocation: { uri: 'notes/memo.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 8, startColumn: 19, endLine: 8, endColumn: 30 } }, message: { text: '$45 million for March 2025' } },
    ]);

    expect(runBuiltCli(['check', 'notes', '--max-warnings', '7'], dir).status).toBe(1);
    writeFileSync(path.join(dir, '.claimcheck.yaml'), 'severity:\n  unsourced: off\n  inconsistent: error\n');
    const strict = runBuiltCli(['check', 'notes'], dir);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('8 problems (8 errors, 0 warnings, 0 infos)');
    writeFileSync(path.join(dir, '.claimcheck.yaml'), 'severity:\n  unsourced: off\n  inconsistent: off\n');
    const off = runBuiltCli(['check', 'notes'], dir);
    expect(off.status).toBe(0);
    expect(off.stdout).toBe('0 problems (0 errors, 0 warnings, 0 infos) in 6 notes, 15 claims, 0 supported\n');
  });

  it('a fact decides: the supported figure is not inconsistent and the other one is contradicted', () => {
    const dir = team();
    writeFileSync(
      path.join(dir, 'facts.yaml'),
      'entities:\n  tidewater: { name: Tidewater Ferries }\nfacts:\n  - id: twf-revenue-2024\n    entity: tidewater\n    metric: revenue\n    value: 412e6\n    unit: EUR\n    as_of: 2025-02-20\n    period: 2024\n    source: { url: https://example.org/twf-2024 }\n',
    );
    const r = runBuiltCli(['check', 'notes', '--format', 'json'], dir);
    const entries = JSON.parse(r.stdout) as { file: string; text: string; code: string }[];
    expect(entries.find((e) => e.file === 'notes/ferries.md' && e.text === '€412 million')!.code).toBe('supported');
    expect(entries.find((e) => e.file === 'notes/board-pack.md' && e.text === '398')!.code).toBe('contradicted');
    expect(inconsistent(r.stdout).sort()).toEqual(EXPECTED.filter((e) => !/398|€412/.test(e)).sort());
    expect(r.status).toBe(1); // the contradicted figure is an error
  });

  it('is the same on worker threads and from the cache as checked in one thread', () => {
    const dir = team();
    // 16 more notes, so that two workers start (8 notes per worker at least).
    for (let i = 0; i < 16; i++) writeFileSync(path.join(dir, `notes/filler-${i}.md`), `---\ndate: 2025-07-01\n---\nOrrin Foods had ${100 + i * 10} employees in ${2000 + i}.\n`);
    writeFileSync(path.join(dir, 'notes/filler-late.md'), '---\ndate: 2025-07-01\n---\nOrrin Foods had 400 employees in 2003.\n');
    const one = runBuiltCli(['check', 'notes', '--jobs', '1', '--format', 'json'], dir);
    const two = runBuiltCli(['check', 'notes', '--jobs', '2', '--format', 'json'], dir);
    expect(two.stdout).toBe(one.stdout);
    const found = inconsistent(one.stdout);
    expect(found).toContain('notes/filler-3.md:4  130 employees');
    expect(found).toContain('notes/filler-late.md:4  400 employees');
    expect(found).toHaveLength(EXPECTED.length + 2);
    const cold = runBuiltCli(['check', 'notes', '--cache', '--format', 'json'], dir);
    const warm = runBuiltCli(['check', 'notes', '--cache', '--jobs', '2', '--format', 'json'], dir);
    expect(cold.stdout).toBe(one.stdout);
    expect(warm.stdout).toBe(one.stdout);
    // Only the other note changed: its cached neighbour's finding follows it.
    writeFileSync(path.join(dir, 'notes/filler-late.md'), '---\ndate: 2025-07-01\n---\nOrrin Foods had 130 employees in 2003.\n');
    const after = inconsistent(runBuiltCli(['check', 'notes', '--cache', '--format', 'json'], dir).stdout);
    expect(after).not.toContain('notes/filler-3.md:4  130 employees');
    expect(after).toHaveLength(EXPECTED.length);
  }, 60_000);

  it('--changed reports the changed notes’ disagreements with every note, and nothing about the unchanged ones', () => {
    const dir = team();
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'notes');
    git(dir, 'checkout', '-q', '-b', 'feature');
    const other = path.join(dir, 'notes/other.md');
    writeFileSync(other, readFileSync(other, 'utf8').replace('$15 million', '$16 million'));
    const r = runBuiltCli(['check', 'notes', '--changed', 'main', '--format', 'json'], dir);
    expect(r.status).toBe(0);
    expect(inconsistent(r.stdout)).toEqual(['notes/other.md:4  $16 million']);
    expect((JSON.parse(r.stdout) as { message: string }[])[0]!.message).toContain('notes/memo.md:8 says $12 million');
  });

  it('a baseline records inconsistent findings like any other: only new ones are reported', () => {
    const dir = team();
    expect(runBuiltCli(['check', 'notes', '--write-baseline'], dir).status).toBe(0);
    const entries = JSON.parse(readFileSync(path.join(dir, '.claimcheck-baseline.json'), 'utf8')).entries as { code: string }[];
    expect(entries.filter((e) => e.code === 'inconsistent')).toHaveLength(EXPECTED.length);
    expect(runBuiltCli(['check', 'notes', '--baseline', '--max-warnings', '0'], dir).status).toBe(0);
    writeFileSync(path.join(dir, 'notes/late.md'), '---\ndate: 2025-08-01\n---\nHalden Bio had 90 employees in 2024. Halden Bio had 140 employees in 2024.\n');
    const r = runBuiltCli(['check', 'notes', '--baseline', '--max-warnings', '0'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('2 problems (0 errors, 2 warnings, 0 infos)');
  });

  it('without a config there must still be a facts file', () => {
    const dir = team();
    const r = runBuiltCli(['check', 'notes', '--config', 'missing.yaml'], dir);
    expect(r.status).toBe(2);
    const bare = mkdtempSync(path.join(tmpdir(), 'claimcheck-bare-'));
    cpSync(path.join(dir, 'notes'), path.join(bare, 'notes'), { recursive: true });
    const none = runBuiltCli(['check', 'notes'], bare);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no facts file found');
  });
});
