// Incremental checking (the server's per-note SegmentCache) must give exactly what a full check
// of the same text gives, after any sequence of edits: random edits on varied notes, compared
// after every edit with a cold check.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNote, SegmentCache, type CheckResult } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';

const ROOT = path.resolve(__dirname, '../..');
const { index } = loadFacts([{ file: 'facts.yaml', text: readFileSync(path.join(ROOT, 'examples/facts.yaml'), 'utf8') }]);
const today = '2026-11-25';

/** Everything a host shows from a check, as comparable data. */
const shown = (r: CheckResult): string =>
  JSON.stringify({ claims: r.note.claims, citations: r.note.citations, suppressions: r.note.suppressions, problems: r.note.problems, date: r.note.referenceDate, fm: r.note.frontMatter, findings: r.findings, skipped: r.skipped });

// Blocks in several domains (not only the example's), and fragments that change block extents.
const BLOCKS = [
  '---\ntitle: Grid note\ndate: 2025-03-01\n---',
  '# Utilities and storage, 2024',
  // A heading that names an entity, and a paragraph that names none: its figures are the heading's.
  '## Anthropic',
  'The company raised $2 billion more in 2025 and was valued at $183 billion.',
  'Anthropic was valued at $61.5 billion in March 2025 [@anthropic-valuation-2025-03]. It raised $3.5 billion.',
  'xAI operated 100,000 H100 equivalents in September 2024, per Colossus reports.',
  'Amazon committed $4 billion to Anthropic in September 2023; the total reached $8 billion by November 2024.',
  'Northwind Health added 1,200 nurses and 14 clinics last year, a 12% rise in staff.',
  'The Harlow wind farm delivers 450 MW; its 2024 output was 1.3 TWh, up 8% year over year.',
  '| Company | Valuation | Date |\n|---|---:|---|\n| Anthropic | $61.5B | 2025-03 |\n| Anthropic | $183 billion | 2025-09 |',
  '- Alphabet guided capex to $75 billion for 2025.\n- Microsoft spent $80 billion in fiscal 2025.\n\n  Indented follow-up: 3x more than 2023.',
  '> Revenue run-rate hit $1 billion in January 2025.\n> — a filing',
  '```python\ngpus = 50000  # $2 billion\n\nprint(gpus)\n```',
  '<!-- claimcheck-disable unsourced -->',
  '<!-- claimcheck-enable -->',
  'Text with a footnote[^1] worth $9 billion.\n\n[^1]: The source says $9.5 billion.',
  'Shipments: between 40 and 60 turbines in Q2 2024; [@no-such-fact] says otherwise.',
];
const FRAGMENTS = ['\n\n', '\n', '\r\n', '\r', '\uFEFF', '```', '~~~\n', '---\n', '<!--', '-->', '| x | $3B |\n', '- ', '> ', '    ', '$12 billion', '45%', ' in 2024', '[@amazon-anthropic-2024-11]', '[^1]', 'Anthropic ', 'x', '', '#'];

const note = fc.array(fc.constantFrom(...BLOCKS), { minLength: 2, maxLength: 9 }).map((bs) => bs.join('\n\n') + '\n');
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.constantFrom(...FRAGMENTS) });

