// Issue 11 pt 5 and pt 8: notes checked once by their real path; FIFOs, devices and directories
// named as notes are clear errors that never block; an unreadable note is reported and the run
// goes on (exit 2); a config's facts globs stay inside its folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRADICTED, FACTS, cli, json, scratch, write } from './harness';

const FRONT = '---\ndate: 2025-03-01\n---\n';

describe('paths', () => {
  it('checks a note reached twice through a symlinked folder once', () => {
    const dir = scratch({ 'facts.yaml': FACTS, 'notes/a.md': `${FRONT}${CONTRADICTED}\n` });
    symlinkSync(path.join(dir, 'notes'), path.join(dir, 'mirror'));
    const run = cli(['check', 'notes', 'mirror', 'notes/a.md', 'mirror/a.md', '--format', 'json'], dir);
    expect(run.status).toBe(1);
    expect(json(run).filter((e) => e.code === 'contradicted')).toHaveLength(1);
  });

  it('a FIFO named as a note is an error, not a hang, and the other notes are still checked', () => {
    const dir = scratch({ 'facts.yaml': FACTS, 'good.md': `${FRONT}${CONTRADICTED}\n` });
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    const run = cli(['check', 'pipe.md', 'good.md'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/pipe\.md:1:1 +error +unreadable +Cannot read this note: it is a named pipe \(FIFO\), not a file\./);
    expect(run.stdout).toMatch(/good\.md:4:\d+ +error +contradicted/);
    expect(run.stderr).toContain('a note could not be read (listed above); the rest were checked.');
  });

  it.skipIf(!existsSync('/dev/zero'))('a device named as a note is an error, never read forever', () => {
    const dir = scratch({ 'facts.yaml': FACTS });
    const run = cli(['check', '/dev/zero', '/dev/null'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/\/dev\/zero:1:1 +error +unreadable +Cannot read this note: it is a device, not a file/);
    expect(run.stdout).toMatch(/\/dev\/null:1:1 +error +unreadable/);
  });

  it('a folder or glob over a FIFO, a directory named like a note and a broken link: the good notes are checked, nothing blocks', () => {
    const dir = scratch({ 'facts.yaml': FACTS, 'notes/good.md': `${FRONT}${CONTRADICTED}\n` });
    mkdirSync(path.join(dir, 'notes/folder.md'));
    symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'notes/broken.md'));
    execFileSync('mkfifo', [path.join(dir, 'notes/pipe.md')]);
    for (const input of ['notes', 'notes/*.md']) {
      const run = cli(['check', input, '--format', 'json'], dir);
      const entries = json(run);
      expect(entries.filter((e) => e.code === 'contradicted')).toHaveLength(1);
      // The FIFO is either left out by the walk or reported unreadable: never read, never a hang.
      const unreadable = entries.filter((e) => e.code === 'unreadable');
      expect(run.status).toBe(unreadable.length > 0 ? 2 : 1);
      for (const e of unreadable) expect(e.message).toMatch(/named pipe|does not exist|directory/);
    }
  });

  it('a note larger than maxNoteBytes is skipped without being read whole', () => {
    const dir = scratch({ 'facts.yaml': FACTS, 'big.md': `${CONTRADICTED}\n`.repeat(200), '.claimcheck.yaml': 'maxNoteBytes: 1000\n' });
    const run = cli(['check', 'big.md'], dir);
    expect(run.stdout).toMatch(/big\.md:1:1 +information +skipped +Claimcheck skipped this note: it is 11 KB, over the 1 KB limit/);
  });
});

describe('nothing outside the project', () => {
  it("a config's facts glob that climbs out of its folder is a config error and is not read", () => {
    const outside = scratch({ 'secret/facts.yaml': 'entities:\n  x: { name: "TOPSECRET-TOKEN-42" }\n', 'secret/.env': 'API_KEY=TOPSECRET-TOKEN-42\n' });
    const dir = scratch({ 'facts.yaml': FACTS, 'a.md': `${FRONT}${CONTRADICTED}\n` });
    const rel = path.relative(dir, path.join(outside, 'secret'));
    write(dir, { '.claimcheck.yaml': `facts: [facts.yaml, "${rel}/.env", "${rel}/facts.yaml", "${path.join(outside, 'secret/*.yaml')}"]\n` });
    for (const format of ['text', 'json', 'sarif']) {
      const run = cli(['check', 'a.md', '--format', format], dir);
      expect(run.status).toBe(2);
      expect(run.stdout + run.stderr).not.toContain('TOPSECRET');
      expect(run.stdout).toContain('facts-outside-project');
    }
    const text = cli(['check', 'a.md'], dir).stdout;
    expect(text).toMatch(/\.claimcheck\.yaml:1:\d+ +error +facts-outside-project +Facts glob '\.\.\/.*\/\.env' points outside the config's folder, so it is not read/);
    // The facts inside still load: the contradicted figure is found.
    expect(text).toContain('contradicted');
  });

  it('a symlink inside the project that points outside is not read through the config', () => {
    const outside = scratch({ 'facts.yaml': 'entities:\n  x: { name: "TOPSECRET-TOKEN-42" }\n' });
    const dir = scratch({ 'facts.yaml': FACTS, 'a.md': `${FRONT}${CONTRADICTED}\n`, '.claimcheck.yaml': 'facts: ["facts.yaml", "linked/*.yaml"]\n' });
    symlinkSync(outside, path.join(dir, 'linked'));
    const run = cli(['check', 'a.md', '--format', 'json'], dir);
    expect(run.stdout).not.toContain('TOPSECRET');
    expect(run.status).toBe(1);
  });

  it('--facts on the command line may point anywhere: the user chose it', () => {
    const outside = scratch({ 'shared/facts.yaml': FACTS });
    const dir = scratch({ 'a.md': `${FRONT}${CONTRADICTED}\n` });
    const run = cli(['check', 'a.md', '--facts', path.join(outside, 'shared/facts.yaml')], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('contradicted');
  });
});
