import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFacts, type LoadFactsOptions } from '../../server/src/core/facts/loadFacts';
import type { FactFileProblem } from '../../server/src/core/types';
import { fixture, lineOf, loadFixtures, root } from './helpers';

const exampleText = readFileSync(join(root, 'examples/facts.yaml'), 'utf8');
const loadExample = (options: LoadFactsOptions = { today: '2026-11-25' }) =>
  loadFacts([{ file: 'examples/facts.yaml', text: exampleText }], options);

const codes = (problems: FactFileProblem[]) => problems.map((p) => p.code);
const ids = (result: ReturnType<typeof loadFixtures>) => result.index.facts.map((f) => f.id);

describe('the shipped example', () => {
  const { index, problems } = loadExample();

  it('loads every fact without problems', () => {
    expect(problems).toEqual([]);
    expect(index.facts).toHaveLength(28);
    expect(index.byId.size).toBe(28);
    expect(index.files).toEqual(['examples/facts.yaml']);
  });

  it('normalises a single-value fact and locates it on its `- id:` line', () => {
    const fact = index.byId.get('anthropic-valuation-2025-03')!;
    expect(fact).toMatchObject({
      entities: ['anthropic'],
      metric: 'valuation',
      basis: 'post-money',
      value: 61.5e9,
      low: null,
      high: null,
      unit: 'USD',
      asOf: '2025-03-03',
      asOfDate: '2025-03-03',
      kind: 'actual',
    });
    expect(fact.source.published).toBe('2025-03');
    expect(fact.tolerance).toBeUndefined();
    const line = lineOf(exampleText, '- id: anthropic-valuation-2025-03');
    expect(fact.location.file).toBe('examples/facts.yaml');
    expect(fact.location.range.start).toEqual({ line, character: 4 });
    // The fact's map ends at its source quote, before the next `- id:`.
    expect(fact.location.range.end.line).toBe(lineOf(exampleText, '- id: anthropic-valuation-2025-09') - 1);
  });

  it('normalises ranges, periods, kinds and month dates', () => {
    const range = index.byId.get('alphabet-capex-2025-oct')!;
    expect([range.value, range.low, range.high]).toEqual([null, 91e9, 93e9]);
    expect(range.period).toBe('2025');
    expect(range.kind).toBe('guidance');
    expect(index.byId.get('microsoft-capex-fy2025')!.period).toBe('FY2025');
    const month = index.byId.get('amazon-anthropic-2023-09')!;
    expect([month.asOf, month.asOfDate, month.counterparty]).toEqual(['2023-09', '2023-09-01', 'anthropic']);
    expect(index.byId.get('anthropic-google-tpus-2025-10')!.value).toBe(1e6);
  });

  it('keeps dates as strings, not Date objects', () => {
    const fact = index.byId.get('xai-colossus-gpus-2024-09')!;
    expect(fact.asOf).toBe('2024-09-02');
    expect(fact.source.published).toBe('2024-09-02');
  });

  it('indexes entities and metrics with their definitions', () => {
    const amazon = index.entities.get('amazon')!;
    expect(amazon).toMatchObject({ name: 'Amazon', aliases: ['AWS', 'Amazon Web Services'] });
    expect(amazon.location!.range.start).toEqual({ line: lineOf(exampleText, 'amazon: { name'), character: 2 });
    const tpu = index.metrics.get('tpu_access')!;
    expect(tpu).toMatchObject({ unit: 'TPU', words: ['TPUs', 'TPU capacity'], builtin: false });
    expect(tpu.location!.range.start.line).toBe(lineOf(exampleText, 'tpu_access:'));
    expect(index.metrics.get('valuation')).toMatchObject({ builtin: true, unit: 'USD' });
    expect(index.metrics.get('valuation')!.words).toContain('post-money');
  });

  it('warns about facts stated after today', () => {
    const early = loadExample({ today: '2026-01-01' });
    const future = early.problems.filter((p) => p.code === 'future-as-of');
    // Facts stated in 2026 after January 1st: still loaded, with a warning.
    const expected = early.index.facts.filter((f) => f.asOfDate > '2026-01-01').map((f) => f.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(future).toHaveLength(expected.length);
    expect(future.every((p) => p.severity === 'warning')).toBe(true);
    expect(early.index.facts).toHaveLength(28);
  });

  it('applies the default relative tolerance to facts without their own', () => {
    const { index: tolerant } = loadExample({ today: '2026-11-25', defaultTolerance: 0.05 });
    expect(tolerant.byId.get('anthropic-valuation-2025-03')!.tolerance).toBeCloseTo(0.05 * 61.5e9);
    expect(tolerant.byId.get('alphabet-capex-2025-oct')!.tolerance).toBeCloseTo(0.05 * 93e9);
  });
});

describe('facts file problems', () => {
  it('locates a YAML syntax error and still loads the facts before and after it', () => {
    const { file, text } = fixture('syntax-error.yaml');
    const result = loadFixtures(['syntax-error.yaml']);
    const syntax = result.problems.filter((p) => p.code === 'yaml-syntax');
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax[0]!.severity).toBe('error');
    expect(syntax[0]!.file).toBe(file);
    expect(syntax[0]!.range.start.line).toBe(lineOf(text, 'title: oops: nested'));
    // The broken fact's schema problems would only echo the syntax error.
    expect(codes(result.problems).every((code) => code === 'yaml-syntax')).toBe(true);
    expect(ids(result)).toEqual(['before', 'after']);
  });

  it('reports a duplicate id on the second occurrence, naming the first', () => {
    const { text } = fixture('duplicate-id.yaml');
    const { index, problems } = loadFixtures(['duplicate-id.yaml']);
    expect(codes(problems)).toEqual(['duplicate-id']);
    expect(problems[0]!.range.start.line).toBe(lineOf(text, '- id: acme-revenue', 1));
    expect(problems[0]!.message).toContain(`duplicate-id.yaml:${lineOf(text, '- id: acme-revenue') + 1}`);
    expect(index.facts.map((f) => f.value)).toEqual([1e9]);
  });

  it('names the first occurrence of a fact id whether that fact loaded or was left out for an error', () => {
    const text = [
      'entities:',
      '  nordwind: { name: Nordwind Ferries }',
      'facts:',
      '  - { id: fleet, entity: nordwind, metric: revenue, value: 4e6, unit: EUR, as_of: 2024, source: { url: "https://example.org/a" } }',
      '  - { id: routes, entity: nordwynd, metric: revenue, value: 5e6, unit: EUR, as_of: 2024, source: { url: "https://example.org/b" } }',
      '  - { id: fleet, entity: nordwind, metric: revenue, value: 6e6, unit: EUR, as_of: 2024, source: { url: "https://example.org/c" } }',
      '  - { id: routes, entity: nordwind, metric: revenue, value: 7e6, unit: EUR, as_of: 2024, source: { url: "https://example.org/d" } }',
      '  - { id: routes, entity: nordwind, metric: revenue, value: 8e6, unit: EUR, as_of: 2024, source: { url: "https://example.org/e" } }',
      '',
    ].join('\n');
    const { index, problems } = loadFacts([{ file: 'ferries.yaml', text }], { today: '2026-01-15' });
    expect(problems.map((p) => [p.code, p.range.start.line])).toEqual([
      ['unknown-entity', 4],
      ['duplicate-id', 5],
      ['duplicate-id', 6],
      ['duplicate-id', 7],
    ]);
    // The unknown entity's fact is left out, yet keeps its id: both later `routes` name its line.
    expect(problems.slice(1).map((p) => p.message.match(/ferries\.yaml:\d+/)?.[0])).toEqual(['ferries.yaml:4', 'ferries.yaml:5', 'ferries.yaml:5']);
    expect(index.facts.map((f) => f.value)).toEqual([4e6]);
    expect(index.byId.get('fleet')?.value).toBe(4e6);
    expect(index.byId.has('routes')).toBe(false);
  });

  it('reports unknown entities, counterparties and metrics with a suggestion', () => {
    const { text } = fixture('unknown-refs.yaml');
    const { index, problems } = loadFixtures(['unknown-refs.yaml']);
    expect(codes(problems)).toEqual(['unknown-entity', 'unknown-metric', 'unknown-entity', 'unknown-entity']);
    expect(problems[0]!.message).toContain('`amazn`');
    expect(problems[0]!.message).toContain('Did you mean `amazon`?');
    expect(problems[0]!.range.start.line).toBe(lineOf(text, 'entity: amazn'));
    expect(problems[1]!.message).toContain('Did you mean `investment`?');
    expect(problems[1]!.range.start.line).toBe(lineOf(text, 'metric: invesment'));
    expect(problems[2]!.message).toContain('`openai`');
    expect(problems[2]!.range.start.line).toBe(lineOf(text, 'counterparty: openai'));
    // The unknown item of an entity list is underlined, not the whole list.
    const listLine = text.split('\n')[lineOf(text, 'zzzzzz')]!;
    expect(problems[3]!.range.start).toEqual({ line: lineOf(text, 'zzzzzz'), character: listLine.indexOf('zzzzzz') });
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
    expect(ids({ index, problems })).toEqual(['good']);
  });

  it('reports units that do not suit the metric', () => {
    const { text } = fixture('unit-mismatch.yaml');
    const { index, problems } = loadFixtures(['unit-mismatch.yaml']);
    expect(codes(problems)).toEqual(['unit-mismatch', 'unit-mismatch', 'unit-mismatch']);
    expect(problems.map((p) => p.range.start.line)).toEqual([
      lineOf(text, 'unit: USD'),
      lineOf(text, 'unit: GPU'),
      lineOf(text, 'unit: GPU', 1),
    ]);
    expect(problems[1]!.message).toContain('currency');
    expect(problems[2]!.message).toContain('`TPU`');
    // A built-in money metric takes any currency; H100 equivalents are GPU counts.
    expect(ids({ index, problems })).toEqual(['valuation-in-euros', 'h100e-count']);
  });

  it('reads a unit by the symbol notes write it in: `%` is percent, `bp` is bps (a note\'s figures then match)', () => {
    const text = [
      'entities:',
      '  halvor: { name: Halvor Energy }',
      'metrics:',
      '  coupon: { unit: "%", words: [coupon] }',
      '  spread: { unit: bp, words: [spread] }',
      'facts:',
      '  - { id: h-cpn, entity: halvor, metric: coupon, value: 5.25, unit: "%", as_of: 2025-09-18, source: { url: https://example.com/h } }',
      '  - { id: h-spr, entity: halvor, metric: spread, value: 118, unit: bps, as_of: 2025-09-18, source: { url: https://example.com/h } }',
      '  - { id: h-spr2, entity: halvor, metric: spread, value: 121, unit: bp, as_of: 2025-09-19, source: { url: https://example.com/h } }',
    ].join('\n');
    const { index, problems } = loadFacts([{ file: 'facts.yaml', text }], { today: '2025-12-31' });
    expect(problems).toEqual([]);
    expect([index.metrics.get('coupon')!.unit, index.metrics.get('spread')!.unit]).toEqual(['percent', 'bps']);
    expect(index.facts.map((f) => f.unit)).toEqual(['percent', 'bps', 'bps']);
    // A scaled symbol is still told apart: "GW" is no unit facts are written in.
    const scaled = loadFacts([{ file: 'f.yaml', text: 'metrics:\n  power: { unit: GW }\n' }], { today: '2025-12-31' });
    expect(codes(scaled.problems)).toEqual(['unit-mismatch']);
  });

  it('reports impossible dates and periods', () => {
    const { text } = fixture('bad-dates.yaml');
    const { index, problems } = loadFixtures(['bad-dates.yaml']);
    expect(codes(problems)).toEqual(['invalid-date', 'invalid-date', 'invalid-date', 'invalid-date', 'invalid-date', 'invalid-date', 'invalid-date']);
    expect(problems.map((p) => p.range.start.line)).toEqual([
      lineOf(text, '2025-13-01'),
      lineOf(text, '2025-02-30'),
      lineOf(text, '03/01/2025'),
      lineOf(text, '2025-Q5'),
      // Months from one to another run forwards, and so do days; 2025 has no week 53.
      lineOf(text, '2025-09/2025-01'),
      lineOf(text, '2025-W53'),
      lineOf(text, '2025-11-01/2025-10-26'),
    ]);
    expect(problems[0]!.message).toContain('as_of');
    expect(problems[0]!.message).toContain('YYYY-MM-DD');
    // "2025-01/2025-09": the first nine months of 2025, a period of its own.
    expect(ids({ index, problems })).toEqual(['a-week', 'saturday-week', 'nine-months', 'leap-day']);
    expect(index.byId.get('nine-months')!.period).toBe('2025-01/2025-09');
    // An ISO week, in either case; days from one to another (a week to a Saturday).
    expect(index.byId.get('a-week')!.period).toBe('2025-W44');
    expect(index.byId.get('saturday-week')!.period).toBe('2025-10-26/2025-11-01');
  });

  it('warns about facts without a source URL and in the future, but loads them', () => {
    const { text } = fixture('warnings.yaml');
    const { index, problems } = loadFixtures(['warnings.yaml']);
    expect(codes(problems)).toEqual(['missing-source', 'missing-source', 'future-as-of']);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems[0]!.range.start.line).toBe(lineOf(text, '- id: no-source'));
    expect(problems[1]!.range.start.line).toBe(lineOf(text, 'source:'));
    expect(problems[2]!.range.start.line).toBe(lineOf(text, '2031-01-15'));
    expect(ids({ index, problems })).toEqual(['no-source', 'source-without-url', 'from-the-future']);
    expect(index.byId.get('no-source')!.source).toEqual({});
  });

  it('reports a range whose low end is above its high end', () => {
    const { text } = fixture('bad-range.yaml');
    const { index, problems } = loadFixtures(['bad-range.yaml']);
    expect(codes(problems)).toEqual(['invalid-range']);
    expect(problems[0]!.range.start.line).toBe(lineOf(text, '[ 93e9, 91e9 ]'));
    expect(ids({ index, problems })).toEqual(['ordered']);
  });

  it('reports a flow value a comma cut short on its fact, and keeps the file\'s other facts', () => {
    // "{ title: Report, October 2025 }": "October 2025" is a key with no value. It failed the whole file ("Cannot read properties of null").
    const text = [
      'entities:',
      '  a: { name: A }',
      'facts:',
      '  - { id: ok, entity: a, metric: revenue, value: 5, unit: USD, as_of: 2025-01-01, source: { url: https://example.com/a, title: "Report, September 2025" } }',
      '  - { id: cut, entity: a, metric: revenue, value: 6, unit: USD, as_of: 2025-02-01, source: { url: https://example.com/b, title: Report, October 2025 } }',
    ].join('\n');
    const { index, problems } = loadFacts([{ file: 'file:///w/facts.yaml', text }], { today: '2026-01-01' });
    expect(problems.map((p) => [p.code, p.range.start.line, p.message])).toEqual([
      ['schema', 4, 'Fact `cut`, field `source`: unknown field `October 2025`. Inside `{ }` a comma ends a value: put quotes around a value that holds one ("…, October 2025").'],
    ]);
    expect([...index.byId.keys()]).toEqual(['ok']);
    // "words: [cases per 100,000]": the comma split the word, and "000" is a number.
    const split = loadFacts([{ file: 'file:///w/facts.yaml', text: 'metrics:\n  incidence: { unit: percent, words: [incidence, cases per 100,000] }\n' }], { today: '2026-01-01' });
    expect(split.problems.map((p) => p.message)).toEqual([
      'Metric `incidence`, field `words`: must be a string. Inside `[ ]` a comma separates items: put quotes around one that holds a comma ("cases per 100,000").',
    ]);
  });

  it('reports schema violations naming the field and what is expected', () => {
    const { text } = fixture('schema-errors.yaml');
    const { index, problems } = loadFixtures(['schema-errors.yaml']);
    const byLine = (needle: string) => problems.filter((p) => p.range.start.line === lineOf(text, needle));

    const alias = byLine('alias: [ ACME ]');
    expect(alias).toHaveLength(1);
    expect(alias[0]!.message).toMatch(/unknown field `alias`.*Did you mean `aliases`\?/);
    const typo = byLine('valeu: 1e9');
    expect(typo[0]!.message).toMatch(/Fact `typo-field`: unknown field `valeu`.*`value`/);
    expect(byLine('- id: typo-field').map((p) => p.message).join()).toContain('`value`');
    const quoted = byLine('value: "61.5e9"');
    expect(quoted).toHaveLength(1);
    expect(quoted[0]!.message).toContain('`value`');
    expect(quoted[0]!.message).toContain('number');
    expect(byLine('- id: value-and-range')[0]!.message).toContain('not both');
    expect(byLine('- id: no-as-of')[0]!.message).toContain('missing required field `as_of`');
    expect(byLine('kind: rumour')[0]!.message).toContain('actual, guidance or forecast');
    expect(problems.every((p) => p.code === 'schema' && p.severity === 'error')).toBe(true);

    // The entity with a typo is left out, so nothing refers to it; the valid fact loads.
    expect(index.entities.has('acme')).toBe(false);
    expect(ids({ index, problems })).toEqual(['fine']);
    expect(index.byId.get('fine')!.tolerance).toBe(0.1e9);
  });

  it('rejects a file that is not a mapping, with one located problem', () => {
    const { index, problems } = loadFixtures(['not-a-mapping.yaml']);
    expect(codes(problems)).toEqual(['schema']);
    expect(problems[0]!.message).toContain('mapping');
    expect(problems[0]!.range.start).toEqual({ line: 0, character: 0 });
    expect(index.facts).toEqual([]);
  });

  it('accepts an empty file and a file of comments', () => {
    const { index, problems } = loadFixtures(['empty.yaml', 'comments-only.yaml']);
    expect(problems).toEqual([]);
    expect(index.facts).toEqual([]);
    expect(index.files).toEqual(['test/fixtures/facts/empty.yaml', 'test/fixtures/facts/comments-only.yaml']);
    expect(index.metrics.has('capex')).toBe(true);
  });
});

