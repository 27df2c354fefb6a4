// What reaches a terminal or an editor's message from a note, a facts file or a config: every
// control character and bidirectional override escaped, everything else as written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../server/src/core/quote';

const controls = [...Array.from({ length: 0x20 }, (_, c) => c), ...Array.from({ length: 0x21 }, (_, c) => 0x7f + c), 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].map((c) => String.fromCharCode(c));
const isControl = (ch: string) => controls.includes(ch);

describe('escapeControls', () => {
  it('escapes each control character and bidirectional override, and nothing else', () => {
    expect(escapeControls('a\nb\tc\rd')).toBe('a\\nb\\tc\\rd');
    expect(escapeControls('\u001b[31mred\u0007')).toBe('\\x1b[31mred\\x07');
    expect(escapeControls('left\u202eright')).toBe('left\\u202eright');
    expect(escapeControls('$61.5 billion — 中文 😀')).toBe('$61.5 billion — 中文 😀');
  });

  it('leaves no control character in any text, and changes a text only where it has one', () => {
    const char = fc.oneof(fc.constantFrom(...controls), fc.constantFrom('a', ' ', '$', '—', '😀', '\u00a0', '\u2060'));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 20 }).map((cs) => cs.join('')), (text) => {
        const out = escapeControls(text);
        expect([...out].some(isControl)).toBe(false);
        if (![...text].some(isControl)) expect(out).toBe(text);
      }),
      { numRuns: 1000, seed: 3 },
    );
  });
});
