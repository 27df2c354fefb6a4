// In-process runs of the CLI's main function (no spawn): fast enough for fuzzing, and the same
// code path as the binary (bin.ts only wires process.argv and the streams).
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../server/src/cli/main';

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], cwd: string, today = '2026-01-15'): Run {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, { cwd, today, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false });
  return { status, stdout, stderr };
}

/** A scratch folder with the given files (string = UTF-8 text, Uint8Array = bytes as is). */
export function scratch(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-hostile-'));
  write(dir, files);
  return dir;
}

export function write(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
}

/** A small facts file in a domain unlike the example's: a bakery chain and a shipping line. */
export const FACTS = `entities:
  crumbly: { name: Crumbly Bakeries, aliases: [Crumbly] }
  tidewater: { name: Tidewater Shipping, aliases: [Tidewater] }
facts:
  - id: crumbly-revenue-2024
    entity: crumbly
    metric: revenue
    value: 240e6
    unit: USD
    as_of: 2024-12-31
    period: 2024
    source: { url: "https://example.org/crumbly-annual-report", title: Crumbly annual report 2024 }
  - id: tidewater-staff-2024
    entity: tidewater
    metric: employees
    value: 1800
    unit: people
    as_of: 2024-06
    source: { url: "https://example.org/tidewater", title: Tidewater fact sheet }
`;

/** Contradicts crumbly-revenue-2024 ($240 million): the gate must fail on it. */
export const CONTRADICTED = 'Crumbly Bakeries had revenue of $310 million in 2024.';
/** Supported by the same fact. */
export const SUPPORTED = 'Crumbly Bakeries had revenue of $240 million in 2024.';

export function json(run: Run): { code: string; severity: string; message: string; line: number; column: number; text: string | null }[] {
  return JSON.parse(run.stdout);
}