describe('several files', () => {
  it('merge entities, metrics and facts from all files, in any order', () => {
    for (const order of [
      ['base-entities.yaml', 'split-facts.yaml'],
      ['split-facts.yaml', 'base-entities.yaml'],
    ]) {
      const { index, problems } = loadFixtures(order, { today: '2026-11-25', defaultTolerance: 0.01 });
      expect(problems).toEqual([]);
      expect(ids({ index, problems })).toEqual(['acme-widgets-2024', 'globex-revenue-2024']);
      const widgets = index.byId.get('acme-widgets-2024')!;
      expect(widgets).toMatchObject({ asOf: '2024', asOfDate: '2024-01-01', unit: 'widget', metric: 'widget_count' });
      expect(widgets.location.file).toBe('test/fixtures/facts/split-facts.yaml');
      expect(widgets.tolerance).toBeCloseTo(12); // the default: 1% of 1200
      const revenue = index.byId.get('globex-revenue-2024')!;
      expect(revenue).toMatchObject({ entities: ['acme', 'globex'], period: 'FY2024', unit: 'EUR' });
      expect(revenue.tolerance).toBeCloseTo(0.35e9); // its own: 10% of 3.5e9
      expect(index.entities.get('acme')!.location!.file).toBe('test/fixtures/facts/base-entities.yaml');
    }
  });

  it('report ids defined twice across files', () => {
    const first = fixture('duplicate-id.yaml');
    const copy = { file: 'other.yaml', text: first.text.split('  - id: acme-revenue\n').slice(0, 2).join('  - id: acme-revenue\n') };
    const { index, problems } = loadFacts([first, copy], { today: '2026-11-25' });
    const duplicates = problems.filter((p) => p.code === 'duplicate-id');
    // In the first file: the second fact. In the copy: the entity `acme` and the fact.
    expect(duplicates.map((p) => p.file)).toEqual(['test/fixtures/facts/duplicate-id.yaml', 'other.yaml', 'other.yaml']);
    expect(duplicates[1]!.message).toContain('Entity `acme` is already defined at test/fixtures/facts/duplicate-id.yaml:2');
    expect(duplicates[2]!.message).toContain('test/fixtures/facts/duplicate-id.yaml:');
    expect(index.facts).toHaveLength(1);
  });
});

