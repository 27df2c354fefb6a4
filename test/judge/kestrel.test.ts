// A second note and facts file (other companies, other metrics: users, market share, power in GW,
// a file-defined metric, citations, a suppression comment), to show the engine is general.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { judgeNote } from '../../server/src/core/judge/judgeNote';
import { parseNote } from '../../server/src/core/parse/parseNote';
import type { Finding } from '../../server/src/core/types';

const text = readFileSync('test/judge/fixtures/kestrel-note.md', 'utf8');
const facts = loadFacts([{ file: 'kestrel-facts.yaml', text: readFileSync('test/judge/fixtures/kestrel-facts.yaml', 'utf8') }], { today: '2026-12-31' });
const note = parseNote(text);

function findingFor(findings: Finding[], claimText: string): Finding {
  const f = findings.find((x) => x.claim.text.includes(claimText) && x.code !== 'unknown-citation');
  if (!f) throw new Error(`no finding for "${claimText}" in ${JSON.stringify(findings.map((x) => x.claim.text))}`);
  return f;
}

describe('the Kestrel fixture at the note date (2025-09-30)', () => {
  const findings = judgeNote(note, facts.index, { config: defaultConfig });

  it('loads the fixture cleanly', () => {
    expect(facts.problems).toEqual([]);
    expect(note.referenceDate).toBe('2025-09-30');
  });
  it('supports users in an explicit month', () => {
    const f = findingFor(findings, '312 million');
    expect(f.code).toBe('supported');
    expect(f.cite).toEqual(['kestrel-users-2025-06']);
  });
  it('calls a figure superseded by a later one outdated, suggesting it in the note style', () => {
    const f = findingFor(findings, '84 million');
    expect(f.code).toBe('outdated');
    expect(f.entities).toEqual(['lumen']);
    expect(f.suggestion).toBe('91 million users');
  });
  it('sums two companies for "together"', () => {
    const f = findingFor(findings, '403 million');
    expect(f.code).toBe('supported');
    expect(f.facts.map((x) => x.id)).toEqual(['kestrel-users-2025-06', 'lumen-users-2025-08']);
  });
  it('contradicts a market share for a past year', () => {
    const f = findingFor(findings, '41%');
    expect(f.code).toBe('contradicted');
    expect(f.metric).toBe('market_share');
    expect(f.suggestion).toBe('38%');
  });
  it('leaves a target for a future year unsourced', () => {
    expect(findingFor(findings, '20%').code).toBe('unsourced');
  });
  it('judges cited claims against the cited facts: supported, citation-mismatch', () => {
    const power = findingFor(findings, '1.2 GW');
    expect(power.code).toBe('supported');
    expect(power.cite).toEqual(['kestrel-power-2025-05']);
    const campus = findingFor(findings, '1.5 GW');
    expect(campus.code).toBe('citation-mismatch');
    expect(campus.citation?.id).toBe('kestrel-campus-2025-07');
    expect(campus.suggestion).toBe('1.1 GW');
  });
  it('reports the unknown citation', () => {
    const f = findings.find((x) => x.code === 'unknown-citation');
    expect(f?.citation?.id).toBe('kestrel-arpu-2025');
  });
  it('honours the suppression comment', () => {
    expect(findings.some((x) => x.claim.text.includes('250 million'))).toBe(false);
    const unsuppressed = judgeNote({ ...note, suppressions: [] }, facts.index, { config: defaultConfig });
    expect(findingFor(unsuppressed, '250 million').code).toBe('contradicted');
  });
});

describe('the Kestrel fixture as of 2026-06-30', () => {
  const findings = judgeNote(note, facts.index, { config: defaultConfig, asOf: '2026-06-30' });
  it('keeps an explicit past month supported', () => {
    expect(findingFor(findings, '312 million').code).toBe('supported');
  });
  it('calls the combined figure outdated once both companies reported more', () => {
    const f = findingFor(findings, '403 million');
    expect(f.code).toBe('outdated');
    expect(f.suggestion).toBe('450 million users');
  });
});
