// The plain reader keeps a fact's span by its index in the facts list, js-yaml's reading keeps every
// entry's span by identity, and entities take theirs straight from their value (names are located
// only when two entities share one). A problem in a file read fast is located by parsing its entry
// alone. All must locate facts, entities and problems as the precise reader of the whole file does.
import { describe, expect, it, vi } from 'vitest';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { readPlainYaml } from '../../server/src/core/facts/plainYaml';
import { jsYamlReading } from '../../server/src/core/facts/fastYaml';
import type { FactIndex, FactFileProblem, Location } from '../../server/src/core/types';
import { troubled } from './helpers';
import { PRECISE } from './preciseOnly';

// The precise reader of the whole file, for a text starting with PRECISE.
vi.mock('js-yaml', async (importOriginal) => (await import('./preciseOnly')).decliningJsYaml(await importOriginal()));

const shift = (location: Location | undefined, lines: number) =>
  location && { ...location, range: { start: { ...location.range.start, line: location.range.start.line - lines }, end: { ...location.range.end, line: location.range.end.line - lines } } };

function summary(result: { index: FactIndex; problems: FactFileProblem[] }, lines: number) {
  return {
    facts: result.index.facts.map((f) => ({ ...f, location: shift(f.location, lines) })),
    entities: [...result.index.entities.values()].map((e) => ({ ...e, location: shift(e.location, lines) })),
    problems: result.problems.map((p) => ({
      code: p.code,
      message: p.message.replace(/facts\.yaml:(\d+)/g, (_, n) => `facts.yaml:${Number(n) - lines}`),
      range: shift({ file: p.file, range: p.range }, lines)!.range,
    })),
  };
}

describe('fast readings of a facts file', () => {
  it('the plain reader, js-yaml and the precise reader locate facts, entities and problems alike', () => {
    const codes = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const text = troubled(seed);
      expect(readPlainYaml(text), `seed ${seed}: the plain reader reads it`).toBeDefined();
      // A document marker: the plain reader declines, js-yaml reads it (one line further down).
      expect(readPlainYaml(`---\n${text}`)).toBeUndefined();
      // PRECISE: js-yaml (mocked) declines too, and the precise reader reads the whole file.
      const preciseText = `${PRECISE}${text}`;
      expect(readPlainYaml(preciseText)).toBeUndefined();
      expect(jsYamlReading(preciseText)).toEqual({ stoppedAt: undefined });
      const plain = loadFacts([{ file: 'facts.yaml', text }], { today: '2026-01-15' });
      const jsYaml = loadFacts([{ file: 'facts.yaml', text: `---\n${text}` }], { today: '2026-01-15' });
      const precise = loadFacts([{ file: 'facts.yaml', text: preciseText }], { today: '2026-01-15' });
      expect(summary(plain, 0), `seed ${seed}`).toEqual(summary(precise, 2));
      expect(summary(jsYaml, 1), `seed ${seed}`).toEqual(summary(precise, 2));
      for (const p of plain.problems) codes.add(p.code);
    }
    expect([...codes].sort()).toEqual(expect.arrayContaining(['duplicate-alias', 'duplicate-id', 'future-as-of', 'invalid-date', 'missing-source', 'schema', 'unknown-entity']));
  });
});
