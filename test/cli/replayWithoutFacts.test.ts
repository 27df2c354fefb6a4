// `check --cache` on an unchanged workspace replays the recorded run without loading the facts:
// with 100,000 facts the load is most of a run. What the facts files' problems print follows from
// the run's key (their paths and texts), so a replay still prints them, byte for byte. A run with
// notes to check reads the facts back from their snapshot instead of loading the files again.
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as facts from '../../server/src/core/facts/loadFacts';
import * as snapshots from '../../server/src/core/facts/factsSnapshot';
import { runCli } from '../../server/src/cli/main';
import { EXAMPLE_NOTE, exampleWorkspace } from './cliHarness';

vi.mock('../../server/src/core/facts/loadFacts', { spy: true });
vi.mock('../../server/src/core/facts/factsSnapshot', { spy: true });

/** A fact naming an entity the facts file does not define: an `unknown-entity` error in the facts file (exit 2). */
const STRAY_FACT = '\n  - id: stray-fact\n    entity: nobody-we-know\n    metric: revenue\n    value: 5\n    unit: USD\n    as_of: 2024\n';
const loadFacts = vi.mocked(facts.loadFacts);
const readFactsSnapshot = vi.mocked(snapshots.readFactsSnapshot);

function run(dir: string, args: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, { cwd: dir, today: '2026-11-30', stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false });
  return { status, stdout, stderr };
}

