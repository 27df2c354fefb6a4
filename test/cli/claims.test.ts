import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NOTE, exampleWorkspace, lineColumnOf, runBuiltCli } from './cliHarness';
import { claimToJson } from '../../server/src/cli/claimsOutput';
import { parseNote } from '../../server/src/core/parse/parseNote';

const FIELDS = ['file', 'line', 'column', 'endLine', 'endColumn', 'text', 'kind', 'value', 'low', 'high', 'unit', 'bound', 'approx', 'time'];

describe('claimcheck claims', () => {
  const dir = exampleWorkspace();
  const noteText = readFileSync(path.join(dir, EXAMPLE_NOTE), 'utf8');

  it('prints the example note claims as JSON with the documented fields and 1-based UTF-16 positions', () => {
    const run = runBuiltCli(['claims', EXAMPLE_NOTE, '--format', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const claims = JSON.parse(run.stdout) as Record<string, unknown>[];
    for (const claim of claims) for (const field of FIELDS) expect(claim).toHaveProperty(field);

    const valuation = claims.find((c) => c.text === '$18 billion');
    expect(valuation).toMatchObject({ file: EXAMPLE_NOTE, value: 18e9, low: null, high: null, unit: 'USD', bound: 'eq' });
    const at = lineColumnOf(noteText, '$18 billion');
    expect(valuation).toMatchObject({ line: at.line, column: at.column, endLine: at.line, endColumn: at.column + '$18 billion'.length });

    expect(claims.find((c) => c.text === '$4 billion')).toMatchObject({ value: 4e9, bound: 'gt' });
    expect(claims.find((c) => c.text === '$8 billion to $10 billion')).toMatchObject({ value: null, low: 8e9, high: 10e9, unit: 'USD' });
    expect(claims.find((c) => c.text === '4% to 6%')).toMatchObject({ low: 4, high: 6, unit: 'percent' });
    expect(claims.find((c) => String(c.text).startsWith('100,000 H100'))).toMatchObject({ value: 100000, time: '2024-09' });
    // Years used as time are never claims.
    expect(claims.some((c) => /^(2023|2025|2029)$/.test(String(c.text)))).toBe(false);
  });

  it('writes a fiscal quarter or half as a facts file\'s period does, a calendar one as it is', () => {
    const note = parseNote('---\ndate: 2026-11-20\n---\n# A\n\nRevenue was $5 billion in Q3 FY2026. Sales were $1 billion in the first half of fiscal 2026. Revenue was $4 billion in Q3 2026. Sales were $3 billion in fiscal 2025.\n');
    expect(note.claims.map((c) => claimToJson('n.md', c).time)).toEqual(['FY2026-Q3', 'FY2026-H1', '2026-Q3', 'FY2025']);
  });

  it('prints one text line per claim: file:line:column  kind  text  → value', () => {
    const run = runBuiltCli(['claims', EXAMPLE_NOTE], dir);
    expect(run.status).toBe(0);
    const at = lineColumnOf(noteText, '$5 billion');
    expect(run.stdout).toContain(`${EXAMPLE_NOTE}:${at.line}:${at.column}  `);
    const line = run.stdout.split('\n').find((l) => l.includes('$5 billion'));
    expect(line).toMatch(/→ 5,000,000,000 USD/);
  });

  it('recurses into directories over *.md and honors .gitignore', () => {
    const tree = exampleWorkspace();
    mkdirSync(path.join(tree, 'notes/drafts'), { recursive: true });
    writeFileSync(path.join(tree, 'notes/drafts/wip.md'), 'Revenue hit $3 billion.\n');
    writeFileSync(path.join(tree, 'notes/kept.md'), 'Headcount reached 1,200 employees.\n');
    writeFileSync(path.join(tree, '.gitignore'), 'notes/drafts/\n');
    const run = runBuiltCli(['claims', '.', '--format', 'json'], tree);
    expect(run.status).toBe(0);
    const files = new Set((JSON.parse(run.stdout) as { file: string }[]).map((c) => c.file));
    expect([...files].sort()).toEqual(['notes/anthropic-compute.md', 'notes/kept.md']);
  });

  it('exits 2 naming the file when a path does not exist, without a stack trace', () => {
    const run = runBuiltCli(['claims', 'missing.md'], exampleWorkspace());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("no such file or directory: 'missing.md'");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on usage errors', () => {
    const dir2 = exampleWorkspace();
    expect(runBuiltCli([], dir2).status).toBe(2);
    expect(runBuiltCli(['frobnicate', 'x.md'], dir2).stderr).toContain("unknown command 'frobnicate'");
    const badFormat = runBuiltCli(['claims', EXAMPLE_NOTE, '--format', 'sarif'], dir2);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('--format must be one of text, json');
    expect(runBuiltCli(['claims', EXAMPLE_NOTE, '--bogus'], dir2).status).toBe(2);
  });

  it('lists claims of a glob, and reports a glob that matches nothing', () => {
    const run = runBuiltCli(['claims', 'notes/*.md', '--format', 'json'], dir);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).length).toBeGreaterThan(5);
    const none = runBuiltCli(['claims', 'nothing/**/*.md'], dir);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("no files match 'nothing/**/*.md'");
  });
});
