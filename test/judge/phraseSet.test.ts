import { describe, expect, it } from 'vitest';
import { findPhrase, findPhraseByRegex, foldForMatch, PhraseSet, type SetHit } from '../../server/src/core/judge/findPhrase';
import { BUILTIN_METRICS } from '../../server/src/core/facts/builtinMetrics';
import { prng } from '../prng';

// PhraseSet answers many findPhrase calls in one pass over the words: it must find exactly the
// hits findPhrase finds for each phrase, on every kind of text.

/** The slow path: one findPhrase per phrase, concatenated in list order, sorted (stably) by start. */
function slow(folded: string, phrases: readonly string[], plural: 'add' | 'either'): SetHit[] {
  return phrases.flatMap((p, phrase) => findPhraseByRegex(folded, p, plural).map((h) => ({ ...h, phrase }))).sort((a, b) => a.start - b.start);
}

const WORDS = [
  'revenue', 'run', 'rate', 'run-rate', 'runs', 'gpu', 'gpus', 'GPUs', 'H100', 'h100s', 'sales', 'sale', 'box', 'boxes', 'class', 'glass',
  'r&d', 'R&D', 'u.s.', 'data', 'center', 'centers', 'data-center', 'Anthropic', "Anthropic's", 'anthropics', 'year', 'over', 'es', 's',
  'total', 'totals', 'in', 'plans', 'plan', 'to', 'now', 'today', 'café', 'CAFÉ', 'naïve', 'straße', 'İstanbul', 'ﬁnance', '𝒳ai', 'Ω',
  '$5', '5%', '3,000', 'q1', '2025', 'x', 'a', 'ss', 'ses', "'s", '-', '—', '/', '_', '(', ')', ',', '.', '’s',
];
const SEPARATORS = [' ', ' ', ' ', '  ', '\t', '\n', ' \u00a0', '-', '—', '/', ', ', '. ', "'", '’', '', '(', ') ', '\u2009'];

function phrases(rand: () => number): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: 1 + Math.floor(rand() * 12) }, () => {
    const n = 1 + Math.floor(rand() * 3);
    let p = pick(WORDS);
    for (let i = 1; i < n; i++) p += pick([' ', ' ', '-', '  ', '/']) + pick(WORDS);
    return rand() < 0.1 ? ` ${p} ` : p;
  });
}

function sentence(rand: () => number, from: readonly string[]): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  let s = '';
  for (let i = Math.floor(rand() * 30); i > 0; i--) {
    const w = rand() < 0.4 ? pick(from) : pick(WORDS);
    const cased = rand() < 0.2 ? w.toUpperCase() : rand() < 0.2 ? w[0]!.toUpperCase() + w.slice(1) : w;
    s += cased + (rand() < 0.15 ? pick(['s', 'es', "'s", 'x']) : '') + pick(SEPARATORS);
  }
  return s;
}

describe('PhraseSet finds what findPhrase finds', () => {
  it('on random phrase lists and sentences (plurals, hyphens, case, punctuation, Unicode)', () => {
    const rand = prng(1207);
    let compared = 0;
    let found = 0;
    for (let round = 0; round < 250; round++) {
      const list = phrases(rand);
      for (const plural of ['either', 'add'] as const) {
        const set = new PhraseSet(list, plural);
        for (let k = 0; k < 10; k++) {
          const folded = foldForMatch(sentence(rand, list));
          const expected = slow(folded, list, plural);
          expect(set.hits(folded), `${JSON.stringify(list)} in ${JSON.stringify(folded)}`).toEqual(expected);
          // findPhrase is a PhraseSet of one phrase.
          for (const p of list) expect(findPhrase(folded, p, plural)).toEqual(findPhraseByRegex(folded, p, plural));
          compared++;
          found += expected.length;
        }
      }
    }
    expect(compared).toBe(5000);
    // The inputs exercise the matcher: most sentences hold several hits.
    expect(found).toBeGreaterThan(5000);
  });

  it('on the built-in metric words over varied prose', () => {
    const list = BUILTIN_METRICS.flatMap((m) => m.words);
    const set = new PhraseSet(list);
    const rand = prng(88);
    for (let k = 0; k < 500; k++) {
      const folded = foldForMatch(sentence(rand, list));
      expect(set.hits(folded)).toEqual(slow(folded, list, 'either'));
    }
  });

  it('keeps a phrase’s hits apart as a global regex does, and lists equal starts in list order', () => {
    const list = ['year over year', 'year', 'over year', 'r&d', '$5'];
    const folded = foldForMatch('Year-over-year over year growth; R&D spend, $5 and $5s, years.');
    const hits = new PhraseSet(list).hits(folded);
    expect(hits).toEqual(slow(folded, list, 'either'));
    expect(hits.filter((h) => h.phrase === 0)).toHaveLength(1);
    expect(hits.slice(0, 2).map((h) => h.phrase)).toEqual([0, 1]);
    expect(hits.some((h) => h.phrase === 3)).toBe(true);
    expect(hits.filter((h) => h.phrase === 4)).toHaveLength(2);
  });
});
