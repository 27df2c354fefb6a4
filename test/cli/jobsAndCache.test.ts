// `check --jobs N` (worker threads) and `check --cache`, through the built CLI as a user runs it.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateVariedCorpus } from '../../bench/variedCorpus.mjs';
import { spawnSync } from 'node:child_process';
import { CLI, exampleWorkspace, runBuiltCli } from './cliHarness';

/** runBuiltCli with room for the large reports of a corpus. */
const runLarge = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });

/** The example workspace plus 24 varied notes (tables, lists, quotes, footnotes, code) in notes/varied/. */
function corpusWorkspace(): string {
  const dir = exampleWorkspace();
  mkdirSync(path.join(dir, 'notes/varied'));
  generateVariedCorpus({ notes: 24, targetBytes: 0, seed: 99 }).forEach((n: string, i: number) => writeFileSync(path.join(dir, `notes/varied/n${String(i).padStart(2, '0')}.md`), n));
  return dir;
}

describe('claimcheck check --jobs', () => {
  it('prints the same report in the same order, with the same exit code, on 1 and on 3 worker threads', () => {
    const dir = corpusWorkspace();
    for (const format of ['text', 'json', 'sarif']) {
      const one = runLarge(['check', 'notes', '--jobs', '1', '--format', format], dir);
      const three = runLarge(['check', 'notes', '--jobs', '3', '--format', format], dir);
      expect(one.status).toBe(1); // the example note has contradicted figures
      expect(three.status).toBe(one.status);
      expect(three.stdout).toBe(one.stdout);
      expect(three.stderr).toBe(one.stderr);
    }
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('with --cache, worker threads judge with the facts snapshot the main thread reads', () => {
    const dir = corpusWorkspace();
    const notes = readdirSync(path.join(dir, 'notes/varied')).map((n) => path.join(dir, 'notes/varied', n));
    const cache = path.join(dir, 'node_modules/.cache/claimcheck');
    const run = (jobs: string) => {
      // Every note edited, so none is answered from the cache and each thread checks some.
      for (const n of notes) writeFileSync(n, `${readFileSync(n, 'utf8')}\n`);
      return runLarge(['check', 'notes', '--cache', '--jobs', jobs, '--format', 'json'], dir);
    };
    const plain = runLarge(['check', 'notes', '--jobs', '1', '--format', 'json'], dir);
    expect(run('3').stdout).toBe(plain.stdout);
    // A snapshot planted under the same name, with Anthropic's $18 billion valuation made $99 billion:
    // had a worker loaded the facts files instead, its notes would read the real figure.
    const file = path.join(cache, readdirSync(cache).find((f) => f.endsWith('.snapshot'))!);
    const snapshot = readFileSync(file, 'latin1');
    expect(snapshot).toContain('"valuation",18000000000,');
    writeFileSync(file, snapshot.replace('"valuation",18000000000,', '"valuation",99000000000,'), 'latin1');
    const one = run('1');
    const three = run('3');
    expect(one.stdout).not.toBe(plain.stdout);
    // The planted value is in the report's facts, whatever figure of the notes it judged.
    expect(one.stdout).toContain('"value": 99000000000');
    expect(three.stdout).toBe(one.stdout);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('rejects a --jobs that is not a whole number ≥ 1', () => {
    const dir = exampleWorkspace();
    const r = runBuiltCli(['check', 'notes', '--jobs', '0'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--jobs must be a whole number');
  });
});

describe('claimcheck check --cache', () => {
  /** The per-note entries (the run recordings are run-*.json and run-*.out). */
  const cacheFiles = (dir: string): number => readdirSync(path.join(dir, 'node_modules/.cache/claimcheck')).filter((f) => /^[0-9a-f]{16}-[0-9a-f]{64}\.json$/.test(f)).length;

  it('reuses unchanged notes, and any change to a note, the facts, the config or --as-of invalidates', () => {
    const dir = exampleWorkspace();
    const note = path.join(dir, 'notes/anthropic-compute.md');
    const run = (...extra: string[]) => runBuiltCli(['check', 'notes', '--cache', '--format', 'json', ...extra], dir);
    const cold = run();
    expect(cold.status).toBe(1);
    expect(cacheFiles(dir)).toBe(1);
    const warm = run();
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.status).toBe(cold.status);
    expect(cacheFiles(dir)).toBe(1); // read, not written anew

    // The note: fix the contradicted $5 billion; the result follows the text, not the cache.
    const text = readFileSync(note, 'utf8');
    writeFileSync(note, text.replace('$5 billion commitment', '$4 billion commitment'));
    const edited = run();
    expect(edited.stdout).not.toBe(cold.stdout);
    expect(edited.stdout).not.toMatch(/"\$5 billion"/);
    expect(cacheFiles(dir)).toBe(2);
    writeFileSync(note, text);
    expect(run().stdout).toBe(cold.stdout);

    // A facts file: the same note is judged against the new facts.
    const factsFile = path.join(dir, 'facts.yaml');
    const facts = readFileSync(factsFile, 'utf8');
    writeFileSync(factsFile, facts.replace('value: 18e9', 'value: 19e9'));
    const newFacts = run();
    expect(newFacts.stdout).not.toBe(cold.stdout);
    writeFileSync(factsFile, facts);

    // The config: unsourced off.
    writeFileSync(path.join(dir, '.claimcheck.yaml'), 'severity:\n  unsourced: "off"\n');
    const newConfig = run();
    expect(newConfig.stdout).not.toBe(cold.stdout);
    rmSync(path.join(dir, '.claimcheck.yaml'));

    // --as-of: later facts make figures outdated.
    const asOf = run('--as-of', '2026-06-30');
    expect(asOf.stdout).not.toBe(cold.stdout);
    expect(asOf.stdout).toBe(runBuiltCli(['check', 'notes', '--format', 'json', '--as-of', '2026-06-30'], dir).stdout);

    // Unchanged again: the first entry still answers.
    expect(run().stdout).toBe(cold.stdout);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('keeps its files where --cache-location says, with no temp files left behind', () => {
    const dir = exampleWorkspace();
    const r = runBuiltCli(['check', 'notes', '--cache-location', 'build/cc-cache'], dir);
    expect(r.status).toBe(1);
    const files = readdirSync(path.join(dir, 'build/cc-cache')).sort();
    // One note's result, the facts files' problems and their snapshot, the run's recording (what it
    // printed, and its exit code) and the fingerprints whose entries the folder keeps.
    expect(files).toHaveLength(6);
    for (const entry of [/^[0-9a-f]{16}-[0-9a-f]{64}\.json$/, /^facts-[0-9a-f]{16}-[0-9a-f]{64}\.json$/, /^facts-[0-9a-f]{16}-[0-9a-f]{64}\.snapshot$/, /^run-[0-9a-f]{64}\.json$/, /^run-[0-9a-f]{64}\.out$/, /^fingerprints\.json$/]) {
      expect(files.filter((f) => entry.test(f))).toHaveLength(1);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const noteEntries = (dir: string): string[] => readdirSync(path.join(dir, 'node_modules/.cache/claimcheck')).filter((f) => /^[0-9a-f]{16}-[0-9a-f]{64}\.json$/.test(f));
  const clearNoteEntries = (dir: string): void => {
    for (const f of noteEntries(dir)) rmSync(path.join(dir, 'node_modules/.cache/claimcheck', f));
  };

  it('replays an unchanged run byte for byte in every format, without reading a note\'s result', () => {
    const dir = corpusWorkspace();
    // Text is the default; --max-warnings puts a line on stderr after the report.
    for (const extra of [['--format', 'json'], ['--format', 'sarif'], ['--format', 'github'], ['--max-warnings', '0'], ['--quiet', '--jobs', '1']]) {
      const args = ['check', 'notes', ...extra];
      const plain = runLarge(args, dir);
      const cold = runLarge([...args, '--cache'], dir);
      // The per-note results are gone: an answer now can only come from the run's recording.
      clearNoteEntries(dir);
      const warm = runLarge([...args, '--cache'], dir);
      for (const r of [cold, warm]) {
        expect(r.status).toBe(plain.status);
        expect(r.stdout).toBe(plain.stdout);
        expect(r.stderr).toBe(plain.stderr);
      }
      expect(noteEntries(dir)).toEqual([]);
    }
    rmSync(dir, { recursive: true, force: true });
  }, 180_000);

  it('runs again when a note is renamed, another folder is the working folder, or a note is added', () => {
    const dir = corpusWorkspace();
    const run = (cwd = dir, paths = ['notes']) => runLarge(['check', ...paths, '--cache', '--cache-location', path.join(dir, 'cc')], cwd);
    const first = run();
    expect(first.stdout).toMatch(/^notes\/varied\/n00\.md:/m);
    writeFileSync(path.join(dir, 'notes/varied/moved.md'), readFileSync(path.join(dir, 'notes/varied/n00.md')));
    rmSync(path.join(dir, 'notes/varied/n00.md'));
    const renamed = run();
    expect(renamed.stdout).not.toMatch(/^notes\/varied\/n00\.md:/m);
    expect(renamed.stdout).toMatch(/^notes\/varied\/moved\.md:/m);
    expect(renamed.stdout).toBe(runLarge(['check', 'notes'], dir).stdout);
    const inNotes = run(path.join(dir, 'notes'), ['.', '--facts', '../facts.yaml']);
    expect(inNotes.stdout).toMatch(/^varied\/moved\.md:/m);
    expect(inNotes.stdout).toBe(runLarge(['check', '.', '--facts', '../facts.yaml'], path.join(dir, 'notes')).stdout);
    writeFileSync(path.join(dir, 'notes/extra.md'), '# Extra\n\nAnthropic was valued at $2 trillion in March 2025.\n');
    const added = run();
    expect(added.stdout).toMatch(/^notes\/extra\.md:3:\d+\s+error\s+contradicted/m);
    expect(added.status).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('keeps only the newest recordings of runs, each with its output', () => {
    const dir = exampleWorkspace();
    const cache = path.join(dir, 'node_modules/.cache/claimcheck');
    const recordings = () => readdirSync(cache).filter((f) => f.startsWith('run-'));
    // Ten different runs (each --max-warnings is another invocation), then the last one again.
    const runs = Array.from({ length: 10 }, (_, n) => runBuiltCli(['check', 'notes', '--cache', '--max-warnings', String(n)], dir));
    const kept = recordings();
    expect(kept.filter((f) => f.endsWith('.json'))).toHaveLength(8);
    expect(kept.filter((f) => f.endsWith('.out')).map((f) => f.replace(/\.out$/, ''))).toEqual(kept.filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')));
    const again = runBuiltCli(['check', 'notes', '--cache', '--max-warnings', '9'], dir);
    expect(again).toEqual(runs[9]);
    expect(recordings().sort()).toEqual(kept.sort());
    // A replay makes a run the newest: run 2's recording (the oldest kept) outlives the next new run.
    const newest = () => recordings().filter((f) => f.endsWith('.json')).sort((a, b) => statSync(path.join(cache, b)).mtimeMs - statSync(path.join(cache, a)).mtimeMs)[0];
    expect(runBuiltCli(['check', 'notes', '--cache', '--max-warnings', '2'], dir)).toEqual(runs[2]);
    const second = newest()!;
    expect(recordings().sort()).toEqual(kept.sort()); // replayed, not recorded anew
    runBuiltCli(['check', 'notes', '--cache', '--max-warnings', '10'], dir);
    expect(recordings()).toHaveLength(16);
    expect(recordings()).toContain(second);
    rmSync(dir, { recursive: true, force: true });
  });

  it('never replays a run that writes files or compares with a baseline', () => {
    const dir = exampleWorkspace();
    const baseline = path.join(dir, 'claimcheck-baseline.json');
    const write = () => runBuiltCli(['check', 'notes', '--cache', '--write-baseline', baseline], dir);
    expect(write().status).toBe(0);
    const written = readFileSync(baseline, 'utf8');
    rmSync(baseline);
    expect(write().status).toBe(0);
    expect(readFileSync(baseline, 'utf8')).toBe(written);
    // With the baseline, the known findings no longer fail the gate; an emptied baseline fails again.
    expect(runBuiltCli(['check', 'notes', '--cache', '--baseline', baseline], dir).status).toBe(0);
    writeFileSync(baseline, written.replace(/"findings":\s*\[[\s\S]*\]/, '"findings": []'));
    expect(runBuiltCli(['check', 'notes', '--cache', '--baseline', baseline], dir).status).toBe(runBuiltCli(['check', 'notes', '--baseline', baseline], dir).status);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('claimcheck check on a note with a pathological block', () => {
  it('fails the gate with not-checked on that block and still reports the rest', () => {
    const dir = exampleWorkspace();
    const note = readFileSync(path.join(dir, 'notes/anthropic-compute.md'), 'utf8');
    writeFileSync(path.join(dir, 'notes/anthropic-compute.md'), note.replace('# Anthropic buys', `${'- '.repeat(3000)}x\n\n# Anthropic buys`));
    const r = runBuiltCli(['check', 'notes'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/error\s+not-checked/);
    expect(r.stdout).toMatch(/contradicted/);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
