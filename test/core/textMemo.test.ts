// The memo every cross-call reading of a text goes through (core/textMemo.ts): one reading per
// text while it is kept, made from a text equal to the one asked for, and never more entries
// than its limit.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { TextMemo } from '../../server/src/core/textMemo';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const oldSpaceUsed = () => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')!.space_used_size;

describe('TextMemo', () => {
  it('reads a text once, from an equal text, and answers with that reading after', () => {
    const memo = new TextMemo<string>(8);
    const note = 'Acme raised $40 million in 2024. Beta Corp was valued at $2 billion.';
    const sentence = note.slice(0, 32);
    const seen: string[] = [];
    const read = (own: string) => {
      seen.push(own);
      return own.toUpperCase();
    };
    expect(memo.get(sentence)).toBeUndefined();
    expect(memo.keep(sentence, read)).toBe('ACME RAISED $40 MILLION IN 2024.');
    expect(seen).toEqual(['Acme raised $40 million in 2024.']);
    expect(memo.get(note.slice(0, 32))).toBe('ACME RAISED $40 MILLION IN 2024.');
  });

  it('is dropped wholesale when full, and keeps what it read last', () => {
    const memo = new TextMemo<number>(3);
    const texts = ['one sentence here', 'two sentences here', 'three sentences here', 'four sentences here'];
    texts.forEach((t, i) => memo.keep(t, () => i));
    expect(texts.map((t) => memo.get(t))).toEqual([undefined, undefined, undefined, 3]);
  });

  it('lets a dropped reading die young: a long-lived memo does not promote what it kept', () => {
    // A memo lives for the process, so its map is in the old generation. Readings of ~50 KB,
    // 30 MB in all, one kept at a time: young collections (the allocation runs them) must free
    // the dropped ones (it grew ~0.03 MB; with Map.clear(), 7–13 MB: its dropped table kept them).
    const memo = new TextMemo<number[][]>(1);
    memo.keep('first sentence of all', () => []);
    gc();
    gc();
    const before = oldSpaceUsed();
    for (let i = 0; i < 600; i++) memo.keep(`sentence number ${i} of the note`, () => Array.from({ length: 500 }, (_, j) => [i, j, 1, 2, 3, 4, 5, 6, 7, 8]));
    expect((oldSpaceUsed() - before) / 1e6).toBeLessThan(2);
  });
});