describe('positions', () => {
  it('are the same for CRLF line ends, and ranges end before the line break', () => {
    const crlf = loadFacts([{ file: 'f.yaml', text: exampleText.replace(/\n/g, '\r\n') }], { today: '2026-11-25' });
    expect(crlf.problems).toEqual([]);
    const lf = loadExample();
    for (const fact of lf.index.facts) {
      const other = crlf.index.byId.get(fact.id)!;
      expect(other.location.range.start).toEqual(fact.location.range.start);
      expect(other.location.range.end.line).toBe(fact.location.range.end.line);
    }
  });

  it('count characters in UTF-16 code units, as LSP does', () => {
    const line = '  - { id: a, entity: acme, basis: "😀 ünïcode", metric: nope, value: 1, unit: USD, as_of: 2024 }';
    const text = `entities: { acme: { name: Acme } }\nfacts:\n${line}\n`;
    const { problems } = loadFacts([{ file: 'f.yaml', text }], { today: '2026-11-25' });
    expect(problems.map((p) => p.code)).toContain('unknown-metric');
    const problem = problems.find((p) => p.code === 'unknown-metric')!;
    expect(problem.range.start).toEqual({ line: 2, character: line.indexOf('nope') });
    expect(problem.range.end).toEqual({ line: 2, character: line.indexOf('nope') + 4 });
    expect(problem.offset).toEqual({ start: text.indexOf('nope'), end: text.indexOf('nope') + 4 });
  });

  it('ignore a byte order mark', () => {
    const { index, problems } = loadFacts([{ file: 'f.yaml', text: `\uFEFF${exampleText}` }], { today: '2026-11-25' });
    expect(problems).toEqual([]);
    expect(index.facts).toHaveLength(28);
  });
});

