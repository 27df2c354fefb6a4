// The Explorer view's data, in-process: facts by entity → metric → timeline, each fact with the
// notes that cite it or were judged against it; on the shipped example and on a note in another
// domain.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { factsTreeOf } from '../../server/src/lsp/factsTree';
import type { FactsTreeProject } from '../../server/src/lsp/protocol';
import { NORTHWIND_FACTS } from './fixtures';
import { rangeOf } from './lspClient';

const ROOT = 'file:///w';
const EXAMPLE = readFileSync('examples/notes/anthropic-compute.md', 'utf8');
const CITING = '---\ndate: 2025-04-01\n---\n\nGoogle guided to $75 billion of 2025 capex [@alphabet-capex-2025-feb]. See also [@anthropic-valuation-2025-03].\n';

function tree(facts: string, notes: Record<string, string>): FactsTreeProject {
  const { index } = loadFacts([{ file: `${ROOT}/facts.yaml`, text: facts }], { today: '2026-01-01' });
  const checked = Object.entries(notes).map(([rel, text]) => ({ uri: `${ROOT}/${rel}`, result: checkNote(text, index, defaultConfig, { today: '2026-01-01' }) }));
  return factsTreeOf({ root: ROOT, index }, checked);
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
