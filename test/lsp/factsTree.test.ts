// The Explorer view's data, in-process: facts by entity → metric → timeline, each fact with the
// notes that cite it or were judged against it; on the shipped example and on a note in another
// domain.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { checkNote } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { factsSnapshotText, readFactsSnapshot, textSource } from '../../server/src/core/facts/factsSnapshot';
import { counterpartyPositions } from '../../server/src/core/facts/factLookups';
import type { FactIndex } from '../../server/src/core/types';
import { entityTreeOf, factsTreeOf } from '../../server/src/lsp/factsTree';
import type { FactsTreeEntity, FactsTreeMetric, FactsTreeProject } from '../../server/src/lsp/protocol';
import { NORTHWIND_FACTS } from './fixtures';
import { bigFacts } from '../hostile/inputs.mjs';
import { rangeOf } from './lspClient';

const ROOT = 'file:///w';
const EXAMPLE = readFileSync('examples/notes/anthropic-compute.md', 'utf8');
const CITING = '---\ndate: 2025-04-01\n---\n\nGoogle guided to $75 billion of 2025 capex [@alphabet-capex-2025-feb]. See also [@anthropic-valuation-2025-03].\n';

/** The whole tree: the top as the view first asks for it, and every entity expanded. */
function tree(facts: string, notes: Record<string, string>): Omit<FactsTreeProject, 'entities'> & { entities: (FactsTreeEntity & { metrics: FactsTreeMetric[] })[] } {
  const { index } = loadFacts([{ file: `${ROOT}/facts.yaml`, text: facts }], { today: '2026-01-01' });
  const checked = Object.entries(notes).map(([rel, text]) => ({ uri: `${ROOT}/${rel}`, result: checkNote(text, index, defaultConfig, { today: '2026-01-01' }) }));
  const top = factsTreeOf({ root: ROOT, index });
  return { ...top, entities: top.entities.map((e) => ({ ...e, metrics: entityTreeOf({ root: ROOT, index }, e.id, checked) })) };
}

