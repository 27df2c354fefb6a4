// The plain reader keeps a fact's span by its index in the facts list, js-yaml's reading keeps every
// entry's span by identity, and entities take theirs straight from their value (names are located
// only when two entities share one). All three must locate facts, entities and problems alike.
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { readPlainYaml } from '../../server/src/core/facts/plainYaml';
import type { FactIndex, FactFileProblem, Location } from '../../server/src/core/types';
import { bigFacts } from '../hostile/inputs.mjs';

/** A small random generator (mulberry32), so a failure repeats. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** bigFacts with random trouble: shared aliases and names, unknown entities, duplicate ids, blank lines (a comment after an entry ends it elsewhere in js-yaml's reading). */
function troubled(seed: number): string {
  const rnd = random(seed);
  const lines = bigFacts(40 + Math.floor(rnd() * 40), 8 + Math.floor(rnd() * 8)).trimEnd().split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const r = rnd();
    if (line.startsWith('  ent-') && r < 0.2) out.push(line.replace(/aliases: \[E(\d+)H/, 'aliases: [E0H'));
    else if (line.startsWith('  ent-') && r < 0.3) out.push(line.replace(/name: Entity \d+ Holdings/, 'name: Ent1 Group'));
    else if (line.startsWith('  ent-') && r < 0.4) out.push(line.replace(/name: Entity \d+ Holdings, /, 'aliases2: x, ').replace('aliases2: x, ', ''));
    else if (line.startsWith('    entity:') && r < 0.05) out.push('    entity: nobody');
    else if (line.startsWith('  - id:') && r < 0.1) out.push('  - id: fact-1');
    else out.push(line);
    if (rnd() < 0.05) out.push('');
  }
  return out.join('\n') + '\n';
}

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
  it('the plain reader and js-yaml locate facts, entities and problems alike', () => {
    const codes = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const text = troubled(seed);
      expect(readPlainYaml(text), `seed ${seed}: the plain reader reads it`).toBeDefined();
      // A document marker: the plain reader declines, js-yaml reads it (one line further down).
      expect(readPlainYaml(`---\n${text}`)).toBeUndefined();
      const plain = loadFacts([{ file: 'facts.yaml', text }], { today: '2026-01-15' });
      const jsYaml = loadFacts([{ file: 'facts.yaml', text: `---\n${text}` }], { today: '2026-01-15' });
      expect(summary(plain, 0), `seed ${seed}`).toEqual(summary(jsYaml, 1));
      for (const p of plain.problems) codes.add(p.code);
    }
    expect([...codes].sort()).toEqual(expect.arrayContaining(['duplicate-alias', 'duplicate-id', 'unknown-entity']));
  });
});