describe('claimcheck check --cache, an unchanged run', () => {
  beforeEach(() => {
    loadFacts.mockClear();
    readFactsSnapshot.mockClear();
  });

  it('is replayed without loading the facts, and any change to them loads them again', () => {
    const dir = exampleWorkspace();
    const args = ['check', 'notes', '--cache', '--jobs', '1'];
    const plain = run(dir, ['check', 'notes', '--jobs', '1']);
    expect(plain.status).toBe(1); // the example note has contradicted figures
    loadFacts.mockClear();

    const cold = run(dir, args);
    expect(loadFacts).toHaveBeenCalledTimes(1);
    const warm = run(dir, args);
    expect(loadFacts).toHaveBeenCalledTimes(1);
    for (const r of [cold, warm]) expect(r).toEqual(plain);

    // A fact naming an unknown entity: a problem in the facts file (exit 2), which the replay prints too.
    const factsFile = path.join(dir, 'facts.yaml');
    appendFileSync(factsFile, STRAY_FACT);
    expect(readFileSync(factsFile, 'utf8')).toMatch(/^facts:/m);
    const broken = run(dir, args);
    expect(loadFacts).toHaveBeenCalledTimes(2);
    expect(broken.status).toBe(2);
    expect(broken.stdout).toMatch(/^facts\.yaml:\d+:\d+\s+error\s+unknown-entity/m);
    expect(broken.stderr).toContain('the facts or config files have errors');
    const replayed = run(dir, args);
    expect(loadFacts).toHaveBeenCalledTimes(2);
    expect(replayed).toEqual(broken);
    expect(replayed).toEqual(run(dir, ['check', 'notes', '--jobs', '1']));
    rmSync(dir, { recursive: true, force: true });
  });

  it('needs no facts either when every note is cached but the run is new, and shows their problems from where it runs', () => {
    const dir = exampleWorkspace();
    appendFileSync(path.join(dir, 'facts.yaml'), STRAY_FACT);
    const cached = (cwd: string, ...extra: string[]) => run(cwd, ['check', ...extra, '--cache', '--cache-location', path.join(dir, 'cc'), '--jobs', '1']);
    const plain = (cwd: string, ...extra: string[]) => run(cwd, ['check', ...extra, '--jobs', '1']);
    cached(dir, 'notes');
    expect(loadFacts).toHaveBeenCalledTimes(1);
    // Another format and --quiet: not the recorded run, but every note's result is cached.
    for (const extra of [['--format', 'json'], ['--format', 'sarif'], ['--quiet']]) {
      loadFacts.mockClear();
      const r = cached(dir, 'notes', ...extra);
      expect(loadFacts).not.toHaveBeenCalled();
      expect(r.status).toBe(2);
      expect(r).toEqual(plain(dir, 'notes', ...extra));
    }
    // From the notes folder the facts file is outside the working folder: its problems show its
    // whole path. They are not kept for that folder yet: they come from the facts' snapshot.
    const notes = path.join(dir, 'notes');
    loadFacts.mockClear();
    const inNotes = cached(notes, '.', '--facts', '../facts.yaml');
    expect(loadFacts).not.toHaveBeenCalled();
    expect(readFactsSnapshot).toHaveReturnedWith(expect.objectContaining({ problems: [expect.objectContaining({ code: 'unknown-entity' })] }));
    expect(inNotes.stdout.split('\n').filter((line) => line.startsWith(`${path.join(dir, 'facts.yaml')}:`) && /\berror\s+unknown-entity\b/.test(line))).toHaveLength(1);
    expect(inNotes).toEqual(plain(notes, '.', '--facts', '../facts.yaml'));
    loadFacts.mockClear();
    const json = cached(notes, '.', '--facts', '../facts.yaml', '--format', 'json');
    expect(loadFacts).not.toHaveBeenCalled();
    expect(json).toEqual(plain(notes, '.', '--facts', '../facts.yaml', '--format', 'json'));
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the facts back from their snapshot when a note changed, loads them when they changed, and checks a run it cannot replay', () => {
    const dir = exampleWorkspace();
    const args = ['check', 'notes', '--cache', '--jobs', '1'];
    run(dir, args);
    expect(loadFacts).toHaveBeenCalledTimes(1);
    const note = path.join(dir, EXAMPLE_NOTE);
    appendFileSync(note, '\nAnthropic was valued at $2 trillion in March 2025.\n');
    loadFacts.mockClear();
    readFactsSnapshot.mockClear();
    const changed = run(dir, args);
    expect(loadFacts).not.toHaveBeenCalled();
    expect(readFactsSnapshot).toHaveBeenCalledTimes(1);
    expect(readFactsSnapshot.mock.results[0]!.value).toBeDefined();
    expect(changed.stdout).toMatch(/contradicted/);
    expect(changed).toEqual(run(dir, ['check', 'notes', '--jobs', '1']));
    // A facts file changed in place, its length the same: judged anew against the new figure.
    const factsFile = path.join(dir, 'facts.yaml');
    writeFileSync(factsFile, readFileSync(factsFile, 'utf8').replace('value: 18e9', 'value: 19e9'));
    loadFacts.mockClear();
    const newFacts = run(dir, args);
    expect(loadFacts).toHaveBeenCalledTimes(1);
    expect(newFacts.stdout).not.toBe(changed.stdout);
    expect(newFacts).toEqual(run(dir, ['check', 'notes', '--jobs', '1']));
    // --fix-dry-run is never replayed: it checks every time, with the facts from their snapshot.
    loadFacts.mockClear();
    readFactsSnapshot.mockClear();
    run(dir, [...args, '--fix-dry-run']);
    run(dir, [...args, '--fix-dry-run']);
    expect(loadFacts).not.toHaveBeenCalled();
    expect(readFactsSnapshot).toHaveBeenCalledTimes(2);
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the facts again when their snapshot is damaged or gone, with the same output, and writes it anew', () => {
    const dir = exampleWorkspace();
    const cache = path.join(dir, 'node_modules/.cache/claimcheck');
    const args = ['check', 'notes', '--cache', '--jobs', '1'];
    const plain = run(dir, ['check', 'notes', '--jobs', '1']);
    const note = path.join(dir, EXAMPLE_NOTE);
    const snapshotFile = (): string => path.join(cache, readdirSync(cache).find((f) => f.endsWith('.snapshot'))!);
    run(dir, args);
    const written = readFileSync(snapshotFile(), 'latin1');
    const damages: [string, () => void][] = [
      ['cut short', () => writeFileSync(snapshotFile(), written.slice(0, -100), 'latin1')],
      ['emptied', () => writeFileSync(snapshotFile(), '')],
      ['removed', () => rmSync(snapshotFile())],
    ];
    for (const [, damage] of damages) {
      damage();
      // A note edit each time, so the run is not replayed and the notes are checked.
      appendFileSync(note, '\n');
      loadFacts.mockClear();
      const again = run(dir, args);
      expect(loadFacts).toHaveBeenCalledTimes(1);
      expect(again).toEqual(run(dir, ['check', 'notes', '--jobs', '1']));
      expect(readFileSync(snapshotFile(), 'latin1')).toBe(written);
    }
    expect(plain.status).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  });
});
