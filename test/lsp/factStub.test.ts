// The fact stub inserted by the "add a fact" quick fix keeps the facts file valid YAML, in its
// own indentation, and loads as a fact (its source left for the person to fill in).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildFactId, factStubFor, insertStub, kindOf, stubInsertions } from '../../server/src/lsp/factStub';
import { idFromName, namesIn, proposeEntity } from '../../server/src/lsp/entityProposal';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import type { Claim, Finding } from '../../server/src/core/types';
import { judgeNote } from '../../server/src/core/judge/judgeNote';
import { parseNote } from '../../server/src/core/parse/parseNote';
import { defaultConfig } from '../../server/src/core/config/loadConfig';

const FACTS = readFileSync('examples/facts.yaml', 'utf8');
const { index } = loadFacts([{ file: 'file:///w/facts.yaml', text: FACTS }], { today: '2026-01-01' });

const claim = (over: Partial<Claim> = {}): Claim => ({
  index: 0,
  text: '$18 billion',
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 11 } },
  offset: { start: 0, end: 11 },
  kind: 'valuation',
  value: 18e9,
  low: null,
  high: null,
  unit: 'USD',
  bound: 'eq',
  approx: false,
  precision: 0.5e9,
  time: null,
  sentence: { start: 0, end: 40 },
  sentenceText: "xAI's last valuation sat at $18 billion.",
  block: { start: 0, end: 40 },
  ...over,
});

function apply(text: string, ins: { offset: number; end?: number; text: string }): string {
  return text.slice(0, ins.offset) + ins.text + text.slice(ins.end ?? ins.offset);
}

