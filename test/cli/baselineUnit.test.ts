// The baseline's matching, in-process: counts, notes not checked, deleted notes, stable output.
import { describe, expect, it } from 'vitest';
import { compareWithBaseline, normaliseEntries, serialiseBaseline, type BaselineEntry } from '../../server/src/cli/baseline';
import { checkNote } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { ENTITIES_YAML, FIGURES_CSV } from './gateWorkspace';

const { index } = loadFacts([
  { file: 'e.yaml', text: ENTITIES_YAML },
  { file: 'f.csv', text: FIGURES_CSV },
], { today: '2026-11-25' });
const checked = (text: string) => checkNote(text, index, defaultConfig, { today: '2026-11-25' });
const findingsOf = (note: string, text: string) => {
  const result = checked(text);
  return result.findings.filter((f) => f.severity !== 'none').map((finding) => ({ note, finding, parsed: result.note }));
};

const entry = (over: Partial<BaselineEntry>): BaselineEntry => ({ note: 'a.md', code: 'contradicted', entity: 'vesta', metric: 'revenue', claim: '$5 billion', sentence: 'x', ...over });

describe('baseline matching', () => {
  const TWICE = '---\ndate: 2025-02-01\n---\nVesta Rail revenue was $5.1 billion in 2024; yes, Vesta Rail revenue was $5.1 billion in 2024.\n';

  it('absorbs as many findings as an entry counts, no more', () => {
    const findings = findingsOf('n.md', TWICE);
    expect(findings).toHaveLength(2);
    const [one] = normaliseEntries([{ note: 'n.md', code: 'contradicted', entity: 'vesta', metric: 'revenue', claim: '$5.1 billion', sentence: 'Vesta Rail revenue was … in 2024; yes, Vesta Rail revenue was … in 2024.' }]);
    const single = compareWithBaseline([one!], findings, new Set(['n.md']), () => true);
    expect(single.baselined.size).toBe(1);
    const both = compareWithBaseline([{ ...one!, count: 2 }], findings, new Set(['n.md']), () => true);
    expect(both.baselined.size).toBe(2);
    expect(both.gone).toEqual([]);
  });

  it('counts entries gone only for notes checked or deleted', () => {
    const entries = [entry({ note: 'checked.md' }), entry({ note: 'other.md' }), entry({ note: 'deleted.md', count: 3 })];
    const result = compareWithBaseline(entries, [], new Set(['checked.md']), (note) => note !== 'deleted.md');
    expect(result.gone.map((e) => [e.note, e.count])).toEqual([['checked.md', 1], ['deleted.md', 3]]);
    expect(result.kept.map((e) => e.note)).toEqual(['other.md']);
  });

  it('serialises sorted, merged and in a fixed key order, whatever the input order', () => {
    const shuffled = [entry({ note: 'b.md' }), { sentence: 'x', claim: '$5 billion', metric: 'revenue', entity: 'vesta', code: 'contradicted', note: 'a.md' }, entry({ note: 'b.md' })];
    const text = serialiseBaseline(shuffled);
    expect(text).toBe(serialiseBaseline([...shuffled].reverse()));
    const parsed = JSON.parse(text) as { entries: BaselineEntry[] };
    expect(parsed.entries.map((e) => [e.note, e.count])).toEqual([['a.md', undefined], ['b.md', 2]]);
    expect(Object.keys(parsed.entries[0]!)).toEqual(['note', 'code', 'entity', 'metric', 'claim', 'sentence']);
  });
});
