// A facts file that uses YAML beyond the plain reader's subset (a `|` or `>` block, a scalar over
// two lines, an anchored source that facts alias) is read by js-yaml. A problem in one of its
// facts, or an alias used a thousand times, used to send the whole file to the precise reader:
// tens of seconds and gigabytes at 100,000 facts, and past 1,000 uses of one anchor every fact
// lost to "Excessive alias count". The failing fact alone is now read precisely, and aliases are
// bounded by the data they make.
import { describe, expect, it, vi } from 'vitest';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { aliasExpansionError, expansionLimit } from '../../server/src/core/facts/aliasExpansion';
import type { FactFileProblem, FactIndex } from '../../server/src/core/types';
import { PRECISE } from './preciseOnly';

const parsed = vi.hoisted(() => ({ lengths: [] as number[] }));
vi.mock('yaml', async (importOriginal) => (await import('./yamlParses')).countingParses(await importOriginal(), parsed));
// The precise reader of the whole file, for a text starting with PRECISE.
vi.mock('js-yaml', async (importOriginal) => (await import('./preciseOnly')).decliningJsYaml(await importOriginal()));

const TODAY = '2026-01-15';

/** Container ports and their yearly throughput: a domain the loader was not written for. */
function ports(facts: number, fact: (i: number) => string[] = () => []): string {
  const out = ['entities:', '  rotterdam: { name: Port of Rotterdam, aliases: [Rotterdam] }', '  felixstowe: { name: Port of Felixstowe }', 'metrics:', '  throughput: { unit: TEU, words: [throughput, containers] }', 'facts:'];
  for (let i = 0; i < facts; i++) {
    out.push(`  - id: teu-${i}`, `    entity: ${i % 2 ? 'felixstowe' : 'rotterdam'}`, '    metric: throughput', `    value: ${14_000_000 + i * 1000}`, '    unit: TEU', `    as_of: ${2000 + (i % 25)}`);
    out.push(...(fact(i).length > 0 ? fact(i) : [`    source: { url: "https://ports.example/${i}", title: "Annual report ${i}" }`]));
  }
  return `${out.join('\n')}\n`;
}

function summary(result: { index: FactIndex; problems: FactFileProblem[] }, lines: number) {
  return {
    facts: result.index.facts.map((f) => `${f.id} ${f.value} ${f.location.range.start.line - lines}:${f.location.range.end.line - lines} ${JSON.stringify(f.source)}`),
    problems: result.problems.map((p) => `${p.code} ${p.range.start.line - lines}:${p.range.start.character} ${p.message.replace(/facts\.yaml:(\d+)/g, (_, n) => `facts.yaml:${Number(n) - lines}`)}`),
  };
}

/** `text` as read (no yaml parse longer than `longest`), and as the precise reader reads the whole file (a prefix sends it there, two lines down). */
function readBothWays(text: string, longest: number) {
  parsed.lengths = [];
  const read = loadFacts([{ file: 'facts.yaml', text }], { today: TODAY });
  expect(Math.max(0, ...parsed.lengths), 'the whole file was not parsed precisely').toBeLessThanOrEqual(longest);
  const precise = loadFacts([{ file: 'facts.yaml', text: `${PRECISE}${text}` }], { today: TODAY });
  expect(Math.max(...parsed.lengths)).toBeGreaterThan(text.length);
  return { read, precise };
}

/** Fact 7 written with a construct the plain reader leaves to js-yaml. */
const CONSTRUCTS: [string, string[]][] = [
  ['a `|` block', ['    source:', '      url: "https://ports.example/7"', '      quote: |', '        Throughput rose on transhipment.', '        Volumes to the UK fell.']],
  ['a `|` block whose last line starts with `#` (text, not a comment)', ['    source:', '      url: "https://ports.example/7"', '      quote: |', '        Ranked by throughput:', '        # 1 in the UK']],
  ['a `>` block', ['    basis: >', '      as reported, including', '      empty containers', '    source: { url: "https://ports.example/7" }']],
  ['a plain scalar over two lines', ['    basis: as reported, including', '      empty containers', '    source: { url: "https://ports.example/7" }']],
  ['an anchored source', ['    source: &annual { url: "https://ports.example/annual", title: "Annual report" }']],
];

