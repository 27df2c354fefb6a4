// `claimcheck ledger`: every figure with note, line, entity, metric, kind, time, value, verdict
// and facts, as RFC 4180 CSV safe to open in a spreadsheet, or as JSON; on notes outside the
// example's domain (rail, biotech, shipping), through the built CLI.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../server/src/core/facts/csvReader';
import type { LedgerRow } from '../../server/src/cli/ledger';
import { exampleWorkspace, runBuiltCli } from './cliHarness';
import { gateWorkspace } from './gateWorkspace';

/** The CSV's records as arrays of raw cells (quotes removed, a leading apostrophe kept). */
function records(csv: string): string[][] {
  const table = readCsv(csv);
  expect(table.problems).toEqual([]);
  return table.rows.map((r) =>
    r.cells.map((c) => {
      const raw = csv.slice(c.span.start, c.span.end);
      return c.quoted ? raw.slice(1, -1).replace(/""/g, '"') : raw;
    }),
  );
}

type Row = LedgerRow;

describe('claimcheck ledger', () => {
  it('lists every figure of the notes as CSV, one record per figure, with the facts behind it', () => {
    const dir = gateWorkspace();
    const run = runBuiltCli(['ledger', 'notes'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    // RFC 4180: every record ends with CRLF, including the last.
    expect(run.stdout.endsWith('\r\n')).toBe(true);
    expect(run.stdout.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [header, ...rows] = records(run.stdout);
    expect(header).toEqual(['note', 'line', 'column', 'claim', 'kind', 'entity', 'metric', 'time', 'value', 'low', 'high', 'unit', 'verdict', 'facts', 'fact_values', 'fact_as_of', 'sources']);
    const at = (name: string, row: string[]) => row[header!.indexOf(name)];
    // In `check`'s order: notes sorted by path within the directory, figures in document order.
    expect(rows.map((r) => [at('note', r), at('claim', r), at('verdict', r)])).toEqual([
      ['notes/ops/biotech.md', '2,400 people', 'contradicted'],
      ['notes/ops/biotech.md', 'three sites', 'unsourced'],
      ['notes/rail.md', '$5.1 billion', 'contradicted'],
      ['notes/shipping.md', '$2.8 billion', 'outdated'],
    ]);
    const rail = rows[2]!;
    expect([at('line', rail), at('entity', rail), at('metric', rail), at('time', rail), at('value', rail), at('unit', rail)]).toEqual(['6', 'vesta', 'revenue', '2024', '5100000000', 'USD']);
    expect([at('facts', rail), at('fact_values', rail), at('sources', rail)]).toEqual(['vesta-revenue-2024', '4200000000 USD', 'https://example.com/vesta-ar']);
    // A figure with a comma is one quoted cell.
    expect(run.stdout).toContain('"2,400 people"');
  });

  it('writes the same ledger as JSON, with each fact as an object', () => {
    const dir = gateWorkspace();
    const run = runBuiltCli(['ledger', 'notes', '--format', 'json'], dir);
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as Row[];
    const shipping = rows.find((r) => r.note === 'notes/shipping.md')!;
    expect(shipping).toMatchObject({ claim: '$2.8 billion', kind: 'revenue', entities: ['orinoco'], metric: 'revenue', value: 2.8e9, unit: 'USD', verdict: 'outdated' });
    expect(shipping.facts.map((f) => f.id)).toContain('orinoco-revenue-2024');
    expect(rows.map((r) => r.verdict)).toEqual(['contradicted', 'unsourced', 'contradicted', 'outdated']);
  });

  it('keeps a spreadsheet from running any cell as a formula, and numbers as numbers', () => {
    const dir = gateWorkspace();
    // A note whose path, and a figure whose text, start with formula characters.
    writeFileSync(path.join(dir, '=HYPERLINK("evil.example").md'), '# Vesta\n\nVesta Rail posted a net loss of -$1.7 billion in 2024. Helix Biotherapeutics had +40 employees more.\n');
    const run = runBuiltCli(['ledger', '=HYPERLINK("evil.example").md'], dir);
    expect(run.status).toBe(0);
    const [header, ...rows] = records(run.stdout);
    const at = (name: string, row: string[]) => row[header!.indexOf(name)]!;
    expect(rows).toHaveLength(2);
    expect(at('note', rows[0]!)).toBe(`'=HYPERLINK("evil.example").md`);
    expect(at('claim', rows[0]!)).toBe("'-$1.7 billion");
    expect(at('value', rows[0]!)).toBe('-1700000000');
    // No cell of the file starts (after its opening quote) with = + - @ unless it is a number.
    for (const row of rows) for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell), cell).toBe(false);
  });

  it('takes --facts, --as-of and the config like check, and says when the list is incomplete', () => {
    const dir = exampleWorkspace();
    const later = JSON.parse(runBuiltCli(['ledger', 'notes', '--format', 'json', '--as-of', '2026-06-30'], dir).stdout) as Row[];
    expect(later.find((r) => r.claim === '$18 billion')?.verdict).toBe('outdated');
    mkdirSync(path.join(dir, 'other'));
    writeFileSync(path.join(dir, 'other/facts.yaml'), 'facts: []\n');
    const none = JSON.parse(runBuiltCli(['ledger', 'notes', '--format', 'json', '--facts', 'other/facts.yaml'], dir).stdout) as Row[];
    expect(new Set(none.map((r) => r.verdict))).toEqual(new Set(['unsourced']));
    writeFileSync(path.join(dir, 'facts.yaml'), 'facts:\n  - id: broken\n    entity: nobody\n');
    const broken = runBuiltCli(['ledger', 'notes'], dir);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/facts\.yaml:\d+:\d+ +error/);
    expect(broken.stderr).toContain('the ledger is incomplete');
    const usage = runBuiltCli(['ledger', 'notes', '--format', 'sarif'], dir);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("--format must be one of csv, json for 'ledger'");
    expect(runBuiltCli(['ledger', 'notes', '--min-sourced', '0.5'], dir).stderr).toContain("--min-sourced is an option of 'claimcheck check'");
  });

  it('gives the verdicts check gives, inconsistent across notes included', () => {
    const dir = gateWorkspace();
    // No fact for Orinoco's headcount: two notes that disagree on it are inconsistent, not sourced.
    writeFileSync(path.join(dir, 'notes/crew-a.md'), '---\ndate: 2025-06-01\n---\n# A\n\nOrinoco Shipping had 4,000 employees in 2024.\n');
    writeFileSync(path.join(dir, 'notes/crew-b.md'), '---\ndate: 2025-06-01\n---\n# B\n\nOrinoco Shipping had 5,000 employees in 2024.\n');
    const rows = JSON.parse(runBuiltCli(['ledger', 'notes/crew-a.md', 'notes/crew-b.md', '--format', 'json'], dir).stdout) as Row[];
    expect(rows.map((r) => [r.note, r.claim, r.entities, r.metric, r.time, r.verdict])).toEqual([
      ['notes/crew-a.md', '4,000 employees', ['orinoco'], 'employees', '2024', 'inconsistent'],
      ['notes/crew-b.md', '5,000 employees', ['orinoco'], 'employees', '2024', 'inconsistent'],
    ]);
    const check = runBuiltCli(['check', 'notes/crew-a.md', 'notes/crew-b.md', '--min-sourced', '0.5'], dir);
    expect(check.stdout).toContain('0 of 2 figures sourced (0%)');
    expect(check.status).toBe(1);
  });

  it('lists the same rows in the same order on 1 and on 2 worker threads', () => {
    const dir = gateWorkspace();
    // 16 notes: enough for two workers (8 notes each) to start.
    for (let i = 0; i < 13; i++) writeFileSync(path.join(dir, `notes/extra-${String(i).padStart(2, '0')}.md`), `# Extra ${i}\n\nVesta Rail reported revenue of $${4 + i / 10} billion for 2024.\n`);
    const one = runBuiltCli(['ledger', 'notes', '--jobs', '1'], dir);
    const two = runBuiltCli(['ledger', 'notes', '--jobs', '2'], dir);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.split('\r\n').filter((l) => l.startsWith('notes/extra-'))).toHaveLength(13);
    expect(one.stdout).toContain('notes/extra-02.md,3,32,$4.2 billion,revenue,vesta,revenue,2024,4200000000,,,USD,supported,vesta-revenue-2024');
  }, 60_000);
});

