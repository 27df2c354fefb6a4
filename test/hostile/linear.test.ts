// Issue 11 pt 2: pathological inputs at small sizes, asserting outcomes (the times are in
// bench/hostile.bench.mjs). Each still yields its claims, and the contradicted figure still counts.
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../server/src/core/check';
import { loadConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { CONTRADICTED, FACTS } from './harness';
import { bigFacts, bigTable, bracketRuns, deepNesting, dollarTokens, longLine, nestedEmphasis } from './inputs.mjs';

const { config } = loadConfig(undefined, '.claimcheck.yaml');
const { index } = loadFacts([{ file: 'facts.yaml', text: FACTS }], { today: '2026-01-15' });
const check = (text: string) => checkNote(`---\ndate: 2025-03-01\n---\n${CONTRADICTED}\n\n${text}`, index, config, { today: '2026-01-15' });
const codes = (r: ReturnType<typeof check>) => [...r.findings.map((f) => f.code), ...r.note.problems.map((p) => p.code)];

describe('pathological notes', () => {
  it('a table of 300 rows: a claim per figure cell, each with its row and header', () => {
    const r = check(bigTable(300));
    expect(r.note.claims.filter((c) => c.text.endsWith('billion'))).toHaveLength(300);
    expect(codes(r)).toContain('contradicted');
  });

  it('one 30 KB line: every sentence claim found', () => {
    const text = longLine(30_000);
    const r = check(text);
    const sentences = text.split('. ').filter((s) => s.includes('$')).length;
    expect(r.note.claims.filter((c) => c.kind !== 'duration' && c.text.startsWith('$'))).toHaveLength(sentences + 1);
    expect(codes(r)).toContain('contradicted');
  });

  it('5,000 `$n` tokens in one paragraph: 5,000 claims, within the budget', () => {
    const r = check(dollarTokens(5000));
    expect(r.note.claims.length).toBe(5001);
    expect(codes(r)).toContain('contradicted');
    expect(codes(r)).not.toContain('not-checked');
  });

  it('100,000 `$1` tokens are over the default work budget: not-checked with the reason, at once', () => {
    const r = check(dollarTokens(100_000));
    const problem = r.note.problems.find((p) => p.code === 'not-checked');
    expect(problem?.severity).toBe('error');
    expect(problem?.message).toMatch(/100,00\d numbers, over the work budget of 50,000/);
  });

  it('nested emphasis and bracket runs: the claim before them is still found', () => {
    for (const text of [nestedEmphasis(5000), bracketRuns(5000)]) {
      const r = check(text);
      expect(r.note.claims.map((c) => c.text)).toEqual(expect.arrayContaining(['$310 million', '$5 billion']));
      expect(codes(r)).toContain('contradicted');
    }
  });

  it('a paragraph of 20 KB of alternating emphasis markers is not-checked at once, with the reason', () => {
    const r = check(`${'*_'.repeat(5000)}x${'_*'.repeat(5000)}\n`);
    const problem = r.note.problems.find((p) => p.code === 'not-checked');
    expect(problem?.severity).toBe('error');
    expect(problem?.message).toMatch(/a paragraph has 20,000 emphasis markers \(\* _ ~\), over the work budget of 4,000 per paragraph/);
    // Only that paragraph is left unchecked (line 6): the figure before it is still judged.
    expect(problem?.range.start.line).toBe(5);
    expect(codes(r)).toContain('contradicted');
  });

  it('emphasis spread over table rows and list items stays within the marker budget', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `| **Company ${i}** | _$${i + 1} million_ |`).join('\n');
    const items = Array.from({ length: 1500 }, (_, i) => `- **Item ${i}** is *fine*`).join('\n');
    const r = check(`| Name | Revenue |\n|---|---|\n${rows}\n\n${items}\n`);
    expect(codes(r)).not.toContain('not-checked');
    expect(codes(r)).toContain('contradicted');
    expect(r.note.claims.length).toBeGreaterThanOrEqual(3001);
  });

  it('deep nesting over the budget is not-checked at once; within it the note is checked', () => {
    for (const kind of ['quote', 'list', 'ordered'] as const) {
      const deep = check(deepNesting(3000, kind));
      const problem = deep.note.problems.find((p) => p.code === 'not-checked');
      expect(problem?.message, kind).toMatch(/a line nests 3,000 block quotes or list items, over the work budget of 100/);
      // The problem covers the nested block (line 8), and the rest of the note is still judged.
      expect(problem!.range.start.line, kind).toBeLessThanOrEqual(7);
      expect(problem!.range.end.line, kind).toBeGreaterThanOrEqual(7);
      expect(codes(deep), kind).toContain('contradicted');
      const shallow = check(deepNesting(60, kind));
      expect(codes(shallow), kind).toContain('contradicted');
      expect(shallow.note.claims.map((c) => c.text), kind).toContain('$7 billion');
    }
  });
});

describe('facts at scale (small sizes)', () => {
  it('2,000 facts over 600 entities: every fact loads, lookups by entity and metric find the right one', () => {
    const { index: big, problems } = loadFacts([{ file: 'facts.yaml', text: bigFacts(2000, 600) }], { today: '2026-01-15' });
    expect(problems).toEqual([]);
    expect(big.facts).toHaveLength(2000);
    expect(big.entities.size).toBe(600);
    // fact-1234: entity ent-34 (1234 % 600), revenue? metric index 1234 % 3 = 1 → valuation.
    const fact = big.byId.get('fact-1234')!;
    expect(fact).toMatchObject({ entities: ['ent-34'], metric: 'valuation', value: ((1234 % 977) + 1) * 1e6 });
    const valuation = ((1234 % 977) + 1) * 1e6;
    const note = `---\ndate: 2025-06-30\n---\nEntity 34 Holdings was valued at $${(valuation / 1e6) * 3} million in ${fact.asOf.slice(0, 4)}.\n`;
    const r = checkNote(note, big, config, { today: '2026-01-15' });
    expect(r.findings.map((f) => [f.code, f.facts.map((x) => x.id)])).toContainEqual(['contradicted', expect.arrayContaining(['fact-1234'])]);
  });
});
