import { describe, expect, it } from 'vitest';
import { prng } from '../prng';
import { generateVariedCorpus } from '../../bench/variedCorpus.mjs';
import { readContainerRun } from '../../server/src/core/parse/containerRuns';
import { inlineContext } from '../../server/src/core/parse/plainInline';
import { readPlainRuns } from '../../server/src/core/parse/plainRuns';
import { splitSegments } from '../../server/src/core/parse/segments';
import { expectSameAsRemark, notesIn, segmentsOf } from './sameAsRemark';

// Lists, quotes, tables and footnote definitions read without remark (containerRuns.ts) give
// remark's blocks: the same masked text at the same offsets, the same table header, row, time
// cell, row label and corner. Random mixes of their syntax, valid and not, and real notes.

/** How many of the runs of `text` that open a list, quote, table or footnote definition are read without the parser. */
function containerRunsRead(text: string): { runs: number; read: number } {
  let runs = 0;
  let read = 0;
  const context = inlineContext(text);
  for (const r of splitSegments(text, { frontMatter: false }).segments) {
    if (!/^(?:[-+*>|] |\d{1,9}[.)] |\|)|^\[\^/.test(text.slice(r.start, r.end))) continue;
    runs++;
    if (readContainerRun(text, r.start, r.end, context)) read++;
  }
  return { runs, read };
}

const PROSE = [
  'Acme raised $5 billion in 2024.', 'Revenue grew 12% year over year', 'It runs 20,000 GPUs', 'three quarters', 'Q3 2025', 'See [the filing](https://x.io/9/r-2024).',
  ' [@acme-2024]', '[@a; @b]', 'no figures here', 'It runs 5 GPUs[^1].', 'Acme raised $5 billion[^n2], then',  '— Acme CFO, 2024', '€33,854,800', '2025-10', 'x', '5', '$7 trillion', 'R&D 5', 'AT&T; 5',
];
const SYNTAX = [
  ' *5*', ' **5**', ' _5_', ' `5`', ' `a|b`', ' ~~5~~', ' &amp; 5', ' \\$5', ' \\|', ' <span>5</span>', '<!-- claimcheck-disable -->', ' [r]', ' [ref][r]', '[^1]', ' [^b]', '[^1][^2]', '[^a-b]', '[^1]:', '[^x](u)', '[[^1]]', '![^1]', '[^1]\n',
  '![5](i.png)', ' <http://b/6>', ' www.c.com/7', ' a@b.com', '  ', ' ', '\t', '#', '# ', '> ', '- ', '1. ', '2) ', '|', ' | ', '---', '===', '[a|b](u)', '\u00a0', '😀',
];
const LIST_PREFIX = ['- ', '* ', '+ ', '1. ', '2. ', '1) ', '10. ', '01. ', '  - ', '   - ', '    - ', '  1. ', '  2. ', '   3. ', '   1. ', ' - ', '-  ', '-', '+ ', '      - ', '     * '];
const CONTINUATION = ['', ' ', '  ', '   ', '    ', '     ', '      '];
const QUOTE_PREFIX = ['> ', '> ', '> ', '>', '>  ', '> > ', ' > ', '> - '];
const CELLS = [' Acme ', ' $5B ', ' 12% ', ' 2025-10 ', '', ' ', '5', ' Date ', ' As of ', ' Revenue ($bn) ', ' (€m) ', ' `5` ', ' a \\| b ', ' [x](u/5) ', ' [@c-2024] ', ' *5* ', ' <b>5</b> '];
const DELIMITERS = ['---', ':--', '--:', ':-:', ' --- ', '-', 'x', '', ' :---: '];