describe('facts export --format csv', () => {
  it('neutralises formula cells from facts files too, and reads them back as written', () => {
    const dir = gateWorkspace();
    writeFileSync(
      path.join(dir, 'facts/entities.yaml'),
      'entities:\n  vesta: { name: "=1+1 Vesta Rail", aliases: ["@vesta", Vesta Rail, Vesta] }\n  orinoco: { name: Orinoco Shipping }\n  helix: { name: Helix Biotherapeutics }\n',
    );
    const entities = runBuiltCli(['facts', 'export', '--format', 'csv', '--section', 'entities'], dir);
    expect(entities.status).toBe(0);
    expect(entities.stdout).toContain(`vesta,'=1+1 Vesta Rail,"'@vesta; Vesta Rail; Vesta"`);
    // Back as a facts sheet: the same names, so the notes are judged as before.
    const before = runBuiltCli(['ledger', 'notes'], dir).stdout;
    writeFileSync(path.join(dir, 'facts/entities.yaml'), '');
    writeFileSync(path.join(dir, 'facts/entities.csv'), entities.stdout);
    const yaml = runBuiltCli(['facts', 'export'], dir);
    expect(yaml.stdout).toContain(`vesta: { name: =1+1 Vesta Rail, aliases: [ "@vesta", Vesta Rail, Vesta ] }`);
    expect(runBuiltCli(['ledger', 'notes'], dir).stdout).toBe(before);
  });
});
