import { describe, expect, it } from 'vitest';
import { FirstWordMap, pluralCuts, secondRun, wordRuns } from '../../server/src/core/judge/wordRuns';
import { prng } from '../prng';

// wordRuns scans letters and digits by char code: it must find the runs the regex finds, astral
// letters, combining marks, lone surrogates and all.
const PIECES = ['a', 'Z', '0', '9', ' ', '-', "'", '’', 'é', 'e\u0301', 'ß', 'İ', 'ﬁ', '𝒳', '😀', '\ud800', '\udc00', '٣', '中文', '\u00a0', '_', '$', 'gpus', 'es', 's'];

const byRegex = (text: string): number[] => [...text.matchAll(/[\p{L}\p{N}]+/gu)].flatMap((m) => [m.index, m.index + m[0].length]);

describe('wordRuns', () => {
  it('finds what /[\\p{L}\\p{N}]+/gu finds', () => {
    const rand = prng(4242);
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = Math.floor(rand() * 25); i > 0; i--) text += PIECES[Math.floor(rand() * PIECES.length)];
      const runs = byRegex(text);
      expect(wordRuns(text), JSON.stringify(text)).toEqual(runs);
      expect(secondRun(text)).toBe(runs.length >= 4 ? text.slice(runs[2], runs[3]) : '');
    }
  });

  it('looks a word up as written and without a plural ending', () => {
    const map = new FirstWordMap<string>();
    map.add('gpu', 'A');
    map.add('box', 'B');
    map.add('boxe', 'C');
    map.add('s', 'D');
    const found = (text: string): string[] => {
      const out: string[] = [];
      for (let cut = 0; cut <= pluralCuts(text, 0, text.length); cut++) out.push(...(map.valuesAt(text, 0, text.length - cut) ?? []).map((v) => `${v}${cut}`));
      return out;
    };
    expect(found('gpus')).toEqual(['A1']);
    expect(found('boxes')).toEqual(['C1', 'B2']);
    expect(found('gpu')).toEqual(['A0']);
    expect(found('s')).toEqual(['D0']);
    expect(found('ss')).toEqual(['D1']);
    expect(found('gpux')).toEqual([]);
  });
});
