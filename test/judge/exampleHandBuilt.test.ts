// The shipped example judged from hand-built claims (as issue #3 specifies the extractor reads them),
// so the engine's verdicts are pinned independently of the parser; example.test.ts runs the parser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { judgeNote } from '../../server/src/core/judge/judgeNote';
import type { Finding } from '../../server/src/core/types';
import { config, note } from './builders';
import { exampleClaims } from './exampleClaims';

const text = readFileSync('examples/notes/anthropic-compute.md', 'utf8');
const { index } = loadFacts([{ file: 'examples/facts.yaml', text: readFileSync('examples/facts.yaml', 'utf8') }]);
const claims = exampleClaims(text);
const parsed = note(text, { claims: Object.values(claims), referenceDate: '2025-02-14' });

function verdicts(asOf?: string): Record<string, Finding> {
  const findings = judgeNote(parsed, index, { config: config(), asOf });
  const byName: Record<string, Finding> = {};
  for (const [name, c] of Object.entries(claims)) {
    const f = findings.find((x) => x.claim.offset.start === c.offset.start && !x.citation);
    if (!f) throw new Error(`no finding for ${name}`);
    byName[name] = f;
  }
  return byName;
}
const ids = (f: Finding): string[] => f.facts.map((x) => x.id);

describe('the example at the note date (2025-02-14), hand-built claims', () => {
  const v = verdicts();
  it('supports the Colossus GPU count in September', () => {
    expect(v.colossus!.code).toBe('supported');
    expect(v.colossus!.severity).toBe('none');
    expect(ids(v.colossus!)).toEqual(['xai-colossus-gpus-2024-09']);
  });
  it("contradicts Amazon's $5 billion in May, listing the tranches", () => {
    expect(v.amazon!.code).toBe('contradicted');
    expect(v.amazon!.severity).toBe('error');
    expect(ids(v.amazon!)).toEqual(['amazon-anthropic-2023-09', 'amazon-anthropic-2024-03', 'amazon-anthropic-2024-11']);
    expect(v.amazon!.message).toBe("Amazon's investment in Anthropic: $5 billion in May 2024 — the sourced rounds are $1.25B (Sep 2023), $2.75B (Mar 2024), $4B (Nov 2024)");
  });
  it('supports $18 billion post-money with the latest valuation before the date', () => {
    expect(v.valuation!.code).toBe('supported');
    expect(ids(v.valuation!)).toEqual(['anthropic-valuation-2024-01']);
  });
  it('contradicts the combined 2025 capex with the sum of the guidance stated by then', () => {
    expect(v.capex!.code).toBe('contradicted');
    expect(ids(v.capex!)).toEqual(['microsoft-capex-fy2025', 'alphabet-capex-2025-feb', 'amazon-capex-2025-feb']);
    expect(v.capex!.suggestion).toBe('$255 billion');
    expect(v.capex!.entities).toEqual(['microsoft', 'alphabet', 'amazon']);
  });
  it('leaves the rest unsourced, none contradicted', () => {
    for (const name of ['exposure', 'warrants', 'doubling', 'clusters', 'runRate']) expect(v[name]!.code, name).toBe('unsourced');
  });
});

describe('the example as of 2026-06-30, hand-built claims', () => {
  const v = verdicts('2026-06-30');
  it('calls $18 billion outdated against the $965 billion of 2026-05-28', () => {
    expect(v.valuation!.code).toBe('outdated');
    expect(v.valuation!.severity).toBe('warning');
    expect(ids(v.valuation!)[0]).toBe('anthropic-valuation-2026-05');
    expect(v.valuation!.suggestion).toBe('$965 billion');
    expect(v.valuation!.cite).toEqual(['anthropic-valuation-2026-05']);
  });
  // Issue 9 pt 1: a target is compared with guidance only; the file has actual run-rates alone.
  it('leaves the run-rate target unsourced: only actual run-rates are sourced', () => {
    expect(v.runRate!.code).toBe('unsourced');
    expect(v.runRate!.message).toContain('only actual figures are sourced');
  });
  it('contradicts the combined capex with the latest 2025 guidance', () => {
    expect(v.capex!.code).toBe('contradicted');
    expect(ids(v.capex!)).toEqual(['microsoft-capex-fy2025', 'alphabet-capex-2025-oct', 'amazon-capex-2025-oct']);
    expect(v.capex!.suggestion).toBe('$296\u2013298 billion');
  });
  it('still never contradicts the unsourced claims', () => {
    for (const name of ['exposure', 'warrants', 'doubling', 'clusters']) expect(v[name]!.code, name).toBe('unsourced');
  });
});
