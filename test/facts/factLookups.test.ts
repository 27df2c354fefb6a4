// The lookups judging makes in an index are computed once per facts list: the snapshot's writer
// and the judge ask for the same ones in a first `check --cache` run. A list that grew is looked
// at again (a host may push facts into a loaded index).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { positionsByEntity, unitsByMetric } from '../../server/src/core/facts/factLookups';
import { root } from './helpers';

const load = () => loadFacts([{ file: 'examples/facts.yaml', text: readFileSync(join(root, 'examples/facts.yaml'), 'utf8') }], { today: '2026-11-25' }).index;

describe('fact lookups', () => {
  it('are computed once per list, and again when it grows', () => {
    const { facts } = load();
    const byEntity = positionsByEntity(facts);
    const units = unitsByMetric(facts);
    expect(positionsByEntity(facts)).toBe(byEntity);
    expect(unitsByMetric(facts)).toBe(units);
    // A copy of the list is another list: its own lookups, equal to these.
    expect(positionsByEntity([...facts])).not.toBe(byEntity);
    expect(positionsByEntity([...facts])).toEqual(byEntity);

    const anthropic = byEntity.get('anthropic')!;
    facts.push({ ...facts[anthropic[0]!]!, id: 'pushed', unit: 'EUR' });
    expect(positionsByEntity(facts).get('anthropic')).toEqual([...anthropic, facts.length - 1]);
    expect(unitsByMetric(facts).get(facts.at(-1)!.metric)).toContain('EUR');
  });
});
