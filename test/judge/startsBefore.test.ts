import { describe, expect, it } from 'vitest';
import { START_BEFORE, startsBefore } from '../../server/src/core/judge/deriveReading';
import { prng } from '../prng';

// deriveReading tests the words before a time with a cheap check of the last word first: it must
// answer as the end-anchored regex alone does.
describe('the earlier-time cue test', () => {
  it('answers as the end-anchored regex does, with its word check first', () => {
    const rand = prng(31);
    const pieces = ['than', 'versus', 'vs', 'over', 'compared', 'with', 'to', 'relative', 'what', 'it', 'was', 'where', 'from', 'since', 'its', 'their', 'the', '3x', '2 ×', 'times', 'twice', 'double', 'revenue', 'other', 'theirs', 'into', 'x', 'also'];
    const gaps = [' ', '  ', '\n', '', ', ', '\t '];
    for (let k = 0; k < 3000; k++) {
      let before = '';
      for (let i = Math.floor(rand() * 6); i >= 0; i--) before += pieces[Math.floor(rand() * pieces.length)]! + gaps[Math.floor(rand() * gaps.length)]!;
      expect(startsBefore(before), JSON.stringify(before)).toBe(START_BEFORE.test(before));
    }
  });
});