/** A problem in fact 21 (its lines replaced by `change`), and what is wrong. */
const PROBLEMS: [string, (line: string) => string][] = [
  ['an unknown field', (l) => (l.startsWith('    unit:') ? `${l}\n    note: check this` : l)],
  ['a figure too large for a number (`1e400`: text to js-yaml)', (l) => (l.startsWith('    value:') ? '    value: 1e400' : l)],
  ['a figure as text', (l) => (l.startsWith('    value:') ? '    value: "14 million"' : l)],
  ['an impossible date', (l) => (l.startsWith('    as_of:') ? '    as_of: 2024-13' : l)],
  ['an unknown entity', (l) => (l.startsWith('    entity:') ? '    entity: antwerp' : l)],
];

function withProblem(text: string, change: (line: string) => string): string {
  const start = text.indexOf('  - id: teu-21\n');
  const end = text.indexOf('  - id: teu-22\n');
  return text.slice(0, start) + text.slice(start, end).split('\n').map(change).join('\n') + text.slice(end);
}

describe('a facts file beyond the plain reader, with a problem in one fact', () => {
  for (const [construct, lines] of CONSTRUCTS) {
    const text = ports(40, (i) => (i === 7 ? lines : construct === 'an anchored source' && i % 5 === 0 && i > 7 ? ['    source: *annual'] : []));
    for (const [problem, change] of PROBLEMS) {
      it(`reads the fact alone, as the whole file reads it: ${construct}, ${problem}`, () => {
        const { read, precise } = readBothWays(withProblem(text, change), 400);
        expect(read.problems.length).toBeGreaterThan(0);
        expect(read.index.facts).toHaveLength(39);
        expect(summary(read, 0)).toEqual(summary(precise, 2));
      });
    }
  }

  const TOP_LEVEL: [string, (text: string) => string][] = [
    ['a misspelt section key', (t) => t.replace('metrics:\n', 'metrcs:\n')],
    ['an extra top-level key', (t) => `${t}notes: kept for later\n`],
  ];
  for (const [construct, lines] of CONSTRUCTS) {
    const text = ports(20, (i) => (i === 7 ? lines : construct === 'an anchored source' && i > 7 && i % 4 === 0 ? ['    source: *annual'] : []));
    for (const [problem, change] of TOP_LEVEL) {
      it(`locates a problem of the file's keys from their lines, as the whole file does: ${construct}, ${problem}`, () => {
        const { read, precise } = readBothWays(change(text), 400);
        expect(read.problems.map((p) => p.code)).toContain('schema');
        expect(summary(read, 0)).toEqual(summary(precise, 2));
      });
    }
  }

  it('reads digits joined by `_` as YAML 1.2 does, without the precise reader (`Q4_2024` in a URL, `1_000` is text)', () => {
    const text = withProblem(
      ports(30, (i) => (i === 3 ? CONSTRUCTS[0]![1] : [`    source: { url: "https://ports.example/results/Q4_2024_${i}.pdf" }`])),
      (l) => (l.startsWith('    value:') ? '    value: 1_000' : l),
    );
    const { read, precise } = readBothWays(text, 400);
    expect(read.problems.map((p) => p.message)).toEqual([expect.stringContaining('Fact `teu-21`, field `value`: Must be a number')]);
    expect(summary(read, 0)).toEqual(summary(precise, 2));
  });

  it('reads a figure js-yaml takes for text as YAML 1.2 does (`-.5e3` is a number)', () => {
    const text = withProblem(ports(30, (i) => (i === 3 ? CONSTRUCTS[0]![1] : [])), (l) => (l.startsWith('    value:') ? '    value: -.5e3' : l));
    const { read, precise } = readBothWays(text, 400);
    expect(read.index.facts.find((f) => f.id === 'teu-21')?.value).toBe(-500);
    expect(read.problems).toEqual([]);
    expect(summary(read, 0)).toEqual(summary(precise, 2));
  });

  it('reads the whole file precisely when the fact with the problem uses an alias (its value is elsewhere)', () => {
    const text = withProblem(
      ports(30, (i) => (i === 3 ? CONSTRUCTS.find(([name]) => name === 'an anchored source')![1] : i === 21 ? ['    source: *annual'] : [])),
      (l) => (l.startsWith('    unit:') ? `${l}\n    note: check this` : l),
    );
    parsed.lengths = [];
    const read = loadFacts([{ file: 'facts.yaml', text }], { today: TODAY });
    expect(Math.max(...parsed.lengths)).toBeGreaterThanOrEqual(text.length);
    expect(read.problems.map((p) => p.code)).toEqual(['schema']);
    expect(read.index.facts).toHaveLength(29);
  });
});

