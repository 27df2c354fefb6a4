import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prng } from '../prng';
import { generateVariedCorpus } from '../../bench/variedCorpus.mjs';
import { CLAIM_CANDIDATE } from '../../server/src/core/extract/extractClaims';
import { parseMarkdown } from '../../server/src/core/parse/markdown';
import { layoutNote, segmentProse, withFootnoteDefinitions, withLineFeeds } from '../../server/src/core/parse/parseNote';
import { collectProse } from '../../server/src/core/parse/prose';
import { splitSegments } from '../../server/src/core/parse/segments';

// Plain runs are read without remark (plainRuns.ts): every segment must give the blocks and HTML
// remark gives, less only the blocks of runs that can hold nothing (no digit or number word, no
// bracket, no HTML).
function byRemark(text: string) {
  const source = withFootnoteDefinitions(text);
  const prose = collectProse(parseMarkdown(source), source);
  return { blocks: prose.blocks.filter((b) => b.start < text.length), html: prose.html.filter((h) => h.start < text.length) };
}

function inertRuns(text: string): { start: number; end: number }[] {
  // Text opening with "---" may be front matter to the parser: all of it is parsed.
  if (/^\uFEFF?---/.test(text)) return [];
  return splitSegments(text, { frontMatter: false }).segments.filter((r) => {
    const run = text.slice(r.start, r.end);
    return !run.includes('[') && !run.includes('<') && !/```|~~~/.test(run) && !/^(?: {4}| {0,3}\t)/m.test(run) && !CLAIM_CANDIDATE.test(run);
  });
}

function expectSameAsRemark(segment: string): number {
  const ours = segmentProse(segment);
  const inert = inertRuns(segment);
  const ref = byRemark(segment);
  const expected = ref.blocks.filter((b) => !inert.some((r) => b.start >= r.start && b.end <= r.end));
  expect(ours.blocks).toEqual(expected);
  expect(ours.html).toEqual(ref.html);
  return ours.blocks.length;
}

function segmentsOf(note: string): string[] {
  const text = withLineFeeds(note);
  return layoutNote(text, { today: '2025-02-14' }).segments.map((s) => text.slice(s.start, s.end));
}


const root = join(__dirname, '../..');
const notesIn = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(root, dir, f), 'utf8'));

describe('plain runs read without the parser', () => {
  it('give remark’s blocks on the varied bench corpus', () => {
    let blocks = 0;
    for (const note of generateVariedCorpus({ notes: 40, targetBytes: 0 })) for (const s of segmentsOf(note)) blocks += expectSameAsRemark(s);
    expect(blocks).toBeGreaterThan(300);
  });

  it('give remark’s blocks on the test corpus, the fixtures and the example', () => {
    for (const note of [...notesIn('test/corpus'), ...notesIn('test/fixtures/notes'), ...notesIn('examples')]) for (const s of segmentsOf(note)) expectSameAsRemark(s);
  });

  // Lines of prose with one piece of syntax that must send a run to the parser, or leave it plain.
  const PIECES = [
    'Acme raised $5 billion', ' in 2024', '.', ' [@acme-2024]', ' [@a; @b]', '[@x]: http://x', '[^1]', '[^1]: note', ' [link](http://a/5)', ' [ref][r]', ' [r]',
    '[r]: /u', '![5 GPUs](i.png)', ' <http://b/6>', ' www.c.com/7', ' http://d.io/8', ' a@b.com', ' *5*', ' **5**', ' _5_', ' `5`', ' ~~5~~', ' ~5~',
    ' &amp; 5', ' &#36;5', ' \\$5', '  ', ' ', '\t', '<!-- claimcheck-disable -->', '<span>5</span>', ' | 5 |', '\n', '\n\n', '\n  ', '\n    ', '\n> ',
    '\n- ', '\n* ', '\n+ ', '\n1. ', '\n2) ', '\n# ', '\n## 2.1 ', '\n###### ', '\n####### ', '\n#', ' #', ' ##', '\n===', '\n---', '\n***', '\n```\n',
    '\n~~~\n', '\n| a | b |\n|---|---|\n', 'Q3 2025', 'three quarters', ' twelve', 'GPUs', '😀', '\u00a0', '\r\n', '\u0000', 'x_y', '2 > 1', 'Mr.', ' R&D', ' AT&T;', '[](u)', ' [a](u "t")', '[^a](u)', '[^a]:', ' [x](<u>)', ' [x](a(b)c)', '![', ' [a [b](u) c]',
    ' [5 GPUs](https://x.io/a_b*c)', '\n[^2]: defined', ' [^b]',
  ];
  it('give remark’s blocks on random mixes of prose and syntax', () => {
    const rand = prng(Number(process.env.SEED ?? 12));
    for (let n = 0; n < 4000; n++) {
      let s = rand() < 0.5 ? 'Acme ' : '# ';
      for (let i = Math.floor(rand() * 12); i > 0; i--) s += PIECES[Math.floor(rand() * PIECES.length)]!;
      for (const seg of segmentsOf(s)) expectSameAsRemark(seg);
    }
  });
});
