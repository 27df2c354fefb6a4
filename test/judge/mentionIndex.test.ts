// Entity mentions are found through an index by first word (issue 11 pt 4): the result must be the
// same as searching every name as a whole-word phrase, for large facts files too.
import { describe, expect, it } from 'vitest';
import { findPhrase, foldForMatch, longestHits } from '../../server/src/core/judge/findPhrase';
import { mentionsIn } from '../../server/src/core/judge/mentionIndex';
import type { FactIndex } from '../../server/src/core/types';
import { index } from './builders';

/** The reference: one phrase search per name and alias. */
function byPhrase(folded: string, idx: FactIndex) {
  const hits: { entity: string; start: number; end: number }[] = [];
  for (const e of idx.entities.values()) for (const n of [e.name, ...e.aliases]) for (const h of findPhrase(folded, n, 'add')) hits.push({ entity: e.id, ...h });
  return longestHits(hits);
}

const WORDS = ['acme', 'north', 'star', 'capital', 'labs', 'bio', 'grid', 'power', 'systems', 'data', 'nova', 'terra'];

describe('mention index', () => {
  const entities: Record<string, [string, ...string[]]> = {};
  for (let i = 0; i < 30_000; i++) {
    const a = WORDS[i % WORDS.length]!;
    const b = WORDS[Math.floor(i / WORDS.length) % WORDS.length]!;
    entities[`e${i}`] = [`${a}${i} ${b}`, `${b.toUpperCase()}-${i}`];
  }
  entities.nv = ['Nvidia', 'NVIDIA Corp'];
  entities.ms = ['Microsoft', 'Azure'];
  const big = index({ entities, facts: [] });

  it('finds names, aliases, possessives, plurals and names broken across lines among 30,000 entities', () => {
    const text = "Nvidia's revenue beat Microsoft's; the NVIDIA\n  Corp filing and acme12 north and ACME-11 joined, not Nvidiaish or Azures' rivals.";
    const got = mentionsIn(foldForMatch(text), big).map((h) => [h.entity, text.slice(h.start, h.end)]);
    expect(got).toEqual([
      ['nv', 'Nvidia'],
      ['ms', 'Microsoft'],
      ['nv', 'NVIDIA\n  Corp'],
      ['e12', 'acme12 north'],
      ['e11', 'ACME-11'],
      ['ms', 'Azures'],
    ]);
  });

  it('agrees with a phrase search per name on generated text', () => {
    const small = index({ entities: { a: ['Acme', 'Acme Corp'], b: ['Nova Labs'], c: ['Grid'], d: ['Data Systems', 'DS'] }, facts: [] });
    const words = ['acme', 'Acme', 'corp', 'nova', 'Labs', 'grid', 'grids', "Acme's", 'data', 'systems', 'ds', 'x', '$5', 'non-grid', 'novalabs', 'Acmes'];
    const seps = [' ', '  ', '\n', ', ', '-', "' "];
    // A fixed linear congruential sequence: varied, and the same on every run.
    let seed = 42;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let run = 0; run < 500; run++) {
      const text = Array.from({ length: next(12) }, () => words[next(words.length)]! + seps[next(seps.length)]!).join('');
      const folded = foldForMatch(text);
      expect(mentionsIn(folded, small), text).toEqual(byPhrase(folded, small));
    }
  });
});
