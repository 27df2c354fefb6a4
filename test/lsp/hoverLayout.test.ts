// The hover leads with the answer and fits a 750×250 hover box: in-process, on the shipped
// example note and facts, and on a stub fact whose source is still missing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { claimInWords, hoverAt, timeInWords } from '../../server/src/lsp/hover';
import { rangeOf } from './lspClient';

const NOTE = readFileSync('examples/notes/anthropic-compute.md', 'utf8');
const FACTS = readFileSync('examples/facts.yaml', 'utf8');

function hoverText(note: string, facts: string, needle: string, notice?: string): string {
  const { index } = loadFacts([{ file: 'file:///w/facts.yaml', text: facts }], { today: '2026-01-01' });
  const result = checkNote(note, index, defaultConfig, { today: '2026-01-01' });
  const h = hoverAt(result, index, rangeOf(note, needle).start, notice);
  expect(h, needle).not.toBeNull();
  return (h!.contents as { value: string }).value;
}

/** The lines a hover renders, markdown escapes and link targets removed (what a reader sees). */
function rendered(md: string): string[] {
  return md
    .split(/\n\n|  \n/)
    .map((l) => l.replace(/\]\([^)]*\)/g, ']').replace(/\\(.)/g, '$1').replace(/[*[\]`]/g, ''))
    .filter((l) => l.trim() !== '');
}

describe('hover layout', () => {
  it('puts verdict, claim, deciding fact with its linked source and the quote in the first lines', () => {
    const md = hoverText(NOTE, FACTS, '$5 billion');
    const lines = rendered(md);
    expect(lines[0]).toMatch(/^✗ Contradicted · \$5 billion/);
    // The fact that held in May 2024 decides: the March 2024 tranche.
    expect(lines[1]).toMatch(/^Sourced \(Mar 2024\): \$2\.75 billion · Mar 2024/);
    expect(lines[2]).toMatch(/^Source: .+ · published /);
    expect(lines[3]).toMatch(/^> /);
    // 750 px wide at ~7 px a character, 250 px high at ~19 px a line: the answer sits in the first box.
    for (const l of lines.slice(0, 3)) expect(l.length, l).toBeLessThan(140);
    expect(md.indexOf('|')).toSatisfy((i: number) => i < 0 || i > md.indexOf('> '));
  });

  it('never repeats the claim ("$5 billion → $5 billion") and says the time in words', () => {
    const md = hoverText(NOTE, FACTS, '$18 billion');
    expect(md).not.toContain('→');
    expect(rendered(md)[0]).toMatch(/^✓ Supported · \$18 billion/);
    expect(timeInWords('2024-05')).toBe('May 2024');
    expect(timeInWords('2025-Q1')).toBe('Q1 2025');
    expect(timeInWords('2024-09-02')).toBe('2 Sep 2024');
  });

  it('marks a fact whose source is missing, and says when facts did not load', () => {
    const facts = 'entities:\n  kestrel: { name: Kestrel }\nfacts:\n  - id: kestrel-users-2025-03\n    entity: kestrel\n    metric: users\n    value: 2e6\n    unit: users\n    as_of: 2025-03\n    kind: actual\n    source:\n      url:\n      title:\n      published:\n      quote:\n';
    const note = 'Kestrel reached 2 million users in March 2025.\n';
    const md = hoverText(note, facts, '2 million users', '3 facts did not load');
    const lines = rendered(md);
    expect(lines[0]).toMatch(/^✓ Supported · 2 million users in Mar 2025/);
    expect(lines[1]).toBe('⚠ 3 facts did not load');
    expect(lines.slice(0, 5).join('\n')).toContain('Source missing');
  });

  it('leads a sum with its total and lists the addends', () => {
    const lines = rendered(hoverText(NOTE, FACTS, '$200 billion'));
    expect(lines[1]).toMatch(/^Sourced total: \$255 billion, the sum of:\n- \$80 billion/);
  });

  it('reads bounds', () => {
    const { index } = loadFacts([{ file: 'f', text: FACTS }], { today: '2026-01-01' });
    const result = checkNote(NOTE, index, defaultConfig, { today: '2026-01-01' });
    const bounded = result.findings.find((f) => f.claim.bound === 'gt');
    expect(bounded && claimInWords(bounded.claim, '2025-02-14')).toMatch(/^more than \$/);
  });
});
