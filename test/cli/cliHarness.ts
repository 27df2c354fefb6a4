import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');
export const EXAMPLE_NOTE = 'notes/anthropic-compute.md';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `claimcheck` binary as a user would (npm test builds it first). */
export function runBuiltCli(args: string[], cwd: string): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run 'npm run build' first (npm test does).`);
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch copy of the shipped examples (note + facts.yaml), so tests may break it freely. */
export function exampleWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-cli-'));
  cpSync(path.join(ROOT, 'examples'), dir, { recursive: true });
  return dir;
}

/** 1-based line and column of the first occurrence of `needle` in `text`, as the CLI prints them. */
export function lineColumnOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`'${needle}' not in text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
