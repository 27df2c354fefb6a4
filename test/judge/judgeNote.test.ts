import { describe, expect, it } from 'vitest';
import { judgeNote } from '../../server/src/core/judge/judgeNote';
import type { Claim, FactIndex, Finding, ParsedNote } from '../../server/src/core/types';
import { citationIn, claimIn, config, fact, index, note, time } from './builders';

const idx: FactIndex = index({
  entities: { acme: ['Acme', 'Acme Corp'], globex: ['Globex'], initech: ['Initech'] },
  facts: [
    fact({ id: 'acme-val-2023', entity: 'acme', metric: 'valuation', value: 10e9, asOf: '2023-05-01' }),
    fact({ id: 'acme-val-2024', entity: 'acme', metric: 'valuation', value: 24.6e9, asOf: '2024-06-10' }),
    fact({ id: 'acme-val-2025', entity: 'acme', metric: 'valuation', value: 60e9, asOf: '2025-09-01' }),
    fact({ id: 'globex-users-2025', entity: 'globex', metric: 'users', value: 120e6, unit: 'users', asOf: '2025-03-01' }),
    fact({ id: 'initech-users-2025', entity: 'initech', metric: 'users', value: 30e6, unit: 'users', asOf: '2025-04-01' }),
    fact({ id: 'globex-in-acme-2024', entity: 'globex', counterparty: 'acme', metric: 'investment', value: 2e9, asOf: '2024-02' }),
    fact({ id: 'globex-capex-2025', entity: 'globex', metric: 'capex', value: 40e9, asOf: '2025-02-01', period: '2025', kind: 'guidance' }),
    fact({ id: 'globex-capex-2025-rev', entity: 'globex', metric: 'capex', value: 50e9, asOf: '2025-08-01', period: '2025', kind: 'guidance' }),
  ],
});

function judge(text: string, claims: Claim[], extra: Partial<ParsedNote> = {}, asOf?: string, cfg = config()): Finding[] {
  const n = { ...note(text, { claims, referenceDate: '2025-06-30' }), ...extra };
  return judgeNote(n, idx, { config: cfg, asOf });
}