describe('facts tree', () => {
  const t = tree(readFileSync('examples/facts.yaml', 'utf8'), { 'notes/anthropic-compute.md': EXAMPLE, 'notes/citing.md': CITING });
  const entity = (name: string) => t.entities.find((e) => e.name === name)!;
  const fact = (id: string) => t.entities.flatMap((e) => e.metrics.flatMap((m) => m.facts)).find((f) => f.id === id)!;

  it('groups facts by entity (by name) and metric, each metric oldest first', () => {
    expect(t.name).toBe('w');
    const names = t.entities.map((e) => e.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const anthropic = entity('Anthropic');
    const valuation = anthropic.metrics.find((m) => m.id === 'valuation')!;
    expect(valuation.facts.map((f) => f.asOf)).toEqual(['2024-01', '2025-03-03', '2025-09-02', '2026-02-12', '2026-05-28']);
    expect(valuation.facts[1]).toMatchObject({ id: 'anthropic-valuation-2025-03', value: '$61.5 billion', kind: 'actual', uri: `${ROOT}/facts.yaml` });
    expect(valuation.facts[1]!.source.url).toMatch(/^https:\/\//);
    // The fact's entry in the facts file, to open on click.
    const facts = readFileSync('examples/facts.yaml', 'utf8').split('\n');
    expect(facts[valuation.facts[1]!.range.start.line]).toContain('anthropic-valuation-2025-03');
  });

  it('counts at the top the facts each entity lists when expanded', () => {
    for (const e of t.entities) expect(e.factCount).toBe(e.metrics.reduce((n, m) => n + m.facts.length, 0));
    expect(entity('Anthropic').factCount).toBeGreaterThan(5);
  });

  it('lists a fact about a counterparty under both entities, naming the other', () => {
    const underAmazon = entity('Amazon').metrics.find((m) => m.id === 'investment')!.facts.find((f) => f.id === 'amazon-anthropic-2024-03')!;
    const underAnthropic = entity('Anthropic').metrics.find((m) => m.id === 'investment')!.facts.find((f) => f.id === 'amazon-anthropic-2024-03')!;
    expect(underAmazon.with).toEqual(['Anthropic']);
    expect(underAnthropic.with).toEqual(['Amazon']);
  });

  it('shows under each fact the claims judged against it and the notes citing it, with their verdicts', () => {
    const capex = rangeOf(EXAMPLE, '$200 billion');
    expect(fact('alphabet-capex-2025-feb').uses).toEqual([
      { uri: `${ROOT}/notes/anthropic-compute.md`, note: 'notes/anthropic-compute.md', range: capex, text: '$200 billion', how: 'matches', verdict: 'contradicted' },
      { uri: `${ROOT}/notes/citing.md`, note: 'notes/citing.md', range: rangeOf(CITING, '$75 billion'), text: '$75 billion', how: 'cites', verdict: 'supported' },
    ]);
    // The sum's other addends carry the same claim.
    expect(fact('amazon-capex-2025-feb').uses.map((u) => u.text)).toEqual(['$200 billion']);
    expect(fact('anthropic-valuation-2024-01').uses).toMatchObject([{ text: '$18 billion', how: 'matches', verdict: 'supported', range: rangeOf(EXAMPLE, '$18 billion') }]);
    // A citation that binds to no figure still counts, at the key.
    expect(fact('anthropic-valuation-2025-03').uses).toEqual([
      { uri: `${ROOT}/notes/citing.md`, note: 'notes/citing.md', range: rangeOf(CITING, 'anthropic-valuation-2025-03'), text: '[@anthropic-valuation-2025-03]', how: 'cites', verdict: 'cited' },
    ]);
    expect(fact('anthropic-valuation-2026-05').uses).toEqual([]);
  });
});

describe('facts tree in another domain', () => {
  it('follows a note whose figure matches the fact and one that cites it', () => {
    const a = '# Robots\n\nNorthwind Robotics was valued at $4.5 billion in January 2025.\n';
    const b = '# Deals\n\nNorthwind Robotics was valued at $6 billion [@northwind-valuation-2025-01].\n';
    const t = tree(NORTHWIND_FACTS, { 'deals/b.md': b, 'a.md': a });
    expect(t.entities.map((e) => [e.name, e.metrics.map((m) => m.id)])).toEqual([['Northwind Robotics', ['valuation']]]);
    const uses = t.entities[0]!.metrics[0]!.facts[0]!.uses;
    // Sorted by note path; $6 billion is beyond the figure's precision (5.5–6.5 billion) of 4.5.
    expect(uses.map((u) => [u.note, u.text, u.how, u.verdict])).toEqual([
      ['a.md', '$4.5 billion', 'matches', 'supported'],
      ['deals/b.md', '$6 billion', 'cites', 'citation-mismatch'],
    ]);
  });
});

describe('facts tree of many facts', () => {
  // 6,000 facts of 1,500 holdings: the top lists the entities only; an entity's branch its own facts.
  const { index } = loadFacts([{ file: `${ROOT}/facts.yaml`, text: bigFacts(6000, 1500) }], { today: '2026-01-01' });

  it('answers the top without a fact in it, and one entity with its facts and their uses', () => {
    const top = factsTreeOf({ root: ROOT, index });
    expect(top.entities).toHaveLength(1500);
    expect(top.entities.reduce((n, e) => n + e.factCount, 0)).toBe(6000);
    expect(JSON.stringify(top)).not.toContain('fact-');
    // Entity 7's facts are 7, 1507, 3007 and 4507, all valuations, a year apart.
    const note = '# Holdings\n\nEntity 7 Holdings was valued at $8 million in August 2000.\n';
    const checked = [{ uri: `${ROOT}/notes/h.md`, result: checkNote(note, index, defaultConfig, { today: '2026-01-01' }) }];
    const branch = entityTreeOf({ root: ROOT, index }, 'ent-7', checked);
    expect(branch.map((m) => [m.id, m.facts.map((f) => f.id)])).toEqual([['valuation', ['fact-7', 'fact-1507', 'fact-3007', 'fact-4507']]]);
    expect(branch[0]!.facts.map((f) => f.uses.map((u) => [u.note, u.text, u.verdict]))).toEqual([[['notes/h.md', '$8 million', 'supported']], [], [], []]);
    expect(entityTreeOf({ root: ROOT, index }, 'ent-7', []).flatMap((m) => m.facts.flatMap((f) => f.uses))).toEqual([]);
    expect(entityTreeOf({ root: ROOT, index }, 'no-such-entity', checked)).toEqual([]);
  });

  it('answers from a new index when the facts change', () => {
    const before = factsTreeOf({ root: ROOT, index });
    const { index: fewer } = loadFacts([{ file: `${ROOT}/facts.yaml`, text: bigFacts(10, 5) }], { today: '2026-01-01' });
    expect(factsTreeOf({ root: ROOT, index: fewer }).entities.map((e) => e.factCount)).toEqual([2, 2, 2, 2, 2]);
    expect(factsTreeOf({ root: ROOT, index }).entities).toEqual(before.entities);
  });
});

// A large facts file reloads on the server's facts worker, and its index is read back from a
// snapshot that builds a fact only when asked (the server builds them all in the background, after
// typing and requests). The view asked before then built all 100,000 at once (~0.35–0.45 s): it
// must give the same tree building none for the top and only an entity's own for its branch.
describe('facts tree of an index read back from a snapshot', () => {
  const cases: [string, string, string][] = [
    ['the example (a fact with a counterparty)', readFileSync('examples/facts.yaml', 'utf8'), 'anthropic'],
    ['6,000 facts of 1,500 holdings', bigFacts(6000, 1500), 'ent-7'],
  ];
  for (const [name, text, expand] of cases) {
    it(name, () => {
      const loaded = loadFacts([{ file: `${ROOT}/facts.yaml`, text }], { today: '2026-01-01' });
      const back = readFactsSnapshot(textSource(factsSnapshotText(loaded)!))!;
      const built = vi.spyOn(back.index.onDemand!, 'fact');
      // Reading every fact (`facts`, `byId`) would build them all: it throws here.
      const untouched = new Proxy(back.index, {
        get: (target, key, receiver) => {
          if (key === 'facts' || key === 'byId') throw new Error(`the view read ${String(key)}`);
          return Reflect.get(target, key, receiver) as unknown;
        },
      }) as FactIndex;
      const top = factsTreeOf({ root: ROOT, index: untouched });
      expect(top).toEqual(factsTreeOf({ root: ROOT, index: loaded.index }));
      expect(built).not.toHaveBeenCalled();
      const branch = entityTreeOf({ root: ROOT, index: untouched }, expand, []);
      expect(branch).toEqual(entityTreeOf({ root: ROOT, index: loaded.index }, expand, []));
      const count = top.entities.find((e) => e.id === expand)!.factCount;
      expect(branch.reduce((n, m) => n + m.facts.length, 0)).toBe(count);
      expect(new Set(built.mock.calls.map(([at]) => at)).size).toBe(count);
    });
  }

  it("lists the example's investment under its counterparty too", () => {
    const { index } = loadFacts([{ file: `${ROOT}/facts.yaml`, text: readFileSync('examples/facts.yaml', 'utf8') }], { today: '2026-01-01' });
    const back = readFactsSnapshot(textSource(factsSnapshotText({ index, problems: [] })!))!;
    expect([...counterpartyPositions(back.index)].length).toBeGreaterThan(0);
    const anthropic = entityTreeOf({ root: ROOT, index: back.index }, 'anthropic', []);
    expect(anthropic.find((m) => m.id === 'investment')!.facts.map((f) => f.id)).toContain('amazon-anthropic-2024-03');
  });
});
