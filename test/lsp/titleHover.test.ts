// The coverage hover on a note's title, in-process: on the shipped example note (first heading),
// on a note without a heading (first line), and never over a claim or away from the title.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { hoverAt } from '../../server/src/lsp/hover';
import { rangeOf } from './lspClient';

const NOTE = readFileSync('examples/notes/anthropic-compute.md', 'utf8');
const FACTS = readFileSync('examples/facts.yaml', 'utf8');
const { index } = loadFacts([{ file: 'file:///w/facts.yaml', text: FACTS }], { today: '2026-01-01' });

function hover(note: string, at: { line: number; character: number }) {
  const result = checkNote(note, index, defaultConfig, { today: '2026-01-01' });
  const h = hoverAt(result, index, at);
  // What a reader sees: markdown escapes removed.
  return h && { range: h.range, value: (h.contents as { value: string }).value.replace(/\\(.)/g, '$1') };
}

describe('coverage hover on the title', () => {
  it("shows the example note's coverage on its first heading: 2 of 9 figures sourced", () => {
    const title = rangeOf(NOTE, '# Anthropic buys compute from SpaceX and xAI');
    const h = hover(NOTE, { line: title.start.line, character: 10 });
    expect(h).not.toBeNull();
    expect(h!.range).toEqual(title);
    const lines = h!.value.split('\n\n');
    expect(lines[0]).toBe('**Coverage** · 2 of 9 figures sourced (22%)');
    expect(lines[1]).toBe('✗ 2 contradicted · ? 5 unsourced · ✓ 2 supported');
    expect(h!.value).toContain('supported, or outdated');
  });

  it('is not shown off the title, on the front matter, nor in place of a claim hover', () => {
    expect(hover(NOTE, { line: 1, character: 3 })).toBeNull();
    expect(hover(NOTE, rangeOf(NOTE, 'The timing matters').start)).toBeNull();
    const note = '# Harbor Foods raised $300 million\n\nMore text.\n';
    expect(hover(note, rangeOf(note, '$300 million').start)!.value).toMatch(/^\*\*\? Unsourced\*\* · \$300 million/);
    expect(hover(note, { line: 0, character: 3 })!.value).toMatch(/^\*\*Coverage\*\* · 0 of 1 figure sourced \(0%\)/);
  });

  it('uses the first line when the note has no heading, and says when there is nothing to source', () => {
    const note = '---\ndate: 2025-01-01\n---\nA reading list for the week.\n\nNothing to count.\n';
    const h = hover(note, { line: 3, character: 4 });
    expect(h!.range).toEqual({ start: { line: 3, character: 0 }, end: { line: 3, character: 28 } });
    expect(h!.value).toBe('**Coverage** · no figures in this note to source');
  });

  it('says nothing on a note that is off', () => {
    expect(hover('---\nclaimcheck: false\n---\n# Title with $5 billion\n', { line: 3, character: 2 })).toBeNull();
  });
});
