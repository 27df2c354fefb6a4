// Entity mentions are found through an index by first word (issue 11 pt 4): the result must be the
// same as searching every name as a whole-word phrase, for large facts files too.
import { describe, expect, it } from 'vitest';
import { findPhraseByRegex, foldForMatch, longestHits } from '../../server/src/core/judge/findPhrase';
import { mentionsIn } from '../../server/src/core/judge/mentionIndex';
import type { FactIndex } from '../../server/src/core/types';
import { index } from './builders';
import { prng } from '../prng';

/** The reference: one phrase search per name and alias. */
function byPhrase(folded: string, idx: FactIndex) {
  const hits: { entity: string; start: number; end: number }[] = [];
  for (const e of idx.entities.values()) for (const n of [e.name, ...e.aliases]) for (const h of findPhraseByRegex(folded, n, 'add')) hits.push({ entity: e.id, ...h });
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

  it('agrees with a phrase search per name when many names share their first words', () => {
    // Buckets past the size where names are looked up by their second word too.
    const entities: Record<string, [string, ...string[]]> = {};
    const second = ['holdings', 'group', 'bank', 'lab', 'box', '5', 'corp'];
    for (let i = 0; i < 400; i++) {
      const s = second[i % second.length]!;
      entities[`e${i}`] = [`Entity ${i} ${s}`, `Entity ${s}-${i}`, ...(i % 50 === 0 ? [`Entity`, `Entity ${s}`, `Entity's ${i}`] : [])];
    }
    for (let i = 0; i < 60; i++) entities[`t${i}`] = [`The ${['Lab', 'Box', 'Group'][i % 3]}${i}`, `AT&T ${i}`];
    entities.z = ['The', 'Entity Box'];
    const many = index({ entities, facts: [] });
    const words = ['entity', 'Entities', 'entitys', 'the', 'The', 'holdings', 'holding', 'group', 'groups', 'bank', 'banks', 'lab', 'labs', 'box', 'boxes', 'corp', '5', '7', '12', '49', '50', 'at&t', 'AT&Ts', "entity's", 'lab3', 'box4', 'group5'];
    const seps = [' ', ' ', '  ', '\n', ', ', '-', "' ", "'s ", ''];
    const rand = prng(77);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    let found = 0;
    for (let run = 0; run < 400; run++) {
      const text = Array.from({ length: Math.floor(rand() * 14) }, () => pick(words) + (rand() < 0.3 ? String(Math.floor(rand() * 400)) + ' ' : '') + pick(seps)).join('');
      const folded = foldForMatch(text);
      const expected = byPhrase(folded, many);
      found += expected.length;
      expect(mentionsIn(folded, many), text).toEqual(expected);
    }
    expect(found).toBeGreaterThan(200);
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
