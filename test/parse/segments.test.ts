import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../server/src/core/parse/markdown';
import { chunkSegments, splitSegments } from '../../server/src/core/parse/segments';

const texts = (text: string): string[] => splitSegments(text).segments.map((s) => text.slice(s.start, s.end));

describe('splitSegments', () => {
  it('splits at a blank line followed by an unindented line, and covers the note without gaps', () => {
    const note = '# Title\n\nOne paragraph\nwrapped.\n\n| A | B |\n|---|---|\n| x | $5B |\n\n- item\n\n  more of the item\n- next\n';
    expect(texts(note)).toEqual(['# Title\n\n', 'One paragraph\nwrapped.\n\n', '| A | B |\n|---|---|\n| x | $5B |\n\n', '- item\n\n  more of the item\n- next\n']);
  });

  it('keeps front matter out of the segments, blank lines and all', () => {
    const note = '---\ntitle: x\n\ndate: 2025-01-02\n---\nBody $5 billion.\n\nMore.\n';
    const { frontMatterEnd, segments } = splitSegments(note);
    expect(note.slice(0, frontMatterEnd)).toBe('---\ntitle: x\n\ndate: 2025-01-02\n---\n');
    expect(segments.map((s) => note.slice(s.start, s.end))).toEqual(['Body $5 billion.\n\n', 'More.\n']);
  });

  it('never splits inside a fenced code block or an HTML comment block, even across blank lines', () => {
    const note = 'Intro.\n\n```python\nx = 1\n\ny = 2\n```\n\n<!--\nnotes\n\nmore\n-->\n\n~~~~\n\nz\n~~~\n\nstill code\n~~~~\n\nEnd.\n';
    expect(texts(note)).toEqual(['Intro.\n\n', '```python\nx = 1\n\ny = 2\n```\n\n', '<!--\nnotes\n\nmore\n-->\n\n', '~~~~\n\nz\n~~~\n\nstill code\n~~~~\n\n', 'End.\n']);
  });

  it('runs an unclosed fence to the end of the note', () => {
    expect(texts('A.\n\n```\ncode\n\nmore code\n')).toEqual(['A.\n\n', '```\ncode\n\nmore code\n']);
  });

  it('gives the same top-level blocks as parsing the whole note, on a note with every shape', () => {
    const note = [
      '---\ndate: 2025-01-01\n---',
      '# Heading',
      'Para one $5 billion.\nLazy line.',
      '> quote line\n> more',
      '> second quote',
      '1. one\n2. two\n\n   continued\n3. three',
      '```js\nconst a = 1;\n\nconst b = 2;\n```',
      '    indented code\n\n    more indented',
      '<div>\n\nhtml then markdown\n</div>',
      '| h | v |\n|---|---|\n| a | $1 |',
      'Text[^1].',
      '[^1]: A footnote\n\n    with a second paragraph.',
      '***',
      'Last.',
    ].join('\n\n');
    const whole = parseMarkdown(note).children.filter((n) => n.type !== 'yaml').length;
    const { segments } = splitSegments(note);
    const pieces = segments.reduce((n, s) => n + parseMarkdown(note.slice(s.start, s.end)).children.length, 0);
    expect(pieces).toBe(whole);
  });
});

describe('chunkSegments', () => {
  const runs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} says $${i + 1} billion.`);
  const note = runs.join('\n\n') + '\n';

  it('groups segments into chunks that cover the note, ending where the segments alone decide', () => {
    const chunks = chunkSegments(note, splitSegments(note).segments);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.length).toBeLessThan(40);
    expect(chunks.map((c) => note.slice(c.start, c.end)).join('')).toBe(note);
  });

  it('changes only the chunk an edit falls in (and at most its neighbour)', () => {
    const before = chunkSegments(note, splitSegments(note).segments).map((c) => note.slice(c.start, c.end));
    const edited = note.replace('Paragraph 30 says', 'Paragraph 30 now says');
    const after = chunkSegments(edited, splitSegments(edited).segments).map((c) => edited.slice(c.start, c.end));
    const changed = after.filter((c) => !before.includes(c));
    expect(changed.length).toBeGreaterThanOrEqual(1);
    expect(changed.length).toBeLessThanOrEqual(2);
  });
});
