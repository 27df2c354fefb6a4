import { describe, expect, it } from 'vitest';
import { writeJsonArray } from '../../server/src/cli/jsonOutput';

describe('writeJsonArray', () => {
  it('writes exactly the bytes of JSON.stringify(entries, null, 2), in pieces', () => {
    for (const entries of [[], [{ a: 1 }], Array.from({ length: 450 }, (_, i) => ({ file: `n${i}.md`, text: 'a\n"b"', facts: [{ id: 'x', v: [1, 2] }], none: null }))]) {
      const parts: string[] = [];
      writeJsonArray(entries, (t) => parts.push(t));
      expect(parts.join('')).toBe(JSON.stringify(entries, null, 2) + '\n');
      if (entries.length > 200) expect(parts.length).toBeGreaterThan(2);
    }
  });
});
