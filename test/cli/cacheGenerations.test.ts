// `check --cache` keeps the entries of the last few fingerprints only (resultCache.ts): a new day,
// a facts or config edit or a new version is a new fingerprint, and without pruning every run after
// one left each note's old entry behind for good (137 MB a day for the bench's 2,000 notes).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as facts from '../../server/src/core/facts/loadFacts';
import { checkNote } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { runCli } from '../../server/src/cli/main';
import { KEPT_FINGERPRINTS, ResultCache, type CacheInputs } from '../../server/src/cli/resultCache';
import { exampleWorkspace } from './cliHarness';

vi.mock('../../server/src/core/facts/loadFacts', { spy: true });
const loadFacts = vi.mocked(facts.loadFacts);

const HEX64 = 'ab'.repeat(32);
const inputs = (day: number): CacheInputs => ({ version: '1.0.0', config: defaultConfig, facts: [], today: `2026-03-${String(day).padStart(2, '0')}` });
const NOTE = '# Costs\n\nAcme spent $4 million on compute in 2025.\n';

describe('a cache folder keeps the last fingerprints', () => {
  it(`keeps the entries of the ${KEPT_FINGERPRINTS} most recently used, removes older and pre-prefix entries, and nothing else`, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-generations-'));
    // Not entries: a recording (runReplay.ts keeps those), files of the user's, and a folder named like an entry.
    const foreign = [`run-${HEX64}.json`, `run-${HEX64}.out`, 'notes.txt', `${HEX64}.txt`, `facts-${HEX64}.yaml`, 'fingerprints.json.bak'];
    for (const name of foreign) writeFileSync(path.join(dir, name), 'keep me');
    const folder = `0123456789abcdef-${HEX64}.json`;
    mkdirSync(path.join(dir, folder));
    // Entries written before prefixes (never read again: their names are not made any more), and
    // the temp file of a list a crashed run never renamed.
    const legacy = [`${HEX64}.json`, `facts-${HEX64}.json`, `${HEX64}.json.4242.k3x9.tmp`, 'fingerprints.json.4242.k3x9.tmp'];
    for (const name of legacy) writeFileSync(path.join(dir, name), '{}');

    const result = checkNote(NOTE, facts.loadFacts([], { today: '2026-03-01' }).index, defaultConfig, { today: '2026-03-01' });
    expect(result.note.claims.length).toBeGreaterThan(0);
    const caches = new Map<number, ResultCache>();
    const use = (day: number): ResultCache => {
      const cache = new ResultCache(dir, inputs(day));
      cache.set(NOTE, result);
      cache.factsProblems(dir).set([]);
      caches.set(day, cache);
      return cache;
    };
    const has = (day: number): boolean => caches.get(day)!.get(NOTE) !== undefined && caches.get(day)!.factsProblems(dir).get() !== undefined;

    use(1);
    expect(readdirSync(dir).filter((n) => legacy.includes(n))).toEqual([]);
    expect(caches.get(1)!.get(NOTE)).toEqual(result);
    for (let day = 2; day <= KEPT_FINGERPRINTS + 1; day++) use(day);
    expect(has(1)).toBe(false);
    for (let day = 2; day <= KEPT_FINGERPRINTS + 1; day++) expect(has(day)).toBe(true);
    // Two files (the note's entry and the facts' problems) per kept fingerprint, the list, and what is not ours.
    const entries = readdirSync(dir).filter((n) => n !== folder && /^(?:facts-)?[0-9a-f]{16}-[0-9a-f]{64}\.json$/.test(n));
    expect(entries).toHaveLength(2 * KEPT_FINGERPRINTS);
    expect(readdirSync(dir).filter((n) => !entries.includes(n)).sort()).toEqual([...foreign, folder, 'fingerprints.json'].sort());
    for (const name of foreign) expect(readFileSync(path.join(dir, name), 'utf8')).toBe('keep me');
    expect(statSync(path.join(dir, folder)).isDirectory()).toBe(true);

    // Used again, day 2 is the newest: the next new fingerprint removes day 3's, the least recently used.
    new ResultCache(dir, inputs(2));
    expect(has(2)).toBe(true);
    use(KEPT_FINGERPRINTS + 2);
    expect(has(2)).toBe(true);
    expect(has(3)).toBe(false);
    for (let day = 4; day <= KEPT_FINGERPRINTS + 2; day++) expect(has(day)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('an unreadable list of fingerprints keeps only the run’s own', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-generations-'));
    const result = checkNote(NOTE, facts.loadFacts([], { today: '2026-03-01' }).index, defaultConfig, { today: '2026-03-01' });
    const first = new ResultCache(dir, inputs(1));
    first.set(NOTE, result);
    writeFileSync(path.join(dir, 'fingerprints.json'), '{"not": "a list"');
    const second = new ResultCache(dir, inputs(2));
    second.set(NOTE, result);
    expect(first.get(NOTE)).toBeUndefined();
    expect(second.get(NOTE)).toEqual(result);
    expect(JSON.parse(readFileSync(path.join(dir, 'fingerprints.json'), 'utf8'))).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('claimcheck check --cache, day after day', () => {
  beforeEach(() => {
    loadFacts.mockClear();
  });

  function run(dir: string, today: string, extra: string[] = []): { status: number; stdout: string; stderr: string } {
    let stdout = '';
    let stderr = '';
    const status = runCli(['check', 'notes', '--jobs', '1', ...extra], { cwd: dir, today, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false });
    return { status, stdout, stderr };
  }

  it('holds the notes of the last few days, not of every day it ran', () => {
    const dir = exampleWorkspace();
    const cache = path.join(dir, 'node_modules/.cache/claimcheck');
    const notes = readdirSync(path.join(dir, 'notes')).length;
    const entries = (): string[] => readdirSync(cache).filter((n) => /^[0-9a-f]{16}-[0-9a-f]{64}\.json$/.test(n));
    const days = Array.from({ length: KEPT_FINGERPRINTS + 3 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
    for (const day of days) expect(run(dir, day, ['--cache']).status).toBe(1);
    expect(entries()).toHaveLength(KEPT_FINGERPRINTS * notes);
    // The facts' snapshot is one per kept day too, pruned with the notes' entries.
    expect(readdirSync(cache).filter((n) => /^facts-[0-9a-f]{16}-[0-9a-f]{64}\.snapshot$/.test(n))).toHaveLength(KEPT_FINGERPRINTS);

    // A kept day, printed in another format: every note's result is still there, so no facts are loaded.
    const kept = days[days.length - KEPT_FINGERPRINTS]!;
    loadFacts.mockClear();
    const fromCache = run(dir, kept, ['--cache', '--format', 'json']);
    expect(loadFacts).not.toHaveBeenCalled();
    expect(fromCache).toEqual(run(dir, kept, ['--format', 'json']));
    // A day before them: its entries are gone, so the notes are checked again, with the same output.
    const gone = days[days.length - KEPT_FINGERPRINTS - 1]!;
    loadFacts.mockClear();
    const again = run(dir, gone, ['--cache', '--format', 'json']);
    expect(loadFacts).toHaveBeenCalledTimes(1);
    expect(again).toEqual(run(dir, gone, ['--format', 'json']));
    rmSync(dir, { recursive: true, force: true });
  });
});
