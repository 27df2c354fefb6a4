// countFactEntries finds `id:` entries from each `id` in the text; it must count what a per-line pattern counts.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countFactEntries, countFactEntriesInSteps } from '../../server/src/core/facts/countFactEntries';
import { bigFacts } from '../hostile/inputs.mjs';

const perLine = (text: string) => text.match(/^[ \t]*(?:-[ \t]+)?\{?[ \t]*id[ \t]*:/gm)?.length ?? 0;

describe('countFactEntries', () => {
  it('counts block, flow and list entries, and nothing else that says id', () => {
    const example = readFileSync(path.join(__dirname, '../../examples/facts.yaml'), 'utf8');
    expect(countFactEntries(example)).toBe(28);
    expect(countFactEntries(bigFacts(50, 7))).toBe(50);
    expect(countFactEntries('facts:\n  - { id: a, x: 1 }\n  -   id : b\n  - idx: c\n  - grid: 5\n    # id: no\nvalid: id: x\n')).toBe(2);
  });

  it('agrees with a per-line pattern on generated text', () => {
    const piece = fc.constantFrom('id', 'id:', ' id :', '- id: x', '{id: y}', '-\tid:', 'grid: 1', 'valid:', '\n', '\r\n', '\r', ' ', '-', '{', '#', 'x');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => countFactEntries(parts.join('')) === perLine(parts.join(''))), { numRuns: 2000, seed: 4 });
  });

  it('counts the same a few places at a time, pausing between them, over several files', () => {
    const files = [bigFacts(300, 40), 'facts:\n  - { id: a, x: 1 }\n  - idx: c\n', bigFacts(120, 9)].map((text) => ({ text }));
    const steps = countFactEntriesInSteps(files, 25);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(step.value).toBe(300 + 1 + 120);
    // Every fact's `id` is looked at (a pause after each 25th); other words that hold "id" add more.
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(420 / 25));
  });
});