/** Syntax errors typing leaves in fact 21. */
const SYNTAX_ERRORS: [string, (line: string) => string][] = [
  ['a list not closed', (l) => (l.startsWith('    entity:') ? l.replace('entity: ', 'entity: [') : l)],
  ['a quote not closed', (l) => (l.startsWith('    source:') ? l.replace('"Annual report 21"', '"Annual report 21') : l)],
  ['a mapping not closed', (l) => (l.startsWith('    source:') ? l.replace(/ \}$/, '') : l)],
  ['a field indented too far', (l) => (l.startsWith('    unit:') ? `      ${l.trim()}` : l)],
];

describe('a facts file beyond the plain reader, with a syntax error in one fact', () => {
  for (const [construct, lines] of CONSTRUCTS) {
    for (const [error, change] of SYNTAX_ERRORS) {
      it(`leaves that fact out, as in a file the plain reader reads: ${construct}, ${error}`, () => {
        // The construct in fact 30, after the error: the lines above it are the plain file's.
        const plain = withProblem(ports(40), change);
        const beyond = withProblem(ports(40, (i) => (i === 30 ? lines : construct === 'an anchored source' && i > 30 && i % 3 === 0 ? ['    source: *annual'] : [])), change);
        parsed.lengths = [];
        const read = loadFacts([{ file: 'facts.yaml', text: beyond }], { today: TODAY });
        expect(Math.max(...parsed.lengths), 'the fact with the error alone was parsed precisely').toBeLessThan(400);
        const expected = loadFacts([{ file: 'facts.yaml', text: plain }], { today: TODAY });
        expect(read.problems).toEqual(expected.problems);
        expect(read.problems.map((p) => p.code)).toEqual(['yaml-syntax']);
        expect(read.index.facts.map((f) => f.id)).toEqual(expected.index.facts.map((f) => f.id));
        expect(read.index.facts).toHaveLength(39);
      });
    }
  }
});

describe('a comment the plain reader does not read (a tab in it)', () => {
  const PLACES: [string, (t: string) => string][] = [
    ['at the margin, right under `facts:`', (t) => t.replace('facts:\n', 'facts:\n# \tbeds counted at midnight\n')],
    ['indented, between two facts', (t) => t.replace('  - id: teu-9\n', '  # \tfrom the annual report\n  - id: teu-9\n')],
    ['among the entities', (t) => t.replace('  felixstowe:', '  #\tUK ports\n  felixstowe:')],
  ];
  for (const [place, change] of PLACES) {
    it(`is no entry: nothing is left out, and the file is read as the whole file reads it (${place})`, () => {
      const { read, precise } = readBothWays(change(ports(20)), 400);
      expect(read.problems).toEqual([]);
      expect(read.index.facts).toHaveLength(20);
      expect(summary(read, 0)).toEqual(summary(precise, 2));
    });
  }
});

