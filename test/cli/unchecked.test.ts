// Issue 9 pt 12: suppressed claims in `--format json` are listed as `unchecked` (severity none),
// and that code is documented in the README's JSON description and finding-code table.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBuiltCli } from './cliHarness';

const FACTS = `entities:
  mistral: { name: Mistral }
facts:
  - id: mistral-val
    entity: mistral
    metric: valuation
    value: 11.7e9
    unit: EUR
    as_of: 2024-09-01
    source: { url: https://example.com/m, title: Mistral round }
`;

// Two claims: the first is judged (contradicted: 6e9 vs 11.7e9), the second is suppressed.
const NOTE = `---
date: 2025-06-30
---
Mistral was valued at €6 billion.

<!-- claimcheck-disable-next-line -->
Mistral was valued at €5.8 billion.
`;

describe('unchecked claims in JSON', () => {
  it('lists a suppressed claim with code unchecked and severity none, next to the judged one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-unchecked-'));
    writeFileSync(path.join(dir, 'facts.yaml'), FACTS);
    writeFileSync(path.join(dir, 'note.md'), NOTE);
    const run = runBuiltCli(['check', 'note.md', '--format', 'json'], dir);
    const entries = JSON.parse(run.stdout) as { text: string; code: string; severity: string; line: number }[];
    expect(entries.map((e) => [e.text, e.code, e.severity, e.line])).toEqual([
      ['€6 billion', 'contradicted', 'error', 4],
      ['€5.8 billion', 'unchecked', 'none', 7],
      // The note's coverage closes its entries; the suppressed figure is not counted.
      [null, 'coverage', 'none', 1],
    ]);
    expect(run.status).toBe(1);
  });

  it('is documented in the README: JSON description and finding-code table', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const codes = readme.slice(readme.indexOf('## Finding codes'));
    expect(codes).toMatch(/^\| `unchecked` \| `--format json` only: .*suppression/m);
    expect(readme).toMatch(/code `unchecked` and severity `none`/);
  });
});