describe('verdicts', () => {
  it('supports a figure within the claim precision and contradicts one outside', () => {
    const text = 'Acme was valued at $25 billion. Acme was valued at $30 billion.';
    const [a, b] = judge(text, [
      claimIn(text, '$25 billion', { kind: 'valuation', value: 25e9, precision: 0.5e9 }),
      claimIn(text, '$30 billion', { kind: 'valuation', value: 30e9, precision: 0.5e9 }),
    ]);
    expect(a!.code).toBe('supported');
    expect(a!.facts.map((f) => f.id)).toEqual(['acme-val-2024']);
    expect(b!.code).toBe('contradicted');
    expect(b!.suggestion).toBe('$24.6 billion');
    expect(b!.cite).toEqual(['acme-val-2024']);
    expect(b!.message).toBe("Acme's valuation: $30 billion — the sourced figure is $24.6B (Jun 2024)");
  });
  it('calls a figure that matches an older fact outdated, and a fact after the reference date changes nothing', () => {
    const text = 'Acme was valued at $10 billion.';
    const c = claimIn(text, '$10 billion', { kind: 'valuation', value: 10e9, precision: 0.5e9 });
    expect(judge(text, [c])[0]!.code).toBe('outdated');
    expect(judge(text, [c], { referenceDate: '2024-01-01' })[0]!.code).toBe('supported');
    const later = 'Acme was valued at $60 billion.';
    const c60 = claimIn(later, '$60 billion', { kind: 'valuation', value: 60e9, precision: 0.5e9 });
    expect(judge(later, [c60])[0]!.code).toBe('contradicted');
    expect(judge(later, [c60], {}, '2025-12-31')[0]!.code).toBe('supported');
  });
  it('calls an explicit past period without a fact contradicted, saying when the figure was true', () => {
    const text = 'Globex invested $2 billion in Acme in May 2024.';
    const f = judge(text, [claimIn(text, '$2 billion', { kind: 'funding', value: 2e9, precision: 0.5e9, time: time('2024-05', { text: 'in May 2024' }) })])[0]!;
    expect(f.code).toBe('contradicted');
    expect(f.message).toBe('Globex\'s investment in Acme: $2 billion in May 2024 — the sourced round is $2B (Feb 2024); the figure is from Feb 2024');
    expect(f.cite).toEqual(['globex-in-acme-2024']);
  });
  it('leaves a period not yet over unsourced', () => {
    const text = 'Acme will be valued at $80 billion by late 2025.';
    const c = claimIn(text, '$80 billion', { kind: 'valuation', value: 80e9, precision: 0.5e9, time: time('2025-H2', { by: true, text: 'by late 2025' }) });
    expect(judge(text, [c])[0]!.code).toBe('unsourced');
  });
  it('says unsourced when no fact exists for the entity and metric', () => {
    const text = 'Initech was valued at $3 billion.';
    const f = judge(text, [claimIn(text, '$3 billion', { kind: 'valuation', value: 3e9, precision: 0.5e9 })])[0]!;
    expect(f.code).toBe('unsourced');
    expect(f.severity).toBe('information');
    expect(f.message).toBe("No fact yet for Initech's valuation");
  });
  it('matches a counterparty fact only when the note names the counterparty', () => {
    const withAcme = 'Globex put $2 billion into Acme as an investment.';
    const alone = 'Globex made a $2 billion investment.';
    expect(judge(withAcme, [claimIn(withAcme, '$2 billion', { kind: 'funding', value: 2e9, precision: 0.5e9 })])[0]!.code).toBe('supported');
    expect(judge(alone, [claimIn(alone, '$2 billion', { kind: 'funding', value: 2e9, precision: 0.5e9 })])[0]!.code).toBe('unsourced');
  });
  it('uses the entity the paragraph named last when the sentence names none', () => {
    const text = 'Initech stalled. Globex did not. The company reached 120 million users.';
    const f = judge(text, [claimIn(text, '120 million users', { kind: 'users', value: 120e6, unit: 'users', precision: 0.5e6 })])[0]!;
    expect(f.code).toBe('supported');
    expect(f.entities).toEqual(['globex']);
  });
  it('judges the nearest named entity when a sentence names several', () => {
    const text = 'Unlike Initech, Globex reached 120 million users.';
    const f = judge(text, [claimIn(text, '120 million users', { kind: 'users', value: 120e6, unit: 'users', precision: 0.5e6 })])[0]!;
    expect(f.entities).toEqual(['globex']);
    expect(f.code).toBe('supported');
  });
  it('sums the named entities for combined claims', () => {
    const text = 'Globex and Initech together have 150 million users. Globex and Initech together have 200 million users.';
    const [a, b] = judge(text, [
      claimIn(text, '150 million users', { kind: 'users', value: 150e6, unit: 'users', precision: 5e6 }),
      claimIn(text, '200 million users', { kind: 'users', value: 200e6, unit: 'users', precision: 5e6 }),
    ]);
    expect(a!.code).toBe('supported');
    expect(a!.facts.map((f) => f.id)).toEqual(['globex-users-2025', 'initech-users-2025']);
    expect(b!.code).toBe('contradicted');
    expect(b!.suggestion).toBe('150 million users');
  });
  it('cannot add up a combined figure when one entity has no fact for the period', () => {
    const text = 'Globex and Initech together have 150 million users in 2024.';
    const f = judge(text, [claimIn(text, '150 million users', { kind: 'users', value: 150e6, unit: 'users', precision: 5e6, time: time('2024') })])[0]!;
    expect(f.code).toBe('unsourced');
    expect(f.message).toBe("No fact yet for the users of Globex and Initech in 2024, so the sum cannot be checked");
  });
  it('lists the addends in the order the sentence names them', () => {
    const text = 'Initech and Globex together have 150 million users.';
    const f = judge(text, [claimIn(text, '150 million users', { kind: 'users', value: 150e6, unit: 'users', precision: 5e6 })])[0]!;
    expect(f.entities).toEqual(['initech', 'globex']);
    expect(f.message).toContain("Initech and Globex's combined users");
  });
  it('prefers a fact about the named entities together over adding up their own', () => {
    const joint = fact({ id: 'joint', entity: ['globex', 'initech'], metric: 'users', value: 140e6, unit: 'users', asOf: '2025-05-01' });
    const withJoint = { ...idx, facts: [...idx.facts, joint], byId: new Map([...idx.byId, ['joint', joint]]) };
    const text = 'Globex and Initech together have 140 million users.';
    const c = claimIn(text, '140 million users', { kind: 'users', value: 140e6, unit: 'users', precision: 0.5e6 });
    const [f] = judgeNote(note(text, { claims: [c], referenceDate: '2025-06-30' }), withJoint, { config: config() });
    expect(f!.code).toBe('supported');
    expect(f!.cite).toEqual(['joint']);
  });
  it('calls guidance superseded by a revision for the same period outdated', () => {
    const text = 'Globex guided 2025 capex to $40 billion.';
    const c = claimIn(text, '$40 billion', { kind: 'capex', value: 40e9, precision: 0.5e9, time: time('2025') });
    expect(judge(text, [c])[0]!.code).toBe('supported');
    expect(judge(text, [c], {}, '2025-12-31')[0]!.code).toBe('outdated');
  });
  it('compares only the same currency', () => {
    const text = 'Acme was valued at €24.6 billion.';
    const f = judge(text, [claimIn(text, '€24.6 billion', { kind: 'valuation', value: 24.6e9, unit: 'EUR', precision: 0.05e9 })])[0]!;
    expect(f.code).toBe('unsourced');
  });
});

