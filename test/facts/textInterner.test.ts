// The interner hands back a string read before instead of a new slice: it must always be the
// same text as the slice, whatever shares its slot.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INTERNED, TextInterner } from '../../server/src/core/facts/textInterner';

describe('TextInterner', () => {
  it('gives the same text as slice, for repeated, colliding and long texts', () => {
    // Few letters: many equal texts at different places; many slices: slots are shared and replaced.
    const text = fc.stringMatching(/^[ab\u00e9\u{1F600}-]{0,400}$/u);
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat(MAX_INTERNED + 8)), { maxLength: 300 }), (t, cuts) => {
        const interner = new TextInterner(t);
        for (const [at, length] of cuts) {
          const start = t.length === 0 ? 0 : at % t.length;
          const end = Math.min(t.length, start + length);
          expect(interner.slice(start, end)).toBe(t.slice(start, end));
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('reads every key and short value of a long file as slice does', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `k${i % 977}: v${(i * 7919) % 30_011}`);
    const t = lines.join('\n');
    const interner = new TextInterner(t);
    let at = 0;
    for (const line of lines) {
      const colon = line.indexOf(':');
      expect(interner.slice(at, at + colon)).toBe(line.slice(0, colon));
      expect(interner.slice(at + colon + 2, at + line.length)).toBe(line.slice(colon + 2));
      at += line.length + 1;
    }
  });
});