describe('robustness', () => {
  const inputs: [string, string][] = [
    ['a scalar', 'just text'],
    ['binary junk', String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256))],
    ['tabs and brackets', '\t{[}]: : -\n\t- ]\n'],
    ['facts not a list', 'facts: 3\n'],
    ['a fact that is a scalar', 'facts:\n  - hello\n  - 42\n'],
    ['an alias bomb', `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `b${i}: &b${i} [${(i === 0 ? '*a' : `*b${i - 1}`) + `, ${i === 0 ? '*a' : `*b${i - 1}`}`.repeat(8)}]`).join('\n')}\nfacts: *b8\n`],
    ['non-string keys', 'entities:\n  ? [a, b]\n  : { name: x }\n  2025: { name: y }\n'],
    ['infinite value', 'entities: { a: { name: A } }\nfacts:\n  - { id: x, entity: a, metric: revenue, value: .inf, unit: USD, as_of: 2024 }\n'],
    ['two documents', 'facts: []\n---\nfacts: []\n'],
  ];
  for (const [name, text] of inputs) {
    it(`does not throw on ${name}`, () => {
      const { index, problems } = loadFacts([{ file: 'x.yaml', text }], { today: '2026-11-25' });
      expect(index.facts).toEqual([]);
      for (const p of problems) {
        expect(p.file).toBe('x.yaml');
        expect(p.range.start.line).toBeGreaterThanOrEqual(0);
        expect(typeof p.message).toBe('string');
      }
      if (name !== 'non-string keys') expect(problems.length).toBeGreaterThan(0);
    });
  }

  it('loads a 5 MB facts file', () => {
    const entity = 'entities:\n  acme: { name: Acme }\nfacts:\n';
    const fact = (i: number) =>
      `  - id: f-${i}\n    entity: acme\n    metric: revenue\n    value: ${i}e6\n    unit: USD\n    as_of: 2024-01-01\n    source: { url: https://example.com/${i}, quote: "${'q'.repeat(300)}" }\n`;
    let text = entity;
    let n = 0;
    while (text.length < 5 * 1024 * 1024) text += fact(n++);
    const { index, problems } = loadFacts([{ file: 'big.yaml', text }], { today: '2026-11-25' });
    expect(problems).toEqual([]);
    expect(index.facts).toHaveLength(n);
    expect(index.facts[n - 1]!.location.range.start.line).toBe(3 + 7 * (n - 1));
  });
});