describe('citations', () => {
  const text = 'Acme was valued at $25 billion [@acme-val-2024]. Acme was valued at $12 billion [@acme-val-2024; @acme-val-2023]. Acme is big [@no-such-fact].';
  const claims = [
    claimIn(text, '$25 billion', { kind: 'valuation', value: 25e9, precision: 0.5e9 }),
    claimIn(text, '$12 billion', { kind: 'valuation', value: 12e9, precision: 0.5e9 }),
  ];
  const citations = [
    citationIn(text, '[@acme-val-2024]', 0),
    citationIn(text, '[@acme-val-2024; @acme-val-2023]', 1),
    citationIn(text, '[@no-such-fact]', null),
  ];
  const findings = judge(text, claims, { citations });

  it('judges a cited claim against the cited fact only', () => {
    expect(findings[0]!.code).toBe('supported');
    expect(findings[0]!.cite).toEqual(['acme-val-2024']);
  });
  it('reports a cited fact that disagrees as citation-mismatch on its key', () => {
    const f = findings.find((x) => x.code === 'citation-mismatch')!;
    expect(f.claim.text).toBe('$12 billion');
    expect(f.citation?.id).toBe('acme-val-2024');
    expect(f.severity).toBe('error');
    expect(f.suggestion).toBe('$24.6 billion');
  });
  it('reports a key naming no fact as unknown-citation, with the nearest claim', () => {
    const f = findings.find((x) => x.code === 'unknown-citation')!;
    expect(f.citation?.id).toBe('no-such-fact');
    expect(f.claim.text).toBe('$12 billion');
    expect(f.message).toBe('$12 billion — [@no-such-fact] is not in the facts files (8 facts loaded)');
  });
  it('still reports an unknown citation in a note without claims', () => {
    const t = 'See [@nothing].';
    const [f] = judge(t, [], { citations: [citationIn(t, '[@nothing]', null)] });
    expect(f!.code).toBe('unknown-citation');
    expect(f!.citation?.range.start.character).toBe(6);
  });
});

describe('suppression, severities and claim kinds', () => {
  const text = 'Acme was valued at $30 billion.\nAcme has 3 million users.';
  const claims = [
    claimIn(text, '$30 billion', { kind: 'valuation', value: 30e9, precision: 0.5e9 }),
    claimIn(text, '3 million users', { kind: 'users', value: 3e6, unit: 'users', precision: 0.5e6 }),
  ];
  const codes = (fs: Finding[]): string[] => fs.map((f) => f.code);

  it('reports both without suppression', () => {
    expect(codes(judge(text, claims))).toEqual(['contradicted', 'unsourced']);
  });
  it('drops findings on suppressed lines, for all codes or the codes named', () => {
    expect(codes(judge(text, claims, { suppressions: [{ fromLine: 0, toLine: 0, codes: [] }] }))).toEqual(['unsourced']);
    expect(codes(judge(text, claims, { suppressions: [{ fromLine: 0, toLine: 1, codes: ['unsourced'] }] }))).toEqual(['contradicted']);
  });
  it("drops 'off' codes and claim kinds not enabled", () => {
    const off = config();
    off.severity.unsourced = 'off';
    expect(codes(judge(text, claims, {}, undefined, off))).toEqual(['contradicted']);
    expect(codes(judge(text, claims, {}, undefined, config({ kinds: ['users'] })))).toEqual(['unsourced']);
    const warn = config();
    warn.severity.contradicted = 'warning';
    expect(judge(text, claims, {}, undefined, warn)[0]!.severity).toBe('warning');
  });
  it('checks nothing when front matter turns Claimcheck off', () => {
    expect(judge(text, claims, { frontMatter: { enabled: false, data: {} } })).toEqual([]);
  });
});
