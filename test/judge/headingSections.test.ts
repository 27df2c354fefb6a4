import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNote, SegmentCache } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';

// "# Tarn Logistics" then "## 2023" and "## 2024", each over a list: a heading that names no one
// leaves the owner to the heading it stands under, and a heading that is only a period dates the
// figures under it that state no time. The note is checked whole and in one-paragraph segments
// (chunkMean 1), where the headings above a segment are in the segments before it.
const dir = path.join(__dirname, 'fixtures');
const facts = loadFacts([{ file: 'sections-facts.yaml', text: readFileSync(path.join(dir, 'sections-facts.yaml'), 'utf8') }], { today: '2026-01-01' });
const note = readFileSync(path.join(dir, 'sections-note.md'), 'utf8');
const rows = (text: string, chunkMean?: number, cache?: SegmentCache) =>
  checkNote(text, facts.index, defaultConfig, { today: '2026-01-01', ...(chunkMean ? { chunkMean } : {}), ...(cache ? { cache } : {}) }).findings.map((f) => [f.claim.text, f.code, f.facts.map((x) => x.id)]);

describe('headings that name only a period, under a heading that names the entity', () => {
  const expected = [
    // "## 2023": 2023's figures, not 2024's (they were `outdated`, and before that had no owner).
    ['€4.8 billion', 'supported', ['t-rev-23']],
    ['850 million', 'supported', ['t-par-23']],
    ['€5.2 billion', 'supported', ['t-rev-24']],
    ['+8.3%', 'supported', ['t-rev-24', 't-rev-23']],
    ['910 million', 'supported', ['t-par-24']],
    ['+7%', 'supported', ['t-par-24', 't-par-23']],
    // "## Results by year": a table whose rows name the years.
    ['€4.8 billion', 'supported', ['t-rev-23']],
    ['850 million', 'supported', ['t-par-23']],
    ['€5.2 billion', 'supported', ['t-rev-24']],
    ['910 million', 'supported', ['t-par-24']],
    ['850 million parcels', 'supported', ['t-par-23']],
    ['910 million', 'supported', ['t-par-24']],
  ];
  it('judges every figure as the entity the title names, in the period its heading names', () => {
    expect(facts.problems).toEqual([]);
    expect(rows(note)).toEqual(expected);
  });
  it('judges the same in one-paragraph segments, and follows an edit of a heading above', () => {
    expect(rows(note, 1)).toEqual(expected);
    const cache = new SegmentCache();
    expect(rows(note, 1, cache)).toEqual(expected);
    // "## 2023" becomes "## 2024": its list is then 2024's, and red.
    const edited = note.replace('## 2023', '## 2024');
    expect(rows(edited, 1, cache).slice(0, 2)).toEqual([
      ['€4.8 billion', 'contradicted', ['t-rev-24']],
      ['850 million', 'contradicted', ['t-par-24']],
    ]);
    expect(rows(edited, 1, cache)).toEqual(rows(edited));
    // A title that names no one leaves the figures without an owner.
    expect(rows(note.replace('# Tarn Logistics', '# Overview'), 1, cache)[0]![1]).toBe('unsourced');
  });
  it('takes no period from a heading that also names a topic', () => {
    const titled = note.replace('## 2023', '## 2023 results');
    expect(rows(titled).slice(0, 2).map(([, code]) => code)).toEqual(['outdated', 'outdated']);
  });
});
