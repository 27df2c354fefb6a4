// An edited note's segments, found by rescanning only around the edit (resplitSegments), must be
// exactly those of splitting the whole edited note, after any edit: random edits of fragments that
// open and close fences, HTML blocks and front matter, and of blank, indented and CRLF lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTexts, resplitSegments, splitSegments } from '../../server/src/core/parse/segments';

const BLOCKS = [
  '---\ntitle: x\n\ndate: 2025-01-02\n---',
  '# Power purchase agreements',
  'Harlow Wind signed 450 MW at $41/MWh.\nA lazy line.',
  '> Quoted: 1.3 TWh in 2024.\n> — a filing',
  '1. one\n2. two\n\n   continued\n3. three',
  '```js\nconst a = 1;\n\nconst b = 2;\n```',
  '~~~~\n\nz\n~~~\n\nstill code\n~~~~',
  '    indented code\n\n    more indented',
  '<!--\nnotes\n\nmore\n-->',
  '<div>\n\nhtml then markdown\n</div>',
  '<script>\nlet x = 1;\n\n</script>',
  '| h | v |\n|---|---|\n| a | $1 |',
  'Windows line one.\r\n\r\nWindows line two.\r\n',
  'Trailing spaces then blank:   \n  \t\nNext.',
];
const FRAGMENTS = ['\n', '\n\n', '\r\n', '```', '~~~\n', '---\n', '<!--', '-->', '<script>', '</script>', '<?', '?>', '    ', ' ', '\t', '- ', '> ', 'x', '12 MW', ''];

const note = fc.array(fc.constantFrom(...BLOCKS), { minLength: 1, maxLength: 8 }).map((bs) => bs.join('\n\n') + '\n');
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 10 }), insert: fc.constantFrom(...FRAGMENTS) });

describe('diffTexts', () => {
  it('finds the longest shared start and end, never overlapping', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        const { prefix, suffix } = diffTexts(a, b);
        expect(prefix + suffix).toBeLessThanOrEqual(Math.min(a.length, b.length));
        expect(a.slice(0, prefix)).toBe(b.slice(0, prefix));
        expect(a.slice(a.length - suffix)).toBe(b.slice(b.length - suffix));
        // Longest: one more character would differ (or overlap).
        if (prefix < Math.min(a.length, b.length)) expect(a[prefix]).not.toBe(b[prefix]);
        if (prefix + suffix < Math.min(a.length, b.length)) expect(a[a.length - suffix - 1]).not.toBe(b[b.length - suffix - 1]);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('finds one inserted character in a long text', () => {
    const before = 'a'.repeat(5000) + 'b'.repeat(5000);
    expect(diffTexts(before, 'a'.repeat(5000) + 'x' + 'b'.repeat(5000))).toEqual({ prefix: 5000, suffix: 5000 });
  });
});

describe('resplitSegments', () => {
  it('gives the segments of splitting the whole edited note, after thousands of random edits', () => {
    let rescanned = 0;
    let edits = 0;
    fc.assert(
      fc.property(note, fc.array(edit, { minLength: 10, maxLength: 40 }), (start, steps) => {
        let text = start;
        let segmentation = splitSegments(text);
        for (const e of steps) {
          const at = e.at % (text.length + 1);
          const after = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
          const whole = splitSegments(after);
          const again = resplitSegments(segmentation, text.length, after, diffTexts(text, after));
          if (again) {
            expect({ frontMatterEnd: again.frontMatterEnd, segments: again.segments }).toEqual(whole);
            // What it says it took over is the earlier text's, unchanged.
            for (let i = 0; i < again.kept; i++) expect(after.slice(again.segments[i]!.start, again.segments[i]!.end)).toBe(text.slice(segmentation.segments[i]!.start, segmentation.segments[i]!.end));
            for (let i = again.resumed; i < again.segments.length; i++) {
              const was = segmentation.segments[i - again.resumed + again.resumedFrom]!;
              expect(after.slice(again.segments[i]!.start, again.segments[i]!.end)).toBe(text.slice(was.start, was.end));
            }
            rescanned += again.resumed - again.kept;
          }
          edits++;
          text = after;
          segmentation = whole;
        }
      }),
      { numRuns: 300, seed: 4242 },
    );
    expect(edits).toBeGreaterThan(5000);
    // Mostly a segment or two is scanned again, not the note.
    expect(rescanned / edits).toBeLessThan(3);
  });

  it('rescans only the segment an edit falls in, and leaves the front matter to a full split', () => {
    const text = '---\ndate: 2025-01-01\n---\n# A\n\nOne $1.\n\nTwo $2.\n\nThree $3.\n';
    const after = text.replace('Two $2.', 'Two $22.');
    const again = resplitSegments(splitSegments(text), text.length, after, diffTexts(text, after))!;
    expect(again.segments.map((s) => after.slice(s.start, s.end))).toEqual(['# A\n\n', 'One $1.\n\n', 'Two $22.\n\n', 'Three $3.\n']);
    expect([again.kept, again.resumed, again.resumedFrom]).toEqual([2, 3, 3]);
    // The edited character is the first of its segment: the scan starts a segment earlier (the edit may join the two), and the edited one is not taken over.
    const relettered = text.replace('Two $2.', 'Twx $2.').replace('\nTwx', '\nQwx');
    const moved = resplitSegments(splitSegments(text), text.length, relettered, diffTexts(text, relettered))!;
    expect(moved.segments.map((s) => relettered.slice(s.start, s.end))).toEqual(['# A\n\n', 'One $1.\n\n', 'Qwx $2.\n\n', 'Three $3.\n']);
    expect([moved.kept, moved.resumed, moved.resumedFrom]).toEqual([1, 3, 3]);
    const firstOnly = text.replace('\nTwo', '\nQwo');
    expect(resplitSegments(splitSegments(text), text.length, firstOnly, diffTexts(text, firstOnly))!.resumed).toBe(3);
    const retitled = text.replace('2025-01-01', '2025-02-01');
    expect(resplitSegments(splitSegments(text), text.length, retitled, diffTexts(text, retitled))).toBeUndefined();
  });
});
