import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, exampleWorkspace } from './cliHarness';

/** Runs the CLI with a reader that takes `bytes` of stdout and then closes the pipe, as `| head -c` does. */
function readThenClose(args: string[], cwd: string, bytes: number): Promise<{ status: number | null; stderr: string; read: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let read = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d: Buffer) => {
      read += d.length;
      if (read >= bytes) child.stdout.destroy();
    });
    child.on('close', (status) => resolve({ status, stderr, read }));
  });
}

describe('a reader that closes the pipe early (claimcheck … | head)', () => {
  it('ends the run quietly with its exit code, no EPIPE stack trace', async () => {
    const dir = exampleWorkspace();
    // Far more output than a pipe buffers, so the CLI is still writing when the reader leaves.
    let note = '---\ndate: 2025-02-14\n---\n# Rounds\n\n';
    for (let i = 0; i < 20_000; i++) note += `Anthropic raised $${(i % 900) + 1} million in 2024.\n\n`;
    writeFileSync(path.join(dir, 'notes/big.md'), note);
    const claims = await readThenClose(['claims', 'notes/big.md', '--format', 'json'], dir, 100);
    expect(claims.read).toBeGreaterThanOrEqual(100);
    expect(claims.stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(claims.status).toBe(0);
    // check keeps its verdict: findings at error severity still exit 1 after the reader left.
    const check = await readThenClose(['check', 'notes', '--format', 'json'], dir, 100);
    expect(check.stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(check.status).toBe(1);
  });
});