describe('fiscal_year_end (issue 9 pt 4)', () => {
  const load = (fye: string) =>
    loadFacts([{ file: 'facts.yaml', text: `entities:\n  nv: { name: Nvidia, fiscal_year_end: ${fye} }\nfacts: []\n` }], { today: '2026-01-01' });
  it('loads MM-DD onto the entity', () => {
    const { index, problems } = load('"01-31"');
    expect(problems).toEqual([]);
    expect(index.entities.get('nv')!.fiscalYearEnd).toBe('01-31');
  });
  it('rejects anything but MM-DD with a schema problem that says the form', () => {
    for (const bad of ['"2025-01-31"', '"13-01"', '"1-31"', '131']) {
      const { problems } = load(bad);
      expect(codes(problems), bad).toEqual(['schema']);
      expect(problems[0]!.message, bad).toContain('MM-DD');
    }
  });
  it('is optional: without it the entity has no fiscal calendar', () => {
    const { index } = loadFacts([{ file: 'facts.yaml', text: 'entities:\n  nv: { name: Nvidia }\nfacts: []\n' }], { today: '2026-01-01' });
    expect(index.entities.get('nv')!.fiscalYearEnd).toBeUndefined();
  });
});

describe('the plain reading a load hands on (Add Fact finds its outline from it)', () => {
  const clean = 'entities:\n  kora: { name: Kora Foods }\nfacts:\n  - { id: k1, entity: kora, metric: revenue, value: 1, unit: USD, as_of: 2024, source: { url: "https://k.example" } }\n';
  it('is heard of for each file read whole as written, never for one read otherwise', () => {
    const heard: string[] = [];
    loadFacts(
      [
        { file: 'clean.yaml', text: clean },
        { file: 'conflict.yaml', text: clean.replace('  - {', '<<<<<<< HEAD\n=======\n>>>>>>> b\n  - {') },
        { file: 'syntax.yaml', text: `${clean}  - { id: k2, entity: kora\n` },
        { file: 'sheet.csv', text: 'id,entity,metric,value,unit,as_of\nk3,kora,revenue,1,USD,2024\n' },
      ],
      { today: '2026-01-01' },
      (file, text, read) => heard.push(`${file} ${text === clean} ${Object.keys(read.data as object).join(',')}`),
    );
    expect(heard).toEqual(['clean.yaml true entities,facts']);
  });
});

