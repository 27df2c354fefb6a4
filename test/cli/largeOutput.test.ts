import { describe, expect, it } from 'vitest';
import { writeJsonArray } from '../../server/src/cli/jsonOutput';
import { formatCheckText } from '../../server/src/cli/textOutput';

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

describe('formatCheckText on a large run', () => {
  it('prints 200,000 problems without overflowing the stack', () => {
    const zero = { line: 0, character: 0 };
    const inputProblems = Array.from({ length: 200_000 }, (_, i) => ({ file: `notes/n${i % 2000}.md`, code: 'unsourced', severity: 'information' as const, message: 'm', range: { start: { line: i, character: 0 }, end: zero } }));
    const text = formatCheckText({ notes: [], inputProblems }, { color: false, quiet: false });
    expect(text.endsWith('200000 problems (0 errors, 0 warnings, 200000 infos) in 0 notes, 0 claims, 0 supported\n')).toBe(true);
  });
});
