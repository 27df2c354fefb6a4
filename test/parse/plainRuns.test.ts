import { describe, expect, it } from 'vitest';
import { prng } from '../prng';
import { generateVariedCorpus } from '../../bench/variedCorpus.mjs';
import { readPlainRuns } from '../../server/src/core/parse/plainRuns';
import { expectSameAsRemark, notesIn, segmentsOf } from './sameAsRemark';

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

  // Stand-in footnote definitions follow the text: a closed fence takes none of them in, an open one all.
  it('read footnotes beside a closed fence without the parser, and leave them to it beside an open one', () => {
    const closed = 'Acme raised $5 billion[^1].\n\n```python\ngpus = 5\n```\n\n[^1]: Acme grew 12% in 2024.\n';
    expect(readPlainRuns(closed).rest).toBeNull();
    const rand = prng(91);
    const FENCES = ['```\nx = 5\n```\n', '~~~yaml\na: 5\n~~~\n', '````\n```\n````\n', '```\nx = 5\n', '~~~\n```\n', '  ```\n  x\n  ```\n', '```a`b\n```\n', '<div>\n'];
    const PROSE = ['Acme raised $5 billion[^1].', 'It runs 20,000 GPUs[^2] in 2024.', '[^1]: Acme grew 12% in 2024.', '[^2]: -', '- A list of 5[^1].', '> Quoted 5[^2].', 'Plain 5.'];
    for (let n = 0; n < 3000; n++) {
      const blocks: string[] = [];
      for (let i = 1 + Math.floor(rand() * 5); i > 0; i--) blocks.push(rand() < 0.35 ? FENCES[Math.floor(rand() * FENCES.length)]! : PROSE[Math.floor(rand() * PROSE.length)]! + '\n');
      const s = blocks.join(rand() < 0.8 ? '\n' : '');
      expectSameAsRemark(s);
      for (const seg of segmentsOf(s)) expectSameAsRemark(seg);
    }
  });

  // A segment may open with blank lines: with indented code in it they cannot be blanked as a
  // thematic break, and are kept as they are instead of sending the segment to the parser.
  it('read leading blank lines beside indented code without the parser, as remark reads them', () => {
    expect(readPlainRuns('\n\nAcme raised $5 billion in 2024.\n\n    indented code: 7 GPUs\n').rest).toBeNull();
    const rand = prng(77);
    const LEADS = ['\n', '\n\n', ' \n', '\t\n', '  \n\n', '\n \n'];
    for (let n = 0; n < 3000; n++) {
      let s = LEADS[Math.floor(rand() * LEADS.length)]!;
      for (let i = Math.floor(rand() * 10); i > 0; i--) s += PIECES[Math.floor(rand() * PIECES.length)]!;
      s += rand() < 0.7 ? '\n\n    indented code: 7 GPUs\n' : '';
      expectSameAsRemark(s);
      for (const seg of segmentsOf(s)) expectSameAsRemark(seg);
    }
  });
});
