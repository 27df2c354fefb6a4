// "Did you mean" for an unknown entity or metric searches every known id (30,000 entities in a large
// facts file): the search is bounded (edit distance ≤ 2, rows outside it skipped) and must find what
// a full edit distance finds; the same id gets the same message, and past 100 unknown ids a load
// stops guessing (4,000 unknown entities in 100,000 facts took two minutes).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { closest } from '../../server/src/core/facts/schemaProblems';
import { bigFacts } from '../hostile/inputs.mjs';

/** The full edit distance, every cell. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The first candidate nearest to `name`, within 2 (1 for up to 3 characters), ignoring case. */
function reference(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = (name.length <= 3 ? 1 : 2) + 1;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

describe('closest', () => {
  it('finds what a full edit distance finds', () => {
    // Few letters, so near misses of every distance are common.
    const word = fc.stringMatching(/^[abAB-]{0,8}$/);
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 30 }), (name, candidates) => {
        expect(closest(name, candidates)).toBe(reference(name, candidates));
      }),
      { numRuns: 3000 },
    );
  });

  it('suggests ids and field names as before', () => {
    expect(closest('amazn', ['anthropic', 'amazon', 'openai'])).toBe('amazon');
    expect(closest('invesment', ['revenue', 'investment', 'valuation'])).toBe('investment');
    const ids = Array.from({ length: 30_000 }, (_, i) => `ent-${i}`);
    expect(closest('ENT-1234', ids)).toBe('ent-1234');
    // Two at distance 2 (ent-124, ent-1204): the first.
    expect(closest('emt-12x4', ids)).toBe('ent-124');
    expect(reference('emt-12x4', ids)).toBe('ent-124');
    expect(closest('zzzzzz', ['amazon'])).toBeUndefined();
  });
});

describe('unknown ids in a large facts file', () => {
  const text = bigFacts(600, 200);
  const messagesFor = (facts: string) => loadFacts([{ file: 'facts.yaml', text: facts }], { today: '2026-01-15' }).problems.filter((p) => p.code === 'unknown-entity').map((p) => p.message);

  it('give the same message for the same id', () => {
    // An entity renamed: its facts all name the old id.
    const messages = messagesFor(text.replace(/entity: ent-7\n/g, 'entity: ent-7x\n'));
    expect(messages.length).toBe(3);
    expect(new Set(messages)).toEqual(new Set(['Unknown entity `ent-7x` in `entity`. Did you mean `ent-7`?']));
  });

  it('stop guessing after 100 ids, and say where to define the rest', () => {
    let n = 0;
    // Every fact's entity mistyped its own way: 600 ids, each one edit from a known one.
    const messages = messagesFor(text.replace(/entity: ent-(\d+)\n/g, (_, id) => `entity: ent-${id}${n++}\n`.replace(/(\d)(\d+)\n$/, 'x$2\n')));
    expect(messages.length).toBe(600);
    expect(messages.slice(0, 100).every((m) => m.includes('Did you mean'))).toBe(true);
    expect(messages.slice(100).every((m) => m.endsWith('Define it under `entities`.'))).toBe(true);
  });
});
