import { describe, expect, it } from 'vitest';
import { readCsv } from '../../server/src/core/facts/csvReader';
import { COLUMNS, sectionOfHeader } from '../../server/src/core/facts/factColumns';
import { factsToCsv, factsToYaml, mergeFactsData, readFactsData } from '../../server/src/core/facts/exportFacts';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import schema from '../../schemas/facts.schema.json';

const ENTITIES = { file: 'facts/entities.yaml', text: 'entities:\n  kora: { name: Kora Foods, aliases: [Kora] }\n  lumen: { name: Lumen Grid }\nmetrics:\n  stores: { unit: store, words: [stores, outlets] }\n' };
const today = '2026-11-25';

/** 1-based row and column of a problem, as a spreadsheet user reads them. */
function cell(p: { range: { start: { line: number; character: number } } }, text: string): { row: number; column: number } {
  const line = text.split(/\r?\n/)[p.range.start.line]!;
  // Column number: cells before the problem's start (commas outside quotes).
  let column = 1;
  let quoted = false;
  for (const c of line.slice(0, p.range.start.character)) {
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) column++;
  }
  return { row: p.range.start.line + 1, column };
}

describe('CSV facts', () => {
  it('derives its columns from the facts schema', () => {
    const factFields = Object.keys((schema as { definitions: { fact: { properties: object } } }).definitions.fact.properties);
    const names = COLUMNS.facts.map((c) => c.name);
    for (const field of factFields) expect(names.some((n) => n === field || n.startsWith(`${field}_`))).toBe(true);
    expect(names).toEqual(expect.arrayContaining(['source_url', 'source_title', 'source_published', 'source_quote', 'range_low', 'range_high']));
    expect(COLUMNS.entities.map((c) => c.name)).toEqual(['id', 'name', 'aliases', 'fiscal_year_end']);
    expect(sectionOfHeader(['id', 'entity', 'metric'])).toBe('facts');
    expect(sectionOfHeader(['id', 'unit', 'words'])).toBe('metrics');
    expect(sectionOfHeader(['id', 'name'])).toBe('entities');
  });

  it('reads RFC 4180: quotes, doubled quotes, line breaks in a cell, CRLF, a BOM, and ; sheets', () => {
    const table = readCsv('\uFEFFa,b\r\n"x, ""y""","line\nbreak"\r\n\r\nlast,');
    expect(table.rows.map((r) => r.cells.map((c) => c.value))).toEqual([['a', 'b'], ['x, "y"', 'line\nbreak'], ['last', '']]);
    expect(table.problems).toEqual([]);
    expect(readCsv('a;b\n1,5;2\n').rows[1]!.cells.map((c) => c.value)).toEqual(['1,5', '2']);
    const broken = readCsv('a,b\n"open,b\n');
    expect(broken.problems[0]!.message).toMatch(/no closing quote/);
    expect(readCsv('a,b\r1,2\r').rows.map((r) => r.cells.map((c) => c.value))).toEqual([['a', 'b'], ['1', '2']]);
    const trailing = readCsv('a,b\n"x"y,2\n');
    expect(trailing.problems).toEqual([{ span: { start: 7, end: 8 }, message: expect.stringMatching(/text after a closing quote/) }]);
    // Every cell knows where it is: the quoted one starts at its quote.
    expect(table.rows[1]!.cells.map((c) => [c.span.start, c.contentStart])).toEqual([[6, 7], [17, 18]]);
  });

  it('loads facts beside YAML entities: lists, ranges, sources, tolerances', () => {
    const csv = {
      file: 'facts/retail.csv',
      text: [
        'id,entity,metric,value,range_low,range_high,unit,as_of,tolerance,source_url,source_title,source_published,source_quote',
        'kora-stores-2025,kora,stores,1240,,,store,2025-03,,https://example.com/kora,Kora annual report,2025-03-02,"Kora ran 1,240 stores, ""more than ever"""',
        'joint-revenue-2024,kora; lumen,revenue,,"2,100,000,000",2.3e9,USD,2024,5%,https://example.com/joint,Joint venture,,',
      ].join('\r\n'),
    };
    const { index, problems } = loadFacts([ENTITIES, csv], { today });
    expect(problems).toEqual([]);
    const stores = index.byId.get('kora-stores-2025')!;
    expect(stores).toMatchObject({ entities: ['kora'], metric: 'stores', value: 1240, unit: 'store', asOf: '2025-03' });
    expect(stores.source).toEqual({ url: 'https://example.com/kora', title: 'Kora annual report', published: '2025-03-02', quote: 'Kora ran 1,240 stores, "more than ever"' });
    expect(stores.location).toMatchObject({ file: 'facts/retail.csv', range: { start: { line: 1, character: 0 } } });
    const joint = index.byId.get('joint-revenue-2024')!;
    expect(joint).toMatchObject({ entities: ['kora', 'lumen'], value: null, low: 2.1e9, high: 2.3e9, asOf: '2024' });
    expect(joint.tolerance).toBeCloseTo(0.05 * 2.3e9);
  });

  it('locates every problem at its row and column, with the YAML codes and messages', () => {
    const text = [
      'id,entity,metric,value,unit,as_of,source_url,source_titel',
      'ok-1,kora,stores,1240,store,2025-03,https://example.com/a,A',
      'bad-date,kora,stores,1250,store,2025-13-01,https://example.com/b,B',
      'bad-entity,korra,stores,1260,store,2025-04,https://example.com/c,C',
      'bad-value,kora,stores,$1.2k,store,2025-04,https://example.com/d,D',
      'bad-unit,kora,stores,5,USD,2025-04,https://example.com/e,E',
      'ok-1,kora,stores,1270,store,2025-05,https://example.com/f,F',
      'no-source,lumen,revenue,3e9,USD,2025-01,,',
      'ragged,kora,stores,1,store,2025-01,https://example.com/g,G,extra',
      'no-date,kora,stores,1,store,,https://example.com/h,H',
    ].join('\n');
    const { index, problems } = loadFacts([ENTITIES, { file: 'facts/stores.csv', text }], { today });
    const found = problems.map((p) => ({ code: p.code, severity: p.severity, ...cell(p, text), message: p.message }));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'schema', severity: 'warning', row: 1, column: 8, message: expect.stringMatching(/Column `source_titel` .* Did you mean `source_title`\?/) }),
        expect.objectContaining({ code: 'invalid-date', severity: 'error', row: 3, column: 6 }),
        expect.objectContaining({ code: 'unknown-entity', severity: 'error', row: 4, column: 2, message: expect.stringMatching(/Did you mean `kora`\?/) }),
        expect.objectContaining({ code: 'schema', severity: 'error', row: 5, column: 4, message: expect.stringMatching(/number/) }),
        expect.objectContaining({ code: 'unit-mismatch', severity: 'error', row: 6, column: 5 }),
        expect.objectContaining({ code: 'duplicate-id', severity: 'error', row: 7, column: 1, message: expect.stringMatching(/already defined at facts\/stores\.csv:2/) }),
        expect.objectContaining({ code: 'missing-source', severity: 'warning', row: 8, column: 1 }),
        expect.objectContaining({ code: 'csv-syntax', severity: 'error', row: 9, column: 9 }),
        expect.objectContaining({ code: 'schema', severity: 'error', row: 10, message: expect.stringMatching(/as_of/) }),
      ]),
    );
    // The valid rows still load; every row with an error is left out.
    expect([...index.byId.keys()].sort()).toEqual(['no-source', 'ok-1']);
  });

  it('takes headings as spreadsheets write them and skips empty rows', () => {
    const text = 'ID,Entity,Metric,Value,Unit,As of,Source URL\r\nk1,kora,stores,12,store,2025,https://example.com/k\r\n,,,,,,\r\n,,,,,,\r\n';
    const { index, problems } = loadFacts([ENTITIES, { file: 'facts/k.csv', text }], { today });
    expect(problems).toEqual([]);
    expect(index.byId.get('k1')).toMatchObject({ value: 12, asOf: '2025', source: { url: 'https://example.com/k' } });
  });

  it('reads entity and metric sheets, and reports duplicate ids across files', () => {
    const entities = { file: 'facts/entities.csv', text: 'id,name,aliases\nnorth,North Mills,North; NM\nkora,Kora again,\n' };
    const metrics = { file: 'facts/metrics.csv', text: 'id,unit,words\nmills,mill,mills; plants\n' };
    const facts = { file: 'facts/f.csv', text: 'id,entity,metric,value,unit,as_of,source_url\nn1,north,mills,12,mill,2025,https://example.com/n\n' };
    const { index, problems } = loadFacts([ENTITIES, entities, metrics, facts], { today });
    expect(index.entities.get('north')).toMatchObject({ name: 'North Mills', aliases: ['North', 'NM'] });
    expect(index.metrics.get('mills')).toMatchObject({ unit: 'mill', words: ['mills', 'plants'] });
    expect(index.byId.get('n1')?.value).toBe(12);
    expect(problems).toEqual([expect.objectContaining({ file: 'facts/entities.csv', code: 'duplicate-id', range: expect.objectContaining({ start: { line: 2, character: 0 } }) })]);
  });

  it('names what a sheet\'s rows are in its problems: a row without an id, an id used twice', () => {
    const entities = { file: 'facts/entities.csv', text: 'id,name\n,Nameless Mills\nsouth,South Mills\nsouth,South again\n' };
    const metrics = { file: 'facts/metrics.csv', text: 'id,unit\n,mill\n' };
    const messages = loadFacts([entities, metrics], { today }).problems.map((p) => p.message);
    expect(messages).toEqual([
      'This row has no `id`: every entity needs one.',
      'Entity `south` is already defined at facts/entities.csv:3.',
      'This row has no `id`: every metric needs one.',
    ]);
  });

  it('converts YAML to CSV and back without changing a fact', () => {
    const yaml = {
      file: 'facts/all.yaml',
      text: `entities:
  kora: { name: Kora Foods, aliases: [Kora, "Kora, Inc."] }
  lumen: { name: Lumen Grid }
facts:
  - id: kora-stores-2025
    entity: kora
    metric: stores
    value: 1240
    unit: store
    as_of: 2025-03
    period: FY2025
    kind: guidance
    basis: company-operated
    source: { url: https://example.com/kora, title: "Kora: annual report", published: 2025-03-02, quote: "1,240 \\"stores\\"\\nand more" }
  - id: joint
    entity: [kora, lumen]
    metric: revenue
    counterparty: lumen
    range: [2.1e9, 2.3e9]
    unit: USD
    as_of: 2024
    tolerance: "5%"
    source: { url: https://example.com/j }
metrics:
  stores: { unit: store, words: [stores, outlets] }
`,
    };
    const original = loadFacts([yaml], { today });
    expect(original.problems).toEqual([]);
    const data = readFactsData(yaml.file, yaml.text);
    const sheets = (['facts', 'entities', 'metrics'] as const).map((section) => ({ file: `facts/${section}.csv`, text: factsToCsv(data, section) }));
    const fromCsv = loadFacts(sheets, { today });
    expect(fromCsv.problems).toEqual([]);
    const plain = (i: typeof original.index) =>
      [...i.byId.values()].map(({ location: _l, ...fact }) => fact);
    expect(plain(fromCsv.index)).toEqual(plain(original.index));
    expect([...fromCsv.index.entities.values()].map(({ location: _l, ...e }) => e)).toEqual([...original.index.entities.values()].map(({ location: _l, ...e }) => e));

    const backToYaml = factsToYaml(mergeFactsData(sheets.map((s) => readFactsData(s.file, s.text))));
    const reloaded = loadFacts([{ file: 'facts/again.yaml', text: backToYaml }], { today });
    expect(reloaded.problems).toEqual([]);
    expect(plain(reloaded.index)).toEqual(plain(original.index));
  });
});

describe('CSV facts in the editor', () => {
  it('are watched, synchronised and activate the extension by default', async () => {
    const { watchersFor } = await import('../../server/src/lsp/watchers');
    const { defaultConfig } = await import('../../server/src/core/config/loadConfig');
    const { FACTS_PATTERNS } = await import('../../client/src/factsPatterns');
    const globs = watchersFor([{ root: 'file:///w', config: defaultConfig }], false).map((w) => w.globPattern);
    expect(globs).toContain('**/facts/**/*.csv');
    expect(FACTS_PATTERNS).toContain('**/facts/**/*.csv');
  });
});