describe('fact stub', () => {
  it('prefills entity, metric, value, unit, as_of and kind and picks a specific id', () => {
    const stub = factStubFor({ claim: claim(), entities: [], metric: undefined }, '2025-02-14', index);
    expect(stub.id).toBe('xai-valuation-2025-02');
    expect(stub.newEntity).toBeUndefined();
    expect(stub.lines).toContain('kind: actual');
    expect(stub.lines).toContain('entity: xai');
    expect(stub.lines).toContain('metric: valuation');
    expect(stub.lines).toContain('value: 18e9');
    expect(stub.lines).toContain('unit: USD');
    expect(stub.lines).toContain('as_of: 2025-02-14');
  });

  it('writes a code for a symbol several currencies share: the one the entity\'s facts use, else the first', () => {
    const cny = loadFacts([{ file: 'file:///w/facts.yaml', text: readFileSync('test/judge/fixtures/electronics-facts.yaml', 'utf8').replace(/JPY/g, 'CNY') }], { today: '2026-01-01' }).index;
    const yuan = claim({ text: '¥1.9 billion', unit: '¥', kind: 'money', value: 1.9e9, sentenceText: 'Hoshimura spent ¥1.9 billion.' });
    expect(factStubFor({ claim: yuan, entities: ['hoshimura'], metric: 'capex' }, '2025-08-20', cny).lines).toContain('unit: CNY');
    expect(factStubFor({ claim: yuan, entities: ['anthropic'], metric: 'capex' }, '2025-08-20', index).lines).toContain('unit: JPY');
    const kronor = claim({ text: 'kr 400 million', unit: 'kr', kind: 'money', value: 4e8 });
    expect(factStubFor({ claim: kronor, entities: ['anthropic'], metric: 'capex' }, '2025-08-20', index).lines).toContain('unit: SEK');
  });

  it('never reuses an existing id', () => {
    const stub = factStubFor(
      { claim: claim({ time: { text: 'in 2024-01', iso: '2024-01', from: '2024-01-01', to: '2024-01-31' } }), entities: ['anthropic'], metric: 'valuation' },
      '2025-02-14',
      index,
    );
    expect(index.byId.has('anthropic-valuation-2024-01')).toBe(true);
    expect(stub.id).toBe('anthropic-valuation-2024-01-2');
    expect(buildFactId('openai', 'revenue_run_rate', '2025-03-14', { byId: new Map() })).toBe('openai-revenue-run-rate-2025-03');
    expect(buildFactId('openai', 'valuation', '2025', { byId: new Map() })).toBe('openai-valuation-2025');
  });

  it('appends to the facts list of the example file, which then loads the new fact', () => {
    const stub = factStubFor({ claim: claim(), entities: ['anthropic'], metric: 'valuation' }, '2025-02-14', index);
    const out = apply(FACTS, insertStub(FACTS, stub)!);
    const doc = parse(out) as { facts: { id: string; value: number }[] };
    expect(doc.facts.at(-1)).toMatchObject({ id: stub.id, value: 18e9, entity: 'anthropic', as_of: '2025-02-14' });
    expect(doc.facts.length).toBe(index.facts.length + 1);
    const reloaded = loadFacts([{ file: 'file:///w/facts.yaml', text: out }], { today: '2026-01-01' });
    expect(reloaded.index.byId.get(stub.id)?.value).toBe(18e9);
  });

  it('writes a nine-month figure\'s period as months from one to another, which loads as that period', () => {
    const nineMonths = claim({
      kind: 'revenue',
      text: '$3 billion',
      value: 3e9,
      sentenceText: 'Anthropic had revenue of $3 billion in the first nine months of 2025.',
      time: { text: 'in the first nine months of 2025', iso: '2025-01/2025-09', from: '2025-01-01', to: '2025-09-30' },
    });
    const stub = factStubFor({ claim: nineMonths, entities: ['anthropic'], metric: 'revenue' }, '2025-11-14', index);
    expect(stub.lines).toContain('period: 2025-01/2025-09');
    const out = apply(FACTS, insertStub(FACTS, stub)!);
    const reloaded = loadFacts([{ file: 'file:///w/facts.yaml', text: out }], { today: '2026-01-01' });
    expect(reloaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(reloaded.index.byId.get(stub.id)?.period).toBe('2025-01/2025-09');
  });

  it('follows the file indentation and handles a missing or empty list', () => {
    const stub = factStubFor({ claim: claim(), entities: ['acme'], metric: 'valuation' }, '2025-02-14', index);
    const flush = 'facts:\n- id: a\n  entity: acme\n';
    expect(parse(apply(flush, insertStub(flush, stub)!)).facts.map((f: { id: string }) => f.id)).toEqual(['a', stub.id]);
    const none = 'entities:\n  acme: { name: Acme }\n';
    expect(parse(apply(none, insertStub(none, stub)!)).facts[0].id).toBe(stub.id);
    const empty = 'entities: {}\nfacts:\n';
    expect(parse(apply(empty, insertStub(empty, stub)!)).facts[0].id).toBe(stub.id);
    const flow = 'facts: []\n';
    expect(parse(apply(flow, insertStub(flow, stub)!)).facts[0].id).toBe(stub.id);
    expect(parse(insertStub(undefined, stub)!.text).facts[0].id).toBe(stub.id);
  });

  it('refuses to edit a file that is not valid YAML', () => {
    const stub = factStubFor({ claim: claim(), entities: ['acme'], metric: 'valuation' }, '2025-02-14', index);
    expect(insertStub('facts:\n  - id: [unclosed\n', stub)).toBeUndefined();
  });

  it('proposes the entity a new sentence names and adds it under entities, so the stub loads with only a missing-source warning', () => {
    const sentence = 'In March 2025, OpenAI was valued at $300 billion after its SoftBank-led round.';
    const c = claim({ text: '$300 billion', value: 300e9, sentenceText: sentence, time: { text: 'in March 2025', iso: '2025-03', from: '2025-03-01', to: '2025-03-31' } });
    const stub = factStubFor({ claim: c, entities: [], metric: undefined }, '2025-06-01', index);
    expect(stub.newEntity).toEqual({ id: 'openai', name: 'OpenAI' });
    expect(stub.id).toBe('openai-valuation-2025-03');
    const out = stubInsertions(FACTS, stub)!.reduceRight((text, ins) => apply(text, ins), FACTS);
    const reloaded = loadFacts([{ file: 'file:///w/facts.yaml', text: out }], { today: '2026-01-01' });
    expect(reloaded.index.entities.get('openai')?.name).toBe('OpenAI');
    expect(reloaded.index.byId.get('openai-valuation-2025-03')).toMatchObject({ value: 300e9, asOf: '2025-03', kind: 'actual', entities: ['openai'] });
    const before = loadFacts([{ file: 'file:///w/facts.yaml', text: FACTS }], { today: '2026-01-01' }).problems.length;
    expect(reloaded.problems.filter((p) => p.message.includes(stub.id) || p.code !== 'future-as-of').map((p) => p.code)).toEqual(['missing-source']);
    expect(reloaded.problems.length).toBe(before + 1);
  });

  it('builds a whole valid file from nothing: entity, project metric for a kind with no built-in one, fact', () => {
    const sentence = 'Kestrel Bio says its gross margin reached 41% last quarter.';
    const c = claim({ text: '41%', kind: 'percent', value: 41, unit: 'percent', noun: 'gross margin', sentenceText: sentence });
    const stub = factStubFor({ claim: c, entities: [], metric: undefined }, '2025-06-01', loadFacts([]).index);
    expect(stub.newEntity).toEqual({ id: 'kestrel-bio', name: 'Kestrel Bio' });
    expect(stub.newMetric).toEqual({ id: 'gross_margin', unit: 'percent' });
    for (const start of [undefined, '', '# my facts\n', 'facts:\n', 'entities:\n  acme: { name: Acme }\nfacts: []\n']) {
      const ins = stubInsertions(start, stub)!;
      const out = ins.reduceRight((text, i) => apply(text, i), start ?? '');
      const loaded = loadFacts([{ file: 'file:///w/facts.yaml', text: out }], { today: '2026-01-01' });
      expect(loaded.problems.map((p) => p.code), out).toEqual(['missing-source']);
      expect(loaded.index.byId.get(stub.id)?.metric, out).toBe('gross_margin');
    }
  });

  it('finds names in sentences: subject first, possessives cut, sentence words and months left out', () => {
    expect(namesIn('In March 2025, OpenAI was valued at $300 billion.').map((n) => n.name)).toEqual(['OpenAI']);
    expect(namesIn("Amazon's investment in Anthropic reached $8 billion.").map((n) => n.name)).toEqual(['Amazon', 'Anthropic']);
    expect(namesIn('The Scale AI deal valued it at $14 billion.').map((n) => n.name)).toEqual(['Scale AI']);
    // The unit a price is per is no name ("W" hid the heading's owner); a name after a slash stays one.
    expect(namesIn('At $0.095/W, each gigawatt brings in $95 million; power cost €45/MWh.').map((n) => n.name)).toEqual([]);
    expect(namesIn('Sony/ATV paid $750 million.').map((n) => n.name)).toEqual(['Sony', 'ATV']);
    const c = (sentenceText: string, text: string) => claim({ sentenceText, text });
    expect(proposeEntity(c('Quanta Ventures invested $10 billion in Mistral AI.', '$10 billion'), [], index)).toEqual({ id: 'quanta-ventures', name: 'Quanta Ventures', isNew: true });
    expect(proposeEntity(c('Revenue hit $2 billion at Figma.', '$2 billion'), [], index)).toEqual({ id: 'figma', name: 'Figma', isNew: true });
    // A name the facts file knows wins, under its own id.
    expect(proposeEntity(c('Anthropic raised $3.5 billion.', '$3.5 billion'), [], index)).toMatchObject({ id: 'anthropic', isNew: false });
    expect(proposeEntity(c('the total was $3 billion.', '$3 billion'), [], index)).toBeUndefined();
    expect(idFromName('OpenAI')).toBe('openai');
    expect(idFromName('Société Générale')).toBe('societe-generale');
    expect(idFromName('AT&T')).toBe('at-and-t');
  });

  it('reads the kind of figure off the sentence', () => {
    expect(kindOf('Anthropic is targeting $8 billion in annualized revenue.')).toBe('guidance');
    expect(kindOf('Analysts estimate $4 billion of revenue.')).toBe('forecast');
    expect(kindOf('OpenAI raised $40 billion.')).toBe('actual');
  });
});

// "its advertising revenue was $4.1 billion" against a file with the whole's revenue only: each
// stub is the part's (with its segment, and its period for a period's figure), so following the
// quick fix from the top of the note down ends with every part supported and the whole's claims
// as they were, where a stub for the whole would have contradicted them.
/**
 * Applies "Add a fact" to each part of a fixture note in turn; returns the stubs written and the
 * findings before and after. Every part ends supported and no other finding changes.
 */
function applyPartStubs(name: string, partCount: number, noteText = readFileSync(`test/judge/fixtures/${name}-note.md`, 'utf8'), which: (f: Finding) => boolean = (f) => f.part !== undefined): string[][] {
  const note = parseNote(noteText);
  const judge = (text: string) => {
    const loaded = loadFacts([{ file: 'file:///w/facts.yaml', text }], { today: '2026-01-01' });
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    return { index: loaded.index, findings: judgeNote(note, loaded.index, { config: defaultConfig }) };
  };
  let facts = readFileSync(`test/judge/fixtures/${name}-facts.yaml`, 'utf8');
  const before = judge(facts);
  const parts = before.findings.filter(which).map((f) => f.claim.index);
  expect(parts).toHaveLength(partCount);
  const stubs: string[][] = [];
  for (let round = 0; round < 2 * parts.length; round++) {
    const { index, findings } = judge(facts);
    const next = findings.find((f) => parts.includes(f.claim.index) && f.code === 'unsourced');
    if (!next) break;
    const stub = factStubFor(next, note.referenceDate, index);
    stubs.push(stub.newMetric ? [`metrics: ${JSON.stringify(stub.newMetric)}`, ...stub.lines] : stub.lines);
    facts = stubInsertions(facts, stub)!.reduceRight((text, ins) => apply(text, ins), facts);
  }
  const after = judge(facts);
  expect(after.findings.filter((f) => parts.includes(f.claim.index)).map((f) => [f.claim.text, f.code])).toEqual(
    before.findings.filter((f) => parts.includes(f.claim.index)).map((f) => [f.claim.text, 'supported']),
  );
  const others = (r: typeof before) => r.findings.filter((f) => !parts.includes(f.claim.index)).map((f) => [f.claim.text, f.code]);
  expect(others(after)).toEqual(others(before));
  return stubs;
}

describe('fact stubs for parts', () => {
  it('carry the segment and the period, and the note is clean once they are applied in turn', () => {
    const stubs = applyPartStubs('segments', 5);
    expect(stubs[0]).toEqual(expect.arrayContaining(['segment: advertising', 'as_of: 2025-08-15']));
    expect(stubs.find((l) => l.includes('segment: credit'))).toEqual(expect.arrayContaining(['period: 2024', 'value: -310e6']));
  });

  it('a fund named after its firm in a table row, and a regional share, end supported too', () => {
    expect(applyPartStubs('fundmanager', 3).map((lines) => lines.find((l) => l.startsWith('segment:')))).toEqual([
      'segment: fee',
      'segment: Credit Opportunities',
      'segment: Global Equity',
    ]);
    expect(applyPartStubs('rail', 1)[0]).toEqual(expect.arrayContaining(['segment: regional', 'value: 91']));
  });

  it('a place a figure is narrowed to ("310 shops" in Scotland, "in Edinburgh and Glasgow", "On the Farne Islands") ends supported too', () => {
    expect(applyPartStubs('bakery', 2).map((lines) => lines.find((l) => l.startsWith('segment:')))).toEqual(['segment: Scotland', 'segment: Edinburgh and Glasgow']);
    // A later clause's "an estimated 3,500" leaves the 36,000 an actual: a forecast's fact would never decide it.
    expect(applyPartStubs('birds', 1)[0]).toEqual(expect.arrayContaining(['segment: Farne Islands', 'value: 36000', 'kind: actual']));
  });

  it('a count\'s noun narrowed by its own words ("commercial drone deliveries") and a list\'s label that is another metric\'s word end supported too', () => {
    const drone = '---\ndate: 2025-07-01\n---\n# Skyward\n\nSkyward completed 1.5 million commercial drone deliveries in 2024.\n';
    expect(applyPartStubs('drone', 1, drone)[0]).toEqual(expect.arrayContaining(['segment: commercial', 'value: 1.5e6', 'unit: deliveries']));
    const jewel = '---\ndate: 2026-03-25\n---\n# Aurelia Jewellers\n\nRevenue by channel in fiscal 2026: online $1.5 billion, stores $6.1 billion.\n';
    expect(applyPartStubs('jewel', 1, jewel)[0]).toEqual(expect.arrayContaining(['segment: stores', 'value: 6.1e9']));
  });

  it('a country\'s adjective ("300 Scottish shops") and a row of a table by segment end supported too', () => {
    const bakery = '---\ndate: 2025-08-01\n---\n# Crumb & Co\n\nCrumb has 300 Scottish shops.\n';
    expect(applyPartStubs('bakery', 1, bakery)[0]).toEqual(expect.arrayContaining(['segment: Scotland', 'value: 300']));
    const pawn = '---\ndate: 2025-02-14\n---\n# Prenda Group\n\n| Segment | Stores | Revenue 2024 |\n|---|---|---|\n| US | 930 | $1.46bn |\n';
    expect(applyPartStubs('pawn', 2, pawn).map((lines) => lines.find((l) => l.startsWith('segment:')))).toEqual(['segment: US', 'segment: US']);
    // Places listed together are one part: its fact decides the figure, and no one of the places takes it.
    const listed = '---\ndate: 2025-09-15\n---\n# LinguaHouse\n\nLinguaHouse runs 150 schools in Brazil and Mexico.\n';
    expect(applyPartStubs('lingua', 1, listed)[0]).toEqual(expect.arrayContaining(['segment: Brazil and Mexico', 'value: 150']));
    // A table of regions under the chain's heading: every row's figures, a fact each, to a clean note.
    const regions = applyPartStubs('dental', 6);
    expect(regions.map((lines) => lines.filter((l) => /^(?:segment|unit|metric):/.test(l)).join(', '))).toEqual(
      ['England', 'Scotland', 'Wales'].flatMap((place) => [`metric: practices, segment: ${place}, unit: practices`, `metric: revenue, segment: ${place}, unit: GBP`]),
    );
  });
});

// "Gross profit was £940 million" beside a net income fact: "Add a fact" makes a metric of that name
// with the note's words, so the figure finds it and net income keeps its own figures.
describe('fact stubs for a measure no metric names', () => {
  it('add a metric with its words, and the note ends clean with net income and the operating margin as they were', () => {
    const stubs = applyPartStubs('snacks', 7, undefined, (f) => f.measure !== undefined);
    expect(stubs.map((lines) => lines.find((l) => l.startsWith('metric')))).toEqual([
      'metrics: {"id":"gross_profit","unit":"GBP","words":["gross profit"]}',
      'metrics: {"id":"operating_profit","unit":"GBP","words":["operating profit"]}',
      'metrics: {"id":"gross_margin","unit":"percent","words":["gross margin"]}',
      'metrics: {"id":"profit_before_tax","unit":"GBP","words":["profit before tax"]}',
      'metric: gross_profit',
      'metric: operating_profit',
      'metrics: {"id":"trading_loss","unit":"GBP","words":["trading loss"]}',
    ]);
  });
});

// "…, against a spot price that averaged $78.50 per pound" beside a realized price: "Add a fact" makes a
// `spot_price` metric per pound, and the figure finds it; the realized price keeps its own figure.
describe('fact stubs for a price of another kind, and for a weight in pounds', () => {
  it('add a spot price metric in dollars per pound, and the note ends with it supported and the rest as it was', () => {
    const stubs = applyPartStubs('uranium', 1, undefined, (f) => f.measure !== undefined);
    expect(stubs[0]).toEqual(expect.arrayContaining(['metrics: {"id":"spot_price","unit":"USD/pound","words":["spot price"]}', 'metric: spot_price']));
  });

  it('keep pounds of U3O8 a weight: a stub for a figure in pounds is in pounds', () => {
    const note = parseNote(readFileSync('test/judge/fixtures/uranium-note.md', 'utf8'));
    const { index } = loadFacts([{ file: 'file:///w/facts.yaml', text: readFileSync('test/judge/fixtures/uranium-facts.yaml', 'utf8') }], { today: '2026-01-01' });
    const contracted = judgeNote(note, index, { config: defaultConfig }).find((f) => f.claim.text === '220 million pounds')!;
    expect(factStubFor(contracted, note.referenceDate, index).lines).toEqual(expect.arrayContaining(['metric: contracted', 'value: 220e6', 'unit: pound']));
  });
});

// "expects to produce 20 million pounds in 2026", "targets 30 million pounds of output by 2028": a time after
// the note is the period the figure is for; as `as_of` the stub was a fact from the future, which the note never
// saw (the finding stayed) and the loader warned of (`future-as-of`).
describe('fact stubs for a figure of a time after the note', () => {
  it('carry that time as the period and the note\'s date as as_of, and each ends supported with only its missing source to fill', () => {
    const text = readFileSync('test/judge/fixtures/uranium-note.md', 'utf8').replace('The McArthur mill', 'Athabasca targets 30 million pounds of output by 2028. The McArthur mill');
    const note = parseNote(text);
    let facts = readFileSync('test/judge/fixtures/uranium-facts.yaml', 'utf8');
    const load = () => loadFacts([{ file: 'file:///w/facts.yaml', text: facts }], { today: '2026-12-07' });
    for (const [figure, period] of [['30 million pounds', 'period: 2028'], ['20 million pounds', 'period: 2026'], ['220 million pounds', 'period: 2032']] as const) {
      const { index } = load();
      const finding = judgeNote(note, index, { config: defaultConfig }).find((f) => f.claim.text === figure)!;
      expect(finding.code, figure).toBe('unsourced');
      const stub = factStubFor(finding, note.referenceDate, index);
      expect(stub.lines, figure).toEqual(expect.arrayContaining([period, `as_of: ${note.referenceDate}`]));
      facts = stubInsertions(facts, stub)!.reduceRight((t, ins) => apply(t, ins), facts);
      const after = load();
      expect(judgeNote(note, after.index, { config: defaultConfig }).find((f) => f.claim.text === figure)!.code, figure).toBe('supported');
      expect(after.problems.filter((p) => p.code !== 'missing-source'), figure).toEqual([]);
    }
  });
});
