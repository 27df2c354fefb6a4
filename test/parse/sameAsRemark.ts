import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CLAIM_CANDIDATE } from '../../server/src/core/extract/extractClaims';
import { parseMarkdown } from '../../server/src/core/parse/markdown';
import { layoutNote, segmentProse, withFootnoteDefinitions, withLineFeeds } from '../../server/src/core/parse/parseNote';
import { collectProse } from '../../server/src/core/parse/prose';
import { splitSegments } from '../../server/src/core/parse/segments';

// Runs read without remark (plainRuns.ts, containerRuns.ts): every segment must give the blocks
// and HTML remark gives, less only the blocks of runs that can hold nothing (no digit or number
// word, no bracket, no HTML).
export function byRemark(text: string) {
  const source = withFootnoteDefinitions(text);
  const prose = collectProse(parseMarkdown(source, { frontMatter: false }), source);
  // The stand-in definitions after the text are not the note's: HTML left open runs over them, cut it back.
  const html = prose.html.filter((h) => h.start < text.length).map((h) => (h.end <= text.length ? h : { value: h.value.slice(0, h.value.length - (h.end - text.length)), start: h.start, end: text.length }));
  return { blocks: prose.blocks.filter((b) => b.start < text.length), html };
}

function inertRuns(text: string): { start: number; end: number }[] {
  // Text opening with "---" may be front matter to the parser: all of it is parsed.
  if (/^\uFEFF?---/.test(text)) return [];
  return splitSegments(text, { frontMatter: false }).segments.filter((r) => {
    const run = text.slice(r.start, r.end);
    return !run.includes('[') && !run.includes('<') && !/```|~~~/.test(run) && !/^(?: {4}| {0,3}\t)/m.test(run) && !CLAIM_CANDIDATE.test(run);
  });
}

/** Asserts the segment reads as remark reads it; returns how many blocks it has. */
export function expectSameAsRemark(segment: string): number {
  const ours = segmentProse(segment);
  const inert = inertRuns(segment);
  const ref = byRemark(segment);
  // Blocks of inert runs may be dropped (most are); all others must be there.
  const live = (b: { start: number; end: number }) => !inert.some((r) => b.start >= r.start && b.end <= r.end);
  expect(ours.blocks.filter(live), JSON.stringify(segment)).toEqual(ref.blocks.filter(live));
  expect(ours.html, JSON.stringify(segment)).toEqual(ref.html);
  return ours.blocks.length;
}

export function segmentsOf(note: string): string[] {
  const text = withLineFeeds(note);
  return layoutNote(text, { today: '2025-02-14' }).segments.map((s) => text.slice(s.start, s.end));
}

const root = join(__dirname, '../..');
export const notesIn = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(root, dir, f), 'utf8'));
