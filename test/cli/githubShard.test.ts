import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../server/src/cli/githubOutput';
import { inShard } from '../../server/src/cli/shard';
import { runBuiltCli } from './cliHarness';
import { gateWorkspace } from './gateWorkspace';

describe('claimcheck check --format github', () => {
  it('prints one workflow command per problem with its exact place', () => {
    const dir = gateWorkspace();
    const run = runBuiltCli(['check', 'notes', '--format', 'github'], dir);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toContain(
      "::error file=notes/rail.md,line=6,col=32,endLine=6,endColumn=44,title=claimcheck contradicted::Vesta Rail's revenue: note says $5.1 billion (2024); sourced: $4.2 billion on 2024-12-31 [vesta-revenue-2024] — contradicted",
    );
    expect(lines.filter((l) => l.startsWith('::warning file=notes/shipping.md,line=6,'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('::notice file=notes/ops/biotech.md,'))).toHaveLength(1);
    expect(lines[lines.length - 1]).toBe('claimcheck: 2 errors, 1 warning, 1 info in 3 notes');
  });

  it('escapes file names and messages by the workflow-command rules', () => {
    expect(escapeData('50% of 2\r\nlines')).toBe('50%25 of 2%0D%0Alines');
    expect(escapeProperty('notes/a,b: c%.md')).toBe('notes/a%2Cb%3A c%25.md');
    const dir = gateWorkspace();
    mkdirSync(path.join(dir, 'odd'));
    writeFileSync(path.join(dir, 'odd/q1, q2: 100%.md'), '---\ndate: 2025-02-01\n---\nVesta Rail revenue was $9 billion in 2024.\n');
    const run = runBuiltCli(['check', 'odd', '--format', 'github'], dir);
    expect(run.stdout).toMatch(/^::error file=odd\/q1%2C q2%3A 100%25\.md,line=4,col=\d+,endLine=4,endColumn=\d+,title=claimcheck contradicted::/m);
  });
});

describe('claimcheck check --shard', () => {
  it('puts every note in exactly one shard, the same on every run', () => {
    const dir = gateWorkspace();
    for (let i = 0; i < 9; i++) writeFileSync(path.join(dir, `notes/extra-${i}.md`), `Vesta Rail revenue was $4.2 billion in 2024 (copy ${i}).\n`);
    const all = (args: string[]) =>
      [...new Set((JSON.parse(runBuiltCli(['check', 'notes', '--format', 'json', ...args], dir).stdout) as { file: string }[]).map((e) => e.file))].sort();
    const everything = all([]);
    expect(everything).toHaveLength(12);
    const shards = [1, 2, 3].map((i) => all(['--shard', `${i}/3`]));
    expect(shards.flat().sort()).toEqual(everything);
    for (const shard of shards) expect(shard.length).toBe(4);
    expect(all(['--shard', '2/3'])).toEqual(shards[1]);
  });

  it('splits any list evenly and stably (in-process)', () => {
    const paths = Array.from({ length: 101 }, (_, i) => `notes/${String(i).padStart(3, '0')}.md`);
    for (const count of [1, 2, 7, 200]) {
      const parts = Array.from({ length: count }, (_, i) => inShard(paths, (p) => p, { index: i + 1, count }));
      expect(parts.flat().sort()).toEqual(paths);
      const sizes = parts.map((p) => p.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
    // A note's shard depends on the set of paths, not on their order.
    expect(inShard([...paths].reverse(), (p) => p, { index: 3, count: 7 }).sort()).toEqual(inShard(paths, (p) => p, { index: 3, count: 7 }).sort());
  });

  it('rejects a malformed --shard', () => {
    for (const bad of ['0/3', '4/3', '2', 'a/b']) {
      const run = runBuiltCli(['check', 'notes', '--shard', bad], gateWorkspace());
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/--shard must be i\/n/);
    }
  });
});
