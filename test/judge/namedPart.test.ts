// A part of an entity named after it ("Google Cloud", "Tesla China", a fund "Calder Credit
// Opportunities") owns its own figures: facts of the whole never contradict them. A corporate
// suffix, a title, a time, a metric word or more of the entity's own name is no part.
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../../server/src/core/judge/judgeNote';
import { parseNote } from '../../server/src/core/parse/parseNote';
import { config, fact, index } from './builders';

const idx = index({
  entities: { google: ['Google'], meta: ['Meta', 'Meta Platforms'], tesla: ['Tesla'], anthropic: ['Anthropic'] },
  facts: [
    fact({ id: 'google-rev', entity: 'google', metric: 'revenue', value: 96e9, asOf: '2025-07-23', period: '2025-Q2' }),
    fact({ id: 'meta-rev', entity: 'meta', metric: 'revenue', value: 47.5e9, asOf: '2025-07-30', period: '2025-Q2' }),
    fact({ id: 'tesla-users', entity: 'tesla', metric: 'employees', value: 125_000, unit: 'people', asOf: '2024-12-31' }),
    fact({ id: 'anthropic-round', entity: 'anthropic', metric: 'investment', value: 13e9, asOf: '2025-09-02' }),
  ],
});

const judged = (sentence: string) => judgeNote(parseNote(`---\ndate: 2025-09-30\n---\n${sentence}\n`), idx, { config: config() });

describe('a part named after its entity', () => {
  it.each([
    ['Google Cloud revenue was $13.6 billion in the second quarter of 2025.', 'Cloud'],
    ["Google Cloud's revenue was $13.6 billion in the second quarter of 2025.", 'Cloud'],
    ['Tesla China employs 20,000 people.', 'China'],
  ])('%s is the part’s', (sentence, part) => {
    const [f] = judged(sentence);
    expect(f!.code).toBe('unsourced');
    expect(f!.part).toBe(part);
  });

  it.each([
    // More of the entity's own name, a suffix, a title, a metric word: the entity itself.
    ['Meta Platforms revenue was $47.5 billion in the second quarter of 2025.', 'supported'],
    ['Google Inc revenue was $96 billion in the second quarter of 2025.', 'supported'],
    ['Google Chief Executive Sundar Pichai said revenue was $96 billion in the second quarter of 2025.', 'supported'],
    ['Google Revenue was $96 billion in the second quarter of 2025.', 'supported'],
    ['Google revenue was $90 billion in the second quarter of 2025.', 'contradicted'],
    // A deal's words name no part: a round is the company's.
    ['Anthropic Series F raised $13 billion in September 2025.', 'supported'],
  ])('%s is the entity’s own (%s)', (sentence, code) => {
    const [f] = judged(sentence);
    expect(f!.code, f!.message).toBe(code);
    expect(f!.part).toBeUndefined();
  });

  it('in a table, the row’s first cell names the part', () => {
    const findings = judged('| Unit | Revenue, Q2 2025 |\n|---|---|\n| Google Cloud | $13.6 billion |\n| Google | $96 billion |');
    expect(findings.map((f) => [f.claim.text, f.code, f.part])).toEqual([
      ['$13.6 billion', 'unsourced', 'Cloud'],
      ['$96 billion', 'supported', undefined],
    ]);
  });
});

describe('a table row’s label names its cells’ segment', () => {
  const withSegment = index({
    entities: { google: ['Google'] },
    facts: [
      fact({ id: 'google-rev', entity: 'google', metric: 'revenue', value: 96e9, asOf: '2025-07-23', period: '2025-Q2' }),
      fact({ id: 'cloud-rev', entity: 'google', metric: 'revenue', segment: 'cloud', value: 13.6e9, asOf: '2025-07-23', period: '2025-Q2' }),
    ],
  });
  it.each([
    ['with outer pipes', '| Unit | Revenue, Q2 2025 |\n|---|---|\n| Google Cloud | $13.6 billion |\n| Google | $96 billion |'],
    ['without them', 'Unit | Revenue, Q2 2025\n--- | ---\nGoogle Cloud | $13.6 billion\nGoogle | $96 billion'],
  ])('%s', (_, table) => {
    const findings = judgeNote(parseNote(`---\ndate: 2025-09-30\n---\n${table}\n`), withSegment, { config: config() });
    expect(findings.map((f) => [f.claim.text, f.code, f.facts.map((x) => x.id)])).toEqual([
      ['$13.6 billion', 'supported', ['cloud-rev']],
      ['$96 billion', 'supported', ['google-rev']],
    ]);
  });
});