describe('lists, quotes, tables and footnote definitions read without the parser', () => {
  const rand = prng(Number(process.env.SEED ?? 29));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const content = (): string => {
    let s = pick(PROSE);
    for (let i = Math.floor(rand() * 3); i > 0; i--) s += rand() < 0.9 ? ' ' + pick(PROSE) : pick(SYNTAX);
    return s;
  };
  const list = (): string => {
    const lines: string[] = [];
    for (let n = 1 + Math.floor(rand() * 6); n > 0; n--) lines.push(rand() < 0.75 ? (rand() < 0.6 ? pick(['- ', '1. ', '2. ', '  - ', '   - ']) : pick(LIST_PREFIX)) + content() : pick(CONTINUATION) + content());
    return lines.join('\n');
  };
  const quote = (): string => {
    const lines: string[] = [];
    for (let n = 1 + Math.floor(rand() * 4); n > 0; n--) lines.push(rand() < 0.95 ? pick(QUOTE_PREFIX) + content() : content());
    return lines.join('\n');
  };
  const table = (): string => {
    const columns = 1 + Math.floor(rand() * 4);
    const row = (cells: () => string, n = columns): string => {
      const parts = Array.from({ length: n }, cells);
      const open = rand() < 0.95 ? '|' : '';
      const close = rand() < 0.95 ? '|' : '';
      return open + parts.join('|') + close + (rand() < 0.03 ? ' ' : '');
    };
    const cell = (): string => (rand() < 0.7 ? ` ${pick(PROSE)} ` : pick(CELLS));
    const lines = [row(() => pick(CELLS)), row(() => (rand() < 0.9 ? '---' : pick(DELIMITERS)), rand() < 0.9 ? columns : 1 + Math.floor(rand() * 4))];
    for (let n = Math.floor(rand() * 5); n > 0; n--) lines.push(row(cell, rand() < 0.9 ? columns : 1 + Math.floor(rand() * 4)));
    return lines.join('\n');
  };
  const footnote = (): string => `${pick(['[^1]: ', '[^n2]: ', '[^a b]: ', '[^x]:', '[^1]:  '])}${content()}${rand() < 0.2 ? '\n' + pick(CONTINUATION) + content() : ''}`;
  const code = (): string => pick(['    ', '     ', '\t', '```\n', '~~~\n']) + content() + pick(['', '\n    5', '\n```', '\n~~~']);
  const html = (): string => pick(['<div>\n', '<!-- x\n', '<table>\n', '<p>']) + content() + pick(['', '\n</div>', '\n-->', '</p>']);
  const BLOCKS = [list, list, quote, table, table, footnote, content, code, html];
  const mix = (): string => {
    const parts: string[] = [];
    for (let n = 1 + Math.floor(rand() * 4); n > 0; n--) parts.push(pick(BLOCKS)());
    return parts.map((p, i) => (i === 0 ? p : pick(['\n\n', '\n\n', '\n', '\n\n\n', '\n  \n']) + p)).join('') + pick(['', '\n', '\n\n']);
  };

  it('give remark’s blocks on random mixes of list, quote, table and footnote syntax', () => {
    let read = 0;
    let runs = 0;
    for (let n = 0; n < 3000; n++) {
      const note = mix();
      for (const s of segmentsOf(note)) {
        expectSameAsRemark(s);
        const c = containerRunsRead(s);
        read += c.read;
        runs += c.runs;
      }
    }
    // The mixes exercise the direct readers, not only the fallback.
    expect(read).toBeGreaterThan(runs / 10);
  });

  it('read most list, quote, table and footnote runs of the varied corpus, as remark does', () => {
    let read = 0;
    let runs = 0;
    for (const note of generateVariedCorpus({ notes: 60, targetBytes: 0 }))
      for (const s of segmentsOf(note)) {
        expectSameAsRemark(s);
        const c = containerRunsRead(s);
        read += c.read;
        runs += c.runs;
      }
    expect(runs).toBeGreaterThan(200);
    expect(read).toBeGreaterThan(runs * 0.8);
  });

  it('give remark’s blocks on the test corpus, the fixtures and the example', () => {
    for (const note of [...notesIn('test/corpus'), ...notesIn('test/fixtures/notes'), ...notesIn('examples')]) for (const s of segmentsOf(note)) expectSameAsRemark(s);
  });

  it('read a list with its lead-in as one run, each item given the lead-in sentence as the parser gives it', () => {
    const text = 'Capex was $2 billion. Management raised its 2026 outlook on October 28:\n\n- Revenue: about $4.45 billion\n  - Capex: $1 billion, of which:\n    - $0.4 billion in Texas\n  - Buybacks: $2 billion\n- Margin: 31%\n\nNo list here:\n\nRevenue rose 3% in 2025.\n';
    expect(splitSegments(text).segments.map((s) => text.slice(s.start, s.end).split('\n')[0])).toEqual(['Capex was $2 billion. Management raised its 2026 outlook on October 28:', 'No list here:', 'Revenue rose 3% in 2025.']);
    const plain = readPlainRuns(text);
    expect(plain.rest).toBeNull();
    const lead = 'Management raised its 2026 outlook on October 28:';
    expect(plain.blocks.map((b) => [text.slice(b.start, b.end).split('\n')[0], b.lead])).toEqual([
      ['Capex was $2 billion. Management raised its 2026 outlook on October 28:', undefined],
      ['Revenue: about $4.45 billion', lead],
      ['Capex: $1 billion, of which:', lead],
      ['$0.4 billion in Texas', 'Capex: $1 billion, of which:'],
      ['Buybacks: $2 billion', lead],
      ['Margin: 31%', lead],
      // ("No list here:" holds no figure: dropped unread.)
      ['Revenue rose 3% in 2025.', undefined],
    ]);
    for (const s of segmentsOf(text)) expectSameAsRemark(s);
  });

  it('leave the whole segment to the parser only for the runs they cannot read', () => {
    const text = '- Acme raised $5 billion in 2024.\n  - It runs 20,000 GPUs.\n\n> Revenue grew 12% in 2024.\n\n| Lab | GPUs |\n|---|--:|\n| Acme | 5,000 |\n\n- *Beta* raised $7 billion.\n';
    const plain = readPlainRuns(text);
    expect(plain.blocks.map((b) => text.slice(b.start, b.end))).toEqual(['Acme raised $5 billion in 2024.', 'It runs 20,000 GPUs.', 'Revenue grew 12% in 2024.', '| Lab ', '| GPUs |', '| Acme ', '| 5,000 |']);
    expect(plain.blocks[5]).toMatchObject({ type: 'tableCell', header: 'Lab', row: { start: text.indexOf('| Acme'), end: text.indexOf('\n\n- *') } });
    // The emphasised item is the parser's; everything read here is blank in what it gets.
    expect(plain.rest!.trim()).toBe('- *Beta* raised $7 billion.');
    expectSameAsRemark(text);
  });
});