describe('a metric in a unit per year', () => {
  it('is told, at its unit, that no figure is read in it, and still loads', () => {
    const text = [
      'entities:',
      '  nbl: { name: National Basketball League }',
      'metrics:',
      '  annual_rights: { unit: USD/year, words: [a year] }',
      '  rights: { unit: USD, words: [rights deal] }',
      'facts:',
      '  - { id: a, entity: nbl, metric: annual_rights, value: 6.9e9, unit: USD/year, as_of: 2024-07-24, source: { url: https://example.com/a } }',
      '',
    ].join('\n');
    const { index, problems } = loadFacts([{ file: 'file:///w/facts.yaml', text }], { today: '2026-01-01' });
    const told = problems.filter((p) => p.code === 'unit-mismatch');
    expect(told.map((p) => [p.severity, p.range.start.line, text.slice(p.offset!.start, p.offset!.end), p.message])).toEqual([
      ['warning', lineOf(text, 'annual_rights: {'), 'USD/year', 'Metric `annual_rights` is in `USD/year`, but a figure "a year" is read as that year\'s amount, so no note\'s figure is in it: write `unit: USD` and give its facts a `period`.'],
    ]);
    expect(index.metrics.get('annual_rights')?.unit).toBe('USD/year');
    expect(index.byId.get('a')?.value).toBe(6.9e9);
  });
});
