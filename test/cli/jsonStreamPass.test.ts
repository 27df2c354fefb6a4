// `check --format json` with the cross-note `inconsistent` pass on streams: each note is held as
// its printed items until the pass has run (checkStream.ts). Its output must be the bytes and
// exit code of the path that holds every whole result, which --baseline still takes (an empty
// baseline reports every finding). Fixture: the consistency team (cross-note disagreements), the
// shipped example note, the example facts (so figures are contradicted, supported and unsourced),
// and varied generated notes (tables, lists, quotes, footnotes, code) naming the same entities.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateVariedCorpus } from '../../bench/variedCorpus.mjs';
import { ROOT, runBuiltCli } from './cliHarness';

function workspace(config: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-jsonpass-'));
  cpSync(path.join(ROOT, 'test/fixtures/consistency/team'), dir, { recursive: true });
  writeFileSync(path.join(dir, '.claimcheck.yaml'), config);
  cpSync(path.join(ROOT, 'examples/facts.yaml'), path.join(dir, 'facts.yaml'));
  cpSync(path.join(ROOT, 'examples/notes'), path.join(dir, 'notes/examples'), { recursive: true });
  mkdirSync(path.join(dir, 'notes/varied'));
  generateVariedCorpus({ notes: 14, targetBytes: 40_000, seed: 7 }).forEach((text: string, i: number) => {
    writeFileSync(path.join(dir, `notes/varied/n${String(i).padStart(2, '0')}.md`), text);
  });
  // An empty baseline: the run takes the holding path and reports every finding.
  mkdirSync(path.join(dir, 'empty'));
  writeFileSync(path.join(dir, 'empty/plain.md'), '# Reading list\n\nNothing to measure here.\n');
  const written = runBuiltCli(['check', 'empty', '--write-baseline', 'empty.baseline.json'], dir);
  expect(written.stderr + written.status).toBe('claimcheck: wrote 0 findings from 1 note to empty.baseline.json\n0');
  return dir;
}

// unsourced off: a statement's figure is an `unchecked` entry the pass replaces; on: an `unsourced` finding it replaces.
describe.each([
  ['unsourced off', 'severity:\n  unsourced: off\n', 'unchecked'],
  ['unsourced a warning', 'severity:\n  unsourced: warning\n', 'unsourced'],
])('check --format json with the consistency pass, %s: streamed = held', (_name, config, replaced) => {
  const dir = workspace(config);
  const held = runBuiltCli(['check', 'notes', '--format', 'json', '--jobs', '1', '--baseline', 'empty.baseline.json'], dir);

  it('the fixture exercises the pass: inconsistent across notes, errors, supported figures', () => {
    const entries = JSON.parse(held.stdout) as { file: string; code: string; related?: { file: string }[] }[];
    const inconsistent = entries.filter((e) => e.code === 'inconsistent');
    expect(inconsistent.length).toBeGreaterThan(20);
    expect(inconsistent.some((e) => e.related!.some((r) => r.file !== e.file))).toBe(true);
    expect(entries.some((e) => e.code === replaced)).toBe(true);
    expect(entries.some((e) => e.code === 'supported')).toBe(true);
    expect(entries.some((e) => e.code === 'contradicted')).toBe(true);
    expect(held.status).toBe(1); // contradicted figures are errors
    expect(held.stderr).toMatch(/0 findings in the baseline not reported/);
  });

  it.each([
    ['one job', ['--jobs', '1']],
    ['two jobs (worker threads)', ['--jobs', '2']],
    ['--cache, cold then warm', ['--jobs', '2', '--cache', '--cache-location', 'cache']],
  ])('%s: same bytes and exit code', (_name, flags) => {
    const runs = flags.includes('--cache') ? 2 : 1;
    for (let i = 0; i < runs; i++) {
      const streamed = runBuiltCli(['check', 'notes', '--format', 'json', ...flags], dir);
      expect(streamed.stderr).toBe('');
      expect(streamed.status).toBe(held.status);
      expect(streamed.stdout === held.stdout).toBe(true);
    }
  });

  it('a note made unreadable is reported the same way by both paths', () => {
    const streamed = runBuiltCli(['check', 'notes', 'missing-dir/none.md', '--format', 'json'], dir);
    const heldToo = runBuiltCli(['check', 'notes', 'missing-dir/none.md', '--format', 'json', '--baseline', 'empty.baseline.json'], dir);
    expect(streamed.status).toBe(heldToo.status);
    expect(streamed.stdout === heldToo.stdout).toBe(true);
  });
});
