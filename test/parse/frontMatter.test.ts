import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { Yaml } from 'mdast';
import { generateVariedCorpus } from '../../bench/variedCorpus.mjs';
import { plainYamlNode, readSimpleYaml } from '../../server/src/core/parse/frontMatter';
import { parseMarkdown } from '../../server/src/core/parse/markdown';
import { frontMatterEnd } from '../../server/src/core/parse/segments';
import { prng } from '../prng';
import { parseNote } from '../../server/src/core/parse/parseNote';

const opts = { referenceDate: '2020-01-01', today: '2021-01-01' };

describe('front matter', () => {
  it('takes the reference date from front matter, then options.referenceDate, then options.today', () => {
    expect(parseNote('---\ndate: 2025-02-14\n---\nx', opts).referenceDate).toBe('2025-02-14');
    expect(parseNote('no front matter', opts).referenceDate).toBe('2020-01-01');
    expect(parseNote('no front matter', { today: '2021-01-01' }).referenceDate).toBe('2021-01-01');
    expect(parseNote('no front matter').referenceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('normalises a timestamp date and reads claimcheck and facts', () => {
    const note = parseNote('---\ndate: 2025-02-14T10:00:00Z\nclaimcheck: false\nfacts: [a.yaml, b/*.yaml]\nowner: desk\n---\nx', opts);
    expect(note.frontMatter).toEqual({ enabled: false, date: '2025-02-14', facts: ['a.yaml', 'b/*.yaml'], data: { owner: 'desk' } });
    expect(note.problems).toEqual([]);
  });

  it('accepts a single facts glob', () => {
    expect(parseNote('---\nfacts: facts/*.yaml\n---\nx', opts).frontMatter.facts).toEqual(['facts/*.yaml']);
  });

  it('reports malformed YAML as a located warning, and still finds the claims', () => {
    const text = '---\ntitle: [unclosed\ndate: 2025-01-01\n---\n\nIt has 5 GPUs.\n';
    const note = parseNote(text, opts);
    expect(note.problems).toHaveLength(1);
    const [p] = note.problems;
    expect(p).toMatchObject({ code: 'front-matter', severity: 'warning' });
    expect(p!.message).toMatch(/^Malformed front matter/);
    expect(p!.range.start.line).toBeGreaterThanOrEqual(1);
    expect(p!.range.end.line).toBeLessThanOrEqual(3);
    expect(note.referenceDate).toBe('2020-01-01');
    expect(note.claims.map((c) => c.text)).toEqual(['5 GPUs']);
  });

  it('locates a malformed line in a CRLF front matter', () => {
    const note = parseNote('---\r\nkey: : bad\r\n---\r\nIt has 5 GPUs.', opts);
    expect(note.problems).toHaveLength(1);
    expect(note.problems[0]!.range.start.line).toBe(1);
    expect(note.claims).toHaveLength(1);
  });

  it('reports a date that is not a calendar day on its own line', () => {
    for (const bad of ['Feb 14', '2025-02-30']) {
      const note = parseNote(`---\ntitle: t\ndate: ${bad}\n---\nx`, opts);
      expect(note.problems).toHaveLength(1);
      expect(note.problems[0]!.message).toContain(bad);
      expect(note.problems[0]!.range.start).toEqual({ line: 2, character: 0 });
      expect(note.referenceDate).toBe('2020-01-01');
    }
  });

  it('reports front matter that is not a mapping, and wrongly typed keys', () => {
    expect(parseNote('---\n- a\n- b\n---\nx', opts).problems[0]!.message).toMatch(/not a mapping/);
    const typed = parseNote('---\nclaimcheck: maybe\nfacts: 5\n---\nx', opts);
    expect(typed.problems.map((p) => p.range.start.line).sort()).toEqual([1, 2]);
    expect(typed.frontMatter.enabled).toBe(true);
  });

  it('treats an empty front matter as no metadata', () => {
    const note = parseNote('---\n---\nIt has 5 GPUs.', opts);
    expect(note.problems).toEqual([]);
    expect(note.frontMatter).toEqual({ enabled: true, data: {} });
  });

  it('never reads claims from the front matter', () => {
    expect(parseNote('---\nbudget: $5 billion\ngpus: 100,000 GPUs\n---\nNothing here.', opts).claims).toEqual([]);
  });
});

describe('the simple front matter reader', () => {
  // It must read exactly what the yaml package reads, or decline (null) and let yaml do it.
  const samples = [
    'title: "Compute access is the binding constraint"\ndate: 2025-02-14\nauthor: Research desk',
    'a: 1\nb: -2\nc: +3\nd: 007\ne: true\nf: False\ng: null\nh: ~\ni:\nl: x#y\nurl: https://example.com/a?b=c\nyes: yes',
    "j: 'it''s'\nk: plain text: no\nm: x #c",
    'url: https://example.com/a?b=c\nratio: 1.5\nexp: 1e3\nhex: 0x1F\ninf: .inf\nyes: yes\nlist: [a, b]\nq: "a\\"b"',
    'key: value\nkey: again',
    '- a\n- b',
    'nested:\n  a: 1',
    'date: 2025-02-14T10:00:00Z\ncount: 12',
  ];
  it.each(samples)('%#', (sample) => {
    const simple = readSimpleYaml(sample);
    if (simple) expect(simple).toEqual(parseDocument(sample, { uniqueKeys: false }).toJS());
  });
  it('reads one-line lists of words as the yaml package does, and declines any other list', () => {
    // The varied corpus' shape (tags of plain words), then random lists of words, spaces, commas,
    // quotes, numbers, null and booleans: whatever readSimpleYaml reads must equal yaml's reading.
    const tags = 'title: "Beldalom Labs note 0"\ndate: 2024-09-12\nauthor: Analyst team\ntags: [long-term contracts, regulatory review]';
    expect(readSimpleYaml(tags)).toEqual(parseDocument(tags, { uniqueKeys: false }).toJS());
    expect(readSimpleYaml('tags: []\nb: [ ]')).toEqual({ tags: [], b: [] });
    for (const declined of ['t: [a, b,]', 't: [a,, b]', 't: [1, b]', 't: [true, b]', 't: [a  b]', 't: ["a", b]', 't: [a, [b]]', 't: [a: b]', 't: [a #c]', 't: [.inf]', 't: [Null]']) {
      expect(readSimpleYaml(declined), declined).toBeNull();
    }
    const rand = prng(Number(process.env.SEED ?? 11));
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const PIECES = ['a', 'pricing power', 'long-term', 'x_1', 'B2B', ' ', '  ', '\t', ',', ', ', '-', ' - ', '1', '0x1F', '1.5', 'null', 'True', 'FALSE', '~', '"q"', "'q'", '#', ' #', ':', ': ', '[', ']', '{', '}', '.', '!', '&a', '*a', '?', 'é', 'yes', 'on', '.nan'];
    let read = 0;
    for (let n = 0; n < 4000; n++) {
      let inner = '';
      for (let i = Math.floor(rand() * 7); i > 0; i--) inner += pick(PIECES);
      const yaml = `k: [${inner}]${rand() < 0.1 ? pick([' ', '\t', ' #c', ']']) : ''}\nz: 1`;
      const simple = readSimpleYaml(yaml);
      if (!simple) continue;
      read++;
      const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false });
      expect(doc.errors, JSON.stringify(yaml)).toEqual([]);
      expect(simple, JSON.stringify(yaml)).toEqual(doc.toJS());
    }
    expect(read).toBeGreaterThan(500);
  });
  it('reads the usual front matter itself', () => {
    expect(readSimpleYaml(samples[0]!)).toEqual({ title: 'Compute access is the binding constraint', date: '2025-02-14', author: 'Research desk' });
    expect(readSimpleYaml(samples[1]!)).not.toBeNull();
    for (const declined of samples.slice(2)) expect(readSimpleYaml(declined)).toBeNull();
  });
});

describe('front matter of the plain shape, read without the parser', () => {
  // plainYamlNode must give the parser's YAML node (value and position) whenever it gives one.
  const LINES = ['title: "Acme note"', 'date: 2024-09-12', 'a: 1', '', '---', '--- ', '----', '- x', '  b: 2', '# c', '```', '<!--', '...', 'tags: [a, b]', ' ', '\t', 'x: |', '  $5 billion', '---\r', '+++'];
  const REST = ['', '\n', '# Title\n\nAcme raised $5 billion.\n', 'text', '\n---\n', '---\n', '\r\n', 'more: 1\n---\n'];
  it('gives the parser’s node on random front matter', () => {
    const rand = prng(Number(process.env.SEED ?? 5));
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    let plain = 0;
    for (let n = 0; n < 3000; n++) {
      const body: string[] = [];
      for (let i = Math.floor(rand() * 5); i > 0; i--) body.push(pick(LINES));
      const open = rand() < 0.9 ? '---' : pick(['--- ', '\uFEFF---', '----']);
      const close = rand() < 0.9 ? '---' : pick(['--- ', '----', '...']);
      const text = [open, ...body, close].join(rand() < 0.95 ? '\n' : '\r\n') + pick(REST);
      const end = frontMatterEnd(text);
      if (end === 0) continue;
      const ours = plainYamlNode(text, end);
      if (!ours) continue;
      plain++;
      const ref = parseMarkdown(text.slice(0, end)).children.find((c) => c.type === 'yaml');
      expect(ours, JSON.stringify(text)).toEqual(ref && { type: ref.type, value: (ref as Yaml).value, position: ref.position });
    }
    expect(plain).toBeGreaterThan(1000);
  });

  it('reads the varied corpus’ front matter as the parser does', () => {
    for (const note of generateVariedCorpus({ notes: 40, targetBytes: 0 })) {
      const end = frontMatterEnd(note);
      if (end === 0) continue;
      const ref = parseMarkdown(note.slice(0, end)).children.find((c) => c.type === 'yaml');
      expect(plainYamlNode(note, end)).toEqual(ref && { type: ref.type, value: (ref as Yaml).value, position: ref.position });
    }
  });
});