describe('incremental checking', () => {
  // Chunks of about four block runs (the default), and each run its own segment (the server's:
  // there an edit rescans only the runs around it, relayoutNote, and takes the rest over); each
  // against a full check of the same layout.
  it.each([{ chunkMean: undefined }, { chunkMean: 1 }])('equals a full check after every one of thousands of random edits (chunkMean $chunkMean)', ({ chunkMean }) => {
    let edits = 0;
    fc.assert(
      fc.property(note, fc.array(edit, { minLength: 20, maxLength: 60 }), (start, steps) => {
        const cache = new SegmentCache();
        let text = start;
        expect(shown(checkNote(text, index, defaultConfig, { today, cache, chunkMean }))).toBe(shown(checkNote(text, index, defaultConfig, { today, chunkMean })));
        for (const e of steps) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
          const incremental = checkNote(text, index, defaultConfig, { today, cache, chunkMean });
          expect(shown(incremental)).toBe(shown(checkNote(text, index, defaultConfig, { today, chunkMean })));
          edits++;
        }
      }),
      { numRuns: 70, seed: 1214 },
    );
    expect(edits).toBeGreaterThan(2000);
  }, 300_000);

  it('counts the numbers of a long note while typing as counting the whole note does, and keeps its budget', () => {
    // Over twice budget.numbers characters, so the work budget counts; a tight budget, so the count decides.
    const config = { ...defaultConfig, budget: { ...defaultConfig.budget, numbers: 200 } };
    const cache = new SegmentCache();
    let text = Array.from({ length: 40 }, (_, i) => `Line ${i}: Harlow Wind delivered ${i * 7} MW in 2024.`).join('\n\n') + '\n';
    const overBudget = (r: CheckResult) => r.note.problems.some((p) => p.code === 'not-checked');
    const steps = ['1', '23', ' ', '4 5 6', '', '9'.repeat(3)];
    let flips = 0;
    for (let k = 0; k < 400; k++) {
      const at = (k * 7919) % (text.length + 1);
      const before = overBudget(checkNote(text, index, config, { today, cache, chunkMean: 1 }));
      text = text.slice(0, at) + steps[k % steps.length] + text.slice(Math.min(text.length, at + (k % 3)));
      const incremental = checkNote(text, index, config, { today, cache, chunkMean: 1 });
      expect(shown(incremental)).toBe(shown(checkNote(text, index, config, { today })));
      if (overBudget(incremental) !== before) flips++;
    }
    // The note crossed the budget while typing, both ways or at least once.
    expect(flips).toBeGreaterThan(0);
  });

  it('re-judges only the chunk an edit touches, and everything when facts, config or the date change', () => {
    const text = BLOCKS.join('\n\n') + '\n';
    const cache = new SegmentCache();
    checkNote(text, index, defaultConfig, { today, cache });
    const chunks = cache.misses;
    expect(chunks).toBeGreaterThan(2);
    const edited = text.replace('It raised $3.5 billion.', 'It raised $4.5 billion.');
    const result = checkNote(edited, index, defaultConfig, { today, cache });
    expect(cache.misses).toBeGreaterThanOrEqual(1);
    expect(cache.misses).toBeLessThanOrEqual(2);
    expect(result.findings.find((f) => f.claim.text === '$4.5 billion')).toBeDefined();
    const cold = new SegmentCache();
    checkNote(edited, index, defaultConfig, { today, cache: cold });
    checkNote(edited, index, { ...defaultConfig, tolerance: 0.5 }, { today, cache });
    expect(cache.misses).toBe(cold.misses);
    checkNote(edited.replace('date: 2025-03-01', 'date: 2025-10-01'), index, { ...defaultConfig }, { today, cache });
    expect(cache.misses).toBe(cold.misses);
  });

  // The server's layout: a keystroke on a line above moves what is placed below it in place (no
  // claim, citation or finding is built again for the rest of the note), and a new line places it anew.
  it('moves the figures below a keystroke in place, and places them anew when their lines move', () => {
    const text = [
      'Northwind Health added 1,200 nurses last year.',
      'Shipments: between 40 and 60 turbines in Q2 2024; [@no-such-fact] says otherwise.',
      'The Harlow wind farm delivers 450 MW; its 2024 output was 1.3 TWh, up 8% year over year.',
    ].join('\n\n') + '\n';
    const cache = new SegmentCache();
    const options = { today, cache, chunkMean: 1 };
    const before = checkNote(text, index, defaultConfig, options);
    const claimAt = (r: CheckResult, figure: string) => r.note.claims.find((c) => c.text === figure)!;
    const mw = claimAt(before, '450 MW');
    const mwStart = mw.offset.start;
    const mwFinding = before.findings.find((f) => f.claim === mw)!;
    const cited = before.findings.find((f) => f.code === 'unknown-citation')!;
    const citedStart = cited.citation!.offset.start;

    const typed = text.replace('nurses', 'nurses, nurses');
    const after = checkNote(typed, index, defaultConfig, options);
    expect(shown(after)).toBe(shown(checkNote(typed, index, defaultConfig, { today, chunkMean: 1 })));
    expect(claimAt(after, '450 MW')).toBe(mw);
    expect(mw.offset.start).toBe(mwStart + ', nurses'.length);
    expect(after.findings.find((f) => f.claim === mw)).toBe(mwFinding);
    const citedAfter = after.findings.find((f) => f.code === 'unknown-citation')!;
    expect(citedAfter.citation!.offset.start).toBe(citedStart + ', nurses'.length);
    expect(typed.slice(citedAfter.citation!.offset.start, citedAfter.citation!.offset.end)).toBe('no-such-fact');

    // A figure typed above: the claims below keep their objects, one index further on.
    const index450 = mw.index;
    const added = typed.replace('nurses, nurses', 'nurses, 30 nurses');
    const withFigure = checkNote(added, index, defaultConfig, options);
    expect(shown(withFigure)).toBe(shown(checkNote(added, index, defaultConfig, { today, chunkMean: 1 })));
    expect(claimAt(withFigure, '450 MW')).toBe(mw);
    expect(mw.index).toBe(index450 + 1);
    expect(withFigure.findings.find((f) => f.claim === mw)).toBe(mwFinding);

    const newLine = added.replace('nurses, 30 nurses', 'nurses,\n30 nurses');
    const moved = checkNote(newLine, index, defaultConfig, options);
    expect(shown(moved)).toBe(shown(checkNote(newLine, index, defaultConfig, { today, chunkMean: 1 })));
    expect(claimAt(moved, '450 MW')).not.toBe(mw);
    expect(claimAt(moved, '450 MW').range.start.line).toBe(mw.range.start.line + 1);
  });
});

describe('a pathological block', () => {
  it('costs only its own block: not-checked at error severity there, the rest of the note judged', () => {
    const text = `---\ndate: 2025-02-14\n---\nAnthropic's last valuation sat at $18 billion post-money.\n\n${'- '.repeat(3000)}x\n\nAnthropic's last known funding round in May carried a $5 billion commitment from Amazon.\n`;
    const result = checkNote(text, index, defaultConfig, { today });
    const notChecked = result.note.problems.filter((p) => p.code === 'not-checked');
    expect(notChecked).toHaveLength(1);
    expect(notChecked[0]).toMatchObject({ severity: 'error', range: { start: { line: 5, character: 0 } } });
    expect(notChecked[0]!.message).toMatch(/could not check this block/);
    expect(result.findings.map((f) => [f.claim.text, f.code])).toEqual([
      ['$18 billion', 'supported'],
      ['$5 billion', 'contradicted'],
    ]);
  }, 120_000);
});
