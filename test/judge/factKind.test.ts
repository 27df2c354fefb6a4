// Fact kind (issue 9 pt 1): guidance words are compared with guidance facts, "currently"/"now"
// and results with actual facts; the other kind alone leaves the claim unsourced.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { judgeNote } from '../../server/src/core/judge/judgeNote';
import { parseNote } from '../../server/src/core/parse/parseNote';

const FACTS = `entities:
  nimbus: { name: Nimbus }
facts:
  - { id: nimbus-rr-2025-05, entity: nimbus, metric: revenue_run_rate, value: 2e9, unit: USD, as_of: 2025-05-02, source: { url: https://example.com/a } }
  - { id: nimbus-rr-guid-2026, entity: nimbus, metric: revenue_run_rate, value: 5e9, unit: USD, as_of: 2025-05-02, period: 2026-12, kind: guidance, source: { url: https://example.com/a } }
  - { id: nimbus-capex-2024, entity: nimbus, metric: capex, value: 1e9, unit: USD, as_of: 2025-02-01, period: 2024, source: { url: https://example.com/b } }
  - { id: nimbus-capex-guid-2025, entity: nimbus, metric: capex, value: 1.5e9, unit: USD, as_of: 2025-02-01, period: 2025, kind: guidance, source: { url: https://example.com/b } }
  - { id: nimbus-capex-2025, entity: nimbus, metric: capex, value: 1.9e9, unit: USD, as_of: 2026-02-01, period: 2025, source: { url: https://example.com/c } }
`;

function judge(body: string, asOf?: string) {
  const { index, problems } = loadFacts([{ file: 'facts.yaml', text: FACTS }], { today: '2026-12-31' });
  expect(problems).toEqual([]);
  const note = parseNote(`---\ndate: 2025-06-01\n---\n\n${body}\n`);
  return judgeNote(note, index, { config: defaultConfig, asOf });
}

describe('fact kind', () => {
  it('"now runs at" is the current actual figure; guidance for a coming period never contradicts it', () => {
    const [f] = judge('Nimbus now runs at an annualized revenue of $2 billion.');
    expect(f!.code).toBe('supported');
    expect(f!.comparedKind).toBe('actual');
    expect(f!.facts.map((x) => x.id)).toEqual(['nimbus-rr-2025-05']);
  });
  it('a target is compared with guidance', () => {
    const [f] = judge('Nimbus targets an annualized revenue of $5 billion by the end of 2026.');
    expect(f!.code).toBe('supported');
    expect(f!.comparedKind).toBe('guidance');
    expect(f!.message).toContain('matches the sourced guidance, $5B');
  });
  it('a guidance claim with only actual figures for it is unsourced, and says so', () => {
    const [f] = judge('Nimbus expected 2024 capex of $1.2 billion.');
    expect(f!.code).toBe('unsourced');
    expect(f!.message).toBe('No guidance yet for Nimbus\' capex in 2024; only actual figures are sourced');
  });
  it('a plain result with only guidance for it is unsourced', () => {
    const [f] = judge('Nimbus spent $1.2 billion on capex in 2026.');
    expect(f!.code).toBe('unsourced');
  });
  it('a later actual never makes guidance outdated or contradicted', () => {
    const [f] = judge('Nimbus guided 2025 capex to $1.5 billion.', '2026-06-30');
    expect(f!.code).toBe('supported');
    expect(f!.facts.map((x) => x.id)).toEqual(['nimbus-capex-guid-2025']);
  });
  it('a plain figure for a year still running is judged by full-year guidance, then by the full-year actual', () => {
    expect(judge('Nimbus capex in 2025 is $1.5 billion.')[0]!.code).toBe('supported');
    expect(judge('Nimbus capex in 2025 is $1.5 billion.', '2026-06-30')[0]!.code).toBe('outdated');
  });
});

describe('plans and their deadlines', () => {
  it('a plan\'s deadline month without its year is the next one, unless the plan is told in the past', () => {
    const [next] = judge('Nimbus plans capex of $1.5 billion by March.');
    expect(next!.code).toBe('unsourced');
    expect(next!.message).toContain('March 2026');
    const [past] = judge('Nimbus had said capex would be $1.5 billion by March.');
    expect(past!.message).toContain('March 2025');
  });
  it('"planned" after a figure that describes another noun makes no plan of the figure', () => {
    const [f] = judge('Nimbus capex was $1.9 billion in 2025 for planned upgrades.', '2026-06-30');
    expect(f!.code).toBe('supported');
    expect(f!.comparedKind).toBe('actual');
  });
});
