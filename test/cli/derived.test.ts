// The gate on derived figures: JSON and SARIF carry the arithmetic and the facts used, and
// --fix writes the derived value until the note is clean.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from './cliHarness';

const FACTS = `entities:
  tidewater: { name: Tidewater Foods }
facts:
  - { id: tw-rev-2024-q2, entity: tidewater, metric: revenue, value: 800e6, unit: USD, as_of: 2024-08-01, period: 2024-Q2, source: { url: https://example.com/tw-q2-24, title: Tidewater Q2 2024 results } }
  - { id: tw-rev-2025-q2, entity: tidewater, metric: revenue, value: 1.0e9, unit: USD, as_of: 2025-08-01, period: 2025-Q2, source: { url: https://example.com/tw-q2-25, title: Tidewater Q2 2025 results } }
  - { id: tw-frozen-2025-q2, entity: tidewater, metric: revenue, segment: frozen foods, value: 350e6, unit: USD, as_of: 2025-08-01, period: 2025-Q2, source: { url: https://example.com/tw-q2-25 } }
`;
const NOTE = `---
date: 2025-09-15
---

# Tidewater Foods

Tidewater Foods' revenue grew 20% year over year in Q2 2025. Frozen foods made up 35% of Tidewater Foods' revenue in Q2 2025.
`;

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-derived-'));
  mkdirSync(path.join(dir, 'notes'));
  writeFileSync(path.join(dir, 'facts.yaml'), FACTS);
  writeFileSync(path.join(dir, 'notes/tidewater.md'), NOTE);
  return dir;
}

interface Entry {
  text: string | null;
  code: string;
  message: string;
  suggestion: string | null;
  facts: { id: string }[];
  derivation?: { form: string; formula: string; value: number; low: number; high: number; unit: string; operands: { role: string; fact: string }[] };
}

describe('claimcheck check on derived figures', () => {
  it('JSON carries the derivation: form, formula, value, interval and the facts with their roles', () => {
    const dir = workspace();
    const run = runBuiltCli(['check', 'notes', '--format', 'json'], dir);
    expect(run.status).toBe(1);
    const entries = JSON.parse(run.stdout) as Entry[];
    const growth = entries.find((e) => e.text === '20%')!;
    // 1.0 / 0.8 − 1 = 25%: "20%" (19.5–20.5) is contradicted.
    expect(growth.code).toBe('contradicted');
    expect(growth.message).toContain('derived');
    expect(growth.suggestion).toBe('25%');
    expect(growth.facts.map((f) => f.id)).toEqual(['tw-rev-2025-q2', 'tw-rev-2024-q2']);
    expect(growth.derivation).toEqual({
      form: 'growth',
      formula: '$1B / $800M − 1 = 25%',
      value: 25,
      low: 25,
      high: 25,
      unit: 'percent',
      operands: [
        { role: 'later', fact: 'tw-rev-2025-q2' },
        { role: 'earlier', fact: 'tw-rev-2024-q2' },
      ],
    });
    const share = entries.find((e) => e.text === '35%')!;
    expect(share.code).toBe('supported');
    expect(share.derivation?.form).toBe('share');
    expect(share.derivation?.operands).toEqual([
      { role: 'part', fact: 'tw-frozen-2025-q2' },
      { role: 'whole', fact: 'tw-rev-2025-q2' },
    ]);
  });

  it('SARIF keeps the derivation in the result properties', () => {
    const dir = workspace();
    const sarif = JSON.parse(runBuiltCli(['check', 'notes', '--format', 'sarif'], dir).stdout);
    const results = sarif.runs[0].results as { ruleId: string; properties?: { derivation?: { formula: string } } }[];
    expect(results.map((r) => [r.ruleId, r.properties?.derivation?.formula])).toEqual([['contradicted', '$1B / $800M − 1 = 25%']]);
  });

  it('--fix writes the derived value citing both facts, and the note then passes', () => {
    const dir = workspace();
    const fixed = runBuiltCli(['check', 'notes', '--fix'], dir);
    expect(fixed.stdout).toContain('20% → 25% [@tw-rev-2025-q2; @tw-rev-2024-q2]');
    expect(fixed.status).toBe(0);
    expect(readFileSync(path.join(dir, 'notes/tidewater.md'), 'utf8')).toBe(NOTE.replace('grew 20%', 'grew 25% [@tw-rev-2025-q2; @tw-rev-2024-q2]'));
    const again = JSON.parse(runBuiltCli(['check', 'notes', '--format', 'json'], dir).stdout) as Entry[];
    // The cited figure is derived from exactly the cited facts.
    expect(again.filter((e) => e.code !== 'coverage').map((e) => [e.text, e.code, e.derivation?.form])).toEqual([
      ['25%', 'supported', 'growth'],
      ['35%', 'supported', 'share'],
    ]);
    // Both figures are now backed by facts: the note's coverage entry says so.
    expect(again.filter((e) => e.code === 'coverage').map((e) => e.message)).toEqual(['2 of 2 figures sourced (100%)']);
  });
});
