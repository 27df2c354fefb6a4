// The memo every cross-call reading of a text goes through (core/textMemo.ts): one reading per
// text while it is kept, made from a text equal to the one asked for, and never more entries
// than its limit.
import { describe, expect, it } from 'vitest';
import { TextMemo } from '../../server/src/core/textMemo';

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
});
