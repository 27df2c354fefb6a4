// The fast reading of a facts file (js-yaml) and the precise one (the yaml document) must agree:
// same facts, same values, same locations. Anchors force the precise reader.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { bigFacts } from './inputs.mjs';
import { FACTS } from './harness';

const example = readFileSync(path.join(__dirname, '../../examples/facts.yaml'), 'utf8');
// An anchor on a comment-free scalar changes no data, but the fast reader declines anchored files.
const precise = (text: string) => `${text}${text.includes('\r\n') ? '\r\n' : '\n'}x-anchor: &a 1\n`;

function load(text: string) {
  return loadFacts([{ file: 'facts.yaml', text }], { today: '2026-01-15' });
}

describe('fast and precise facts readings agree', () => {
  for (const [name, text] of [
    ['the example facts', example],
    ['a small facts file', FACTS],
    ['a generated file (flow-style entities, block facts)', bigFacts(300, 40)],
    ['CRLF line endings', FACTS.replace(/\n/g, '\r\n')],
  ] as const) {
    it(name, () => {
      const fast = load(text);
      const slow = load(precise(text));
      // The precise reading also reports the unknown top-level key; nothing else differs.
      expect(slow.problems.filter((p) => p.code !== 'schema')).toEqual(fast.problems);
      expect(slow.problems.filter((p) => p.code === 'schema')).toHaveLength(1);
      expect(fast.index.facts).toEqual(slow.index.facts);
      const entities = (r: ReturnType<typeof load>) => [...r.index.entities.values()].map((e) => ({ ...e, location: e.location?.range.start }));
      expect(entities(fast)).toEqual(entities(slow));
    });
  }

  it('a problem in a file read fast is still located precisely', () => {
    const text = `${FACTS}  - id: no-source\n    entity: crumbly\n    metric: revenue\n    value: 5\n    unit: USD\n    as_of: 2024\n`;
    const { problems } = load(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'missing-source', severity: 'warning' });
    expect(problems[0]!.range.start.line).toBe(text.split('\n').indexOf('  - id: no-source'));
  });
});
