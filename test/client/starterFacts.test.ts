import { describe, expect, it } from 'vitest';
import { STARTER_FACTS } from '../../client/src/starterFacts';
import { loadFacts } from '../../server/src/core/facts/loadFacts';

describe('starter facts file', () => {
  it('loads without problems and holds one example fact with a source', () => {
    const { index, problems } = loadFacts([{ file: 'file:///w/facts.yaml', text: STARTER_FACTS }], { today: '2026-01-01' });
    expect(problems).toEqual([]);
    expect(index.facts.map((f) => f.id)).toEqual(['example-co-valuation-2025-01']);
    const fact = index.facts[0];
    expect(fact.value).toBe(1.5e9);
    expect(fact.unit).toBe('USD');
    expect(fact.source.url).toMatch(/^https:\/\//);
  });

  it('explains itself in comments', () => {
    const comments = STARTER_FACTS.split('\n').filter((l) => l.trim().startsWith('#'));
    expect(comments.length).toBeGreaterThan(5);
    expect(STARTER_FACTS).toContain('[@fact-id]');
  });
});
