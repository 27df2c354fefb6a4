import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNote, noteSizeBytes, SegmentCache } from '../../server/src/core/check';
import { generateVariedCorpus } from '../../bench/variedCorpus.mjs';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';

const ROOT = path.resolve(__dirname, '../..');
const note = readFileSync(path.join(ROOT, 'examples/notes/anthropic-compute.md'), 'utf8');
const { index } = loadFacts([{ file: 'facts.yaml', text: readFileSync(path.join(ROOT, 'examples/facts.yaml'), 'utf8') }]);

describe('checkNote', () => {
  it('judges every claim of the example note, with the front matter date as reference', () => {
    const { note: parsed, findings, skipped } = checkNote(note, index, defaultConfig, { today: '2026-11-25' });
    expect(skipped).toBeUndefined();
    expect(parsed.referenceDate).toBe('2025-02-14');
    expect(findings.map((f) => f.claim.index).sort((a, b) => a - b)).toEqual(parsed.claims.map((c) => c.index));
    expect(findings.filter((f) => f.code === 'contradicted').map((f) => f.claim.text)).toEqual(['$5 billion', '$200 billion']);
  });

  it('turns a note off with front matter `claimcheck: false`, saying so', () => {
    const off = note.replace('author: Research desk', 'author: Research desk\nclaimcheck: false');
    const result = checkNote(off, index, defaultConfig, { today: '2026-11-25' });
    expect(result.findings).toEqual([]);
    expect(result.skipped).toMatchObject({ code: 'disabled' });
    expect(result.skipped?.reason).toContain('claimcheck: false');
  });

  it('skips a note over maxNoteBytes with a reason naming its size and the limit, without parsing it', () => {
    const big = note.repeat(40);
    const result = checkNote(big, index, { ...defaultConfig, maxNoteBytes: 100_000 }, { today: '2026-11-25' });
    expect(result.skipped?.code).toBe('too-large');
    expect(result.skipped?.reason).toMatch(/it is 15\d KB, over the 98 KB limit \(maxNoteBytes/);
    expect(result.note.claims).toEqual([]);
  });

  it('measures notes in UTF-8 bytes, as files are', () => {
    expect(noteSizeBytes('abc')).toBe(3);
    expect(noteSizeBytes('€')).toBe(3);
    expect(noteSizeBytes('₹5 — 🚀')).toBe(Buffer.byteLength('₹5 — 🚀', 'utf8'));
  });

  it('measures only a note that could be over the limit, and never lets one over it through', () => {
    // 3 bytes each: the shortcut (at most 3 bytes a UTF-16 unit) is exact at the limit.
    const euros = '€'.repeat(3000);
    expect(checkNote(euros, index, { ...defaultConfig, maxNoteBytes: 9000 }, { today: '2026-11-25' }).skipped).toBeUndefined();
    expect(checkNote(euros, index, { ...defaultConfig, maxNoteBytes: 8999 }, { today: '2026-11-25' }).skipped?.reason).toMatch(/it is 9 KB, over the 9 KB limit/);
  });

  it('finds the figures between two --- lines in the body: a block that opens with --- is not front matter', () => {
    // A thematic break, then a paragraph underlined with --- (a heading): both are body text, in the editor and the CLI.
    const text = '---\ndate: 2025-06-30\n---\n# Grid\n\nHarlow Wind expanded in 2024.\n\n---\nHarlow Wind delivered 450 MW in 2024.\n---\n\nIts output was 1.3 TWh.\n';
    for (const chunkMean of [undefined, 1]) {
      const claims = checkNote(text, index, defaultConfig, { today: '2026-11-25', chunkMean }).note.claims.map((c) => c.text);
      expect(claims, `chunkMean ${chunkMean}`).toEqual(['450 MW', '1.3 TWh']);
    }
  });

  it('uses the config reference date for a note without front matter date, and --as-of for facts', () => {
    const undated = note.replace('date: 2025-02-14\n', '');
    const atNoteDate = checkNote(undated, index, { ...defaultConfig, referenceDate: '2025-02-14' }, { today: '2026-11-25' });
    expect(atNoteDate.note.referenceDate).toBe('2025-02-14');
    const valuation = (r: typeof atNoteDate) => r.findings.find((f) => f.claim.text === '$18 billion')?.code;
    expect(valuation(atNoteDate)).toBe('supported');
    const later = checkNote(undated, index, { ...defaultConfig, referenceDate: '2025-02-14' }, { today: '2026-11-25', asOf: '2026-06-30' });
    expect(valuation(later)).toBe('outdated');
  });

  // Without a SegmentCache nothing of a check is kept for the next (its segments are never met
  // again); with one, placed claims and findings are: the results must be the same either way.
  it('gives the same result with and without a segment cache, and again from the cache', () => {
    for (const text of generateVariedCorpus({ notes: 25, targetBytes: 100_000 })) {
      const fresh = JSON.stringify(checkNote(text, index, defaultConfig, { today: '2026-11-25' }));
      const cache = new SegmentCache();
      expect(JSON.stringify(checkNote(text, index, defaultConfig, { today: '2026-11-25', cache }))).toBe(fresh);
      expect(JSON.stringify(checkNote(text, index, defaultConfig, { today: '2026-11-25', cache }))).toBe(fresh);
    }
  });
});

// A paragraph that names no entity is about the one its heading names; the heading may be in
// another segment, so a cached result that read it is reused only while it names the same.
describe('the heading a paragraph falls back to, across segments', () => {
  const body = (heading: string) => `---\ndate: 2025-10-01\n---\n# ${heading}\n\nSome context first.\n\nThe company was valued at $183 billion in September 2025.\n`;
  const owners = (text: string, cache?: SegmentCache) =>
    checkNote(text, index, defaultConfig, { today: '2026-01-01', chunkMean: 1, ...(cache ? { cache } : {}) }).findings.map((f) => [f.claim.text, f.code, f.entities]);

  it('judges the figure as the heading’s entity, and follows an edit of the heading', () => {
    expect(owners(body('Anthropic'))).toEqual([['$183 billion', 'supported', ['anthropic']]]);
    expect(owners(body('Overview'))).toEqual([['$183 billion', 'unsourced', []]]);
    // Two entities in the heading: about both, so about neither alone.
    expect(owners(body('Anthropic and Amazon'))[0]![2]).toEqual([]);
    const cache = new SegmentCache();
    for (const heading of ['Overview', 'Anthropic', 'Anthropic and Amazon', 'Anthropic', 'Overview']) {
      expect(owners(body(heading), cache), heading).toEqual(owners(body(heading)));
    }
    // The paragraph's segment is judged again only when what the heading names changes.
    owners(body('Anthropic'), cache);
    expect(cache.misses).toBe(2);
    owners(body('Anthropic, again'), cache);
    expect(cache.misses).toBe(1);
  });
});
