import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readFileSync, readdirSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from './cliHarness';
import { BIOTECH_NOTE, gateWorkspace, RAIL_NOTE, SHIPPING_NOTE } from './gateWorkspace';

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('claimcheck check --fix', () => {
  it('replaces contradicted and outdated figures with the sourced value, cites it, and a re-check is clean of them', () => {
    const dir = gateWorkspace();
    chmodSync(path.join(dir, 'notes/rail.md'), 0o640);
    const run = runBuiltCli(['check', 'notes', '--fix'], dir);
    expect(run.stdout).toContain('fixed notes/rail.md:6  $5.1 billion → $4.2 billion [@vesta-revenue-2024]');
    expect(run.stdout).toContain('fixed notes/ops/biotech.md:6  2,400 people → 1,850 people [@helix-staff-2024]');
    expect(run.stdout).toContain('fixed notes/shipping.md:6  $2.8 billion → $3.1 billion [@orinoco-revenue-2025]');
    // What remains after fixing decides the exit code: no errors left.
    expect(run.status).toBe(0);
    expect(read(dir, 'notes/rail.md')).toBe(RAIL_NOTE.replace('$5.1 billion', '$4.2 billion [@vesta-revenue-2024]'));
    expect(statSync(path.join(dir, 'notes/rail.md')).mode & 0o777).toBe(0o640);

    const again = runBuiltCli(['check', 'notes', '--format', 'json'], dir);
    const codes = (JSON.parse(again.stdout) as { code: string }[]).map((e) => e.code);
    expect(codes).not.toContain('contradicted');
    expect(codes).not.toContain('outdated');
    expect(codes.filter((c) => c === 'supported')).toHaveLength(3);
    expect(again.status).toBe(0);
    // Nothing left to fix: a second --fix changes no file.
    const mtime = statSync(path.join(dir, 'notes/rail.md')).mtimeMs;
    const second = runBuiltCli(['check', 'notes', '--fix'], dir);
    expect(second.stdout).not.toContain('fixed ');
    expect(statSync(path.join(dir, 'notes/rail.md')).mtimeMs).toBe(mtime);
  });

  it('keeps CRLF line endings and the BOM, and leaves unchanged notes untouched', () => {
    const dir = gateWorkspace();
    writeFileSync(path.join(dir, 'notes/clean.md'), 'Helix Biotherapeutics employs 1,850 people.\n');
    const cleanBefore = statSync(path.join(dir, 'notes/clean.md')).mtimeMs;
    runBuiltCli(['check', 'notes', '--fix'], dir);
    const bytes = readFileSync(path.join(dir, 'notes/shipping.md'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toBe(SHIPPING_NOTE.replace('$2.8 billion', '$3.1 billion [@orinoco-revenue-2025]'));
    expect(text.split('\r\n')).toHaveLength(SHIPPING_NOTE.split('\r\n').length);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(statSync(path.join(dir, 'notes/clean.md')).mtimeMs).toBe(cleanBefore);
    // No temp files left behind.
    expect(readdirSync(path.join(dir, 'notes')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes through a symlinked note to its target, keeping the link', () => {
    const dir = gateWorkspace();
    renameSync(path.join(dir, 'notes/rail.md'), path.join(dir, 'rail-target.md'));
    symlinkSync('../rail-target.md', path.join(dir, 'notes/rail.md'));
    runBuiltCli(['check', 'notes', '--fix'], dir);
    expect(lstatSync(path.join(dir, 'notes/rail.md')).isSymbolicLink()).toBe(true);
    expect(read(dir, 'rail-target.md')).toContain('$4.2 billion [@vesta-revenue-2024]');
  });

  it('refuses a read-only note with a clear error, writes the others, and exits 2', () => {
    const dir = gateWorkspace();
    const locked = path.join(dir, 'notes/ops/biotech.md');
    chmodSync(locked, 0o444);
    const run = runBuiltCli(['check', 'notes', '--fix'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("claimcheck: cannot fix 'notes/ops/biotech.md' (the file is read-only); left unchanged");
    expect(readFileSync(locked, 'utf8')).toBe(BIOTECH_NOTE);
    expect(statSync(locked).mode & 0o777).toBe(0o444);
    expect(readdirSync(path.join(dir, 'notes/ops'))).toEqual(['biotech.md']);
    // The run went on: the other notes are fixed, and the unfixed figure is still reported.
    expect(read(dir, 'notes/rail.md')).toContain('$4.2 billion [@vesta-revenue-2024]');
    expect(run.stdout).toMatch(/notes\/ops\/biotech\.md:6:\d+ +error +contradicted/);
  });

  it('never rewrites a note that is not UTF-8 (its bytes would change)', () => {
    const dir = gateWorkspace();
    const latin1 = Buffer.concat([Buffer.from('Vesta Rail revenue was $5.1 billion in 2024, said the caf'), Buffer.from([0xe9]), Buffer.from(' owner.\n')]);
    writeFileSync(path.join(dir, 'notes/latin1.md'), latin1);
    const run = runBuiltCli(['check', 'notes', '--fix'], dir);
    // Not UTF-8 (nor UTF-16 with a BOM): the note is not-checked (issue 11), so never fixed.
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/notes\/latin1\.md:1:1 +error +not-checked +Not checked: .*not valid UTF-8/);
    expect(readFileSync(path.join(dir, 'notes/latin1.md')).equals(latin1)).toBe(true);
  });

  it('--fix-dry-run prints a unified diff that git apply takes, and writes nothing', () => {
    const dir = gateWorkspace();
    const run = runBuiltCli(['check', 'notes', '--fix-dry-run'], dir);
    expect(run.stdout).toContain('--- a/notes/rail.md\n+++ b/notes/rail.md\n@@ -3,4 +3,4 @@');
    expect(run.stdout).toContain('-Vesta Rail reported revenue of $5.1 billion for 2024, helped by grain volumes.\n+Vesta Rail reported revenue of $4.2 billion [@vesta-revenue-2024] for 2024, helped by grain volumes.\n');
    expect(run.stdout).toContain('+Orinoco Shipping revenue is $3.1 billion [@orinoco-revenue-2025].\r\n');
    expect(run.stderr).toMatch(/--fix-dry-run: 3 fixes in 3 notes \(nothing written/);
    expect(read(dir, 'notes/rail.md')).toBe(RAIL_NOTE);
    expect(read(dir, 'notes/shipping.md')).toBe(SHIPPING_NOTE);
    expect(run.status).toBe(0);
    // The diff applies: git apply writes exactly what --fix would.
    writeFileSync(path.join(dir, 'fix.patch'), run.stdout);
    const apply = spawnSync('git', ['apply', 'fix.patch'], { cwd: dir, encoding: 'utf8' });
    expect(apply.status, apply.stderr).toBe(0);
    expect(read(dir, 'notes/shipping.md')).toBe(SHIPPING_NOTE.replace('$2.8 billion', '$3.1 billion [@orinoco-revenue-2025]'));
    expect(read(dir, 'notes/rail.md')).toBe(RAIL_NOTE.replace('$5.1 billion', '$4.2 billion [@vesta-revenue-2024]'));
  });

  it('rejects --fix with --fix-dry-run', () => {
    const run = runBuiltCli(['check', 'notes', '--fix', '--fix-dry-run'], gateWorkspace());
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--fix and --fix-dry-run do not go together/);
  });
});
