import { describe, expect, it } from 'vitest';
import { findMentions, resolveEntities } from '../../server/src/core/judge/resolveEntities';
import { claimIn, index, note } from './builders';

const idx = index({
  entities: {
    acme: ['Acme', 'Acme Corp'],
    globex: ['Globex', 'GX Cloud'],
    initech: ['Initech'],
  },
  facts: [],
});

const mentioned = (text: string): string[] => findMentions(text, { start: 0, end: text.length }, idx).map((m) => m.entity);

describe('entity mentions', () => {
  it('finds names and aliases whatever their case', () => {
    expect(mentioned('ACME and gx cloud signed.')).toEqual(['acme', 'globex']);
  });
  it('reads possessives, plural possessives and hyphenated compounds', () => {
    expect(mentioned("Acme's board")).toEqual(['acme']);
    expect(mentioned('Acme\u2019s board')).toEqual(['acme']);
    expect(mentioned("the Acmes' joint board")).toEqual(['acme']);
    expect(mentioned('an Acme-backed startup and non-Globex channels')).toEqual(['acme', 'globex']);
  });
  it('needs whole words', () => {
    expect(mentioned('Acmefield and Globexian are other firms')).toEqual([]);
  });
  it('prefers the longest overlapping name', () => {
    const hits = findMentions('Acme Corp grew.', { start: 0, end: 15 }, idx);
    expect(hits).toEqual([{ entity: 'acme', start: 0, end: 9 }]);
  });
});

describe('resolveEntities', () => {
  it('takes the entities the sentence names', () => {
    const text = 'Acme grew. Globex and Initech spent $5 billion on chips.';
    const c = claimIn(text, '$5 billion');
    const r = resolveEntities(c, note(text, { claims: [c] }), idx);
    expect(r.subjects).toEqual(['globex', 'initech']);
    expect(r.fromBlock).toBe(false);
    expect(r.combined).toBe(false);
  });
  it('falls back to the entity the paragraph last named before the claim', () => {
    const text = 'Acme grew. Then Globex hired. The company spent $5 billion. Initech did not.';
    const c = claimIn(text, '$5 billion');
    const r = resolveEntities(c, note(text, { claims: [c] }), idx);
    expect(r.subjects).toEqual(['globex']);
    expect(r.fromBlock).toBe(true);
  });
  it('does not look into another paragraph', () => {
    const text = 'Acme grew.\n\nThe company spent $5 billion.';
    const c = claimIn(text, '$5 billion');
    expect(resolveEntities(c, note(text, { claims: [c] }), idx).subjects).toEqual([]);
  });
  it('gives a figure to the name a possessive describes, also set off by commas', () => {
    for (const text of ["Acme's main rival, Globex, spent $5 billion.", "Acme's rival Globex spent $5 billion."]) {
      const c = claimIn(text, '$5 billion');
      expect(resolveEntities(c, note(text, { claims: [c] }), idx).subjects, text).toEqual(['globex']);
    }
    // Without the closing comma it is no apposition: Acme's words stay Acme's.
    const open = "Acme's partner, Globex and Initech, spent $5 billion.";
    const c = claimIn(open, '$5 billion');
    expect(resolveEntities(c, note(open, { claims: [c] }), idx).subjects).toContain('acme');
  });
  it('marks sums over two or more named entities', () => {
    for (const word of ['combined', 'together', 'total', 'collectively', 'altogether']) {
      const text = `Acme and Globex ${word === 'together' ? 'together spent' : `spent a ${word}`} $5 billion.`;
      const c = claimIn(text, '$5 billion');
      expect(resolveEntities(c, note(text, { claims: [c] }), idx).combined, word).toBe(true);
    }
    const one = 'Acme spent a combined $5 billion.';
    const c = claimIn(one, '$5 billion');
    expect(resolveEntities(c, note(one, { claims: [c] }), idx).combined).toBe(false);
  });
});
