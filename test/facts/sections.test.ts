// The facts file's sections come from its JSON Schema: what holds entries by id, what a list, and
// what an entry is called in messages.
import { describe, expect, it } from 'vitest';
import { entryFields, entryKind, MAPPING_SECTIONS, SECTIONS } from '../../server/src/core/facts/sections';
import { loadFacts } from '../../server/src/core/facts/loadFacts';

describe('facts file sections', () => {
  it('are the schema\'s: entities and metrics keyed by id, facts a list', () => {
    expect([...SECTIONS].sort()).toEqual(['entities', 'facts', 'metrics']);
    expect([...MAPPING_SECTIONS].sort()).toEqual(['entities', 'metrics']);
    expect(SECTIONS.map(entryKind)).toEqual(SECTIONS.map((s) => ({ entities: 'entity', metrics: 'metric', facts: 'fact' })[s]));
    expect(entryKind('notes')).toBeUndefined();
    expect(entryFields('facts')).toContain('as_of');
    expect(entryFields('entities')).toEqual(new Set(['name', 'aliases', 'fiscal_year_end']));
    expect(entryFields('notes').size).toBe(0);
  });

  it('name what a syntax error leaves out: a metric is a metric', () => {
    const text = 'metrics:\n  teu: { unit: TEU, words: [TEU\n  berths: { unit: berth }\nentities:\n  rotterdam: { name: Port of Rotterdam }\n';
    const { problems, index } = loadFacts([{ file: 'file:///w/ports.yaml', text }], { today: '2026-12-04' });
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/\. Metric `teu` is left out until it is fixed\.$/)]);
    expect(index.metrics.has('berths')).toBe(true);
    expect(index.entities.has('rotterdam')).toBe(true);
  });
});