describe('aliases in a facts file', () => {
  it('reads 2,000 facts citing one anchored source, without the precise reader', () => {
    const text = ports(2000, (i) => [i === 0 ? '    source: &annual { url: "https://ports.example/annual", title: "Annual report" }' : '    source: *annual']);
    parsed.lengths = [];
    const { index, problems } = loadFacts([{ file: 'facts.yaml', text }], { today: TODAY });
    expect(Math.max(...parsed.lengths), 'an entry at a time at most').toBeLessThan(400);
    expect(problems).toEqual([]);
    expect(index.facts).toHaveLength(2000);
    expect(index.facts[1999]!.source).toEqual({ url: 'https://ports.example/annual', title: 'Annual report' });
  });

  it('keeps every other fact when one has a syntax error, in a file where 2,000 facts cite one anchored source', () => {
    // The precise reader used to take this file, and refuse it whole ("Excessive alias count indicates a resource exhaustion attack").
    const text = ports(2000, (i) => [i === 0 ? '    source: &annual { url: "https://ports.example/annual" }' : '    source: *annual']).replace(
      '    entity: rotterdam\n    metric: throughput\n    value: 14700000\n',
      '    entity: [rotterdam\n    metric: throughput\n    value: 14700000\n',
    );
    parsed.lengths = [];
    const { index, problems } = loadFacts([{ file: 'facts.yaml', text }], { today: TODAY });
    expect(Math.max(...parsed.lengths), 'the fact with the error alone was parsed precisely').toBeLessThan(400);
    expect(problems.map((p) => `${p.code} ${p.message}`)).toEqual([expect.stringMatching(/^yaml-syntax YAML: .*Fact `teu-700` is left out until it is fixed\.$/)]);
    expect(index.facts).toHaveLength(1999);
    expect(index.facts.some((f) => f.id === 'teu-700')).toBe(false);
  });

  it('reads an entry that is an alias of another as the precise reader does (one object in two places has no span of its own)', () => {
    const text = ports(12).replace('  - id: teu-3\n', '  - &third\n    id: teu-3\n').replace(/\n$/, '\n  - *third\n');
    const { read, precise } = readBothWays(text, Infinity);
    expect(read.problems.map((p) => p.code)).toEqual(['duplicate-id']);
    expect(summary(read, 0)).toEqual(summary(precise, 2));
  });

  const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `b${i}: &b${i} [${Array.from({ length: 9 }, () => (i === 0 ? '*a' : `*b${i - 1}`)).join(', ')}]`).join('\n')}\nfacts: *b8\n`;

  it('refuses an alias bomb, saying why, without walking it', () => {
    const { index, problems } = loadFacts([{ file: 'facts.yaml', text: bomb }], { today: TODAY });
    expect(index.facts).toEqual([]);
    expect(problems.map((p) => `${p.code} ${p.range.start.line}`)).toEqual(['yaml-syntax 0']);
    expect(problems[0]!.message).toBe('YAML: the aliases (`*name`) expand this file to over 100,000 values, too many to check (an alias bomb?); alias smaller values, or write them out.');
  });

  it('refuses an alias inside the value it names, saying why', () => {
    const { index, problems } = loadFacts([{ file: 'facts.yaml', text: 'entities:\n  acme: &loop\n    name: Acme\n    parent: *loop\nfacts: []\n' }], { today: TODAY });
    expect(index.entities.size).toBe(0);
    expect(problems.map((p) => p.message)).toEqual(['YAML: an alias (`*name`) is used inside the value it names, so the data never ends; write that value out.']);
  });

  it('counts the data aliases make, each shared value where it is used', () => {
    const source = { url: 'u', title: 't' };
    const facts = Array.from({ length: 10 }, (_, i) => ({ id: `f${i}`, source }));
    // Each fact: itself, its id, its source and the source's two fields.
    expect(aliasExpansionError({ facts }, 'x'.repeat(10))).toBeUndefined();
    let level: unknown[] = ['x'];
    for (let i = 0; i < 6; i++) level = Array.from({ length: 10 }, () => level);
    expect(aliasExpansionError({ facts: level }, '')).toMatch(/over 100,000 values/);
    // 2,111,112 values (each array, and its 'x'); a longer file may make more: one value per character.
    expect(expansionLimit('x'.repeat(2_200_000))).toBe(2_200_000);
    expect(aliasExpansionError({ facts: level }, 'x'.repeat(2_100_000))).toMatch(/over 2,100,000 values/);
    expect(aliasExpansionError({ facts: level }, 'x'.repeat(2_200_000))).toBeUndefined();
  });
});
