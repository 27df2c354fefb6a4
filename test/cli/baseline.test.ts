import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from './cliHarness';
import { gateWorkspace } from './gateWorkspace';

const BASELINE = '.claimcheck-baseline.json';

function edit(dir: string, file: string, change: (text: string) => string): void {
  const at = path.join(dir, file);
  writeFileSync(at, change(readFileSync(at, 'utf8')));
}

describe('claimcheck check --baseline', () => {
  it('records today\'s findings sorted, then passes until a new finding appears', () => {
    const dir = gateWorkspace();
    expect(runBuiltCli(['check', 'notes'], dir).status).toBe(1);

    const write = runBuiltCli(['check', 'notes', '--write-baseline'], dir);
    expect(write.status).toBe(0);
    expect(write.stderr).toMatch(/wrote 4 findings from 3 notes to \.claimcheck-baseline\.json/);
    const baseline = JSON.parse(readFileSync(path.join(dir, BASELINE), 'utf8'));
    expect(baseline.version).toBe(1);
    const notes = baseline.entries.map((e: { note: string }) => e.note);
    expect(notes).toEqual([...notes].sort());
    expect(baseline.entries).toContainEqual({
      note: 'notes/rail.md',
      code: 'contradicted',
      entity: 'vesta',
      metric: 'revenue',
      claim: '$5.1 billion',
      sentence: 'Vesta Rail reported revenue of … for 2024, helped by grain volumes.',
    });
    // Writing again changes nothing: the file is stable for diffs.
    const before = readFileSync(path.join(dir, BASELINE), 'utf8');
    runBuiltCli(['check', 'notes', '--write-baseline'], dir);
    expect(readFileSync(path.join(dir, BASELINE), 'utf8')).toBe(before);

    const clean = runBuiltCli(['check', 'notes', '--baseline'], dir);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toMatch(/^0 problems/m);
    expect(clean.stderr).toMatch(/4 findings in the baseline not reported/);

    // Edits above the baselined figure move it down; it stays baselined.
    edit(dir, 'notes/rail.md', (t) => t.replace('# Rail freight\n', '# Rail freight\n\nA new paragraph about wagons.\n\nAnother one, about timetables.\n'));
    expect(runBuiltCli(['check', 'notes', '--baseline'], dir).status).toBe(0);

    // A new contradicted figure in the same note fails the gate, and only it is reported.
    edit(dir, 'notes/rail.md', (t) => t + '\nVesta Rail revenue hit $6 billion in 2024.\n');
    const added = runBuiltCli(['check', 'notes', '--baseline'], dir);
    expect(added.status).toBe(1);
    expect(added.stdout).toMatch(/notes\/rail\.md:\d+:\d+ +error +contradicted .*\$6 billion/);
    expect(added.stdout).not.toContain('$5.1 billion');
    expect(added.stdout).toMatch(/^1 problem \(1 error/m);
  });

  it('reports fixed findings as entries that no longer occur, and --prune-baseline drops them', () => {
    const dir = gateWorkspace();
    runBuiltCli(['check', 'notes', '--write-baseline', 'gate.json'], dir);
    edit(dir, 'notes/ops/biotech.md', (t) => t.replace('2,400 people', '1,850 people'));

    const run = runBuiltCli(['check', 'notes', '--baseline', 'gate.json'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/1 baseline entry no longer occurs \(--prune-baseline drops them\)/);
    expect(JSON.parse(readFileSync(path.join(dir, 'gate.json'), 'utf8')).entries).toHaveLength(4);

    const pruned = runBuiltCli(['check', 'notes', '--baseline=gate.json', '--prune-baseline'], dir);
    expect(pruned.status).toBe(0);
    expect(pruned.stderr).toMatch(/1 baseline entry no longer occurs: pruned from gate\.json/);
    const entries = JSON.parse(readFileSync(path.join(dir, 'gate.json'), 'utf8')).entries as { note: string; claim: string }[];
    expect(entries).toHaveLength(3);
    expect(entries.some((e) => e.claim === '2,400 people')).toBe(false);

    // Checking one note says nothing about the others' entries.
    const one = runBuiltCli(['check', 'notes/rail.md', '--baseline', 'gate.json'], dir);
    expect(one.status).toBe(0);
    expect(one.stderr).not.toMatch(/no longer/);
  });

  it('revives a finding whose sentence was edited, and keeps duplicates counted', () => {
    const dir = gateWorkspace();
    edit(dir, 'notes/rail.md', (t) => t + '\nIn 2024 Vesta Rail revenue was $5.1 billion, and Vesta Rail revenue was $5.1 billion again in the restated 2024 accounts.\n');
    runBuiltCli(['check', 'notes', '--write-baseline'], dir);
    const entries = JSON.parse(readFileSync(path.join(dir, BASELINE), 'utf8')).entries as { claim: string; count?: number; sentence: string }[];
    expect(entries.find((e) => e.sentence.startsWith('In 2024'))?.count).toBe(2);

    edit(dir, 'notes/rail.md', (t) => t.replace('helped by grain volumes', 'helped by coal volumes'));
    const run = runBuiltCli(['check', 'notes', '--baseline'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^1 problem \(1 error/m);
    expect(run.stderr).toMatch(/1 baseline entry no longer occurs/);
  });

  it('says clearly when the baseline is missing or not a baseline (exit 2)', () => {
    const dir = gateWorkspace();
    const missing = runBuiltCli(['check', 'notes', '--baseline'], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/baseline file not found: '\.claimcheck-baseline\.json' \(create it with --write-baseline\)/);
    writeFileSync(path.join(dir, 'other.json'), '{"entries": [{"note": 1}]}');
    const bad = runBuiltCli(['check', 'notes', '--baseline', 'other.json'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/is not a Claimcheck baseline/);

    // Findings judged against broken facts are not recorded: the problems are shown, nothing written.
    writeFileSync(path.join(dir, 'facts/broken.csv'), 'id,entity,metric,value,unit,as_of\nx,nobody,revenue,1,USD,2025\n');
    const refused = runBuiltCli(['check', 'notes', '--write-baseline', 'new.json'], dir);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toMatch(/facts\/broken\.csv:2:3 +error +unknown-entity/);
    expect(refused.stderr).toMatch(/the baseline was not written/);
    expect(existsSync(path.join(dir, 'new.json'))).toBe(false);
  });
});
