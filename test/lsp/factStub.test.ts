// The fact stub inserted by the "add a fact" quick fix keeps the facts file valid YAML, in its
// own indentation, and loads as a fact (its source left for the person to fill in).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { factStubFor, insertStub } from '../../server/src/lsp/factStub';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import type { Claim } from '../../server/src/core/types';

const FACTS = readFileSync('examples/facts.yaml', 'utf8');
const { index } = loadFacts([{ file: 'file:///w/facts.yaml', text: FACTS }], { today: '2026-01-01' });

const claim = (over: Partial<Claim> = {}): Claim => ({
  index: 0,
  text: '$18 billion',
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 11 } },
  offset: { start: 0, end: 11 },
  kind: 'valuation',
  value: 18e9,
  low: null,
  high: null,
  unit: 'USD',
  bound: 'eq',
  approx: false,
  precision: 0.5e9,
  time: null,
  sentence: { start: 0, end: 40 },
  sentenceText: "xAI's last valuation sat at $18 billion.",
  block: { start: 0, end: 40 },
  ...over,
});

function apply(text: string, ins: { offset: number; end?: number; text: string }): string {
  return text.slice(0, ins.offset) + ins.text + text.slice(ins.end ?? ins.offset);
}

describe('fact stub', () => {
  it('prefills entity, metric, value, unit and as_of and picks a fresh id', () => {
    const stub = factStubFor({ claim: claim(), entities: [], metric: undefined }, '2025-02-14', index);
    expect(stub.id).toBe('xai-valuation-2025-02-14');
    expect(stub.lines).toContain('entity: xai');
    expect(stub.lines).toContain('metric: valuation');
    expect(stub.lines).toContain('value: 18e9');
    expect(stub.lines).toContain('unit: USD');
    expect(stub.lines).toContain('as_of: 2025-02-14');
  });

  it('never reuses an existing id', () => {
    const stub = factStubFor(
      { claim: claim({ time: { text: 'in 2024-01', iso: '2024-01', from: '2024-01-01', to: '2024-01-31' } }), entities: ['anthropic'], metric: 'valuation' },
      '2025-02-14',
      index,
    );
    expect(index.byId.has('anthropic-valuation-2024-01')).toBe(true);
    expect(stub.id).toBe('anthropic-valuation-2024-01-2');
  });

  it('appends to the facts list of the example file, which then loads the new fact', () => {
    const stub = factStubFor({ claim: claim(), entities: ['anthropic'], metric: 'valuation' }, '2025-02-14', index);
    const out = apply(FACTS, insertStub(FACTS, stub)!);
    const doc = parse(out) as { facts: { id: string; value: number }[] };
    expect(doc.facts.at(-1)).toMatchObject({ id: stub.id, value: 18e9, entity: 'anthropic', as_of: '2025-02-14' });
    expect(doc.facts.length).toBe(index.facts.length + 1);
    const reloaded = loadFacts([{ file: 'file:///w/facts.yaml', text: out }], { today: '2026-01-01' });
    expect(reloaded.index.byId.get(stub.id)?.value).toBe(18e9);
  });

  it('follows the file indentation and handles a missing or empty list', () => {
    const stub = factStubFor({ claim: claim(), entities: ['acme'], metric: 'valuation' }, '2025-02-14', index);
    const flush = 'facts:\n- id: a\n  entity: acme\n';
    expect(parse(apply(flush, insertStub(flush, stub)!)).facts.map((f: { id: string }) => f.id)).toEqual(['a', stub.id]);
    const none = 'entities:\n  acme: { name: Acme }\n';
    expect(parse(apply(none, insertStub(none, stub)!)).facts[0].id).toBe(stub.id);
    const empty = 'entities: {}\nfacts:\n';
    expect(parse(apply(empty, insertStub(empty, stub)!)).facts[0].id).toBe(stub.id);
    const flow = 'facts: []\n';
    expect(parse(apply(flow, insertStub(flow, stub)!)).facts[0].id).toBe(stub.id);
    expect(parse(insertStub(undefined, stub)!.text).facts[0].id).toBe(stub.id);
  });

  it('refuses to edit a file that is not valid YAML', () => {
    const stub = factStubFor({ claim: claim(), entities: ['acme'], metric: 'valuation' }, '2025-02-14', index);
    expect(insertStub('facts:\n  - id: [unclosed\n', stub)).toBeUndefined();
  });
});
