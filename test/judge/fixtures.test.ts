// Two more notes with their facts files (a foundry note about real companies with guidance
// revisions and market shares; a consumer-AI note about fictional ones with users, subscribers,
// ARR, headcount and citations), every verdict asserted at the note's date and at a later --as-of.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { judgeNote } from '../../server/src/core/judge/judgeNote';
import { metricNameOf } from '../../server/src/core/judge/wording';
import { parseNote } from '../../server/src/core/parse/parseNote';
import { namesIn } from '../../server/src/core/judge/sentenceNames';
import type { FactIndex, Finding, FindingCode } from '../../server/src/core/types';

/** [claim text, code, fact ids judged against] */
type Expected = [string, FindingCode, string[]];

function load(name: string) {
  const facts = loadFacts([{ file: `${name}-facts.yaml`, text: readFileSync(`test/judge/fixtures/${name}-facts.yaml`, 'utf8') }], { today: '2026-12-31' });
  const note = parseNote(readFileSync(`test/judge/fixtures/${name}-note.md`, 'utf8'));
  return { facts, note };
}

function expectVerdicts(findings: Finding[], expected: Expected[], index: FactIndex): void {
  const claims = findings.filter((f) => f.code !== 'unknown-citation');
  expect(claims.map((f) => f.claim.text)).toEqual(expected.map(([text]) => text));
  claims.forEach((f, i) => {
    const [text, code, ids] = expected[i]!;
    expect(f.code, `${text}: ${f.message}`).toBe(code);
    expect(f.facts.map((x) => x.id), text).toEqual(ids);
    // Every message names the note's figure (the hover lists the facts with their ids)…
    if (code !== 'unsourced') expect(f.message, text).toContain(f.claim.text);
    expect(f.message, text).not.toMatch(/— (?:supported|contradicted|outdated|unsourced)$/);
    // …and whose figure it is, with a capital.
    for (const e of f.entities) expect(f.message, text).toContain(index.entities.get(e)!.name);
    expect(f.message.toLowerCase(), text).toContain(metricNameOf(index, f.metric!).toLowerCase());
    expect(f.message[0], text).toBe(f.message[0]!.toUpperCase());
  });
}

/** A fixture note judged at its date, its facts loaded without a problem. */
function judgedAtNoteDate(name: string): Finding[] {
  const { facts, note } = load(name);
  expect(facts.problems).toEqual([]);
  return judgeNote(note, facts.index, { config: defaultConfig });
}

/** The first finding of one line under a heading, in a note of that date, against a fixture's facts. */
const judgedLine = (name: string, date: string, heading: string, line: string): Finding =>
  judgeNote(parseNote(`---\ndate: ${date}\n---\n# ${heading}\n\n${line}\n`), load(name).facts.index, { config: defaultConfig })[0]!;

/** Every finding of one line judged as judgedLine does. */
const lineFindings = (name: string, date: string, heading: string, line: string): Finding[] =>
  judgeNote(parseNote(`---\ndate: ${date}\n---\n# ${heading}\n\n${line}\n`), load(name).facts.index, { config: defaultConfig });

/** Each figure's text and code, for one line judged as judgedLine does. */
const lineVerdicts = (name: string, date: string, heading: string, line: string): [string, FindingCode][] =>
  lineFindings(name, date, heading, line).map((f) => [f.claim.text, f.code]);

/** [claim text, code, fact ids] of each finding. */
const verdictRows = (findings: Finding[]) => findings.map((f) => [f.claim.text, f.code, f.facts.map((x) => x.id)]);

describe('foundry note (TSMC, Nvidia, Samsung)', () => {
  const { facts, note } = load('foundry');
  it('loads cleanly', () => {
    expect(facts.problems).toEqual([]);
    expect(note.referenceDate).toBe('2025-07-15');
  });

  it('judges every claim at the note date', () => {
    expectVerdicts(judgeNote(note, facts.index, { config: defaultConfig }), [
      // Guidance stated in January for 2025, the month the note gives.
      ['$38 billion to $42 billion', 'supported', ['tsmc-capex-2025-jan']],
      // "by late 2025" was not over yet and the figure came later.
      ['75,000 wafers per month', 'unsourced', []],
      ['67.6%', 'supported', ['tsmc-share-2025-q1']],
      ['7.7%', 'supported', ['samsung-share-2025-q1']],
      // The Q2 ranking was published after the note: not contradicted, unsourced.
      ['72%', 'unsourced', []],
      ['80%', 'contradicted', ['tsmc-share-2025-q1', 'samsung-share-2025-q1']],
      // SMIC has no fact, but TSMC and Samsung alone exceed 70%.
      ['70%', 'contradicted', ['tsmc-share-2025-q1', 'samsung-share-2025-q1']],
      // "Nvidia, TSMC's largest customer, reported…": Nvidia's, not the nearer TSMC's.
      ['$44.1 billion', 'supported', ['nvidia-revenue-2025-05']],
      // "Its" follows the subject the previous sentence opened with.
      ['$39.1 billion', 'supported', ['nvidia-dc-revenue-2025-05']],
      ['$130.5 billion', 'supported', ['nvidia-revenue-fy2025']],
    ], facts.index);
  });

  it('judges every claim as of 2026-03-31', () => {
    expectVerdicts(judgeNote(note, facts.index, { config: defaultConfig, asOf: '2026-03-31' }), [
      // The October revision does not make January's guidance wrong.
      ['$38 billion to $42 billion', 'supported', ['tsmc-capex-2025-jan']],
      ['75,000 wafers per month', 'supported', ['tsmc-cowos-2025-12']],
      ['67.6%', 'supported', ['tsmc-share-2025-q1']],
      ['7.7%', 'supported', ['samsung-share-2025-q1']],
      ['72%', 'contradicted', ['tsmc-share-2025-q2']],
      ['80%', 'contradicted', ['tsmc-share-2025-q1', 'samsung-share-2025-q1']],
      ['70%', 'contradicted', ['tsmc-share-2025-q1', 'samsung-share-2025-q1']],
      ['$44.1 billion', 'outdated', ['nvidia-revenue-2025-11', 'nvidia-revenue-2025-05']],
      ['$39.1 billion', 'outdated', ['nvidia-dc-revenue-2025-11', 'nvidia-dc-revenue-2025-05']],
      ['$130.5 billion', 'supported', ['nvidia-revenue-fy2025']],
    ], facts.index);
  });

  it('names the right company and says what the sum lacks', () => {
    const findings = judgeNote(note, facts.index, { config: defaultConfig, asOf: '2026-03-31' });
    const by = (t: string): Finding => findings.find((f) => f.claim.text === t)!;
    expect(by('72%').entities).toEqual(['tsmc']);
    expect(by('70%').message).toContain('TSMC and Samsung alone add up to 75.3%');
    expect(by('72%').suggestion).toBe('70.2%');
  });
});

describe('consumer-AI note (Parley, Quill)', () => {
  const { facts, note } = load('consumer-ai');
  it('loads cleanly', () => {
    expect(facts.problems).toEqual([]);
    expect(note.referenceDate).toBe('2025-10-01');
  });

  it('judges every claim at the note date', () => {
    expectVerdicts(judgeNote(note, facts.index, { config: defaultConfig }), [
      // "about 300 million" accepts 310 million.
      ['300 million weekly active users', 'supported', ['parley-wau-2025-08']],
      ['45 million weekly active users', 'outdated', ['quill-wau-2025-08', 'quill-wau-2025-03']],
      ['370 million weekly active users', 'supported', ['parley-wau-2025-08', 'quill-wau-2025-08']],
      // "more than 1 billion" is supported by 1.3 billion.
      ['1 billion messages a day', 'supported', ['parley-messages-2025-09']],
      ['$3.7 billion', 'supported', ['parley-arr-2025-06']],
      ['15 million paying subscribers', 'contradicted', ['parley-subscribers-2025-07']],
      ['$500 million', 'citation-mismatch', ['quill-arr-2025-06']],
      ['1,100 people', 'supported', ['parley-headcount-2025-06']],
      ['1 billion weekly active users', 'unsourced', []],
    ], facts.index);
  });

  it('judges every claim as of 2026-06-30', () => {
    expectVerdicts(judgeNote(note, facts.index, { config: defaultConfig, asOf: '2026-06-30' }), [
      // A cited claim is judged by its citation only.
      ['300 million weekly active users', 'supported', ['parley-wau-2025-08']],
      ['45 million weekly active users', 'outdated', ['quill-wau-2025-08', 'quill-wau-2025-03']],
      ['370 million weekly active users', 'outdated', ['parley-wau-2026-02', 'quill-wau-2025-08', 'parley-wau-2025-08']],
      ['1 billion messages a day', 'supported', ['parley-messages-2025-09']],
      ['$3.7 billion', 'supported', ['parley-arr-2025-06']],
      ['15 million paying subscribers', 'contradicted', ['parley-subscribers-2025-07']],
      ['$500 million', 'citation-mismatch', ['quill-arr-2025-06']],
      ['1,100 people', 'outdated', ['parley-headcount-2026-01', 'parley-headcount-2025-06']],
      ['1 billion weekly active users', 'unsourced', []],
    ], facts.index);
  });

  it('suggests sourced figures in the note style', () => {
    const findings = judgeNote(note, facts.index, { config: defaultConfig });
    const by = (t: string): Finding => findings.find((f) => f.claim.text === t)!;
    expect(by('15 million paying subscribers').suggestion).toBe('12 million paying subscribers');
    expect(by('$500 million').suggestion).toBe('$400 million');
    expect(by('$500 million').citation?.id).toBe('quill-arr-2025-06');
    expect(by('1 billion weekly active users').message).toBe("No guidance yet for Parley's users by 2027");
  });
});

// Counts known only as snapshots (each holds on its as_of) say nothing of a past year before the
// first of them: such a figure is unsourced, not contradicted. Money events (rounds, stakes) are
// listed whole, so a round in a year with none is contradicted, saying when it was.
describe('harbour note (snapshots and events)', () => {
  const { facts, note } = load('harbour');
  it('loads cleanly', () => {
    expect(facts.problems).toEqual([]);
    expect(note.referenceDate).toBe('2025-03-01');
  });

  it('judges every claim at the note date', () => {
    expectVerdicts(judgeNote(note, facts.index, { config: defaultConfig }), [
      ['42', 'supported', ['wrenport-cranes-2024']],
      // 2021 and 2019 are before the first crane and staff snapshots (June and December 2024).
      ['30 cranes', 'unsourced', []],
      ['2,600 employees', 'unsourced', []],
      ['3,100 people', 'supported', ['wrenport-staff-2024']],
      // The stake is the one event on file, in March 2024: not in 2022.
      ['$250 million', 'contradicted', ['tidewater-in-wrenport-2024']],
      ['$250 million', 'supported', ['tidewater-in-wrenport-2024']],
    ], facts.index);
  });

  it('tells a past year before the snapshots from a stake in another year', () => {
    const findings = judgeNote(note, facts.index, { config: defaultConfig });
    expect(findings.find((f) => f.claim.text === '30 cranes')!.message).toBe("No fact yet for Wrenport Harbour Authority's cranes in 2021");
    expect(findings.find((f) => f.code === 'contradicted')!.message).toContain('the figure is from Mar 2024');
  });
});

// A bare number whose own clause names no metric takes the sentence's only when its clause is an
// elliptical comparison ("up from 1.9 million in 2023", "and 2.0 million in 2023"); a clause that
// says something of its own ("3 of its berths were closed", "while 12 were idle") leaves it
// unmeasured, never contradicted by the sentence's other figure.
describe('port note (bare numbers beside a measured figure)', () => {
  const { facts, note } = load('port');
  it('loads cleanly', () => {
    expect(facts.problems).toEqual([]);
  });

  it('measures an elliptical comparison by the figure it compares with, and nothing else', () => {
    const findings = judgeNote(note, facts.index, { config: defaultConfig });
    expect(findings.map((f) => [f.claim.text, f.code, f.metric ?? null, f.facts.map((x) => x.id)])).toEqual([
      ['2.4 million', 'supported', 'container_moves', ['kestrel-teu-2024']],
      // 1.85–1.95 million against the 2.0 million on file for 2023.
      ['1.9 million', 'contradicted', 'container_moves', ['kestrel-teu-2023']],
      ['2.4 million', 'supported', 'container_moves', ['kestrel-teu-2024']],
      ['2.0 million', 'supported', 'container_moves', ['kestrel-teu-2023']],
      ['2.0 million', 'supported', 'container_moves', ['kestrel-teu-2023']],
      ['2.4 million', 'supported', 'container_moves', ['kestrel-teu-2024']],
      ['2.0 million', 'supported', 'container_moves', ['kestrel-teu-2023']],
      ['2.4 million', 'supported', 'container_moves', ['kestrel-teu-2024']],
      ['2.4 million', 'supported', 'container_moves', ['kestrel-teu-2024']],
      ['3', 'unsourced', null, []],
      ['2.4 million', 'supported', 'container_moves', ['kestrel-teu-2024']],
      ['7', 'unsourced', null, []],
      ['2.4 million', 'supported', 'container_moves', ['kestrel-teu-2024']],
      ['12', 'unsourced', null, []],
    ]);
  });
});

// Three operators outside the AI domain. A metric's words name what it counts by their last word:
// "hospital beds" counts beds, so "14 hospitals" is no bed count. Opening stores adds to a count,
// as "added" does: a change in stores, not the number of stores.
describe('operators note (hospitals, wind farms, stores)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('operators');
    expect(verdictRows(findings)).toEqual([
      ['1,850 hospital beds', 'supported', ['nw-beds-2024']],
      ['14 hospitals', 'unsourced', []],
      ['21,000 people', 'supported', ['nw-staff-2024']],
      ['$4.2 billion', 'supported', ['nw-rev-2024']],
      ['$3.9 billion', 'unsourced', []],
      ['3 newest hospitals', 'unsourced', []],
      ['40%', 'unsourced', []],
      ['3.2 GW', 'supported', ['solace-power-2025']],
      ['$1.1 billion', 'supported', ['solace-capex-2025']],
      ['27 wind farms', 'unsourced', []],
      ['9', 'unsourced', []],
      ['12 years', 'unsourced', []],
      ['640 stores', 'supported', ['bc-stores-2025']],
      ['120', 'unsourced', []],
      ['$9.8 billion', 'supported', ['bc-rev-2024']],
      // Opened in Q1: the change over the quarter, which one count at its end cannot give.
      ['35 stores', 'unsourced', []],
      ['11 million members', 'unsourced', []],
      ['$42', 'unsourced', []],
      ['1,850', 'supported', ['nw-beds-2024']],
      ['$4.2B', 'supported', ['nw-rev-2024']],
      ['$9.6B', 'contradicted', ['bc-rev-2024']],
    ]);
    expect(findings.find((f) => f.claim.text === '35 stores')!.claim.kind).toBe('growth');
  });
});

// An airline's figures: "9% more than" is a growth, derived from the two years' passengers; "in
// the quarter" is the quarter the paragraph named before; a model designation ("737 MAX 8") is a
// name, and a figure "each" is per item, never the airline's total.
describe('airline note (comparatives, "in the quarter", per item)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('airline');
    expect(verdictRows(findings)).toEqual([
      ['38.2 million passengers', 'supported', ['marlow-pax-2024']],
      // 38.2 / 35.1 − 1 = 8.8%, within 8.5–9.5%.
      ['9%', 'supported', ['marlow-pax-2024', 'marlow-pax-2023']],
      ['86%', 'supported', ['marlow-lf-2024']],
      ['35.1 million passengers', 'supported', ['marlow-pax-2023']],
      ['212 aircraft', 'supported', ['marlow-fleet-2025']],
      ['11 years', 'unsourced', []],
      ['40', 'unsourced', []],
      ['3', 'unsourced', []],
      ['£2.9 billion', 'supported', ['marlow-rev-2025-q2']],
      // Q2 2025, for which no passenger count is on file (not the year 2024's 38.2 million).
      ['10.4 million passengers', 'unsourced', []],
      ['189 passengers', 'unsourced', []],
      // "the 35.1 million of 2023" is the earlier level, not a part of a whole named "2023".
      ['38.2 million passengers', 'supported', ['marlow-pax-2024']],
      ['9%', 'supported', ['marlow-pax-2024', 'marlow-pax-2023']],
      ['35.1 million', 'supported', ['marlow-pax-2023']],
    ]);
    expect(findings.find((f) => f.claim.text === '10.4 million passengers')!.message).toBe("No fact yet for Marlow Airlines' passengers in Q2 2025");
  });
});

// Land and buildings bought or sold are changes in what is held: never contradicted by the
// holding on file. A price "each" is per item.
describe('realty note (holdings bought and sold)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('realty');
    expect(verdictRows(findings)).toEqual([
      ['120,000 acres', 'supported', ['ga-acres-2024']],
      ['4 states', 'unsourced', []],
      ['8%', 'supported', ['ga-rev-2024', 'ga-rev-2023']],
      ['$410 million', 'supported', ['ga-rev-2024']],
      ['15%', 'unsourced', []],
      // Sold last year: a fall in acreage, which one snapshot cannot give.
      ['2,000 acres', 'unsourced', []],
      ['180 bushels per acre', 'unsourced', []],
      ['5 bushels', 'unsourced', []],
      ['148 properties', 'supported', ['v-props-2025']],
      ['93.5%', 'supported', ['v-occ-2025q2']],
      ['$6.8 billion', 'supported', ['v-val-2025']],
      ['10 largest tenants', 'unsourced', []],
      ['31%', 'unsourced', []],
      ['6.2 years', 'unsourced', []],
      // Bought in 2025: not the 148 held at the end of June.
      ['12 buildings', 'unsourced', []],
      ['$410 million', 'unsourced', []],
      ['$34 million', 'unsourced', []],
      // The list names no one itself: its figures are its heading's ("## Vantage REIT").
      ['148', 'supported', ['v-props-2025']],
      ['93%', 'supported', ['v-occ-2025q2']],
      ['$7 billion', 'supported', ['v-val-2025']],
    ]);
  });
});

// A part of a stated whole ("1,500 of its 27,000 employees") is not the whole: only the whole is
// compared with the headcount on file. And "laid off" takes people away.
describe('industrials note (parts of a whole, layoffs)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('industrials');
    expect(verdictRows(findings)).toEqual([
      ['27,000 employees', 'supported', ['ar-staff-2024']],
      ['1,500', 'unsourced', []],
      ['27,000 employees', 'supported', ['ar-staff-2024']],
      ['27,000 employees', 'supported', ['ar-staff-2024']],
      ['1,500 workers', 'unsourced', []],
    ]);
    expect(findings[4]!.claim.kind).toBe('growth');
  });
});

// A figure about a part of the network ("2 of its schools", "its largest school", "the 5 newest
// schools") is not the network's: only its own totals are compared with the census on file.
describe('schools note (parts of a whole, ratios)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('schools'))).toEqual([
      ['61 schools', 'supported', ['bp-schools-2025']],
      ['48,500 students', 'supported', ['bp-students-2025']],
      ['5,200 staff', 'supported', ['bp-staff-2025']],
      ['9 students per staff', 'unsourced', []],
      ['4 campuses', 'unsourced', []],
      ['2', 'unsourced', []],
      ['1,500 pupils', 'unsourced', []],
      ['1,800 students', 'unsourced', []],
      ['5 newest schools', 'unsourced', []],
      ['3,900', 'unsourced', []],
    ]);
  });
});

// A metric word names the figures of its own clause and of those after it, not a figure in a
// clause before it ("…committed $2 billion…, a deal worth about 21% of its deposits"); one
// typical item ("The average branch holds…") and the largest warehouse are not the whole.
describe('bank note (clauses after a figure, typical items)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('bank'))).toEqual([
      ['$184 billion', 'supported', ['lumos-dep-2025q2']],
      ['1,240 branches', 'supported', ['lumos-branches-2025']],
      // "…and earned $1.9 billion in the quarter": earnings, not deposits.
      ['$1.9 billion', 'unsourced', []],
      ['60 branches', 'unsourced', []],
      ['5%', 'unsourced', []],
      ['12.8%', 'unsourced', []],
      ['$150 million', 'unsourced', []],
      ['$2 billion', 'unsourced', []],
      ['5 years', 'unsourced', []],
      ['21%', 'unsourced', []],
      ['88 warehouses', 'supported', ['crate-wh-2025']],
      ['12', 'unsourced', []],
      // "square feet" is a counted noun (an irregular plural), which no metric of these facts counts.
      ['1.2 million square feet', 'unsourced', []],
    ]);
  });
});

// "in the quarter" after a sentence about a quarter takes that quarter; "company of the year" is no
// time at all, so it never borrows the year of the sentence before.
describe('"the quarter" and "the year" across sentences', () => {
  const FACTS = `entities:
  acme: { name: Acme Rail }
facts:
  - { id: acme-rev-2023, entity: acme, metric: revenue, value: 4e9, unit: USD, as_of: 2024-02-01, period: 2023, source: { url: "https://acme.example/2023" } }
  - { id: acme-rev-2024, entity: acme, metric: revenue, value: 5e9, unit: USD, as_of: 2025-02-01, period: 2024, source: { url: "https://acme.example/2024" } }
  - { id: acme-rev-2024-q4, entity: acme, metric: revenue, value: 1.4e9, unit: USD, as_of: 2025-02-01, period: 2024-Q4, source: { url: "https://acme.example/q4" } }
`;
  const judged = (body: string) => {
    const { index } = loadFacts([{ file: 'facts.yaml', text: FACTS }], { today: '2025-06-30' });
    return verdictRows(judgeNote(parseNote(`---\ndate: 2025-06-30\n---\n${body}\n`), index, { config: defaultConfig }));
  };
  it('anchors "in the quarter" to the quarter named before, and "of the year" to nothing', () => {
    expect(judged('Acme Rail had revenue of $4 billion in 2023. Named company of the year, Acme Rail reported revenue of $5 billion.')).toEqual([
      ['$4 billion', 'supported', ['acme-rev-2023']],
      ['$5 billion', 'supported', ['acme-rev-2024']],
    ]);
    expect(judged('Acme Rail had revenue of $5 billion in Q4 2024. It booked $1.4 billion of revenue in the quarter.')).toEqual([
      ['$5 billion', 'contradicted', ['acme-rev-2024-q4']],
      ['$1.4 billion', 'supported', ['acme-rev-2024-q4']],
    ]);
  });
});

// "each investing $150 million" is one fund's share of the round, not the round.
describe('payments note (each investor, the largest merchant)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('payments'))).toEqual([
      ['$1.2 trillion', 'supported', ['pw-tpv-2024']],
      // "earning $6.1 billion of revenue": the word bound to the figure names it.
      ['$6.1 billion', 'supported', ['pw-rev-2024']],
      ['0.5%', 'unsourced', []],
      ['4.3 million merchants', 'supported', ['pw-merchants-2025']],
      ['1%', 'unsourced', []],
      ['45%', 'unsourced', []],
      ['$30 billion', 'unsourced', []],
      ['$600 million', 'supported', ['ledgerly-raise-2025']],
      ['$9 billion', 'supported', ['ledgerly-val-2025']],
      ['18 months', 'unsourced', []],
      ['2 funds', 'unsourced', []],
      ['$150 million', 'unsourced', []],
      ['1,100 employees', 'unsourced', []],
    ]);
  });
});

// "the biggest of which produced 600,000 tonnes": a part, named before the clause it opens.
describe('mining note (a part named by "of which")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('mining'))).toEqual([
      ['2,150 restaurants', 'supported', ['vf-rest-2025']],
      ['70%', 'unsourced', []],
      ['$3.3 billion', 'supported', ['vf-rev-2024']],
      ['4%', 'unsourced', []],
      ['80 guests', 'unsourced', []],
      ['1,200 meals a day', 'unsourced', []],
      ['150 openings', 'unsourced', []],
      ['40 underperforming locations', 'unsourced', []],
      ['1.45 million tonnes', 'supported', ['atlas-prod-2024']],
      ['6 mines', 'unsourced', []],
      ['600,000 tonnes', 'unsourced', []],
      ['18,000 people', 'supported', ['atlas-staff-2024']],
      ['4,000', 'unsourced', []],
      ['$1.90 per pound', 'unsourced', []],
    ]);
  });
});

// "each region holds 2,500 GPUs on average" is one region's, not the cloud's fleet.
describe('cloud note (each, on average)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cloud'))).toEqual([
      ['$2.4 billion', 'supported', ['nimbus-arr-2025']],
      ['85,000 GPUs', 'supported', ['nimbus-gpus-2025']],
      ['34 regions', 'supported', ['nimbus-regions-2025']],
      ['40%', 'unsourced', []],
      ['2,500 GPUs', 'unsourced', []],
      ['3 contracts', 'unsourced', []],
      ['$100 million', 'unsourced', []],
      ['$4.5 billion', 'supported', ['quarry-val-2025']],
      ['12 million users', 'supported', ['quarry-users-2025']],
      ['800,000', 'unsourced', []],
      ['$20', 'unsourced', []],
      // Quarry AI's GPUs, rented from Nimbus: not Nimbus's fleet of 85,000.
      ['6,000 GPUs', 'unsourced', []],
      ['7%', 'unsourced', []],
    ]);
  });
});

/** The message of the finding on `text`. */
const messageOn = (findings: Finding[], text: string): string => findings.find((f) => f.claim.text === text)!.message;

// A custom metric counted in a noun the lexicon knows ("subscriber"), and a change from a level
// followed by its time ("up 5% from 29.8 million a year earlier").
describe('telecom note (subscribers, a change from a stated level)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('telecom'))).toEqual([
      ['31.4 million subscribers', 'supported', ['nw-subs-2024']],
      // 31.4 / 29.8 − 1 = 5.4%, within 4.5–5.5%.
      ['5%', 'supported', ['nw-subs-2024', 'nw-subs-2023']],
      ['29.8 million', 'supported', ['nw-subs-2023']],
      ['$48.20', 'supported', ['nw-arpu-2025q2']],
      ['0.9%', 'supported', ['nw-churn-2025q2']],
      ['$19.6 billion', 'supported', ['nw-rev-2024']],
      ['$18.9 billion', 'supported', ['nw-rev-2023']],
      ['$3.4 billion', 'supported', ['nw-capex-2024']],
      // A new paragraph that says only "The company": the heading's entity ("# Northwind Telecom").
      ['31,500 towers', 'supported', ['nw-towers-2025']],
      ['4,000', 'unsourced', []],
      ['$2.1 billion', 'unsourced', []],
      ['62%', 'unsourced', []],
      ['1.2 million subscribers', 'unsourced', []],
    ]);
  });
});

// A segment named in a later clause, a share of "it".
describe('pharma note (a segment in a later clause)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('pharma'))).toEqual([
      // "…, with Zelvora making up 40% of it": the $7.8 billion is the whole, not Zelvora's $3.1 billion.
      ['$7.8 billion', 'supported', ['calder-rev-2024']],
      ['40%', 'unsourced', []],
      ['$2.2 billion', 'supported', ['calder-rnd-2024']],
      // "about 28% of revenue": R&D over revenue, a share of another metric.
      ['28%', 'supported', ['calder-rnd-2024', 'calder-rev-2024']],
      ['1,850 patients', 'unsourced', []],
      ['212 sites', 'unsourced', []],
      ['14,500 people', 'supported', ['calder-staff-2025']],
      ['3,000', 'unsourced', []],
      ['35%', 'unsourced', []],
      ['$6,400', 'unsourced', []],
    ]);
  });
});

// A change measure ("comparable sales rose 3.8%") is compared directly; "sales" inside it is no revenue word.
describe('retail note (comparable sales, stores opened and closed)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('retail');
    expect(verdictRows(findings)).toEqual([
      ['1,140 stores', 'supported', ['hg-stores-2025']],
      ['35', 'unsourced', []],
      ['12', 'unsourced', []],
      // 3.6 / 3.3 − 1 = 9.1%.
      ['9%', 'supported', ['hg-rev-2025q2', 'hg-rev-2024q2']],
      ['$3.6 billion', 'supported', ['hg-rev-2025q2']],
      ['3.8%', 'supported', ['hg-comps-2025q2']],
      ['52,000 employees', 'supported', ['hg-staff-2025']],
      ['8,000 seasonal workers', 'unsourced', []],
      ['$12.6 million', 'unsourced', []],
      ['1,300 stores', 'unsourced', []],
    ]);
    expect(messageOn(findings, '$12.6 million')).toContain('a part or one typical item');
  });

  it('never judges comparable sales by revenue when no comparable-sales fact is on file', () => {
    const { facts } = load('retail');
    const note = parseNote("---\ndate: 2025-08-30\n---\nHollis & Grant's Q2 2025 revenue grew 9%, and comparable sales rose 3.8%.\n");
    const index = { ...facts.index, facts: facts.index.facts.filter((f) => f.metric !== 'comps') };
    expect(verdictRows(judgeNote(note, index, { config: defaultConfig }))).toEqual([
      ['9%', 'supported', ['hg-rev-2025q2', 'hg-rev-2024q2']],
      ['3.8%', 'unsourced', []],
    ]);
  });
});

describe('games note (part of a count: "41 million of those users")', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('games');
    expect(verdictRows(findings)).toEqual([
      ['96 million monthly active users', 'supported', ['pf-mau-2025q2']],
      // 96 / 81 − 1 = 18.5%, within 18.5–19.5%.
      ['19%', 'supported', ['pf-mau-2025q2', 'pf-mau-2024q2']],
      ['$1.45 billion', 'supported', ['pf-bookings-2025q2']],
      ['41 million', 'unsourced', []],
      ['9,800 people', 'supported', ['pf-staff-2025']],
      ['14 studios', 'unsourced', []],
      ['$600 million', 'unsourced', []],
    ]);
    expect(messageOn(findings, '41 million')).toContain('a part or one typical item');
  });
});

describe('utility note (the largest plant, with an appositive)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('utility'))).toEqual([
      ['4.1 million customers', 'supported', ['em-cust-2025']],
      ['14.2 GW', 'supported', ['em-power-2025']],
      ['$11.3 billion', 'supported', ['em-rev-2024']],
      ['$4.6 billion', 'supported', ['em-capex-2024']],
      ['$5.2 billion', 'supported', ['em-capex-2025g']],
      ['2.4 GW', 'unsourced', []],
      ['38%', 'unsourced', []],
    ]);
  });
});

describe('hotels note (a pipeline, a flagship)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('hotels');
    expect(verdictRows(findings)).toEqual([
      ['212,000 rooms', 'supported', ['ah-rooms-2025']],
      ['1,480 hotels', 'supported', ['ah-hotels-2025']],
      ['3%', 'unsourced', []],
      ['$131.40', 'supported', ['ah-revpar-2025q2']],
      ['74%', 'supported', ['ah-occ-2025q2']],
      ['$2.7 billion', 'supported', ['ah-rev-2025q2']],
      // Hotels and rooms in the pipeline are not yet open: not the 1,480 hotels and 212,000 rooms.
      ['520 hotels', 'unsourced', []],
      ['71,000 rooms', 'unsourced', []],
      ['1,200 rooms', 'unsourced', []],
    ]);
    expect(messageOn(findings, '520 hotels')).toContain('not yet in service');
  });

  it('judges a pipeline count when a metric of the facts names the pipeline', () => {
    const { facts } = load('hotels');
    const text = readFileSync('test/judge/fixtures/hotels-facts.yaml', 'utf8') +
      '  - { id: ah-pipe-2025, entity: ardent, metric: pipeline, value: 520, unit: hotel, as_of: 2025-06-30, source: { url: "https://ah.example/q2" } }\n';
    const withPipeline = loadFacts([{ file: 'hotels-facts.yaml', text: text.replace('metrics:\n', 'metrics:\n  pipeline: { unit: hotel, words: [ pipeline ] }\n') }], { today: '2026-12-31' });
    expect(withPipeline.problems).toEqual([]);
    expect(facts.problems).toEqual([]);
    const note = parseNote('---\ndate: 2025-08-05\n---\nArdent\'s pipeline holds 520 hotels.\n');
    expect(verdictRows(judgeNote(note, withPipeline.index, { config: defaultConfig }))).toEqual([['520 hotels', 'supported', ['ah-pipe-2025']]]);
  });
});

// A change from "the $11.1 billion it wrote in 2023", a part named by "of whom", a kind of loss.
describe('insurer note (a level and its time, catastrophe losses)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('insurer');
    expect(verdictRows(findings)).toEqual([
      ['$12.4 billion', 'supported', ['hm-prem-2024']],
      // 12.4 / 11.1 − 1 = 11.7%, within 11.5–12.5%.
      ['12%', 'supported', ['hm-prem-2024', 'hm-prem-2023']],
      ['$11.1 billion', 'supported', ['hm-prem-2023']],
      ['94.6%', 'supported', ['hm-cr-2024']],
      ['$910 million', 'supported', ['hm-ni-2024']],
      ['6.8 million policyholders', 'supported', ['hm-members-2024']],
      ['1.1 million', 'unsourced', []],
      // Catastrophe losses are a part of the insurer's costs, not its net income.
      ['$640 million', 'unsourced', []],
      ['$1,800', 'unsourced', []],
    ]);
    expect(findings.find((f) => f.claim.text === '$640 million')!.part).toBe('catastrophe');
  });
});

// "up 22% quarter over quarter, and produced 196,000": the 22% is of the deliveries before it.
describe('EV note (an elliptical change between two metrics, plants under construction)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ev'))).toEqual([
      ['184,000 vehicles', 'supported', ['vt-del-2025q2']],
      // 184,000 / 151,000 − 1 = 21.9%, within 21.5–22.5%.
      ['22%', 'supported', ['vt-del-2025q2', 'vt-del-2025q1']],
      ['196,000', 'supported', ['vt-prod-2025q2']],
      ['151,000', 'supported', ['vt-del-2025q1']],
      ['5 factories', 'supported', ['vt-fact-2025']],
      ['21,000 cars', 'unsourced', []],
      ['$8.9 billion', 'supported', ['vt-rev-2025q2']],
      ['$48,000 per vehicle', 'unsourced', []],
      ['2', 'unsourced', []],
      ['1.2 million reservations', 'unsourced', []],
    ]);
  });
});

// "1,150 customers pay more than $100,000 a year" are some of the 21,400 customers.
describe('SaaS note (customers above a threshold)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('saas');
    expect(verdictRows(findings)).toEqual([
      ['$640 million', 'supported', ['lg-arr-2025q2']],
      // 640 / 480 − 1 = 33.3%.
      ['33%', 'supported', ['lg-arr-2025q2', 'lg-arr-2024q2']],
      ['21,400 customers', 'supported', ['lg-cust-2025q2']],
      ['118%', 'supported', ['lg-nrr-2025q2']],
      ['1,150 customers', 'unsourced', []],
      ['$100,000', 'unsourced', []],
      ['9%', 'unsourced', []],
      ['1,900 customers', 'unsourced', []],
      ['1,400 employees', 'unsourced', []],
      // Some of the customers: not compared with the 21,400.
      ['4,000 paying customers', 'unsourced', []],
    ]);
    expect(findings.at(-1)!.part).toBe('paying');
  });
});

// A word before the metric word that names a part ("advertising revenue", "credit losses") keeps
// the whole's facts from deciding the figure; a segment the facts know decides it; a verb, a time
// or another metric's word before it names no part.
describe('segments note (parts with and without a segment on file)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('segments');
    expect(verdictRows(findings)).toEqual([
      ['$12.0 billion', 'supported', ['orrin-rev-2024']],
      ['$4.1 billion', 'unsourced', []],
      ['$2.6 billion', 'supported', ['orrin-cloud-2024']],
      // 2.6 / 2.0 − 1 = 30%, the cloud segment's own growth.
      ['30%', 'supported', ['orrin-cloud-2024', 'orrin-cloud-2023']],
      ['$310 million', 'unsourced', []],
      ['$1.9 billion', 'supported', ['orrin-ni-2024']],
      ['$13.5 billion', 'supported', ['orrin-rev-2025g']],
      ['$0.9 billion', 'unsourced', []],
      ['$12.6 billion', 'supported', ['orrin-arr-2025-06']],
      ['$30 billion', 'supported', ['orrin-val-2023']],
      // A list of parts after "by segment": each label names its own figure's part.
      ['$4.1 billion', 'unsourced', []],
      ['$2.6 billion', 'supported', ['orrin-cloud-2024']],
      ['$1.2 billion', 'unsourced', []],
      ['$12.0 billion', 'supported', ['orrin-rev-2024']],
    ]);
    const parts = findings.filter((f) => f.part).map((f) => [f.claim.text, f.part, f.message]);
    expect(parts).toEqual([
      ['$4.1 billion', 'advertising', expect.stringContaining("Orrin Group's advertising revenue")],
      ['$310 million', 'credit', expect.stringContaining("Orrin Group's credit losses in 2024")],
      ['$0.9 billion', 'data center', expect.stringContaining('`segment: data center`')],
      ['$4.1 billion', 'advertising', expect.stringContaining("Orrin Group's advertising revenue in 2024")],
      ['$1.2 billion', 'devices', expect.stringContaining("Orrin Group's devices revenue")],
    ]);
  });
});

// ", of which commercial real estate made up $18 billion" is a part of the loans; provisions and
// write-offs are no net income; "in the quarter" with no quarter before it is said as written.
describe('lender note (of which, credit losses)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('lender');
    expect(verdictRows(findings)).toEqual([
      ['$96 billion', 'supported', ['fw-loans-2025q2']],
      ['$18 billion', 'unsourced', []],
      // 1.21 / 1.12 − 1 = 8.0%.
      ['8%', 'supported', ['fw-nii-2025q2', 'fw-nii-2024q2']],
      ['$1.21 billion', 'supported', ['fw-nii-2025q2']],
      ['$410 million', 'supported', ['fw-ni-2025q2']],
      ['$150 million', 'unsourced', []],
      ['$95 million', 'unsourced', []],
      ['640 branches', 'supported', ['fw-branches-2025']],
      ['45', 'unsourced', []],
      ['20', 'unsourced', []],
      ['$12 billion', 'unsourced', []],
    ]);
    expect(findings.at(-1)!.message).toBe("No fact yet for Fenwick Bancorp's mortgage lending in Q2 2025 — a part; the facts give the whole only (a fact for the part has `segment: mortgage`)");
  });
});

// Subscribers by region are parts of the total; "the two services together" is a sum of
// entities the sentence does not name one by one, so no one service's count.
describe('streaming note (a list of regions, an unnamed sum)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('streaming');
    expect(verdictRows(findings)).toEqual([
      ['118 million subscribers', 'supported', ['lumen-subs-2025q2']],
      // Two services lead clauses and neither is named in this one's: unclear, never contradicted.
      ['14 million', 'unsourced', []],
      ['41 million', 'supported', ['vireo-subs-2025q2']],
      ['52 million', 'unsourced', []],
      ['38 million', 'unsourced', []],
      ['28 million', 'unsourced', []],
      ['$4.3 billion', 'supported', ['lumen-rev-2025q2']],
      ['$36 per subscriber', 'unsourced', []],
      ['$9.5 billion', 'unsourced', []],
      ['45%', 'unsourced', []],
      ['159 million subscribers', 'unsourced', []],
      ['three times', 'unsourced', []],
      ['55 million', 'unsourced', []],
    ]);
    expect(findings.filter((f) => f.part).map((f) => f.part)).toEqual(['US and Canada', 'Europe', 'Asia Pacific']);
  });
});


// A fund named after its manager is a part of the manager ("| Calder Credit Opportunities | $38
// billion |"), as is a capitalised word before the metric word that opens a sentence ("Fee revenue").
describe('fund manager note (funds named after the firm, a part after "of which")', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('fundmanager');
    expect(verdictRows(findings)).toEqual([
      ['$412 billion', 'supported', ['cal-aum-2024']],
      // 412 / 371 − 1 = 11.1%.
      ['11%', 'supported', ['cal-aum-2024', 'cal-aum-2023']],
      ['$371 billion', 'supported', ['cal-aum-2023']],
      // "for the year" is the paragraph's year, 2024, not the compared level's "a year earlier".
      ['$18 billion', 'supported', ['cal-flows-2024']],
      ['$11 billion', 'unsourced', []],
      ['$2.9 billion', 'unsourced', []],
      // "Fee" opening the sentence is no unknown name: the heading's firm owns the paragraph.
      ['3,100 people', 'supported', ['cal-emp']],
      ['420 investment professionals', 'unsourced', []],
      ['$38 billion', 'unsourced', []],
      ['$52 billion', 'unsourced', []],
      ['$96 billion', 'unsourced', []],
      ['a quarter', 'unsourced', []],
      ['$710 million', 'supported', ['brisa-rev-2024']],
    ]);
    expect(findings.filter((f) => f.part).map((f) => f.part)).toEqual(['fee', 'Credit Opportunities', 'Global Equity']);
    expect(messageOn(findings, '$38 billion')).toBe(
      "No fact yet for Calder Capital's Credit Opportunities AUM — a part; the facts give the whole only (a fact for the part has `segment: Credit Opportunities`)",
    );
  });
});

describe('rail note (a regional share, parts of a headcount)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('rail');
    expect(verdictRows(findings)).toEqual([
      ['1.96 billion passengers', 'supported', ['nb-pax-2024']],
      // 1.96 / 1.82 − 1 = 7.7%.
      ['8%', 'supported', ['nb-pax-2024', 'nb-pax-2023']],
      ['62.5%', 'supported', ['nb-punct-2024']],
      // "regional punctuality" is a part's share, never the network's 62.5%.
      ['91%', 'unsourced', []],
      // A paragraph that names no one, under a heading that names no one: nobody's.
      ['€45.2 billion', 'unsourced', []],
      ['33,400 km', 'unsourced', []],
      ['221,000 people', 'unsourced', []],
      ['9,000', 'unsourced', []],
      ['€18 billion', 'unsourced', []],
      ['310 million passengers', 'supported', ['fl-pax-2024']],
    ]);
    expect(messageOn(findings, '91%')).toBe("No fact yet for Nordbahn AG's regional punctuality — a part; the facts give the whole only (a fact for the part has `segment: regional`)");
  });
});

describe('copper note ("up 7% on 2023", the largest mine)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('copper');
    expect(verdictRows(findings)).toEqual([
      ['812,000 tonnes', 'supported', ['k-cu-2024']],
      // "on 2023" after a change is the earlier year: 812,000 / 760,000 − 1 = 6.8%.
      ['7%', 'supported', ['k-cu-2024', 'k-cu-2023']],
      ['five mines', 'unsourced', []],
      ['310,000 tonnes', 'unsourced', []],
      ['$9.8 billion', 'unsourced', []],
      ['$1.2 billion', 'unsourced', []],
      ['$7.1 billion', 'unsourced', []],
      ['$2.4 billion', 'unsourced', []],
      ['150,000 tonnes', 'supported', ['t-cu-2024']],
      ['24,000 employees', 'supported', ['k-emp']],
    ]);
    // The growth's message does not date it by the year it started from.
    expect(messageOn(findings, '7%')).toBe("Karoo Metals plc's copper output: 7% — matches the growth derived from copper output for 2024 and 2023: 812,000 tonnes / 760,000 tonnes − 1 = 6.84%");
  });

  it('"on" a day after a change is when it happened, not the earlier time', () => {
    const { facts } = load('copper');
    const note = parseNote('---\ndate: 2025-08-15\n---\nKaroo Metals produced 812,000 tonnes of copper in 2024, up 7% on 2023.\n\nKaroo Metals copper output rose 7% on June 30, 2024.\n');
    const [first, second] = judgeNote(note, facts.index, { config: defaultConfig }).filter((f) => f.claim.text === '7%');
    expect(first!.code).toBe('supported');
    // A change on June 30, 2024 is over June 30, 2023, which no fact gives.
    expect(second!.code).toBe('unsourced');
    expect(second!.message).toContain('no facts yet for both figures the growth is derived from');
  });
});

describe('satellite note ("Quarterly revenue", a part "of it", things awaiting launch)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('satellite');
    expect(verdictRows(findings)).toEqual([
      ['4.6 million subscribers', 'supported', ['ob-subs-q3']],
      ['2.9 million', 'supported', ['ob-subs-q3-24']],
      ['6,200 satellites', 'supported', ['ob-sats']],
      ['1,500', 'unsourced', []],
      // "Quarterly" opening the sentence is no company: the heading's Orbitel owns it.
      ['$1.3 billion', 'supported', ['ob-rev-q3']],
      // 1.3 / 0.8 − 1 = 62.5%.
      ['63%', 'supported', ['ob-rev-q3', 'ob-rev-q3-24']],
      ['$410 million', 'unsourced', []],
      ['38%', 'unsourced', []],
      ['$120 billion', 'supported', ['ob-val']],
    ]);
    expect(messageOn(findings, '$410 million')).toContain('a figure for a part');
  });
});

describe('parcels note (a unit named after its group in a table)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('parcels');
    expect(verdictRows(findings)).toEqual([
      ['€6.1 billion', 'supported', ['hv-rev-q1']],
      ['€6.4 billion', 'supported', ['hv-rev-q2']],
      ['428 million', 'supported', ['hv-parcels-q2']],
      // "| Halvard Express |": a unit of Halvard, never judged by the group's figures.
      ['€1.9 billion', 'unsourced', []],
      ['€2.0 billion', 'unsourced', []],
      ['95 million', 'unsourced', []],
      ['€2.2 billion', 'supported', ['qb-rev-q2']],
      // 428 / 412 − 1 = 3.9%.
      ['3.9%', 'supported', ['hv-parcels-q2', 'hv-parcels-q1']],
      ['5.8%', 'supported', ['hv-margin-q2']],
      ['9.1%', 'unsourced', []],
      ['€4.6 billion', 'unsourced', []],
    ]);
    expect(findings.filter((f) => f.part).map((f) => f.part)).toEqual(['Express', 'Express', 'Express']);
  });
});

describe('defence note (a division, "at year-end", "Management guided")', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('defence');
    expect(verdictRows(findings)).toEqual([
      ['$14.2 billion', 'supported', ['ar-rev-2024']],
      ['10%', 'supported', ['ar-rev-2024', 'ar-rev-2023']],
      // "at year-end" after the 2024 results (and not the "than in 2023" a growth started from) is Dec 2024.
      ['$61 billion', 'supported', ['ar-backlog']],
      ['four times', 'unsourced', []],
      ['$22 billion', 'unsourced', []],
      // "Management" opening the sentence is no name: the heading's Arvik guided.
      ['$15.5 billion', 'supported', ['ar-guid-2025']],
      // "Arvik Land Systems, the armoured-vehicle division, expects…": the division's, not the group's guidance.
      ['$4 billion', 'unsourced', []],
      ['38,000 people', 'supported', ['ar-emp']],
      ['6,500', 'unsourced', []],
    ]);
  });

  it('"at year-end" with no year before it is the last year-end by the note\u2019s date; "by year-end", or one looked ahead to, the note\u2019s own year', () => {
    const { facts } = load('defence');
    const judged = (body: string) => judgeNote(parseNote(`---\ndate: 2025-03-20\n---\n${body}\n`), facts.index, { config: defaultConfig }).find((f) => f.claim.text === '$61 billion')!;
    expect(judged("Arvik's 2024 revenue was $14.2 billion. Its backlog stood at $61 billion at year-end.").code).toBe('supported');
    // In March 2025, a backlog "at year-end" is December 2024's (it was "no fact yet … 2025").
    expect(judged('Arvik Defence had an order backlog of $61 billion at year-end.').code).toBe('supported');
    expect(judged('Arvik Defence had an order backlog of $61 billion at the end of the year.').code).toBe('supported');
    for (const body of ["Arvik's 2024 revenue was $14.2 billion. Its backlog should reach $61 billion by year-end.", 'Arvik Defence expects an order backlog of $61 billion at year-end.']) {
      const f = judged(body);
      expect(f.code, body).toBe('unsourced');
      expect(f.message, body).toContain('2025');
    }
  });
});

describe('delivery note (a verb before the metric word, a tier named after the app)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('delivery');
    expect(verdictRows(findings)).toEqual([
      ['$18.4 billion', 'supported', ['fe-gmv-2024']],
      ['610 million orders', 'supported', ['fe-orders-2024']],
      ['$30', 'unsourced', []],
      ['13.6%', 'supported', ['fe-take-2024']],
      // "giving revenue of $2.5 billion": "giving" is a verb, not a kind of revenue.
      ['$2.5 billion', 'supported', ['fe-rev-2024']],
      ['$2.1 billion', 'unsourced', []],
      ['$7.9 billion', 'supported', ['di-gmv-2024']],
      ['$26.3 billion', 'unsourced', []],
      ['4.2 million members', 'unsourced', []],
    ]);
    expect(findings.filter((f) => f.part).map((f) => f.part)).toEqual(['grocery']);
  });
});

describe('league note ("In November it signed…", a deal\u2019s yearly worth)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('league');
    expect(verdictRows(findings)).toEqual([
      ['$412 million', 'supported', ['plg-rev-2024']],
      ['1.3 million', 'supported', ['plg-att-2024']],
      ['9,400 fans per game', 'unsourced', []],
      // "it" after the opening time is the Guild, which signed with StreamCo (the fact's counterparty).
      ['$1.2 billion', 'supported', ['plg-media']],
      // One year's worth of the $1.2 billion deal, never the deal.
      ['$150 million', 'unsourced', []],
      ['12 teams', 'unsourced', []],
      ['$8 million', 'unsourced', []],
      ['41,000 fans', 'unsourced', []],
    ]);
    expect(messageOn(findings, '$1.2 billion')).toContain("Premier Lacrosse Guild's media deal with StreamCo");
  });
});

describe('exchange note (volumes "of that", revenue lines)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('exchange');
    expect(verdictRows(findings)).toEqual([
      // 295 / 237 − 1 = 24.5%.
      ['24%', 'supported', ['cv-vol-q3', 'cv-vol-q2']],
      ['$295 billion', 'supported', ['cv-vol-q3']],
      ['$236 billion', 'unsourced', []],
      ['$59 billion', 'unsourced', []],
      ['$1.87 billion', 'supported', ['cv-rev-q3']],
      ['$1.05 billion', 'unsourced', []],
      ['$516 billion', 'supported', ['cv-aop']],
      ['9.7 million', 'supported', ['cv-users']],
      ['$355 million', 'unsourced', []],
    ]);
    expect(findings.filter((f) => f.part).map((f) => f.part)).toEqual(['consumer', 'transaction', 'stablecoin']);
  });
});

describe('energy note (a figure "including", "the year" after a change from 2023)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('energy');
    expect(verdictRows(findings)).toEqual([
      // "barrels of oil equivalent per day" is a rate, the facts' `boe/d` (it was left unsourced as barrels).
      ['1.21 million barrels of oil equivalent per day', 'supported', ['bo-prod-2024']],
      // The growth is derived from the production facts: 1.21 / 1.15 − 1 = 5.2%.
      ['5%', 'supported', ['bo-prod-2024', 'bo-prod-2023']],
      // Barrels, no rate: the reserves, never the production.
      ['5.4 billion barrels', 'supported', ['bo-res']],
      // "Its North Sea fields contributed 310,000 boe/d": some of its fields, a part (it was red against the whole 1.21 million).
      ['310,000 boe/d', 'unsourced', []],
      ['$6.3 billion', 'supported', ['bo-ni-2024']],
      ['$9 billion', 'supported', ['bo-capex-2025']],
      // "including $1.5 billion on low-carbon projects" is part of the $9 billion plan.
      ['$1.5 billion', 'unsourced', []],
    ]);
    // "ended the year with" after "up 5% from 2023" is the end of 2024, the sentence's own year.
    expect(messageOn(findings, '5.4 billion barrels')).toContain('at the end of 2024');
  });
});

describe('publisher note (a fiscal year said by its end, a segment row, "FY2026" is no name)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('publisher');
    expect(verdictRows(findings)).toEqual([
      // "closed its fiscal year (ending March 31)": April 2024 to March 2025, Lumen's FY2025.
      ['$3.4 billion', 'supported', ['lu-book-fy25']],
      ['12%', 'supported', ['lu-book-fy25', 'lu-book-fy24']],
      ['$3.1 billion', 'supported', ['lu-rev-fy25']],
      ['$410 million', 'supported', ['lu-ni-fy25']],
      // "in the fourth quarter", no year said: Lumen's own latest fourth quarter (January to March 2025), not the calendar's.
      ['48 million', 'supported', ['lu-mau-q4']],
      // A share of net bookings for that quarter: no facts to derive it from.
      ['61%', 'unsourced', []],
      // A row naming a title with no segment on file: a name the facts do not know, so no owner.
      ['$1.2 billion', 'unsourced', []],
      // A row naming one of Lumen's segments is Lumen's part, under the heading that names Lumen.
      ['$640 million', 'supported', ['lu-book-kings-fy25']],
      ['9,800 people', 'supported', ['lu-emp']],
      // "It guided to FY2026 net bookings of…": "FY2026" names no one who might own the figure.
      ['$3.6 billion to $3.8 billion', 'supported', ['lu-guide-fy26']],
      ['$1.9 billion', 'supported', ['co-rev-2024']],
      ['4%', 'supported', ['co-rev-2024', 'co-rev-2023']],
    ]);
    expect(messageOn(findings, '$3.4 billion')).toContain('in April 2024–March 2025');
  });
});

describe('automaker note (the first nine months, a rival set off by commas)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('automaker');
    expect(verdictRows(findings)).toEqual([
      ['118,400 vehicles', 'supported', ['vo-del-q3']],
      // January to September 2025: never the third quarter's 118,400.
      ['312,000', 'unsourced', []],
      ['17.2%', 'supported', ['vo-gm-q3']],
      // "a year earlier" counts back from the period stated last in the paragraph, the nine months:
      // no fact for January–September 2024 (the heading's quarter is not read).
      ['19.1%', 'unsourced', []],
      // "Revenue rose 9% to $14.2 billion": the level reached is Q3 2025's, the change is over a year before it.
      ['9%', 'supported', ['vo-rev-q3', 'vo-rev-q3-24']],
      ['$14.2 billion', 'supported', ['vo-rev-q3']],
      ['6.8 GWh', 'supported', ['vo-stor-q3']],
      ['$21.5 billion', 'supported', ['vo-cash-q3']],
      ['$8 billion', 'supported', ['vo-capex-25']],
      // A headcount with no time against the latest one on file.
      ['121,000', 'contradicted', ['vo-emp']],
      // "Voltra's main rival, Kestrel Auto, delivered…": the possessive describes Kestrel Auto.
      ['96,000 vehicles', 'supported', ['ke-del-q3']],
    ]);
    expect(messageOn(findings, '312,000')).toContain('January–September 2025');
  });
});

describe('hotel group note (a dividend per share, a buyback, money "from" a source)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('hotelgroup');
    expect(verdictRows(findings)).toEqual([
      ['6.5%', 'supported', ['ha-rev-24', 'ha-rev-23']],
      ['€4.1bn', 'supported', ['ha-rev-24']],
      ['4.2%', 'supported', ['ha-revpar-24', 'ha-revpar-23']],
      ['€98.50', 'supported', ['ha-revpar-24']],
      ['71.3%', 'supported', ['ha-occ-24']],
      ['69.8%', 'supported', ['ha-occ-23']],
      ['1,240 hotels', 'supported', ['ha-hotels']],
      ['214,000 rooms', 'supported', ['ha-rooms']],
      ['38,000 rooms', 'unsourced', []],
      ['96 hotels', 'unsourced', []],
      ['€512m', 'supported', ['ha-ni-24']],
      // "…, and the board proposed a dividend of €1.85 per share": per share, never the net profit.
      ['€1.85 per share', 'unsourced', []],
      // "a buyback of €300m": a noun of its own, not the revenue of the clause before.
      ['€300m', 'unsourced', []],
      // "plans to spend €900m": spending, not revenue.
      ['€900m', 'unsourced', []],
      ['€4.1bn', 'supported', ['ha-rev-24']],
      // "with a total of €1.2bn from franchise fees": a part of the revenue before it.
      ['€1.2bn', 'unsourced', []],
    ]);
    expect(messageOn(findings, '€1.85 per share')).toContain('an amount per share, which no metric of the facts files measures');
    expect(messageOn(findings, '€300m')).toContain('a buyback, which no metric');
    expect(messageOn(findings, '€1.2bn')).toContain('a figure for a part');
  });
});

describe('filings note (periods said by the day they end, year to date, trailing twelve months)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('filings');
    expect(verdictRows(findings)).toEqual([
      ['$1.93 billion', 'supported', ['co-rev-2024']],
      ['$1.93 billion', 'supported', ['co-rev-2024']],
      // The year ended March 31, 2025 is Lumen's FY2025, and the growth is over FY2024.
      ['12%', 'supported', ['lu-book-fy25', 'lu-book-fy24']],
      ['$3.4 billion', 'supported', ['lu-book-fy25']],
      // January to March 2025 is Lumen's fourth fiscal quarter.
      ['48 million', 'supported', ['lu-mau-q4']],
      // Part of 2025 and the twelve months to April 2025: never the full year 2024's $1.93 billion.
      ['$500 million', 'unsourced', []],
      ['$1.9 billion', 'unsourced', []],
    ]);
    expect(messageOn(findings, '$500 million')).toContain('January 1–May 20, 2025');
    expect(messageOn(findings, '$1.9 billion')).toContain('May 2024–April 2025');
  });
});

describe('per-share note (EPS and a dividend per share on file)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('pershare');
    expect(verdictRows(findings)).toEqual([
      ['€2.10', 'supported', ['ha-eps-24']],
      // "earnings per share were €2.10": per share, and the metric's words say so.
      ['€2.10', 'supported', ['ha-eps-24']],
      // "earned €2.10 per diluted share": per share, but no word says which metric of the two.
      ['€2.10 per diluted share', 'unsourced', []],
      ['€512m', 'supported', ['ha-ni-24']],
      // "Net profit was €512m in 2024, or €2.10 a share": never compared with the net profit.
      ['€2.10 a share', 'unsourced', []],
      ['€1.85 per share', 'supported', ['ha-dps-24']],
      ['€1.85', 'supported', ['ha-dps-24']],
    ]);
    expect(messageOn(findings, '€2.10 a share')).toContain('an amount per share; nothing near it says which (such as EPS or DPS)');
  });
});

describe('underwriter note ("(2023: £9.1bn)", "improved to 94.1% from 95.9%", "(prior year: …)")', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('underwriter');
    expect(verdictRows(findings)).toEqual([
      ['£9.8bn', 'supported', ['al-gwp-24']],
      // "(2023: £9.1bn)": the label is the figure's own time, and the compared level of the growth.
      ['£9.1bn', 'supported', ['al-gwp-23']],
      ['8%', 'supported', ['al-gwp-24', 'al-gwp-23']],
      ['94.1%', 'supported', ['al-cr-24']],
      // "from 95.9%" with no time: the period before the 94.1%'s, not the latest (it was outdated).
      ['95.9%', 'supported', ['al-cr-23']],
      ['£1.32bn', 'supported', ['al-op-24']],
      ['£870m', 'supported', ['al-ni-24']],
      // "at year-end" with no year stated in the paragraph: the last year-end by the note's date (it was the note's own year).
      ['61.2p per share', 'unsourced', []],
      ['185%', 'supported', ['al-solv-24']],
      ['140%', 'unsourced', []],
      // "Catastrophe losses totalled £310m": a part of the net losses, `segment: catastrophe`; "European" before
      // "floods" is no name now, so the heading's insurer owns both.
      ['£310m', 'unsourced', []],
      ['£120m', 'unsourced', []],
      ['14,200 employees', 'supported', ['al-emp']],
      ['9.5 million customers', 'supported', ['al-cust']],
      ['£1.32bn', 'supported', ['al-op-24']],
      // "(prior year: £1.2bn)": judged by the year before the £1.32bn's, and wrong there.
      ['£1.2bn', 'contradicted', ['al-op-23']],
      ['£9.8bn', 'supported', ['al-gwp-24']],
      ['£9.1bn', 'supported', ['al-gwp-23']],
    ]);
    expect(messageOn(findings, '£1.2bn')).toContain('the earlier sourced figure it is compared with is £1.1bn for 2023');
  });
});

describe('brewer note (volumes sold, organic growth, a table of metrics by year)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('brewer');
    expect(verdictRows(findings)).toEqual([
      // "sold 71.5 million hectolitres of beer in 2024": the year's sales, as the volume facts are per period.
      ['71.5 million hectolitres', 'supported', ['br-vol-24']],
      // 71.5 / 70.6 − 1 = 1.27%, but both facts are rounded to a tenth: 1.13–1.42% allows "1.2%".
      ['1.2%', 'supported', ['br-vol-24', 'br-vol-23']],
      ['€14.9 billion', 'supported', ['br-rev-24']],
      // "an organic increase of 5.4%": not the reported 5.7%.
      ['5.4%', 'unsourced', []],
      ['€2.6 billion', 'supported', ['br-ebitda-24']],
      ['7%', 'unsourced', []],
      ['35%', 'unsourced', []],
      // "| EBITDA (€bn) | 2.6 | 2.5 |": the row's label names the metric when the header ("2024") does not.
      ['14.9', 'supported', ['br-rev-24']],
      ['14.1', 'supported', ['br-rev-23']],
      ['2.6', 'supported', ['br-ebitda-24']],
      ['2.5', 'supported', ['br-ebitda-23']],
      ['6.8', 'supported', ['br-nd-24']],
      ['7.4', 'supported', ['br-nd-23']],
      ['€1.10 per share', 'unsourced', []],
      ['€500 million', 'unsourced', []],
      // At constant currency, on an underlying basis: organic too.
      ['2.1%', 'unsourced', []],
      ['3%', 'unsourced', []],
    ]);
    expect(messageOn(findings, '5.4%')).toContain("Brauhaus Group's revenue: 5.4% — an organic change");
  });

  it('still reads a count sold as a change when the facts count what is held', () => {
    // The realty fixture: "sold 2,000 acres" against an acreage as of a date stays a change (see above).
    const realty = judgedAtNoteDate('realty');
    const acres = realty.find((f) => f.claim.text.startsWith('2,000'))!;
    expect(acres.claim.kind).toBe('growth');
    expect(acres.code).not.toBe('contradicted');
  });
});

describe('data-center REIT note (a list of key figures, "vs.", a labelled earlier quarter)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('datacenter'))).toEqual([
      ['$1.42 billion', 'supported', ['qd-rev-q1-25']],
      ['$1.31 billion', 'supported', ['qd-rev-q1-24']],
      ['$1.77', 'supported', ['qd-ffo-q1-25']],
      ['6%', 'supported', ['qd-ffo-q1-25', 'qd-ffo-q1-24']],
      ['2.9 GW', 'supported', ['qd-cap']],
      // "of which 310 MW was signed in the quarter": a part.
      ['310 MW', 'unsourced', []],
      ['84.5%', 'supported', ['qd-occ-q1']],
      // "(Q4 2024: 83.9%)": the label is the figure's time.
      ['83.9%', 'supported', ['qd-occ-q4']],
      // The raised guidance, not the February range.
      ['$5.9 billion to $6.0 billion', 'supported', ['qd-guide-25']],
      ['4.1%', 'unsourced', []],
      // "spent $1.9 billion on development": no metric for it, never the revenue.
      ['$1.9 billion', 'unsourced', []],
      ['$4.2 billion', 'supported', ['qd-liq']],
    ]);
  });
});

describe('university note (an endowment "valued at", a fiscal year, an earlier level)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('university'))).toEqual([
      // "endowment was valued at $12.4 billion": the endowment, not a valuation.
      ['$12.4 billion', 'supported', ['hu-end-24']],
      ['9.6%', 'supported', ['hu-ret-24']],
      ['5%', 'unsourced', []],
      ['21,800 students', 'supported', ['hu-enr-24']],
      ['7,900 graduate students', 'unsourced', []],
      ['$1.1 billion', 'supported', ['hu-res-24']],
      // "up from $980 million": the fiscal year before.
      ['$980 million', 'supported', ['hu-res-23']],
      ['$62,000', 'unsourced', []],
      ['55%', 'unsourced', []],
    ]);
  });
});

describe('chipmaker note (a 52-week fiscal quarter said by the day it ended)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('chipmaker'))).toEqual([
      // "its fiscal second quarter, ended August 2, 2025": May 3 to August 2, within days of FY2026-Q2 (fiscal year to January 31).
      ['$3.9 billion', 'supported', ['sb-rev-q2-26']],
      // "up 21% from a year earlier": the same days of 2024, Q2 FY2025.
      ['21%', 'supported', ['sb-rev-q2-26', 'sb-rev-q2-25']],
      ['62.5%', 'supported', ['sb-gm-q2-26']],
      // "up 310 basis points year over year": 62.5% − 59.4%, in basis points.
      ['310 basis points', 'supported', ['sb-gm-q2-26', 'sb-gm-q2-25']],
      // "more than doubled to $2.1 billion": from the data-center revenue a year before the level reached.
      ['doubled', 'supported', ['sb-dc-q2-26', 'sb-dc-q2-25']],
      ['$2.1 billion', 'supported', ['sb-dc-q2-26']],
      ['half', 'unsourced', []],
      ['1.4 million accelerators', 'supported', ['sb-acc-q2-26']],
      // "For the third quarter" with no "fiscal" is the calendar's: the fiscal quarter's guidance is not compared.
      ['$4.2 billion', 'supported', ['sb-guide-q3']],
      ['2%', 'unsourced', []],
    ]);
  });
});

describe('shipping note (a half year, levels "from" and "compared with", a change since December)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('shipping');
    expect(verdictRows(findings)).toEqual([
      ['4.1 million', 'supported', ['nv-vol-h1-25']],
      // 4.1 / 4.23 − 1 = −3.07%: "3% fewer".
      ['3%', 'supported', ['nv-vol-h1-25', 'nv-vol-h1-24']],
      ['$9.8 billion', 'supported', ['nv-rev-h1-25']],
      // "fell to $9.8 billion from $11.2 billion": the half year before.
      ['$11.2 billion', 'supported', ['nv-rev-h1-24']],
      ['$1.1 billion', 'supported', ['nv-ebit-h1-25']],
      ['$2.3 billion', 'supported', ['nv-ebit-h1-24']],
      ['310 vessels', 'supported', ['nv-fleet']],
      ['2.4 million', 'supported', ['nv-cap']],
      ['40%', 'unsourced', []],
      ['46 ships', 'unsourced', []],
      ['$6 billion', 'unsourced', []],
      ['$3.2 billion', 'supported', ['nv-nd-jun']],
      // "down $0.4 billion since December": $3.6 billion at December 31 less $3.2 billion.
      ['$0.4 billion', 'supported', ['nv-nd-jun', 'nv-nd-dec']],
    ]);
    expect(messageOn(findings, '$3.2 billion')).toContain('$3.2 billion on June 30, 2025');
  });
});

describe('freight note (a labelled half year, a nine-month volume, the 12 months to June, "compared with")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('freight'))).toEqual([
      ['$9.8 billion', 'supported', ['nv-rev-h1-25']],
      // "(H1 2024: $11.2 billion)".
      ['$11.2 billion', 'supported', ['nv-rev-h1-24']],
      // "nine-month volume": January–September 2024 in a July 2025 note, never H1 2025's 4.1 million.
      ['6.2 million', 'unsourced', []],
      // "the 12 months to June 2025": never H1's revenue.
      ['$20 billion', 'unsourced', []],
      ['$9.8 billion', 'supported', ['nv-rev-h1-25']],
      ['$11.2 billion', 'supported', ['nv-rev-h1-24']],
      ['$1.1 billion', 'supported', ['nv-ebit-h1-25']],
      // "compared with $2.3 billion in the prior-year period": the half year before, not outdated.
      ['$2.3 billion', 'supported', ['nv-ebit-h1-24']],
    ]);
  });
});

describe('steelmaker note (a plural custom unit, CO2, "a year earlier" with no period before it)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('steelmaker');
    expect(verdictRows(findings)).toEqual([
      // The facts file writes `unit: tonnes`, the note "tonnes": one unit in either number.
      ['31.4 million tonnes', 'supported', ['fx-steel-24']],
      ['5%', 'supported', ['fx-steel-24', 'fx-steel-23']],
      ['33.0 million tonnes', 'supported', ['fx-steel-23']],
      ['$24.6 billion', 'supported', ['fx-rev-24']],
      // "Its Scope 1 emissions … of CO2": "CO2" is no unknown owner that hides the heading's.
      ['58.2 million tonnes', 'supported', ['fx-s1-24']],
      // "from 62.9 million tonnes a year earlier": a year before the figure it is compared with, not the note's April.
      ['62.9 million tonnes', 'supported', ['fx-s1-23']],
      ['7.5%', 'supported', ['fx-s1-24', 'fx-s1-23']],
      ['1.85 tonnes', 'supported', ['fx-int-24']],
      ['1.4 tonnes', 'unsourced', []],
      ['$2.1 billion', 'supported', ['fx-capex-24']],
      ['$600 million', 'unsourced', []],
      ['12%', 'supported', ['fx-dri-24']],
      ['9%', 'unsourced', []],
      ['30%', 'unsourced', []],
      // "Ferrox's emissions fell 9%": "emissions" alone is no metric's word (Scope 1 or intensity?).
      ['9%', 'unsourced', []],
    ]);
    expect(messageOn(findings, '5%')).toContain('31.4 million tonnes / 33 million tonnes');
    expect(messageOn(findings, '62.9 million tonnes')).toContain('62.9 million tonnes a year earlier — matches the earlier sourced figure');
  });
  it('reads "Mt" and "kt" after a bare number as million and thousand tonnes, and leaves "mt" unread', () => {
    const { facts, note } = load('steelmaker');
    const judge = (written: string) => judgeNote(parseNote(note.text.replace('31.4 million tonnes', written)), facts.index, { config: defaultConfig })[0]!;
    expect(judge('31.4 Mt').code).toBe('supported');
    expect(judge('31,400 kt').code).toBe('supported');
    expect([judge('33.9 Mt').code, judge('33.9 Mt').message]).toEqual(['contradicted', expect.stringContaining('33.9 Mt in 2024 — the sourced figure is 31.4 Mt')]);
    // A metric ton or a million: which, the note does not say; never red as a bare 31.4.
    expect([judge('31.4 mt').code, judge('31.4 mt').message]).toEqual(['unsourced', expect.stringContaining('written in mt, a unit Claimcheck does not read')]);
  });
});

describe('airport note (a figure "alone" after a comma, a change ended by the clause before it, "grew 16%, to")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('airport'))).toEqual([
      ['48.3 million passengers', 'supported', ['av-pax-24']],
      // "48.3 million passengers in 2024, 9.5% more than in 2023, and 3.6 million in December": 2024's change, never December's.
      ['9.5%', 'supported', ['av-pax-24', 'av-pax-23']],
      ['3.6 million', 'supported', ['av-pax-dec']],
      ['3.3 million', 'supported', ['av-pax-dec23']],
      ['392,000', 'supported', ['av-mov-24']],
      ['48.3', 'supported', ['av-pax-24']],
      ['44.1', 'supported', ['av-pax-23']],
      ['1,310', 'supported', ['av-ebitda-24']],
      ['1,150', 'supported', ['av-ebitda-23']],
      ['€2.41 billion', 'supported', ['av-rev-24']],
      ['€1.12 billion', 'supported', ['av-aero-24']],
      ['€860 million', 'supported', ['av-retail-24']],
      ['36%', 'supported', ['av-retail-24', 'av-rev-24']],
      ['54%', 'unsourced', []],
      ['71%', 'supported', ['av-ot-24']],
      ['€95 million', 'unsourced', []],
      ['€17.80', 'unsourced', []],
      // "EBITDA grew 16%, to €1.31 billion": 1.31 / 1.15 − 1 = 13.9%, planted wrong.
      ['16%', 'contradicted', ['av-ebitda-24', 'av-ebitda-23']],
      ['€1.31 billion', 'supported', ['av-ebitda-24']],
      ['12%', 'unsourced', []],
    ]);
  });
});

describe('hospital note (a fiscal year\'s month named, "a margin of" after an operating margin)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('hospital'))).toEqual([
      // "fiscal 2025 (June year end)": the month says when the year ends, it is no period of the figure.
      ['$8.4 billion', 'supported', ['mh-rev-fy25']],
      ['6.3%', 'supported', ['mh-rev-fy25', 'mh-rev-fy24']],
      ['$7.9 billion', 'supported', ['mh-rev-fy24']],
      ['1.8%', 'supported', ['mh-om-fy25']],
      // "a loss margin of -0.6% the year before": the operating margin again.
      ['-0.6%', 'supported', ['mh-om-fy24']],
      ['4,150 licensed beds', 'supported', ['mh-beds']],
      ['11 hospitals', 'unsourced', []],
      ['212,000', 'supported', ['mh-adm-fy25']],
      ['1.1 million', 'supported', ['mh-er-fy25']],
      // "Liquidity is solid at 182 days…": a capitalised word opening the paragraph still hides the heading's owner.
      ['182 days', 'unsourced', []],
      ['14,200 registered nurses', 'supported', ['mh-rn']],
      ['16%', 'unsourced', []],
      ['22%', 'unsourced', []],
      ['$90 million', 'unsourced', []],
      ['$8.8 billion', 'unsourced', []],
    ]);
  });
});

describe('luxury note (regions named clause by clause, "4% above" an earlier level)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('luxury');
    expect(verdictRows(findings)).toEqual([
      ['€7.8 billion', 'supported', ['mv-rev-h1']],
      // "4% above the €7.5 billion of the first half of 2024": a change from that level.
      ['4%', 'supported', ['mv-rev-h1', 'mv-rev-h1-24']],
      ['€7.5 billion', 'supported', ['mv-rev-h1-24']],
      // "Asia brought in €2.9 billion": no metric word in reach.
      ['€2.9 billion', 'unsourced', []],
      // "… and Europe €2.3 billion": Europe's, never Asia's €2.9 billion.
      ['€2.3 billion', 'supported', ['mv-rev-eu-h1']],
      ['two-thirds', 'unsourced', []],
      ['8%', 'supported', ['mv-op-h1', 'mv-op-h1-24']],
      ['€2.2 billion', 'supported', ['mv-op-h1']],
      ['28.2%', 'unsourced', []],
      ['612 boutiques', 'supported', ['mv-stores']],
      ['14', 'unsourced', []],
      ['55%', 'unsourced', []],
      ['€1,900', 'unsourced', []],
      // "H1 revenue rose 6%": 4% derived, planted wrong.
      ['6%', 'contradicted', ['mv-rev-h1', 'mv-rev-h1-24']],
    ]);
    expect(messageOn(findings, '€2.3 billion')).toContain("Maison Verlaine's Europe revenue");
  });
});

describe('grain note (a possessive year, a table in "(Mt)", prices of a crop, "C$")', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('grain');
    expect(verdictRows(findings)).toEqual([
      ['8,400 member farms', 'supported', ['pg-members']],
      ['1.45 million hectares', 'supported', ['pg-area-24']],
      ['4.6 million tonnes', 'supported', ['pg-wheat-24']],
      ['18%', 'supported', ['pg-wheat-24', 'pg-wheat-23']],
      // "up 18% on 2023's 3.9 million tonnes": the possessive year is the 3.9 million's.
      ['3.9 million tonnes', 'supported', ['pg-wheat-23']],
      ['2.1 million tonnes', 'supported', ['pg-canola-24']],
      ['3.2 tonnes per hectare', 'supported', ['pg-yield-24']],
      // "C$3.8 billion": the "C" is a currency's, no unknown owner.
      ['C$3.8 billion', 'supported', ['pg-rev-24']],
      // "helped by a 6% rise in canola prices": prices, never the canola harvest (nor the revenue before).
      ['6%', 'unsourced', []],
      // "| Wheat | 4.6 |" under "2024 (Mt)": megatonnes, million tonnes.
      ['4.6', 'supported', ['pg-wheat-24']],
      ['3.9', 'supported', ['pg-wheat-23']],
      ['2.1', 'supported', ['pg-canola-24']],
      ['2.4', 'supported', ['pg-canola-23']],
      ['15%', 'unsourced', []],
      // "wheat exports rose 6%", "canola prices fell 12%": not the harvests (17.9% and -12.5%).
      ['6%', 'unsourced', []],
      ['12%', 'unsourced', []],
    ]);
    expect(messageOn(findings, '4.6')).toContain('matches the sourced figure, 4.6 for 2024');
  });
});

describe('restaurant note (a change named after it, a change to the level reached, "72 more than a year earlier")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('restaurant'))).toEqual([
      ['12.9%', 'supported', ['br-rev-q3', 'br-rev-q3-24']],
      ['$412 million', 'supported', ['br-rev-q3']],
      ['3.1%', 'supported', ['br-sss-q3']],
      // "driven by a 4.0% increase in average check, partly offset by 0.9% lower traffic": each names what changed.
      ['4.0%', 'unsourced', []],
      ['0.9%', 'unsourced', []],
      ['684 restaurants', 'supported', ['br-units-q3']],
      // 684 − 612 a year before the 684's fact.
      ['72', 'supported', ['br-units-q3', 'br-units-q3-24']],
      ['$2.45 million', 'supported', ['br-auv']],
      // "contracted 150 basis points to 18.4%": from the margin a year before the level reached (19.9%).
      ['150 basis points', 'supported', ['br-rlm-q3', 'br-rlm-q3-24']],
      ['18.4%', 'supported', ['br-rlm-q3']],
      // "as beef costs rose 11%": never the restaurant count ("restaurant" is inside "restaurant-level margin").
      ['11%', 'unsourced', []],
      ['34%', 'supported', ['br-dig']],
      ['80 to 85 openings', 'unsourced', []],
      ['700 locations', 'supported', ['br-units-q3']],
      // "increased by $47 million, or 12.9%, to $412 million": the same change as a percent.
      ['$47 million', 'supported', ['br-rev-q3', 'br-rev-q3-24']],
      ['12.9%', 'supported', ['br-rev-q3', 'br-rev-q3-24']],
      ['$412 million', 'supported', ['br-rev-q3']],
      ['$412 million', 'supported', ['br-rev-q3']],
      // "versus $365 million last year": the same quarter a year before, not 2024 as a whole.
      ['$365 million', 'supported', ['br-rev-q3-24']],
      ['3.1%', 'supported', ['br-sss-q3']],
      // "(traffic -0.9%, check +4.0%)": labelled drivers, never same-store sales.
      ['-0.9%', 'unsourced', []],
      ['+4.0%', 'unsourced', []],
      ['$1.5 billion', 'supported', ['br-rev-24']],
      // "2024 revenue … versus $1.3 billion last year": 2023.
      ['$1.3 billion', 'supported', ['br-rev-23']],
    ]);
  });
});

describe('sovereign note (a budget deficit is no budget plan, a bond\'s tenor)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('sovereign');
    expect(verdictRows(findings)).toEqual([
      // "budget deficit": "budgets" (a verb of plans) is read as written, never as "budget".
      ['4.2%', 'supported', ['vd-def-24']],
      ['5.1%', 'supported', ['vd-def-23']],
      ['4.6%', 'supported', ['vd-tax-24', 'vd-tax-23']],
      ['€271 billion', 'supported', ['vd-tax-24']],
      ['€318 billion', 'supported', ['vd-spend-24']],
      ['112.5%', 'supported', ['vd-debt-24']],
      ['€14.8 billion', 'supported', ['vd-defb-25']],
      ['1.6%', 'unsourced', []],
      // "The 10-year yield was 3.42%": the tenor is no figure.
      ['3.42%', 'supported', ['vd-yield']],
      ['90 basis points', 'unsourced', []],
      ['3%', 'unsourced', []],
    ]);
    expect(messageOn(findings, '€14.8 billion')).toContain('€14.8 billion in 2025 —');
  });
});

describe('phrasings note (one year\'s results said eleven ways)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('phrasings'))).toEqual([
      ['$5.0 billion', 'supported', ['o-rev-24']],
      // "revenue of $5.0 billion grew 25%": no time, no level it grew to.
      ['25%', 'unsourced', []],
      // "was up 25% at $5.0 billion": the level reached.
      ['25%', 'supported', ['o-rev-24', 'o-rev-23']],
      ['$5.0 billion', 'supported', ['o-rev-24']],
      ['$5.0bn', 'supported', ['o-rev-24']],
      ['$4.0bn', 'supported', ['o-rev-23']],
      // "(2023: $4.0bn), +25%": a plus sign makes a change.
      ['+25%', 'supported', ['o-rev-24', 'o-rev-23']],
      ['$5 billion', 'supported', ['o-rev-24']],
      ['25%', 'supported', ['o-rev-24', 'o-rev-23']],
      ['25%', 'supported', ['o-rev-24', 'o-rev-23']],
      ['25%', 'supported', ['o-rev-24', 'o-rev-23']],
      ['$5.0 billion', 'supported', ['o-rev-24']],
      // "margins widened 200bp to 20%".
      ['200bp', 'supported', ['o-m-24', 'o-m-23']],
      ['20%', 'supported', ['o-m-24']],
      // "grew for the fifth straight year, by 25%": nothing in its clause says what.
      ['25%', 'unsourced', []],
      ['12 million users', 'supported', ['o-u-24']],
      ['2 million', 'supported', ['o-u-24', 'o-u-23']],
      // "grew 20% to 12 million": users as of a date, the figure about a year before.
      ['20%', 'supported', ['o-u-24', 'o-u-23']],
      ['12 million', 'supported', ['o-u-24']],
      ['25%', 'supported', ['o-rev-24', 'o-rev-23']],
    ]);
  });
});

describe('staples note (organic growth and its parts, volumes in cases)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('staples'))).toEqual([
      ['1.7%', 'supported', ['hb-rev-24', 'hb-rev-23']],
      ['$18.2 billion', 'supported', ['hb-rev-24']],
      // "Organic sales grew 3%, with price/mix up 5 points and volumes down 2%": no reported figure gives them.
      ['3%', 'unsourced', []],
      ['5 points', 'unsourced', []],
      ['2%', 'unsourced', []],
      ['1.3', 'unsourced', []],
      ['1.02 billion cases', 'supported', ['hb-vol-24']],
      ['2.9%', 'supported', ['hb-vol-24', 'hb-vol-23']],
      ['16.4%', 'supported', ['hb-om-24']],
      ['$3.12', 'supported', ['hb-eps-24']],
      ['6%', 'unsourced', []],
      ['41%', 'unsourced', []],
      ['33%', 'unsourced', []],
      // "Input costs rose 4%": costs are no metric here.
      ['4%', 'unsourced', []],
      ['2% to 4%', 'unsourced', []],
    ]);
  });
});

describe('charging note (ports as of a date, energy in GWh, a margin in basis points)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('charging'))).toEqual([
      ['31,200 charging ports', 'supported', ['vg-ports-q2']],
      ['30%', 'supported', ['vg-ports-q2', 'vg-ports-q2-24']],
      ['24,000', 'supported', ['vg-ports-q2-24']],
      ['410 GWh', 'supported', ['vg-energy-q2']],
      ['41%', 'supported', ['vg-energy-q2', 'vg-energy-q2-24']],
      ['290 GWh', 'supported', ['vg-energy-q2-24']],
      ['9.8 million sessions', 'supported', ['vg-sess-q2']],
      ['$96 million', 'supported', ['vg-rev-q2']],
      ['$9.80 per session', 'unsourced', []],
      ['17.5%', 'supported', ['vg-util-q2']],
      ['230 basis points', 'supported', ['vg-gm-q2', 'vg-gm-q2-24']],
      ['31.2%', 'supported', ['vg-gm-q2']],
      // "Average session: about 42 kWh": one typical item.
      ['42 kWh', 'unsourced', []],
      ['40%', 'unsourced', []],
      ['98.6%', 'unsourced', []],
      // "added roughly 7,000 ports over the past year": a start with no period dates nothing, so the latest count and the one a year before decide (31,200 − 24,000).
      ['7,000 ports', 'supported', ['vg-ports-q2', 'vg-ports-q2-24']],
      ['50,000', 'unsourced', []],
    ]);
  });
});

describe('travel note (bookings, room nights guided as a range, a take rate)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('travel'))).toEqual([
      ['$41.2 billion', 'supported', ['wf-gb-q1']],
      ['9%', 'supported', ['wf-gb-q1', 'wf-gb-q1-24']],
      // "(up 11% in constant currency)".
      ['11%', 'unsourced', []],
      ['7.8%', 'supported', ['wf-rn-q1', 'wf-rn-q1-24']],
      ['319 million', 'supported', ['wf-rn-q1']],
      ['5-7%', 'unsourced', []],
      ['$4.76 billion', 'supported', ['wf-rev-q1']],
      ['11.6%', 'supported', ['wf-tr-q1']],
      ['$1.11 billion', 'supported', ['wf-ebitda-q1']],
      ['23%', 'unsourced', []],
      ['$1.95 billion', 'supported', ['wf-mkt-q1']],
      ['a third', 'unsourced', []],
      ['1%', 'unsourced', []],
      ['$192', 'unsourced', []],
      ['3% to 5%', 'unsourced', []],
    ]);
  });
});

describe('newspaper note (subscribers of two kinds, ARPU in dollars per subscriber)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('newspaper'))).toEqual([
      // "added about 300,000 … in the quarter": net additions over a quarter are not derived from two dates yet.
      ['300,000', 'unsourced', []],
      ['11.4 million', 'unsourced', []],
      // "…, and 12 million subscribers in total": the figure's own noun, never the digital-only count before it.
      ['12 million subscribers', 'supported', ['dl-tsubs-q3']],
      ['$390 million', 'supported', ['dl-drev-q3']],
      ['half', 'supported', ['dl-drev-q3', 'dl-rev-q3']],
      ['$700 million', 'supported', ['dl-rev-q3']],
      // "…rose 4.8% to $132 million, and digital-only ARPU was $9.70 a month": the other clause's "a month" is no rate of the 4.8%.
      ['4.8%', 'supported', ['dl-ad-q3', 'dl-ad-q3-24']],
      ['$132 million', 'supported', ['dl-ad-q3']],
      ['$9.70', 'unsourced', []],
      ['9%', 'unsourced', []],
      ['$40 million', 'unsourced', []],
      ['$132 million', 'supported', ['dl-ad-q3']],
      // "…, and ARPU was $9.70": ARPU's value (dollars per subscriber, its words bound to the figure), never the advertising revenue's.
      ['$9.70', 'supported', ['dl-arpu-q3']],
    ]);
  });
});

describe('oilmajor note (a figure "of" its metric, barrels, a table in thousands)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('oilmajor');
    expect(verdictRows(findings)).toEqual([
      // "barrels of oil equivalent per day" is a rate of barrels, as `boe/d` is; "$68.40 a barrel" is a price per barrel, as `USD/bbl` is.
      ['1.84 million barrels of oil equivalent per day', 'supported', ['pt-prod-q3']],
      ['4.5%', 'supported', ['pt-prod-q3', 'pt-prod-q3-24']],
      ['$68.40 a barrel', 'supported', ['pt-price-q3']],
      ['$79', 'unsourced', []],
      ['15%', 'unsourced', []],
      ['$5.6 billion', 'supported', ['pt-ni-q3']],
      ['18%', 'supported', ['pt-ni-q3', 'pt-ni-q3-24']],
      ['$6.8 billion', 'supported', ['pt-ni-q3-24']],
      ['$4.9 billion', 'supported', ['pt-up-q3']],
      ['$5.2 billion', 'supported', ['pt-fcf-q3']],
      // "Free cash flow of $5.2 billion covered $3.5 billion of share repurchases": each figure its own word.
      ['$3.5 billion', 'supported', ['pt-bb-q3']],
      ['$0.99 per share', 'unsourced', []],
      // "Production (kboe/d)": a scale Claimcheck does not read.
      ['1,840', 'unsourced', []],
      ['1,760', 'unsourced', []],
      ['5.6', 'supported', ['pt-ni-q3']],
      ['6.8', 'supported', ['pt-ni-q3-24']],
      ['1.85 to 1.90 million boe/d', 'unsourced', []],
    ]);
    // Never red against 1.84 million: the message says which scale would match and how to write it.
    expect(messageOn(findings, '1,840')).toContain('in thousands it would match the sourced figure, 1,840,000');
  });
});

describe('cinema note (a per-ticket price bound to its words, "food and beverage revenue", an earlier snapshot)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cinema'))).toEqual([
      ['48.2 million tickets', 'supported', ['mq-att-q2']],
      ['14%', 'supported', ['mq-att-q2', 'mq-att-q2-24']],
      ['42.3 million', 'supported', ['mq-att-q2-24']],
      ['$612 million', 'supported', ['mq-adm-q2']],
      // "food and beverage revenue reached $398 million": a metric's words across the clause's "and".
      ['$398 million', 'supported', ['mq-fnb-q2']],
      // "Average ticket price: $12.70": a plain money figure bound to a per-ticket metric's words is that metric's.
      ['$12.70', 'supported', ['mq-atp-q2']],
      // "…, against $12.20 in Q2 2024": an elliptical comparison's figure, of the same per-ticket metric.
      ['$12.20', 'supported', ['mq-atp-q2-24']],
      ['$8.26', 'supported', ['mq-fpp-q2']],
      ['5,480', 'supported', ['mq-screens-q2']],
      // "5,480, down from 5,610": the earlier level of a figure as of a date, the snapshot before it (not `outdated`).
      ['5,610', 'supported', ['mq-screens-q2-24']],
      ['22.4%', 'supported', ['mq-share-q2']],
      ['$171 million', 'supported', ['mq-ebitda-q2']],
      ['17%', 'unsourced', []],
      // Net debt $4.1 billion on file: planted wrong.
      ['$3.9 billion', 'contradicted', ['mq-nd-q2']],
      ['48.2', 'supported', ['mq-att-q2']],
      ['42.3', 'supported', ['mq-att-q2-24']],
      ['1,010', 'unsourced', []],
      ['905', 'unsourced', []],
      ['190 to 200 million', 'unsourced', []],
    ]);
  });
});

describe('betting note (a place something happens in, a swing to a profit)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('betting'))).toEqual([
      ['$11.4 billion', 'supported', ['wl-handle-q3']],
      ['21%', 'supported', ['wl-handle-q3', 'wl-handle-q3-24']],
      ['$1.08 billion', 'supported', ['wl-ggr-q3']],
      ['9.5%', 'supported', ['wl-hold-q3']],
      ['25%', 'supported', ['wl-nr-q3', 'wl-nr-q3-24']],
      ['$1.15 billion', 'supported', ['wl-nr-q3']],
      ['4.1 million', 'supported', ['wl-mup-q3']],
      // "…live in 26 states after launching in Missouri": a place something happens in owns no figure.
      ['26 states', 'supported', ['wl-states']],
      ['33%', 'supported', ['wl-ig-q3', 'wl-ig-q3-24']],
      ['$520 million', 'supported', ['wl-ig-q3']],
      // "Adjusted EBITDA swung to a profit of $142 million from a loss of $39 million": profit and loss give the sign only.
      ['$142 million', 'supported', ['wl-ebitda-q3']],
      ['$39 million', 'supported', ['wl-ebitda-q3-24']],
      ['18%', 'unsourced', []],
      // "Guidance: …": a capitalised label opening a sentence is read as a name (left as it is).
      ['$4.9 billion to $5.1 billion', 'unsourced', []],
    ]);
  });
});

describe('medtech note (a change after its level, a name in passing, "a year ago" compared)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('medtech'))).toEqual([
      ['$2.31 billion', 'supported', ['cv-rev-q3']],
      // "revenue of $2.31 billion for the quarter, up 7.9%": the change written after the level it reached.
      ['7.9%', 'supported', ['cv-rev-q3', 'cv-rev-q3-24']],
      ['6.8%', 'unsourced', []],
      ['$1.02 billion', 'supported', ['cv-cardio-q3']],
      ['11%', 'supported', ['cv-neuro-q3', 'cv-neuro-q3-24']],
      ['$410 million', 'supported', ['cv-neuro-q3']],
      // "The installed base of Helix surgical robots": a name in the figure's own sentence may own it.
      ['1,240 systems', 'unsourced', []],
      ['19%', 'unsourced', []],
      // …but in the sentence before, a name in passing gives the paragraph no other owner.
      ['65.2%', 'supported', ['cv-gm-q3']],
      // "compared with 64.1% a year ago": a year before the figure compared with (64.6% on file), not before today.
      ['64.1%', 'contradicted', ['cv-gm-q3-24']],
      ['6.5%–7%', 'unsourced', []],
      // "Corvant raised its 2025 organic growth outlook …": a raised outlook is no funding raised.
      ['$3.05 to $3.10', 'unsourced', []],
      ['$1,020m', 'supported', ['cv-cardio-q3']],
      // "| Segment | Q3 2025 revenue | Growth |": a change column takes its metric and period from the headers left of it,
      // its segment from the row (both were unsourced).
      ['5.2%', 'supported', ['cv-cardio-q3', 'cv-cardio-q3-24']],
      ['$410m', 'supported', ['cv-neuro-q3']],
      ['11%', 'supported', ['cv-neuro-q3', 'cv-neuro-q3-24']],
    ]);
  });
});

describe('fertilizer note (tonnes, a price per tonne, a half year)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('fertilizer'))).toEqual([
      ['7.9 million tonnes', 'supported', ['nt-k-h1']],
      ['7.4 million tonnes', 'supported', ['nt-k-h1-24']],
      ['$278 per tonne', 'supported', ['nt-price-h1']],
      ['5.6 million tonnes', 'supported', ['nt-n-h1']],
      ['$2.65 billion', 'supported', ['nt-ebitda-h1']],
      ['12%', 'supported', ['nt-ebitda-h1', 'nt-ebitda-h1-24']],
      ['$1.1 billion', 'supported', ['nt-fcf-h1']],
      ['$980 million', 'unsourced', []],
      // Net debt $9.3 billion on file: planted wrong.
      ['$9.8 billion', 'contradicted', ['nt-nd-h1']],
      ['$0.54 per share', 'unsourced', []],
      ['13.9–14.5 million tonnes', 'unsourced', []],
      // "(Mt)": a scale Claimcheck does not read, so the row's figures stay unsourced.
      ['7.9', 'supported', ['nt-k-h1']],
      ['7.4', 'supported', ['nt-k-h1-24']],
      ['2.65', 'supported', ['nt-ebitda-h1']],
      ['2.37', 'supported', ['nt-ebitda-h1-24']],
      ['94%', 'unsourced', []],
    ]);
  });
});

describe('transit note (a June fiscal year, an average fare)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('transit'))).toEqual([
      ['412 million riders', 'supported', ['mta-rides-fy25']],
      ['6%', 'supported', ['mta-rides-fy25', 'mta-rides-fy24']],
      ['1.38 million', 'supported', ['mta-wkday-fy25']],
      ['82%', 'unsourced', []],
      ['$655 million', 'supported', ['mta-fare-fy25']],
      ['24%', 'unsourced', []],
      ['$2.9 billion', 'supported', ['mta-budget-fy25']],
      // "state and local subsidies": the clause after "and" reads "local" as a part (left as it is).
      ['$1.6 billion', 'unsourced', []],
      ['88.5%', 'supported', ['mta-otp-fy25']],
      // 86.4% on file for fiscal 2024: planted wrong.
      ['86.1%', 'contradicted', ['mta-otp-fy24']],
      ['1,870 vehicles', 'supported', ['mta-fleet']],
      ['410', 'unsourced', []],
      ['$14.2 billion', 'unsourced', []],
      ['five years', 'unsourced', []],
      // "The average fare paid was $1.59": a metric's words holding "average" are no typical item.
      ['$1.59', 'supported', ['mta-avgfare-fy25']],
      ['25-cent', 'unsourced', []],
    ]);
  });
});

describe('lumora note (the guards of the rules above: wrong figures stay red, unbound ones unsourced)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('lumora'))).toEqual([
      ['$1.01 billion', 'supported', ['lu-rev-q2']],
      // "Revenue was $1.01 billion, up 9.9%": 1.01 / 0.905 − 1 = 11.6%.
      ['9.9%', 'contradicted', ['lu-rev-q2', 'lu-rev-q2-24']],
      ['$13.70', 'contradicted', ['lu-atp-q2']],
      // "Ticket price: $12.70" names no metric's words.
      ['$12.70', 'unsourced', []],
      // "Higher average ticket prices added $40 million": not bound to the price, so no price of one ticket.
      ['$40 million', 'unsourced', []],
      ['5,480', 'supported', ['lu-screens']],
      // "down from 5,710": the snapshot before it is 5,610.
      ['5,710', 'contradicted', ['lu-screens-24']],
      ['$171 million', 'supported', ['lu-ebitda-q2']],
      // "from a loss of $15 million in Q2 2024": a $12 million loss on file.
      ['$15 million', 'contradicted', ['lu-ebitda-q2-24']],
      // "raised its full-year outlook to $4.2 billion": no investment.
      ['$4.2 billion', 'unsourced', []],
      ['1,900 screens', 'unsourced', []],
      ['61.5%', 'supported', ['lu-gm-q2']],
      ['60.2%', 'supported', ['lu-gm-q2-24']],
      ['9 and 65 projectors', 'unsourced', []],
      // "It now has 85 screens" after "delivered to Tanquen Foundry": the pronoun may stand for that name.
      ['85 screens', 'unsourced', []],
      // "Revenue in Europe": a part, or another owner; never the whole.
      ['$300 million', 'unsourced', []],
    ]);
  });
});

describe('cruise note (a fiscal quarter, "the same quarter last year")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cruise'))).toEqual([
      ['3.4 million guests', 'supported', ['au-guests-q3']],
      ['110%', 'supported', ['au-occ-q3']],
      ['108%', 'supported', ['au-occ-q3-24']],
      ['4.6%', 'unsourced', []],
      ['$8.2 billion', 'supported', ['au-rev-q3']],
      // "10% more than in the same quarter last year": a year before the level it follows (8.2 / 7.9 − 1 = 3.8%), not 2024 as a whole.
      ['10%', 'contradicted', ['au-rev-q3', 'au-rev-q3-24']],
      ['$2.1 billion', 'supported', ['au-ani-q3']],
      ['$186', 'supported', ['au-onb-q3']],
      ['12 ships', 'unsourced', []],
      // "Its newest ship … carries 5,400 guests": a part, never the 3.4 million.
      ['5,400 guests', 'unsourced', []],
      ['$7.9 billion', 'supported', ['au-dep-q3']],
      ['$6.30', 'unsourced', []],
      ['$8.2 billion', 'supported', ['au-rev-q3']],
      // "in the third quarter of fiscal 2025, against $7.9 billion in the same quarter last year": the fiscal quarter a year before.
      ['$7.9 billion', 'supported', ['au-rev-q3-24']],
      ['110%', 'supported', ['au-occ-q3']],
      // "compared with 109% in the same period a year earlier": counted from the fiscal quarter the sentence states, not from the compared one (108% on file).
      ['109%', 'contradicted', ['au-occ-q3-24']],
    ]);
  });
});

describe('dating note (a per-user price after a change, "flat on last year", what is left of an authorization)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('dating'))).toEqual([
      ['14.1 million paying users', 'supported', ['ll-pay-q3']],
      ['5%', 'supported', ['ll-pay-q3', 'll-pay-q3-24']],
      ['8%', 'supported', ['ll-arppu-q3', 'll-arppu-q3-24']],
      // "Average revenue per paying user rose 8% to $17.40": was red as revenue ($915 million); the per-user metric's words name it.
      ['$17.40', 'supported', ['ll-arppu-q3']],
      ['$915 million', 'supported', ['ll-rev-q3']],
      // "$915 million, flat on last year, and adjusted EBITDA came in at $302 million": where the flat change started is no later figure's time.
      ['$302 million', 'supported', ['ll-ebitda-q3']],
      ['33%', 'unsourced', []],
      ['$200 million', 'supported', ['ll-bb-q3']],
      // "has $1.1 billion left under its authorization": what is left, never the $200 million repurchased (was red).
      ['$1.1 billion', 'unsourced', []],
      ['28%', 'unsourced', []],
      ['$870 million to $880 million', 'unsourced', []],
    ]);
  });
});

describe('lithography note (results against guidance, a table of two quarters)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('lithography'))).toEqual([
      ['€5.4 billion', 'supported', ['lf-orders-q3']],
      ['€3.6 billion', 'unsourced', []],
      ['€33 billion', 'supported', ['lf-backlog-q3']],
      ['€7.5 billion', 'supported', ['lf-sales-q3']],
      // "Net sales were €7.5 billion, at the top of guidance, with a gross margin of 51.6%": results measured against guidance.
      ['51.6%', 'supported', ['lf-gm-q3']],
      ['42%', 'unsourced', []],
      ['47%', 'unsourced', []],
      // "China accounted for 42% …. The company shipped 12 EUV systems": an unknown subject before; "The company" may be it (left as it is).
      ['12', 'unsourced', []],
      ['11', 'unsourced', []],
      ['€1.1 billion', 'supported', ['lf-rnd-q3']],
      ['15%', 'unsourced', []],
      ['15%', 'unsourced', []],
      ['7.7', 'supported', ['lf-sales-q2']],
      ['53.7%', 'supported', ['lf-gm-q2']],
      ['7.5', 'supported', ['lf-sales-q3']],
      ['51.6%', 'supported', ['lf-gm-q3']],
    ]);
  });
});

describe('wind note (gigawatts and terawatt-hours, changes "respectively")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('wind'))).toEqual([
      ['21.4 GW', 'supported', ['gf-cap-h1']],
      ['1.3 GW', 'unsourced', []],
      ['31.2 TWh', 'supported', ['gf-gen-h1']],
      // 31.2 / 29.9 − 1 = 4.3%: planted wrong.
      ['7%', 'contradicted', ['gf-gen-h1', 'gf-gen-h1-24']],
      ['€62 per MWh', 'supported', ['gf-ppa-h1']],
      ['€2.9 billion', 'supported', ['gf-ebitda-h1']],
      ['€1.05 billion', 'supported', ['gf-np-h1']],
      // "EBITDA came to €2.9 billion and net profit to €1.05 billion, up 4% and down 2% respectively": each change its own metric and level.
      ['4%', 'supported', ['gf-ebitda-h1', 'gf-ebitda-h1-24']],
      ['2%', 'supported', ['gf-np-h1', 'gf-np-h1-24']],
      ['11 GW', 'unsourced', []],
      ['€30 billion', 'unsourced', []],
      ['900 MW', 'unsourced', []],
    ]);
  });
});

describe('broker note (a transitive "grew revenue 11%", a per-share dividend compared with the one before)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('broker'))).toEqual([
      // "grew revenue 11% to $4.62 billion": a verb's object between it and the percent.
      ['11%', 'supported', ['hw-rev-q3', 'hw-rev-q3-24']],
      ['$4.62 billion', 'supported', ['hw-rev-q3']],
      ['6%', 'unsourced', []],
      ['80 basis points', 'supported', ['hw-margin-q3', 'hw-margin-q3-24']],
      ['32.4%', 'supported', ['hw-margin-q3']],
      ['9 acquisitions', 'unsourced', []],
      ['$180 million', 'unsourced', []],
      ['$13.2 billion', 'supported', ['hw-debt-q3']],
      ['52,000 colleagues', 'supported', ['hw-emp']],
      ['130 countries', 'unsourced', []],
      ['$0.60 per share', 'supported', ['hw-dps-q3']],
      // "a quarterly dividend of $0.60 per share, up from $0.55": the plain figure is the per-share level before (was `outdated`).
      ['$0.55', 'supported', ['hw-dps-q2']],
    ]);
  });
});

describe('cement note (facts for the first nine months, a per-tonne figure)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cement'))).toEqual([
      // `period: 2025-01/2025-09`: a fact for the first nine months, as the note says them.
      ['84.2 million tonnes', 'supported', ['cc-vol-9m']],
      // "2.1% less than a year earlier": the same nine months of 2024 (84.2 / 86.0 − 1 = −2.1%).
      ['2.1%', 'supported', ['cc-vol-9m', 'cc-vol-9m-24']],
      ['39 million cubic metres', 'unsourced', []],
      ['6%', 'supported', ['cc-ebitda-9m', 'cc-ebitda-9m-24']],
      ['€3.46 billion', 'supported', ['cc-ebitda-9m']],
      // "or €41.1 per tonne of cement": a per-tonne metric's own words.
      ['€41.1 per tonne', 'supported', ['cc-ept-9m']],
      ['€11.9 billion', 'supported', ['cc-sales-9m']],
      ['€1.52 billion', 'supported', ['cc-ni-9m']],
      ['521 kg per tonne', 'unsourced', []],
      ['6% to 8%', 'unsourced', []],
    ]);
  });
});

describe('casino note (a segment in a sentence of its own, "a year ago" compared, rooms)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('casino'))).toEqual([
      ['$2.21 billion', 'supported', ['bc-rev-q3']],
      // "compared with $2.05 billion a year ago": the quarter a year before the one compared with.
      ['$2.05 billion', 'supported', ['bc-rev-q3-24']],
      // "Macau contributed $1.14 billion": no metric word in its sentence (left as it is; never red).
      ['$1.14 billion', 'unsourced', []],
      ['$0.81 billion', 'unsourced', []],
      ['$780 million', 'supported', ['bc-ebitda-q3']],
      ['35.3%', 'unsourced', []],
      ['96%', 'supported', ['bc-occ-q3']],
      ['$350 million', 'supported', ['bc-ret-q3']],
      ['11 properties', 'unsourced', []],
      // "about 21,000" agrees with 21,400 within the approximation.
      ['21,000 hotel rooms', 'supported', ['bc-rooms']],
      ['$1.2 billion to $1.4 billion', 'unsourced', []],
    ]);
  });
});

describe('marketplace note (GMV, a take rate from and to, an operating loss a year earlier)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('marketplace'))).toEqual([
      ['$12.6 billion', 'supported', ['bz-gmv-q2']],
      ['16%', 'supported', ['bz-gmv-q2', 'bz-gmv-q2-24']],
      ['14.8%', 'supported', ['bz-take-q2']],
      // "improved to 14.8% from 14.1%": the earlier level.
      ['14.1%', 'supported', ['bz-take-q2-24']],
      ['97 million', 'supported', ['bz-buyers-q2']],
      ['$1.87 billion', 'supported', ['bz-mrev-q2']],
      ['38%', 'supported', ['bz-ad-q2', 'bz-ad-q2-24']],
      ['$312 million', 'supported', ['bz-ad-q2']],
      ['$205 million', 'supported', ['bz-oi-q2']],
      // "against an operating loss of $41 million a year earlier": signed, and a year before.
      ['$41 million', 'supported', ['bz-oi-q2-24']],
      ['$3.4 billion', 'supported', ['bz-cash-q2']],
      ['12,600 employees', 'unsourced', []],
      ['14% to 16%', 'unsourced', []],
    ]);
  });
});

describe('autoparts note (a change of something no metric names, per-vehicle content, money returned)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('autoparts'))).toEqual([
      ['$4.35 billion', 'supported', ['tv-sales-q3']],
      ['3%', 'supported', ['tv-sales-q3', 'tv-sales-q3-24']],
      // "as light-vehicle production in North America and Europe rose 1% and 2%, respectively": production's, never a sales growth (was red).
      ['1%', 'unsourced', []],
      ['2%', 'unsourced', []],
      ['$1,250', 'supported', ['tv-cpv-q3']],
      // "Content per vehicle reached $1,250, against $1,190 a year earlier": the per-vehicle metric, a year before.
      ['$1,190', 'supported', ['tv-cpv-q3-24']],
      ['$402 million', 'supported', ['tv-ebit-q3']],
      ['9.2%', 'supported', ['tv-margin-q3']],
      ['$268 million', 'supported', ['tv-fcf-q3']],
      ['$5.1 billion', 'supported', ['tv-book-9m']],
      ['$17.0 billion to $17.4 billion', 'unsourced', []],
      // "plans to return $600 million to shareholders": no sales figure (was `inconsistent` with the guidance).
      ['$600 million', 'unsourced', []],
    ]);
  });
});

describe("dairy note (a facts file's own metric on a built-in word, some of the profit, a table in €bn)", () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('dairy');
    expect(verdictRows(findings)).toEqual([
      // "sales rose 4%", "net profit fell 9%": the facts file's `group_sales` and `net_profit`, not the built-in revenue and net income
      // words "sales" and "net profit" share (both were `unsourced`).
      ['4%', 'supported', ['vd-sales-25', 'vd-sales-24']],
      ['€13.1 billion', 'supported', ['vd-sales-25']],
      ['9%', 'supported', ['vd-np-25', 'vd-np-24']],
      ['€412 million', 'supported', ['vd-np-25']],
      ['13.9 million tonnes', 'supported', ['vd-milk-25']],
      ['2.1%', 'supported', ['vd-milk-25', 'vd-milk-24']],
      ['14.2 million tonnes', 'supported', ['vd-milk-24']],
      ['8,120 member farmers', 'supported', ['vd-members-25']],
      ['8,460', 'supported', ['vd-members-24']],
      // €12.6 billion on file: planted wrong.
      ['€12.9 billion', 'contradicted', ['vd-sales-24']],
      // "Group sales in 2024 were €12.9 billion, and net profit was €455 million": the sentence's one period, in its subject, is both figures' (was `outdated`).
      ['€455 million', 'supported', ['vd-np-24']],
      ['22,300 people', 'supported', ['vd-emp-25']],
      // "pay out €180 million of the profit": some of the profit, not the profit (was red).
      ['€180 million', 'unsourced', []],
      ['13.1', 'supported', ['vd-sales-25']],
      ['12.6', 'supported', ['vd-sales-24']],
      ['412', 'supported', ['vd-np-25']],
      // €455 million on file: planted wrong.
      ['445', 'contradicted', ['vd-np-24']],
    ]);
    const fell = findings.find((f) => f.claim.text === '9%')!;
    // A fall's formula keeps the sign of its result.
    expect(fell.derivation?.formula).toBe('€412M / €455M − 1 = -9.45%');
    expect(fell.message.startsWith("Valdmark Dairy's net profit: 9% — matches the growth derived")).toBe(true);
    // A cell of a "(€m)" row is written, and fixed, in millions: never "455,000,000".
    const cell = findings.find((f) => f.claim.text === '445')!;
    expect(cell.suggestion).toBe('455');
    expect(cell.message).toBe("Valdmark Dairy's net profit: 445 in 2024 — the sourced figure is 455 for 2024 (Feb 2025)");
    expect(findings.find((f) => f.claim.text === '8,120 member farmers')!.message).toContain('8,120 member farmers at the end of 2025 —');
  });
});

describe('hollin note (customers, capacity and earnings of its own, "at the end of the year")', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('hollin');
    expect(verdictRows(findings)).toEqual([
      ['7.4 million customers', 'supported', ['hl-cust-25']],
      ['7%', 'supported', ['hl-cust-25', 'hl-cust-24']],
      // "storage capacity rose 28% to 3.2 GWh": the facts file's capacity in Wh, not the built-in power in W (was `unsourced`).
      ['28%', 'supported', ['hl-stor-25', 'hl-stor-24']],
      ['3.2 GWh', 'supported', ['hl-stor-25']],
      // "Adjusted earnings grew 16%": the facts file's `adjusted_earnings`, not the built-in net income's "earnings".
      ['16%', 'supported', ['hl-earn-25', 'hl-earn-24']],
      ['£410 million', 'supported', ['hl-earn-25']],
      // "was 11.8% at the end of the year" after "in 2025": the end of the paragraph's year, not of the note's (2026).
      ['11.8%', 'supported', ['hl-share-25']],
      ['9,450 people', 'supported', ['hl-emp-25']],
      // 2.5 GWh on file: planted wrong.
      ['2.6 GWh', 'contradicted', ['hl-stor-24']],
      ['£352 million', 'supported', ['hl-earn-24']],
      // The built-in power (W), with no facts: never judged against the storage capacity (Wh).
      ['1.1 GW', 'unsourced', []],
    ]);
  });
});

describe('rental note (vehicles sold are no fleet, ids that abbreviate, prices in cents)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('rental');
    expect(verdictRows(findings)).toEqual([
      ['3%', 'supported', ['rv-rev-q3', 'rv-rev-q3-24']],
      ['$2.71 billion', 'supported', ['rv-rev-q3']],
      ['12%', 'supported', ['rv-ebitda-q3', 'rv-ebitda-q3-24']],
      ['$312 million', 'supported', ['rv-ebitda-q3']],
      ['$355 million', 'supported', ['rv-ebitda-q3-24']],
      ['4%', 'supported', ['rv-fleet-q3', 'rv-fleet-q3-24']],
      ['612,000 vehicles', 'supported', ['rv-fleet-q3']],
      ['83.4%', 'supported', ['rv-util-q3']],
      ['80.9%', 'supported', ['rv-util-q3-24']],
      ['$47.10', 'supported', ['rv-rpd-q3']],
      ['2%', 'supported', ['rv-rpd-q3', 'rv-rpd-q3-24']],
      ['$297', 'supported', ['rv-dpu-q3']],
      ['$336', 'supported', ['rv-dpu-q3-24']],
      // "Transaction days: 52.4 million": a bare number counts the days a metric's words name (`unit: days`, "transaction days").
      ['52.4 million', 'supported', ['rv-days-q3']],
      ['$10.3 billion to $10.5 billion', 'unsourced', []],
      // "sold 41,000 vehicles", "retired 9,000 older vehicles": vehicles that came or went, not the average fleet (both were red).
      ['41,000 vehicles', 'unsourced', []],
      ['$450 per vehicle', 'unsourced', []],
      ['9,000 older vehicles', 'unsourced', []],
      ['2,710', 'supported', ['rv-rev-q3']],
      ['2,640', 'supported', ['rv-rev-q3-24']],
      ['312', 'supported', ['rv-ebitda-q3']],
      // $355 million on file: planted wrong.
      ['365', 'contradicted', ['rv-ebitda-q3-24']],
      ['83.4%', 'supported', ['rv-util-q3']],
      ['80.9%', 'supported', ['rv-util-q3-24']],
    ]);
    const message = (text: string): string => findings.find((f) => f.claim.text === text)!.message;
    // `rpd`, `adj_ebitda`: named by the facts file's words; a price in cents keeps its cents.
    expect(message('$47.10')).toBe("Rentavia's total revenue per day: $47.10 — matches the sourced figure, $47.10 for Q3 2025 (Oct 2025)");
    expect(message('365')).toBe("Rentavia's adjusted EBITDA: 365 in Q3 2024 — the sourced figure is 355 for Q3 2024 (Oct 2024)");
  });
});

describe('tollroad note (kilometres, a term that runs to a year)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('tollroad');
    expect(verdictRows(findings)).toEqual([
      ['4.5%', 'supported', ['va-toll-h1', 'va-toll-h1-24']],
      ['€1.84 billion', 'supported', ['va-toll-h1']],
      ['2.1%', 'supported', ['va-traffic-h1', 'va-traffic-h1-24']],
      // "24.1 billion kilometres" is a length in km, as the facts file's `unit: km` (was a noun of its own: unsourced).
      ['24.1 billion kilometres', 'supported', ['va-traffic-h1']],
      ['€1.29 billion', 'supported', ['va-ebitda-h1']],
      ['70.1%', 'supported', ['va-margin-h1']],
      ['€1.22 billion', 'supported', ['va-ebitda-h1-24']],
      ['€9.8 billion', 'supported', ['va-nd-h1']],
      ['€412 million', 'supported', ['va-capex-h1']],
      // "3,020 km of motorway under concessions that run to 2038": the concessions' term is no time of the network's.
      ['3,020 km', 'supported', ['va-network']],
      // "Tolls will rise by 1.8% from January": a plan, never compared with the half's toll revenue.
      ['1.8%', 'unsourced', []],
      ['24%', 'unsourced', []],
    ]);
    expect(findings.find((f) => f.claim.text === '2.1%')!.derivation?.formula).toBe('24.1 billion kilometres / 23.6 billion kilometres − 1 = 2.12%');
  });
});

describe('chem note (price, volume and currency effects are no sales growth)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('chem'))).toEqual([
      ['3%', 'supported', ['kc-sales-q3', 'kc-sales-q3-24']],
      ['€3.42 billion', 'supported', ['kc-sales-q3']],
      // "as volumes declined 2% and prices were 1% lower; currency effects cut another 1%": each measures its own noun
      // ("prices were 1% lower" was red as a sales growth).
      ['2%', 'unsourced', []],
      ['1%', 'unsourced', []],
      ['1%', 'unsourced', []],
      ['€498 million', 'supported', ['kc-ebitda-q3']],
      ['4%', 'supported', ['kc-ebitda-q3', 'kc-ebitda-q3-24']],
      ['14.6%', 'supported', ['kc-margin-q3']],
      ['€212 million', 'supported', ['kc-fcf-q3']],
      ['€4.9 billion', 'supported', ['kc-nfd-q3']],
      ['€1.9 billion to €2.0 billion', 'supported', ['kc-outlook-25']],
      ['1,500 jobs', 'unsourced', []],
      ['€400 million', 'unsourced', []],
    ]);
  });
});

describe('biotech note (a trial is no owner, a widening loss, the control arm)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('biotech');
    expect(verdictRows(findings)).toEqual([
      ['$1.24 billion', 'supported', ['am-cash-q3']],
      ['23%', 'supported', ['am-rnd-q3', 'am-rnd-q3-24']],
      ['$186 million', 'supported', ['am-rnd-q3']],
      ['$214 million', 'supported', ['am-ni-q3']],
      // "the net loss widened to $214 million from $176 million a year earlier": the earlier level is a loss too (was red).
      ['$176 million', 'supported', ['am-ni-q3-24']],
      ['$38 million', 'supported', ['am-collab-q3']],
      // "In the phase 3 TALON-2 trial, which enrolled 612 patients, …": a trial's name is no owner; the heading's company is.
      ['612 patients', 'supported', ['am-enrolled']],
      ['42%', 'supported', ['am-orr']],
      // "against 27% for the control arm": another arm's.
      ['27%', 'unsourced', []],
      ['11.2 months', 'supported', ['am-pfs']],
      ['7.9 months', 'unsourced', []],
      ['0.68', 'unsourced', []],
      ['18%', 'unsourced', []],
    ]);
    expect(findings.find((f) => f.claim.text === '42%')!.message).toBe("Ambrel Therapeutics' objective response rate: 42% — matches the sourced figure, 42% (Oct 2025)");
  });
});

describe('salmon note (EBIT per kg after EBIT, a change dated by the figure set against it, a dividend declared)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('salmon');
    expect(verdictRows(findings)).toEqual([
      ['98,400 tonnes', 'supported', ['nh-harvest-q3']],
      ['8%', 'supported', ['nh-harvest-q3', 'nh-harvest-q3-24']],
      // "fell 18% to NOK 1.92 billion, or NOK 19.50 per kg, against NOK 25.80 per kg in Q3 2024": Q3 2024 is where
      // the change started, not its end (was unsourced).
      ['18%', 'supported', ['nh-ebit-q3', 'nh-ebit-q3-24']],
      ['NOK 1.92 billion', 'supported', ['nh-ebit-q3']],
      // "Operational EBIT … NOK 19.50 per kg": the metric whose words are "operational EBIT per kg" (was unsourced).
      ['NOK 19.50 per kg', 'supported', ['nh-epk-q3']],
      ['NOK 25.80 per kg', 'supported', ['nh-epk-q3-24']],
      ['22%', 'unsourced', []],
      ['NOK 67.20', 'supported', ['nh-cpk-q3']],
      ['NOK 12.6 billion', 'supported', ['nh-rev-q3']],
      ['520,000 tonnes', 'supported', ['nh-guide-25']],
      // "maintained its 2025 harvest guidance … and declared a dividend of NOK 2.50 per share": a result (was read as guidance).
      ['NOK 2.50 per share', 'supported', ['nh-dps-q3']],
      ['NOK 310 million', 'unsourced', []],
    ]);
    expect(findings.find((f) => f.claim.text === 'NOK 19.50 per kg')!.message).toBe("Nordhav Seafood's EBIT per kg: NOK 19.50 per kg — matches the sourced figure, NOK 19.50 per kg for Q3 2025 (Nov 2025)");
  });
});

describe('deal note (an offer per share, enterprise value, synergies, shares are no market share)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('deal');
    expect(verdictRows(findings)).toEqual([
      ['$45 per share', 'supported', ['vm-price']],
      // "a 32% premium to Venmar's closing price": two companies lead the sentence's clauses, so whose is unclear.
      ['32%', 'unsourced', []],
      ['$12.4 billion', 'supported', ['vm-ev']],
      // "values Venmar at $12.4 billion …, or about 14 times its 2024 EBITDA": the enterprise value named before it over EBITDA.
      ['14 times', 'supported', ['vm-ev', 'vm-ebitda-24']],
      ['$880 million', 'supported', ['vm-ebitda-24']],
      ['$3.1 billion', 'supported', ['vm-rev-24']],
      ['$300 million', 'supported', ['hv-syn']],
      ['4%', 'unsourced', []],
    ]);
    // "Harlow shares have fallen 4%": the stock, not the market share on file.
    const shares = findings.find((f) => f.claim.text === '4%')!;
    expect(shares.metric).toBeUndefined();
    expect(shares.message).not.toContain('market share');
  });
});

describe('health note (members, a cost ratio in basis points, guidance "of at least")', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('health');
    expect(verdictRows(findings)).toEqual([
      ['14.2 million medical members', 'supported', ['cd-mem-q3']],
      ['700,000', 'supported', ['cd-mem-q3', 'cd-mem-q3-24']],
      ['11%', 'supported', ['cd-prem-q3', 'cd-prem-q3-24']],
      ['$24.6 billion', 'supported', ['cd-prem-q3']],
      ['88.4%', 'supported', ['cd-mcr-q3']],
      ['230 basis points', 'supported', ['cd-mcr-q3', 'cd-mcr-q3-24']],
      ['86.1%', 'supported', ['cd-mcr-q3-24']],
      ['14%', 'supported', ['cd-eps-q3', 'cd-eps-q3-24']],
      ['$5.20', 'supported', ['cd-eps-q3']],
      // "expects full-year adjusted EPS of at least $20.00": a hedge between a per-share metric's words and its figure (was unsourced).
      ['$20.00', 'supported', ['cd-eps-guide']],
      // "down from at least $21.50 previously": an earlier guidance no fact gives, never red.
      ['$21.50', 'unsourced', []],
      ['62%', 'unsourced', []],
    ]);
    const message = (text: string): string => findings.find((f) => f.claim.text === text)!.message;
    // An id the facts file writes in capitals ("MCR") is named so; counts in millions in words.
    expect(message('88.4%')).toBe("Caldera Health's MCR: 88.4% — matches the sourced figure, 88.4% for Q3 2025 (Oct 2025)");
    expect(findings.find((f) => f.claim.text === '700,000')!.derivation?.formula).toBe('14.2 million members − 13.5 million members = 700,000');
  });
});

describe('segtable note (change columns: "YoY" beside a revenue column, "Change" between two quarters)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('segtable');
    expect(verdictRows(findings)).toEqual([
      ['9%', 'supported', ['qg-rev-q3', 'qg-rev-q3-24']],
      ['€2.84 billion', 'supported', ['qg-rev-q3']],
      ['1,620', 'supported', ['qg-fash-q3']],
      // "| Segment | Q3 2025 revenue (€m) | YoY |": the revenue column's metric, the row's segment, year over year.
      ['+4.5%', 'supported', ['qg-fash-q3', 'qg-fash-q3-24']],
      ['780', 'supported', ['qg-home-q3']],
      // €780M / €660M − 1 = 18.2%: planted wrong.
      ['+21%', 'contradicted', ['qg-home-q3', 'qg-home-q3-24']],
      ['2,840', 'supported', ['qg-rev-q3']],
      ['+9%', 'supported', ['qg-rev-q3', 'qg-rev-q3-24']],
      ['2,840', 'supported', ['qg-rev-q3']],
      ['2,700', 'supported', ['qg-rev-q2']],
      // "| | Q3 2025 | Q2 2025 | Change |": from the earlier header's quarter to the later one's, not a year back.
      ['+5%', 'supported', ['qg-rev-q3', 'qg-rev-q2']],
    ]);
    const wrong = findings.find((f) => f.claim.text === '+21%')!;
    expect(wrong.message).toBe("Quillo Group's home revenue: +21% — the growth derived from revenue for Q3 2025 and Q3 2024: €780M / €660M − 1 = +18.2%");
    // The fix writes the column's way: with its plus sign.
    expect(wrong.suggestion).toBe('+18%');
  });
});

describe('water note (a half of a March fiscal year, a regulated asset base, a rate per day)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('water'))).toEqual([
      // "in the six months to September" for a March year end: H1 FY2026, over H1 FY2025.
      ['12%', 'supported', ['tw-rev-h1', 'tw-rev-h1-prev']],
      ['£1.36 billion', 'supported', ['tw-rev-h1']],
      ['£1.05 billion', 'supported', ['tw-capex-h1']],
      ['£21.4 billion', 'supported', ['tw-rcv']],
      ['71.2%', 'supported', ['tw-gearing']],
      // "512 megalitres a day" against `unit: megalitres`: no metric is a rate of megalitres, so the count's decides.
      ['512 megalitres a day', 'supported', ['tw-leak']],
      ['16 million customers', 'supported', ['tw-cust']],
      ['24%', 'unsourced', []],
      ['five years', 'unsourced', []],
    ]);
  });
});

describe('watch note (constant currency, a quote, a footnote, a margin in basis points)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('watch'))).toEqual([
      ['4%', 'supported', ['hh-sales-h1', 'hh-sales-h1-24']],
      ['CHF 4.21 billion', 'supported', ['hh-sales-h1']],
      // "(down 1% at constant exchange rates)": an organic change, which reported figures do not give.
      ['1%', 'unsourced', []],
      // In a block quote: "We delivered 412,000 watches".
      ['412,000 watches', 'supported', ['hh-watches-h1']],
      ['240 basis points', 'supported', ['hh-margin-h1', 'hh-margin-h1-24']],
      ['18.9%', 'supported', ['hh-margin-h1']],
      // Regions no facts file gives.
      ['9%', 'unsourced', []],
      ['17%', 'unsourced', []],
      // The footnote's franc.
      ['3%', 'unsourced', []],
    ]);
  });
});

describe('memory note (a step of its own clause, a part of a segment, a raised capex plan)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('memory'))).toEqual([
      ['21%', 'supported', ['kx-rev-q3', 'kx-rev-q2']],
      ['$9.8 billion', 'supported', ['kx-rev-q3']],
      // "jumped 21% sequentially …, and was 36% higher than a year earlier": over the year, not the quarter (was red).
      ['36%', 'supported', ['kx-rev-q3', 'kx-rev-q3-24']],
      ['$7.4 billion', 'supported', ['kx-dram-q3']],
      // "with high-bandwidth memory making up 38% of it": a part of the DRAM segment, never compared with total revenue.
      ['38%', 'unsourced', []],
      ['46.1%', 'supported', ['kx-gm-q3']],
      ['39.5%', 'unsourced', []],
      ['$14 billion to $15 billion', 'supported', ['kx-capex-25']],
    ]);
  });
});

describe('tobacco note (smoke-free revenue, units shipped, a share of total revenue; a gap that stays unsourced)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('tobacco'))).toEqual([
      ['17%', 'supported', ['vt-sf-q3', 'vt-sf-q3-24']],
      ['$4.1 billion', 'supported', ['vt-sf-q3']],
      // "or 38% of total net revenues of $10.8 billion": a share of another metric, smoke-free revenue over revenue.
      ['38%', 'supported', ['vt-sf-q3', 'vt-rev-q3']],
      ['$10.8 billion', 'supported', ['vt-rev-q3']],
      ['8.9%', 'supported', ['vt-htu-q3', 'vt-htu-q3-24']],
      ['39.2 billion units', 'supported', ['vt-htu-q3']],
      // "while cigarette volumes declined 2.1%": no time and no level of its own in the sentence (never red).
      ['2.1%', 'unsourced', []],
    ]);
  });
});

describe('macro note (a quarter against the previous one and a year before; monthly rates)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('macro'))).toEqual([
      // "grew 0.6% in the third quarter of 2025 from the previous quarter": the quarter before the sentence's, not the note date's.
      ['0.6%', 'supported', ['nl-gdp-q3', 'nl-gdp-q2']],
      ['€92.4 billion', 'supported', ['nl-gdp-q3']],
      // "…, and was 2.6% larger than a year earlier": its own clause's start, not the sentence's first.
      ['2.6%', 'supported', ['nl-gdp-q3', 'nl-gdp-q3-24']],
      ['2.4%', 'supported', ['nl-cpi-oct']],
      ['2.7%', 'supported', ['nl-cpi-sep']],
      ['4.1%', 'supported', ['nl-ur-oct']],
      ['3.25%', 'supported', ['nl-pr']],
      // Exports and household consumption: no facts, and never red.
      ['3.1%', 'unsourced', []],
      ['0.4%', 'unsourced', []],
    ]);
  });
});

describe('social note (users, per-user revenue, a headcount a year ago)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('social'))).toEqual([
      ['412 million', 'supported', ['ch-dau-q3']],
      ['9%', 'supported', ['ch-dau-q3', 'ch-dau-q3-24']],
      ['690 million', 'supported', ['ch-mau-q3']],
      ['$3.1 billion', 'supported', ['ch-rev-q3']],
      ['14%', 'supported', ['ch-rev-q3', 'ch-rev-q3-24']],
      ['$2.72 billion', 'supported', ['ch-rev-q3-24']],
      // "accounted for 94% of the total": a whole the sentence does not name (never red).
      ['94%', 'unsourced', []],
      ['$7.52', 'supported', ['ch-arpu-q3']],
      ['$7.18', 'supported', ['ch-arpu-q2']],
      ['6%', 'supported', ['ch-cost-q3', 'ch-cost-q3-24']],
      ['$2.3 billion', 'supported', ['ch-cost-q3']],
      ['26%', 'supported', ['ch-om-q3']],
      ['11,400', 'supported', ['ch-hc']],
      // "8% fewer than a year ago", after "at the end of September": September 2024, not October (the note's date).
      ['8%', 'supported', ['ch-hc', 'ch-hc-24']],
    ]);
  });
  it("never gives a figure of a name the facts do not know to a known name in another clause", () => {
    const { facts } = load('social');
    const note = parseNote([
      '---', 'date: 2025-10-30', '---', '# Chirpline', '',
      // Chirpline's own headcount fell 8%: a 7.9% "at Phaquenli" was red as Chirpline's.
      'Headcount at Phaquenli grew 7.9% year over year, while Chirpline had 412 million daily active users in the third quarter.', '',
      // A fronted change: "Up" is no name that hides the heading's owner, and the change is of the level after it.
      'Up 9% year over year, daily active users reached 412 million in the third quarter of 2025.', '',
    ].join('\n'));
    expect(judgeNote(note, facts.index, { config: defaultConfig }).map((f) => [f.claim.text, f.code])).toEqual([
      ['7.9%', 'unsourced'],
      ['412 million daily active users', 'supported'],
      ['9%', 'supported'],
      ['412 million', 'supported'],
    ]);
  });
});

describe('ride note (bookings by segment, trips, guidance; a buyback with no facts)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ride'))).toEqual([
      ['18%', 'supported', ['zm-gb-q3', 'zm-gb-q3-24']],
      ['$46.3 billion', 'supported', ['zm-gb-q3']],
      ['3.3 billion trips', 'supported', ['zm-trips-q3']],
      ['20%', 'supported', ['zm-trips-q3', 'zm-trips-q3-24']],
      ['$23.1 billion', 'supported', ['zm-gb-mob-q3']],
      ['$22.2 billion', 'supported', ['zm-gb-del-q3']],
      ['16%', 'supported', ['zm-rev-q3', 'zm-rev-q3-24']],
      ['$13.0 billion', 'supported', ['zm-rev-q3']],
      // "a take rate of 28.1%": no metric of the facts measures it (never red).
      ['28.1%', 'unsourced', []],
      ['180 million', 'supported', ['zm-mapc-q3']],
      ['$2.3 billion', 'supported', ['zm-ebitda-q3']],
      ['33%', 'supported', ['zm-ebitda-q3', 'zm-ebitda-q3-24']],
      ['$2.2 billion', 'supported', ['zm-fcf-q3']],
      // "repurchased $1.5 billion of its shares in the quarter": no facts; its time is "in the quarter", not the next figure's "fourth-quarter".
      ['$1.5 billion', 'unsourced', []],
      ['$48.25 billion to $49.75 billion', 'supported', ['zm-gb-guide-q4']],
    ]);
  });
  it('dates the buyback by its own clause', () => {
    const buyback = judgedAtNoteDate('ride').find((f) => f.claim.text === '$1.5 billion')!;
    expect(buyback.claim.time?.text).toBe('in the quarter');
  });
});

describe('refiner note (a unit with a prefix, a margin per barrel, buybacks within shareholder returns)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('refiner');
    expect(verdictRows(findings)).toEqual([
      // "1,420 kb/d" against facts in b/d: 1,420 thousand b/d (it was red as a bare 1,420).
      ['1,420', 'supported', ['cr-tp-q3']],
      ['94%', 'supported', ['cr-ut-q3']],
      ['$14.80 per barrel', 'supported', ['cr-rm-q3']],
      ['$11.20', 'supported', ['cr-rm-q3-24']],
      ['$612 million', 'supported', ['cr-ni-q3']],
      ['$2.05 per share', 'supported', ['cr-eps-q3']],
      // "returned $700 million to shareholders": the metric's words are split around the figure (never red).
      ['$700 million', 'unsourced', []],
      // "including $450 million of buybacks": included in the returns, and the buybacks' own figure.
      ['$450 million', 'supported', ['cr-bb-q3']],
      // "1.42 mb/d": a prefix whose scale depends on who writes it (it was red as a bare 1.42).
      ['1.42', 'unsourced', []],
    ]);
    expect(messageOn(findings, '1,420')).toContain('1,420 thousand b/d in the quarter — matches the sourced figure, 1.42 million b/d');
    expect(messageOn(findings, '1.42')).toContain('written in mb/d, a unit Claimcheck does not read (the facts are in b/d)');
    // No fix writes the facts' number before the note's own unit.
    expect(findings.find((f) => f.claim.text === '1,420')!.suggestion).toBeUndefined();
  });
  it('says which unit would make a per-barrel figure the metric a whole amount names', () => {
    const facts = loadFacts([{ file: 'f.yaml', text: readFileSync('test/judge/fixtures/refiner-facts.yaml', 'utf8').replaceAll('USD/barrel', 'USD') }], { today: '2026-12-31' });
    const findings = judgeNote(parseNote(readFileSync('test/judge/fixtures/refiner-note.md', 'utf8')), facts.index, { config: defaultConfig });
    expect(findings.find((f) => f.claim.text === '$14.80 per barrel')!.code).toBe('unsourced');
    expect(messageOn(findings, '$14.80 per barrel')).toContain("an amount per barrel, while the facts' refining margin is in USD (give it `unit: USD/barrel`");
  });
  it('reads a 1,480 kb/d that the facts contradict as thousands, and is red', () => {
    const { facts, note } = load('refiner');
    const wrong = parseNote(note.text.replace('1,420 kb/d', '1,480 kb/d'));
    const v = judgeNote(wrong, facts.index, { config: defaultConfig }).find((f) => f.claim.text === '1,480')!;
    expect([v.code, v.message]).toEqual(['contradicted', expect.stringContaining('1,480 thousand b/d in the quarter — the sourced figure is 1.42 million b/d')]);
  });
});

describe('elevator note (nine months, local currencies, a margin against last year beside the outlook)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('elevator'))).toEqual([
      ['CHF 8.9 billion', 'supported', ['lq-ord-9m']],
      // "up 2.4% in local currencies": a change reported figures do not give (never red).
      ['2.4%', 'unsourced', []],
      ['CHF 9.6 billion', 'supported', ['lq-bl']],
      ['1.2%', 'supported', ['lq-rev-9m', 'lq-rev-9m-24']],
      ['CHF 8.1 billion', 'supported', ['lq-rev-9m']],
      ['12.3%', 'supported', ['lq-m-9m']],
      // "improved to 12.3% from 11.6%": the nine months before the 12.3%'s, not before the year's outlook it also fits.
      ['11.6%', 'supported', ['lq-m-9m-24']],
      ['1.6 million units', 'supported', ['lq-units']],
      ['6%', 'unsourced', []],
      ['0% to 2%', 'supported', ['lq-sg-guide']],
      ['12% to 12.5%', 'supported', ['lq-m-guide']],
    ]);
  });
});

describe('budget note (forecasts in the future tense and "is set at"; a segment in an "of which" clause)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('budget'))).toEqual([
      ['3.1%', 'supported', ['vd-def-26']],
      ['3.8%', 'supported', ['vd-def-25']],
      ['68.4%', 'supported', ['vd-debt-26']],
      // "Total spending is set at €214 billion": a plan, judged by the forecast (it was "only guidance is sourced").
      ['€214 billion', 'supported', ['vd-sp-26']],
      ['2.9%', 'supported', ['vd-sp-26', 'vd-sp-25']],
      ['€208 billion', 'supported', ['vd-sp-25']],
      // "of which defence takes €9.6 billion": a part its segment's fact decides.
      ['€9.6 billion', 'supported', ['vd-def-sp-26']],
      ['14%', 'supported', ['vd-def-sp-26', 'vd-def-sp-25']],
      ['4.2%', 'supported', ['vd-tax-26', 'vd-tax-25']],
      ['€187 billion', 'supported', ['vd-tax-26']],
      // "Interest payments will reach €6.1 billion": the future tense is a forecast.
      ['€6.1 billion', 'supported', ['vd-int-26']],
      // "or 2.9% of spending": interest is no segment of spending, but a metric of its own over it.
      ['2.9%', 'supported', ['vd-int-26', 'vd-sp-26']],
    ]);
  });
});

describe('pulp note (a change after a level with a complement, a price per tonne, a dividend unchanged from last year)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('pulp');
    expect(verdictRows(findings)).toEqual([
      ['4.1 million tonnes', 'supported', ['ns-del-25']],
      // "delivered 4.1 million tonnes of pulp in 2025, 3% more than a year earlier, at an average price of …":
      // the deliveries' change, not the price named after it (it was red as the price's -9.2%).
      ['3%', 'supported', ['ns-del-25', 'ns-del-24']],
      ['$640 per tonne', 'supported', ['ns-price-25']],
      ['$705', 'supported', ['ns-price-24']],
      ['5%', 'supported', ['ns-rev-25', 'ns-rev-24']],
      ['€3.62 billion', 'supported', ['ns-rev-25']],
      ['€410 million', 'supported', ['ns-ebitda-25']],
      ['11.3%', 'unsourced', []],
      // The Kemi mill: no facts, and no entity of the facts files named (never red).
      ['88%', 'unsourced', []],
      ['1.5 million-tonne', 'unsourced', []],
      ['450 jobs', 'unsourced', []],
      // "Nordskog will cut 450 jobs and proposes a dividend of €0.40 per share, unchanged from 2024": a
      // result (the future is its own clause's), and 2025's, not the year it is compared with.
      ['€0.40 per share', 'supported', ['ns-dps-25']],
    ]);
  });
});

describe('drugs note (a fiscal year to March, a segment named with an initialism, a raised outlook)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('drugs'))).toEqual([
      ['$97.8 billion', 'supported', ['md-rev-q2']],
      ['10%', 'supported', ['md-rev-q2', 'md-rev-q2-25']],
      // "U.S. Pharmaceutical segment revenue …" under "# Medlane": the heading entity's segment, one name with its dots.
      ['11%', 'supported', ['md-usp-q2', 'md-usp-q2-25']],
      ['$89.9 billion', 'supported', ['md-usp-q2']],
      ['$9.86', 'supported', ['md-eps-q2']],
      ['16%', 'supported', ['md-eps-q2', 'md-eps-q2-25']],
      ['$8.50', 'supported', ['md-eps-q2-25']],
      ['412 million prescriptions', 'supported', ['md-rx-q2']],
      ['2,300 retail locations', 'supported', ['md-loc']],
      // "raised its fiscal 2026 adjusted EPS guidance to $38.35 to $38.85 from $37.50 to $38.30": the
      // outlook and the one it revised (both were unsourced: "guidance to" bound no per-share metric).
      ['$38.35 to $38.85', 'supported', ['md-guide-26']],
      ['$37.50 to $38.30', 'supported', ['md-guide-26-old']],
    ]);
  });
  it("never judges a segment named after the owner's possessive by the whole", () => {
    const { facts } = load('drugs');
    const note = parseNote(["---", "date: 2025-11-06", "---", "# Medlane", "", "Medlane's Specialty Solutions revenue was $8.1 billion in the quarter.", "", "Medlane's September revenue was $33 billion."].join('\n'));
    const [part, month] = judgeNote(note, facts.index, { config: defaultConfig });
    expect([part!.code, part!.message]).toEqual(['unsourced', expect.stringContaining("Medlane's Specialty Solutions revenue in the quarter — a part")]);
    // A month is no segment: the whole's facts judge it; its quarter's figure is longer than the month, so it is never red.
    expect(month!.message).not.toContain('a part');
    expect([month!.code, month!.message]).toEqual(['unsourced', expect.stringContaining('a longer period that includes September 2025 (no fact for September 2025 alone)')]);
  });
});

describe('construct note (nine months a year back, a segment "of which", an outlook "of around")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('construct'))).toEqual([
      // "rose 14% to €21.3 billion in the first nine months": the nine months a year before (it was unsourced).
      ['14%', 'supported', ['bb-ord-9m', 'bb-ord-9m-24']],
      ['€21.3 billion', 'supported', ['bb-ord-9m']],
      ['€58.2 billion', 'supported', ['bb-bl']],
      ['6%', 'supported', ['bb-rev-9m', 'bb-rev-9m-24']],
      ['€19.6 billion', 'supported', ['bb-rev-9m']],
      // "of which Europe contributed €11.2 billion": a part, decided by the segment's fact (it was unsourced).
      ['€11.2 billion', 'supported', ['bb-rev-eu-9m']],
      ['3.1%', 'supported', ['bb-ebt-9m']],
      ['2.8%', 'supported', ['bb-ebt-9m-24']],
      ['€1.4 billion', 'supported', ['bb-nc']],
      ['€27 billion', 'supported', ['bb-guide-25']],
    ]);
  });
  it('keeps a part no segment fact names out of the whole', () => {
    const { facts, note } = load('construct');
    const asia = parseNote(note.text.replace('of which Europe contributed €11.2 billion', 'of which Asia contributed €3.1 billion'));
    const v = judgeNote(asia, facts.index, { config: defaultConfig }).find((f) => f.claim.text === '€3.1 billion')!;
    expect([v.code, v.message]).toEqual(['unsourced', expect.stringContaining('a figure for a part')]);
  });
});

describe('crypto note (a change from the prior quarter, a segment share, a coin count)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('crypto'))).toEqual([
      ['$295 billion', 'supported', ['cv-vol-q3']],
      ['31%', 'supported', ['cv-vol-q3', 'cv-vol-q2']],
      ['$516 billion', 'supported', ['cv-aop']],
      ['$1.05 billion', 'supported', ['cv-tx-q3']],
      ['55%', 'supported', ['cv-tx-q3', 'cv-rev-q3']],
      ['$1.9 billion', 'supported', ['cv-rev-q3']],
      ['9.7 million', 'supported', ['cv-mtu-q3']],
      // "Bitcoin traded at about $114,000": a price no metric of the facts measures (never red).
      ['$114,000', 'unsourced', []],
      ['11,900', 'supported', ['cv-btc']],
    ]);
  });
});

describe('pension note (returns against a benchmark, ratios as of dates, a half-year flow)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('pension'))).toEqual([
      ['5.8%', 'supported', ['nh-ret-h1']],
      ['4.9%', 'supported', ['nh-bm-h1']],
      ['DKK 1.12 trillion', 'supported', ['nh-aum']],
      ['41%', 'supported', ['nh-eq']],
      ['118%', 'supported', ['nh-fr']],
      ['115%', 'supported', ['nh-fr-24']],
      ['780,000', 'supported', ['nh-mem']],
      ['7%', 'supported', ['nh-con-h1', 'nh-con-h1-24']],
      ['DKK 18.4 billion', 'supported', ['nh-con-h1']],
    ]);
  });
});

describe('launch note (missions, a running total, "twice as much as a year earlier")', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('launch');
    expect(verdictRows(findings)).toEqual([
      ['14 missions', 'supported', ['ox-l-q3']],
      // "bringing its total for 2025 to 38": a bare number outside an elliptical comparison names no metric (never red against the 52 planned).
      ['38', 'unsourced', []],
      ['52 launches', 'supported', ['ox-l-guide']],
      ['42%', 'supported', ['ox-rev-q3', 'ox-rev-q3-24']],
      ['$312 million', 'supported', ['ox-rev-q3']],
      ['$1.9 billion', 'supported', ['ox-bl']],
      ['410 tonnes', 'supported', ['ox-pl-9m']],
      // "…, twice as much as a year earlier": a multiple over time (it was unsourced: "as" opened no comparison).
      ['twice', 'supported', ['ox-pl-9m', 'ox-pl-9m-24']],
      ['$845 million', 'supported', ['ox-cash']],
      ['2,450 employees', 'supported', ['ox-hc']],
    ]);
    expect(messageOn(findings, 'twice')).toContain('410 tonnes / 205 tonnes = 2x');
  });
});

describe('lessor note (a change with no period of its own before a clause with one, a verb as a metric word)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('lessor'))).toEqual([
      ['4.1 million', 'supported', ['bx-fleet']],
      ['98.2%', 'supported', ['bx-ut-q3']],
      ['$412 million', 'supported', ['bx-lr-q3']],
      // "up 4% from a year earlier, and the company bought $1.1 billion … in the first nine months":
      // the later clause's period is the $1.1 billion's, not the change's (it was unsourced).
      ['4%', 'supported', ['bx-lr-q3', 'bx-lr-q3-24']],
      // "the company bought $1.1 billion": "bought" is the metric's verb, "company" no segment.
      ['$1.1 billion', 'supported', ['bx-inv-9m']],
      ['$0.55 a day', 'unsourced', []],
      ['$1.5 billion', 'supported', ['bx-inv-guide']],
    ]);
  });
});

describe('agmach note (a fiscal year to October, "the full fiscal year", a segment named with "&")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('agmach'))).toEqual([
      ['$1.07 billion', 'supported', ['hv-ni-q4']],
      ['$3.93 per share', 'supported', ['hv-eps-q4']],
      // "compared with $1.25 billion a year ago", after "the fourth quarter of fiscal 2025": that quarter a year before.
      ['$1.25 billion', 'supported', ['hv-ni-q4-24']],
      // "For the full fiscal year, net income was $5.03 billion": the fiscal year of the quarter before (it was red against the quarter's $1.07 billion).
      ['$5.03 billion', 'supported', ['hv-ni-25']],
      ['11%', 'supported', ['hv-eq-q4', 'hv-eq-q4-24']],
      ['$10.6 billion', 'supported', ['hv-eq-q4']],
      // "Production & Precision Ag sales were $5.2 billion" under "# Harvell": one name with its "&", the heading entity's segment.
      ['$5.2 billion', 'supported', ['hv-ppa-q4']],
      // "…, with an operating margin of 18.7%": a segment named before the clause's figure is not this clause's (never red).
      ['18.7%', 'unsourced', []],
      ['$4.0 billion to $4.75 billion', 'supported', ['hv-guide-26']],
    ]);
  });
});

describe('homebuilder note (a fiscal year to June, "the prior year", a snapshot a day off, "the 2026 financial year")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('homebuilder'))).toEqual([
      ['14,210 homes', 'supported', ['lf-comp-fy25']],
      // "in the year to 30 June 2025, up 10% on the prior year": "on" a fiscal year or a span of months starts the change (it was the change's own time).
      ['10%', 'supported', ['lf-comp-fy25', 'lf-comp-fy24']],
      ['£298,500', 'supported', ['lf-asp-fy25']],
      ['12%', 'supported', ['lf-rev-fy25', 'lf-rev-fy24']],
      ['£4.12 billion', 'supported', ['lf-rev-fy25']],
      ['11.8%', 'supported', ['lf-om-fy25']],
      ['10.9%', 'supported', ['lf-om-fy24']],
      ['£352 million', 'supported', ['lf-ni-fy25']],
      ['£2.31 billion', 'supported', ['lf-ob-2025']],
      // "on 7 September, 17% higher than a year earlier": the order book stated closest to a year before that day (8 September 2024).
      ['17%', 'supported', ['lf-ob-2025', 'lf-ob-2024']],
      ['78,400 plots', 'supported', ['lf-land-2025']],
      // A paragraph of its own opening "A year earlier": earlier than nothing it states, never red.
      ['£279,000', 'unsourced', []],
      // "For the 2026 financial year": FY2026 (it was "the 2026", no guidance found).
      ['14,500 and 15,000 homes', 'supported', ['lf-comp-fy26g']],
      ['42.5p per share', 'unsourced', []],
    ]);
  });
  it('writes a time that opens its sentence as a message reads it', () => {
    const findings = judgedAtNoteDate('homebuilder');
    expect(messageOn(findings, '£279,000')).toContain('£279,000 a year earlier — a year earlier than a period');
  });
});

describe('electronics note (yen, a fiscal year to March, the first quarter restated by its months)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('electronics'))).toEqual([
      ['¥8.42 trillion', 'supported', ['hs-rev-fy25']],
      ['5.9%', 'supported', ['hs-rev-fy25', 'hs-rev-fy24']],
      ['13%', 'supported', ['hs-oi-fy25', 'hs-oi-fy24']],
      ['¥612 billion', 'supported', ['hs-oi-fy25']],
      ['¥655 billion', 'supported', ['hs-ord-fy25']],
      ['¥431 billion', 'supported', ['hs-ni-fy25']],
      // "In the first quarter (April to June), revenue increased 4.6% … to ¥2.05 trillion": the months in
      // parentheses are the quarter (it was calendar Q1 2025 for the level, April alone for the change).
      ['4.6%', 'supported', ['hs-rev-q1fy26', 'hs-rev-q1fy25']],
      ['¥2.05 trillion', 'supported', ['hs-rev-q1fy26']],
      ['¥8.8 trillion', 'supported', ['hs-rev-fy26g']],
      ['¥650 billion', 'supported', ['hs-oi-fy26g']],
      ['¥100 billion', 'unsourced', []],
      ['¥560 billion', 'contradicted', ['hs-oi-fy25']],
    ]);
    // "for the full year", no year named: the latest year of the guidance, which the message names.
    expect(messageOn(judgedAtNoteDate('electronics'), '¥8.8 trillion')).toContain('¥8.8 trillion in FY2026 — matches');
  });
  it('never reds a month by its quarter\'s figure of a metric stated per period, and still reds a snapshot', () => {
    const judged = judgedLine;
    // It was red against the quarter's ¥2.05 trillion.
    const month = judged('electronics', '2025-08-20', 'Hoshimura Electric', 'Revenue in April was ¥0.7 trillion.');
    expect([month.code, month.message]).toEqual(['unsourced', expect.stringContaining('a longer period that includes April 2025')]);
    expect(judged('electronics', '2025-08-20', 'Hoshimura Electric', 'Revenue in the April to June quarter was ¥2.3 trillion.').code).toBe('contradicted');
    // Towers are counted as of a date: a wrong count in September is red.
    expect(judged('towers', '2025-11-10', 'Skyline Towers', 'Skyline owned 50,000 towers in September 2025.').code).toBe('contradicted');
  });
});

describe('itservices note (revenue in rupees and dollars, Indian digit grouping, a fiscal year to March)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('itservices'))).toEqual([
      ['₹41,200 crore', 'supported', ['vr-rev-inr']],
      // "₹41,200 crore, up 6.7% year on year": the rupee facts' growth (it was red against the dollar facts' 4.11%).
      ['6.7%', 'supported', ['vr-rev-inr', 'vr-rev-inr-ly']],
      ['$4.81 billion', 'supported', ['vr-rev-usd']],
      ['4.1%', 'supported', ['vr-rev-usd', 'vr-rev-usd-ly']],
      ['3.1%', 'unsourced', []],
      // After "Constant-currency growth was 3.1%." the heading's entity still owns the next sentence (a change opens no name).
      ['9.8%', 'supported', ['vr-ni', 'vr-ni-ly']],
      ['₹6,850 crore', 'supported', ['vr-ni']],
      // "3,12,450": lakhs, then thousands (it was red as a headcount of 3, and 12,450 apart).
      ['3,12,450', 'supported', ['vr-hc']],
      ['13.2%', 'supported', ['vr-attr']],
      ['$3.1 billion', 'supported', ['vr-tcv']],
      ['21.5%', 'contradicted', ['vr-om']],
    ]);
  });
  it('supports a change either currency gives, and names both when neither does', () => {
    const note = (line: string) =>
      parseNote(`---\ndate: 2025-10-25\n---\n# Varuna Infotech\n\n${line}\n`);
    const { facts } = load('itservices');
    const judged = (line: string) => judgeNote(note(line), facts.index, { config: defaultConfig })[0]!;
    expect(judged('Revenue grew 6.7% year on year in Q2 FY26.').code).toBe('supported');
    expect(judged('Revenue grew 4.1% year on year in Q2 FY26.').code).toBe('supported');
    const wrong = judged('Revenue grew 5% year on year in Q2 FY26.');
    expect(wrong.code).toBe('contradicted');
    expect(wrong.message).toContain('$4.81B / $4.62B − 1 = 4.11% (in INR, ₹412B / ₹386B − 1 = 6.74%)');
  });
});

describe('gold note (ounces as oz, koz and Moz, a price "an ounce")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('gold'))).toEqual([
      ['548 koz', 'supported', ['cg-prod-q3']],
      ['7%', 'supported', ['cg-prod-q3', 'cg-prod-q3ly']],
      // "per ounce" against `USD/oz`: an abbreviation is its noun (it was an amount per ounce no metric measures).
      ['$1,385 per ounce', 'supported', ['cg-aisc-q3']],
      ['$1,290/oz', 'supported', ['cg-aisc-q3ly']],
      // "$3,420 an ounce" is per ounce (it was red as revenue of $3,420).
      ['$3,420 an ounce', 'supported', ['cg-price-q3']],
      ['$1.87 billion', 'supported', ['cg-rev-q3']],
      // "28.6 Moz": a million ounces, "M" being a thousand only of oil-field units (it was unread, and "Moz" a name that hid the heading's owner).
      ['28.6 Moz', 'supported', ['cg-res-2024']],
      ['2.1–2.25 million ounces', 'supported', ['cg-prod-2025g']],
      ['2.41 million ounces', 'contradicted', ['cg-prod-2024']],
    ]);
    expect(messageOn(judgedAtNoteDate('gold'), '7%')).toContain('548 koz / 512 koz − 1');
  });
  it('reads a scaled symbol of another measure as no bare number, and a name after a year as a name', () => {
    const { facts } = load('gold');
    const judged = (line: string) => judgeNote(parseNote(`---\ndate: 2025-11-05\n---\n# Castlereagh Gold\n\n${line}\n`), facts.index, { config: defaultConfig })[0]!;
    // Against facts in ounces, "28.6 Mt" is tonnes, never a red bare 28.6.
    const tonnes = judged('Mineral reserves were 28.6 Mt at the end of 2024.');
    expect([tonnes.claim.text, tonnes.claim.unit, tonnes.code]).toEqual(['28.6 Mt', 'tonne', 'unsourced']);
    expect(judged('Mineral reserves were 28.6 Moz at the end of 2024.').code).toBe('supported');
    expect(judged('Mineral reserves were 26.8 Moz at the end of 2024.').code).toBe('contradicted');
    // "Meta" is no scaled symbol: the figure is the unknown name's, not the heading's.
    const named = judged('In 2025 Meta produced 2.14 million ounces.');
    expect(named.code).toBe('unsourced');
    expect(named.entities).toEqual([]);
  });
});

describe('trial note (a hazard ratio, its confidence interval and p-value)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('trial'))).toEqual([
      ['1,240 patients', 'supported', ['pb-enrol']],
      ['23%', 'unsourced', []],
      // "(hazard ratio 0.77; 95% CI, 0.66–0.90; p<0.001)": the confidence level and the p-value are no claims.
      ['0.77', 'unsourced', []],
      ['0.66–0.90', 'unsourced', []],
      ['18.4 months', 'unsourced', []],
      ['14.9 months', 'unsourced', []],
      ['$860 million', 'supported', ['pb-cash']],
      ['24 months', 'unsourced', []],
    ]);
  });
});

describe('spirits note (9-litre cases, organic growth, a segment named before its figure)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('spirits'))).toEqual([
      // "sold 12.4 million 9-litre cases": one count of cases (it was a change of 12.4 million and a "9-litre" of its own).
      ['12.4 million 9-litre cases', 'supported', ['dm-vol-fy25']],
      // "…, down 4% on the year before, while reported net sales rose 3%": the cases' change, not the net sales' after it.
      ['4%', 'supported', ['dm-vol-fy25', 'dm-vol-fy24']],
      ['3%', 'supported', ['dm-rev-fy25', 'dm-rev-fy24']],
      ['£3.92 billion', 'supported', ['dm-rev-fy25']],
      ['2.4%', 'unsourced', []],
      ['5.1 percentage points', 'unsourced', []],
      ['2.7 points', 'unsourced', []],
      ['£1.43 billion', 'supported', ['dm-rev-na']],
      ['110 basis points', 'supported', ['dm-om-fy25', 'dm-om-fy24']],
      ['28.4%', 'supported', ['dm-om-fy25']],
      ['12-year', 'unsourced', []],
      ['180 markets', 'unsourced', []],
    ]);
    expect(messageOn(judgedAtNoteDate('spirits'), '12.4 million 9-litre cases')).toContain('the sourced figure, 12.4 million 9-litre cases for FY2025');
  });
});

describe('towers note (a tenancy ratio as a multiple, "expects to build 1,500 new sites")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('towers'))).toEqual([
      ['42,300 towers', 'supported', ['sk-towers-q3']],
      ['2,200', 'supported', ['sk-towers-q3', 'sk-towers-ly']],
      ['1.62x', 'supported', ['sk-tr-q3']],
      // "Site rental revenue grew…": "Site" is a metric's word ("sites") in the other number, no name (it left the figures no owner).
      ['6.7%', 'supported', ['sk-rev-q3', 'sk-rev-q3ly']],
      ['$1.12 billion', 'supported', ['sk-rev-q3']],
      ['$2.41', 'supported', ['sk-affo-q3']],
      // "expects to build 1,500 new sites": a label word used as a verb (it was no claim at all, as "build 22621" is).
      ['1,500 new sites', 'unsourced', []],
      ['10-year', 'unsourced', []],
      ['3%', 'unsourced', []],
    ]);
    // The multiple is written as the note writes it (it was "1.62.62x").
    expect(messageOn(judgedAtNoteDate('towers'), '1.62x')).toContain('the sourced figure, 1.62x (Sep 2025)');
    // New sites are an addition: no segment "new" of the towers, and no metric to add a fact for (it was "a fact for the part has `segment: new`").
    const added = judgedAtNoteDate('towers').find((f) => f.claim.text === '1,500 new sites')!;
    expect(added.message).toContain('1,500 new sites in 2026 — an addition, not the total the facts give for its towers');
    expect(added.metric).toBeUndefined();
  });
});

describe('chinaev note (yuan written RMB, ¥ and "yuan", a dollar translation, a month inside the quarter)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('chinaev'))).toEqual([
      ['116,300 vehicles', 'supported', ['xd-del-q3']],
      ['33.5%', 'supported', ['xd-del-q3', 'xd-del-q3ly']],
      // "including a record 41,200 in September": the count's noun is left to the figure before (left: see the closing note).
      ['41,200', 'unsourced', []],
      ['29.7%', 'supported', ['xd-rev-q3', 'xd-rev-q3ly']],
      ['RMB 28.4 billion', 'supported', ['xd-rev-q3']],
      // "(US$3.99 billion)": a translation no dollar fact states, never red against the yuan.
      ['US$3.99 billion', 'unsourced', []],
      ['14.2%', 'supported', ['xd-vm-q3']],
      // "¥" is yen or yuan: it fits the yuan facts (it was yen only, no fact found).
      ['¥1.9 billion', 'supported', ['xd-ni-q3']],
      ['52.1 billion yuan', 'supported', ['xd-cash']],
      ['125,000 to 130,000 vehicles', 'unsourced', []],
    ]);
  });
});

describe('koreachip note (won written "won", ₩ and W, two changes joined by "and", a source named "according to")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('koreachip'))).toEqual([
      ['86.1 trillion won', 'supported', ['hb-rev-q3']],
      ['15.4%', 'supported', ['hb-rev-q3', 'hb-rev-q2']],
      // "up 15.4% from the previous quarter and 8.8% from a year earlier": the second percent is a change too (it measured nothing).
      ['8.8%', 'supported', ['hb-rev-q3', 'hb-rev-q3ly']],
      ['₩12.2 trillion', 'supported', ['hb-op-q3']],
      ['₩4.7 trillion', 'supported', ['hb-op-q2']],
      ['2.6-fold', 'supported', ['hb-op-q3', 'hb-op-q2']],
      // "Its share of the DRAM market": the built-in market share, not the facts' "DRAM market share" (left).
      ['34.8%', 'unsourced', []],
      // "about W53.6 trillion": won, with its scale (it was no claim, and "W53.6" a name that took the paragraph's owner).
      ['W53.6 trillion', 'supported', ['hb-capex-2025']],
      // "plans to spend … and employs roughly 129,000 people": the plan's stance reaches the coordinated clause (left).
      ['129,000 people', 'unsourced', []],
      ['9 percentage points', 'unsourced', []],
    ]);
  });
  it('takes no owner from a source, and no won from a name', () => {
    const { facts } = load('koreachip');
    const judged = (line: string) => judgeNote(parseNote(`---\ndate: 2025-11-28\n---\n# Hanbit Electronics\n\n${line}\n`), facts.index, { config: defaultConfig });
    // "according to TrendForce": the figure stays the heading entity's (it had no owner).
    expect(judged('Its DRAM market share rose to 34.8%, according to TrendForce. The company employs roughly 129,000 people.').map((f) => f.code)).toEqual(['supported', 'supported']);
    expect(judged('The W12 engine and W3C rules, Section W 3.')).toEqual([]);
  });
});

describe('ausbank note (a fiscal year to September, "1H25" and "2H24", "half on half")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ausbank'))).toEqual([
      // "1H25 cash earnings": the first half of fiscal 2025, as the banks write it (it was calendar H1 2025).
      ['A$3.62 billion', 'supported', ['kb-ce-1h25']],
      ['6%', 'supported', ['kb-ce-1h25', 'kb-ce-2h24']],
      ['2%', 'supported', ['kb-ce-1h25', 'kb-ce-1h24']],
      // "rose 4 basis points half on half": a step of a half (it had no time to compare with).
      ['4 basis points', 'supported', ['kb-nim-1h25', 'kb-nim-2h24']],
      ['1.78%', 'supported', ['kb-nim-1h25']],
      ['12.3%', 'supported', ['kb-cet1']],
      ['A$3.62bn', 'supported', ['kb-ce-1h25']],
    ]);
    expect(messageOn(judgedAtNoteDate('ausbank'), '12.3%')).toContain("Kookaburra Bank's CET1 ratio");
  });
});

describe('solar note (GW in W facts, cents per watt, "from 11.2 cents a year ago", a technology named after the figure)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('solar'))).toEqual([
      ['21.4 GW', 'supported', ['he-ship-q3']],
      ['13%', 'supported', ['he-ship-q3', 'he-ship-q3ly']],
      ['18.9 GW', 'supported', ['he-ship-q3ly']],
      // "per watt" is the facts' `USD/W` (it was "an amount per watt, which no metric … measures").
      ['9.5 cents per watt', 'supported', ['he-asp-q3']],
      // "fell to 9.5 cents per watt, from 11.2 cents a year ago": the earlier price is per watt too.
      ['11.2 cents', 'supported', ['he-asp-q3ly']],
      // "…, a decline of 15%": a year before the figure compared, as "year over year" (it had no facts for November 2024).
      ['15%', 'supported', ['he-asp-q3', 'he-asp-q3ly']],
      ['$2.03 billion', 'supported', ['he-rev-q3']],
      ['130 basis points', 'supported', ['he-gm-q3', 'he-gm-q2']],
      ['8.2%', 'supported', ['he-gm-q3']],
      // "of which roughly 40 GW uses TOPCon cells": a technology qualifying a noun owns nothing (the paragraph had no owner).
      ['95 GW', 'supported', ['he-cap']],
      ['40 GW', 'unsourced', []],
      // "At $0.095/W": the unit a price is per, no name (it hid the heading's owner).
      ['$0.095/W', 'supported', ['he-asp-q3']],
      ['$95 million', 'unsourced', []],
      // "Management had said Helion would have 100 GW … by September": what was planned, which no guidance fact states
      // (it was red against the actual 95 GW, though the note reports the plan rightly).
      ['100 GW', 'unsourced', []],
      ['80–85 GW', 'unsourced', []],
    ]);
    expect(lineVerdicts('solar', '2025-11-10', 'Helion Solar', 'Nameplate capacity stands at 100 GW.')).toEqual([['100 GW', 'contradicted']]);
    const findings = judgedAtNoteDate('solar');
    // A fact in dollars is written in the note's cents (it was "0.095 cents per watt").
    expect(messageOn(findings, '9.5 cents per watt')).toContain('the sourced figure, 9.5 cents per watt for Q3 2025');
    expect(messageOn(findings, '15%')).toContain('9.5 cents per watt / 11.2 cents per watt − 1 = -15.2%');
  });
  it('writes a wrong price in cents as the note does, and keeps a total apart from a price per share', () => {
    expect(judgedLine('solar', '2025-11-10', 'Helion Solar', 'Its ASP was 11.3 cents per watt in the third quarter of 2025.')).toMatchObject({ code: 'contradicted', suggestion: '9.5 cents per watt' });
    expect(judgedLine('solar', '2025-11-10', 'Helion Solar', 'Its ASP was 11.3¢ per watt in the third quarter of 2025.').suggestion).toBe('9.5¢ per watt');
    // "Revenue was $2.03 billion, or $0.40 per share, compared with $1.9 billion": the total is no price per share.
    const parsed = parseNote('---\ndate: 2025-11-10\n---\n# Helion Solar\n\nRevenue was $2.03 billion, or $0.40 per share, compared with $1.9 billion, and the ASP fell to $0.095/W from $0.112.\n');
    expect(parsed.claims.map((c) => [c.text, c.unit])).toEqual([
      ['$2.03 billion', 'USD'],
      ['$0.40 per share', 'USD/share'],
      ['$1.9 billion', 'USD'],
      ['$0.095/W', 'USD/W'],
      ['$0.112', 'USD/W'],
    ]);
  });
});

describe('reins note ("9M 2024", "grew gross written premiums 6.5%", major losses, percentage points, a full-year target)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('reins'))).toEqual([
      // "grew gross written premiums 6.5%": a change of a noun of three words (it was a level of nothing).
      ['6.5%', 'supported', ['rr-gwp-9m', 'rr-gwp-9mly']],
      ['€19.6bn', 'supported', ['rr-gwp-9m']],
      // "(9M 2024: €18.4bn)": the first nine months of 2024 ("9M" was 9 million, and the €18.4bn of all 2024).
      ['€18.4bn', 'supported', ['rr-gwp-9mly']],
      ['86.1%', 'supported', ['rr-cr-9m']],
      ['88.9%', 'supported', ['rr-cr-9mly']],
      // "improved to 86.1% from 88.9%, a gain of 2.8 percentage points": the difference of the two, either way an improvement goes
      // (it was a relative growth of −3.15 "percentage points", with no time).
      ['2.8 percentage\npoints', 'supported', ['rr-cr-9m', 'rr-cr-9mly']],
      // "major losses reached €1.42bn" of a metric of losses: the amount lost (it was red against the same figure).
      ['€1.42bn', 'supported', ['rr-cat-9m']],
      // "for the nine months": this year's first nine (it was a claim of nine months, and the figure the latest fact's).
      ['€2.05bn', 'supported', ['rr-ni-9m']],
      // "its full-year target of €2.6bn": the net income the sentence measures, for 2025 (it was "a target, which no metric … measures").
      ['€2.6bn', 'supported', ['rr-ni-fy25g']],
      ['258%', 'supported', ['rr-solv']],
      ['175–220%', 'unsourced', []],
      // "| Metric | 9M 2025 | 9M 2024 |": the columns are periods (the cells were of the full years).
      ['19.6', 'supported', ['rr-gwp-9m']],
      ['18.4', 'supported', ['rr-gwp-9mly']],
      ['86.1%', 'supported', ['rr-cr-9m']],
      ['88.9%', 'supported', ['rr-cr-9mly']],
      ['2.15', 'contradicted', ['rr-ni-9m']],
      ['1.9', 'unsourced', []],
      ['3%', 'unsourced', []],
      ['€9.9bn', 'unsourced', []],
    ]);
    const findings = judgedAtNoteDate('reins');
    // A figure broken across lines is one phrase in its message.
    expect(messageOn(findings, '2.8 percentage\npoints')).toContain("Rhein Re's combined ratio: 2.8 percentage points — matches the change derived from combined ratio for January–September 2025 and January–September 2024: 86.1% − 88.9% = -2.8 percentage points");
    expect(messageOn(findings, '€2.6bn')).toContain('€2.6bn in 2025 — matches the sourced guidance');
  });
  it('reds a rise that was a fall and a wrong size in points, and fixes the loss and the points as written', () => {
    const findings = (text: string) => judgeNote(parseNote(`---\ndate: 2025-11-12\n---\n# Rhein Re\n\n${text}\n`), load('reins').facts.index, { config: defaultConfig });
    expect(findings('The combined ratio rose to 86.1% from 88.9%, a gain of 2.8 percentage points.').map((f) => f.code)).toEqual(['supported', 'supported', 'contradicted']);
    expect(findings('In the first nine months of 2025 the combined ratio fell 3.5 percentage points to 86.1%.')[0]).toMatchObject({ code: 'contradicted', suggestion: '2.8 percentage points' });
    expect(findings('In the first nine months of 2025 the combined ratio fell 3.5pp to 86.1%.')[0]).toMatchObject({ code: 'contradicted', suggestion: '2.8pp' });
    expect(findings('Major losses reached €1.6bn in the first nine months of 2025.')[0]).toMatchObject({ code: 'contradicted', suggestion: '€1.42bn' });
    // A net loss of a metric of profits stays below zero: no metric of losses to judge it by.
    expect(findings('Rhein Re posted a net loss of €1.42bn in the first nine months of 2025.')[0]!.code).toBe('unsourced');
  });
});

describe('coffee note (a fiscal year to 28 September, "Store count: 9,412 at quarter end", "600 net new stores")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('coffee'))).toEqual([
      ['4.2%', 'supported', ['br-comps-q4']],
      // "a 5.4% increase in average ticket": no earlier ticket is sourced.
      ['5.4%', 'unsourced', []],
      ['$7.85', 'supported', ['br-ticket-q4']],
      ['1.1%', 'supported', ['br-trans-q4']],
      ['9%', 'supported', ['br-rev-q4', 'br-rev-q4ly']],
      ['$2.96 billion', 'supported', ['br-rev-q4']],
      // "- Store count: 9,412 at quarter end": the label names the figure (only a bare "Store count: 9,412." did).
      ['9,412', 'supported', ['br-stores-q4']],
      // "114 more than at the end of the third quarter": a calendar quarter (no fiscal word), whose end no count was stated at.
      ['114', 'unsourced', []],
      ['160 basis points', 'supported', ['br-om-q4', 'br-om-q4ly']],
      ['11.4%', 'supported', ['br-om-q4']],
      ['11 straight quarters', 'unsourced', []],
      ['2.1%', 'contradicted', ['br-trans-q4']],
      // "at the end of the third quarter of fiscal 2025": June 2025 (the end of a fiscal period was read as a calendar month).
      ['9,298 stores', 'supported', ['br-stores-q3']],
      // "600 net new stores": an addition (it measured nothing: "net new store" was its noun).
      ['600 net new stores', 'unsourced', []],
    ]);
    const findings = judgedAtNoteDate('coffee');
    expect(messageOn(findings, '9,298 stores')).toContain('9,298 stores at the end of the third quarter of fiscal 2025 — matches');
    expect(messageOn(findings, '600 net new stores')).toContain('an addition, not the total the facts give for its stores');
  });
  it('reads the end of a fiscal year as its last month', () => {
    expect(judgedLine('coffee', '2025-11-06', 'Bramble Coffee', 'Bramble had 9,412 stores at the end of fiscal 2025.').code).toBe('supported');
    expect(judgedLine('coffee', '2025-11-06', 'Bramble Coffee', 'Bramble had 9,500 stores at the end of fiscal 2025.').code).toBe('contradicted');
  });
});

describe('measles note (a country, "between January and October 2025", a rate per 100,000, a threshold, "the same months of 2024")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('measles'))).toEqual([
      // "between January and October 2025": those months (it was January alone).
      ['1,284 measles', 'supported', ['nl-cases-2025']],
      // "roughly four times the 312 cases": a multiple of another figure (left: see the closing note).
      ['four times', 'unsourced', []],
      // "over the same months of 2024": January to October 2024 (it was all 2024; "the same period of 2024" was red against 2025's).
      ['312 cases', 'supported', ['nl-cases-2024']],
      // "23.4 cases per 100,000 people": one rate (it was 23.4 cases, red against the count, and 100,000 people).
      ['23.4 cases per 100,000\npeople', 'supported', ['nl-inc-2025']],
      ['88.6%', 'supported', ['nl-vax-2024']],
      // "well short of the 95% needed for herd immunity": a threshold, no figure of Norland's (it was red against 88.6%).
      ['95%', 'unsourced', []],
      ['40,000', 'unsourced', []],
      ['86.8%', 'contradicted', ['nl-vax-2024']],
    ]);
    const findings = judgedAtNoteDate('measles');
    expect(messageOn(findings, '95%')).toContain('a level it is set against (a threshold, requirement or estimate)');
    expect(messageOn(findings, '23.4 cases per 100,000\npeople')).toContain('the sourced figure, 23.4 cases per 100,000 people for January–October 2025');
  });
  it('reads "the same period of 2024" as the sentence\'s months in 2024', () => {
    const line = (text: string) => judgeNote(parseNote(`---\ndate: 2025-11-20\n---\n# Norland\n\n${text}\n`), load('measles').facts.index, { config: defaultConfig }).map((f) => f.code);
    expect(line('Norland recorded 1,284 measles cases between January and October 2025, against 312 cases in the same period of 2024.')).toEqual(['supported', 'supported']);
    expect(line('Norland recorded 1,284 measles cases between January and October 2025, against 400 cases in the same period of 2024.')).toEqual(['supported', 'contradicted']);
    expect(line('The incidence was 25 cases per 100,000 people between January and October 2025.')).toEqual(['contradicted']);
  });
});

describe('poll note (people, "leads Osei by 47% to 44%", "up 2 points", a name in an aside)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('poll'))).toEqual([
      // "Varga leads Osei by 47% to 44%": the first figure the first name's, the second the second's (47% was Osei's, and red).
      ['47%', 'supported', ['varga-poll-nov']],
      ['44%', 'supported', ['osei-poll-nov']],
      ['3 points', 'unsourced', []],
      ['3.1 points', 'unsourced', []],
      // "support is up 2 points from October": a change in percentage points (it was a count of points).
      ['2 points', 'supported', ['varga-poll-nov', 'varga-poll-oct']],
      ['52%', 'supported', ['varga-appr']],
      // "The Civic Alliance, which backs Osei, won 61 seats": the aside's name owns nothing (whose figure it was was unclear).
      ['61 seats', 'supported', ['civic-seats']],
      ['68.3%', 'supported', ['turnout-2021']],
      ['46%', 'contradicted', ['varga-poll-oct']],
    ]);
    expect(messageOn(judgedAtNoteDate('poll'), '2 points')).toContain('47% − 45% = 2 points');
  });
  it('reads a change from 45% to 47% as one figure\'s, and a count of points as a count', () => {
    const codes = (text: string) => judgeNote(parseNote(`---\ndate: 2025-11-18\n---\n# The race\n\n${text}\n`), load('poll').facts.index, { config: defaultConfig }).map((f) => [f.claim.text, f.claim.unit]);
    expect(codes('Varga rose from 45% to 47% between October and November.')).toEqual([['45%', 'percent'], ['47%', 'percent']]);
    expect(codes('Varga scored 30 points in the debate.')).toEqual([['30 points', 'point']]);
    expect(codes('Varga gained 2.5 points in November.')).toEqual([['2.5 points', 'bps']]);
    // A sentence that counts points keeps a change in them a count ("up 3.1 points" was a change of a percent).
    expect(codes('Okafor averaged 28.4 points per game, up 3.1 points from the year before.')).toEqual([['28.4 points per game', 'point/game'], ['3.1 points', 'point']]);
    expect(codes('The FTSE 100 rose 30 points to close at 9,712 points.')).toEqual([['30 points', 'point'], ['9,712 points', 'point']]);
  });
});

describe('emissions note ("scope 1 and 2 emissions", tonnes of CO2 equivalent against tCO2e, "the 2019 baseline of 6.8 MtCO2e")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('emissions'))).toEqual([
      // "scope 1 and 2 emissions": labels, no figures ("1" and "2 emissions" were two red claims).
      // "fell 12% … in 2024, 38% below the 2019 baseline": a start past the next change is that change's (the 12% was red, from 2019).
      ['12%', 'supported', ['hd-em-2024', 'hd-em-2023']],
      // "4.2 million tonnes of CO2 equivalent" against `unit: tCO2e` (it measured nothing).
      ['4.2 million tonnes', 'supported', ['hd-em-2024']],
      ['38%', 'supported', ['hd-em-2024', 'hd-em-2019']],
      // "the 2019 baseline of 6.8 MtCO2e": 2019's level, in millions of tCO2e (it measured nothing).
      ['6.8 MtCO2e', 'supported', ['hd-em-2019']],
      ['71.5%', 'supported', ['hd-cr-2024']],
      ['34%', 'supported', ['hd-af-2024']],
      ['50%', 'unsourced', []],
      // "Scope 3 emissions … were 1.9 million tonnes": a part the facts of scope 1 and 2 do not decide (it was red against them).
      ['1.9 million tonnes', 'unsourced', []],
      ['4.9 million tonnes', 'contradicted', ['hd-em-2023']],
    ]);
    const findings = judgedAtNoteDate('emissions');
    expect(messageOn(findings, '6.8 MtCO2e')).toContain('6.8 MtCO2e in 2019 — matches the sourced figure, 6.8 MtCO2e for 2019');
    expect(messageOn(findings, '1.9 million tonnes')).toContain("Halden Cement's scope 3 emissions — a part");
    expect(parseNote(readFileSync('test/judge/fixtures/emissions-note.md', 'utf8')).claims.map((c) => c.text)).not.toContain('1');
  });
  it('keeps a percent after a listed label a figure', () => {
    expect(parseNote('In phase 1 and 20% of phase 2, Tier 1 and 2 capital rose.\n').claims.map((c) => c.text)).toEqual(['20%']);
  });
});

describe('football note (a fiscal year to June, "turnover", "inside the league\'s 70% cap")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('football'))).toEqual([
      // "turnover … rose 11% to £412m": revenue, as British accounts say it (both measured nothing).
      ['11%', 'supported', ['hr-rev-fy25', 'hr-rev-fy24']],
      ['£412m', 'supported', ['hr-rev-fy25']],
      // "Broadcasting brought in £201m and matchday £96.4m": no metric word (the facts' are "broadcasting revenue", "matchday revenue").
      ['£201m', 'unsourced', []],
      ['£96.4m', 'unsourced', []],
      ['52,340', 'supported', ['hr-att-fy25']],
      ['£268m', 'supported', ['hr-wages-fy25']],
      ['65%', 'unsourced', []],
      // "inside the league's 70% cap": a level set against (it was "no fact yet for its wage ratio").
      ['70%', 'unsourced', []],
      ['£99m', 'contradicted', ['hr-md-fy25']],
    ]);
    expect(messageOn(judgedAtNoteDate('football'), '70%')).toContain('a level it is set against');
  });
  it('keeps a market value written "cap" and a benchmark the facts measure', () => {
    const pension = judgeNote(parseNote(readFileSync('test/judge/fixtures/pension-note.md', 'utf8')), load('pension').facts.index, { config: defaultConfig });
    expect(pension.find((f) => f.claim.text === '4.9%')!.code).toBe('supported');
    expect(judgedLine('football', '2025-10-20', 'Harbour Rovers', 'Its turnover hit £412m in fiscal 2025, against a £500m cap.').code).toBe('supported');
  });
});

describe('housing note (a market, "the 30-year mortgage rate", "in the last week of October")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('housing'))).toEqual([
      ['4.1 million', 'supported', ['k-sales-oct']],
      ['3.5%', 'supported', ['k-sales-oct', 'k-sales-oct24']],
      ['$415,200', 'supported', ['k-price-oct']],
      ['1.52 million homes', 'supported', ['k-inv-oct']],
      ['4.4 months', 'supported', ['k-mos-oct']],
      // "The 30-year mortgage rate": a tenor names the loan (it was a claim of 30 years).
      // "in the last week of October": within October (it was the week before the note's date).
      ['6.27%', 'supported', ['k-rate-oct']],
      ['1.6 million homes', 'contradicted', ['k-inv-oct']],
    ]);
  });
});

describe('parks note ("attendance slipped 3% to 12.4 million guests", "per-capita spending rose to $61.35")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('parks'))).toEqual([
      ['3%', 'supported', ['lp-att-q3', 'lp-att-q3ly']],
      ['12.4 million guests', 'supported', ['lp-att-q3']],
      // "per-capita spending rose to $61.35": a change with no size before "to" binds the price to its metric too (it measured nothing).
      ['$61.35', 'supported', ['lp-pc-q3']],
      ['$512 million', 'supported', ['lp-eb-q3']],
      ['13.1 million guests', 'contradicted', ['lp-att-q3ly']],
    ]);
  });
});

describe('wildfire note (a province\'s season: hectares, "the most since 2017", the average fire)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('wildfire'))).toEqual([
      ['1.84 million hectares', 'supported', ['cb-25']],
      // "64% more than the 1.12 million hectares burned in 2024": a level's past participle keeps its time the start (it had no start).
      ['64%', 'supported', ['cb-25', 'cb-24']],
      ['1.12 million hectares', 'supported', ['cb-24']],
      ['1,412 wildfires', 'supported', ['cf-25']],
      // "down 15% from 1,655 the year before": the bare 1,655 counts what the level before the change counts, and the
      // change reached 1,412 wildfires, a count the metric's words name (both were unsourced).
      ['15%', 'supported', ['cf-25', 'cf-24']],
      ['1,655', 'supported', ['cf-24']],
      ['1,300 hectares', 'unsourced', []],
      // "…, against 680 hectares in 2024": set against the average fire's, it is one fire's too (it was red against the year's area).
      ['680 hectares', 'unsourced', []],
      // "the most since 2017": how far back a record reaches, no time of the figure (it was "no fact yet … since 2017").
      ['38,500 people', 'supported', ['ce-25']],
      ['C$1.06 billion', 'supported', ['cs-25']],
      ['C$810 million', 'supported', ['cs-24']],
      ['C$750 million', 'unsourced', []],
      ['71%', 'unsourced', []],
      ['C$910 million', 'contradicted', ['cs-24']],
    ]);
    expect(messageOn(judgedAtNoteDate('wildfire'), '680 hectares')).toContain('one typical item');
  });
  it('reads a record\'s "since" as no time, but a change\'s "since" as its start', () => {
    expect(lineVerdicts('wildfire', '2025-11-28', 'Calder', 'Suppression costs reached C$1.06 billion, up 31%, the biggest annual increase since 2019.')).toEqual([['C$1.06 billion', 'supported'], ['31%', 'supported']]);
    const since = judgeNote(parseNote('---\ndate: 2025-11-28\n---\n# Calder\n\nSuppression costs rose 31% since 2019.\n'), load('wildfire').facts.index, { config: defaultConfig })[0]!;
    expect(since.code).toBe('unsourced');
    expect(since.message).toContain('no facts yet for both figures');
  });
  it('judges the level a change starts from by the time the sentence states', () => {
    expect(lineVerdicts('wildfire', '2025-11-28', 'Calder', 'Calder had 1,412 wildfires in 2025, a decline of 15% from 1,655.')).toEqual([['1,412 wildfires', 'supported'], ['15%', 'supported'], ['1,655', 'supported']]);
    const wrong = judgeNote(parseNote('---\ndate: 2025-11-28\n---\n# Calder\n\nCalder had 1,412 wildfires in 2025, down 15% from 1,600.\n'), load('wildfire').facts.index, { config: defaultConfig });
    expect(wrong.find((f) => f.claim.text === '1,600')).toMatchObject({ code: 'contradicted', cite: ['cf-24'] });
  });
});

describe('canal note (a fiscal year to September, "which ended on 30 September", "15% above fiscal 2024", feet)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('canal'))).toEqual([
      ['13,400 transits', 'supported', ['oc-tr-25']],
      // "in fiscal 2025, which ended on 30 September, up 35%": the day a period ended is no time of the change (it was dated September 30).
      ['35%', 'supported', ['oc-tr-25', 'oc-tr-24']],
      ['9,936', 'supported', ['oc-tr-24']],
      ['36.7', 'supported', ['oc-d-25']],
      ['38', 'unsourced', []],
      ['11%', 'supported', ['oc-t-25', 'oc-t-24']],
      ['$3.35 billion', 'supported', ['oc-t-25']],
      ['488 million tonnes', 'supported', ['oc-c-25']],
      // "15% above fiscal 2024": a fiscal year after "above" is the time a change is from (it measured nothing).
      ['15%', 'supported', ['oc-c-25', 'oc-c-24']],
      // "50 feet", an irregular plural, is a count of feet (it was a bare 50).
      ['50 feet', 'supported', ['oc-dr']],
      // "from a low of 44 feet": the level the draft was restored from (it was red against the 50 feet of June).
      ['44 feet', 'unsourced', []],
      ['$1.6 billion', 'unsourced', []],
      ['36 transits a day', 'unsourced', []],
      ['$3.2 billion', 'contradicted', ['oc-t-24']],
    ]);
  });
});

describe('battery note (GWh shipped, "grew only 2.6%", a price per kilowatt-hour, a cost that is no price)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('battery'))).toEqual([
      ['41.2 GWh', 'supported', ['k-sh-q3']],
      ['23%', 'supported', ['k-sh-q3', 'k-sh-q3ly']],
      ['8%', 'supported', ['k-sh-q3', 'k-sh-q2']],
      // "grew only 2.6%": a stress between the verb and the size keeps it a change (it measured nothing).
      ['2.6%', 'supported', ['k-rev-q3', 'k-rev-q3ly']],
      ['$5.62 billion', 'supported', ['k-rev-q3']],
      ['$112 per kilowatt-hour', 'supported', ['k-asp-q3']],
      ['$138', 'supported', ['k-asp-q3ly']],
      ['1.5 percentage points', 'supported', ['k-gm-q3', 'k-gm-q3ly']],
      ['21.4%', 'supported', ['k-gm-q3']],
      ['310 GWh', 'supported', ['k-cap']],
      ['400 GWh', 'unsourced', []],
      ['$81', 'unsourced', []],
      ['36.5 GWh', 'contradicted', ['k-sh-q2']],
    ]);
  });
  it('reads "by a mere", "just" and "only" as stress, and "only" before a share as none', () => {
    expect(judgedLine('battery', '2025-11-10', 'Kessler Cell', 'Revenue rose by a mere 2.6% in the third quarter.').code).toBe('supported');
    expect(judgedLine('battery', '2025-11-10', 'Kessler Cell', 'Revenue was up just 2.6% at $5.62 billion.').code).toBe('supported');
    expect(parseNote('Only 2.6% of revenue came from Europe.\n').claims[0]!.kind).toBe('percent');
  });
  it('writes a price per unit in a derivation as it is, never as a plural of counted things', () => {
    const asp = judgeNote(parseNote('---\ndate: 2025-11-10\n---\n# Kessler Cell\n\nThe ASP fell 19% year over year.\n'), load('battery').facts.index, { config: defaultConfig })[0]!;
    expect(asp.code).toBe('supported');
    expect(asp.message).toContain('112 USD/kWh / 138 USD/kWh');
  });
});

describe('tourism note (a country\'s arrivals over nine months, "over the nine months", "averaged €1,170")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('tourism'))).toEqual([
      ['18.2 million international arrivals', 'supported', ['v-arr-9m25']],
      ['7.7%', 'supported', ['v-arr-9m25', 'v-arr-9m24']],
      ['22.4 million', 'supported', ['v-arr-24']],
      // "rose 8.7% … over the nine months": "over" a period with no other time spans it, not where the change started (it was unsourced).
      ['8.7%', 'supported', ['v-rec-9m25', 'v-rec-9m24']],
      ['€21.3 billion', 'supported', ['v-rec-9m25']],
      // "Spending per visitor averaged €1,170": "averaged" binds a price to its per-item metric (it measured nothing).
      ['€1,170', 'supported', ['v-spend-9m25']],
      ['91.2%', 'supported', ['v-occ-aug']],
      ['3.1 million', 'unsourced', []],
      ['4%', 'unsourced', []],
      ['30 million arrivals', 'unsourced', []],
      ['€18.9 billion', 'contradicted', ['v-rec-9m24']],
    ]);
  });
  it('keeps "over" the same period, the past year or a year where a change started', () => {
    const over = (line: string) => judgedLine('tourism', '2025-11-12', 'Veloria tourism, January to September 2025', line);
    expect(over('Tourism receipts grew 8.7% over the first nine months of 2024.').code).toBe('supported');
    expect(over('Tourism receipts grew 8.7% over the same period of 2024.').code).not.toBe('contradicted');
  });
});

describe('neobank note (snapshots of customers and deposits, "year on year", "added 900,000 … and 3.4 million")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('neobank'))).toEqual([
      ['14.6 million customers', 'supported', ['p-cu-q3']],
      // "having added 900,000 in the quarter and 3.4 million over the past year": both are additions, never levels
      // (the 3.4 million was red against the customers of September 2024).
      ['900,000', 'unsourced', []],
      ['3.4 million', 'unsourced', []],
      ['11.9 million customers', 'contradicted', ['p-cu-q3ly']],
      // "grew 32% year on year": the British step (it was "a growth with no time to compare with").
      ['32%', 'supported', ['p-dep-q3', 'p-dep-q3ly']],
      ['$38.4 billion', 'supported', ['p-dep-q3']],
      ['38%', 'supported', ['p-rev-q3', 'p-rev-q3ly']],
      ['$1.02 billion', 'supported', ['p-rev-q3']],
      ['5.1%', 'supported', ['p-nim-q3']],
      ['5.6%', 'supported', ['p-nim-q3ly']],
      ['$212 million', 'supported', ['p-np-q3']],
      ['47%', 'supported', ['p-np-q3', 'p-np-q3ly']],
      ['41%', 'unsourced', []],
      ['48%', 'unsourced', []],
      ['20 million customers', 'unsourced', []],
    ]);
  });
  it('reads "year-on-year" and "quarter on quarter" after a figure as changes', () => {
    expect(lineVerdicts('neobank', '2025-11-05', 'Plover', 'Revenue was $1.02 billion, 38% year-on-year.')).toEqual([['$1.02 billion', 'supported'], ['38%', 'supported']]);
    expect(parseNote('Deposits were $38.4 billion, 4% quarter on quarter.\n').claims.find((c) => c.text === '4%')!.kind).toBe('growth');
  });
});

describe('concerts note (fans, a part "of it", a promoter\'s deferred revenue, prices with no metric)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('concerts'))).toEqual([
      ['52.3 million fans', 'supported', ['s-fans-q3']],
      ['7%', 'supported', ['s-fans-q3', 's-fans-q3ly']],
      ['$8.1 billion', 'supported', ['s-rev-q3']],
      ['6%', 'supported', ['s-rev-q3', 's-rev-q3ly']],
      ['9%', 'supported', ['s-aoi-q3', 's-aoi-q3ly']],
      ['$960 million', 'supported', ['s-aoi-q3']],
      ['$720 million', 'supported', ['s-sp-q3']],
      ['60%', 'unsourced', []],
      ['$4.9 billion', 'supported', ['s-def']],
      ['80%', 'unsourced', []],
      ['$128', 'unsourced', []],
      ['5%', 'unsourced', []],
      ['$910 million', 'contradicted', ['s-aoi-q3ly']],
    ]);
  });
});

describe('aircraft note (deliveries in "aircraft", a quarter "including" in nine months, a target of deliveries)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('aircraft'))).toEqual([
      // "498 aircraft": a plural without an "s" counts aircraft (it was a bare 498, and messages said "aircrafts").
      ['498 aircraft', 'supported', ['a-del-9m25']],
      ['15%', 'supported', ['a-del-9m25', 'a-del-9m24']],
      // "…, including 172 in the third quarter": a part in time is its own period's figure, of the level's unit (it was "a part").
      ['172', 'supported', ['a-del-q3']],
      ['612 aircraft', 'supported', ['a-no-9m25']],
      ['8,612', 'supported', ['a-bl']],
      ['7.6%', 'supported', ['a-rev-9m25', 'a-rev-9m24']],
      ['€48.3 billion', 'supported', ['a-rev-9m25']],
      // "its target of around 820 deliveries": the metric word "deliveries" names the noun in either number (it measured nothing).
      ['820 deliveries', 'supported', ['a-del-g25']],
      ['322', 'unsourced', []],
      ['57 aircraft a month', 'unsourced', []],
      ['12 years', 'unsourced', []],
      ['441', 'contradicted', ['a-del-9m24']],
    ]);
    expect(messageOn(judgedAtNoteDate('aircraft'), '15%')).toContain('498 aircraft / 432 aircraft');
  });
});

describe('election note (seats won "of the 300", points "more than four years earlier", what a coalition needs)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('election'))).toEqual([
      // "won 142 of the 300 seats": the winner's own seats (it was "a part"), and the seats contested no one's (it was red).
      ['142', 'supported', ['ndp-s-25']],
      ['300 seats', 'unsourced', []],
      ['118', 'supported', ['ndp-s-21']],
      ['41.3%', 'supported', ['ndp-v-25']],
      // "41.3% of the vote, 3.1 points more than four years earlier": a change in points after a share and its whole,
      // counted back as many years as it says, not from the compared level's 2021 (it was "in 2017").
      ['3.1 points', 'supported', ['ndp-v-25', 'ndp-v-21']],
      ['97 seats', 'supported', ['cu-s-25']],
      ['121', 'supported', ['cu-s-21']],
      ['30.6%', 'supported', ['cu-v-25']],
      ['68.2%', 'supported', ['no-t-25']],
      ['64.9%', 'supported', ['no-t-21']],
      // "A coalition needs 151 seats": what is needed (it was red against the Democrats' 142).
      ['151 seats', 'unsourced', []],
      ['14', 'unsourced', []],
      ['125 seats', 'contradicted', ['cu-s-21']],
    ]);
    expect(messageOn(judgedAtNoteDate('election'), '300 seats')).toContain('won from');
  });
  it('reads a difference in points or basis points after a level, compared with a time', () => {
    // The second finding: the change after the level.
    const margin = (line: string) => judgeNote(parseNote(`---\ndate: 2025-11-10\n---\n# Kessler Cell\n\n${line}\n`), load('battery').facts.index, { config: defaultConfig })[1]!;
    expect(margin('Gross margin was 21.4%, 1.5 percentage points higher than a year earlier.')).toMatchObject({ code: 'supported', cite: ['k-gm-q3', 'k-gm-q3ly'] });
    expect(margin('Gross margin was 21.4%, 150 basis points above the third quarter of 2024.').code).toBe('supported');
    expect(margin('Gross margin was 21.4% in the third quarter, 2.5 points more than a year earlier.').code).toBe('contradicted');
  });
});

describe('coffee crop note (a country\'s harvest in 60-kg bags, segments in parallel "and conilon at 17.6 million")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('coffeecrop'))).toEqual([
      ['55.7 million 60-kg bags', 'supported', ['br-c-25']],
      ['2.8%', 'supported', ['br-c-25', 'br-c-24']],
      ['38.1 million bags', 'supported', ['br-c-25-ar']],
      // "… at 38.1 million bags and conilon at 17.6 million": the parallel figure counts bags too (it measured nothing).
      ['17.6 million', 'supported', ['br-c-25-co']],
      ['16%', 'supported', ['br-x-25', 'br-x-24']],
      ['33.6 million bags', 'supported', ['br-x-25']],
      ['$3.85 a pound', 'unsourced', []],
      ['52%', 'unsourced', []],
      ['52.9 million bags', 'contradicted', ['br-c-24']],
    ]);
  });
});

describe('climate note (global indicators, square kilometres, a limit "holding warming to 1.5°C")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('climate'))).toEqual([
      ['1.55', 'supported', ['w-t-24']],
      ['1.5', 'unsourced', []],
      ['0.1', 'unsourced', []],
      ['422.8', 'supported', ['w-co2-24']],
      ['3.5', 'unsourced', []],
      // "4.6 million square kilometres" against `unit: km2` (it measured nothing).
      ['4.6 million square kilometres', 'supported', ['a-ice-25']],
      ['2 million', 'unsourced', []],
      ['37.4 billion tonnes', 'supported', ['w-em-24']],
      // "Holding warming to 1.5°C would require…": a limit aimed at (it was supported against 2024's 1.55).
      ['1.5', 'unsourced', []],
      ['43%', 'unsourced', []],
      ['1.38', 'contradicted', ['w-t-23']],
    ]);
  });
});

describe('admissions note (a university\'s record class, a split academic year "2025-26", the class of 2029)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('admissions'))).toEqual([
      // "the class of 2029" names a cohort, read as the year 2029: no fact, never red.
      ['57,210 applications', 'unsourced', []],
      ['8.2%', 'unsourced', []],
      ['3.9%', 'unsourced', []],
      ['4.4%', 'unsourced', []],
      // "is the largest in the university's history": a record, no largest item (it was "a part").
      ['1,652 students', 'supported', ['h-enr-29']],
      ['21%', 'unsourced', []],
      // "for 2025-26": the fiscal year ending in 2026 of an entity with `fiscal_year_end` (it was both years).
      ['$68,400', 'supported', ['h-tu-26']],
      ['$312 million', 'supported', ['h-aid-26']],
      ['55%', 'unsourced', []],
      ['$150,000', 'unsourced', []],
      ['53,900 applications', 'unsourced', []],
    ]);
  });
  it('reads a split year as both years for an entity with no fiscal year', () => {
    const calendar = judgeNote(parseNote('---\ndate: 2025-10-20\n---\n# Halden\n\nTuition was $60,400 in 2025-26.\n'), loadFacts([{ file: 'f.yaml', text: readFileSync('test/judge/fixtures/admissions-facts.yaml', 'utf8').replace(', fiscal_year_end: "06-30"', '') }], { today: '2025-10-20' }).index, { config: defaultConfig })[0]!;
    expect(calendar.code).toBe('unsourced');
    expect(judgedLine('admissions', '2025-10-20', 'Halden', 'Tuition was $60,400 in 2025-26.').code).toBe('contradicted');
  });
});

describe('chip roadmap note (process names are no figures, "and plans capex" is no part)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('chipnode'))).toEqual([
      ['64%', 'unsourced', []],
      ['$33.1 billion', 'supported', ['v-rev-q3']],
      ['300mm wafers', 'unsourced', []],
      ['310,000 wafers a month', 'supported', ['v-cap-25']],
      // "…, and plans capex of $41 billion": the clause opens with a plan's verb, no part named "plans" (it was a part).
      ['$41 billion', 'supported', ['v-capex-25g']],
      ['$30,000', 'unsourced', []],
      ['$18,000', 'unsourced', []],
    ]);
  });
});

describe('ski note (a season "2024/25" in a fiscal year to July, a result "at the low end of its guidance of" a range)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ski'))).toEqual([
      ['3.8%', 'supported', ['al-v-25', 'al-v-24']],
      // "in the 2024/25 season": the fiscal year ending in 2025 (it was both years).
      ['15.2 million', 'supported', ['al-v-25']],
      ['4.1%', 'supported', ['al-lr-25', 'al-lr-24']],
      ['$1.52 billion', 'supported', ['al-lr-25']],
      ['$842 million', 'supported', ['al-eb-25']],
      // "its guidance of $842 million to $898 million": the plan's own figure, no result (it was supported by the result).
      ['$842 million to $898 million', 'unsourced', []],
      ['2.31 million', 'supported', ['al-pu-26']],
      ['3%', 'unsourced', []],
      ['1%', 'unsourced', []],
      ['16.1 million', 'contradicted', ['al-v-24']],
    ]);
  });
});

describe('jobs note (a country\'s payrolls by month, "rose 3.9% from a year earlier to $36.42")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('jobs'))).toEqual([
      // "rose by 150,000 in October": over October a year before, as results are reported; no such fact, never red.
      ['150,000', 'unsourced', []],
      ['180,000 economists', 'unsourced', []],
      ['4.1%', 'supported', ['us-ur-oct']],
      ['4.2%', 'supported', ['us-ur-sep']],
      ['3.9%', 'supported', ['us-w-oct', 'us-w-oct24']],
      // "…rose 3.9% from a year earlier to $36.42": the level after the change's start binds the per-item metric (it measured nothing).
      ['$36.42', 'supported', ['us-w-oct']],
      ['62.5%', 'supported', ['us-lfp-oct']],
      ['1.4 million jobs', 'unsourced', []],
      ['140,000', 'unsourced', []],
      ['4.3%', 'contradicted', ['us-ur-sep']],
    ]);
  });
});

describe('music note (streaming revenue, a market share "ahead of its two main rivals at 21.5% and 17.9%")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('music'))).toEqual([
      ['9.5%', 'supported', ['c-sr-q3', 'c-sr-q3ly']],
      ['€1.04 billion', 'supported', ['c-sr-q3']],
      ['6%', 'unsourced', []],
      ['57%', 'unsourced', []],
      ['€1.81 billion', 'supported', ['c-rev-q3']],
      ['three years', 'unsourced', []],
      ['58%', 'unsourced', []],
      ['a fifth', 'unsourced', []],
      ['31.2%', 'supported', ['c-ms-24']],
      // "ahead of its two main rivals at 21.5% and 17.9%": the rivals' shares (both were red against Cadence's).
      ['21.5%', 'unsourced', []],
      ['17.9%', 'unsourced', []],
      ['€0.91 billion', 'contradicted', ['c-sr-q3ly']],
    ]);
    expect(messageOn(judgedAtNoteDate('music'), '17.9%')).toContain('rivals');
  });
});

describe('food maker note (organic growth with its price and volume parts, an outlook range of organic growth)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('foodco'))).toEqual([
      ['4.2%', 'supported', ['hv-og-9m']],
      // "with price up 3.5% and volume/mix up 0.7%": the parts of the growth, never judged as it.
      ['3.5%', 'unsourced', []],
      ['0.7%', 'unsourced', []],
      ['2.6%', 'supported', ['hv-rev-9m', 'hv-rev-9mly']],
      ['€31.2 billion', 'supported', ['hv-rev-9m']],
      ['1.6', 'unsourced', []],
      ['17.1%', 'supported', ['hv-om-h1']],
      ['3% to 5%', 'supported', ['hv-og-g']],
      ['58%', 'unsourced', []],
      ['6.8%', 'unsourced', []],
      ['1.1%', 'unsourced', []],
      ['3.8%', 'contradicted', ['hv-og-9m']],
    ]);
  });
});

describe('office REIT note (occupancy snapshots, square feet against `sqft`, a tower of its own)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('reit'))).toEqual([
      // "rose 50 basis points in the quarter": no period names the quarter; never red.
      ['50 basis points', 'unsourced', []],
      ['86.4%', 'supported', ['k-occ-q3']],
      ['three years', 'unsourced', []],
      // "1.21 million square feet" against `unit: sqft` (it measured nothing).
      ['1.21 million square feet', 'supported', ['k-lease-q3']],
      ['$0.62', 'supported', ['k-ffo-q3']],
      ['$0.66', 'supported', ['k-ffo-q3ly']],
      ['6.4 years', 'supported', ['k-wale']],
      ['40', 'unsourced', []],
      ['97%', 'unsourced', []],
      ['4%', 'unsourced', []],
      ['86.2%', 'contradicted', ['k-occ-q2']],
    ]);
  });
});

describe('bank capital note (a CET1 ratio above its requirement, a target, a buyback\'s effect)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cet1'))).toEqual([
      ['13.2%', 'supported', ['nb-cet1-q3']],
      ['180 basis points', 'unsourced', []],
      ['11.4%', 'unsourced', []],
      ['13.5%', 'supported', ['nb-cet1-q2']],
      ['14.8%', 'supported', ['nb-rote-q3']],
      ['13%', 'unsourced', []],
      ['€1.5 billion', 'supported', ['nb-bb']],
      ['50 basis points', 'unsourced', []],
      ['12.5% to 13%', 'unsourced', []],
      ['13.8%', 'contradicted', ['nb-cet1-q2']],
    ]);
  });
});

describe('IPO note (shares sold against a price per share, "priced its shares at", a valuation multiple)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ipo'))).toEqual([
      ['$1.4 billion', 'supported', ['lu-proc']],
      // "selling 36.8 million shares": a count never fits a price per share, whatever its metric's words ("a share") say (it was red).
      ['36.8 million shares', 'unsourced', []],
      ['$38 a share', 'supported', ['lu-price']],
      ['$33 to $36', 'unsourced', []],
      ['$9.1 billion', 'supported', ['lu-val']],
      ['22%', 'unsourced', []],
      ['35%', 'supported', ['lu-rev-24', 'lu-rev-23']],
      ['$612 million', 'supported', ['lu-rev-24']],
      ['$48 million', 'unsourced', []],
      ['15 times', 'supported', ['lu-val', 'lu-rev-24']],
      ['9 times', 'unsourced', []],
      // "Lumio priced its shares at $36": a metric phrase right before the price binds it (it measured nothing).
      ['$36', 'contradicted', ['lu-price']],
    ]);
  });
});

describe('recall note (vehicles recalled in a month of a year\'s recall, crashes, a multiple of another figure)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('recall'))).toEqual([
      ['1.2 million vehicles', 'supported', ['t-rec-25']],
      ['three times', 'unsourced', []],
      ['412,000', 'supported', ['t-del-q3']],
      ['214 crashes', 'unsourced', []],
      ['9 injuries', 'unsourced', []],
      ['20 minutes', 'unsourced', []],
      ['56%', 'supported', ['t-war-q3', 't-war-q3ly']],
      ['$640 million', 'supported', ['t-war-q3']],
      ['398,000 vehicles', 'contradicted', ['t-del-q3']],
    ]);
  });
});

describe('payment network note (a change at constant currency "and 7.7% as reported", cross-border growth)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('paynetwork'))).toEqual([
      ['$3.21 trillion', 'supported', ['px-tpv-q3']],
      ['9%', 'unsourced', []],
      // "up 9% on a constant-currency basis and 7.7% as reported": the same change on another basis, of the level both reached (it measured nothing).
      ['7.7%', 'supported', ['px-tpv-q3', 'px-tpv-q3ly']],
      ['13%', 'unsourced', []],
      ['64.5 billion transactions', 'supported', ['px-tx-q3']],
      ['700 million', 'unsourced', []],
      ['11%', 'supported', ['px-nr-q3', 'px-nr-q3ly']],
      ['$10.7 billion', 'supported', ['px-nr-q3']],
      ['a quarter', 'unsourced', []],
      ['22%', 'unsourced', []],
      ['$4.8 billion', 'unsourced', []],
      ['$18.5 billion', 'unsourced', []],
      ['$9.9 billion', 'contradicted', ['px-nr-q3ly']],
    ]);
    const wrong = judgeNote(parseNote('---\ndate: 2025-11-03\n---\n# Paxo\n\nTotal payment volume reached $3.21 trillion, up 9% on a constant-currency basis and 9% as reported.\n'), load('paynetwork').facts.index, { config: defaultConfig });
    expect(wrong.map((f) => f.code)).toEqual(['supported', 'unsourced', 'contradicted']);
  });
});

describe('broadband note (subscribers added, a base, churn, homes passed)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('broadband'))).toEqual([
      ['41,000 fiber subscribers', 'unsourced', []],
      ['2.84 million', 'unsourced', []],
      ['1.1%', 'supported', ['f-churn-q3']],
      ['$67.40', 'supported', ['f-arpu-q3']],
      ['9.6 million homes', 'supported', ['f-pass']],
      ['30%', 'unsourced', []],
      ['12 million homes', 'unsourced', []],
      ['$650', 'unsourced', []],
      ['2.91 million fiber subscribers', 'contradicted', ['f-subs']],
    ]);
  });
});

describe('stores note (stores opened against a metric of openings, closed, a count at quarter end)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('stores'))).toEqual([
      // "opened 48 stores": the verb that made the count a change is the metric's own word (it was derived as a difference).
      ['48 stores', 'supported', ['bm-op-q3']],
      ['12', 'unsourced', []],
      ['1,906', 'unsourced', []],
      ['1,870', 'unsourced', []],
      ['2.4%', 'supported', ['bm-comp-q3']],
      ['1.1%', 'unsourced', []],
      ['1.3%', 'unsourced', []],
      ['5.9%', 'supported', ['bm-rev-q3', 'bm-rev-q3ly']],
      ['$6.48 billion', 'supported', ['bm-rev-q3']],
      ['90%', 'unsourced', []],
      ['1,926 stores', 'contradicted', ['bm-st-q3']],
    ]);
    expect(lineVerdicts('stores', '2025-11-24', 'Brightmart', 'Brightmart opened 52 stores in the third quarter.')).toEqual([['52 stores', 'contradicted']]);
  });
});

describe('equipment note (orders, a book-to-bill ratio, a backlog, a margin at the top of its guidance)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('equip'))).toEqual([
      ['€5.4 billion', 'supported', ['o-ord-q3']],
      // "2.5% less than in the second": a quarter left unsaid is no time (`unsourced`).
      ['2.5%', 'unsourced', []],
      // "a book-to-bill ratio of 1.12" against `unit: x`: a bare number is no multiple (`unsourced`).
      ['1.12', 'unsourced', []],
      ['€4.82 billion', 'supported', ['o-rev-q3']],
      ['€33 billion', 'supported', ['o-bl-q3']],
      ['51.6%', 'supported', ['o-gm-q3']],
      ['49% to 52%', 'unsourced', []],
      ['€2.1 billion', 'unsourced', []],
      ['13', 'unsourced', []],
      ['1.21', 'unsourced', []],
      ['€5.1 billion', 'contradicted', ['o-ord-q3']],
    ]);
  });
});

describe('nuclear fleet note (TWh, a capacity factor in points, outage days, a licence plan)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('nuclear'))).toEqual([
      ['eight reactors', 'supported', ['v-re']],
      ['61.2 TWh', 'supported', ['v-out-25']],
      ['3.9%', 'supported', ['v-out-25', 'v-out-24']],
      ['58.9 TWh', 'supported', ['v-out-24']],
      ['88.4%', 'supported', ['v-cf-25']],
      ['85.1%', 'supported', ['v-cf-24']],
      ['3.3 points', 'supported', ['v-cf-25', 'v-cf-24']],
      ['212 days', 'supported', ['v-od-25']],
      ['26 days per reactor', 'unsourced', []],
      ['two reactors', 'unsourced', []],
      ['80 years', 'unsourced', []],
      ['62 to 64 TWh', 'unsourced', []],
      ['1,100 MW', 'unsourced', []],
      ['63.1 TWh', 'contradicted', ['v-out-25']],
    ]);
  });
});

describe('cocoa note (split seasons in a fiscal year to September, an estimate, grindings)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cocoa'))).toEqual([
      ['1.85 million tonnes', 'supported', ['ci-25']],
      ['5%', 'supported', ['ci-25', 'ci-24']],
      ['1.76 million tonnes', 'supported', ['ci-24']],
      ['600,000 tonnes', 'supported', ['gh-25']],
      ['530,000 tonnes', 'supported', ['gh-24']],
      ['2.45 million tonnes', 'unsourced', []],
      ['55%', 'unsourced', []],
      // "The ICCO expects a surplus of 142,000 tonnes": an expectation, and the facts give an actual figure.
      ['142,000 tonnes', 'unsourced', []],
      ['four years', 'unsourced', []],
      ['4%', 'unsourced', []],
      // "…, as grindings fell 4% to 4.6 million tonnes": a past change verb makes its own clause a result.
      ['4.6 million tonnes', 'supported', ['ic-gr']],
      ['$12,000 a tonne', 'unsourced', []],
      ['$5,400', 'unsourced', []],
      ['680,000 tonnes', 'contradicted', ['gh-25']],
    ]);
    expect(lineVerdicts('cocoa', '2025-12-01', 'Cocoa', 'The ICCO expects a surplus of 142,000 tonnes for the season, as grindings fell 4% to 4.9 million tonnes.')).toEqual([
      ['142,000 tonnes', 'unsourced'],
      ['4%', 'unsourced'],
      ['4.9 million tonnes', 'contradicted'],
    ]);
  });
});

describe('fitness chain note (members, clubs, revenue per member a month, churn)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('fitness'))).toEqual([
      ['4.12 million members', 'supported', ['p-m-25']],
      ['11%', 'supported', ['p-m-25', 'p-m-24']],
      ['1,040 clubs', 'supported', ['p-c-25']],
      ['15.6%', 'supported', ['p-r-25', 'p-r-24']],
      ['$348 million', 'supported', ['p-r-25']],
      ['$28.40', 'supported', ['p-arpm']],
      ['3.1%', 'supported', ['p-ch']],
      ['38 clubs', 'unsourced', []],
      ['150 to 160 openings', 'unsourced', []],
      ['1,000 members per club', 'unsourced', []],
      ['4.4 million members', 'contradicted', ['p-m-25']],
    ]);
  });
});

describe('shipyard note (orders against an annual target, vessels, a backlog)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('shipyard'))).toEqual([
      ['$6.8 billion', 'supported', ['h-o-h1']],
      ['31 vessels', 'supported', ['h-v-h1']],
      ['half', 'unsourced', []],
      // "its $13.5 billion annual target" of an `order_target` metric: the metric's own word plans nothing.
      ['$13.5 billion', 'supported', ['h-t-25']],
      ['$38.2 billion', 'supported', ['h-bl']],
      ['three years', 'unsourced', []],
      ['18', 'unsourced', []],
      ['31 ships', 'supported', ['h-v-h1']],
      ['$255 million', 'unsourced', []],
      ['48%', 'supported', ['h-o-h1', 'h-o-h1-24']],
      ['$7.4 billion', 'contradicted', ['h-o-h1']],
    ]);
    expect(lineVerdicts('shipyard', '2025-07-25', 'Hanmar', 'Hanmar Heavy set an annual target of $15 billion for 2025.')).toEqual([['$15 billion', 'contradicted']]);
  });
});

describe('security software note (ARR in a fiscal year to January, customers over a threshold, retention)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cyber'))).toEqual([
      ['$4.27 billion', 'supported', ['s-arr-q3']],
      ['21%', 'supported', ['s-arr-q3', 's-arr-q3-24']],
      ['$221 million', 'supported', ['s-nn-q3']],
      ['$1.11 billion', 'supported', ['s-rev']],
      ['119%', 'supported', ['s-nrr']],
      // "4,960 customers paying more than $100,000 a year": the metric's words, not some of its customers.
      ['4,960 customers', 'supported', ['s-lc']],
      ['$100,000', 'unsourced', []],
      ['$4.6 billion to $4.65 billion', 'unsourced', []],
      ['124%', 'contradicted', ['s-nrr']],
    ]);
    expect(lineVerdicts('cyber', '2025-12-03', 'Sentrix', 'Sentrix counts 5,100 customers paying more than $100,000 a year.')).toEqual([
      ['5,100 customers', 'contradicted'],
      ['$100,000', 'unsourced'],
    ]);
  });
});

describe('museum note (visitors against 2019, a foreign share, a ticket price, a cap)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('museum'))).toEqual([
      ['8.7 million visitors', 'supported', ['a-v-25']],
      ['6%', 'supported', ['a-v-25', 'a-v-24']],
      // "…, 6% more than in 2024 but still 9% below the 9.6 million of 2019": "still" names nothing.
      ['9%', 'supported', ['a-v-25', 'a-v-19']],
      ['9.6 million', 'supported', ['a-v-19']],
      ['69%', 'supported', ['a-fs-25']],
      ['6 million people', 'unsourced', []],
      ['€32', 'supported', ['a-tp-26']],
      ['€22', 'supported', ['a-tp-24']],
      ['30,000', 'unsourced', []],
      ['7.6 million', 'contradicted', ['a-v-24']],
    ]);
    expect(lineVerdicts('museum', '2026-01-20', 'Museum', 'The Arven Museum welcomed 8.7 million visitors in 2025, still 12% below the 9.9 million of 2019.')).toEqual([
      ['8.7 million visitors', 'supported'],
      ['12%', 'contradicted'],
      ['9.9 million', 'contradicted'],
    ]);
  });
});

describe('pharmacy chain note (a results table, comparable sales of two kinds, prescriptions per store)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('pharmacy'))).toEqual([
      ['$14.2 billion', 'supported', ['m-rev-25']],
      ['$13.6 billion', 'supported', ['m-rev-24']],
      ['412 million', 'supported', ['m-rx-25']],
      ['398 million', 'unsourced', []],
      ['2,310', 'supported', ['m-st-25']],
      ['2,355', 'unsourced', []],
      ['4.4%', 'supported', ['m-rev-25', 'm-rev-24']],
      ['6.8%', 'supported', ['m-cp-25']],
      ['1.9%', 'supported', ['m-cf-25']],
      ['45 stores', 'unsourced', []],
      // "Prescriptions per store averaged about 178,000": a bare count per store, not the store count (it was red against 2,310).
      ['178,000', 'unsourced', []],
      ['$14.6 billion to $14.9 billion', 'unsourced', []],
      ['430 million prescriptions', 'contradicted', ['m-rx-25']],
    ]);
  });
});

describe('hydrogen note (MW shipped, a GW backlog, a negative margin, a loss, a list of key figures)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('hydrogen'))).toEqual([
      ['212 MW', 'supported', ['e-sh-h1']],
      ['3.1 GW', 'supported', ['e-bl']],
      ['€96 million', 'supported', ['e-rev-h1']],
      // "the gross margin was negative 14%" against -14.
      ['14%', 'supported', ['e-gm-h1']],
      ['€88 million', 'supported', ['e-nl-h1']],
      ['€410 million', 'supported', ['e-cash']],
      // "Backlog: about 15 times first-half shipments": the backlog over shipments.
      ['15 times', 'supported', ['e-bl', 'e-sh-h1']],
      ['1 GW', 'unsourced', []],
      ['3.6 GW', 'contradicted', ['e-bl']],
    ]);
  });
});

describe('lottery note (a fiscal year to March, an "of which" part a metric names, a share of another metric)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('lottery'))).toEqual([
      ['1.2%', 'supported', ['l-ts-25', 'l-ts-24']],
      ['£8.1 billion', 'supported', ['l-ts-25']],
      // "…, of which £1.8 billion, or 22%, went to good causes": the part's own metric names it (it was "a part").
      ['£1.8 billion', 'supported', ['l-gc-25']],
      ['22%', 'unsourced', []],
      ['£4.3 billion', 'supported', ['l-pr-25']],
      // "Players won £4.3 billion in prizes, 53% of sales": prizes over ticket sales.
      ['53%', 'supported', ['l-pr-25', 'l-ts-25']],
      ['25 million adults', 'unsourced', []],
      ['10 years', 'unsourced', []],
      ['£1.5 billion', 'unsourced', []],
      ['£8.4 billion', 'contradicted', ['l-ts-25']],
    ]);
    expect(lineVerdicts('lottery', '2025-07-01', 'Rivermoor National Lottery', 'Players won £4.3 billion in prizes, 58% of sales.')).toEqual([
      ['£4.3 billion', 'supported'],
      ['58%', 'contradicted'],
    ]);
    expect(lineVerdicts('lottery', '2025-07-01', 'Rivermoor National Lottery', 'Sales were £8.1 billion, of which £2.8 billion went to good causes.')).toEqual([
      ['£8.1 billion', 'supported'],
      ['£2.8 billion', 'contradicted'],
    ]);
    // A part no metric names stays a part.
    expect(lineVerdicts('lottery', '2025-07-01', 'Rivermoor National Lottery', 'Sales were £8.1 billion, of which £1.8 billion came from scratchcards.')).toEqual([
      ['£8.1 billion', 'supported'],
      ['£1.8 billion', 'unsourced'],
    ]);
  });
});

describe('wine exports note (hectolitres, value and volume changes, a price per litre)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('wine'))).toEqual([
      ['1.21 million hectolitres', 'supported', ['r-ev-25']],
      ['7%', 'supported', ['r-ev-25', 'r-ev-24']],
      ['€602 million', 'supported', ['r-ex-25']],
      // "Value fell only 1.5%": the sentence names no time (the one before does).
      ['1.5%', 'unsourced', []],
      ['€4.98 a litre', 'unsourced', []],
      ['28%', 'unsourced', []],
      ['€640 million', 'contradicted', ['r-ex-25']],
    ]);
  });
});

describe('smartphone note (three vendors, shipments and shares, a name "with" or "at" its figure)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('phones'))).toEqual([
      ['61.4 million smartphones', 'supported', ['ss-q3']],
      ['7%', 'supported', ['ss-q3', 'ss-q3-24']],
      ['19%', 'supported', ['ss-sh-q3']],
      ['58.6 million units', 'supported', ['ap-q3']],
      ['18%', 'unsourced', []],
      // "…, ahead of Xiaomi's 43.5 million": the figure compared with counts what the one before it does.
      ['43.5 million', 'supported', ['xi-q3']],
      // "phones" is no word of the `smartphones` unit.
      ['120 million phones', 'unsourced', []],
      ['37%', 'unsourced', []],
      ['19%', 'supported', ['ss-sh-q3']],
      // "followed by Apple with 18% and Xiaomi with 14%": each name owns the figure it stands with.
      ['18%', 'supported', ['ap-sh-q3']],
      ['14%', 'supported', ['xi-sh-q3']],
      ['8%', 'unsourced', []],
      ['15%', 'contradicted', ['xi-sh-q3']],
    ]);
    // "ahead of Apple at 18%" was red against Samsung's 19%; "ahead of Xiaomi with 43.5 million" against Apple's 58.6 million.
    expect(lineVerdicts('phones', '2025-10-20', 'Smartphones', "Samsung's market share was 19%, ahead of Apple at 15%.")).toEqual([
      ['19%', 'supported'],
      ['15%', 'contradicted'],
    ]);
    expect(judgedLine('phones', '2025-10-20', 'Smartphones', "Samsung's market share was 19%, ahead of Apple at 15%.").message).toMatch(/^Samsung/);
    expect(lineVerdicts('phones', '2025-10-20', 'Smartphones', 'Apple shipped 58.6 million units, ahead of Xiaomi with 43.5 million.')).toEqual([
      ['58.6 million units', 'supported'],
      ['43.5 million', 'supported'],
    ]);
  });
});

describe('a level after the latest fact (the facts file lags the note)', () => {
  it('is unsourced when the figure it changed from is the latest sourced one', () => {
    // Before the 2025 facts were stated (February 2026), 85.1% (2024) is the latest.
    expect(lineVerdicts('nuclear', '2026-01-20', 'Velmar', "The fleet's capacity factor rose to 88.4% from 85.1%.")).toEqual([
      ['88.4%', 'unsourced'],
      ['85.1%', 'supported'],
    ]);
    expect(lineVerdicts('nuclear', '2026-01-20', 'Velmar', 'Velmar generated 61.2 TWh, up 3.9% from 58.9 TWh.')).toEqual([
      ['61.2 TWh', 'unsourced'],
      ['3.9%', 'unsourced'],
      ['58.9 TWh', 'supported'],
    ]);
    // Once they are, the level is judged by them, and the base by the year before.
    expect(lineVerdicts('nuclear', '2026-02-10', 'Velmar', "The fleet's capacity factor rose to 89.4% from 85.1%.")).toEqual([
      ['89.4%', 'contradicted'],
      ['85.1%', 'supported'],
    ]);
  });
});

describe('endowment note (a fiscal year to June, a prior-year label, a share of another metric, a ten-year average)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('endowment'))).toEqual([
      ['11.9%', 'supported', ['h-ret-25']],
      ['9.6%', 'supported', ['h-ret-24']],
      // "lifting its value to $53.2 billion": "value" is no word of the endowment's metric.
      ['$53.2 billion', 'unsourced', []],
      ['$50.7 billion', 'unsourced', []],
      ['$2.4 billion', 'supported', ['h-dist-25']],
      ['4.5%', 'supported', ['h-dist-25', 'h-ev-25']],
      ['38%', 'supported', ['h-bs-25']],
      ['a third', 'unsourced', []],
      ['6.2%', 'unsourced', []],
      ['ten years', 'unsourced', []],
      // "Over ten years, the endowment returned an annualised 9.1%": no one year's return (it was red against fiscal 2025's 11.9%).
      ['9.1%', 'unsourced', []],
      ['$55.1 billion', 'contradicted', ['h-ev-25']],
    ]);
    // A metric whose own words say the average is judged as any.
    expect(judgedLine('endowment', '2025-10-10', 'Halden University', 'The endowment returned an annualized 9.1% over the past decade.').message).toMatch(/an average over several years/);
  });
});

describe('game launch note (copies sold of a title, peak players, "more than doubled", a hypothetical)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('gamelaunch'))).toEqual([
      // "sold 8.5 million copies" of a `copies sold` metric: sales to date, not copies no longer held.
      ['8.5 million copies', 'supported', ['k-cs']],
      ['1.2 million', 'supported', ['k-pp']],
      ['doubled', 'supported', ['k-rev-q3', 'k-rev-q3-24']],
      ['$610 million', 'supported', ['k-rev-q3']],
      ['$240 million', 'supported', ['k-rev-q3-24']],
      ['$70 a copy', 'unsourced', []],
      ['$595 million', 'unsourced', []],
      ['30%', 'unsourced', []],
      ['9.5 million copies', 'contradicted', ['k-cs']],
    ]);
  });
});

describe('census note (population against a census, residents added a year, households)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('census'))).toEqual([
      ['1.284 million', 'supported', ['m-pop-25']],
      ['6.9%', 'supported', ['m-pop-25', 'm-pop-20']],
      // "from 1.201 million at the 2020 census": "census" says when, not what.
      ['1.201 million', 'supported', ['m-pop-20']],
      ['83,000 residents', 'unsourced', []],
      ['five years', 'unsourced', []],
      // "roughly 16,600 a year" after the 83,000 added: one year's share (it was red against the population).
      ['16,600', 'unsourced', []],
      ['38.4 years', 'supported', ['m-age-25']],
      ['531,000 households', 'supported', ['m-hh-25']],
      ['2.4 people', 'unsourced', []],
      ['one in five', 'unsourced', []],
      ['1.31 million residents', 'contradicted', ['m-pop-25']],
    ]);
  });
});

describe('bond auction note (a day\'s auction, a yield below a when-issued level, a bid-to-cover ratio)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('auction'))).toEqual([
      ['$42 billion', 'supported', ['t-sz']],
      ['4.115%', 'supported', ['t-hy']],
      // "below the 4.121% when-issued level": a level set against (it was red against the 4.115%).
      ['4.121%', 'unsourced', []],
      // "Demand was solid: …": a word opening the sentence that is never a name (it read as one the facts do not know).
      ['2.49x', 'supported', ['t-btc']],
      ['2.52x', 'unsourced', []],
      ['70.1%', 'supported', ['t-ind']],
      ['11.6%', 'unsourced', []],
      ['2.61x', 'contradicted', ['t-btc']],
    ]);
  });
});

describe('fab note (a cost estimate as guidance, grants, a base "since the 2022 plan of")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('fab'))).toEqual([
      ['$28 billion', 'supported', ['t-cost-25']],
      // "…, of which $6.6 billion comes from federal grants": the future tense of the clause before reaches it.
      ['$6.6 billion', 'unsourced', []],
      ['3,000 people', 'unsourced', []],
      ['40,000 wafers a month', 'unsourced', []],
      ['$2.2 million per job', 'unsourced', []],
      ['22%', 'supported', ['t-cost-25', 't-cost-22']],
      // "since the 2022 plan of $23 billion": the level the change starts from (it was outdated).
      ['$23 billion', 'supported', ['t-cost-22']],
      ['$7.5 billion', 'contradicted', ['t-grant']],
    ]);
  });
});

describe('a figure set off by ", worth" (its level\'s time)', () => {
  it('takes the time of the level before it', () => {
    // Before the 2025 facts were stated, the €602 million is 2025's, not red against 2024's €611 million.
    expect(lineVerdicts('wine', '2026-01-15', 'Rioja', 'Rioja exported 1.21 million hectolitres of wine in 2025, 7% less than in 2024, worth €602 million.')).toEqual([
      ['1.21 million hectolitres', 'unsourced'],
      ['7%', 'unsourced'],
      ['€602 million', 'unsourced'],
    ]);
    expect(lineVerdicts('wine', '2026-02-15', 'Rioja', 'Rioja exported 1.21 million hectolitres of wine in 2025, worth €640 million.')).toEqual([
      ['1.21 million hectolitres', 'supported'],
      ['€640 million', 'contradicted'],
    ]);
  });
});

describe('rate case note (a request and an approval, an ROE the utility sought, a rate base)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ratecase'))).toEqual([
      ['$310 million', 'supported', ['n-app']],
      ['69%', 'unsourced', []],
      // "the $450 million it requested" of a `rate_request` metric whose word is "requested".
      ['$450 million', 'supported', ['n-req']],
      ['9.7%', 'supported', ['n-roe']],
      // "below the 10.5% the utility sought" and "had asked for an ROE of 10.5%": asked for, not decided (both were red against 9.7%).
      ['10.5%', 'unsourced', []],
      ['$14.2 billion', 'supported', ['n-rb']],
      ['$9', 'unsourced', []],
      ['6%', 'unsourced', []],
      ['10.5%', 'unsourced', []],
      ['52%', 'unsourced', []],
      ['$340 million', 'contradicted', ['n-app']],
    ]);
    expect(judgedLine('ratecase', '2025-11-25', 'Northvale Electric', 'Northvale had asked for an ROE of 10.5%.').message).toMatch(/a figure asked for, not the one decided/);
    expect(lineVerdicts('ratecase', '2025-11-25', 'Northvale Electric', 'The commission set an ROE of 10.5%.')).toEqual([['10.5%', 'contradicted']]);
  });
});

describe('venture fund note (a close above its target, assets under management, a fund of 2022)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('vcfund'))).toEqual([
      ['$850 million', 'supported', ['a-f4']],
      ['$700 million', 'supported', ['a-t4']],
      ['42%', 'unsourced', []],
      // "above its $700 million target …, bringing assets under management to $3.2 billion": the
      // target plans its own figure, not the later clause's (which was "no guidance yet").
      ['$3.2 billion', 'supported', ['a-aum']],
      ['$5 million to $15 million', 'unsourced', []],
      ['half', 'unsourced', []],
      // "Its third fund, raised in 2022, was $600 million": "raised" reads as an investment.
      ['$600 million', 'unsourced', []],
      ['$3.6 billion', 'contradicted', ['a-aum']],
    ]);
  });
});

describe('office tower sale note (a sale price, a price per square foot, a cap rate, a 2015 purchase)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('towerdeal'))).toEqual([
      ['$1.1 billion', 'supported', ['c-sale']],
      // "per square foot" and "920,000-square-foot": a unit of two words (they read "per square", "920,000-square").
      ['$1,200 per square foot', 'unsourced', []],
      ['5.2%', 'unsourced', []],
      ['920,000-square-foot', 'supported', ['c-area']],
      ['94%', 'supported', ['c-lease']],
      ['$640 million', 'supported', ['c-buy']],
      ['72%', 'unsourced', []],
      ['$1.3 billion', 'contradicted', ['c-sale']],
    ]);
  });
});

describe('box office note (a domestic and a worldwide opening, a budget, tracking it beat)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('boxoffice'))).toEqual([
      ['$142 million', 'supported', ['s-od']],
      ['$310 million', 'supported', ['s-og']],
      ['$200 million', 'supported', ['s-bud']],
      // "beat tracking of $110 million to $125 million": what the market expected (it was red against the opening).
      ['$110 million to $125 million', 'unsourced', []],
      ['$330 million', 'contradicted', ['s-og']],
    ]);
    expect(lineVerdicts('boxoffice', '2025-07-08', 'Starbound', "Starbound's opening of $142 million beat the $120 million consensus.")).toEqual([
      ['$142 million', 'supported'],
      ['$120 million', 'unsourced'],
    ]);
  });
});

describe('settlement note (a settlement against an earlier offer, installments, a multiple of revenue)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('settlement'))).toEqual([
      ['$7.4 billion', 'supported', ['h-set']],
      ['15 years', 'unsourced', []],
      ['$6 billion', 'supported', ['h-off']],
      ['$2.1 billion', 'unsourced', []],
      ['$380 million', 'unsourced', []],
      ['1.5 times', 'supported', ['h-set', 'h-rev-24']],
      ['$4.9 billion', 'supported', ['h-rev-24']],
      ['$8.4 billion', 'contradicted', ['h-set']],
    ]);
  });
});

describe('stress test note (a ratio under a scenario, a buffer, a requirement)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('stresstest'))).toEqual([
      ['13.1%', 'supported', ['h-cet1']],
      // "the ratio would fall to 9.8% under the severely adverse scenario": no metric names it (never red).
      ['9.8%', 'unsourced', []],
      ['3.3 points', 'unsourced', []],
      ['2.5%', 'supported', ['h-scb']],
      // "its CET1 requirement at 7.0%": a level set (it was red against the buffer's 2.5%).
      ['7.0%', 'unsourced', []],
      ['$1.10', 'unsourced', []],
      ['$1.00', 'unsourced', []],
      ['12.4%', 'contradicted', ['h-cet1']],
    ]);
  });
});

describe('rate cut note (a policy rate by decision date, inflation against a target, a market path)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ratecut'))).toEqual([
      ['25 basis points', 'unsourced', []],
      ['4.25%', 'supported', ['b-r-1029']],
      ['2.9%', 'supported', ['n-cpi-09']],
      ['2%', 'unsourced', []],
      ['50 basis points', 'unsourced', []],
      // "which would take the policy rate to 3.75%": a path, not a decision (never red).
      ['3.75%', 'unsourced', []],
      ['4.5%', 'outdated', ['b-r-1029', 'b-r-0917']],
      ['3.4%', 'contradicted', ['n-cpi-09']],
    ]);
  });
});

describe('buyback note (shares and dollars repurchased, a share count, an authorization)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('buyback'))).toEqual([
      ['12 million shares', 'unsourced', []],
      ['$1.5 billion', 'supported', ['c-bb-q3']],
      ['$125 a share', 'unsourced', []],
      ['810 million', 'supported', ['c-so']],
      ['1.5%', 'unsourced', []],
      // "authorized a further $10 billion of repurchases": a ceiling on what will be done (it was red against the quarter's $1.5 billion).
      ['$10 billion', 'unsourced', []],
      ['10%', 'unsourced', []],
      ['$1.8 billion', 'contradicted', ['c-bb-q3']],
    ]);
  });
});

describe('layoffs note (planned job cuts, a workforce now, a peak "when")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('layoffs'))).toEqual([
      // "will cut 4,000 jobs" of a `job_cuts` metric whose word is "cut": the count, as guidance.
      ['4,000 jobs', 'supported', ['m-cut']],
      ['6%', 'unsourced', []],
      // "…, about 6% of its workforce of 66,000": what it has now, not the plan's (it was "no guidance yet").
      ['66,000', 'supported', ['m-emp']],
      ['$310 million', 'unsourced', []],
      ['2,500 layoffs', 'unsourced', []],
      // "in 2024, when headcount peaked at 71,000": 2024's (it was red against June 2025's 66,000).
      ['71,000', 'unsourced', []],
      ['$500 million', 'unsourced', []],
      ['64,000 people', 'contradicted', ['m-emp']],
    ]);
  });
});

describe('distributor note (a table of regions with year-on-year changes, "nearly half")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('chipdist'))).toEqual([
      ['$2.1 billion', 'supported', ['av-am-q3']],
      ['+8%', 'supported', ['av-am-q3', 'av-am-q3-24']],
      ['$1.4 billion', 'supported', ['av-em-q3']],
      ['-8%', 'supported', ['av-em-q3', 'av-em-q3-24']],
      ['$3.3 billion', 'supported', ['av-as-q3']],
      ['+20%', 'supported', ['av-as-q3', 'av-as-q3-24']],
      ['$6.8 billion', 'supported', ['av-tot-q3']],
      ['+9.5%', 'supported', ['av-tot-q3', 'av-tot-q3-24']],
      ['half', 'supported', ['av-as-q3', 'av-tot-q3']],
      ['10.9%', 'supported', ['av-gm-q3']],
      ['$3.6 billion', 'contradicted', ['av-as-q3']],
    ]);
  });
});

describe('adjusted figures note (adjusted against reported EBITDA and EPS, an item "after", a counterfactual)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('adjusted'))).toEqual([
      ['6%', 'unsourced', []],
      // "adjusted EBITDA rose 6% to $1.2 billion" against facts of no basis: they may be the reported ones (it was red).
      ['$1.2 billion', 'unsourced', []],
      ['$1.0 billion', 'supported', ['v-ebitda-q3']],
      // "after $200 million of restructuring costs": an item the figure is stated after (it was red against EBITDA).
      ['$200 million', 'unsourced', []],
      // "Adjusted EPS was $1.31": a participle opening the sentence is no owner's name (it hid the heading's).
      ['$1.31', 'unsourced', []],
      ['$1.02', 'supported', ['v-eps-q3']],
      ['$410 million', 'supported', ['v-ni-q3']],
      ['$1.02 a share', 'supported', ['v-eps-q3']],
      // "Excluding the charges, net income would have been $560 million": not what was (it was red).
      ['$560 million', 'unsourced', []],
      ['$1.1 billion', 'contradicted', ['v-ebitda-q3']],
    ]);
    const findings = judgedAtNoteDate('adjusted');
    expect(messageOn(findings, '$1.2 billion')).toContain('write `basis: adjusted`');
    expect(messageOn(findings, '$560 million')).toContain('what would have been, not what was');
  });
});

describe('year-to-date note (a quarter, "so far this year", nine months a year earlier, like-for-like)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ytd'))).toEqual([
      ['8.9%', 'supported', ['b-q3', 'b-q3-24']],
      ['€4.3 billion', 'supported', ['b-q3']],
      ['9.7%', 'unsourced', []],
      // "So far this year, sales are up 9.7% at €12.4 billion": the year to date, a span no quarter's figure is (it was red against Q3's €4.3 billion).
      ['€12.4 billion', 'unsourced', []],
      ['€11.3 billion', 'supported', ['b-9m-24']],
      ['4.1%', 'unsourced', []],
      ['€16.8 billion', 'unsourced', []],
      ['€12.9 billion', 'contradicted', ['b-9m']],
    ]);
  });
});

describe('valuation multiples note (market value over revenue and earnings, forward multiples)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('multiples'))).toEqual([
      ['$84 billion', 'supported', ['q-mc']],
      // "market value reached $84 billion …, or 14 times its 2024 revenue": the metric named before, over revenue.
      ['14 times', 'supported', ['q-mc', 'q-rev-24']],
      ['$6.0 billion', 'supported', ['q-rev-24']],
      ['45 times', 'unsourced', []],
      ['28 times', 'unsourced', []],
      ['$1.2 billion', 'unsourced', []],
      // "Quorra earned $1.2 billion in 2024, so its market value is 70 times trailing earnings": 2024 is the earnings' time, not the market value's.
      ['70 times', 'supported', ['q-mc', 'q-ni-24']],
      ['$91 billion', 'contradicted', ['q-mc']],
    ]);
  });
});

describe('GDP per capita note (GDP, population, a per-capita metric)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('percapita'))).toEqual([
      ['$412 billion', 'supported', ['v-gdp-24']],
      ['$47,900 per person', 'unsourced', []],
      ['8.6 million people', 'supported', ['v-pop-24']],
      ['$47,900', 'supported', ['v-gdppc-24']],
      ['2.1%', 'unsourced', []],
      ['1.8%', 'unsourced', []],
      ['$52,000', 'contradicted', ['v-gdppc-24']],
    ]);
  });
});

describe('fractions note (a segment "brought in", two-thirds, a quarter below an average)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('fractions'))).toEqual([
      ['412,000 tonnes', 'supported', ['o-cu-h1']],
      ['$6.2 billion', 'unsourced', []],
      ['two-thirds', 'unsourced', []],
      ['$9.3 billion', 'supported', ['o-rev-h1']],
      ['$1.85', 'unsourced', []],
      ['450,000 tonnes', 'contradicted', ['o-cu-h1']],
    ]);
  });
});

describe('reservoir note (acre-feet, a water year, a 30-year average, "by next April")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('reservoir'))).toEqual([
      ['61%', 'supported', ['c-pct-25']],
      ['54%', 'supported', ['c-pct-24']],
      // `unit: acre-feet` is the note's "acre-feet" (it was no unit of the metric's).
      ['14.2 million acre-feet', 'supported', ['c-vol-25']],
      // "the 30-year average of 78%": the window is no figure, and the average no level of the lake's.
      ['78%', 'unsourced', []],
      // "in the 2025 water year": the authority's fiscal year to September.
      ['1.62 million acre-feet', 'supported', ['w-del-25']],
      ['4%', 'unsourced', []],
      ['$1,256 per acre-foot', 'supported', ['w-rate-26']],
      ['10%', 'supported', ['w-rate-26', 'w-rate-25']],
      ['$1,143', 'supported', ['w-rate-25']],
      // "Engineers expect the lake to reach 66% full by next April": April 2026, a plan.
      ['66%', 'unsourced', []],
      ['15.1 million acre-feet', 'contradicted', ['c-vol-25']],
    ]);
  });
});

describe('esports note (peak viewers, hours watched, a prize pool and its part)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('esports'))).toEqual([
      ['6.9 million peak viewers', 'supported', ['r-peak-25']],
      ['6.4 million', 'supported', ['r-peak-24']],
      // "Across the tournament, fans logged 412 million hours watched": no name opens the sentence, so the heading's owns it.
      ['412 million hours', 'supported', ['r-hours-25']],
      ['60 hours per viewer', 'unsourced', []],
      ['$5 million', 'supported', ['r-prize-25']],
      ['$1.5 million', 'unsourced', []],
      ['30%', 'unsourced', []],
      ['7.1 million active streamers', 'supported', ['g-str-25']],
      // "Organisers hope to pass 8 million peak viewers in 2026": a hope is a plan.
      ['8 million peak viewers', 'unsourced', []],
      ['$5.5 million', 'contradicted', ['r-prize-25']],
    ]);
  });
});

describe('patent filings note (a ranking, "ahead of Yamori at 4,870", a pronoun opening a paragraph)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('patents'))).toEqual([
      ['199,264 patent applications', 'supported', ['e-app-24']],
      // "roughly flat on the 199,402 filed in 2023": the figure compared with, of what the sentence counts.
      ['199,402', 'supported', ['e-app-23']],
      // "It granted 114,100 patents" opens a paragraph: the pronoun's name is in another paragraph, under a heading that names no one.
      ['114,100 patents', 'unsourced', []],
      ['57%', 'unsourced', []],
      ['6,214 applications', 'supported', ['k-app-24']],
      // "Kessler Elektrik led the ranking with 6,214 applications, ahead of Yamori at 4,870": Yamori's applications.
      ['4,870', 'supported', ['y-app-24']],
      ['17,000 filings', 'unsourced', []],
      ['12%', 'unsourced', []],
      ['5,870 applications', 'contradicted', ['y-app-24']],
    ]);
    // A sentence-opening pronoun after a name the facts do not know may stand for it: the heading's entity owns nothing.
    expect(lineVerdicts('patents', '2025-04-02', 'EPO', 'It received 199,264 patent applications in 2024.')).toEqual([['199,264 patent applications', 'supported']]);
    expect(lineVerdicts('patents', '2025-04-02', 'EPO', 'Filings are rising, according to Tanbel Grid. It received 199,264 patent applications in 2024.')).toEqual([['199,264 patent applications', 'unsourced']]);
  });
});

describe('vaccination note (doses over months, coverage of a segment, a target, "wants … by the end of January")', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('vaccine');
    // "The ministry wants 4 million doses given by the end of January", in December 2025: January 2026.
    expect(messageOn(findings, '4 million doses')).toContain('January 2026');
    expect(verdictRows(findings)).toEqual([
      // "3.4 million flu doses": a qualified count may be a part; the whole's facts decide a figure they agree with.
      ['3.4 million flu doses', 'supported', ['d-25']],
      ['10%', 'supported', ['d-25', 'd-24']],
      // "…, still short of the ministry's target of 75%": the ministry is named only beside its target.
      ['58.2%', 'unsourced', []],
      ['75%', 'supported', ['t-65']],
      ['1.2 million', 'unsourced', []],
      ['a third', 'unsourced', []],
      ['4 million doses', 'unsourced', []],
      ['62%', 'contradicted', ['c-65']],
    ]);
  });
});

describe('strike note (members, days on strike, a pay rise accepted and one asked for)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('strike'))).toEqual([
      ['8,400 members', 'supported', ['u-mem']],
      ['19 days', 'supported', ['s-days']],
      // "Members accepted a pay rise of 14% …; the union had asked for 22%": Seaward's offer the members accepted (the union is the
      // later clause's subject, so the paragraph's Seaward Ports owns it), never a growth of its members.
      ['14%', 'supported', ['s-offer']],
      ['three years', 'unsourced', []],
      ['22%', 'unsourced', []],
      ['$41 million', 'supported', ['s-lost']],
      ['120 ships', 'unsourced', []],
      ['9 days', 'unsourced', []],
      ['16%', 'contradicted', ['s-offer']],
    ]);
    const payRise = judgedLine('strike', '2025-11-20', 'The Seaward port strike', 'Members accepted a pay rise of 14% over three years; the union had asked for 22%.');
    expect(payRise.message).toMatch(/wage offer/);
    expect(payRise.message).not.toMatch(/members/);
  });
});

describe('data breach note (a fine, records of customers, customers down after it)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('breach'))).toEqual([
      ['€310 million', 'supported', ['n-fine']],
      // "exposed the records of 9.6 million customers": never the customer base of 14.1 million.
      ['9.6 million customers', 'unsourced', []],
      ['4%', 'unsourced', []],
      ['14.1 million customers', 'supported', ['n-cust']],
      ['3%', 'supported', ['n-cust', 'n-cust-24']],
      ['€85 million', 'unsourced', []],
      ['€350 million', 'contradicted', ['n-fine']],
    ]);
  });
});

describe('oil field note (barrels per day against `bpd`, reserves in barrels, a plateau planned)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('oilfield'))).toEqual([
      // "182,000 barrels per day": a rate, the facts' `bpd`; "up 11% from 164,000 in the second" (it was red against the reserves' 1.1 billion barrels).
      ['182,000 barrels per day', 'supported', ['h-prod-q3']],
      ['11%', 'unsourced', []],
      ['164,000', 'supported', ['h-prod-q2']],
      ['220,000 bpd', 'unsourced', []],
      ['14 wells', 'unsourced', []],
      ['1.1 billion barrels', 'supported', ['h-res']],
      ['16 years', 'unsourced', []],
      ['$6.8 billion', 'unsourced', []],
      ['$45 a barrel', 'unsourced', []],
      ['192,000 barrels per day', 'contradicted', ['h-prod-q3']],
    ]);
    // "bbl/d", "boepd" and "barrels a day" are the one rate.
    for (const figure of ['182,000 bbl/d', '182,000 boepd', '182,000 barrels a day']) {
      expect(lineVerdicts('oilfield', '2025-11-05', 'Harrowgate Field', `Harrowgate produced ${figure} in the third quarter.`)).toEqual([[figure, 'supported']]);
    }
  });
});

describe('waiting list note (patients waiting for planned treatment, a share within a threshold, a plan by March)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('waitlist');
    expect(verdictRows(findings)).toEqual([
      // "412,300 patients were waiting for planned treatment": "planned" describes the treatment, no plan of the figure's.
      ['412,300 patients', 'supported', ['w-list-sep']],
      ['4.5%', 'unsourced', []],
      ['14.2 weeks', 'supported', ['w-med-sep']],
      ['61.8%', 'unsourced', []],
      // "61.8% of patients had been waiting less than 18 weeks": the share's threshold (it was "supported" as a median wait).
      ['18 weeks', 'unsourced', []],
      ['92%', 'unsourced', []],
      // "About 3,100 people had waited more than a year": people, not staff (it was red against the board's 24,000 employees).
      ['3,100 people', 'unsourced', []],
      // "The board plans to cut the list below 400,000 by March", in November 2025: March 2026.
      ['400,000', 'unsourced', []],
      ['421,300', 'contradicted', ['w-list-sep']],
    ]);
    expect(messageOn(findings, '400,000')).toContain('March 2026');
    expect(messageOn(findings, '18 weeks')).toContain('set against');
    // A count of people is a staff count only when the sentence says they work there.
    const staff = (line: string) => lineVerdicts('waitlist', '2025-11-14', 'Westmoor', line);
    expect(staff('Westmoor employs 24,000 people.')).toEqual([['24,000 people', 'supported']]);
    expect(staff('Some 31,000 people work for Westmoor.')).toEqual([['31,000 people', 'contradicted']]);
    expect(staff('Westmoor serves 1.2 million people.')).toEqual([['1.2 million people', 'unsourced']]);
    expect(staff('Westmoor treated 3,100 people in A&E on Monday.')).toEqual([['3,100 people', 'unsourced']]);
    expect(staff("Westmoor's 24,000 staff include 9,000 people in nursing.")).toEqual([['24,000 staff', 'supported'], ['9,000 people', 'unsourced']]);
  });
});

describe('podcast note (downloads, listeners, ad revenue and the part one show brought in)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('podcast'))).toEqual([
      ['1.34 billion times', 'unsourced', []],
      ['48 million monthly listeners', 'supported', ['l-lis-q3']],
      ['17%', 'supported', ['l-ad-q3', 'l-ad-q3-24']],
      ['$212 million', 'supported', ['l-ad-q3']],
      ['30%', 'unsourced', []],
      ['$40 million', 'unsourced', []],
      ['a fifth', 'unsourced', []],
      ['$25', 'unsourced', []],
      ['$221 million', 'contradicted', ['l-ad-q3']],
    ]);
  });
});

describe('punctuality note (on-time share in a month, flights and cancellations, compensation)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ontime'))).toEqual([
      ['83.4%', 'supported', ['s-ot-oct']],
      ['76.9%', 'supported', ['s-ot-oct24']],
      ['18,450 flights', 'supported', ['s-fl-oct']],
      ['212', 'supported', ['s-can-oct']],
      ['1.1%', 'unsourced', []],
      ['a third', 'unsourced', []],
      ['£6 million', 'unsourced', []],
      ['312 flights', 'contradicted', ['s-can-oct']],
    ]);
  });
});

describe('housing starts note (an annual rate, permits, a consensus, the office named only as "Velland")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('starts'))).toEqual([
      ['4%', 'unsourced', []],
      ['1.31 million', 'supported', ['hs-sep']],
      ['1.41 million', 'unsourced', []],
      ['70%', 'unsourced', []],
      // "Economists had expected starts of 1.28 million": a plan told by others, never the actual 1.31 million.
      ['1.28 million', 'unsourced', []],
      ['1.36 million', 'contradicted', ['hs-sep']],
    ]);
  });
});

describe('meatpacker note (head of cattle a week, sales, a loss per head)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('meat'))).toEqual([
      ['102,000', 'supported', ['p-sl-q3']],
      ['11%', 'supported', ['p-sales-q3', 'p-sales-q3-24']],
      ['$6.2 billion', 'supported', ['p-sales-q3']],
      ['$48', 'unsourced', []],
      ['30%', 'unsourced', []],
      ['112,000', 'contradicted', ['p-sl-q3']],
    ]);
  });
});

describe('cruise ship note (occupancy above 100%, "Ships sailed at", net yields)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cruiseship'))).toEqual([
      // "Ships sailed at 108.4% occupancy": no name opens the sentence (it read as one the facts do not know).
      ['108.4%', 'supported', ['a-occ-q3']],
      ['2.3 million passengers', 'supported', ['a-pax-q3']],
      ['4.6%', 'supported', ['a-yield-q3']],
      ['27', 'unsourced', []],
      ['104.8%', 'contradicted', ['a-occ-q3']],
    ]);
  });
});

describe('lithium note (tonnes of LCE, a cash cost and a realized price per tonne, a spot peak)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('lithium'))).toEqual([
      ['41,200 tonnes', 'supported', ['s-prod-25']],
      ['12%', 'supported', ['s-prod-25', 's-prod-24']],
      ['$5,900 a tonne', 'supported', ['s-cost']],
      ['$9,800', 'supported', ['s-price']],
      ['$3,900 a tonne', 'unsourced', []],
      ['80%', 'unsourced', []],
      // "their 2022 peak of about $80,000 a tonne": spot prices, no cost or price of the company's.
      ['$80,000 a tonne', 'unsourced', []],
      ['51%', 'unsourced', []],
      ['$1.2 billion', 'unsourced', []],
      ['$6,900 a tonne', 'contradicted', ['s-cost']],
    ]);
  });
});

describe('AI usage note (tokens a month in trillions and a quadrillion, developers, run-rate revenue)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('tokens'))).toEqual([
      ['980 trillion tokens a month', 'supported', ['m-tok-sep']],
      ['double', 'unsourced', []],
      ['480 trillion', 'unsourced', []],
      // "More than 4.1 million developers build on its API": "More" opens the sentence, no name.
      ['4.1 million developers', 'supported', ['m-dev']],
      ['$6.5 billion', 'supported', ['m-arr']],
      ['$2 per million', 'unsourced', []],
      ['$2 billion', 'unsourced', []],
      // "1.2 quadrillion": a scale (it was read as a noun, "quadrillion tokens", and the red was missed).
      ['1.2 quadrillion tokens a month', 'contradicted', ['m-tok-sep']],
    ]);
  });
});

describe('theme park note (attendance over nine months, spending per guest, "so revenue held at")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('themepark'))).toEqual([
      ['nine months', 'unsourced', []],
      ['3%', 'supported', ['w-att-25', 'w-att-24']],
      ['21.4 million', 'supported', ['w-att-25']],
      // "Guests spent more once inside: …": "Guests" is a metric's word ("per guest"), no name.
      ['$71.80', 'supported', ['w-pc']],
      // "so revenue held at $1.63 billion": "so" narrows nothing (it read as a segment "so").
      ['$1.63 billion', 'supported', ['w-rev']],
      ['$85 million', 'unsourced', []],
      ['22.4 million visits', 'contradicted', ['w-att-25']],
    ]);
  });
});

describe('rail freight note (a week to a Saturday as days from one to another, an operating ratio)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('railfreight');
    expect(verdictRows(findings)).toEqual([
      // "In the week to November 1": the seven days to that Saturday, the facts' `2025-10-26/2025-11-01`.
      ['112,400 carloads', 'supported', ['g-car']],
      ['96,800 intermodal units', 'supported', ['g-int']],
      ['40%', 'unsourced', []],
      ['6%', 'unsourced', []],
      ['61.2%', 'supported', ['g-or']],
      ['63.5%', 'unsourced', []],
      ['121,400 carloads', 'contradicted', ['g-car']],
    ]);
    expect(messageOn(findings, '112,400 carloads')).toContain('the week to November 1, 2025');
  });
});

describe('5G coverage note (a share of the population, sites, a country\'s people)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('coverage5g'))).toEqual([
      ['92%', 'supported', ['n-cov']],
      ['11,300 sites', 'supported', ['n-sites']],
      ['99%', 'unsourced', []],
      ['3.9 million mobile subscribers', 'supported', ['n-subs']],
      ['5.6 million people', 'unsourced', []],
      ['1,400', 'unsourced', []],
      ['95%', 'contradicted', ['n-cov']],
    ]);
  });
});

describe('ferry note (passengers and cars in one sentence, "up 5% on the year")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ferry'))).toEqual([
      ['6.1 million passengers', 'supported', ['b-pax-24']],
      ['1.4 million cars', 'supported', ['b-car-24']],
      // "up 5% on the year": a step, as "year on year" is (it read as 2024, the level's own year, and derived nothing).
      ['5%', 'supported', ['b-pax-24', 'b-pax-23']],
      ['512,000 units', 'supported', ['b-fr-24']],
      ['14 ships', 'unsourced', []],
      ['41,000 crossings', 'unsourced', []],
      ['112', 'unsourced', []],
      ['1.6 million cars', 'contradicted', ['b-car-24']],
    ]);
  });
});

describe('drug note (one drug\'s sales, a share of revenue in words, analysts\' peak sales)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('drugpeak'))).toEqual([
      ['$1.12 billion', 'supported', ['c-lum-q3']],
      ['a quarter', 'unsourced', []],
      ['$4.8 billion', 'supported', ['c-rev-q3']],
      ['$9 billion', 'unsourced', []],
      ['20%', 'unsourced', []],
      ['$1.21 billion', 'contradicted', ['c-lum-q3']],
    ]);
  });
});

describe('bank margin note (a margin widened in basis points from the quarter before, a guided range)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('nim'))).toEqual([
      ['12 basis points', 'supported', ['h-nim-q3', 'h-nim-q2']],
      ['3.21%', 'supported', ['h-nim-q3']],
      ['11%', 'supported', ['h-nii-q3', 'h-nii-q3-24']],
      ['$1.46 billion', 'supported', ['h-nii-q3']],
      ['$182.4 billion', 'supported', ['h-dep-q3']],
      ['3.15% and 3.25%', 'unsourced', []],
      ['3.31%', 'contradicted', ['h-nim-q3']],
    ]);
  });
});

describe('grocer comps note (comparable sales, traffic and ticket changes, stores opened and closed)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('comps'))).toEqual([
      ['3.4%', 'supported', ['f-comp-q3']],
      // "traffic fell 1.2%": a change, and the `traffic` metric's words name no change.
      ['1.2%', 'unsourced', []],
      ['4.7%', 'unsourced', []],
      ['2,140 stores', 'supported', ['f-stores']],
      ['18', 'unsourced', []],
      ['6', 'unsourced', []],
      ['3%', 'unsourced', []],
      ['4.3%', 'contradicted', ['f-comp-q3']],
    ]);
  });
});

describe('central bank balance sheet note (a peak in mid-2022, a run-off a month, a pronoun opening a paragraph)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('qt'))).toEqual([
      ['€1.42 trillion', 'supported', ['c-bs']],
      ['€2.05 trillion', 'supported', ['c-bs-peak']],
      ['€25 billion', 'unsourced', []],
      ['2%', 'unsourced', []],
      ['€1.2 trillion', 'unsourced', []],
      ['€1.52 trillion', 'contradicted', ['c-bs']],
    ]);
  });
});

describe('football transfer note (a fee plus add-ons, a wage bill as a share of revenue, a season)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('transfer'))).toEqual([
      ['£85 million', 'supported', ['r-fee']],
      // "a fee of £85 million …, plus up to £15 million in add-ons": on top of the fee (it was red against it).
      ['£15 million', 'unsourced', []],
      ['£312 million', 'supported', ['r-wages']],
      ['67%', 'supported', ['r-wages', 'r-rev']],
      ['£468 million', 'supported', ['r-rev']],
      ['five-year', 'unsourced', []],
      ['£300,000 a week', 'unsourced', []],
      ['£321 million', 'contradicted', ['r-wages']],
    ]);
  });
});

describe('catastrophe losses note (an industry estimate, one event\'s cost, a reinsurer\'s own claims)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('catloss'))).toEqual([
      ['$80 billion', 'supported', ['s-il-h1']],
      ['$40 billion', 'unsourced', []],
      // "Sternberg's own catastrophe claims": "own" narrows nothing (it read as a segment "own").
      ['$2.1 billion', 'supported', ['s-cat-9m']],
      ['86.4%', 'supported', ['s-cr-q3']],
      ['$90 billion', 'contradicted', ['s-il-h1']],
    ]);
  });
});

describe('SaaS metrics table (two quarters and a QoQ column, a level at the end of a quarter)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('saastable'))).toEqual([
      ['$1.71 billion', 'supported', ['s-arr-q2']],
      ['$1.84 billion', 'supported', ['s-arr-q3']],
      ['+7.6%', 'supported', ['s-arr-q3', 's-arr-q2']],
      ['119%', 'supported', ['s-nrr-q2']],
      ['118%', 'supported', ['s-nrr-q3']],
      ['-1 pt', 'unsourced', []],
      ['$100k', 'unsourced', []],
      ['3,220', 'supported', ['s-big-q2']],
      ['3,410', 'supported', ['s-big-q3']],
      ['+5.9%', 'supported', ['s-big-q3', 's-big-q2']],
      ['24%', 'unsourced', []],
      // "ARR was $1.94 billion at the end of the third quarter": the level the quarter closed at (it was left as a part of the quarter).
      ['$1.94 billion', 'contradicted', ['s-arr-q3']],
    ]);
    // A month's own figure inside the quarter stays a part of it.
    expect(lineVerdicts('saastable', '2025-11-10', 'Stratus Software', "Stratus's ARR was $1.94 billion in September.")).toEqual([['$1.94 billion', 'unsourced']]);
    // "on the quarter" is quarter over quarter, as "on the year" is year over year (the step cues' one table).
    expect(lineVerdicts('saastable', '2025-11-10', 'Stratus Software', "Stratus's ARR rose 9.6% on the quarter to $1.84 billion in the third quarter.")).toEqual([['9.6%', 'contradicted'], ['$1.84 billion', 'supported']]);
  });
});

describe('gold miner list (koz and Moz, a cost and a price per ounce, a label naming no metric)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('goldlist'))).toEqual([
      ['412 koz', 'supported', ['a-prod']],
      ['$1,385/oz', 'supported', ['a-aisc']],
      ['6.2 Moz', 'supported', ['a-res']],
      // "- Gold price received: about $2,950/oz": a label that names no metric (it was red as the AISC, the only metric per ounce).
      ['$2,950/oz', 'unsourced', []],
      ['430–460 koz', 'unsourced', []],
      ['421 koz', 'contradicted', ['a-prod']],
    ]);
  });
});

describe('CEO quote note (a block quote, "more than 48,000 cars this quarter", a plan a quarter)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ceoquote'))).toEqual([
      ['48,200 vehicles', 'supported', ['v-del-q3']],
      ['17.2%', 'supported', ['v-gm-q3']],
      ['48,000 cars', 'unsourced', []],
      ['60,000', 'unsourced', []],
      ['19.5%', 'unsourced', []],
      ['52,800 vehicles', 'contradicted', ['v-del-q3']],
    ]);
  });
});

describe('code block and front matter note (numbers in code and front matter, a cluster not committed to)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('codefront'))).toEqual([
      ['$12 billion', 'supported', ['q-val']],
      ['32,000 GPUs', 'supported', ['q-gpu']],
      // "a 64,000-GPU cluster the company has not committed to": denied, not stated (it was red against the 32,000).
      ['64,000-GPU', 'unsourced', []],
      ['36,000 GPUs', 'contradicted', ['q-gpu']],
    ]);
    const denied = (line: string) => lineVerdicts('codefront', '2025-10-20', 'Quillon AI', line);
    expect(denied('Quillon does not run 36,000 GPUs.')).toEqual([['36,000 GPUs', 'unsourced']]);
    expect(denied("Quillon doesn't run 36,000 GPUs.")).toEqual([['36,000 GPUs', 'unsourced']]);
    // Not a denial: "not including", "if not more".
    expect(denied('Quillon runs 36,000 GPUs, if not more.')).toEqual([['36,000 GPUs', 'contradicted']]);
    expect(denied('Quillon runs 36,000 GPUs not including rented ones.')).toEqual([['36,000 GPUs', 'contradicted']]);
  });
});

describe('traffic table with a change column (months a year apart, a change in points)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('changecol'))).toEqual([
      ['2.31 million', 'supported', ['n-pax-oct']],
      ['2.18 million', 'supported', ['n-pax-oct24']],
      ['+6.0%', 'supported', ['n-pax-oct', 'n-pax-oct24']],
      ['84.6%', 'supported', ['n-lf-oct']],
      ['83.1%', 'supported', ['n-lf-oct24']],
      ['+1.5', 'unsourced', []],
      ['2.13 million passengers', 'contradicted', ['n-pax-oct']],
    ]);
  });
});

describe('power outage note (customers without power, line workers brought in, restoration)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('outage'))).toEqual([
      // "1.2 million Gulfshore customers were without power": some customers in a state (it was red against the 4.1 million).
      ['1.2 million', 'unsourced', []],
      ['29%', 'unsourced', []],
      ['4.1 million', 'unsourced', []],
      ['14,000 line workers', 'unsourced', []],
      ['9,800 employees', 'supported', ['g-emp']],
      ['95%', 'unsourced', []],
      ['four days', 'unsourced', []],
      ['$900 million', 'unsourced', []],
      ['4.4 million customers', 'contradicted', ['g-cust']],
    ]);
  });
});

describe('takeover note (an offer a share, a premium to a close, a deal value, a multiple of sales)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('takeover'))).toEqual([
      ['$42 a share', 'supported', ['o-offer']],
      ['30%', 'unsourced', []],
      ['$32.30', 'unsourced', []],
      ['$5.1 billion', 'supported', ['o-val']],
      ['$1.3 billion', 'supported', ['l-rev']],
      ['3.9 times', 'unsourced', []],
      ['$150 million', 'unsourced', []],
      ['$45 a share', 'contradicted', ['o-offer']],
    ]);
  });
});

describe('airline fleet note (a fleet, orders, jets to retire, aircraft grounded)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('fleet'))).toEqual([
      ['312 aircraft', 'supported', ['k-fleet']],
      ['48', 'supported', ['k-orders']],
      ['20 older jets', 'unsourced', []],
      ['30 aircraft', 'unsourced', []],
      ['20%', 'unsourced', []],
      // "Some 14 aircraft were grounded in September": some of the fleet in a state (it was red against the 312).
      ['14 aircraft', 'unsourced', []],
      ['321 aircraft', 'contradicted', ['k-fleet']],
    ]);
  });
});

describe('public finances note (a deficit in a currency and of GDP, a limit, debt a year earlier)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('deficit'))).toEqual([
      ['38.2 billion marens', 'unsourced', []],
      ['5.1%', 'supported', ['m-defg']],
      ['3%', 'unsourced', []],
      ['88.4%', 'supported', ['m-debt']],
      ['84.9%', 'unsourced', []],
      ['4%', 'unsourced', []],
      ['4.1%', 'contradicted', ['m-defg']],
    ]);
  });
});

describe('basketball league note (total and average attendance, media rights, the most attended team)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('basketball'))).toEqual([
      ['22.4 million fans', 'supported', ['p-att']],
      // "17,800 per game": a bare number per a noun is a ratio ("an amount per game").
      ['17,800 per game', 'unsourced', []],
      ['$11.3 billion', 'supported', ['p-rev']],
      ['$4.1 billion', 'unsourced', []],
      // "The most attended team averaged 21,300 fans per game": one team (it was red against the league's 17,800).
      ['21,300 fans per game', 'unsourced', []],
      ['24.2 million fans', 'contradicted', ['p-att']],
    ]);
  });
});

describe('bond sale note (notes sold, the order book, a coupon, a spread in basis points, net debt)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('bondsale'))).toEqual([
      ['$2.5 billion', 'supported', ['h-bond']],
      ['5.25%', 'supported', ['h-cpn']],
      // "drawing orders of about $9.8 billion": a verb's object, no part called "drawing" (it was left out as one).
      ['$9.8 billion', 'supported', ['h-book']],
      ['four times', 'unsourced', []],
      ['118 basis points', 'supported', ['h-spr']],
      ['25 basis points', 'unsourced', []],
      ['$1.8 billion', 'unsourced', []],
      // "Proceeds will refinance…. Net debt stood at $14.2 billion": "Proceeds" is no name hiding the heading's owner.
      ['$14.2 billion', 'supported', ['h-nd']],
      ['$3.0 billion', 'contradicted', ['h-bond']],
    ]);
  });

  it('reads a verb before a metric word as no part, and a name the facts do not know still hides the owner', () => {
    expect(judgedLine('bondsale', '2025-09-22', 'Halvor', 'Halvor sold notes in September, attracting orders of about $9.8 billion.').code).toBe('supported');
    expect(judgedLine('bondsale', '2025-09-22', 'Halvor', "Halvor's retail orders were about $9.8 billion in September.").code).toBe('unsourced');
    expect(judgedLine('bondsale', '2025-09-22', 'Halvor', 'Tarnwell Capital will refinance the notes. Net debt stood at $14.2 billion at the end of June.').code).toBe('unsourced');
  });
});

describe('crowdfunding note (a goal, the amount pledged, backers, a tier some backers chose)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('crowdfund'))).toEqual([
      ['$150,000', 'supported', ['o-goal']],
      ['$4.32 million', 'supported', ['o-pl']],
      ['18,940 backers', 'supported', ['o-bk']],
      ['29 times', 'unsourced', []],
      ['$228', 'unsourced', []],
      ['$179', 'unsourced', []],
      ['40 minutes', 'unsourced', []],
      // "about 2,500 backers chose it": the backers who made a choice are some of them (it was red against the 18,940).
      ['2,500 backers', 'unsourced', []],
      ['$4.6 million', 'contradicted', ['o-pl']],
      ['18,940 backers', 'supported', ['o-bk']],
    ]);
  });

  it('reads a choice some made as a part, and the whole that made none as the whole', () => {
    expect(judgedLine('crowdfund', '2025-06-10', 'Orbi', 'In May, 3,100 backers opted for the bundle.').code).toBe('unsourced');
    expect(judgedLine('crowdfund', '2025-06-10', 'Orbi', 'In May, 21,000 backers pledged to Orbi.').code).toBe('contradicted');
  });
});

describe('bike-share note (trips, a fleet with e-bikes in it, stations, members)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('bikeshare'))).toEqual([
      ['14.6 million trips', 'supported', ['c-trips']],
      ['21%', 'supported', ['c-trips', 'c-trips23']],
      ['12.1 million', 'supported', ['c-trips23']],
      ['40,000', 'unsourced', []],
      ['9,200 bikes', 'supported', ['c-bikes']],
      ['780 stations', 'supported', ['c-st']],
      // "of which some 3,100 are e-bikes": the whole's own metric named again is a kind of it (it was red against the 9,200 bikes).
      ['3,100', 'unsourced', []],
      ['46%', 'unsourced', []],
      // "…; the busiest station, at Kings Cross, logged…": a name the facts do not know in a later clause owns that clause's figure, not this one.
      ['212,000', 'supported', ['c-mem']],
      ['310,000 trips', 'unsourced', []],
      ['17 minutes', 'unsourced', []],
      ['2.9 kilometres', 'unsourced', []],
      ['8,600 bikes', 'contradicted', ['c-bikes']],
    ]);
  });

  it('reads a kind of the whole after "of which" as a part, and another metric named there as its figure', () => {
    expect(lineVerdicts('bikeshare', '2025-02-03', 'CityCycle', 'CityCycle had 9,200 bikes at the end of 2024, of which 3,100 are cargo bikes.')).toEqual([['9,200 bikes', 'supported'], ['3,100', 'unsourced']]);
    expect(lineVerdicts('bikeshare', '2025-02-03', 'CityCycle', 'CityCycle had 9,200 bikes at the end of 2024, of which 812 were stations.')[1]).toEqual(['812', 'contradicted']);
  });
});

describe('carbon credits note (tonnes retired and issued, an average price per tonne, a kind of credit)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('carbon'))).toEqual([
      ['168 million tonnes', 'supported', ['v-ret']],
      ['241 million tonnes', 'supported', ['v-iss']],
      ['$4.80 a tonne', 'supported', ['v-px']],
      ['$6.10', 'unsourced', []],
      // "; nature-based credits fetched about $9 a tonne": a later clause about things of its own (it was red as the average price).
      ['$9 a tonne', 'unsourced', []],
      ['62 million tonnes', 'unsourced', []],
      ['214 million tonnes', 'contradicted', ['v-iss']],
    ]);
  });

  it('still takes a price by its unit when no clause before it measures something else', () => {
    expect(judgedLine('carbon', '2025-02-20', 'Verdant Registry', 'Credits on the registry averaged $9 a tonne in 2024.').code).toBe('contradicted');
    expect(judgedLine('carbon', '2025-02-20', 'Verdant Registry', 'Volumes were thin in 2024; forestry credits fetched $9 a tonne.').code).toBe('unsourced');
  });
});

describe('mobile game note (daily and monthly users, a game and its publisher, revenue per daily user)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('mobilegame'))).toEqual([
      ['3.4 million daily active users', 'supported', ['s-dau']],
      ['11.2 million monthly active users', 'supported', ['s-mau']],
      ['30%', 'unsourced', []],
      ['$96 million', 'supported', ['s-rev']],
      // "while in-app purchases brought in about $81 million": a later clause's own subject (it was red as the game's revenue).
      ['$81 million', 'unsourced', []],
      ['half', 'unsourced', []],
      ['$210 million', 'supported', ['b-rev']],
      // "Revenue per daily user was about $0.31": an amount per user (it was red against Brightmoor's revenue).
      ['$0.31', 'unsourced', []],
      // "Lifetime downloads passed 48 million by the end of June; 62% of players are outside North America": the place is the later clause's.
      ['48 million', 'supported', ['s-dl']],
      ['62%', 'unsourced', []],
      ['3.9 million', 'contradicted', ['s-dau']],
    ]);
  });

  it('reads a word narrowing "per" as no unit, and what analysts expected as the metric before it', () => {
    expect(judgedLine('mobilegame', '2025-08-05', 'Skyforge Legends', 'Revenue per paying user was $12.').message).toMatch(/an amount per user/);
    expect(judgedLine('mobilegame', '2025-08-05', 'Skyforge Legends', 'Earnings per diluted share were $1.20.').message).toMatch(/an amount per share/);
    const expected = lineVerdicts('mobilegame', '2025-08-05', 'Skyforge Legends', 'The game grossed $96 million in Q2 2025; analysts had expected $104 million.');
    expect(expected).toEqual([['$96 million', 'supported'], ['$104 million', 'unsourced']]);
    expect(judgeNote(parseNote('---\ndate: 2025-08-05\n---\n# Skyforge Legends\n\nThe game grossed $96 million in Q2 2025; analysts had expected $104 million.\n'), load('mobilegame').facts.index, { config: defaultConfig })[1]!.metric).toBe('revenue');
  });
});

describe('national park note (visits a year and a month, fee revenue, a wolf count, trails some of which closed)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('natpark'))).toEqual([
      ['4.73 million recreation visits', 'supported', ['k-vis']],
      ['7%', 'supported', ['k-vis', 'k-vis23']],
      ['4.41 million', 'supported', ['k-vis23']],
      ['912,000 visits', 'unsourced', []],
      ['$61.5 million', 'supported', ['k-fee']],
      // "A seven-day vehicle pass": a span hyphenated to its number is a term, as "a 12-year lease" is (see README).
      ['seven-day', 'unsourced', []],
      ['$35', 'unsourced', []],
      ['94', 'supported', ['k-wolf']],
      ['11 packs', 'unsourced', []],
      ['1,270 km', 'supported', ['k-trail']],
      // "roughly 40 km were closed after spring floods": some of the trails, in a state (it was red against the 1,270 km).
      ['40 km', 'unsourced', []],
      ['5.1 million recreation visits', 'contradicted', ['k-vis']],
    ]);
  });

  it('reads "of trails were closed" as a state some of them are in, and trails that were maintained as the whole', () => {
    expect(judgedLine('natpark', '2025-03-10', 'Kestrel Peaks', 'About 40 km of trails were closed after floods in 2024.').code).toBe('unsourced');
    expect(judgedLine('natpark', '2025-03-10', 'Kestrel Peaks', 'About 1,100 km of trails were maintained in 2024.').code).toBe('contradicted');
  });
});

describe('marathon note (a table of starters and finishers, money raised, a prize purse, runners treated)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('marathon'))).toEqual([
      ['56,640', 'supported', ['m-ent']],
      ['53,112', 'supported', ['m-fin']],
      ['93.8%', 'unsourced', []],
      ['£73.5 million', 'supported', ['m-raised']],
      ['$100,000', 'unsourced', []],
      ['$1.1 million', 'supported', ['m-prize']],
      ['1,900 runners', 'unsourced', []],
      ['14', 'unsourced', []],
      ['840,000 people', 'unsourced', []],
      ['55,400 finishers', 'contradicted', ['m-fin']],
    ]);
  });
});

describe('opera house note (a key-figures list, one production, a grant and the budget it covers part of)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('opera'))).toEqual([
      ['612,000', 'supported', ['r-tix']],
      ['91.4%', 'supported', ['r-occ']],
      ['€58 million', 'supported', ['r-sub']],
      ['€12.7 million', 'supported', ['r-don']],
      ['38,000 tickets', 'unsourced', []],
      ['€15', 'unsourced', []],
      ['14%', 'unsourced', []],
      ['40%', 'unsourced', []],
      // "ARO's grant covers roughly 40% of its €145 million budget": the amount measures the noun it stands before (it was red as the grant).
      ['€145 million', 'unsourced', []],
      ['652,000 tickets', 'contradicted', ['r-tix']],
    ]);
  });

  it('reads an amount before a noun no metric names as that noun, and before a metric word as the metric', () => {
    const budget = judgedLine('opera', '2025-02-12', 'ARO', "ARO's grant covers part of a €145 million budget.");
    expect([budget.code, budget.message]).toEqual(['unsourced', 'Alder Royal Opera: €145 million — a budget, which no metric of the facts files measures (add one under `metrics`)']);
    expect(judgedLine('opera', '2025-02-12', 'ARO', 'ARO received a €48 million grant in 2024.').code).toBe('contradicted');
    // A marker of the figure still measures the metric: "passed the €60 million mark" is no noun of its own.
    expect(judgedLine('opera', '2025-02-12', 'ARO', "ARO's grant passed the €60 million mark in 2024.").message).not.toMatch(/a mark/);
  });
});

describe('fishery note (a total allowable catch cut from the year before, landings, their value, vessels)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('fishery'))).toEqual([
      ['311,000 tonnes', 'supported', ['n-tac']],
      // "down 31% from 453,000 tonnes in 2024": the catch's quota, whose words hold "total" (it read as the landings' "catch" total and was red).
      ['31%', 'supported', ['n-tac', 'n-tac24']],
      ['453,000 tonnes', 'supported', ['n-tac24']],
      ['428,000 tonnes', 'supported', ['n-land']],
      ['NOK 14.9 billion', 'unsourced', []],
      ['NOK 34.80 per kg', 'unsourced', []],
      ['15 metres', 'unsourced', []],
      ['118,000 tonnes', 'unsourced', []],
      ['1,140 vessels', 'supported', ['n-ves']],
      ['270,000 tonnes', 'unsourced', []],
      ['331,000 tonnes', 'contradicted', ['n-tac']],
    ]);
  });

  it('takes a word with "total" in it as a running total only when the rest is another metric\'s word', () => {
    expect(judgedLine('fishery', '2025-03-05', 'Norvik cod', 'Landings were 453,000 tonnes in 2024.').code).toBe('contradicted');
    expect(lineVerdicts('fishery', '2025-03-05', 'Norvik cod', 'The total allowable catch was cut to 311,000 tonnes for 2025, from 453,000 tonnes in 2024.')).toEqual([
      ['311,000 tonnes', 'supported'],
      ['453,000 tonnes', 'supported'],
    ]);
  });
});

describe('charity note (income of which donations, legacies, grants awarded, volunteers)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('charity'))).toEqual([
      ['£84.2 million', 'supported', ['b-inc']],
      // "of which public donations were £51.6 million": a part named by another metric's words before the figure (it was left out as a part).
      ['£51.6 million', 'supported', ['b-don']],
      ['£17.3 million', 'unsourced', []],
      ['£63.0 million', 'supported', ['b-gr']],
      ['£2.4 million', 'unsourced', []],
      ['7,800 volunteers', 'supported', ['b-vol']],
      ['410,000 hours', 'unsourced', []],
      ['600', 'unsourced', []],
      ['£55.6 million', 'contradicted', ['b-don']],
    ]);
  });

  it('reads an "of which" part named by the whole\'s own metric as a part', () => {
    expect(lineVerdicts('charity', '2025-08-20', 'Brightwater Trust', "Brightwater's income was £84.2 million in fiscal 2025, of which income from legacies was £17.3 million.")).toEqual([
      ['£84.2 million', 'supported'],
      ['£17.3 million', 'unsourced'],
    ]);
    expect(lineVerdicts('charity', '2025-08-20', 'Brightwater Trust', "Brightwater's income was £84.2 million in fiscal 2025, of which donations were £55 million.")[1]).toEqual(['£55 million', 'contradicted']);
  });
});

describe('loyalty programme note (members at a year end, loyalty revenue of the airline, card spend)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('loyalty'))).toEqual([
      // "ended 2024 with 31.5 million members": the level at the year's end, the fact of December 31 (it was "no fact yet in 2024").
      ['31.5 million members', 'supported', ['a-mem']],
      ['4 million', 'unsourced', []],
      ['$4.2 billion', 'supported', ['a-rev']],
      ['$3.8 billion', 'supported', ['a-rev23']],
      ['10.5%', 'supported', ['a-rev', 'a-rev23']],
      ['$61 billion', 'supported', ['a-card']],
      ['1.2 cents', 'unsourced', []],
      ['3%', 'unsourced', []],
      ['40%', 'unsourced', []],
      ['33 million members', 'contradicted', ['a-mem']],
    ]);
  });
});

describe('stadium note (a cost overrun since the business case, seats, a roof that alone cost)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('stadium'))).toEqual([
      ['£1.35 billion', 'supported', ['h-cost']],
      ['59%', 'supported', ['h-cost', 'h-cost21']],
      ['£850 million', 'supported', ['h-cost21']],
      ['£300 million', 'unsourced', []],
      // "Harbourside will seat 62,500": a capacity to come, which no guidance fact states.
      ['62,500', 'unsourced', []],
      ['9,000', 'unsourced', []],
      ['1,200 seats', 'unsourced', []],
      // "The retractable roof alone cost £140 million": one thing singled out (it was red against the whole cost).
      ['£140 million', 'unsourced', []],
      ['14 months', 'unsourced', []],
      ['£1.53 billion', 'contradicted', ['h-cost']],
    ]);
  });

  it('reads a lower-case thing "alone" as a part, and the entity or a period alone as the whole', () => {
    expect(judgedLine('stadium', '2025-06-01', 'Harbourside Stadium', 'The retractable roof alone cost £140 million.').code).toBe('unsourced');
    expect(judgedLine('stadium', '2025-06-01', 'Harbourside Stadium', 'The stadium alone cost £1.53 billion.').code).toBe('contradicted');
    expect(judgedLine('stadium', '2025-06-01', 'Harbourside Stadium', 'In 2025 alone the cost rose to £1.53 billion.').code).toBe('contradicted');
    // A metric's word alone is its whole; one of the things a count metric counts is a part.
    expect(judgedLine('stadium', '2025-06-01', 'Harbourside Stadium', "Harbourside's cost alone reached £1.53 billion in 2025.").code).toBe('contradicted');
    expect(judgedLine('festival', '2025-10-25', 'Lumen', 'The closing film alone drew 9,800 admissions in 2025.').code).toBe('unsourced');
  });
});

describe('spectrum auction note (proceeds, megahertz, what each bidder paid)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('spectrum'))).toEqual([
      ['€4.86 billion', 'supported', ['s-proc']],
      ['400', 'supported', ['s-mhz']],
      ['€3 billion', 'unsourced', []],
      ['€2.1 billion', 'supported', ['t-paid']],
      ['160', 'unsourced', []],
      ['€1.55 billion', 'supported', ['r-paid']],
      ['140', 'unsourced', []],
      ['100', 'unsourced', []],
      ['84 rounds', 'unsourced', []],
      ['€0.95 per MHz', 'unsourced', []],
      ['€2.4 billion', 'contradicted', ['t-paid']],
    ]);
  });
});

describe('gas storage note (a fill level, energy in storage, a capacity, the largest site)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('gasstore'))).toEqual([
      ['83.4%', 'supported', ['m-fill']],
      ['198 TWh', 'supported', ['m-st']],
      // A capacity fact for the year, and a claim on October 1: a day inside a year-long period decides nothing.
      ['237 TWh', 'unsourced', []],
      ['90%', 'unsourced', []],
      ['52 TWh', 'unsourced', []],
      ['91%', 'unsourced', []],
      ['0.6 TWh', 'unsourced', []],
      ['215 TWh', 'contradicted', ['m-st']],
    ]);
  });
});

describe('sugar cane harvest note (cane crushed, sugar output and mix, ethanol of which corn ethanol)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('sugar'))).toEqual([
      ['612 million tonnes', 'supported', ['c-crush']],
      ['40.2 million tonnes', 'supported', ['c-sug']],
      ['52.1%', 'supported', ['c-mix']],
      ['31.4 billion litres', 'supported', ['c-eth']],
      ['8.9 billion litres', 'unsourced', []],
      ['2.9 reais a litre', 'unsourced', []],
      ['14%', 'unsourced', []],
      ['2 million tonnes', 'unsourced', []],
      ['640 million tonnes', 'contradicted', ['c-crush']],
    ]);
  });
});

describe('city budget note (an operating budget, per resident, police and fire spending, property taxes)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('citybudget'))).toEqual([
      ['$4.62 billion', 'supported', ['p-bud']],
      ['$6,300 per resident', 'unsourced', []],
      ['731,000', 'supported', ['p-pop']],
      ['$712 million', 'supported', ['p-pol']],
      ['15%', 'unsourced', []],
      // "; fire and emergency services get $398 million": a later clause about things of its own (it was red as police spending).
      ['$398 million', 'unsourced', []],
      // "Property taxes will raise $1.31 billion": a plan, which no guidance fact states.
      ['$1.31 billion', 'unsourced', []],
      ['$85 million', 'unsourced', []],
      ['$4.26 billion', 'contradicted', ['p-bud']],
    ]);
  });
});

describe('toy maker note (revenue growth against a shrinking market, operating profit, stores opened and at the year end)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('toymaker'))).toEqual([
      ['13%', 'supported', ['b-rev', 'b-rev23']],
      ['DKK 74.3 billion', 'supported', ['b-rev']],
      ['DKK 65.9 billion', 'supported', ['b-rev23']],
      ['1%', 'unsourced', []],
      ['DKK 22.4 billion', 'supported', ['b-op']],
      ['147 stores', 'unsourced', []],
      // "and ended the year with 1,103": a bare number takes no metric from the clause before.
      ['1,103', 'unsourced', []],
      ['9,090-piece', 'unsourced', []],
      ['DKK 4,999', 'unsourced', []],
      ['a third', 'unsourced', []],
      ['DKK 77.3 billion', 'contradicted', ['b-rev']],
    ]);
  });
});

describe('royalty company note (gold equivalent ounces, a realised price, one stream named by no facts file)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('royalty'))).toEqual([
      ['96,400 gold equivalent ounces', 'supported', ['a-geo']],
      ['$3,300 an ounce', 'unsourced', []],
      ['$318 million', 'supported', ['a-rev']],
      ['87%', 'supported', ['a-cm']],
      ['21,000', 'unsourced', []],
      ['a fifth', 'unsourced', []],
      ['$600 an ounce', 'unsourced', []],
      ['104,600 gold equivalent ounces', 'contradicted', ['a-geo']],
    ]);
  });
});

describe('film festival note (films, admissions, sponsorship, the closing film alone)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('festival'))).toEqual([
      ['212 films', 'supported', ['l-films']],
      ['11 days', 'unsourced', []],
      ['184,000 admissions', 'supported', ['l-adm']],
      ['64', 'unsourced', []],
      ['38%', 'unsourced', []],
      ['€3.6 million', 'supported', ['l-spon']],
      ['2,400 seats', 'unsourced', []],
      ['four minutes', 'unsourced', []],
      // "the closing film alone drew 9,800 admissions": one of the films a count metric counts (it was red against all admissions).
      ['9,800 admissions', 'unsourced', []],
      ['6 screenings', 'unsourced', []],
      ['194,000 admissions', 'contradicted', ['l-adm']],
    ]);
  });
});

describe('avocado exports note (tonnes, their worth, hectares of orchards, some hectares in a state)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('avocado'))).toEqual([
      ['412,000 tonnes', 'supported', ['v-exp']],
      // "worth $1.02 billion": no word of the export value metric ("export value", "earnings") names it.
      ['$1.02 billion', 'unsourced', []],
      ['58,300 hectares', 'supported', ['v-area']],
      ['61%', 'unsourced', []],
      ['$2.48 per kg', 'unsourced', []],
      ['6,000 hectares', 'unsourced', []],
      ['1,500 hectares', 'unsourced', []],
      ['451,000 tonnes', 'contradicted', ['v-exp']],
    ]);
  });
});

describe('health system note (operating revenue and margin up from a loss, days cash on hand, beds)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('healthsys'))).toEqual([
      ['$8.7 billion', 'supported', ['m-rev']],
      // "an operating margin of 1.8%, up from a loss in 2023": the 2023 is the loss's, the margin is 2024's (it was "no fact in 2023").
      ['1.8%', 'supported', ['m-mar']],
      ['182 days', 'supported', ['m-days']],
      ['210 days', 'unsourced', []],
      ['4,350 licensed beds', 'supported', ['m-beds']],
      ['19 hospitals', 'unsourced', []],
      ['1,040', 'unsourced', []],
      ['6%', 'unsourced', []],
      ['$96 million', 'unsourced', []],
      ['2.8%', 'contradicted', ['m-mar']],
    ]);
  });
});

describe('interconnection queue note (gigawatts queued, projects, a peak demand it is set against, a median wait)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('gridqueue'))).toEqual([
      // "412 GW of capacity sat in the … interconnection queue": "of capacity" binds the built-in power metric, which has no facts.
      ['412 GW', 'unsourced', []],
      ['1,980 projects', 'supported', ['q-proj']],
      ['four times', 'unsourced', []],
      // "the grid's peak demand of roughly 90 GW": a noun of its own after a possessive (it was red against the queue).
      ['90 GW', 'unsourced', []],
      ['340 GW', 'unsourced', []],
      ['21 GW', 'unsourced', []],
      // "Solar and storage make up…" in the paragraph: a name the facts do not know keeps the heading's owner off.
      ['4.6 years', 'unsourced', []],
      ['70%', 'unsourced', []],
      ['450 GW', 'contradicted', ['q-gw']],
    ]);
  });
});

describe('online learning note (registered learners of whom some pay, quarterly revenue, new learners a quarter)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('edtech'))).toEqual([
      ['168 million registered learners', 'supported', ['l-lrn']],
      ['1.72 million', 'unsourced', []],
      ['$182 million', 'supported', ['l-rev']],
      ['$24 million', 'unsourced', []],
      // "New learners signed up at a pace of 5.5 million a quarter": an addition (it was red against the 168 million).
      ['5.5 million', 'unsourced', []],
      ['60%', 'unsourced', []],
      ['10%', 'unsourced', []],
      ['1.92 million paid subscribers', 'contradicted', ['l-subs']],
    ]);
  });

  it('reads a count after "new" and a metric word as an addition, and the metric word alone as the whole', () => {
    expect(judgedLine('edtech', '2025-11-03', 'Learnly', 'New learners reached 5.5 million in the third quarter.').message).toMatch(/an addition/);
    expect(judgedLine('edtech', '2025-11-03', 'Learnly', 'Registered learners reached 158 million at the end of September.').code).toBe('contradicted');
  });
});

describe('metro megaproject note (cost, route length, stations, a part of the route, two stations alone)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('metroproj'))).toEqual([
      ['£18.9 billion', 'supported', ['e-cost']],
      ['42 km', 'supported', ['e-len']],
      ['14 stations', 'supported', ['e-st']],
      ['£450 million per kilometre', 'unsourced', []],
      // "Tunnelling accounts for 27 km of the route": some of the route (it was red against the 42 km).
      ['27 km', 'unsourced', []],
      ['£1.4 billion', 'unsourced', []],
      ['£19.8 billion', 'contradicted', ['e-cost']],
    ]);
  });
});

describe('nickel miner note (output, a cash cost a tonne, the market price beside it, EBITDA)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('nickel'))).toEqual([
      ['128,000 tonnes', 'supported', ['s-out']],
      ['$9,800 a tonne', 'supported', ['s-cost']],
      // "while LME nickel averaged about $15,300 a tonne": a market's price, a later clause's own subject (it was red as the cash cost).
      ['$15,300 a tonne', 'unsourced', []],
      ['$410 million', 'supported', ['s-ebitda']],
      ['94%', 'unsourced', []],
      ['18,000 tonnes', 'unsourced', []],
      ['138,000 tonnes', 'contradicted', ['s-out']],
    ]);
  });

  it('reads a name the facts do not know as the subject of a later clause as the figure\'s owner', () => {
    const line = 'Sulawa produced 128,000 tonnes of nickel in the first half, at a cash cost of $9,800 a tonne, while Vale averaged about $15,300 a tonne.';
    expect(lineVerdicts('nickel', '2025-08-20', 'Sulawa Nickel', line)).toEqual([
      ['128,000 tonnes', 'supported'],
      ['$9,800 a tonne', 'supported'],
      ['$15,300 a tonne', 'unsourced'],
    ]);
    expect(judgeNote(parseNote(`---\ndate: 2025-08-20\n---\n# Sulawa Nickel\n\n${line}\n`), load('nickel').facts.index, { config: defaultConfig })[2]!.entities).toEqual([]);
    // After "and" too; the entity itself there is the cash cost's.
    const and = 'Sulawa produced 128,000 tonnes of nickel in the first half, at a cash cost of $9,800 a tonne, and Vale averaged about $15,300 a tonne.';
    expect(lineVerdicts('nickel', '2025-08-20', 'Sulawa Nickel', and)[2]).toEqual(['$15,300 a tonne', 'unsourced']);
    expect(lineVerdicts('nickel', '2025-08-20', 'Sulawa Nickel', and.replace('Vale', 'Sulawa'))[2]).toEqual(['$15,300 a tonne', 'contradicted']);
  });
});

describe('ticketing note (tickets, gross transaction value, a take rate, a single tour)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ticketing'))).toEqual([
      ['88.2 million tickets', 'supported', ['t-tix']],
      ['$7.9 billion', 'supported', ['t-gtv']],
      ['$1.03 billion', 'supported', ['t-rev']],
      ['13.0%', 'supported', ['t-take']],
      ['$90', 'unsourced', []],
      ['18%', 'unsourced', []],
      // "A single stadium tour accounted for 2.6 million tickets": one item (it was red against all tickets).
      ['2.6 million tickets', 'unsourced', []],
      ['$14 a ticket', 'unsourced', []],
      ['$1.30 billion', 'contradicted', ['t-rev']],
    ]);
  });
});

describe('rare earths note (NdPr and total oxide in a fiscal year, the average NdPr price per kg)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('rareearth'))).toEqual([
      ['10,460 tonnes', 'supported', ['l-ndpr']],
      ['16,200 tonnes', 'supported', ['l-treo']],
      // "The average NdPr price was $58.5 per kg": an average of a metric's words, no typical item (it was left out as one).
      ['$58.5 per kg', 'supported', ['l-px']],
      ['$110 per kg', 'unsourced', []],
      ['1,200 kg', 'unsourced', []],
      ['240,000 tonnes', 'unsourced', []],
      ['11,460 tonnes', 'contradicted', ['l-ndpr']],
    ]);
  });

  it('still reads "the average <thing>" as one typical item', () => {
    expect(judgedLine('rareearth', '2025-09-01', 'Lynara', 'The average mine of Lynara produced 2,100 tonnes of NdPr oxide in fiscal 2025.').code).toBe('unsourced');
  });
});

describe('model API note (tokens a day, developers, API revenue, prices per million tokens)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('llmapi'))).toEqual([
      ['2.1 trillion tokens a day', 'supported', ['c-tok']],
      ['3.2 million developers', 'supported', ['c-dev']],
      ['$640 million', 'supported', ['c-api']],
      ['$3 per million', 'unsourced', []],
      ['$15 per million', 'unsourced', []],
      ['$0.10', 'unsourced', []],
      ['half', 'unsourced', []],
      ['2.7 trillion tokens a day', 'contradicted', ['c-tok']],
    ]);
  });
});

describe('home solar installer note (installations, megawatts, a backlog some of which is one state\'s)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('solarinst'))).toEqual([
      ['41,200 installations', 'supported', ['s-inst']],
      // "totalling 338 MW": the built-in power metric and the facts' `mw` both fit the unit, and no word decides.
      ['338 MW', 'unsourced', []],
      ['8.2 kW', 'unsourced', []],
      ['58%', 'unsourced', []],
      // "Its backlog …; California alone accounts for…": the later clause's name owns its own figure, not the backlog.
      ['$512 million', 'supported', ['s-back']],
      ['$190 million', 'unsourced', []],
      ['45 days', 'unsourced', []],
      ['44,200 installations', 'contradicted', ['s-inst']],
    ]);
  });
});

describe('desalination note (megalitres a day, gigalitres a fiscal year, a city that used water)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('desal'))).toEqual([
      ['410 megalitres a day', 'supported', ['k-cap']],
      ['96.4 gigalitres', 'supported', ['k-out']],
      ['64%', 'unsourced', []],
      ['A$2.35 per kilolitre', 'supported', ['k-cost']],
      ['40%', 'unsourced', []],
      ['38 MW', 'unsourced', []],
      // "The city used 312 gigalitres": the city's use, not the plant's output (it was red against the 96.4).
      ['312 gigalitres', 'unsourced', []],
      ['a third', 'unsourced', []],
      ['69.4 gigalitres', 'contradicted', ['k-out']],
    ]);
  });

  it('reads "the <noun>" no alias of the entity names as a subject of its own, and its alias as the entity', () => {
    expect(lineVerdicts('desal', '2025-09-10', 'Kelpie Bay desalination', 'The plant supplied 96.4 gigalitres in fiscal 2025. The city used 69.4 gigalitres in fiscal 2025.')).toEqual([
      ['96.4 gigalitres', 'supported'],
      ['69.4 gigalitres', 'unsourced'],
    ]);
    expect(lineVerdicts('desal', '2025-09-10', 'Kelpie Bay desalination', 'The plant supplied 96.4 gigalitres in fiscal 2025. The desalination plant used 69.4 gigalitres in fiscal 2025.')[1]).toEqual(['69.4 gigalitres', 'contradicted']);
  });
});

describe('paint maker note (rivals named as subjects, a rival\'s possessive in a later clause)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('paintco'))).toEqual([
      ['1.42 billion litres', 'supported', ['c-vol']],
      ['€6.8 billion', 'supported', ['c-rev']],
      ['41%', 'supported', ['c-gm']],
      ['€9 billion', 'unsourced', []],
      ['€2.3 billion', 'unsourced', []],
      ['4%', 'supported', ['c-rev', 'c-rev23']],
      ['310 million litres', 'unsourced', []],
      ['a fifth', 'unsourced', []],
      ['19,400 people', 'supported', ['c-staff']],
      ['€21 billion', 'supported', ['c-val']],
      // "…, after Tintasul's revenue had fallen to €0.9 billion": a rival's (it was red against Chromavale's revenue).
      ['€0.9 billion', 'unsourced', []],
      ['1.24 billion litres', 'contradicted', ['c-vol']],
    ]);
  });

  it('gives a sentence opened by a name the facts do not know to that name, not to the entity named a sentence before', () => {
    const first = 'Chromavale was valued at €21 billion in October 2025.';
    for (const second of ['Duralux was valued at €9 billion in October 2025.', 'In October 2025, Duralux was valued at €9 billion.', "Duralux's valuation reached €9 billion in October 2025.", 'Duralux, a rival, was valued at €9 billion in October 2025.']) {
      expect(lineVerdicts('paintco', '2025-11-20', 'Chromavale coatings', `${first} ${second}`)).toEqual([
        ['€21 billion', 'supported'],
        ['€9 billion', 'unsourced'],
      ]);
    }
    // A pronoun, the entity's alias and another word for a company stand for the entity named before.
    for (const second of ['In October 2025 it was valued at €9 billion.', 'The company was valued at €9 billion in October 2025.', 'The group was valued at €9 billion in October 2025.']) {
      expect(lineVerdicts('paintco', '2025-11-20', 'Chromavale coatings', `${first} ${second}`)[1]).toEqual(['€9 billion', 'contradicted']);
    }
  });
});

describe('zoo note (visitors, a grant from the city, the aquarium next door)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('zoo'))).toEqual([
      ['1.31 million visitors', 'supported', ['z-vis24']],
      ['6%', 'supported', ['z-vis24', 'z-vis23']],
      ['£29.50', 'supported', ['z-tix']],
      ['£4.2 million', 'supported', ['z-cons']],
      ['£1.1 million', 'unsourced', []],
      // ", and the aquarium next door drew 640,000 visitors": the aquarium's (it was red against the zoo's 1.31 million).
      ['640,000 visitors', 'unsourced', []],
      ['48,000 households', 'supported', ['z-mem']],
      ['410 staff', 'supported', ['z-staff']],
      ['52,000 hours', 'unsourced', []],
      ['1.13 million visitors', 'contradicted', ['z-vis24']],
    ]);
  });

  it('reads a later clause\'s "the <noun>" subject as its own, but not an amount after other words of the verb', () => {
    expect(lineVerdicts('zoo', '2025-10-02', 'Harrowgate Zoo', 'The zoo welcomed 1.31 million visitors in 2024, and the aquarium drew 640,000 visitors.')[1]).toEqual(['640,000 visitors', 'unsourced']);
    expect(lineVerdicts('zoo', '2025-10-02', 'Harrowgate Zoo', 'The zoo welcomed 1.31 million visitors in 2024, and the zoo drew 640,000 visitors in 2024.')[1]).toEqual(['640,000 visitors', 'contradicted']);
    // The marathon's "The winner took home $100,000 of the $1.1 million prize purse": the purse is the race's.
    expect(lineVerdicts('marathon', '2025-05-01', 'Brennard Marathon', 'The winner took home $100,000 of the $1.1 million prize purse in 2025.')[1]).toEqual(['$1.1 million', 'supported']);
  });
});

describe('lumber note (board feet, a price per thousand board feet, a rival, "of the total")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('lumber'))).toEqual([
      ['1.18 billion board feet', 'supported', ['p-ship']],
      ['7%', 'supported', ['p-ship', 'p-ship24']],
      // "per thousand board feet" is read as per thousand: no metric measures it (a miss, not a wrong red).
      ['$412 per thousand', 'unsourced', []],
      // "…, while the framing lumber composite averaged $438": a market price, not Pinecrest's.
      ['$438', 'unsourced', []],
      ['86%', 'supported', ['p-util']],
      // "Sawmills in the US South produced 640 million board feet of the total": a part (it was red against the 1.18 billion).
      ['640 million board feet', 'unsourced', []],
      ['1.3 billion board feet', 'unsourced', []],
      // After "Canfor, a larger rival, shipped…", the paragraph names someone the facts do not know: no owner.
      ['$96 million', 'unsourced', []],
      ['35%', 'unsourced', []],
      ['1.81 billion board feet', 'contradicted', ['p-ship']],
    ]);
  });

  it('reads an amount "of the total" as a part, and a share "of the total" as the share', () => {
    expect(lineVerdicts('lumber', '2025-08-14', 'Pinecrest', 'Pinecrest shipped 1.18 billion board feet in the second quarter; its southern mills shipped 640 million board feet of the total.')[1]).toEqual(['640 million board feet', 'unsourced']);
    expect(lineVerdicts('lumber', '2025-08-14', 'Pinecrest', 'Pinecrest shipped 1.18 billion board feet in the second quarter; its southern mills shipped 640 million board feet.')[1]).toEqual(['640 million board feet', 'contradicted']);
    expect(lineVerdicts('museum', '2026-01-20', 'Arven Museum', 'Foreign visitors made up 69% of the total in 2025.')).toEqual([['69%', 'supported']]);
  });
});

describe('library note (items lent in a fiscal year, members, a branch alone, the county system next door)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('library'))).toEqual([
      ['6.2 million items', 'supported', ['l-loans']],
      ['2.4 million', 'unsourced', []],
      ['318,000', 'supported', ['l-mem']],
      ['4%', 'supported', ['l-mem', 'l-mem24']],
      ['27 branches', 'supported', ['l-br']],
      ['1.1 million visits', 'unsourced', []],
      ['$58.3 million', 'supported', ['l-bud']],
      // ", and the county system next door spent $71 million": not the library's budget.
      ['$71 million', 'unsourced', []],
      ['39%', 'unsourced', []],
      ['11 weeks', 'unsourced', []],
      ['6.9 million items', 'contradicted', ['l-loans']],
    ]);
  });
});

describe('language app note (DAU up year over year, paid subscribers, a rival that "says", guidance)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('langapp'))).toEqual([
      ['52 million daily active users', 'supported', ['f-dau']],
      ['36%', 'supported', ['f-dau', 'f-dau24']],
      ['9.8 million paid subscribers', 'supported', ['f-subs']],
      ['$287 million', 'supported', ['f-book']],
      ['8%', 'unsourced', []],
      // "…, while Babbly, a smaller rival, says 4 million learners subscribe": not Lingofox's subscribers.
      ['4 million learners', 'unsourced', []],
      ['$272 million', 'supported', ['f-rev']],
      ['$221 million', 'unsourced', []],
      ['$7', 'unsourced', []],
      ['$1.16 billion', 'supported', ['f-guide']],
      ['25 million daily active users', 'contradicted', ['f-dau']],
    ]);
  });
});

describe('hydropower note (a water year to September, a station of its own, the interconnector, a plan)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('hydro'))).toEqual([
      ['14.2 TWh', 'supported', ['t-gen']],
      ['9%', 'unsourced', []],
      ['71%', 'unsourced', []],
      ['12 stations', 'supported', ['t-st']],
      ['3.4 GW', 'supported', ['t-cap']],
      ['4.1 TWh', 'unsourced', []],
      ['£68 per MWh', 'unsourced', []],
      // "…, while the interconnector imported 6.3 TWh": not the utility's generation.
      ['6.3 TWh', 'unsourced', []],
      ['£412 million', 'supported', ['t-np']],
      // "The utility plans to spend £1.8 billion": the entity's alias, no segment "utility" (it was left out as a part).
      ['£1.8 billion', 'supported', ['t-plan']],
      ['12.4 TWh', 'contradicted', ['t-gen']],
    ]);
  });

  it('reads no word of an entity\'s alias as a part before the metric\'s words', () => {
    expect(lineVerdicts('hydro', '2025-10-20', 'Tarrow Hydro', 'The utility plans to spend £2.5 billion by 2030.')).toEqual([['£2.5 billion', 'contradicted']]);
  });
});

describe('egg producer note (dozens in a fiscal year to May, net sales up from a year earlier, the national flock)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('eggs'))).toEqual([
      ['1.42 billion dozen eggs', 'supported', ['h-doz']],
      ['$3.21 per dozen', 'unsourced', []],
      ['$4.56 billion', 'supported', ['h-sales']],
      ['44%', 'supported', ['h-sales', 'h-sales24']],
      ['$3.17 billion', 'supported', ['h-sales24']],
      ['48.9 million laying hens', 'supported', ['h-hens']],
      ['31%', 'unsourced', []],
      // "; the national flock lost about 40 million birds": a loss, and not the company's flock.
      ['40 million birds', 'unsourced', []],
      ['1.24 billion dozen eggs', 'contradicted', ['h-doz']],
    ]);
  });
});

describe('pet insurer note (enrolled pets at a quarter end, revenue per pet, the market beside it, a rival)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('petins'))).toEqual([
      ['1.94 million enrolled pets', 'supported', ['p-pets']],
      ['11%', 'supported', ['p-pets', 'p-pets24']],
      ['$74.10', 'supported', ['p-arpp']],
      ['98.6%', 'unsourced', []],
      ['$412 million', 'supported', ['p-rev']],
      ['$96 million', 'unsourced', []],
      // "; the US pet insurance market grew about 20% to some $5.2 billion": the market's, not Pawsure's.
      ['20%', 'unsourced', []],
      ['$5.2 billion', 'unsourced', []],
      ['70.8%', 'supported', ['p-lr']],
      ['72%', 'unsourced', []],
      ['700,000 pets', 'unsourced', []],
      ['1.49 million enrolled pets', 'contradicted', ['p-pets']],
    ]);
  });
});

describe('funeral group note (funerals in a half, a cremation rate, the industry\'s, a rival)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('funeral'))).toEqual([
      ['86,400 funerals', 'supported', ['e-fun']],
      ['3%', 'supported', ['e-fun', 'e-fun24']],
      ['61.2%', 'supported', ['e-crem']],
      ['$1.07 billion', 'supported', ['e-rev']],
      ['$6,450', 'unsourced', []],
      ['$612 million', 'supported', ['e-pre']],
      ['$14.8 billion', 'supported', ['e-back']],
      // "Across the industry, the cremation rate is forecast to pass 65% by 2030": the industry's.
      ['65%', 'unsourced', []],
      ['41,000 funerals', 'unsourced', []],
      ['68,400 funerals', 'contradicted', ['e-fun']],
    ]);
  });

  it('gives a figure of a whole market to no entity, and the entity\'s own to the entity', () => {
    const first = 'Evercrest performed 86,400 funerals in the first half of 2025.';
    expect(lineVerdicts('funeral', '2025-08-01', 'Evercrest Funeral Group', `${first} Across the industry, the cremation rate rose to 65% in the first half of 2025.`)[1]).toEqual(['65%', 'unsourced']);
    expect(lineVerdicts('funeral', '2025-08-01', 'Evercrest Funeral Group', `${first} Its cremation rate rose to 65% in the first half of 2025.`)[1]).toEqual(['65%', 'contradicted']);
    // A market the sentence opens "in" scopes the entity's own figure.
    expect(lineVerdicts('funeral', '2025-08-01', 'Evercrest Funeral Group', `${first} In the funeral market, its cremation rate rose to 65% in the first half of 2025.`)[1]).toEqual(['65%', 'contradicted']);
    expect(lineVerdicts('funeral', '2025-08-01', 'Evercrest Funeral Group', `${first} Revenue was $1.2 billion in the first half of 2025, while the funeral industry as a whole shrank 1%.`)).toEqual([
      ['86,400 funerals', 'supported'],
      ['$1.2 billion', 'contradicted'],
      ['1%', 'unsourced'],
    ]);
  });
});

describe('courts note (filings, a backlog, judges per filings, a ratio)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('courts'))).toEqual([
      ['212,000 new filings', 'supported', ['m-fil24']],
      ['38,500 cases', 'supported', ['m-back']],
      ['51,000', 'unsourced', []],
      ['184 days', 'supported', ['m-med24']],
      ['96 judges', 'supported', ['m-judges']],
      // "about one for every 2,200 filings": a ratio's side, not the filings (it was red against the 212,000).
      ['2,200 filings', 'unsourced', []],
      ['1,700', 'unsourced', []],
      ['61%', 'unsourced', []],
      ['24%', 'unsourced', []],
      // "For every 1,000 residents, the courts handle 31 filings": both sides of a ratio.
      ['1,000 residents', 'unsourced', []],
      ['31 filings', 'unsourced', []],
      ['35,800 cases', 'contradicted', ['m-back']],
    ]);
  });

  it('reads a figure after "for every", "for each", "in every" or "per", or in a sentence opening on one, as a side of a ratio', () => {
    const line = (text: string) => judgedLine('courts', '2025-03-20', 'Marlow County Courts', text);
    for (const text of ['The county has one judge for every 2,200 filings.', 'The county has one judge per 2,200 filings.', 'There is one judge in every 2,200 filings.', 'The courts see one judge for each 2,200 filings.']) {
      const f = line(text);
      expect([f.claim.text, f.code], text).toEqual(['2,200 filings', 'unsourced']);
      expect(f.message, text).toContain('one side of a ratio');
    }
    expect(lineVerdicts('courts', '2025-03-20', 'Marlow County Courts', 'For every 1,000 filings there are 4.5 judges.')).toEqual([['1,000 filings', 'unsourced'], ['4.5 judges', 'unsourced']]);
    // Without the ratio's words the figure is the courts' filings again, and wrong.
    expect([line('The courts received 2,200 filings in 2024.').code]).toEqual(['contradicted']);
    // "For each of" picks some of a whole, no ratio.
    expect(line('For each of its 96 judges, the county pays a clerk.').message).not.toContain('ratio');
  });
});

describe('scooter note (rides, riders, a fleet, a table, a rival that "says")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('scooter'))).toEqual([
      ['180,000 scooters', 'supported', ['z-fleet']],
      ['140 cities', 'supported', ['z-cities']],
      ['31 million rides', 'supported', ['z-rides-q3']],
      ['7.5 million active riders', 'supported', ['z-riders']],
      ['4 rides per rider', 'unsourced', []],
      ['1.9 times', 'unsourced', []],
      ['96 million', 'supported', ['z-rides24']],
      ['31 million', 'supported', ['z-rides-q3']],
      ['€395 million', 'supported', ['z-rev24']],
      ['89%', 'unsourced', []],
      ['15,000-scooter', 'unsourced', []],
      // "Lime, the largest operator, says it ran 200 million rides in 2024": Lime's (it was red against Zipp's 96 million).
      ['200 million rides', 'unsourced', []],
      ['180,000 scooters', 'supported', ['z-fleet']],
      ['13 million rides', 'contradicted', ['z-rides-q3']],
    ]);
  });

  it('gives a sentence opened by a name the facts do not know its figure, when the figure\'s noun is the metric\'s word', () => {
    const second = (line: string) => lineVerdicts('scooter', '2025-11-10', 'Zipp Mobility', `Zipp carried 31 million rides in the third quarter. ${line}`)[1];
    for (const line of ['Lime ran 200 million rides in 2024.', 'Lime says it ran 200 million rides in 2024.', 'Lime, the largest operator, ran 200 million rides in 2024.']) {
      expect(second(line), line).toEqual(['200 million rides', 'unsourced']);
    }
    for (const line of ['It ran 200 million rides in 2024.', 'Zipp ran 200 million rides in 2024.', 'The operator ran 200 million rides in 2024.']) {
      expect(second(line), line).toEqual(['200 million rides', 'contradicted']);
    }
  });
});

describe('bakery note (shops, like-for-like sales, a place, a larger rival, the market)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('bakery'))).toEqual([
      ['£842 million', 'supported', ['c-rev-h1']],
      ['4.1%', 'supported', ['c-lfl-h1']],
      ['2,610 shops', 'supported', ['c-shops']],
      ['140', 'unsourced', []],
      ['92 million sausage rolls', 'supported', ['c-rolls24']],
      ['250,000', 'unsourced', []],
      ['27,400 people', 'supported', ['c-emp']],
      ['19,000', 'unsourced', []],
      // "In Scotland, the chain has 310 shops", "employs 2,000 people in Edinburgh and Glasgow": parts (both were red against the whole).
      ['310 shops', 'unsourced', []],
      ['2,000 people', 'unsourced', []],
      // "across the UK it has 2,610 shops": a place that agrees with the whole is the whole.
      ['2,610 shops', 'supported', ['c-shops']],
      ['2,600 shops', 'unsourced', []],
      ['2.6%', 'unsourced', []],
      ['£4.5 billion', 'unsourced', []],
      ['2,160 shops', 'contradicted', ['c-shops']],
    ]);
  });

  it('reads a figure narrowed to a place the facts give no segment for as a part, unless it agrees with the whole', () => {
    const line = (text: string) => judgedLine('bakery', '2025-08-12', 'Crumb & Co', text);
    for (const text of ['The chain has 300 shops in Scotland.', 'In Scotland, the chain has 300 shops.', 'Across Scotland the chain has 300 shops.']) {
      const f = line(text);
      expect([f.claim.text, f.code], text).toEqual(['300 shops', 'unsourced']);
      expect(f.message, text).toContain("Crumb & Co's shops in Scotland — a part; the facts give the whole only (a fact for the part has `segment: Scotland`)");
    }
    expect(line('The chain has 2,610 shops in the UK.').code).toBe('supported');
    expect(line('The chain has 300 shops.').code).toBe('contradicted');
    // The place is the nearer figure's: "…, and 300 in Scotland" leaves the 2,160 the whole's.
    expect(lineVerdicts('bakery', '2025-08-12', 'Crumb & Co', 'The chain has 2,160 shops, and 300 in Scotland.')).toEqual([['2,160 shops', 'contradicted'], ['300', 'unsourced']]);
    // A company the facts know is no place; a deal's round neither.
    expect(line("Crumb's first-half revenue in Scotland was £90 million.").message).toContain('revenue in Scotland in H1 2025 — a part');
    // A market share's "in" names its market, not a part: the kestrel note's "market share in European messaging" stays judged.
    expect(lineVerdicts('kestrel', '2025-03-01', 'Kestrel', "Kestrel's market share in European messaging was 41% in 2024.")).toEqual([['41%', 'contradicted']]);
  });
});

describe('birds note (breeding pairs in two censuses, members, reserves, a place elsewhere)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('birds'))).toEqual([
      ['18,400 breeding pairs', 'supported', ['p-pairs25']],
      // "on its reserves, down 20% from 23,100 pairs": read as a change of the reserves (a miss, not a wrong red).
      ['20%', 'unsourced', []],
      ['23,100 pairs', 'supported', ['p-pairs20']],
      ['5,200 hectares', 'supported', ['p-res']],
      ['64,000 members', 'supported', ['p-mem']],
      ['£11.3 million', 'supported', ['p-inc']],
      // "On the Farne Islands, rangers counted 36,000 pairs": the islands' (it was red against the trust's 18,400).
      ['36,000 pairs', 'unsourced', []],
      ['3,500 adult birds', 'unsourced', []],
      ['14,800 breeding pairs', 'contradicted', ['p-pairs25']],
    ]);
  });
});

describe('online grocer note (orders, basket, a quarter-on-quarter change, a rival, a city)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('grocer'))).toEqual([
      ['14.8 million orders', 'supported', ['b-orders-q2']],
      ['£127.40', 'supported', ['b-basket-q2']],
      ['1.21 million active customers', 'supported', ['b-cust']],
      ['£1.89 billion', 'supported', ['b-rev-q2']],
      // "up about 7% on the first quarter's £1.76 billion": the possessive quarter is the £1.76 billion's
      // (it was outdated against the second quarter's, and the 7% had no time to compare with).
      ['7%', 'supported', ['b-rev-q2', 'b-rev-q1']],
      ['£1.76 billion', 'supported', ['b-rev-q1']],
      ['£7.6 billion', 'unsourced', []],
      ['12 times', 'unsourced', []],
      ['30%', 'unsourced', []],
      ['12%', 'unsourced', []],
      ['1.3 million orders a week', 'unsourced', []],
      // "In London, Basketly delivered 5.2 million orders": a place.
      ['5.2 million orders', 'unsourced', []],
      ['18.4 million orders', 'contradicted', ['b-orders-q2']],
    ]);
  });
});

describe('police note (recorded crimes in a fiscal year, officers per residents, a response time against a target)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('police'))).toEqual([
      ['286,400 crimes', 'supported', ['w-crime25']],
      ['5%', 'supported', ['w-crime25', 'w-crime24']],
      ['301,900', 'supported', ['w-crime24']],
      // "about 94 per 1,000 residents": one ratio (it was two bare figures).
      ['94 per 1,000 residents', 'unsourced', []],
      ['11%', 'unsourced', []],
      ['14,200', 'unsourced', []],
      ['1,850 offences', 'unsourced', []],
      ['7,120 officers', 'supported', ['w-off']],
      ['430 residents', 'unsourced', []],
      // "was 11.4 minutes against a 15-minute target": the target is the 15 minutes' (the 11.4 was read as guidance).
      ['11.4 minutes', 'supported', ['w-resp']],
      ['15-minute', 'unsourced', []],
      ['£842 million', 'supported', ['w-bud']],
      ['6.7 million crimes', 'unsourced', []],
      ['33,000 officers', 'unsourced', []],
      ['268,400 crimes', 'contradicted', ['w-crime25']],
    ]);
  });

  it('reads a plan word after another figure "against", "below" or "above" as that figure\'s, and "the 72% it targets" as the 72%\'s', () => {
    const first = (line: string) => lineVerdicts('police', '2025-09-01', 'Westmere Police', line)[0];
    expect(first('Its average response time was 11.4 minutes against a 15-minute target.')).toEqual(['11.4 minutes', 'supported']);
    expect(first('Its average response time was 12.9 minutes against a 15-minute target.')).toEqual(['12.9 minutes', 'contradicted']);
    // The target's own figure keeps its plan: no guidance is on file, so it is unsourced, never red against the 11.4.
    expect(lineVerdicts('police', '2025-09-01', 'Westmere Police', 'Its average response time was 11.4 minutes against a 15-minute target.')[1]).toEqual(['15-minute', 'unsourced']);
    expect(lineVerdicts('petins', '2025-11-10', 'Pawsure', 'The loss ratio was 70.8%, below the 72% it targets.')).toEqual([['70.8%', 'supported'], ['72%', 'unsourced']]);
  });

  it('says a rate per a number of residents as written ("per 1,000")', () => {
    expect(messageOn(judgedAtNoteDate('police'), '94 per 1,000 residents')).toContain('an amount per 1,000, which no metric');
  });
});

describe('orchestra note (a season to June, concerts, a deficit, an endowment, a summer home)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('orch'))).toEqual([
      ['142 concerts', 'supported', ['l-conc']],
      ['286,000', 'supported', ['l-att']],
      ['9,800', 'supported', ['l-sub']],
      ['12,500', 'unsourced', []],
      ['35%', 'unsourced', []],
      ['$2.3 million', 'supported', ['l-def']],
      ['$214 million', 'supported', ['l-end']],
      ['5%', 'unsourced', []],
      ['$128,000', 'unsourced', []],
      ['three-year', 'unsourced', []],
      ['$350 million', 'unsourced', []],
      // "At its summer home in Ravinia, the orchestra played 18 concerts": a place in the opening phrase (it was red against the 142).
      ['18 concerts', 'unsourced', []],
      ['$3.2 million', 'contradicted', ['l-def']],
    ]);
  });

  it('reads a place in the phrase that opens the sentence as the figure\'s, not a name in a later clause', () => {
    const line = (text: string) => lineVerdicts('orch', '2025-10-10', 'Lakeshore Symphony Orchestra', text);
    expect(line('At its summer home in Ravinia, the orchestra played 18 concerts.')).toEqual([['18 concerts', 'unsourced']]);
    expect(line('At its summer home, the orchestra played 18 concerts.')).toEqual([['18 concerts', 'contradicted']]);
    expect(line('The orchestra played 18 concerts, and its players toured in Ravinia.')).toEqual([['18 concerts', 'contradicted']]);
  });
});

describe('dairy cooperative note (milk, cheese, member farmers, a price per litre, a plant in Cork)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cheese'))).toEqual([
      ['1.46 billion litres', 'supported', ['g-milk24']],
      // "from its 2,140 member farmers in 2024" against a count as of March 2025: no fact for 2024 (a miss, not a wrong red).
      ['2,140 member farmers', 'unsourced', []],
      ['680,000 litres per farm', 'unsourced', []],
      ['118,000 tonnes', 'supported', ['g-cheese24']],
      ['€0.478 per litre', 'supported', ['g-price24']],
      ['€0.46', 'unsourced', []],
      ['€1.07 billion', 'supported', ['g-rev24']],
      ['3%', 'unsourced', []],
      // "Its cheddar plant in Cork alone made 41,000 tonnes": a place.
      ['41,000 tonnes', 'unsourced', []],
      ['10 billion kilograms', 'unsourced', []],
      ['4%', 'unsourced', []],
      ['five years', 'unsourced', []],
      ['2,000 members', 'unsourced', []],
      ['181,000 tonnes', 'contradicted', ['g-cheese24']],
    ]);
  });
});

describe('school district note (enrollment in a school year, teachers per students, per-pupil spending, a share of another group)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('schoold'))).toEqual([
      ['48,200 students', 'supported', ['r-stu']],
      ['49,900', 'supported', ['r-stu24']],
      ['3.4%', 'supported', ['r-stu', 'r-stu24']],
      ['3,150 teachers', 'supported', ['r-tea']],
      ['15 students', 'unsourced', []],
      ['$812 million', 'supported', ['r-bud']],
      ['$14,870', 'supported', ['r-pp']],
      ['$11,900', 'unsourced', []],
      ['88.4%', 'supported', ['r-grad']],
      // ", though only 41% of eighth graders read at grade level": a share of another group (it was red against the graduation rate).
      ['41%', 'unsourced', []],
      ['2,100 students', 'unsourced', []],
      ['6', 'unsourced', []],
      ['72 schools', 'unsourced', []],
      // "$18,470 per pupil" against a metric kept in USD/student whose words say "per pupil" (it had no metric at all).
      ['$18,470 per pupil', 'contradicted', ['r-pp']],
    ]);
  });

  it('reads a share that opens a later clause, of a group no metric word names, as its own measure', () => {
    const second = (line: string) => lineVerdicts('schoold', '2025-11-03', 'Riverton County School District', line)[1];
    for (const line of ['The graduation rate rose to 88.4%, but 41% of eighth graders read at grade level.', 'The graduation rate rose to 88.4%, and 41% of seniors went to college.']) {
      expect(second(line), line).toEqual(['41%', 'unsourced']);
    }
    // A share the metric's own words name is still the metric's.
    expect(lineVerdicts('schoold', '2025-11-03', 'Riverton County School District', 'The graduation rate was 41% in 2024-25.')).toEqual([['41%', 'contradicted']]);
  });
});

describe('vet chain note (clinics after an acquisition, a region table, a place, the regulator)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('vets'))).toEqual([
      ['€1.38 billion', 'supported', ['p-rev-h1']],
      ['5.2%', 'supported', ['p-lfl-h1']],
      ['1,040 clinics', 'supported', ['p-cl']],
      // "after buying 62 in the half": what was bought, a change (it was red against the 1,040 clinics).
      ['62', 'unsourced', []],
      ['4,300 vets', 'supported', ['p-vets']],
      ['€412 million', 'supported', ['p-rev-uk']],
      ['€388 million', 'unsourced', []],
      ['€205 million', 'unsourced', []],
      ['310 clinics', 'unsourced', []],
      ['60%', 'unsourced', []],
      ['63%', 'unsourced', []],
      ['1,400 clinics', 'contradicted', ['p-cl']],
    ]);
  });
});

describe('golf brand note (segments in a sentence, the rest, balls by the dozen, a rival)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('golf'))).toEqual([
      ['$2.41 billion', 'supported', ['f-rev24']],
      ['$1.07 billion', 'supported', ['f-rev24-clubs']],
      ['$812 million', 'supported', ['f-rev24-balls']],
      // "and apparel the rest, about $530 million": the rest, no segment named before it (it was red against golf balls).
      ['$530 million', 'unsourced', []],
      ['$214 million', 'supported', ['f-ni24']],
      ['8.9%', 'supported', ['f-ni24', 'f-rev24']],
      ['28.5 million dozen balls', 'supported', ['f-balls24']],
      ['a third', 'unsourced', []],
      ['$28 a dozen', 'unsourced', []],
      ['30 million', 'unsourced', []],
      ['545 million', 'unsourced', []],
      ['$2.14 billion', 'contradicted', ['f-rev24']],
    ]);
  });
});

describe('mobile carrier note (naira, ARPU, mobile money, dollar terms, a rival)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('carrier'))).toEqual([
      ['81.3 million subscribers', 'supported', ['l-sub-q2']],
      ['₦2.45 trillion', 'supported', ['l-rev-h1']],
      ['38%', 'unsourced', []],
      ['50%', 'unsourced', []],
      ['₦5,140', 'supported', ['l-arpu-q2']],
      ['12.6 million', 'supported', ['l-momo']],
      // "In dollar terms revenue was only about $1.6 billion": no dollar fact, never red against the naira.
      ['$1.6 billion', 'unsourced', []],
      ['40%', 'unsourced', []],
      ['55 million subscribers', 'unsourced', []],
      ['170 million active lines', 'unsourced', []],
      ['83.1 million subscribers', 'contradicted', ['l-sub-q2']],
    ]);
  });
});

describe('tyre maker note (tyres sold, a replacement share and the other part, a plant, a rival)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('tires'))).toEqual([
      ['168 million tyres', 'supported', ['r-tyres24']],
      ['€27.1 billion', 'supported', ['r-rev24']],
      ['€1.9 billion', 'supported', ['r-ni24']],
      ['74%', 'supported', ['r-repl']],
      // "original equipment, sold to carmakers, the other 26%": the rest of the whole (it was red against the 74%).
      ['26%', 'unsourced', []],
      ['30%', 'unsourced', []],
      ['€600 million', 'unsourced', []],
      ['129,000 people', 'supported', ['r-emp']],
      ['8,000', 'unsourced', []],
      ['100 million tyres', 'unsourced', []],
      ['186 million tyres', 'contradicted', ['r-tyres24']],
    ]);
  });
});

describe('plant-based food note (a revenue fall, a net loss, the market, a US retail part)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('plantf'))).toEqual([
      ['5%', 'supported', ['v-rev24', 'v-rev23']],
      ['$326 million', 'supported', ['v-rev24']],
      ['$343 million', 'supported', ['v-rev23']],
      ['$160 million', 'supported', ['v-loss24']],
      ['12.9%', 'supported', ['v-gm24']],
      ['118,000 stores', 'supported', ['v-doors']],
      // "US retail sales of plant-based meat fell 7% in 2024 to $1.2 billion, …, while Verdly's own US
      // retail revenue was $141 million": the three were red against Verdly's whole revenue.
      ['7%', 'unsourced', []],
      ['$1.2 billion', 'unsourced', []],
      ['$141 million', 'unsourced', []],
      ['15%', 'unsourced', []],
      ['$106 million', 'contradicted', ['v-loss24']],
    ]);
  });

  it('reads a word narrowing revenue after a region\'s letters or "own" as a part, the letters kept', () => {
    const line = (text: string) => judgedLine('plantf', '2025-04-01', 'Verdly Foods', text);
    for (const [text, part] of [["Verdly's US retail revenue was $141 million in 2024.", 'US retail'], ['Its own retail revenue was $141 million in 2024.', 'retail'], ['US sales were $141 million in 2024.', 'US']] as const) {
      const f = line(text);
      expect([f.code, f.part], text).toEqual(['unsourced', part]);
    }
    expect(line("Verdly's revenue was $141 million in 2024.").code).toBe('contradicted');
  });
});

describe('cosmetics note (nine months, divisions, regions, a rival)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cosm'))).toEqual([
      ['€32.8 billion', 'supported', ['m-sales-9m']],
      ['4.2%', 'supported', ['m-lfl-9m']],
      // "The Luxe division brought in €11.4 billion and Dermatology €5.6 billion": "brought in" names no metric (a miss).
      ['€11.4 billion', 'unsourced', []],
      ['€5.6 billion', 'unsourced', []],
      ['9.8%', 'unsourced', []],
      ['2.1%', 'unsourced', []],
      ['5%', 'unsourced', []],
      ['20.0%', 'supported', ['m-opm24']],
      ['6%', 'unsourced', []],
      ['$15.6 billion', 'unsourced', []],
      ['€23.8 billion', 'contradicted', ['m-sales-9m']],
    ]);
  });
});

describe('broadcaster note (licence fee income, weekly reach, staff, a streaming rival)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('bcast'))).toEqual([
      ['£3.8 billion', 'supported', ['n-lic']],
      ['88%', 'supported', ['n-reach']],
      ['£174.50', 'unsourced', []],
      ['500,000', 'unsourced', []],
      ['21,300 staff', 'supported', ['n-staff']],
      ['1,000 jobs', 'unsourced', []],
      ['£200 million', 'unsourced', []],
      ['$18 billion', 'unsourced', []],
      ['78%', 'contradicted', ['n-reach']],
    ]);
  });
});

describe('dental chain note (practices, NHS share, a table of regions)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('dental'))).toEqual([
      ['612 practices', 'supported', ['b-prac']],
      ['9,800 people', 'supported', ['b-emp']],
      ['3,400 dentists', 'unsourced', []],
      ['£742 million', 'supported', ['b-rev']],
      ['6%', 'supported', ['b-rev', 'b-rev24']],
      ['£88 million', 'supported', ['b-aop']],
      ['41%', 'supported', ['b-nhs']],
      ['14 practices', 'unsourced', []],
      ['9', 'unsourced', []],
      // A table of regions under the heading: each row is a part of the heading's chain.
      ['498', 'unsourced', []],
      ['£611m', 'unsourced', []],
      ['64', 'unsourced', []],
      ['£71m', 'unsourced', []],
      ['50', 'unsourced', []],
      ['£60m', 'unsourced', []],
      ['4 million adults', 'unsourced', []],
      ['£310 million', 'supported', ['b-debt']],
      ['2.1 times', 'unsourced', []],
      ['8,900 people', 'contradicted', ['b-emp']],
    ]);
  });

  it('reads each row of the table of regions as the chain\'s part (it named no owner)', () => {
    const found = judgedAtNoteDate('dental').filter((f) => f.claim.table);
    expect(found.map((f) => [f.claim.text, f.entities, f.part])).toEqual([
      ['498', ['brightsmile'], 'England'], ['£611m', ['brightsmile'], 'England'],
      ['64', ['brightsmile'], 'Scotland'], ['£71m', ['brightsmile'], 'Scotland'],
      ['50', ['brightsmile'], 'Wales'], ['£60m', ['brightsmile'], 'Wales'],
    ]);
  });
});

describe('flexible-office note (desks, occupancy, a quote, members by city)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cowork'))).toEqual([
      ['214 locations', 'supported', ['h-loc']],
      ['31 cities', 'unsourced', []],
      ['162,000 desks', 'supported', ['h-desks']],
      ['81%', 'supported', ['h-occ']],
      ['77%', 'supported', ['h-occ24']],
      ['$486 million', 'supported', ['h-rev']],
      ['$2.0 billion to $2.1 billion', 'supported', ['h-guide']],
      // In a block quote after a person speaks: a name the facts do not know, so no owner (a miss).
      ['58%', 'unsourced', []],
      ['21,000 desks', 'unsourced', []],
      ['18,500 desks', 'unsourced', []],
      ['7,200 desks', 'unsourced', []],
      ['4,000 locations', 'unsourced', []],
      ['$38 million', 'supported', ['h-ni']],
      ['$61 million', 'supported', ['h-ni24']],
      ['84%', 'contradicted', ['h-occ']],
    ]);
  });
});

describe('seed company note (a season to August, corn seed share, guidance)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('seeds'))).toEqual([
      // "in its 2025 season (the year to August)" is read as calendar 2025 (a miss).
      ['9.2 million hectares', 'unsourced', []],
      ['$3.4 billion', 'supported', ['g-sales']],
      // "Corn seed was $2.1 billion of that": "of that" names no metric in its sentence (a miss).
      ['$2.1 billion', 'unsourced', []],
      ['$0.8 billion', 'unsourced', []],
      ['$410 million', 'supported', ['g-rnd']],
      ['12%', 'supported', ['g-rnd', 'g-sales']],
      ['18%', 'supported', ['g-share']],
      ['45 new hybrids', 'unsourced', []],
      ['90.6 million acres', 'unsourced', []],
      ['4%', 'unsourced', []],
      ['$3.5 billion to $3.6 billion', 'supported', ['g-guide']],
      ['$2.85', 'supported', ['g-eps']],
      ['$3.9 billion', 'contradicted', ['g-sales']],
    ]);
  });
});

describe('jeweller note (a January year end, a share of a share, a fall against a rise)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('jewel'))).toEqual([
      ['1,120 stores', 'supported', ['a-stores']],
      ['35', 'unsourced', []],
      // "in the fiscal year" after "the end of January 2026" is read as calendar 2026 (a miss).
      ['3.1%', 'unsourced', []],
      ['$7.6 billion', 'supported', ['a-sales']],
      ['$3,400 an ounce', 'unsourced', []],
      ['42%', 'supported', ['a-diam']],
      ['51%', 'unsourced', []],
      // "Lab-grown stones are 12% of diamond sales" was red against the diamonds' 42% share.
      ['12%', 'unsourced', []],
      ['$1.5 billion', 'unsourced', []],
      ['a fifth', 'unsourced', []],
      ['$520', 'supported', ['a-atv']],
      ['2,600 stores', 'unsourced', []],
      ['$600 million', 'supported', ['a-bb']],
      ['3.1%', 'contradicted', ['a-sss']],
    ]);
  });

  it('reads a share a subject no metric names holds of a metric\'s group as a part', () => {
    const line = (text: string) => lineVerdicts('jewel', '2026-03-25', 'Aurelia Jewellers', `Aurelia Jewellers had 1,120 stores at the end of January 2026. ${text}`).slice(1);
    expect(line('Lab-grown stones are 12% of diamond sales.')).toEqual([['12%', 'unsourced']]);
    expect(line('Lab-grown stones made up about 12% of its diamond sales.')).toEqual([['12%', 'unsourced']]);
    expect(line('Diamonds are 12% of merchandise sales.')).toEqual([['12%', 'contradicted']]);
    expect(line('Diamonds made up 42% of merchandise sales.')).toEqual([['42%', 'supported']]);
    expect(line('It was 12% of diamond sales.')).toEqual([['12%', 'contradicted']]);
  });

  it('shows both signs of a fall said in words against a sourced rise, and offers no fix that keeps "fell"', () => {
    const fell = judgedLine('jewel', '2026-03-25', 'Aurelia Jewellers', "Aurelia's same-store sales fell 3.1% in fiscal 2026.");
    expect(fell.code).toBe('contradicted');
    expect(fell.message).toContain('-3.1% in fiscal 2026 — the sourced figure is +3.1%');
    expect(fell.suggestion).toBeUndefined();
    const rose = judgedLine('jewel', '2026-03-25', 'Aurelia Jewellers', "Aurelia's same-store sales rose 2.1% in fiscal 2026.");
    expect([rose.code, rose.suggestion]).toEqual(['contradicted', '3.1%']);
  });

  it('reads a label of a list of parts as a part though it is a word of a metric the figure cannot be', () => {
    expect(lineVerdicts('jewel', '2026-03-25', 'Aurelia Jewellers', 'Revenue by channel in fiscal 2026: online $1.5 billion, stores $6.1 billion.')).toEqual([
      ['$1.5 billion', 'supported'],
      ['$6.1 billion', 'unsourced'],
    ]);
  });
});

describe('hockey league note (a split season, the salary cap, media rights)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('hockey'))).toEqual([
      // "The Northern Hockey League's 32 teams" was read as a name's number, no claim.
      ['32 teams', 'supported', ['n-teams']],
      ['22.4 million fans', 'supported', ['n-att']],
      ['17,500', 'unsourced', []],
      // "League revenue hit a record $6.8 billion" was a part, `segment: league`.
      ['$6.8 billion', 'supported', ['n-rev']],
      ['$95.5 million', 'supported', ['n-cap26']],
      ['$88 million', 'supported', ['n-cap25']],
      ['C$11 billion', 'unsourced', []],
      ['12 years', 'unsourced', []],
      ['$120 million', 'unsourced', []],
      ['2%', 'unsourced', []],
      ['98%', 'unsourced', []],
      ['$6.3 billion', 'contradicted', ['n-rev']],
    ]);
  });

  it('reads a word of the entity\'s own name before a metric word as the whole, another word as a part', () => {
    const line = (text: string) => judgedLine('hockey', '2025-09-30', 'Northern Hockey League', text);
    expect(line('Hockey revenue was $6.3 billion in the 2024-25 season.').code).toBe('contradicted');
    const ticket = line('Ticket revenue was $6.3 billion in the 2024-25 season.');
    expect([ticket.code, ticket.part]).toEqual(['unsourced', 'ticket']);
  });
});

describe('payroll note (client funds, net revenue retention, a rival that "says")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('payroll'))).toEqual([
      ['412,000 client companies', 'supported', ['p-clients']],
      ['9.1 million workers', 'supported', ['p-workers']],
      ['$1.92 billion', 'supported', ['p-arr']],
      ['21%', 'supported', ['p-arr', 'p-arr24']],
      ['108%', 'supported', ['p-nrr']],
      ['$44 million', 'supported', ['p-float']],
      ['11%', 'supported', ['p-float', 'p-rev']],
      ['$1.71 billion to $1.73 billion', 'supported', ['p-guide']],
      ['7,300 employees', 'supported', ['p-emp']],
      ['1,900', 'unsourced', []],
      // "Its main competitor, Gusto, says it serves more than 500,000 businesses" was red as Paywell's clients.
      ['500,000 businesses', 'unsourced', []],
      ['$1.29 billion', 'contradicted', ['p-arr']],
    ]);
  });

  it('gives a rival that a possessive pronoun opens the sentence with its own figure, named or not', () => {
    const line = (text: string) => lineVerdicts('payroll', '2025-08-14', 'Paywell', `Paywell has 7,300 employees. ${text}`).slice(1);
    for (const text of [
      'Its main competitor, Gusto, serves more than 500,000 businesses.',
      'Its rival Gusto serves more than 500,000 businesses.',
      'Its main competitor serves more than 500,000 businesses.',
      "Paywell's main rival serves 500,000 businesses.",
      'Gusto, its main competitor, serves more than 500,000 businesses.',
      'Gusto serves more than 500,000 businesses.',
    ]) expect(line(text), text).toEqual([['500,000 businesses', 'unsourced']]);
    expect(line('Its clients include 500,000 businesses.')).toEqual([['500,000 businesses', 'contradicted']]);
    expect(line('Its rivals serve 300,000 businesses, while it serves 500,000 businesses.')).toEqual([['300,000 businesses', 'unsourced'], ['500,000 businesses', 'contradicted']]);
    const rival = judgeNote(parseNote('---\ndate: 2025-08-14\n---\n# Paywell\n\nPaywell has 7,300 employees. Its main competitor serves 500,000 businesses.\n'), load('payroll').facts.index, { config: defaultConfig })[1]!;
    expect(rival.message).toContain('a figure of rivals or peers, not its own');
  });

  it('still gives a rival the facts know, named after the pronoun, its own figure', () => {
    const line = (text: string) => lineVerdicts('automaker', '2025-10-25', 'Voltra Motors', `Voltra delivered 118,400 vehicles in the third quarter. ${text}`).slice(1);
    expect(line('Its main rival, Kestrel Auto, delivered 96,000 vehicles in the quarter.')).toEqual([['96,000 vehicles', 'supported']]);
    expect(line('Its main rival, Kestrel Auto, delivered 91,000 vehicles in the quarter.')).toEqual([['91,000 vehicles', 'contradicted']]);
  });
});

describe('fertility clinic note (IVF cycles, live birth rates by age, a table by country, a rival)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ivf'))).toEqual([
      ['38,400', 'supported', ['n-cyc24']],
      ['52 clinics', 'supported', ['n-clin']],
      ['nine countries', 'unsourced', []],
      ['34,100 cycles', 'supported', ['n-cyc23']],
      ['14%', 'supported', ['n-rev24', 'n-rev23']],
      ['€612 million', 'supported', ['n-rev24']],
      ['24.5%', 'supported', ['n-margin']],
      // Ages ("patients under 35", "over 40") are read as bare figures: unsourced, never red.
      ['35', 'unsourced', []],
      ['41%', 'unsourced', []],
      ['40', 'unsourced', []],
      ['12%', 'unsourced', []],
      ['6,900', 'unsourced', []],
      ['19', 'unsourced', []],
      ['15,200', 'unsourced', []],
      ['11', 'unsourced', []],
      ['7,800', 'unsourced', []],
      ['22', 'unsourced', []],
      ['15,400', 'unsourced', []],
      ['one in six', 'unsourced', []],
      ['100,000 cycles', 'unsourced', []],
      ['43,800', 'contradicted', ['n-cyc24']],
    ]);
  });
});

describe('garment maker note (a March year end, exports by market, a wage in taka)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('textile'))).toEqual([
      ['212 million pieces', 'supported', ['l-pcs']],
      ['$1.46 billion', 'supported', ['l-rev']],
      ['41 factories', 'supported', ['l-fac']],
      ['88,000 workers', 'supported', ['l-wk']],
      ['60%', 'unsourced', []],
      // "Exports to Europe were $790 million" names no revenue (the Europe segment fact goes unused: a miss).
      ['$790 million', 'unsourced', []],
      ['$510 million', 'unsourced', []],
      ['$160 million', 'unsourced', []],
      ['half', 'unsourced', []],
      ['$38.5 billion', 'unsourced', []],
      ['56%', 'unsourced', []],
      ['12,500 taka', 'unsourced', []],
      ['6.8%', 'supported', ['l-nm']],
      ['98,000 workers', 'contradicted', ['l-wk']],
    ]);
  });

  it('reads "was raised to" as a level set, not money raised', () => {
    const f = judgedLine('textile', '2025-06-18', 'Loomcraft Apparel', "Loomcraft's credit line was raised to $200 million.");
    expect([f.code, f.metric]).toEqual(['unsourced', undefined]);
    expect(judgedLine('textile', '2025-06-18', 'Loomcraft Apparel', 'Loomcraft raised $200 million.').metric).toBe('investment');
  });
});

describe('apple grower note (a season to June, a grower price per kilogram, the industry)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('orchard'))).toEqual([
      ['412,000 tonnes', 'supported', ['r-h25']],
      ['9,800 hectares', 'supported', ['r-ha']],
      ['68%', 'supported', ['r-exp']],
      ['1,150 grower members', 'supported', ['r-mem']],
      // A facts unit `NZD/kg` is "per kilogram" (it said no metric measured an amount per kilogram).
      ['NZ$1.32 per kilogram', 'supported', ['r-p25']],
      ['NZ$1.18', 'supported', ['r-p24']],
      ['40%', 'unsourced', []],
      ['NZ$1.2 billion', 'unsourced', []],
      ['6%', 'unsourced', []],
      ['421,000 tonnes', 'contradicted', ['r-h25']],
    ]);
    expect(judgedLine('orchard', '2025-08-05', 'Redvale', 'Redvale growers were paid an average of NZ$1.23 a kilogram.').code).toBe('contradicted');
  });
});

describe('air ambulance note (missions, a fleet in words, donations, a response target)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('airamb'))).toEqual([
      ['3,912 missions', 'supported', ['h-mis']],
      // "a fleet of four helicopters" was no claim (a number word counted no fleet).
      ['four helicopters', 'supported', ['h-heli']],
      ['two aircraft', 'unsourced', []],
      ['£4,800', 'unsourced', []],
      // "the charity needs £19.5 million a year": "needs" reads as a requirement (the metric's own word; a miss).
      ['£19.5 million', 'unsourced', []],
      // "…; the Scottish Government covered the remaining £3.3 million": that later clause's name owns its figure only.
      ['£16.2 million', 'supported', ['h-don']],
      ['£3.3 million', 'unsourced', []],
      ['62%', 'unsourced', []],
      ['30 miles', 'unsourced', []],
      ['25 minutes', 'unsourced', []],
      ['81%', 'supported', ['h-resp']],
      ['75%', 'unsourced', []],
      ['3,192 missions', 'contradicted', ['h-mis']],
    ]);
    expect(judgedLine('airamb', '2025-10-02', 'Highland Air Ambulance', 'The charity has five helicopters.').code).toBe('contradicted');
  });
});

describe('theatre group note (tickets, occupancy, a restoration, a rival set off by commas)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('theatre'))).toEqual([
      ['14 theatres', 'supported', ['f-th']],
      ['4.9 million tickets', 'supported', ['f-tix']],
      ['£68', 'supported', ['f-price']],
      ['86%', 'supported', ['f-occ']],
      ['£333 million', 'supported', ['f-rev']],
      ['9,000 performances', 'unsourced', []],
      ['£42 million', 'unsourced', []],
      ['1,500 seats', 'unsourced', []],
      ['17.1 million', 'unsourced', []],
      ['14.7 million tickets', 'unsourced', []],
      // "Footlights' rival, Ambassador, operates 12 London venues" was red against Footlights' 14 theatres.
      ['12', 'unsourced', []],
      ['5.9 million tickets', 'contradicted', ['f-tix']],
    ]);
  });
});

describe('salt producer note (de-icing, a mild winter, guidance, one mine)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('salt'))).toEqual([
      ['11.8 million tonnes', 'supported', ['b-prod24']],
      ['three mines', 'supported', ['b-mines']],
      ['70%', 'supported', ['b-ice']],
      // "a mild winter cut de-icing sales by 18%" was red against the 70% de-icing share (read as a level).
      ['18%', 'unsourced', []],
      ['$1.39 billion', 'supported', ['b-rev24']],
      ['$212 million', 'supported', ['b-oi24']],
      ['12.5 million tonnes', 'supported', ['b-g25']],
      ['7 million tonnes', 'unsourced', []],
      ['20 million to 25 million tonnes', 'unsourced', []],
      ['10.8 million tonnes', 'contradicted', ['b-prod24']],
    ]);
  });
});

describe('car wash note (a wash club, comps, openings guided as a range)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('carwash'))).toEqual([
      ['498 locations', 'supported', ['s-loc']],
      // "2.2 million members of its unlimited wash club" was a part (some of the wash club's members).
      ['2.2 million members', 'supported', ['s-mem']],
      ['$30', 'unsourced', []],
      ['74%', 'supported', ['s-share']],
      ['$262 million', 'supported', ['s-rev']],
      ['8.9%', 'supported', ['s-rev', 's-rev24']],
      ['3.4%', 'supported', ['s-comps']],
      ['11 new washes', 'unsourced', []],
      ['40 to 45 openings', 'supported', ['s-open']],
      ['3.5 times', 'unsourced', []],
      ['520 locations', 'unsourced', []],
      ['2.6 million club members', 'contradicted', ['s-mem']],
    ]);
    expect(judgedLine('carwash', '2025-05-08', 'Sparkle Express Car Wash', 'Sparkle Express ended the first quarter with 2.6 million members of its wash club.').code).toBe('contradicted');
  });
});

describe('sequencing note (instruments shipped, an installed base, consumables, a rival\'s discounts)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('genomics');
    expect(verdictRows(findings)).toEqual([
      // "shipped 412 of its flagship NovaSeq-class instruments": some of its flagship instruments, a part.
      ['412', 'unsourced', []],
      ['3,100', 'supported', ['h-base']],
      ['70%', 'supported', ['h-cons']],
      ['9%', 'unsourced', []],
      ['12%', 'unsourced', []],
      ['$4.37 billion', 'supported', ['h-rev24']],
      ['2%', 'supported', ['h-rev24', 'h-rev23']],
      ['$4.46 billion', 'supported', ['h-rev23']],
      ['$4.2 billion to $4.3 billion', 'supported', ['h-g25']],
      ['$200', 'unsourced', []],
      ['1 million human genomes', 'unsourced', []],
      ['40%', 'unsourced', []],
      ['$4.73 billion', 'contradicted', ['h-rev24']],
    ]);
    // A plural takes no article: it said "a discounts".
    expect(messageOn(findings, '40%')).toContain('at most 40% — discounts, which no metric');
  });
});

describe('chocolate maker note (a year to August, volumes down, prices passed on)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('choc'))).toEqual([
      ['2.31 million tonnes', 'supported', ['c-vol25']],
      ['1.8%', 'supported', ['c-vol25', 'c-vol24']],
      ['$8,000 a tonne', 'unsourced', []],
      ['23%', 'supported', ['c-rev25', 'c-rev24']],
      ['CHF 13.9 billion', 'supported', ['c-rev25']],
      ['a quarter', 'unsourced', []],
      ['4.5%', 'unsourced', []],
      ['CHF 201', 'supported', ['c-ebit']],
      ['60%', 'unsourced', []],
      ['32%', 'contradicted', ['c-rev25', 'c-rev24']],
      ['CHF 13.9 billion', 'supported', ['c-rev25']],
    ]);
  });
});

describe('buy-now-pay-later note (GMV, loss rates a year apart, a take rate, the market leader)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('bnpl'))).toEqual([
      ['$28.4 billion', 'supported', ['s-gmv25']],
      ['24%', 'supported', ['s-gmv25', 's-gmv24']],
      ['21.6 million', 'supported', ['s-cons']],
      ['412,000', 'supported', ['s-merch']],
      ['0.9%', 'supported', ['s-loss25']],
      ['1.1%', 'supported', ['s-loss24']],
      ['8.6%', 'supported', ['s-take']],
      ['$110', 'unsourced', []],
      ['40%', 'unsourced', []],
      ['100 million active consumers', 'unsourced', []],
      ['$24.8 billion', 'contradicted', ['s-gmv25']],
    ]);
  });
});

describe('drone delivery note (a modified count, a round and "valuing it at")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('drone'))).toEqual([
      // "1.2 million commercial drone deliveries" named no metric (its noun was longer than the metric's word).
      ['1.2 million commercial drone deliveries', 'supported', ['s-del24']],
      ['double', 'unsourced', []],
      ['540,000', 'unsourced', []],
      ['38 hubs', 'supported', ['s-hubs']],
      ['1,900 aircraft', 'supported', ['s-fleet']],
      ['9.4 million kilometres', 'unsourced', []],
      ['$220 million', 'supported', ['s-roundD']],
      // "…, valuing it at $2.1 billion" was red against Northgate's $220 million round.
      ['$2.1 billion', 'supported', ['s-val']],
      ['$14 per delivery', 'unsourced', []],
      ['5 million deliveries', 'unsourced', []],
      ['10,000 drone deliveries', 'unsourced', []],
      ['11 operators', 'unsourced', []],
      ['2.1 million drone deliveries', 'contradicted', ['s-del24']],
    ]);
  });

  it('reads words before the metric\'s word in a count\'s noun as a part, unless the whole agrees', () => {
    const line = (text: string) => judgedLine('drone', '2025-07-01', 'Skyward', text);
    expect(line('Skyward completed 1.2 million commercial drone deliveries in 2024.').code).toBe('supported');
    const part = line('Skyward completed 1.5 million commercial drone deliveries in 2024.');
    expect([part.code, part.part]).toEqual(['unsourced', 'commercial']);
    expect(line('Skyward completed 1.5 million drone deliveries in 2024.').code).toBe('contradicted');
    expect(lineVerdicts('drone', '2025-07-01', 'Skyward', 'Skyward raised $220 million from Northgate in March, valuing it at $2.4 billion.')).toEqual([
      ['$220 million', 'supported'],
      ['$2.4 billion', 'contradicted'],
    ]);
  });
});

describe('pawn lender note (a table by segment with a change column, loans "at year-end", a demonym)', () => {
  it('judges every claim at the note date', () => {
    const findings = judgedAtNoteDate('pawn');
    expect(verdictRows(findings)).toEqual([
      ['3,180 stores', 'supported', ['p-stores']],
      // "2,250 of them in Latin America": some of the stores, in the place the Latin America fact is for.
      ['2,250', 'supported', ['p-latam']],
      // "at year-end" in February 2025: December 2024 (it was December 2025, "no fact yet").
      ['$1.12 billion', 'supported', ['p-loans']],
      ['14%', 'supported', ['p-loans', 'p-loans23']],
      ['$3.39 billion', 'supported', ['p-rev']],
      // "| Segment | Stores | Revenue 2024 | YoY |": the rows are parts. "| US | 930 | $1.46bn |" was red
      // against the whole's stores and revenue, and so was Latin America's revenue.
      ['930', 'unsourced', []],
      ['$1.46bn', 'unsourced', []],
      ['+6%', 'unsourced', []],
      ['2,250', 'supported', ['p-latam']],
      ['$1.93bn', 'unsourced', []],
      ['+19%', 'unsourced', []],
      ['60%', 'unsourced', []],
      // "Gold jewellery makes up…": a capitalised word opening a sentence reads as a name, so the heading owns nothing (a miss).
      // "Gold jewellery makes up about 60% of the collateral…. Net income rose to $259 million": "Gold" opening the sentence before was read as a name.
      ['$259 million', 'supported', ['p-ni']],
      ['$5.72 per share', 'supported', ['p-eps']],
      ['$1.21 billion', 'contradicted', ['p-loans']],
    ]);
    expect(messageOn(findings, '$1.46bn')).toContain("Prenda Group's US revenue in 2024 — a part");
    expect(messageOn(findings, '+19%')).toContain('a change of its Latin America revenue, a part');
  });

  it('reads a row of a table whose first header is no breakdown as the whole, and "Total" as the whole in one that is', () => {
    const rows = (corner: string, label: string) =>
      lineVerdicts('pawn', '2025-02-14', 'Prenda Group', `| ${corner} | Stores |\n|---|---|\n| ${label} | 930 |`).map(([, code]) => code);
    expect(rows('Segment', 'US')).toEqual(['unsourced']);
    expect(rows('Region', 'Mexico')).toEqual(['unsourced']);
    expect(rows('Segment', 'Total')).toEqual(['contradicted']);
    expect(rows('Name', 'US')).toEqual(['contradicted']);
    expect(lineVerdicts('pawn', '2025-02-14', 'Prenda Group', '| Segment | Stores |\n|---|---|\n| Total | 3,180 |')).toEqual([['3,180', 'supported']]);
    // One table of whole words serves rows and the cross-note pass: "Worldwide", "Combined" and "Grand total" are the whole…
    expect(rows('Region', 'Worldwide')).toEqual(['contradicted']);
    expect(rows('Segment', 'Combined')).toEqual(['contradicted']);
    expect(rows('Segment', 'Grand total')).toEqual(['contradicted']);
    expect(rows('Region', 'All regions')).toEqual(['contradicted']);
    // …and a hyphen makes a part of a whole word: company-owned stores against franchised ones.
    expect(rows('Segment', 'Company-owned')).toEqual(['unsourced']);
    // (and a capitalised label under "Segment" is a part, not a name the facts do not know)
    expect(judgedLine('pawn', '2025-02-14', 'Prenda Group', '| Segment | Stores |\n|---|---|\n| Company-owned | 930 |').part).toBe('Company-owned');
    expect(rows('Segment', 'Company-wide')).toEqual(['contradicted']);
  });

  it('reads a country\'s adjective before a noun as a place, a part unless the whole agrees, and no name', () => {
    const line = (text: string) => lineVerdicts('pawn', '2025-02-14', 'Prenda Group', text);
    // "Mexican" was a name the facts do not know, so the sentence had no owner.
    expect(line('Net income rose to $250 million as Mexican demand grew.')).toEqual([['$250 million', 'contradicted']]);
    expect(line('Net income from Mexican stores rose to $250 million.')).toEqual([['$250 million', 'unsourced']]);
    expect(line('Net income at Mexican Pawn Co rose to $250 million.')).toEqual([['$250 million', 'unsourced']]);
    const shops = (text: string) => judgedLine('bakery', '2025-08-01', 'Crumb & Co', text);
    // "Crumb has 300 Scottish shops" was red against the chain's 2,610 shops.
    expect([shops('Crumb has 300 Scottish shops.').code, shops('Crumb has 300 Scottish shops.').part]).toEqual(['unsourced', 'Scotland']);
    expect(shops('Crumb has 2,610 British shops.').code).toBe('supported');
    expect(shops('Crumb has 2,160 shops.').code).toBe('contradicted');
  });
});

describe('a rival opening a sentence after an adjective, its name an acronym', () => {
  it('owns its figure', () => {
    const line = (text: string) => lineVerdicts('genomics', '2025-02-20', 'Helix Sequencing', `Helix shipped 412 instruments in 2024. ${text}`).slice(1);
    expect(line('Chinese rival MGI shipped 500 instruments in 2024.')).toEqual([['500 instruments', 'unsourced']]);
    expect(line('Rival MGI shipped 500 instruments in 2024.')).toEqual([['500 instruments', 'unsourced']]);
    expect(line('It shipped 500 instruments in 2024.')).toEqual([['500 instruments', 'contradicted']]);
  });
});

describe('plasma collector note ("241 of them in the United States", a table by country, a rival, guidance)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('plasma'))).toEqual([
      ['318 collection centres', 'supported', ['v-cen']],
      // "241 of them in the United States": some of the centres just counted, in a place the facts have.
      ['241', 'supported', ['v-cen-us']],
      ['7.9 million litres', 'supported', ['v-lit']],
      ['9.6 million donations', 'supported', ['v-don']],
      ['13%', 'supported', ['v-rev', 'v-rev23']],
      ['$2.35 billion', 'supported', ['v-rev']],
      ['$50 per visit', 'unsourced', []],
      ['$900', 'unsourced', []],
      // "| United States | 241 |" under "| Country |": "United" is no participle opening a sentence.
      ['241', 'supported', ['v-cen-us']],
      ['44', 'unsourced', []],
      ['318', 'supported', ['v-cen']],
      ['390 centres', 'unsourced', []],
      ['14,200 people', 'supported', ['v-emp']],
      ['25 new centres', 'unsourced', []],
      ['8.5 million litres', 'unsourced', []],
      ['$2.53 billion', 'contradicted', ['v-rev']],
    ]);
  });
});

describe('waste and recycling note (a fiscal year to March, "recycled 44% of it", a list of labels, a quoted tax)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('waste'))).toEqual([
      ['12.4 million tonnes', 'supported', ['g-t']],
      // "recycled 44% of it": the rate of the tonnes just stated, not a part's figure.
      ['44%', 'supported', ['g-rr']],
      ['41%', 'supported', ['g-rr23']],
      ['17 landfill sites', 'supported', ['g-lf']],
      ['23', 'unsourced', []],
      ['£2.9 billion', 'supported', ['g-rev']],
      ['6%', 'supported', ['g-eb', 'g-eb24']],
      ['£520 million', 'supported', ['g-eb']],
      ['18%', 'unsourced', []],
      ['5,600 vehicles', 'supported', ['g-fleet']],
      ['a third', 'unsourced', []],
      ['21,000', 'supported', ['g-emp']],
      ['140 councils', 'unsourced', []],
      ['£126 per tonne', 'unsourced', []],
      ['14.2 million tonnes', 'contradicted', ['g-t']],
    ]);
  });
});

describe('remittance note (send volume "moved", a take rate, another company\'s figure, a guidance range)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('remit'))).toEqual([
      ['$48.5 billion', 'supported', ['s-vol']],
      ['7.1 million active customers', 'supported', ['s-cust']],
      ['28%', 'supported', ['s-rev', 's-rev23']],
      ['$1.21 billion', 'supported', ['s-rev']],
      ['2.5%', 'supported', ['s-take']],
      ['40%', 'unsourced', []],
      ['$570', 'unsourced', []],
      ['$100 billion', 'unsourced', []],
      ['$1.50 billion to $1.55 billion', 'supported', ['s-guide']],
      ['$45.8 billion', 'contradicted', ['s-vol']],
    ]);
  });
});

describe('pest control note (organic growth, acquisitions, shares of revenue, the market leader)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('pest'))).toEqual([
      ['1,020 branches', 'supported', ['x-br']],
      ['21,300 employees', 'supported', ['x-emp']],
      ['16,000', 'unsourced', []],
      ['11%', 'supported', ['x-rev', 'x-rev23']],
      ['$3.1 billion', 'supported', ['x-rev']],
      ['7.2%', 'supported', ['x-org']],
      ['38 acquisitions', 'supported', ['x-acq']],
      ['45%', 'unsourced', []],
      ['25%', 'unsourced', []],
      ['$480', 'unsourced', []],
      ['$3.4 billion', 'unsourced', []],
      ['83 acquisitions', 'contradicted', ['x-acq']],
    ]);
  });
});

describe('e-bike maker note (a fall in revenue, margins then and before, "independent dealers", a price table)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ebike'))).toEqual([
      ['410,000 e-bikes', 'supported', ['e-units']],
      ['14%', 'supported', ['e-rev', 'e-rev23']],
      ['€1.02 billion', 'supported', ['e-rev']],
      ['€2,490 a bike', 'unsourced', []],
      ['31%', 'supported', ['e-gm']],
      ['35%', 'supported', ['e-gm23']],
      ['€610 million', 'supported', ['e-inv']],
      ['seven months', 'unsourced', []],
      ['3,400 independent dealers', 'supported', ['e-deal']],
      ['19 countries', 'unsourced', []],
      ['1,300', 'unsourced', []],
      ['€2,199', 'unsourced', []],
      ['€3,899', 'unsourced', []],
      ['€1.20 billion', 'contradicted', ['e-rev']],
    ]);
  });
});

describe('dialysis provider note (a list under "Key figures for 2024:", revenue per treatment, a competitor)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('dialysis'))).toEqual([
      ['210,000 patients', 'supported', ['r-pat']],
      ['2,700 clinics', 'supported', ['r-cl']],
      ['32 million treatments', 'supported', ['r-tr']],
      ['$12.8 billion', 'supported', ['r-rev']],
      ['4%', 'supported', ['r-rev', 'r-rev23']],
      ['70,000', 'supported', ['r-emp']],
      ['$400', 'unsourced', []],
      ['67%', 'unsourced', []],
      ['40%', 'unsourced', []],
      ['200,000 patients', 'unsourced', []],
      ['2,900 clinics', 'contradicted', ['r-cl']],
    ]);
  });
});

describe('"N of them", a country\'s name that looks like a participle, and a rate "of it"', () => {
  it('reads "N of them" as some of the things just counted, in the place after it', () => {
    const line = (text: string) => lineVerdicts('pawn', '2025-02-14', 'Prenda Group', text);
    // "2,250 of them in Latin America" was a bare figure, "a part or one typical item": the planted 2,520 went unseen.
    expect(line('Prenda Group runs 3,180 stores, 2,250 of them in Latin America.')).toEqual([['3,180 stores', 'supported'], ['2,250', 'supported']]);
    expect(line('Prenda Group runs 3,180 stores, 2,520 of them in Latin America.')).toEqual([['3,180 stores', 'supported'], ['2,520', 'contradicted']]);
    expect(line('Prenda Group runs 3,180 stores, 930 of them in the US.')).toEqual([['3,180 stores', 'supported'], ['930', 'unsourced']]);
    // More than were counted is no "some of them".
    expect(judgedLine('pawn', '2025-02-14', 'Prenda Group', 'Prenda Group runs 3,180 stores, 4,100 of them abroad.').code).toBe('supported');
  });

  it('reads "United States" in a table row as a place, and "United Plasma" as a name', () => {
    const line = (text: string) => lineVerdicts('plasma', '2025-08-12', 'Vitalis Plasma', text);
    expect(line('| Country | Centres |\n|---|---|\n| United States | 214 |')).toEqual([['214', 'contradicted']]);
    expect(line('| Country | Centres |\n|---|---|\n| United Kingdom | 214 |')).toEqual([['214', 'unsourced']]);
    expect(line('United Plasma runs 241 centres.')).toEqual([['241 centres', 'unsourced']]);
  });

  it('reads a percent right after a rate\'s word "of it" as that rate, and other shares "of it" as before', () => {
    const line = (text: string) => lineVerdicts('waste', '2025-06-20', 'Greencycle', text);
    expect(line('Greencycle collected 12.4 million tonnes of waste in 2024 and recycled 54% of it.')).toEqual([['12.4 million tonnes', 'supported'], ['54%', 'contradicted']]);
    expect(line('Greencycle collected 12.4 million tonnes of waste in 2024; landfill took 30% of it.')).toEqual([['12.4 million tonnes', 'supported'], ['30%', 'unsourced']]);
    const part = judgedLine('waste', '2025-06-20', 'Greencycle', 'Commercial collection made up 40% of it.');
    expect(part.code).toBe('unsourced');
  });
});

describe('hearing aid maker note (a financial year to September written "2024/25", "per cent", a margin in points, an organic outlook)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('hearing'))).toEqual([
      ['DKK 24.1bn', 'supported', ['a-rev']],
      // "revenue of DKK 24.1bn, up 7 per cent, and organic growth of 8 per cent": the 7 was red as organic growth.
      ['7 per cent', 'supported', ['a-rev', 'a-rev24']],
      ['8 per cent', 'supported', ['a-org']],
      ['5.2 million hearing aids', 'supported', ['a-units']],
      // "roughly 21 per cent of the global market": no word of `market share` (a miss).
      ['21 per cent', 'unsourced', []],
      ['1.2 percentage points', 'supported', ['a-ebit', 'a-ebit24']],
      ['23.4 per cent', 'supported', ['a-ebit']],
      ['5-9 per cent', 'unsourced', []],
      ['24 per cent', 'unsourced', []],
      ['18,900 employees', 'supported', ['a-emp']],
      ['6,000', 'unsourced', []],
      ['1,700', 'unsourced', []],
      ['2.5 million hearing aids', 'contradicted', ['a-units']],
    ]);
  });
});

describe('vending operator note (a half year, a loss, a share paid cashless two years earlier)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('vending'))).toEqual([
      ['96,000 machines', 'supported', ['sp-m']],
      ['6%', 'supported', ['sp-rev', 'sp-rev24']],
      ['€412 million', 'supported', ['sp-rev']],
      ['71%', 'supported', ['sp-cash']],
      ['60%', 'unsourced', []],
      ['€14 million', 'supported', ['sp-ni']],
      ['€9 million', 'unsourced', []],
      ['€8,600', 'unsourced', []],
      ['a third', 'unsourced', []],
      ['half', 'unsourced', []],
      ['69,000 machines', 'contradicted', ['sp-m']],
    ]);
  });
});

describe('private jet charter note (hours flown, a fleet, a narrowed loss, the industry leader)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('jets'))).toEqual([
      // "flew 312,000 hours": "hours" alone is no `flight hours` (a miss; the facts' words may add "flew").
      ['312,000 hours', 'unsourced', []],
      ['5%', 'unsourced', []],
      ['268 aircraft', 'supported', ['j-fleet']],
      ['14,800 members', 'supported', ['j-mem']],
      ['$250,000', 'unsourced', []],
      ['$1.43 billion', 'supported', ['j-rev']],
      ['$86 million', 'supported', ['j-ni']],
      ['2.3 hours', 'unsourced', []],
      ['40%', 'unsourced', []],
      ['110', 'unsourced', []],
      ['750 aircraft', 'unsourced', []],
      ['$68 million', 'contradicted', ['j-ni']],
    ]);
  });
});

describe('bus maker note (deliveries and backlog, a table by market with shares)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('buses'))).toEqual([
      ['7,450 buses', 'supported', ['c-del']],
      ['8%', 'supported', ['c-del', 'c-del23']],
      ['11,200 buses', 'supported', ['c-bl']],
      ['18 months', 'unsourced', []],
      ['38%', 'unsourced', []],
      ['2,100', 'unsourced', []],
      ['28%', 'unsourced', []],
      ['1,350', 'unsourced', []],
      ['18%', 'unsourced', []],
      ['4,000', 'unsourced', []],
      ['54%', 'unsourced', []],
      ['€3.7 billion', 'supported', ['c-rev']],
      ['€550,000', 'unsourced', []],
      ['twice', 'unsourced', []],
      ['7,540 buses', 'contradicted', ['c-del']],
    ]);
  });
});

describe('greenhouse grower note (hectares under glass, a price per kilo, seasonal staff "of them")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('tomato'))).toEqual([
      ['140 hectares', 'supported', ['t-ha']],
      ['61,000 tonnes', 'supported', ['t-out']],
      ['44 kg per square metre', 'unsourced', []],
      ['£1.85 per kilo', 'supported', ['t-price']],
      ['£118 million', 'supported', ['t-rev']],
      ['a third', 'unsourced', []],
      ['1,450 people', 'supported', ['t-emp']],
      ['900', 'unsourced', []],
      ['£1.58 per kilo', 'contradicted', ['t-price']],
    ]);
  });
});

describe('language school note (schools "across Brazil, Mexico and Colombia", "120 of them are in Brazil", a target)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('lingua'))).toEqual([
      ['186,000 students', 'supported', ['l-stu']],
      // "212 schools across Brazil, Mexico and Colombia": all three, not Brazil's (it was red against Brazil's 120).
      ['212 schools', 'supported', ['l-sch']],
      ['120', 'supported', ['l-sch-br']],
      ['R$1.34 billion', 'supported', ['l-rev']],
      ['R$380', 'unsourced', []],
      ['18 months', 'unsourced', []],
      ['70%', 'unsourced', []],
      ['25', 'unsourced', []],
      ['300 schools', 'unsourced', []],
      ['221 schools', 'contradicted', ['l-sch']],
    ]);
  });
});

describe('places listed together, a place of its own clause, a change before a later clause\'s metric', () => {
  const line = (text: string) => lineVerdicts('lingua', '2025-09-15', 'LinguaHouse', text);
  it('reads a segment listed with other names as none of them: the figure spans them all', () => {
    expect(line('LinguaHouse runs 212 schools across Brazil, Mexico and Colombia.')).toEqual([['212 schools', 'supported']]);
    expect(line('LinguaHouse runs 221 schools across Brazil, Mexico and Colombia.')).toEqual([['221 schools', 'unsourced']]);
    expect(judgedLine('lingua', '2025-09-15', 'LinguaHouse', 'LinguaHouse runs 150 schools in Brazil and Mexico.').part).toBe('Brazil and Mexico');
    expect(judgedLine('lingua', '2025-09-15', 'LinguaHouse', 'In Brazil and Mexico, LinguaHouse runs 150 schools.').part).toBe('Brazil and Mexico');
    // Brazil alone, in the figure's own clause or opening the sentence, is still Brazil's.
    expect(line('LinguaHouse runs 102 schools in Brazil.')).toEqual([['102 schools', 'contradicted']]);
    expect(line('In Brazil, LinguaHouse runs 102 schools.')).toEqual([['102 schools', 'contradicted']]);
    expect(line('LinguaHouse runs 212 schools across Brazil, Mexico and Colombia; 102 of them are in Brazil.')).toEqual([['212 schools', 'supported'], ['102', 'contradicted']]);
  });

  it('reads a later clause\'s own place as its own, not the segment named before it', () => {
    // "…in Brazil, its largest market, and 60 in Mexico": the 60 was red against Brazil's 120.
    expect(line('LinguaHouse runs 120 schools in Brazil, its largest market, and 60 in Mexico.')).toEqual([['120 schools', 'supported'], ['60', 'unsourced']]);
    expect(line('LinguaHouse runs 120 schools in Brazil and 60 in Mexico.')).toEqual([['120 schools', 'supported'], ['60', 'unsourced']]);
    expect(line('LinguaHouse runs 212 schools in total and 102 in Brazil.')).toEqual([['212 schools', 'supported'], ['102', 'contradicted']]);
  });

  it('reads a change right after a level as that level\'s, not a later clause\'s metric of changes', () => {
    const hearing = (text: string) => lineVerdicts('hearing', '2025-11-20', 'Auralis', text);
    expect(hearing('Revenue was DKK 24.1bn in 2024/25, up 7%, and organic growth was 8%.')).toEqual([['DKK 24.1bn', 'supported'], ['7%', 'supported'], ['8%', 'supported']]);
    expect(hearing('Revenue was DKK 24.1bn in 2024/25, up 9%, and organic growth was 8%.').map(([, code]) => code)).toEqual(['supported', 'contradicted', 'supported']);
    expect(judgedLine('hearing', '2025-11-20', 'Auralis', 'Revenue was DKK 24.1bn in 2024/25, up 9%, and organic growth was 8%.').metric).toBe('revenue');
    // A change opening the sentence is still the metric named after it.
    expect(judgedLine('hearing', '2025-11-20', 'Auralis', 'Up 9% in 2024/25, organic growth beat forecasts.').metric).toBe('organic_growth');
  });

  it('says which guidance is missing when the facts have a metric of organic changes', () => {
    const outlook = judgedLine('hearing', '2025-11-20', 'Auralis', 'For 2025/26 management expects organic growth of 5-9 per cent.');
    expect([outlook.code, outlook.message]).toEqual(['unsourced', "No guidance yet for Auralis' organic growth in 2025/26"]);
  });
});

describe('care home operator note (a list under "In the year to 31 March 2025:", a quote, "80 per home")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('carehomes'))).toEqual([
      ['224 care homes', 'supported', ['ev-homes']],
      ['13,900 beds', 'supported', ['ev-beds']],
      ['89.4%', 'supported', ['ev-occ']],
      ['3.2 percentage points', 'supported', ['ev-occ', 'ev-occ24']],
      ['£1,310', 'supported', ['ev-fee']],
      ['£905m', 'supported', ['ev-rev']],
      ['45%', 'unsourced', []],
      ['£300', 'unsourced', []],
      ['38%', 'unsourced', []],
      ['29%', 'unsourced', []],
      ['two years', 'unsourced', []],
      ['17,600 people', 'supported', ['ev-emp']],
      // "roughly 80 per home": a ratio (it was red against the 224 homes).
      ['80 per home', 'unsourced', []],
      ['84.9%', 'contradicted', ['ev-occ']],
    ]);
  });
});

describe('meal-kit note (a shrinking quarter, an order value, a larger competitor)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('mealkit'))).toEqual([
      ['12%', 'supported', ['f-cust', 'f-cust24']],
      ['1.42 million', 'supported', ['f-cust']],
      ['5.3 million', 'supported', ['f-ord']],
      ['€61.20', 'supported', ['f-aov']],
      ['€325m', 'supported', ['f-rev']],
      ['€90', 'unsourced', []],
      ['60%', 'unsourced', []],
      ['three months', 'unsourced', []],
      ['6.3 million active customers', 'unsourced', []],
      ['1.24 million active customers', 'contradicted', ['f-cust']],
    ]);
  });
});

describe('parking operator note (headings, a segment fact for France, a footnote)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('parking'))).toEqual([
      // "3,100 car parks with just over 1.05 million spaces": read as car parks above a size (a miss).
      ['3,100 car parks', 'unsourced', []],
      ['1.05 million spaces', 'supported', ['pr-sp']],
      ['nine countries', 'unsourced', []],
      ['1,250 car parks', 'supported', ['pr-cp-fr']],
      ['9.5%', 'supported', ['pr-rev', 'pr-rev23']],
      ['€1.27bn', 'supported', ['pr-rev']],
      ['410 million parking sessions', 'unsourced', []],
      ['70%', 'unsourced', []],
      ['two hours', 'unsourced', []],
      ['ten minutes', 'unsourced', []],
      ['€4,200', 'unsourced', []],
      ['1,520 car parks', 'contradicted', ['pr-cp-fr']],
    ]);
  });
});

describe('bottled water note (a share behind a rival\'s, recycled content then and now, pence)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('bottled'))).toEqual([
      ['1.9 billion litres', 'supported', ['cw-vol']],
      ['8%', 'supported', ['cw-vol', 'cw-vol23']],
      ['£640 million', 'supported', ['cw-rev']],
      ['18%', 'supported', ['cw-ms']],
      ['24%', 'unsourced', []],
      ['52%', 'supported', ['cw-rc']],
      ['30%', 'unsourced', []],
      ['100%', 'unsourced', []],
      ['21%', 'contradicted', ['cw-ms']],
    ]);
  });
});

describe('pharmacy benefit manager note ("and operating income $4.1 billion" with no such metric, shares of prescriptions)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('pbm'))).toEqual([
      ['1.34 billion prescription claims', 'supported', ['sl-cl']],
      ['71 million members', 'supported', ['sl-mem']],
      ['$104.2 billion', 'supported', ['sl-rev']],
      // "Revenue was $104.2 billion and operating income $4.1 billion": no metric names operating income (it was red as revenue).
      ['$4.1 billion', 'unsourced', []],
      ['4%', 'unsourced', []],
      ['89.6%', 'supported', ['sl-gdr']],
      ['2%', 'unsourced', []],
      ['half', 'unsourced', []],
      ['80%', 'unsourced', []],
      ['1.43 billion prescription claims', 'contradicted', ['sl-cl']],
    ]);
  });
});

describe('mattress maker note (a founding year in a clause before the figure, a plan of new showrooms)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('mattress'))).toEqual([
      // "Dreamloft, which started online in 2016, sold 640,000 mattresses in 2024 and now has 85 showrooms": 2024's (it was 2016's).
      ['640,000 mattresses', 'supported', ['d-mat']],
      ['85 showrooms', 'supported', ['d-show']],
      ['$812 million', 'supported', ['d-rev']],
      ['$730 million', 'supported', ['d-rev23']],
      ['100-night', 'unsourced', []],
      ['6.5%', 'unsourced', []],
      ['$1,100', 'unsourced', []],
      ['30%', 'unsourced', []],
      ['10%', 'unsourced', []],
      ['20 and 25 new showrooms', 'unsourced', []],
      ['58 showrooms', 'contradicted', ['d-show']],
    ]);
  });
});

describe('a measure of its own in a later clause, a label and its figure, a ratio per a noun, a time of a clause before', () => {
  const pbm = (text: string) => lineVerdicts('pbm', '2025-03-10', 'ScriptLink', text);
  it('reads a later clause naming a measure no metric names as no figure of the metric before', () => {
    expect(pbm('Revenue was $104.2 billion in 2024 and operating income $4.1 billion.')).toEqual([['$104.2 billion', 'supported'], ['$4.1 billion', 'unsourced']]);
    expect(pbm('Revenue was $104.2 billion in 2024, and costs were $100.1 billion.')).toEqual([['$104.2 billion', 'supported'], ['$100.1 billion', 'unsourced']]);
    expect(pbm('Revenue was $104.2 billion in 2024 and free cash flow $3.0 billion.')).toEqual([['$104.2 billion', 'supported'], ['$3.0 billion', 'unsourced']]);
    // An elliptical comparison still takes the metric before it.
    expect(pbm('Revenue was $104.2 billion in 2024 and $98.1 billion in 2023.').map(([, code]) => code)).toEqual(['supported', 'unsourced']);
    expect(judgedLine('pbm', '2025-03-10', 'ScriptLink', 'Revenue was $14.2 billion in 2024 and operating income $4.1 billion.').code).toBe('contradicted');
  });

  it('reads "and specialty $40.1 billion" after a revenue figure as that part\'s revenue', () => {
    const part = lineFindings('pbm', '2025-03-10', 'ScriptLink', 'Revenue was $104.2 billion in 2024 and specialty $40.1 billion.')[1]!;
    expect([part.code, part.metric, part.part]).toEqual(['unsourced', 'revenue', 'specialty']);
    expect(lineFindings('pbm', '2025-03-10', 'ScriptLink', 'Revenue was $104.2 billion in 2024, while specialty pharmacy $40.1 billion.')[1]!.part).toBe('specialty pharmacy');
    // Not "and only $98 billion".
    expect(lineFindings('pbm', '2025-03-10', 'ScriptLink', 'Revenue was $104.2 billion in 2024 and only $98 billion in 2023.')[1]!.part).toBeUndefined();
  });

  it('reads a bare number per a noun as a ratio, never a count of that noun', () => {
    const care = (text: string) => lineVerdicts('carehomes', '2025-07-01', 'Evergreen Care', text);
    expect(care('The group employs 17,600 people, roughly 80 per home.')).toEqual([['17,600 people', 'supported'], ['80 per home', 'unsourced']]);
    expect(care('The group has 13,900 beds, about 62 per home.')).toEqual([['13,900 beds', 'supported'], ['62 per home', 'unsourced']]);
    expect(care('Evergreen runs 242 care homes.')).toEqual([['242 care homes', 'contradicted']]);
  });

  it('gives a figure the time after it, not one of a clause before it set off by a comma', () => {
    const line = (text: string) => lineVerdicts('mattress', '2025-03-25', 'Dreamloft', text);
    expect(line('Dreamloft, which started online in 2016, sold 604,000 mattresses in 2024 and now has 85 showrooms.')).toEqual([['604,000 mattresses', 'contradicted'], ['85 showrooms', 'supported']]);
    expect(line('Dreamloft, which started online in 2016, sold 640,000 mattresses in 2024 and now has 85 showrooms.')).toEqual([['640,000 mattresses', 'supported'], ['85 showrooms', 'supported']]);
  });
});

describe('aggregates note ("4% less than in 2023", a price per tonne, reserves in years)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('quarry'))).toEqual([
      ['212 million tonnes', 'supported', ['gx-vol']],
      ['4%', 'supported', ['gx-vol', 'gx-vol23']],
      ['8.6%', 'supported', ['gx-price', 'gx-price23']],
      ['$21.40 a tonne', 'supported', ['gx-price']],
      ['$7.2 billion', 'supported', ['gx-rev']],
      ['405 active quarries', 'supported', ['gx-q']],
      ['70 years', 'unsourced', []],
      ['35%', 'unsourced', []],
      ['double', 'unsourced', []],
      ['30 miles', 'unsourced', []],
      ['221 million tonnes', 'contradicted', ['gx-vol']],
    ]);
  });
});

describe('pet food note (sales up while volumes slipped, shares of sales, factories)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('petfood'))).toEqual([
      ['4%', 'supported', ['pf-rev', 'pf-rev23']],
      ['€3.15 billion', 'supported', ['pf-rev']],
      ['2%', 'supported', ['pf-vol', 'pf-vol23']],
      ['1.47 million tonnes', 'supported', ['pf-vol']],
      ['€241 million', 'supported', ['pf-ni']],
      ['a quarter', 'unsourced', []],
      ['51%', 'unsourced', []],
      ['9,800 people', 'supported', ['pf-emp']],
      ['14 factories', 'unsourced', []],
      ['€214 million', 'contradicted', ['pf-ni']],
    ]);
  });
});

describe('crane rental note (utilization "as wind-farm projects were delayed", a table by crane type)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cranes'))).toEqual([
      ['1,940 cranes', 'supported', ['lc-cr']],
      ['5.5%', 'supported', ['lc-rev', 'lc-rev24']],
      ['$612 million', 'supported', ['lc-rev']],
      // "…dipped to 71% from 74% a year earlier as wind-farm projects were delayed": "projects" is a noun there, no plan (both were read as guidance).
      ['71%', 'supported', ['lc-ut']],
      ['74%', 'supported', ['lc-ut24']],
      ['420', 'unsourced', []],
      ['$4,800', 'unsourced', []],
      ['1,150', 'unsourced', []],
      ['$2,600', 'unsourced', []],
      ['370', 'unsourced', []],
      ['$1,900', 'unsourced', []],
      ['3,000 tonnes', 'unsourced', []],
      ['60 cranes', 'unsourced', []],
      ['77%', 'contradicted', ['lc-ut']],
    ]);
  });
});

describe('greeting card retailer note (a year to January, shares of card sales, an average price then and now)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cards'))).toEqual([
      ['410 million cards', 'supported', ['pt-cards']],
      ['960 shops', 'supported', ['pt-st']],
      ['£1.12 billion', 'supported', ['pt-rev']],
      ['40%', 'unsourced', []],
      ['15%', 'unsourced', []],
      ['£2.45', 'unsourced', []],
      ['£1.99', 'unsourced', []],
      ['half', 'unsourced', []],
      ['690 shops', 'contradicted', ['pt-st']],
    ]);
  });
});

describe('a plan word used as a noun', () => {
  it('reads "projects were delayed" as no plan, and "LiftCo projects" as one', () => {
    const line = (text: string) => lineVerdicts('cranes', '2025-08-20', 'LiftCo', text);
    expect(line('Utilization was 77% in the first half of 2025 as wind-farm projects were delayed.')).toEqual([['77%', 'contradicted']]);
    expect(line('LiftCo projects utilization of 77% in the first half of 2025.')).toEqual([['77%', 'unsourced']]);
    expect(line('Its targets were missed: utilization was 77% in the first half of 2025.')).toEqual([['77%', 'contradicted']]);
  });
});

describe('food maker note (gross, operating and pre-tax profit beside a net income fact; a gross margin beside an operating margin metric)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('snacks'))).toEqual([
      ['£2.9 billion', 'supported', ['bf-rev']],
      ['6%', 'supported', ['bf-rev', 'bf-rev23']],
      ['£2.74 billion', 'supported', ['bf-rev23']],
      // "Gross profit was £940 million and operating profit £330 million": other measures, not a part "gross" of net income.
      ['£940 million', 'unsourced', []],
      ['£330 million', 'unsourced', []],
      ['11.4%', 'supported', ['bf-om']],
      // "…, while the gross margin held at 32.4%": no operating margin (a metric whose words have "margin").
      ['32.4%', 'unsourced', []],
      // "Profit before tax came to £290 million" was red against the £212 million net income.
      ['£290 million', 'unsourced', []],
      ['£212 million', 'supported', ['bf-ni']],
      ['doubled', 'unsourced', []],
      // A table whose rows name the measures: "| Gross profit | £940m |" was red against net income.
      ['£940m', 'unsourced', []],
      ['£330m', 'unsourced', []],
      ['£212m', 'supported', ['bf-ni']],
      ['14,800 people', 'supported', ['bf-emp']],
      ['22 factories', 'supported', ['bf-fac']],
      // "made a £20 million trading loss" was red as a net loss.
      ['£20 million', 'unsourced', []],
      ['two sites', 'unsourced', []],
      ['24 factories', 'contradicted', ['bf-fac']],
    ]);
  });

  it('names the measure no metric names, and a change of it', () => {
    const findings = judgedAtNoteDate('snacks');
    expect(findings.filter((f) => f.measure).map((f) => [f.claim.text, f.measure])).toEqual([
      ['£940 million', 'gross profit'],
      ['£330 million', 'operating profit'],
      ['32.4%', 'gross margin'],
      ['£290 million', 'profit before tax'],
      ['£940m', 'gross profit'],
      ['£330m', 'operating profit'],
      ['£20 million', 'trading loss'],
    ]);
    expect(messageOn(findings, '£290 million')).toBe("No fact yet for Bramwell Foods' profit before tax — no metric of the facts files measures profit before tax (add one under `metrics`)");
    expect(messageOn(findings, '£940m')).toBe("No fact yet for Bramwell Foods' gross profit in 2024 — no metric of the facts files measures gross profit (add one under `metrics`)");
    // "The group's pre-tax profit has more than doubled since 2019": a change, which no new metric's fact states.
    expect(messageOn(findings, 'doubled')).toContain('a change of pre-tax profit, which no metric of the facts files measures');
  });
});

describe('a word that makes a profit or margin another measure', () => {
  const line = (text: string) => lineVerdicts('snacks', '2025-04-02', 'Bramwell Foods', text);
  it('is no net income or operating margin', () => {
    for (const text of [
      "Bramwell's pre-tax profit was £290 million in 2024.",
      "Bramwell's profit before taxation was £290 million in 2024.",
      'Earnings before interest and tax were £290 million in 2024.',
      'Bramwell Foods made an operating loss of £290 million in 2024.',
      'It reported a £290 million operating loss in 2024.',
      "Bramwell's EBITDA margin was 14% in 2024.",
      "Bramwell's net margin was 14% in 2024.",
    ]) expect(line(text), text).toEqual([[text.match(/£290 million|14%/)![0], 'unsourced']]);
  });

  it('leaves the metric its own words and modifiers: net profit, profit after tax, the operating margin', () => {
    expect(line("Bramwell's net profit was £250 million in 2024.")).toEqual([['£250 million', 'contradicted']]);
    expect(line("Bramwell's profit after tax was £250 million in 2024.")).toEqual([['£250 million', 'contradicted']]);
    expect(line("Bramwell's profit was £250 million in 2024.")).toEqual([['£250 million', 'contradicted']]);
    expect(line("Bramwell's operating margin was 12.4% in 2024.")).toEqual([['12.4%', 'contradicted']]);
  });

  it('is judged by a metric of its own once the facts have one', () => {
    const facts = `${readFileSync('test/judge/fixtures/snacks-facts.yaml', 'utf8').replace('metrics:\n', 'metrics:\n  gross_profit: { unit: GBP, words: [gross profit] }\n')}  - { id: bf-gp, entity: bramwell, metric: gross_profit, value: 940e6, unit: GBP, period: 2024, as_of: 2025-03-12, source: { url: https://example.com/bf/ar24, title: Annual report 2024 } }\n`;
    const index = loadFacts([{ file: 'facts.yaml', text: facts }], { today: '2026-12-31' }).index;
    const judged = (text: string) => judgeNote(parseNote(`---\ndate: 2025-04-02\n---\n# Bramwell Foods\n\n${text}\n`), index, { config: defaultConfig }).map((f) => [f.claim.text, f.code, f.facts.map((x) => x.id)]);
    expect(judged('Gross profit was £940 million in 2024.')).toEqual([['£940 million', 'supported', ['bf-gp']]]);
    expect(judged('Gross profit was £990 million in 2024.')).toEqual([['£990 million', 'contradicted', ['bf-gp']]]);
    expect(judged('Net profit was £212 million in 2024.')).toEqual([['£212 million', 'supported', ['bf-ni']]]);
  });
});

describe('student housing note (a year to September, "up from 70,500" after beds in properties across cities, an average weekly rent)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('students'))).toEqual([
      ['74,000 beds', 'supported', ['uh-beds']],
      ['162 properties', 'supported', ['uh-props']],
      ['27 university cities', 'unsourced', []],
      // "let 74,000 beds in 162 properties across 27 university cities …, up from 70,500": the beds (it took the cities' unit).
      ['70,500', 'supported', ['uh-beds24']],
      ['98.2%', 'supported', ['uh-occ']],
      ['7%', 'unsourced', []],
      // "the average weekly rent rose 7% to £196" of an `average rent` metric: its own average, a word between (it read one typical item).
      ['£196', 'supported', ['uh-rent']],
      ['10.6%', 'supported', ['uh-rev', 'uh-rev24']],
      ['£842 million', 'supported', ['uh-rev']],
      ['40%', 'unsourced', []],
      ['half', 'unsourced', []],
      ['2,400 beds', 'unsourced', []],
      ['5,000', 'unsourced', []],
      ['5-6%', 'unsourced', []],
      ['168 properties', 'contradicted', ['uh-props']],
    ]);
  });
});

describe('optician chain note (profit after tax, an operating profit, joint-venture practices)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('eyewear'))).toEqual([
      ['6.3 million eye tests', 'supported', ['cv-tests']],
      ['4.1 million frames', 'supported', ['cv-fr']],
      ['£1.36 billion', 'supported', ['cv-rev']],
      ['7%', 'supported', ['cv-rev', 'cv-rev23']],
      ['a fifth', 'unsourced', []],
      ['3.8%', 'supported', ['cv-lfl']],
      ['12%', 'unsourced', []],
      ['812 opticians', 'supported', ['cv-st']],
      ['140', 'unsourced', []],
      ['£96 million', 'unsourced', []],
      ['£58 million', 'supported', ['cv-ni']],
      ['£164', 'unsourced', []],
      ['£85 million', 'contradicted', ['cv-ni']],
    ]);
  });
});

describe('clinical lab note ("more than the 161 million of 2023", "sees roughly 400,000 patients", a rival, guidance with its acquisitions)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('labs'))).toEqual([
      ['168 million requisitions', 'supported', ['vd-req']],
      ['4.3%', 'supported', ['vd-req', 'vd-req23']],
      // "4.3% more than the 161 million of 2023": the requisitions of 2023 (the article hid the comparison: read as revenue per requisition).
      ['161 million', 'supported', ['vd-req23']],
      ['$54.90', 'unsourced', []],
      ['$9.87 billion', 'supported', ['vd-rev']],
      ['$13.2 billion', 'supported', ['ql-rev']],
      // "Its network of 2,150 patient service centers sees roughly 400,000 patients a day": no outlook ("sees" read as one).
      ['2,150 patient service centers', 'supported', ['vd-psc']],
      ['400,000 patients a day', 'unsourced', []],
      ['18%', 'unsourced', []],
      ['twice', 'unsourced', []],
      ['$10.1-10.3 billion', 'supported', ['vd-g25']],
      ['$250 million', 'unsourced', []],
      ['33%', 'unsourced', []],
      ['$1.6 billion', 'unsourced', []],
      ['$10.5-10.7 billion', 'contradicted', ['vd-g25']],
    ]);
  });
});

describe('cold storage note (occupancy a year earlier, an outlook cut "down from $1.1 billion", the biggest site)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('coldstore'))).toEqual([
      ['238 temperature-controlled warehouses', 'supported', ['fl-wh']],
      ['5.9 million pallet positions', 'supported', ['fl-pp']],
      ['81.5%', 'supported', ['fl-occ']],
      ['84.2%', 'supported', ['fl-occ24']],
      ['$1.33 billion', 'supported', ['fl-rev']],
      ['55%', 'unsourced', []],
      ['$248 million', 'supported', ['fl-eb']],
      ['18.6%', 'unsourced', []],
      ['$1.0-1.06 billion', 'supported', ['fl-ebg']],
      // "…, down from $1.1 billion": the outlook it was cut from, no support of the new one (it "matched" the $1.0–1.06 billion by rounding).
      ['$1.1 billion', 'unsourced', []],
      ['190,000 pallets', 'unsourced', []],
      ['9%', 'unsourced', []],
      ['283 warehouses', 'contradicted', ['fl-wh']],
    ]);
  });
});

describe('customer-service outsourcer note (a workforce cut, the top ten clients, an industry average)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('bpo'))).toEqual([
      ['96,500 agents', 'supported', ['tw-ag']],
      ['102,000', 'supported', ['tw-ag24']],
      ['148 delivery centers', 'supported', ['tw-dc']],
      ['31 countries', 'unsourced', []],
      ['610 clients', 'supported', ['tw-cl']],
      ['41%', 'unsourced', []],
      ['5.5%', 'supported', ['tw-rev', 'tw-rev24']],
      ['€2.08 billion', 'supported', ['tw-rev']],
      ['38%', 'supported', ['tw-att']],
      ['45%', 'unsourced', []],
      ['a third', 'unsourced', []],
      ['27 million interactions a month', 'unsourced', []],
      ['9 million', 'unsourced', []],
      ['650 clients', 'contradicted', ['tw-cl']],
    ]);
  });
});

describe('self-storage REIT note (net operating income, core FFO per share, an average store)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('storage'))).toEqual([
      ['1,184 self-storage stores', 'supported', ['bx-st']],
      ['84.6 million rentable square feet', 'supported', ['bx-sf']],
      ['92.4%', 'supported', ['bx-occ']],
      ['93.1%', 'supported', ['bx-occ24']],
      ['8%', 'unsourced', []],
      ['$448 million', 'supported', ['bx-rev']],
      ['$312 million', 'supported', ['bx-noi']],
      ['69.6%', 'unsourced', []],
      ['$2.07', 'supported', ['bx-ffo']],
      ['$8.15-8.30', 'unsourced', []],
      ['40%', 'unsourced', []],
      ['71,000 square feet', 'unsourced', []],
      ['$2.17 per share', 'contradicted', ['bx-ffo']],
    ]);
  });
});

describe('a figure compared with the level of its own size', () => {
  it('takes the unit of the nearest figure before it of its order, not a count that only places it', () => {
    const line = (text: string) => lineVerdicts('students', '2025-12-03', 'UniHalls', text);
    expect(line('UniHalls let 74,000 beds in 162 properties across 27 cities for the 2025/26 academic year, up from 71,500 a year earlier.')).toEqual([
      ['74,000 beds', 'supported'], ['162 properties', 'supported'], ['27 cities', 'unsourced'], ['71,500', 'contradicted'],
    ]);
    // A figure of the last one's size is still the last one's: "in 162 properties, up from 150".
    expect(line('UniHalls let 74,000 beds in 162 properties for the 2025/26 academic year, up from 150 a year earlier.').at(-1)).toEqual(['150', 'contradicted']);
  });

  it('reads "than the 165 million" and "against the 165 million" as comparisons', () => {
    const line = (text: string) => lineVerdicts('labs', '2025-05-20', 'Veritas Diagnostics', text);
    expect(line('Veritas processed 168 million requisitions in 2024, 4.3% more than the 165 million of 2023, at an average of $54.90 of revenue per requisition.')).toContainEqual(['165 million', 'contradicted']);
    expect(line('Veritas processed 168 million requisitions in 2024, against the 165 million of 2023.')).toContainEqual(['165 million', 'contradicted']);
  });
});

describe('"sees" and a count of things', () => {
  const line = (text: string) => lineVerdicts('labs', '2025-05-20', 'Veritas Diagnostics', text);
  it('is no outlook: the figures before and after it are results', () => {
    expect(line('Its network of 2,180 patient service centers sees roughly 400,000 patients a day.')).toEqual([['2,180 patient service centers', 'contradicted'], ['400,000 patients a day', 'unsourced']]);
  });
  it('of an amount or a year is one', () => {
    expect(line('Veritas sees revenue of $10.5 billion in 2025.')).toEqual([['$10.5 billion', 'contradicted']]);
    expect(messageOn(lineFindings('labs', '2025-05-20', 'Veritas Diagnostics', 'Veritas sees 2025 revenue of $10.5 billion.'), '$10.5 billion')).toContain('sourced guidance');
  });
});

describe('a superlative said of the subject after its figure', () => {
  const line = (text: string) => lineVerdicts('labs', '2025-05-20', 'Veritas Diagnostics', text);
  it('is the whole ("is the largest"), while a superlative subject is a part', () => {
    expect(line('Its network of 2,180 patient service centers is the largest in the country.')).toEqual([['2,180 patient service centers', 'contradicted']]);
    expect(line('Its largest region has 480 patient service centers.')).toEqual([['480 patient service centers', 'unsourced']]);
  });
});

describe('an outlook revised from a figure', () => {
  it('leaves the figure it was revised from unsourced, whatever it matches by rounding', () => {
    const found = lineFindings('coldstore', '2025-08-20', 'Frostline Logistics', 'The company now expects full-year adjusted EBITDA of $1.0-1.06 billion, down from $1.1 billion.');
    expect(found.map((f) => [f.claim.text, f.code])).toEqual([['$1.0-1.06 billion', 'supported'], ['$1.1 billion', 'unsourced']]);
    expect(messageOn(found, '$1.1 billion')).toContain('the outlook it was revised from');
    // A result compared with the level before it is still judged against that level.
    expect(lineVerdicts('coldstore', '2025-08-20', 'Frostline Logistics', 'Economic occupancy slipped to 81.5% in the second quarter from 84.2% a year earlier.')).toEqual([['81.5%', 'supported'], ['84.2%', 'supported']]);
  });
});

describe('"the average" before a word of a metric of averages', () => {
  it('is that metric, a word between ("the average weekly rent"), not one typical item', () => {
    const line = (text: string) => lineVerdicts('students', '2025-12-03', 'UniHalls', text);
    expect(line('The average weekly rent was £199 in fiscal 2025.')).toEqual([['£199', 'contradicted']]);
    expect(line('The average student pays £199 a week in fiscal 2025.')).toEqual([['£199 a week', 'unsourced']]);
  });
});

describe('Indian hospital chain note (crore, ARPOB a day, a fiscal year to March)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('indiahosp'))).toEqual([
      ['38 hospitals', 'supported', ['ar-hosp']],
      ['10,450 operational beds', 'supported', ['ar-beds']],
      ['14.4%', 'supported', ['ar-rev', 'ar-rev24']],
      ['₹4,210 crore', 'supported', ['ar-rev']],
      ['₹490 crore', 'supported', ['ar-ni']],
      ['₹61,200 a day', 'supported', ['ar-arpob']],
      ['68%', 'supported', ['ar-occ']],
      ['3,000 beds', 'unsourced', []],
      ['three years', 'unsourced', []],
      ['₹2,500 crore', 'unsourced', []],
      ['45%', 'unsourced', []],
      ['8%', 'unsourced', []],
      ['₹4,480 crore', 'contradicted', ['ar-rev']],
    ]);
  });
});

describe('Japanese railway note (yen in trillions, operating revenue, operating profit as a metric of its own, net profit attributable)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('railjp'))).toEqual([
      ['2.41 billion passengers', 'supported', ['kr-pax']],
      ['3.4%', 'supported', ['kr-pax', 'kr-pax23']],
      ['463 km', 'supported', ['kr-km']],
      // "Operating revenue reached ¥1.12 trillion": a railway's whole revenue (it read a part, `segment: operating`).
      ['¥1.12 trillion', 'supported', ['kr-rev']],
      ['¥148 billion', 'supported', ['kr-oi']],
      ['¥96 billion', 'supported', ['kr-ni']],
      ['a quarter', 'unsourced', []],
      ['¥650 billion', 'unsourced', []],
      ['three years', 'unsourced', []],
      ['¥210 billion', 'unsourced', []],
      ['¥158 billion', 'contradicted', ['kr-oi']],
    ]);
  });

  it('reads "operating revenue" as the whole, and "hotel revenue" still as a part', () => {
    const line = (text: string) => lineVerdicts('railjp', '2025-06-02', 'Kanto Railway', text);
    expect(line('Operating revenue reached ¥1.19 trillion in the year to March 2025.')).toEqual([['¥1.19 trillion', 'contradicted']]);
    expect(line('Operating revenues reached ¥1.19 trillion in the year to March 2025.')).toEqual([['¥1.19 trillion', 'contradicted']]);
    expect(line('Hotel revenue reached ¥190 billion in the year to March 2025.')).toEqual([['¥190 billion', 'unsourced']]);
  });
});

describe('fusion startup note (a round, its lead investor, a valuation compared with the last one, total funding)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('fusion'))).toEqual([
      ['$860 million', 'supported', ['hf-seriesc']],
      ['$300 million', 'supported', ['ov-stake']],
      ['$5.4 billion', 'supported', ['hf-val']],
      // "The round valued the startup at $5.4 billion, compared with the $2.1 billion of a year earlier": the valuation a
      // year before (it was red as a round against the $860 million: "the" and "of" hid the comparison and its time).
      ['$2.1 billion', 'supported', ['hf-val24']],
      ['$1.45 billion', 'supported', ['hf-total']],
      ['420 people', 'supported', ['hf-emp']],
      ['$500 million', 'unsourced', []],
      ['50 MW', 'unsourced', []],
      ['$3 billion', 'unsourced', []],
      ['$5.4 billion', 'supported', ['hf-val']],
      ['twice', 'unsourced', []],
      // "more than twice the $2.5 billion of a year earlier": red against the valuation a year before, not the latest
      // (whose quick fix would have written $5.4 billion there).
      ['$2.5 billion', 'contradicted', ['hf-val24']],
    ]);
  });

  it('reads the level a valuation is compared with as a valuation, with "the" and "of" before it or not', () => {
    const line = (text: string) => lineFindings('fusion', '2025-04-01', 'Helios Fusion', text).map((f) => [f.claim.text, f.code, f.facts.map((x) => x.id)]);
    for (const text of [
      'The round valued the startup at $5.4 billion, up from $2.5 billion a year earlier.',
      'The round valued the startup at $5.4 billion, against the $2.5 billion of a year earlier.',
      'Helios was valued at $5.4 billion, compared with the $2.5 billion of a year earlier.',
    ]) expect(line(text).at(-1), text).toEqual(['$2.5 billion', 'contradicted', ['hf-val24']]);
    // Not compared: a second figure the valuation word does not bind is the round's.
    expect(line('The $860 million round valued the startup at $5.4 billion.')).toEqual([['$860 million', 'supported', ['hf-seriesc']], ['$5.4 billion', 'supported', ['hf-val']]]);
  });
});

describe('grain cooperative note (members a year earlier, patronage paid back and a sum retained)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('coop'))).toEqual([
      ['41,200 farmer-members', 'supported', ['pg-mem']],
      ['6%', 'supported', ['pg-mem', 'pg-mem24']],
      ['11.8 million tonnes', 'supported', ['pg-grain']],
      ['57 elevators', 'supported', ['pg-elev']],
      ['$8.4 billion', 'supported', ['pg-rev']],
      ['$96 million', 'supported', ['pg-pat']],
      ['$2,330 per member', 'unsourced', []],
      // "…, and retained a further $40 million": money of its own kind, not patronage (it was red against the $96 million).
      ['$40 million', 'unsourced', []],
      ['half', 'unsourced', []],
      ['a fifth', 'unsourced', []],
      ['61 elevators', 'contradicted', ['pg-elev']],
    ]);
  });

  it('reads money retained, kept or set aside as no figure of the metric before', () => {
    const line = (text: string) => lineVerdicts('coop', '2025-11-20', 'Prairie Grain Cooperative', text);
    expect(line('Patronage of $99 million was paid back to members, and the co-op kept $40 million.')).toEqual([['$99 million', 'contradicted'], ['$40 million', 'unsourced']]);
    expect(line('It paid $96 million back to members as patronage, and set aside $40 million.')).toEqual([['$96 million', 'supported'], ['$40 million', 'unsourced']]);
    // An elliptical comparison still takes it: "…, up from $90 million".
    expect(line('It paid $96 million back to members as patronage in fiscal 2025, up from $90 million a year earlier.').at(0)).toEqual(['$96 million', 'supported']);
  });
});

describe('private prison operator note (facilities reopened with their beds, a ratio per 1,000 beds, an acquisition and its beds)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('prisons'))).toEqual([
      ['64 facilities', 'supported', ['cc-fac']],
      ['71,800 beds', 'supported', ['cc-beds']],
      ['87.6%', 'supported', ['cc-occ']],
      ['$91.40 per inmate', 'unsourced', []],
      ['$612 million', 'supported', ['cc-rev']],
      ['11.7%', 'supported', ['cc-rev', 'cc-rev24']],
      ['$548 million', 'supported', ['cc-rev24']],
      ['52%', 'unsourced', []],
      ['38%', 'unsourced', []],
      ['two idle facilities', 'unsourced', []],
      // Four wrong reds against the company's 64 facilities and 71,800 beds: the beds of the two facilities reopened,
      // "each 1,000 beds filled" (one side of a ratio), and the acquisition target's facilities and beds.
      ['3,200 beds', 'unsourced', []],
      ['1,000 beds', 'unsourced', []],
      ['$30 million', 'unsourced', []],
      ['12 facilities', 'unsourced', []],
      ['9,000 beds', 'unsourced', []],
      ['89.6%', 'contradicted', ['cc-occ']],
    ]);
  });

  const line = (text: string) => lineVerdicts('prisons', '2025-08-25', 'Civica Corrections', text);
  it('reads what came or went with things opened, closed or bought as no level, and the whole "with" its beds as one', () => {
    expect(line('The company closed a facility with 1,100 beds in June.')).toEqual([['1,100 beds', 'unsourced']]);
    expect(line('Civica runs 64 facilities with 71,900 beds.')).toEqual([['64 facilities', 'supported'], ['71,900 beds', 'contradicted']]);
  });

  it('gives a relative clause\'s figure to its antecedent, a name the facts do not know, but not to a place', () => {
    expect(line('Civica acquired Keystone, which runs 12 facilities.')).toEqual([['12 facilities', 'unsourced']]);
    expect(line('Civica bought a rival from Apex Partners, which had held 12 facilities.')).toEqual([['12 facilities', 'unsourced']]);
    expect(line('Civica, which runs 65 facilities, acquired Keystone.')).toEqual([['65 facilities', 'contradicted']]);
    expect(messageOn(lineFindings('prisons', '2025-08-25', 'Civica Corrections', 'In Texas, which has 12 facilities, Civica grew.'), '12 facilities')).toContain('`segment: Texas`');
  });
});

describe('uranium miner note (pounds of U3O8, a realized price beside the spot price, contracts through 2032)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('uranium'))).toEqual([
      // "5.2 million pounds of U3O8" was sterling ("nothing near it says what it measures"), and the wrong 5.8 million unseen:
      // with a metric in pounds (`unit: lb`) that takes the figure and no metric of money that does, "pounds" weigh.
      ['5.2 million pounds', 'supported', ['au-prod']],
      ['13%', 'supported', ['au-prod', 'au-prod24']],
      ['4.6 million pounds', 'supported', ['au-prod24']],
      ['$61.40 per pound', 'supported', ['au-price']],
      // "against a spot price that averaged $78.50 per pound": another price than the realized one (it was red against $61.40).
      ['$78.50 per pound', 'unsourced', []],
      ['$318 million', 'supported', ['au-rev']],
      // "committed under long-term contracts through 2032": the span of the contracts is read as the figure's time (a miss, never red).
      ['220 million pounds', 'unsourced', []],
      ['20 million pounds', 'unsourced', []],
      ['410,000 tonnes', 'unsourced', []],
      ['7.2%', 'unsourced', []],
      ['5.8 million pounds', 'contradicted', ['au-prod']],
    ]);
  });

  const line = (text: string) => lineVerdicts('uranium', '2025-11-10', 'Athabasca Uranium', text);
  it('reads "pounds" as a weight only where a metric in pounds takes the figure and none of money does', () => {
    expect(line('Athabasca produced 5.8 million pounds of U3O8 in the third quarter.')).toEqual([['5.8 million pounds', 'contradicted']]);
    // Revenue in pounds is money still (the facts give it in dollars: no fact in sterling).
    const revenue = lineFindings('uranium', '2025-11-10', 'Athabasca Uranium', 'Revenue came to 318 million pounds.');
    expect(revenue.map((f) => [f.claim.unit, f.code])).toEqual([['GBP', 'unsourced']]);
    expect(messageOn(revenue, '318 million pounds')).toContain("Athabasca Uranium's revenue");
    // A note whose facts weigh nothing keeps "pounds" as sterling.
    expect(lineVerdicts('airamb', '2025-10-02', 'Highland Air Ambulance', 'Donations and legacies raised 16.2 million pounds in the year to March 2025.')).toEqual([['16.2 million pounds', 'supported']]);
  });

  it('reads a spot, list or market price as another measure than the metric\'s price, and still the metric\'s price when it is wrong', () => {
    const findings = lineFindings('uranium', '2025-11-10', 'Athabasca Uranium', 'Its average realized price was $61.40 per pound, against a spot price that averaged $78.50 per pound.');
    expect(findings.map((f) => [f.claim.text, f.code])).toEqual([['$61.40 per pound', 'supported'], ['$78.50 per pound', 'unsourced']]);
    expect(messageOn(findings, '$78.50 per pound')).toContain('no metric of the facts files measures spot price');
    expect(line('The realized price was $68.50 per pound in the third quarter.')).toEqual([['$68.50 per pound', 'contradicted']]);
    // A count is no price: a measure named before it in its clause does not name it.
    const ore = lineFindings('uranium', '2025-11-10', 'Athabasca Uranium', 'Amid talk of spot prices the mill processed 410,000 tonnes of ore.');
    expect(messageOn(ore, '410,000 tonnes')).toContain('nothing near it says what it measures');
  });
});

describe('hospice operator note (an average daily census, days of care as a bare number, a median stay)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('hospice'))).toEqual([
      ['14,850 patients', 'supported', ['hv-adc']],
      // "days of care reached 1.35 million": a bare number counts the days the metric's words name (`unit: days`); it was "nothing near it says what it measures".
      ['1.35 million', 'supported', ['hv-doc']],
      ['94 days', 'supported', ['hv-alos']],
      ['18 days', 'unsourced', []],
      ['9.6%', 'supported', ['hv-rev', 'hv-rev24']],
      ['$812 million', 'supported', ['hv-rev']],
      ['93%', 'unsourced', []],
      ['6 new locations', 'unsourced', []],
      ['38 states', 'unsourced', []],
      ['15,850 patients', 'contradicted', ['hv-adc']],
    ]);
  });

  it('counts days with a bare number only for a metric whose words name days', () => {
    const line = (text: string) => lineVerdicts('hospice', '2025-08-20', 'Haven Hospice Group', text);
    expect(line('Days of care reached 1.45 million in the second quarter.')).toEqual([['1.45 million', 'contradicted']]);
    // "Average length of stay" names no days: a bare 104 is no stay of days.
    expect(line("Haven's average length of stay was 104 in the second quarter.")).toEqual([['104', 'unsourced']]);
  });
});

describe('truck maker note (deliveries against a year earlier, a book-to-bill, a region\'s deliveries)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('trucks'))).toEqual([
      ['52,400 trucks', 'supported', ['nv-del']],
      ['8%', 'supported', ['nv-del', 'nv-del24']],
      ['57,100', 'supported', ['nv-del24']],
      ['48,900 trucks', 'supported', ['nv-oi']],
      ['0.93', 'unsourced', []],
      ['€11.8 billion', 'supported', ['nv-rev']],
      ['11.2%', 'supported', ['nv-om']],
      ['14%', 'unsourced', []],
      // "In Europe, deliveries fell 14% to 21,300 trucks": Europe's, a part (it said no company was named near it).
      ['21,300 trucks', 'unsourced', []],
      ['17,800', 'unsourced', []],
      ['280,000 units', 'unsourced', []],
      ['4.1%', 'unsourced', []],
      ['46,900 trucks', 'contradicted', ['nv-oi']],
    ]);
  });

  const findings = (text: string) => lineFindings('trucks', '2025-10-30', 'Nordvik Trucks', text);
  it('keeps a place for the level a change reached, and a place opening the sentence under the heading\'s entity', () => {
    // It was red against the 52,400 trucks: the 14% between the place and the level kept the place off.
    const after = findings("Nordvik's deliveries in Europe fell 14% to 21,300 trucks.");
    expect(after.map((f) => [f.claim.text, f.code])).toEqual([['14%', 'unsourced'], ['21,300 trucks', 'unsourced']]);
    expect(messageOn(after, '21,300 trucks')).toContain('`segment: Europe`');
    expect(messageOn(findings('In Europe, deliveries were 21,300 trucks.'), '21,300 trucks')).toContain('`segment: Europe`');
    expect(findings('In Europe, deliveries were 21,400 trucks. Nordvik delivered 52,900 trucks in the third quarter.').map((f) => [f.claim.text, f.code])).toEqual([['21,400 trucks', 'unsourced'], ['52,900 trucks', 'contradicted']]);
  });

  it('names a hyphened measure as written', () => {
    expect(messageOn(findings('Order intake was 48,900 trucks, a book-to-bill of 0.93.'), '0.93')).toContain('a book-to-bill, which no metric');
  });
});

describe('LNG exporter note (cargoes, tonnes produced, capacity per annum beside a later clause\'s project)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('lng'))).toEqual([
      ['98 cargoes', 'supported', ['gs-cargo']],
      ['6.9 million tonnes', 'supported', ['gs-prod']],
      // "…, and the Phase 3 expansion would add…": a name in a later clause kept the heading's owner off the capacity.
      ['27 million tonnes', 'supported', ['gs-cap']],
      ['10 million tonnes', 'unsourced', []],
      ['$4.3 billion', 'supported', ['gs-rev']],
      ['85%', 'unsourced', []],
      ['20-year', 'unsourced', []],
      ['$3.10 per MMBtu', 'unsourced', []],
      ['7.9 million tonnes', 'contradicted', ['gs-prod']],
    ]);
  });

  it('lets a later clause\'s name own its own figures only', () => {
    const line = (text: string) => lineVerdicts('lng', '2025-11-05', 'Gulfshore LNG', text);
    expect(line('Its liquefaction capacity is 29 million tonnes per annum, and Phase 3 would add 10 million tonnes per annum by 2029.')).toEqual([
      ['29 million tonnes', 'contradicted'],
      ['10 million tonnes', 'unsourced'],
    ]);
    // A name in the figure's own clause still keeps the heading's owner off: "Qatargas's capacity".
    expect(line("Qatargas's liquefaction capacity is 29 million tonnes per annum.")).toEqual([['29 million tonnes', 'unsourced']]);
  });
});

describe('duty-free retailer note (francs, organic growth, shops in countries, a region\'s shops)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('dutyfree'))).toEqual([
      ['CHF 6.4 billion', 'supported', ['al-rev']],
      ['5.8%', 'supported', ['al-og']],
      ['11.9%', 'supported', ['al-cm']],
      ['30 basis points', 'unsourced', []],
      // "It operates 5,100 shops in 73 countries, including 1,200 in North America": the region is the later figure's.
      ['5,100 shops', 'supported', ['al-shops']],
      ['73 countries', 'unsourced', []],
      ['1,200', 'unsourced', []],
      ['3%', 'unsourced', []],
      ['6.8%', 'contradicted', ['al-og']],
    ]);
  });
});

describe('timeshare note (contract sales and their growth, tour flow as a bare number, volume per guest)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('timeshare'))).toEqual([
      ['5.3%', 'supported', ['mv-cs', 'mv-cs24']],
      ['$512 million', 'supported', ['mv-cs']],
      ['118,000', 'supported', ['mv-tours']],
      ['$4,310', 'supported', ['mv-vpg']],
      ['$1.21 billion', 'supported', ['mv-rev']],
      ['$78 million', 'unsourced', []],
      ['14%', 'unsourced', []],
      ['68%', 'unsourced', []],
      ['$4,610', 'contradicted', ['mv-vpg']],
    ]);
  });
});

describe('gold streaming note (gold equivalent ounces, a guidance range, one stream\'s ounces)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('streams'))).toEqual([
      ['38,200 gold equivalent ounces', 'supported', ['ar-geo']],
      ['$128 million', 'supported', ['ar-rev']],
      ['91%', 'supported', ['ar-cm']],
      ['$3,350 per ounce', 'unsourced', []],
      ['150,000 to 160,000', 'supported', ['ar-guide']],
      ['11,400', 'unsourced', []],
      ['36,200', 'contradicted', ['ar-geo']],
    ]);
  });
});

describe('cannabis producer note (Canadian dollars, kilograms and a price per gram, excise taxes)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cannabis'))).toEqual([
      ['20.8%', 'supported', ['nl-rev', 'nl-rev24']],
      ['C$78.4 million', 'supported', ['nl-rev']],
      ['C$64.9 million', 'supported', ['nl-rev24']],
      ['21,300 kilograms', 'supported', ['nl-kg']],
      ['C$3.68 per gram', 'supported', ['nl-asp']],
      ['C$14.2 million', 'unsourced', []],
      ['18%', 'unsourced', []],
      ['C$9.1 million', 'supported', ['nl-ebitda']],
      ['11.6%', 'unsourced', []],
      // "Excise taxes of C$22.7 million are deducted before net revenue": the taxes, not revenue (red once "Excise" was no name).
      ['C$22.7 million', 'unsourced', []],
      ['3 cultivation sites', 'unsourced', []],
      ['1.1 million square feet', 'unsourced', []],
      ['C$10.1 million', 'contradicted', ['nl-ebitda']],
    ]);
  });
});

describe('cannabis producer note: a noun before a figure', () => {
  it('reads the noun a sentence opens with before "of" as what the figure measures, not a metric word after the figure', () => {
    const findings = (text: string) => lineFindings('cannabis', '2025-11-20', 'Northleaf Cannabis', text);
    expect(messageOn(findings('Excise taxes of C$22.7 million are deducted before net revenue.'), 'C$22.7 million')).toContain('taxes, which no metric');
    expect(findings('Net revenue of C$79.4 million was a record.').map((f) => f.code)).toEqual(['contradicted']);
    // An amount before its own noun is that noun's: "a C$79.4 million revenue" is revenue still.
    expect(findings('The company booked a C$79.4 million revenue in the quarter.').map((f) => f.code)).toEqual(['contradicted']);
  });
});

describe('pipeline note (barrels per day, a distribution per unit, leverage against its target)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('pipeline'))).toEqual([
      ['1.42 million barrels per day', 'supported', ['pm-tp']],
      ['$612 million', 'supported', ['pm-ebitda']],
      ['$0.8125 per unit', 'supported', ['pm-dist']],
      ['5%', 'unsourced', []],
      ['3.4 times', 'supported', ['pm-lev']],
      ['3.0-3.5 times', 'unsourced', []],
      ['150,000 barrels per day', 'unsourced', []],
      ['$1.3 billion', 'unsourced', []],
      ['85%', 'unsourced', []],
      ['1.52 million barrels per day', 'contradicted', ['pm-tp']],
    ]);
  });
});

describe('Brazilian sugar mill note (cane crushed, ATR per tonne, the sugar mix, a region\'s crush)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('sugarbr'))).toEqual([
      ['18.4 million tonnes', 'supported', ['rv-crush']],
      ['142 kg per tonne', 'supported', ['rv-atr']],
      ['52%', 'supported', ['rv-mix']],
      ['48%', 'unsourced', []],
      ['R$3.9 billion', 'supported', ['rv-rev']],
      // "Brazil's Center-South crushed 617 million tonnes …, according to Unica": the region's, never the mill's.
      ['617 million tonnes', 'unsourced', []],
      ['19.4 million tonnes', 'contradicted', ['rv-crush']],
    ]);
  });
});

describe('mortgage lender note (originations and their growth, a gain-on-sale margin in basis points, a servicing book)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('mortgage'))).toEqual([
      ['$12.4 billion', 'supported', ['hh-orig']],
      ['27%', 'supported', ['hh-orig', 'hh-orig24']],
      // ("as 30-year rates eased to about 6.3%": the rates' tenor was a claim, "30-year".)
      ['6.3%', 'unsourced', []],
      ['310 basis points', 'supported', ['hh-gos']],
      ['71%', 'unsourced', []],
      ['$212 billion', 'supported', ['hh-upb']],
      ['3.9%', 'unsourced', []],
      ['$2.1 trillion', 'unsourced', []],
      ['290 basis points', 'contradicted', ['hh-gos']],
    ]);
  });
});

describe('clinical research note (net awards, a book-to-bill, backlog and what customers cancelled)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cro'))).toEqual([
      ['$1.42 billion', 'supported', ['vc-aw']],
      ['1.15x', 'supported', ['vc-btb']],
      ['$1.23 billion', 'supported', ['vc-rev']],
      ['$9.8 billion', 'supported', ['vc-bl']],
      ['$3.1 billion', 'unsourced', []],
      ['38%', 'unsourced', []],
      // "Biotech customers, who make up 38% of backlog, had cancellations of roughly $180 million": it was red as backlog.
      ['$180 million', 'unsourced', []],
      ['$9.4 billion', 'contradicted', ['vc-bl']],
    ]);
  });

  it('reads a noun and "of" after a verb as what an amount measures, and a metric\'s own noun as the metric', () => {
    const findings = (text: string) => lineFindings('cro', '2025-11-03', 'Veritas Clinical', text);
    expect(messageOn(findings('Veritas had cancellations of roughly $180 million.'), '$180 million')).toContain('cancellations, which no metric');
    expect(findings('Veritas had backlog of $9.4 billion at the end of September.').map((f) => f.code)).toEqual(['contradicted']);
    expect(findings('Veritas reported revenue of $1.33 billion in the third quarter.').map((f) => f.code)).toEqual(['contradicted']);
  });
});

describe('wind turbine maker note (order intake in gigawatts, a price per megawatt, a backlog and its service part)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('turbines'))).toEqual([
      ['3.1 GW', 'supported', ['fv-oi']],
      ['€1.05 million per MW', 'supported', ['fv-asp']],
      ['€64.2 billion', 'supported', ['fv-bl']],
      ['€37.8 billion', 'unsourced', []],
      ['€4.4 billion', 'supported', ['fv-rev']],
      ['960 MW', 'unsourced', []],
      ['doubled', 'unsourced', []],
      ['3.6 GW', 'contradicted', ['fv-oi']],
    ]);
  });
});

describe('bitcoin miner note (bitcoin mined and held, hashrate against the network\'s, bitcoin sold)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('btcminer'))).toEqual([
      ['1,850', 'supported', ['gd-mined']],
      ['21,400', 'supported', ['gd-hold']],
      ['52', 'supported', ['gd-hash']],
      ['5%', 'unsourced', []],
      ['1,050', 'unsourced', []],
      ['$198 million', 'supported', ['gd-rev']],
      ['600', 'unsourced', []],
      ['4.2 cents per kilowatt-hour', 'unsourced', []],
      ['1,950', 'contradicted', ['gd-mined']],
    ]);
  });
});

describe('HVAC maker note (units shipped, organic growth, a paragraph opened by "Price", a segment\'s level after its change)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('hvac'))).toEqual([
      ['1.12 million units', 'supported', ['cl-units']],
      ['$2.86 billion', 'supported', ['cl-rev']],
      ['6.4%', 'supported', ['cl-og']],
      ['4 points', 'unsourced', []],
      // "Price contributed about 4 points …. The adjusted operating margin was 19.8%": "Price" was read as a name the facts do not know.
      ['19.8%', 'supported', ['cl-om']],
      ['doubled', 'unsourced', []],
      ['3%', 'unsourced', []],
      ['14%', 'unsourced', []],
      // "…, while commercial HVAC rose 14% to $1.1 billion": it was red against the company's $2.86 billion.
      ['$1.1 billion', 'unsourced', []],
      ['7.4%', 'contradicted', ['cl-og']],
    ]);
  });

  const findings = (text: string) => lineFindings('hvac', '2025-11-04', 'Coldline Systems', text);
  it('gives the level a change reached the change\'s own subject, and a lower-case word before an initialism the part', () => {
    expect(findings('Residential sales fell 3%, while commercial equipment rose 14% to $1.1 billion.').map((f) => f.code)).toEqual(['unsourced', 'unsourced', 'unsourced']);
    // A metric's word as the subject keeps the metric, narrowed: "commercial sales".
    expect(messageOn(findings('Residential sales fell 3%, while commercial sales rose 14% to $1.1 billion.'), '$1.1 billion')).toContain('`segment: commercial`');
    expect(findings('Sales rose 14% to $2.96 billion.').map((f) => f.code)).toEqual(['unsourced', 'contradicted']);
    expect(messageOn(findings("Coldline's commercial HVAC revenue was $1.1 billion."), '$1.1 billion')).toContain('`segment: commercial HVAC`');
    expect(messageOn(findings("Coldline's US revenue was $1.1 billion."), '$1.1 billion')).toContain('`segment: US`');
  });

  it('reads a common noun opening a sentence as no name ("Price", "Excise taxes")', () => {
    expect(findings('Price contributed about 4 points of growth. The adjusted operating margin was 18.8%.').map((f) => [f.claim.text, f.code])).toEqual([['4 points', 'unsourced'], ['18.8%', 'contradicted']]);
    expect(messageOn(lineFindings('cannabis', '2025-11-20', 'Northleaf Cannabis', 'Excise taxes were C$22.7 million.'), 'C$22.7 million')).toMatch(/^Northleaf Cannabis: /);
  });
});

describe('aluminium smelter note (tonnes shipped at a realized price, the LME cash price, costs restated per tonne)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('alu'))).toEqual([
      ['612,000 tonnes', 'supported', ['na-ship']],
      ['$3,120 per tonne', 'supported', ['na-price']],
      // "The LME cash price averaged $2,580 per tonne": a market's price, in the first clause too (it was red against the realized price).
      ['$2,580 per tonne', 'unsourced', []],
      ['$340 per tonne', 'unsourced', []],
      ['$402 million', 'supported', ['na-ebitda']],
      ['$118 million', 'unsourced', []],
      // "Energy costs were $118 million, or roughly $190 per tonne": the costs restated per tonne, no realized price.
      ['$190 per tonne', 'unsourced', []],
      ['642,000 tonnes', 'contradicted', ['na-ship']],
    ]);
  });

  const findings = (text: string) => lineFindings('alu', '2025-10-30', 'Nordal Aluminium', text);
  it('reads a price of another kind in a sentence\'s first clause, and a figure restating one no metric names as no metric\'s by its unit', () => {
    expect(messageOn(findings('The LME cash price averaged $2,580 per tonne in the third quarter.'), '$2,580 per tonne')).toContain('no metric of the facts files measures cash price');
    expect(findings("Nordal's realized price was $3,020 per tonne in the third quarter.").map((f) => f.code)).toEqual(['contradicted']);
    expect(findings('Its energy costs were $118 million, or roughly $190 per tonne.').map((f) => f.code)).toEqual(['unsourced', 'unsourced']);
    // A restated figure a metric's word names before it still takes its metric by unit: EPS after net income (the adjusted note's row).
    expect(lineVerdicts('adjusted', '2025-11-05', 'Velto Foods: third quarter 2025', 'Net income was $410 million, or $1.02 a share.').at(1)).toEqual(['$1.02 a share', 'supported']);
  });
});

describe('ad-tech note (gross spend, a take rate, active clients, a buyback)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('adtech'))).toEqual([
      ['$2.4 billion', 'supported', ['ba-spend']],
      ['19.6%', 'supported', ['ba-take']],
      ['$470 million', 'supported', ['ba-rev']],
      ['40%', 'unsourced', []],
      ['1,450 active clients', 'supported', ['ba-clients']],
      ['95%', 'unsourced', []],
      ['9%', 'unsourced', []],
      ['$150 million', 'unsourced', []],
      ['18.6%', 'contradicted', ['ba-take']],
    ]);
  });
});

describe('housing association note (homes owned, homes completed in a year to March, void loss, rents)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('housingassoc'))).toEqual([
      ['58,200 homes', 'supported', ['th-homes']],
      ['1,240 new homes', 'supported', ['th-new']],
      ['62%', 'unsourced', []],
      ['£612 million', 'supported', ['th-turn']],
      ['1.4%', 'supported', ['th-void']],
      ['£96 million', 'unsourced', []],
      ['£148', 'unsourced', []],
      ['£390', 'unsourced', []],
      ['1,420 new homes', 'contradicted', ['th-new']],
    ]);
  });

  it("says a fact's FY is the calendar year when the entity has no fiscal year end and the note's year ends in March", () => {
    const text = readFileSync('test/judge/fixtures/housingassoc-facts.yaml', 'utf8');
    const calendar = text.replace(/, fiscal_year_end: "03-31"/, '');
    expect(calendar).not.toBe(text);
    const judged = (facts: string, line: string) =>
      judgeNote(parseNote(`---\ndate: 2025-08-20\n---\n# Thameside Homes\n\n${line}\n`), loadFacts([{ file: 'facts.yaml', text: facts }], { today: '2026-12-31' }).index, { config: defaultConfig })[0]!;
    const line = 'Thameside completed 1,420 new homes in the year to March 2025.';
    const missed = judged(calendar, line);
    expect(missed.code).toBe('unsourced');
    expect(missed.message).toBe("No fact yet for Thameside Homes' new homes in the year to March 2025; the facts' FY2025 is the calendar year, as Thameside Homes has no `fiscal_year_end`");
    // With the year end the planted figure is red; a year that ends in December, or no FY fact for it, gets no such words.
    expect(judged(text, line).code).toBe('contradicted');
    expect(judged(calendar, 'Thameside completed 1,420 new homes in the year to March 2026.').message).not.toContain('fiscal_year_end');
    expect(judged(calendar, 'Thameside completed 1,420 new homes in the year ended 31 December 2024.').message).not.toContain('fiscal_year_end');
  });
});

describe('iron ore miner note (wet and dry metric tonnes, Australian-dollar costs, an index price)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ironore'))).toEqual([
      // "48.6 million wet metric tonnes" was a noun of its own ("nothing near it says what it measures"), and the planted 46.8 million unseen.
      ['48.6 million wet metric tonnes', 'supported', ['rr-ship']],
      ['A$19.40 per wet metric tonne', 'supported', ['rr-c1']],
      ['US$88.20 per dry metric tonne', 'supported', ['rr-price']],
      ['87%', 'unsourced', []],
      ['62%', 'unsourced', []],
      ['US$101.30', 'unsourced', []],
      ['92%', 'unsourced', []],
      ['190 to 200 million tonnes', 'unsourced', []],
      ['46.8 million wet metric tonnes', 'contradicted', ['rr-ship']],
    ]);
  });

  it('reads metric, wet and dry tonnes as tonnes, a metric ton as a tonne, and a dry ton as a ton', () => {
    const line = (text: string) => lineFindings('ironore', '2025-10-28', 'Red Range Iron', text).map((f) => [f.claim.unit, f.code]);
    expect(line('Red Range shipped 46.8 million metric tons in the September quarter.')).toEqual([['tonne', 'contradicted']]);
    expect(line('Red Range shipped 48.6 million metric tonnes in the September quarter.')).toEqual([['tonne', 'supported']]);
    expect(line('Red Range shipped 46.8 million dry tons in the September quarter.')).toEqual([['ton', 'unsourced']]);
    expect(line('C1 costs were A$21.40 per dry metric tonne in the September quarter.')).toEqual([['AUD/tonne', 'contradicted']]);
  });
});

describe('satellite radio note (self-pay subscribers lost in a quarter, ARPU, churn, a part of revenue)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('satradio'))).toEqual([
      ['31.3 million self-pay subscribers', 'supported', ['or-subs']],
      // "after losing 45,000 in the quarter": a change (it was red against the 31.3 million subscribers).
      ['45,000', 'unsourced', []],
      ['$15.02', 'supported', ['or-arpu']],
      ['1.6%', 'supported', ['or-churn']],
      ['$2.16 billion', 'supported', ['or-rev']],
      ['$480 million', 'unsourced', []],
      ['82%', 'unsourced', []],
      ['a third', 'unsourced', []],
      ['1.8%', 'contradicted', ['or-churn']],
    ]);
  });

  it('reads losing, shedding and adding as changes, and an addition of a metric that is what was added as its figure', () => {
    const line = (text: string) => lineVerdicts('satradio', '2025-11-05', 'Orbit Radio', text);
    expect(line('Orbit shed 45,000 subscribers in the quarter.')).toEqual([['45,000 subscribers', 'unsourced']]);
    // "after adding $221 million of net new ARR": the metric is what was added, so its fact decides (the cyber note's row).
    expect(lineVerdicts('cyber', '2025-12-10', 'Sentrix', 'Sentrix added $231 million of net new ARR in the third quarter of fiscal 2026.')).toEqual([['$231 million', 'contradicted']]);
  });
});

describe('cruise line note (a capitalised period opening a sentence, a rival named before the company, a share of the total in words)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cruiseline'))).toEqual([
      ['$4.62 billion', 'supported', ['md-rev-q3-25']],
      ['9%', 'supported', ['md-rev-q3-25', 'md-rev-q3-24']],
      ['108.7%', 'supported', ['md-occ-q3-25']],
      ['5.8%', 'unsourced', []],
      ['$412 per guest', 'supported', ['md-onb-q3-25']],
      ['2.41', 'supported', ['md-pax-q3-25']],
      ['2.28', 'supported', ['md-pax-q3-24']],
      ['1,870', 'supported', ['md-ebitda-q3-25']],
      ['1,640', 'supported', ['md-ebitda-q3-24']],
      // "Third-quarter adjusted net income climbed 14% to $1.38 billion": "Third-quarter" was a name the facts do not know, and the planted $1.38 billion unseen.
      ['14%', 'supported', ['md-ani-q3-25', 'md-ani-q3-24']],
      ['$1.38 billion', 'contradicted', ['md-ani-q3-25']],
      ['$1.15 billion', 'supported', ['md-rev-solenne-q3-25']],
      // "roughly a quarter of the total" after the segment's amount: "a quarter" was read as a rate per quarter, and the total named nothing.
      ['a quarter', 'supported', ['md-rev-solenne-q3-25', 'md-rev-q3-25']],
      // "now numbers 34 ships (six more ships are on order for delivery through 2029)": was "No fact yet … through 2029".
      ['34 ships', 'supported', ['md-fleet-2025-09']],
      ['$11.9 billion', 'supported', ['md-nd-2025-09']],
      ['$13.2 billion', 'supported', ['md-nd-2024-09']],
      ['$3.55–$3.65', 'supported', ['md-eps-guide-2025-10']],
      ['$6.1 billion', 'outdated', ['md-dep-2025-09', 'md-dep-2025-06']],
      // "Rival Caldera Cruise Group carried 3.1 million passengers …; we stay overweight Meridian": was red against Meridian's passengers.
      ['3.1 million passengers', 'unsourced', []],
    ]);
  });
});
describe('specialty chemicals note (segments, an apposition between a segment and its margin)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('specchem'))).toEqual([
      ['$6.84 billion', 'supported', ['bw-sales-2025']],
      ['2%', 'supported', ['bw-sales-2025', 'bw-sales-2024']],
      ['3%', 'unsourced', []],
      ['3,120', 'supported', ['bw-sales-ca-2025']],
      ['-4%', 'supported', ['bw-sales-ca-2025', 'bw-sales-ca-2024']],
      ['2,260', 'supported', ['bw-sales-pa-2025']],
      ['+1%', 'supported', ['bw-sales-pa-2025', 'bw-sales-pa-2024']],
      ['1,460', 'supported', ['bw-sales-em-2025']],
      ['-1%', 'supported', ['bw-sales-em-2025', 'bw-sales-em-2024']],
      ['21%', 'supported', ['bw-sales-em-2025', 'bw-sales-2025']],
      // "Electronic Materials, now 21% of group sales, was again the margin leader, with an adjusted EBITDA margin of 28.2%": was red against the group's 18.9%.
      ['28.2%', 'supported', ['bw-em-margin-2025']],
      ['$1.29 billion', 'supported', ['bw-ebitda-2025']],
      ['18.9%', 'supported', ['bw-margin-2025']],
      ['$4.12', 'supported', ['bw-eps-2025']],
      // "Cash generation was solid." opening the paragraph was read as a name the facts do not know, so the three figures after it (the planted $2.1 billion among them) had no owner.
      ['$380 million', 'supported', ['bw-capex-2025']],
      ['$2.1 billion', 'contradicted', ['bw-nd-2025-12']],
      ['1.9 times', 'supported', ['bw-nd-2025-12', 'bw-ebitda-2025']],
      ['450 jobs', 'unsourced', []],
      ['$1.30 billion to $1.38 billion', 'supported', ['bw-ebitda-guide-2026']],
      ['5%', 'unsourced', []],
    ]);
  });
});
describe('airport authority note (a year to June, a share of the total, a relative clause\'s year, another airport)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('airportauth'))).toEqual([
      ['9.84 million passengers', 'supported', ['ng-pax-fy25']],
      ['6.1%', 'supported', ['ng-pax-fy25', 'ng-pax-fy24']],
      ['112,400', 'supported', ['ng-mov-fy25']],
      ['108,900', 'supported', ['ng-mov-fy24']],
      ['61,300 tonnes', 'supported', ['ng-cargo-fy25']],
      ['7.12', 'supported', ['ng-pax-dom-fy25']],
      ['2.72', 'supported', ['ng-pax-intl-fy25']],
      ['28%', 'supported', ['ng-pax-intl-fy25', 'ng-pax-fy25']],
      ['A$312.6 million', 'supported', ['ng-rev-fy25']],
      ['A$141.0 million', 'supported', ['ng-rev-aero-fy25']],
      ['A$14.33 per passenger', 'supported', ['ng-aero-pp-fy25']],
      ['A$58.4 million', 'supported', ['ng-rev-park-fy25']],
      // "car parking brought in A$58.4 million, about 19% of the total": a share of the amount's total.
      ['19%', 'supported', ['ng-rev-park-fy25', 'ng-rev-fy25']],
      ['A$199.4 million', 'supported', ['ng-ebitda-fy25']],
      ['A$148 million', 'contradicted', ['ng-capex-fy25']],
      ['1,150 staff', 'supported', ['ng-staff-2025-06']],
      ['five-year', 'unsourced', []],
      // "…is weighted to the second pier, which should open in 2027": the pier's year was the capital program's.
      ['A$1.1 billion to A$1.3 billion', 'supported', ['ng-capprog-2025']],
      // "Bayside Airport, the state's main gateway, handled about 38 million passengers…, so Northgate remains…": was red against Northgate's passengers.
      ['38 million passengers', 'unsourced', []],
      ['10.3 million passengers', 'supported', ['ng-pax-guide-fy26']],
      ['3.5%', 'unsourced', []],
    ]);
  });
});
describe('semiconductor equipment note (a fiscal year to October, a book-to-bill, a rival\'s)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('semieq'))).toEqual([
      ['$2.94 billion', 'supported', ['al-rev-q4fy25']],
      ['11%', 'supported', ['al-rev-q4fy25', 'al-rev-q4fy24']],
      ['$3.38 billion', 'supported', ['al-ord-q4fy25']],
      ['1.15', 'supported', ['al-btb-q4fy25']],
      ['$12.7 billion', 'supported', ['al-bl-2025-10']],
      ['$2.21 billion', 'supported', ['al-rev-ws-q4fy25']],
      ['$730 million', 'supported', ['al-rev-svc-q4fy25']],
      ['31%', 'supported', ['al-rev-cn-q4fy25', 'al-rev-q4fy25']],
      // Known: "down from 38% a year earlier" after a share with no period of its own stays unsourced (a year earlier than nothing stated).
      ['38%', 'unsourced', []],
      ['46.8%', 'contradicted', ['al-gm-q4fy25']],
      ['120 basis points', 'supported', ['al-gm-q4fy25', 'al-gm-q4fy24']],
      ['$2.17', 'supported', ['al-eps-q4fy25']],
      ['$11.46 billion', 'supported', ['al-rev-fy25']],
      ['7%', 'supported', ['al-rev-fy25', 'al-rev-fy24']],
      ['$12.3 billion', 'supported', ['al-ord-fy25']],
      // "- Headcount: roughly 14,800 at year-end": was December 2024's, not the October fiscal year end's.
      ['14,800', 'supported', ['al-emp-2025-10']],
      ['$2.75 billion to $3.05 billion', 'supported', ['al-rev-guide-q1fy26']],
      ['25%', 'unsourced', []],
      // "Larger rival Tessaron reported a book-to-bill of 0.93 …, which makes Aldermont's order momentum stand out": was Aldermont's.
      ['0.93', 'unsourced', []],
    ]);
  });
});
describe('water utility note (rate base by state, allowed returns, a capex plan)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('waterutil'))).toEqual([
      ['$1.96 billion', 'supported', ['bv-rev-2025']],
      ['7%', 'supported', ['bv-rev-2025', 'bv-rev-2024']],
      ['1.48 million customers', 'supported', ['bv-cust-2025']],
      ['1.41 million', 'supported', ['bv-cust-2024']],
      ['9.5%', 'supported', ['bv-rb-2025', 'bv-rb-2024']],
      ['$8.2 billion', 'supported', ['bv-rb-2025']],
      ['five-year', 'unsourced', []],
      ['$7.1 billion', 'supported', ['bv-capex-plan-2026-2030']],
      ['$11.5 billion', 'unsourced', []],
      ['$1.52 billion', 'contradicted', ['bv-capex-2025']],
      ['$1.18 billion', 'supported', ['bv-capex-2024']],
      ['9.6%', 'outdated', ['bv-roe-2025', 'bv-roe-2024']],
      ['10.5%', 'unsourced', []],
      ['9.9%', 'unsourced', []],
      ['3,420', 'supported', ['bv-rb-pa-2025']],
      ['2,150', 'supported', ['bv-rb-nj-2025']],
      ['1,390', 'unsourced', []],
      ['42%', 'supported', ['bv-rb-pa-2025', 'bv-rb-2025']],
      ['$68', 'supported', ['bv-bill-2025']],
      ['C$85 million', 'unsourced', []],
      ['$625 billion', 'unsourced', []],
    ]);
  });
});
describe('fashion resale note (GMV, a take rate against last year\'s in brackets, a target against a year\'s result)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('resale'))).toEqual([
      ['18%', 'supported', ['st-gmv-2025', 'st-gmv-2024']],
      ['€1.42 billion', 'supported', ['st-gmv-2025']],
      ['€278 million', 'supported', ['st-rev-2025']],
      // "a take rate of 19.6% (18.9% in 2024)": the bracket's year was the 19.6%'s too, and red.
      ['19.6%', 'supported', ['st-tr-2025']],
      ['18.9%', 'supported', ['st-tr-2024']],
      ['7.4 million', 'contradicted', ['st-buyers-2025']],
      ['23.1 million orders', 'supported', ['st-orders-2025']],
      ['€61.50', 'supported', ['st-aov-2025']],
      ['520', 'supported', ['st-gmv-fr-2025']],
      ['+14%', 'supported', ['st-gmv-fr-2025', 'st-gmv-fr-2024']],
      ['310', 'supported', ['st-gmv-de-2025']],
      ['+22%', 'unsourced', []],
      ['37%', 'supported', ['st-gmv-fr-2025', 'st-gmv-2025']],
      // "about 37% of GMV, down from 40% in 2023": a share of GMV too (no 2023 facts).
      ['40%', 'unsourced', []],
      ['48 million', 'outdated', ['st-listings-2025-12', 'st-listings-2025-06']],
      ['62%', 'unsourced', []],
      ['$1.1 billion', 'unsourced', []],
      ['$350 billion', 'unsourced', []],
      ['€45–55 million', 'supported', ['st-ebitda-guide-2026']],
      // "management targets adjusted EBITDA of €45–55 million, against €31 million in 2025": a result, not guidance.
      ['€31 million', 'supported', ['st-ebitda-2025']],
    ]);
  });
});
describe('potash producer note (guidance for a year named before its noun, a turnaround at a mine)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('potash'))).toEqual([
      ['13.8 million tonnes', 'supported', ['kv-k-2025']],
      ['4%', 'supported', ['kv-k-2025', 'kv-k-2024']],
      ['$318 per tonne', 'contradicted', ['kv-price-2025']],
      ['11.2 million tonnes', 'supported', ['kv-n-2025']],
      ['11.6 million', 'supported', ['kv-n-2024']],
      // "held at about $72 per tonne despite a planned turnaround at Belle Plaine": the mine was an owner, and "planned" the figure's.
      ['$72 per tonne', 'supported', ['kv-cash-2025']],
      ['$4.84 billion', 'supported', ['kv-ebitda-2025']],
      ['11%', 'supported', ['kv-ebitda-2025', 'kv-ebitda-2024']],
      ['$5.44 billion', 'supported', ['kv-ebitda-2024']],
      ['2,910', 'supported', ['kv-ebitda-k-2025']],
      ['3,390', 'supported', ['kv-ebitda-k-2024']],
      ['880', 'supported', ['kv-ebitda-r-2025']],
      ['700', 'unsourced', []],
      ['60%', 'supported', ['kv-ebitda-k-2025', 'kv-ebitda-2025']],
      ['22%', 'supported', ['kv-ebitda-n-2025', 'kv-ebitda-n-2024']],
      ['$1.05 billion', 'supported', ['kv-ebitda-n-2025']],
      ['C$640 million', 'unsourced', []],
      // "guides to 2026 potash sales volumes of 13.5–14.1 million tonnes, and still sees the market tightening in the second half": "to 2026" was a term's end and H2 2025 the time.
      ['13.5–14.1 million tonnes', 'outdated', ['kv-k-guide-2026-feb', 'kv-k-guide-2026-nov']],
      ['12 million tonnes', 'unsourced', []],
      ['74 million tonnes', 'unsourced', []],
    ]);
  });
});
describe('toll road concession note (traffic, tariffs by country, net debt as a multiple of EBITDA)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('tollway'))).toEqual([
      ['4.3%', 'supported', ['tv-rev-2025', 'tv-rev-2024']],
      ['€2.41 billion', 'supported', ['tv-rev-2025']],
      ['1.9%', 'supported', ['tv-traffic-2025', 'tv-traffic-2024']],
      ['38.6 billion', 'supported', ['tv-traffic-2025']],
      ['€0.062 per vehicle-km', 'supported', ['tv-rpvkm-2025']],
      ['€1.78 billion', 'supported', ['tv-ebitda-2025']],
      ['73.9%', 'supported', ['tv-margin-2025']],
      // "…, after the group refinanced its 2026 maturities early": 2026 was the net debt's time, and the planted €12.4 billion unseen.
      ['€12.4 billion', 'contradicted', ['tv-nd-2025']],
      // A multiple of the year's EBITDA, stated after the net debt's date.
      ['6.4 times', 'supported', ['tv-nd-2025', 'tv-ebitda-2025']],
      ['1,212', 'supported', ['tv-rev-fr-2025']],
      ['+3.8%', 'supported', ['tv-rev-fr-2025', 'tv-rev-fr-2024']],
      ['641', 'supported', ['tv-rev-es-2025']],
      ['+5.2%', 'supported', ['tv-rev-es-2025', 'tv-rev-es-2024']],
      ['288', 'unsourced', []],
      ['+4.1%', 'unsourced', []],
      // A custom metric (`toll_revenue`, EUR) sharing the word "revenue" was chosen over the built-in revenue the PLN fact is of.
      ['PLN 1.12 billion', 'supported', ['tv-rev-pl-2025']],
      ['0.92%', 'outdated', ['tv-tariff-fr-2026', 'tv-tariff-fr-2025']],
      ['3.3%', 'unsourced', []],
      ['€1.05 billion', 'unsourced', []],
      ['0.5%', 'unsourced', []],
    ]);
  });
});
describe('vaccine maker note (doses, products, a trial, a rival\'s sales)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('vaxmaker'))).toEqual([
      ['212 million doses', 'supported', ['hv-doses-2025']],
      ['9%', 'supported', ['hv-doses-2025', 'hv-doses-2024']],
      ['194 million', 'supported', ['hv-doses-2024']],
      ['12%', 'supported', ['hv-rev-2025', 'hv-rev-2024']],
      ['$6.84 billion', 'supported', ['hv-rev-2025']],
      ['$32 per dose', 'supported', ['hv-price-2025']],
      ['74.1%', 'contradicted', ['hv-gm-2025']],
      ['70.1%', 'supported', ['hv-gm-2024']],
      ['3.10', 'supported', ['hv-tribex-2025']],
      ['+15%', 'supported', ['hv-tribex-2025', 'hv-tribex-2024']],
      ['1.42', 'supported', ['hv-aveline-2025']],
      ['+31%', 'unsourced', []],
      ['1.05', 'supported', ['hv-flu-2025']],
      ['-8%', 'supported', ['hv-flu-2025', 'hv-flu-2024']],
      ['45%', 'supported', ['hv-tribex-2025', 'hv-rev-2025']],
      ['$8.9 billion', 'unsourced', []],
      ['14,800 participants', 'unsourced', []],
      ['$7.3 billion to $7.6 billion', 'supported', ['hv-guide-rev-2026']],
      ['$1.1 billion', 'supported', ['hv-guide-capex-2026']],
      ['$95 billion', 'unsourced', []],
    ]);
  });
});
describe('self-storage REIT note (occupancy, rent per square foot rising in a later clause)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('selfstore'))).toEqual([
      ['1,412 facilities', 'supported', ['sw-fac-2025-09']],
      ['37', 'supported', ['sw-fac-2025-09', 'sw-fac-2024-09']],
      ['22-property', 'unsourced', []],
      ['91.6%', 'supported', ['sw-occ-2025-q3']],
      ['92.8%', 'supported', ['sw-occ-2024-q3']],
      // "…, while realized rent per occupied square foot rose 1.9% to $19.84": was red as a change of the occupancy before it.
      ['1.9%', 'supported', ['sw-rent-2025-q3', 'sw-rent-2024-q3']],
      ['$19.84', 'supported', ['sw-rent-2025-q3']],
      ['0.7%', 'supported', ['sw-ssnoi-2025-q3']],
      ['$552 million', 'contradicted', ['sw-rev-2025-q3']],
      ['6%', 'supported', ['sw-rev-2025-q3', 'sw-rev-2024-q3']],
      ['$2.21', 'supported', ['sw-ffo-2025-q3']],
      ['$2.18', 'supported', ['sw-ffo-2024-q3']],
      ['$410 million', 'unsourced', []],
      ['14%', 'supported', ['sw-fac-tx-2025-09', 'sw-fac-2025-09']],
      ['198 facilities', 'supported', ['sw-fac-tx-2025-09']],
      ['92.1%', 'unsourced', []],
      ['5%', 'unsourced', []],
      ['$8.70 to $8.80 per share', 'supported', ['sw-ffo-guide-2025-10']],
      ['$8.60 to $8.85', 'supported', ['sw-ffo-guide-2025-07']],
      ['$2.14 billion', 'supported', ['sw-rev-ttm-2025-09']],
    ]);
  });
});
describe('launch company note (launches, a backlog covering launches, a product after its, an aside with a place)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('launchco'))).toEqual([
      ['19 missions', 'supported', ['ts-launches-2025']],
      ['11', 'supported', ['ts-launches-2024']],
      // "Its Halyard rockets lifted 61,400 kg": the product was a name the facts do not know.
      ['61,400 kg', 'supported', ['ts-payload-2025']],
      ['3,200 kg per flight', 'unsourced', []],
      ['$18.5 million per launch', 'supported', ['ts-price-2025-11']],
      ['$67 million', 'unsourced', []],
      ['64%', 'supported', ['ts-rev-2025', 'ts-rev-2024']],
      ['$342 million', 'supported', ['ts-rev-2025']],
      ['$1.26 billion', 'contradicted', ['ts-backlog-2025-12']],
      // "the backlog stood at $1.26 billion at year-end, covering 58 launches": was red against launches flown.
      ['58 launches', 'unsourced', []],
      ['342', 'supported', ['ts-rev-2025']],
      ['208', 'supported', ['ts-rev-2024']],
      ['96', 'supported', ['ts-ni-2025']],
      ['131', 'supported', ['ts-ni-2024']],
      ['28 to 32 launches', 'supported', ['ts-guide-launches-2026']],
      // "(the second pad at Wallops comes online in the spring) and revenue of about $520 million": the aside's place owned the revenue.
      ['$520 million', 'supported', ['ts-guide-rev-2026']],
      ['2,850 satellites', 'unsourced', []],
      ['14 new launch contracts', 'unsourced', []],
      ['$230 million', 'unsourced', []],
    ]);
  });
});
describe('national lottery operator note (a year to March, shares against earlier fiscal years, an aside between subject and verb)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('natlottery'))).toEqual([
      ['£3.42 billion', 'supported', ['nm-sales-fy2025']],
      ['4.6%', 'supported', ['nm-sales-fy2025', 'nm-sales-fy2024']],
      ['£1.71 billion', 'supported', ['nm-prizes-fy2025']],
      ['50.0%', 'supported', ['nm-payout-fy2025']],
      ['£882 million', 'contradicted', ['nm-gc-fy2025']],
      ['41%', 'supported', ['nm-digital-fy2025', 'nm-sales-fy2025']],
      // "41% of ticket sales, up from 36% in fiscal 2023": a share of ticket sales in fiscal 2023.
      ['36%', 'supported', ['nm-digital-fy2023', 'nm-sales-fy2023']],
      ['27,400 retailers', 'supported', ['nm-retailers-2025-03']],
      ['£2.0 billion', 'unsourced', []],
      // "Regular players — those who buy at least once a month — numbered roughly 9.8 million": the aside cut the players off.
      ['9.8 million', 'supported', ['nm-players-2025-03']],
      ['9.5 million', 'supported', ['nm-players-2024-03']],
      ['£71 million', 'unsourced', []],
      ['£64 million', 'unsourced', []],
      ['1.9%', 'unsourced', []],
      ['£410 million', 'unsourced', []],
      ['£905 million', 'supported', ['nm-sales-fy2026-q1']],
      // "the first quarter of fiscal 2026 (April to June) …, full-year sales of £3.5 billion to £3.6 billion": the months made the full year calendar 2025.
      ['£3.5 billion to £3.6 billion', 'supported', ['nm-sales-guide-fy2026']],
      ['£1.1 billion', 'unsourced', []],
    ]);
  });
});

describe('part 56 rules, each pinned both ways on the notes that found them', () => {
  const line = (name: string, date: string, heading: string, text: string) => lineFindings(name, date, heading, text).map((f) => [f.claim.text, f.code, f.entities]);
  const timeOf = (name: string, date: string, heading: string, text: string, figure: string) =>
    lineFindings(name, date, heading, text).find((f) => f.claim.text === figure)!.claim.time?.text ?? null;

  it("keeps a bracket's year with its own figure when it states another value of the unit", () => {
    const take = (text: string) => lineFindings('resale', '2026-03-20', 'Secondthread', text).map((f) => [f.claim.text, f.code, f.claim.time?.text ?? null]);
    expect(take("Secondthread's take rate was 19.6% (18.9% in 2024).")).toEqual([['19.6%', 'supported', null], ['18.9%', 'supported', 'in 2024']]);
    expect(take("Secondthread's take rate was 21.6% (18.9% in 2024).")).toEqual([['21.6%', 'contradicted', null], ['18.9%', 'supported', 'in 2024']]);
    // A restatement in another unit still shares its time: "€1.42 billion (US$1.6 billion) in 2025".
    expect(take('Secondthread had GMV of €1.42 billion (US$1.6 billion) in 2025.').map(([, , time]) => time)).toEqual(['in 2025', 'in 2025']);
  });

  it('gives a figure to a subject the facts do not know opening its sentence, though a known name follows in a later clause', () => {
    const seas = (text: string) => line('cruiseline', '2025-11-10', 'Meridian Seaways', text);
    expect(seas('Rival Caldera Cruise Group carried 3.1 million passengers in the same quarter; we stay overweight Meridian.')).toEqual([['3.1 million passengers', 'unsourced', []]]);
    expect(seas('Meridian carried 3.1 million passengers in the quarter, and we stay overweight Meridian.')).toEqual([['3.1 million passengers', 'contradicted', ['meridian']]]);
    const tools = (text: string) => line('semieq', '2025-12-03', 'Aldermont Process Technologies', text);
    expect(tools("Larger rival Tessaron reported a book-to-bill of 0.93 in the fourth quarter of fiscal 2025, which makes Aldermont's order momentum stand out.")).toEqual([['0.93', 'unsourced', []]]);
    expect(tools('Aldermont reported a book-to-bill of 0.93 in the fourth quarter of fiscal 2025.')).toEqual([['0.93', 'contradicted', ['aldermont']]]);
  });

  it("reads a change in a later clause as the change of its own clause's metric, of another unit", () => {
    const rows = (text: string) => lineFindings('selfstore', '2025-10-30', 'Stowline Storage Trust', text).map((f) => [f.claim.text, f.code, f.metric]);
    const sentence = (change: string) => `Same-store occupancy averaged 91.6% in the third quarter, while realized rent per occupied square foot rose ${change} to $19.84.`;
    expect(rows(sentence('1.9%'))[1]).toEqual(['1.9%', 'supported', 'rent_per_sqft']);
    expect(rows(sentence('4.9%'))[1]).toEqual(['4.9%', 'contradicted', 'rent_per_sqft']);
    // Nor the change metric of the clause before: was red against same-store NOI growth's 0.7%.
    expect(rows('Same-store NOI grew 0.7% year over year, while rent per square foot rose 1.9%.')).toEqual([['0.7%', 'supported', 'ss_noi_growth'], ['1.9%', 'supported', 'rent_per_sqft']]);
    // A change of a level in percent is never set against the level: "same-store occupancy" is no change measure as "same-store sales" is.
    expect(rows('Same-store occupancy rose 1.9% in the third quarter.')[0]![1]).toBe('unsourced');
    expect(rows('Same-store occupancy was 91.6% in the third quarter.')[0]![1]).toBe('supported');
  });

  it("counts what a backlog covers, in a participle's clause, as not yet in service", () => {
    const launch = (text: string) => line('launchco', '2026-01-15', 'Tessera Launch', text);
    expect(launch('The backlog stood at $1.16 billion at year-end, covering 58 launches.')).toEqual([['$1.16 billion', 'supported', ['tessera']], ['58 launches', 'unsourced', ['tessera']]]);
    expect(messageOn(lineFindings('launchco', '2026-01-15', 'Tessera Launch', 'The backlog stood at $1.16 billion at year-end, covering 58 launches.'), '58 launches')).toContain('not yet in service');
    expect(launch('Tessera flew 21 launches in 2025, covering its fixed costs.')).toEqual([['21 launches', 'contradicted', ['tessera']]]);
  });

  it('keeps the segment a sentence opens with across an apposition holding a figure', () => {
    const margin = (m: string) => lineFindings('specchem', '2026-02-24', 'Brightwater Materials', `Electronic Materials, now 21% of group sales, had an adjusted EBITDA margin of ${m}.`).map((f) => [f.claim.text, f.code, f.facts.map((x) => x.id)]);
    expect(margin('28.2%')[1]).toEqual(['28.2%', 'supported', ['bw-em-margin-2025']]);
    expect(margin('18.9%')[1]).toEqual(['18.9%', 'contradicted', ['bw-em-margin-2025']]);
  });

  it('reads no name in a hyphened period or term opening a sentence', () => {
    expect(namesIn('Third-quarter adjusted net income climbed 14% to $1.38 billion.')).toEqual([]);
    expect(namesIn('Full-year revenue and Long-term debt and Year-to-date sales.')).toEqual([]);
    expect(namesIn('Coca-Cola sales rose 4%.').map((n) => n.name)).toEqual(['Coca-Cola']);
    expect(line('cruiseline', '2025-11-10', 'Meridian Seaways', 'Third-quarter adjusted net income climbed 14% to $1.38 billion.')[1]).toEqual(['$1.38 billion', 'contradicted', ['meridian']]);
  });

  it("gives no figure a year that a later clause's noun owns, nor a relative clause's", () => {
    const debt = 'Transvia Concessions';
    expect(timeOf('tollway', '2026-03-10', debt, 'Net debt ended the year at €12.4 billion, after the group refinanced its 2026 maturities early.', '€12.4 billion')).toBeNull();
    expect(line('tollway', '2026-03-10', debt, 'Net debt ended the year at €12.4 billion, after the group refinanced its 2026 maturities early.')).toEqual([['€12.4 billion', 'contradicted', ['transvia']]]);
    expect(timeOf('tollway', '2026-03-10', debt, 'Net debt stood at €12.4 billion, after a refinancing in 2026.', '€12.4 billion')).toBe('in 2026');
    const port = 'Northgate Airport Authority';
    expect(timeOf('airportauth', '2025-09-01', port, 'Its capital program of A$1.1 billion to A$1.3 billion is weighted to the second pier, which should open in 2027.', 'A$1.1 billion to A$1.3 billion')).toBeNull();
    expect(timeOf('airportauth', '2025-09-01', port, 'Its capital program of A$1.1 billion to A$1.3 billion is weighted to the second pier, opening in 2027.', 'A$1.1 billion to A$1.3 billion')).toBe('in 2027');
  });

  it("reads a multiple of a year's figure stated after the level's date, when the sentence gives the multiple no time", () => {
    const rows = (x: string) => lineFindings('tollway', '2026-03-10', 'Transvia Concessions', `Net debt ended the year at €11.4 billion, or ${x} times EBITDA, after the group refinanced its 2026 maturities early.`).map((f) => [f.claim.text, f.code]);
    expect(rows('6.4')).toEqual([['€11.4 billion', 'supported'], ['6.4 times', 'supported']]);
    expect(rows('7.4')).toEqual([['€11.4 billion', 'supported'], ['7.4 times', 'contradicted']]);
  });

  it("reads \"at year-end\" of an entity with a fiscal year end as its last fiscal year end", () => {
    const staff = (n: string) => lineFindings('semieq', '2025-12-03', 'Aldermont Process Technologies', `Headcount was roughly ${n} at year-end.`)[0]!;
    expect([staff('14,800').code, staff('14,800').message]).toEqual(['supported', expect.stringContaining('in October 2025')]);
    expect(staff('12,800').code).toBe('contradicted');
    // At a later --as-of the note's year end stays the one it meant.
    const later = judgeNote(parseNote('---\ndate: 2025-12-03\n---\n# Aldermont Process Technologies\n\nHeadcount was roughly 14,800 at year-end.\n'), load('semieq').facts.index, { config: defaultConfig, asOf: '2027-06-30' })[0]!;
    expect(later.message).toContain('in October 2025');
    // A calendar-year company's year end is December's: the bnpl note's lender has none, the rental note's too.
    expect(lineFindings('natlottery', '2026-01-20', 'Northmere Lottery', 'Regular players numbered 9.8 million at year-end.')[0]!.message).toContain('March 2025');
  });

  it("keeps a bracket's bare figure of another value, with its own year, from the counted figure before it", () => {
    const pax = (n: string) => lineFindings('cruiseline', '2025-11-10', 'Meridian Seaways', `Meridian carried ${n} million passengers (2.28 million in the third quarter of 2024).`).map((f) => [f.claim.text, f.code, f.facts.map((x) => x.id)]);
    expect(pax('2.41')).toEqual([['2.41 million passengers', 'supported', ['md-pax-q3-25']], ['2.28 million', 'supported', ['md-pax-q3-24']]]);
    // (Was red against Q3 2024, with the fix "2.28 million".)
    expect(pax('2.61')[0]).toEqual(['2.61 million passengers', 'contradicted', ['md-pax-q3-25']]);
  });

  it('gives the figure of a "with" clause, or an amount of a noun of its own, no metric from the clause before', () => {
    const store = (text: string) => lineFindings('selfstore', '2025-10-30', 'Stowline Storage Trust', text).map((f) => [f.claim.text, f.code, f.metric ?? null]);
    expect(store('Same-store occupancy was 91.6% in the third quarter, with the policy rate at 15%.')[1]).toEqual(['15%', 'unsourced', null]);
    expect(store('Same-store occupancy was 91.6% in the third quarter, with unemployment at 4.1%.')[1]).toEqual(['4.1%', 'unsourced', null]);
    expect(store('Rent per square foot was $19.84 in the third quarter, with occupancy at 95.6%.')[1]).toEqual(['95.6%', 'contradicted', 'occupancy']);
    const launch = (text: string) => lineFindings('launchco', '2026-01-15', 'Tessera Launch', text).map((f) => [f.claim.text, f.code, f.metric ?? null]);
    expect(launch('The backlog stood at $1.16 billion at year-end, and the company signed $0.4 billion of new contracts.')[1]).toEqual(['$0.4 billion', 'unsourced', null]);
    // "of it" is the backlog's part, not a noun of its own; "the $2.5 billion of a year earlier" (the fusion note) is a time's.
    expect(messageOn(lineFindings('launchco', '2026-01-15', 'Tessera Launch', 'The backlog stood at $1.16 billion at year-end, and $0.4 billion of it is due in 2026.'), '$0.4 billion')).toContain('a figure for a part');
  });

  it('reads a capitalised common noun opening a sentence as no name: before a noun and a metric word, or in an earlier sentence before a noun', () => {
    const port = (text: string) => line('airportauth', '2025-09-01', 'Northgate Airport Authority', text);
    expect(port('Car parking revenue was A$58.4 million in fiscal 2025.')).toEqual([['A$58.4 million', 'supported', ['northgate']]]);
    expect(port('Carpark Holdings reported revenue of A$58.4 million in fiscal 2025.')).toEqual([['A$58.4 million', 'unsourced', []]]);
    const chem = (text: string) => line('specchem', '2026-02-24', 'Brightwater Materials', text);
    expect(chem('Cash generation was solid. Capital expenditures were about $380 million.')).toEqual([['$380 million', 'supported', ['brightwater']]]);
    expect(chem('Zelco had a strong year. Capital expenditures were about $380 million.')).toEqual([['$380 million', 'unsourced', []]]);
    expect(chem('Zelco shares fell. Capital expenditures were about $380 million.')).toEqual([['$380 million', 'unsourced', []]]);
  });

  it('reads a compound noun opening the sentence before a counted metric word as a part of the count', () => {
    const cycles = (text: string) => lineFindings('ivf', '2025-05-01', 'Nestling Fertility', text).map((f) => [f.claim.text, f.code]);
    expect(cycles('Egg freezing cycles reached 6,900 in 2024.')).toEqual([['6,900', 'unsourced']]);
    expect(messageOn(lineFindings('ivf', '2025-05-01', 'Nestling Fertility', 'Egg freezing cycles reached 6,900 in 2024.'), '6,900')).toContain('egg freezing cycles in 2024 — a part');
    expect(cycles('Egg freezing cycles reached 38,400 in 2024.')).toEqual([['38,400', 'supported']]);
    expect(cycles('Treatment cycles reached 41,400 in 2024.')).toEqual([['41,400', 'contradicted']]);
  });

  it('pairs a "respectively" run with the items of its list, known or not, a time allowed before "respectively"', () => {
    // The broker note's "Fiduciary income and contingent commissions were $38 million and $52 million, respectively" ($52 million was red as fiduciary income).
    const rows = (text: string) => lineFindings('cruiseline', '2025-11-10', 'Meridian Seaways', text).map((f) => [f.claim.text, f.code, f.metric ?? null]);
    expect(rows('Revenue and fuel costs were $4.62 billion and $0.5 billion in the third quarter, respectively.')).toEqual([
      ['$4.62 billion', 'supported', 'revenue'],
      ['$0.5 billion', 'unsourced', null],
    ]);
    expect(rows('In the third quarter, fuel costs and revenue were $0.5 billion and $4.62 billion, respectively.')).toEqual([
      ['$0.5 billion', 'unsourced', null],
      ['$4.62 billion', 'supported', 'revenue'],
    ]);
    // Was red: the time between the run and "respectively" hid the run, and the nearer metric took both.
    expect(rows('Revenue and adjusted EBITDA were $4.62 billion and $1.87 billion in the third quarter, respectively.')).toEqual([
      ['$4.62 billion', 'supported', 'revenue'],
      ['$1.87 billion', 'supported', 'adj_ebitda'],
    ]);
    expect(rows('Revenue and adjusted EBITDA were $4.62 billion and $1.97 billion in the third quarter, respectively.')[1]).toEqual(['$1.97 billion', 'contradicted', 'adj_ebitda']);
    // Each item's metric whatever its unit (the IT services note's "Net profit and earnings per share … were ₹21,470 crore and ₹58.40, respectively": ₹58.40 was red as net income).
    const pawn = (eps: string) => lineFindings('pawn', '2025-02-14', 'Prenda Group', `Net income and earnings per share for 2024 were $259 million and ${eps}, respectively.`).map((f) => [f.claim.text, f.code, f.metric]);
    expect(pawn('$5.72')).toEqual([['$259 million', 'supported', 'net_income'], ['$5.72', 'supported', 'eps']]);
    expect(pawn('$6.72')[1]).toEqual(['$6.72', 'contradicted', 'eps']);
    // The dental note's "Denteva and Smilecare Europe, its closest listed peer, reported … 5.8% and 3.1%, respectively" (3.1% was red as Denteva's).
    const owners = line('cruiseline', '2025-11-10', 'Meridian Seaways', 'Meridian and Caldera, its closest listed peer, carried 2.41 million and 3.1 million passengers in the third quarter, respectively.');
    expect(owners[1]).toEqual(['3.1 million passengers', 'unsourced', []]);
  });

  it("reads a run's list from its own clause, no word of a ratio's hyphened name, and an amount per item after \"came to\"", () => {
    const rows = (text: string) => lineFindings('cruiseline', '2025-11-10', 'Meridian Seaways', text).map((f) => [f.claim.text, f.code, f.metric ?? null]);
    // The cinema note's "…versus £4.61 a year ago; ticket prices and spend per head rose 3.3% and 7.6%, respectively" (3.3% was red as spend per head).
    expect(rows('Adjusted EBITDA was $1.87 billion in the third quarter; revenue and adjusted EBITDA rose 9% and 14%, respectively.')[1]).toEqual(['9%', 'supported', 'revenue']);
    // The cinema note's "screen-to-site ratio of roughly 8.6" (was red against the sites).
    expect(rows('Its crew-to-passenger ratio is 2.4.')).toEqual([['2.4', 'unsourced', null]]);
    expect(lineFindings('semieq', '2025-12-03', 'Aldermont Process Technologies', 'The book-to-bill was 1.15 in the fourth quarter of fiscal 2025.')[0]!.code).toBe('supported');
    // The betting note's "Net gaming revenue per monthly unique payer came to about $270" (was red against NGR).
    expect(rows('Revenue per passenger came to $1,917 in the third quarter.')).toEqual([['$1,917', 'unsourced', null]]);
    expect(lineFindings('cruiseline', '2025-11-10', 'Meridian Seaways', 'Revenue per monthly unique passenger came to $1,917.')[0]!.claim.unit).toBe('USD/passenger');
  });

  it("gives no figure the year of another noun's participle or possessive after it, and a rival's metric may follow its figure", () => {
    const debt = (text: string) => line('cruiseline', '2025-11-10', 'Meridian Seaways', text);
    // The container line's "Charter costs were $2.31 billion after charters signed in 2024" (was red against 2024's).
    expect(debt('Net debt was $11.9 billion after bonds issued in 2024 were refinanced.')).toEqual([['$11.9 billion', 'supported', ['meridian']]]);
    expect(debt('Net debt was $11.9 billion as the group repaid loans taken at 2024\'s higher rates.')).toEqual([['$11.9 billion', 'supported', ['meridian']]]);
    // A change still starts from a possessive time: "up 20% from last year's plan" (the energy sector note).
    expect(timeOf('cruiseline', '2025-11-10', 'Meridian Seaways', 'Net debt was $11.9 billion, down 10% from last year\'s level.', '10%')).toBe("from last year's");
    // The CDMO note's "Lonvia operates 1.1 million litres of capacity, twice Vireon's" (was red as Vireon's).
    const units = (text: string) => line('launchco', '2026-01-15', 'Tessera Launch', text);
    expect(units('Orbex completed 41 launches of its own rockets, twice Tessera\'s.')).toEqual([['41 launches', 'unsourced', []]]);
    expect(line('cruiseline', '2025-11-10', 'Meridian Seaways', 'Caldera operates 68 ships in its fleet, twice Meridian\'s.')).toEqual([['68 ships', 'unsourced', []]]);
  });

  it('breaks a tie between metrics sharing a word by their facts in the figure\'s currency', () => {
    const revenue = (text: string) => lineFindings('tollway', '2026-03-10', 'Transvia Concessions', text).map((f) => [f.claim.text, f.code, f.metric]);
    expect(revenue('In Poland, revenue on the A4 concession reached PLN 1.32 billion in 2025.')).toEqual([['PLN 1.32 billion', 'contradicted', 'revenue']]);
    expect(revenue('Toll revenue reached €2.41 billion in 2025.')).toEqual([['€2.41 billion', 'supported', 'toll_revenue']]);
  });

  it("reads the level a target is set against, of a period over, as a result", () => {
    const target = (x: string, year: string) => lineFindings('resale', '2026-03-20', 'Secondthread', `For 2026, management targets adjusted EBITDA of €45–55 million, against ${x} in ${year}.`).map((f) => [f.claim.text, f.code, f.facts.map((y) => y.id)]);
    expect(target('€31 million', '2025')[1]).toEqual(['€31 million', 'supported', ['st-ebitda-2025']]);
    expect(target('€36 million', '2025')[1]).toEqual(['€36 million', 'contradicted', ['st-ebitda-2025']]);
    // With no period of its own it is no 2026 guidance either (was red against the €45–55 million).
    const bare = lineFindings('resale', '2026-03-20', 'Secondthread', 'For 2026, management targets adjusted EBITDA of €45–55 million, against €31 million.')[1]!;
    expect([bare.code, bare.claim.time ?? null]).toEqual(['unsourced', null]);
  });

  it("reads a year before its noun after \"to\" as the noun's, no term's end", () => {
    const potash = (text: string) => lineFindings('potash', '2026-02-24', 'Kelvington Nutrients', text);
    const guide = potash('The company guides to 2026 potash sales volumes of 13.5–14.1 million tonnes, and still sees the market tightening in the second half.')[0]!;
    expect([guide.code, guide.claim.time?.text]).toEqual(['outdated', '2026']);
    expect(timeOf('potash', '2026-02-24', 'Kelvington Nutrients', 'The company expects potash sales volumes of 14 million tonnes a year to 2030.', '14 million tonnes')).toBe('to 2030');
  });

  it('gives a figure no owner in a circumstance after it, nor a plan in its adjective', () => {
    const cost = (text: string) => line('potash', '2026-02-24', 'Kelvington Nutrients', text);
    expect(cost('The average cash cost of potash production held at about $72 per tonne despite a planned turnaround at Belle Plaine.')).toEqual([['$72 per tonne', 'supported', ['kelvington']]]);
    expect(cost('The average cash cost of potash production held at about $82 per tonne despite a planned turnaround at Belle Plaine.')).toEqual([['$82 per tonne', 'contradicted', ['kelvington']]]);
    expect(cost('The average cash cost at Belle Plaine was about $72 per tonne.')).toEqual([['$72 per tonne', 'unsourced', []]]);
  });

  it('reads "now" over a term\'s end in an aside', () => {
    expect(line('cruiseline', '2025-11-10', 'Meridian Seaways', 'The fleet now numbers 34 ships (six more ships are on order for delivery through 2029).')).toEqual([['34 ships', 'supported', ['meridian']]]);
    expect(timeOf('cruiseline', '2025-11-10', 'Meridian Seaways', 'The fleet will grow to 40 ships through 2029.', '40 ships')).toBe('through 2029');
  });

  it('gives no figure outside an aside to a place inside it, and a product after "Its" to the company', () => {
    const launch = (text: string) => line('launchco', '2026-01-15', 'Tessera Launch', text);
    expect(launch('Management expects 28 to 32 launches in 2026 (the second pad at Wallops comes online in the spring) and revenue of about $520 million.')).toEqual([
      ['28 to 32 launches', 'supported', ['tessera']],
      ['$520 million', 'supported', ['tessera']],
    ]);
    expect(launch('Management expects revenue at Wallops of about $520 million in 2026.')).toEqual([['$520 million', 'unsourced', []]]);
    expect(launch('Its Halyard rockets lifted 61,400 kg to orbit during 2025.')).toEqual([['61,400 kg', 'supported', ['tessera']]]);
    expect(launch('Halyard Space lifted 61,400 kg to orbit during 2025.')).toEqual([['61,400 kg', 'unsourced', []]]);
  });

  it("reads a share compared with an earlier one as a share of the same whole in its own period", () => {
    const digital = (text: string) => lineFindings('natlottery', '2025-08-12', 'Northmere Lottery', text).map((f) => [f.claim.text, f.code, f.facts.map((x) => x.id)]);
    expect(digital('Digital channels now account for 41% of ticket sales, up from 36% in fiscal 2023.')).toEqual([
      ['41%', 'supported', ['nm-digital-fy2025', 'nm-sales-fy2025']],
      ['36%', 'supported', ['nm-digital-fy2023', 'nm-sales-fy2023']],
    ]);
    expect(digital('Digital channels now account for 41% of ticket sales, up from 46% in fiscal 2023.')[1]).toEqual(['46%', 'contradicted', ['nm-digital-fy2023', 'nm-sales-fy2023']]);
    // Was red against fiscal 2023's share: the share's own time is now's.
    expect(digital('Digital channels now account for 41% of ticket sales, compared with 36% in fiscal 2023.')[0]).toEqual(['41%', 'supported', ['nm-digital-fy2025', 'nm-sales-fy2025']]);
  });

  it('reads a share of "the total" after an amount as a share of what the amount measures', () => {
    const brand = (share: string) => lineFindings('cruiseline', '2025-11-10', 'Meridian Seaways', `Solenne, the group's premium brand, generated revenue of $1.15 billion, roughly ${share} of the total.`).map((f) => [f.claim.text, f.code]);
    expect(brand('a quarter')).toEqual([['$1.15 billion', 'supported'], ['a quarter', 'supported']]);
    expect(brand('a third')).toEqual([['$1.15 billion', 'supported'], ['a third', 'contradicted']]);
    const parking = (share: string) =>
      lineFindings('airportauth', '2025-09-01', 'Northgate Airport Authority', `Aeronautical revenue was A$141.0 million, equal to A$14.33 per passenger, and car parking brought in A$58.4 million, about ${share} of the total.`).at(-1)!.code;
    expect(parking('19%')).toBe('supported');
    expect(parking('29%')).toBe('contradicted');
  });

  it('reads a subject across an aside between it and its verb', () => {
    const players = (text: string) => line('natlottery', '2025-08-12', 'Northmere Lottery', text);
    expect(players('Regular players — those who buy at least once a month — numbered roughly 9.8 million at the end of March.')).toEqual([['9.8 million', 'supported', ['northmere']]]);
    expect(players('Regular players (those who buy at least once a month) numbered 8.1 million at the end of March.')).toEqual([['8.1 million', 'contradicted', ['northmere']]]);
  });

  it("keeps a fiscal year the anchor when its months are restated in brackets", () => {
    const sales = (text: string) => line('natlottery', '2025-08-12', 'Northmere Lottery', text);
    expect(sales('Sales in the first quarter of fiscal 2026 (April to June) were £905 million, and management expects full-year sales of £3.5 billion to £3.6 billion.')).toEqual([
      ['£905 million', 'supported', ['northmere']],
      ['£3.5 billion to £3.6 billion', 'supported', ['northmere']],
    ]);
    expect(messageOn(lineFindings('natlottery', '2025-08-12', 'Northmere Lottery', 'Sales in the first quarter of fiscal 2026 (April to June) were £905 million, and management expects full-year sales of £3.7 billion.'), '£3.7 billion')).toContain('for FY2026');
  });
});
describe('container line note (a share in brackets after its amount, a possessive year of another noun)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('boxline'))).toEqual([
      ['12.6 million', 'supported', ['hv-teu-2025']],
      ['9%', 'supported', ['hv-rev-2025', 'hv-rev-2024']],
      ['$21.8 billion', 'supported', ['hv-rev-2025']],
      ['$2,140 per FEU', 'supported', ['hv-rate-2025']],
      ['1,960', 'supported', ['hv-ebit-2025']],
      ['3,260', 'supported', ['hv-ebit-2024']],
      ['1,520', 'supported', ['hv-ni-2025']],
      ['2,900', 'supported', ['hv-ni-2024']],
      ['40%', 'unsourced', []],
      ['48%', 'unsourced', []],
      ['460 basis points', 'unsourced', []],
      ['$2.31 billion', 'supported', ['hv-charter-2025']],
      // "Charter costs climbed to $2.31 billion (about 10.6% of revenue) as the line renewed time-charters signed at 2024's elevated rates": was red, a share of 2024.
      ['10.6%', 'supported', ['hv-charter-2025', 'hv-rev-2025']],
      ['2.35 million', 'contradicted', ['hv-capacity-2025-12']],
      ['38', 'unsourced', []],
      ['$400 million', 'unsourced', []],
      ['35%', 'unsourced', []],
      ['33%', 'unsourced', []],
      ['24.5 million', 'unsourced', []],
      ['$0.8 billion to $1.4 billion', 'supported', ['hv-ebit-guide-2026']],
    ]);
  });
});

describe('Brazilian digital bank note (a Selic rate after “with”, a loan book by product)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('brbank'))).toEqual([
      ['38.4 million customers', 'supported', ['lm-cust-2025-09']],
      ['1.9 million', 'unsourced', []],
      ['half', 'unsourced', []],
      ['31%', 'supported', ['lm-rev-2025-q3', 'lm-rev-2024-q3']],
      ['R$4.12 billion', 'supported', ['lm-rev-2025-q3']],
      ['R$1.05 billion', 'supported', ['lm-ni-2025-q3']],
      ['28%', 'supported', ['lm-roe-2025-q3']],
      ['17.6%', 'contradicted', ['lm-nim-2025-q3']],
      ['15.9%', 'supported', ['lm-nim-2024-q3']],
      // ("The 90-day NPL ratio eased to 6.8%": the ratio's window was a claim, "90-day".)
      ['6.8%', 'supported', ['lm-npl-2025-09']],
      ['7.1%', 'supported', ['lm-npl-2025-06']],
      ['15%', 'unsourced', []],
      ['22.4', 'supported', ['lm-loans-card-2025-09']],
      ['9.8', 'unsourced', []],
      ['6.1', 'unsourced', []],
      ['58%', 'supported', ['lm-loans-card-2025-09', 'lm-loans-2025-09']],
      ['R$38.50', 'supported', ['lm-arpac-2025-q3']],
      ['R$33.20', 'supported', ['lm-arpac-2024-q3']],
      ['R$2.9 billion', 'unsourced', []],
      ['110 million customers', 'unsourced', []],
      ['45 million customers', 'supported', ['lm-cust-guide-2026']],
    ]);
  });
});

describe('insurance broker note (fiduciary income and contingent commissions “respectively”, segments in a table)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('inbroker'))).toEqual([
      ['14%', 'supported', ['hv-rev-2025-q3', 'hv-rev-2024-q3']],
      ['$1.86 billion', 'supported', ['hv-rev-2025-q3']],
      ['7.2%', 'supported', ['hv-og-2025-q3']],
      ['$1.79 billion', 'supported', ['hv-cf-2025-q3']],
      ['$38 million', 'supported', ['hv-fid-2025-q3']],
      ['$52 million', 'unsourced', []],
      ['1,012', 'supported', ['hv-rev-retail-2025-q3']],
      ['5.9%', 'supported', ['hv-og-retail-2025-q3']],
      ['498', 'supported', ['hv-rev-wholesale-2025-q3']],
      ['9.8%', 'contradicted', ['hv-og-wholesale-2025-q3']],
      ['350', 'unsourced', []],
      ['8.1%', 'unsourced', []],
      ['90 basis points', 'supported', ['hv-margin-2025-q3', 'hv-margin-2024-q3']],
      ['33.8%', 'supported', ['hv-margin-2025-q3']],
      ['11 acquisitions', 'supported', ['hv-acq-2025-q3']],
      ['$6.9 billion', 'supported', ['hv-nd-2025-09']],
      ['2.9 times', 'supported', ['hv-nd-2025-09', 'hv-ebitdac-ltm-2025-09']],
      ['$2.41 billion', 'supported', ['hv-ebitdac-ltm-2025-09']],
      ['4%', 'unsourced', []],
      ['7% to 8%', 'supported', ['hv-og-guide-2025']],
    ]);
  });
});

describe('CDMO note (the single largest customer after the ten largest, a rival’s capacity)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cdmo'))).toEqual([
      ['9%', 'supported', ['vr-rev-2025-h1', 'vr-rev-2024-h1']],
      ['CHF 1.42 billion', 'supported', ['vr-rev-2025-h1']],
      ['29.4%', 'supported', ['vr-margin-2025-h1']],
      ['CHF 4.6 billion', 'supported', ['vr-backlog-2025-06']],
      ['18%', 'supported', ['vr-backlog-2025-06', 'vr-backlog-2024-06']],
      ['CHF 1.9 billion', 'unsourced', []],
      ['412,000 litres', 'contradicted', ['vr-cap-2025-06']],
      ['361,000 litres', 'supported', ['vr-cap-2024-06']],
      ['78%', 'supported', ['vr-util-2025-h1']],
      ['CHF 9,500', 'unsourced', []],
      ['812', 'supported', ['vr-rev-mam-2025-h1']],
      ['266', 'supported', ['vr-rev-mic-2025-h1']],
      ['198', 'unsourced', []],
      ['57%', 'supported', ['vr-rev-mam-2025-h1', 'vr-rev-2025-h1']],
      ['84%', 'unsourced', []],
      ['66%', 'unsourced', []],
      ['61%', 'supported', ['vr-top10-2025-h1']],
      // "…accounted for 61% of first-half revenue, and the single largest, a US maker of obesity drugs, for about 23%": was red against the top-ten share.
      ['23%', 'unsourced', []],
      ['1.1 million litres', 'unsourced', []],
      ['CHF 2.9 billion to CHF 3.0 billion', 'supported', ['vr-rev-guide-2025']],
    ]);
  });
});

describe('cinema chain note (changes “respectively” after a compared level, a ratio’s name)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cinechain'))).toEqual([
      ['6%', 'supported', ['pd-adm-fy2025', 'pd-adm-fy2024']],
      ['31.4', 'supported', ['pd-adm-fy2025']],
      ['29.6', 'supported', ['pd-adm-fy2024']],
      ['8.42', 'unsourced', []],
      ['8.15', 'unsourced', []],
      ['9.6%', 'supported', ['pd-bo-fy2025', 'pd-bo-fy2024']],
      ['£264 million', 'supported', ['pd-bo-fy2025']],
      ['£156 million', 'contradicted', ['pd-conc-fy2025']],
      ['35%', 'unsourced', []],
      ['£4.96', 'supported', ['pd-spp-fy2025']],
      ['£4.61', 'supported', ['pd-spp-fy2024']],
      // "…versus £4.61 a year ago (…); ticket prices and spend per head rose 3.3% and 7.6%, respectively": was red as spend per head's change.
      ['3.3%', 'supported', ['pd-atp-fy2025', 'pd-atp-fy2024']],
      // (Was a percent, not a change: "rose 3.3% and 7.6%, respectively" makes both changes.)
      ['7.6%', 'supported', ['pd-spp-fy2025', 'pd-spp-fy2024']],
      ['118 sites', 'supported', ['pd-sites-2025-06']],
      ['1,012 screens', 'supported', ['pd-screens-2025-06']],
      ['146', 'unsourced', []],
      ['8.6', 'unsourced', []],
      ['180 basis points', 'unsourced', []],
      ['4%', 'unsourced', []],
      ['32 million to 33 million', 'supported', ['pd-adm-guide-fy2026']],
    ]);
  });
});

describe('dental group note (a bracketed earlier year, a peer paired “respectively”)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('dentalgrp'))).toEqual([
      ['1,148 practices', 'supported', ['dv-practices-2025-12']],
      ['1,062', 'supported', ['dv-practices-2024-12']],
      ['12%', 'supported', ['dv-rev-2025', 'dv-rev-2024']],
      ['€2.31 billion', 'supported', ['dv-rev-2025']],
      ['14.7 million patient visits', 'contradicted', ['dv-visits-2025']],
      ['13.1 million', 'supported', ['dv-visits-2024']],
      ['€163', 'supported', ['dv-rpv-2025']],
      ['38%', 'unsourced', []],
      ['5.8%', 'supported', ['dv-spg-2025']],
      ['3.1%', 'unsourced', []],
      ['842', 'supported', ['dv-rev-nl-2025']],
      ['781', 'supported', ['dv-rev-de-2025']],
      ['687', 'unsourced', []],
      ['€398 million', 'supported', ['dv-adjebitda-2025']],
      ['17.2%', 'supported', ['dv-margin-2025']],
      ['€1.27 billion', 'supported', ['dv-nd-2025-12']],
      ['3.2 times', 'supported', ['dv-nd-2025-12', 'dv-adjebitda-2025']],
      ['€95 billion', 'unsourced', []],
      ['4%', 'supported', ['dv-spg-2026-janfeb']],
      ['€2.50 billion to €2.60 billion', 'supported', ['dv-rev-guide-2026']],
    ]);
  });
});

describe('freight railroad note (segments paired “respectively”, a shared noun, a part no fact gives)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('freightrr'))).toEqual([
      ['1.84 million carloads', 'supported', ['pn-cars-2025q4']],
      ['2%', 'supported', ['pn-cars-2025q4', 'pn-cars-2024q4']],
      ['5%', 'supported', ['pn-rev-2025q4', 'pn-rev-2024q4']],
      ['$2.46 billion', 'supported', ['pn-rev-2025q4']],
      ['$1,337', 'supported', ['pn-rpc-2025q4']],
      ['$1,300', 'supported', ['pn-rpc-2024q4']],
      ['412', 'supported', ['pn-cars-grain-2025q4']],
      ['366', 'supported', ['pn-cars-grain-2024q4']],
      ['298', 'supported', ['pn-cars-coal-2025q4']],
      ['331', 'supported', ['pn-cars-coal-2024q4']],
      ['22%', 'supported', ['pn-cars-grain-2025q4', 'pn-cars-2025q4']],
      // "while coal and intermodal volumes fell 10% and 3%, respectively": "coal" shares the last item's noun (was no metric).
      ['10%', 'supported', ['pn-cars-coal-2025q4', 'pn-cars-coal-2024q4']],
      // …and "intermodal volumes" is a part the facts give no segment for (was red against Grain once the 3% read as a change).
      ['3%', 'unsourced', []],
      // "The fourth-quarter operating ratio improved 150 basis points to 58.9%": "improved" was no change verb (unsourced).
      ['150 basis points', 'supported', ['pn-or-2025q4', 'pn-or-2024q4']],
      ['58.9%', 'supported', ['pn-or-2025q4']],
      ['$212 million', 'contradicted', ['pn-fsc-2025q4']],
      ['7.31 million', 'supported', ['pn-cars-2025']],
      ['60.2%', 'supported', ['pn-or-2025']],
      ['$2.2 billion to $2.3 billion', 'supported', ['pn-capex-guide-2026-jan']],
      ['62.5%', 'unsourced', []],
    ]);
  });
});

describe('IT services note (rupee crore, a footnote marker after the full stop)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('itsvc'))).toEqual([
      ['₹1,24,380 crore', 'supported', ['sah-rev-inr-fy2025']],
      ['5.8%', 'supported', ['sah-rev-inr-fy2025', 'sah-rev-inr-fy2024']],
      ['3.6%', 'supported', ['sah-rev-usd-fy2025', 'sah-rev-usd-fy2024']],
      ['$14.72 billion', 'supported', ['sah-rev-usd-fy2025']],
      ['4.5%–5%', 'supported', ['sah-ccg-guide-fy2025-jan']],
      ['3.5%–5%', 'supported', ['sah-ccg-guide-fy2025-oct']],
      ['31,560', 'contradicted', ['sah-rev-inr-q4fy25']],
      ['30,210', 'supported', ['sah-rev-inr-q4fy24']],
      ['+4.8%', 'supported', ['sah-rev-inr-q4fy25', 'sah-rev-inr-q4fy24']],
      ['5,410', 'supported', ['sah-ni-q4fy25']],
      ['5,180', 'supported', ['sah-ni-q4fy24']],
      ['+4.4%', 'supported', ['sah-ni-q4fy25', 'sah-ni-q4fy24']],
      ['3,17,240', 'supported', ['sah-hc-2025-03']],
      ['12.9%', 'supported', ['sah-attr-2025-03']],
      ['$3.4 billion', 'supported', ['sah-tcv-q4fy25']],
      ['$13.2 billion', 'supported', ['sah-tcv-fy2025']],
      ['31%', 'unsourced', []],
      ['₹21,470 crore', 'supported', ['sah-ni-fy2025']],
      ['₹58.40', 'supported', ['sah-eps-fy2025']],
      // "Larger rival Meghdoot Systems reported fiscal 2025 revenue of $29.1 billion.[^1] Sahyadri trades…": was red, the marker joining two sentences.
      ['$29.1 billion', 'unsourced', []],
    ]);
  });
});

describe('Japanese automaker note (half-year changes, a rival that “left” its forecast)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('jpauto'))).toEqual([
      ['¥7.86 trillion', 'supported', ['hk-rev-h1-2025']],
      ['2.4%', 'supported', ['hk-rev-h1-2025', 'hk-rev-h1-2024']],
      ['28%', 'contradicted', ['hk-op-h1-2025', 'hk-op-h1-2024']],
      ['¥412 billion', 'supported', ['hk-op-h1-2025']],
      ['5.2%', 'supported', ['hk-om-h1-2025']],
      ['8.3%', 'supported', ['hk-om-h1-2024']],
      ['4.3%', 'supported', ['hk-units-h1-2025', 'hk-units-h1-2024']],
      ['1.64 million', 'supported', ['hk-units-h1-2025']],
      ['42%', 'unsourced', []],
      ['684,000', 'supported', ['hk-units-na-h1-2025']],
      ['702,500', 'supported', ['hk-units-na-h1-2024']],
      ['1,642,000', 'supported', ['hk-units-h1-2025']],
      ['1,715,000', 'supported', ['hk-units-h1-2024']],
      ['¥800 billion', 'supported', ['hk-op-guide-fy2026-nov']],
      ['¥1.05 trillion', 'supported', ['hk-op-guide-fy2026-may']],
      ['¥15.6 trillion', 'supported', ['hk-rev-guide-fy2026-nov']],
      ['¥210–220 billion', 'supported', ['hk-tariff-h1-2025']],
      ['¥298 billion', 'supported', ['hk-ni-h1-2025']],
      ['¥35 per share', 'supported', ['hk-div-h1-2025']],
      // "Larger rival Kanzaki Motor left its full-year operating profit forecast unchanged at ¥3.8 trillion, which makes Hokusei's cut look worse": was red.
      ['¥3.8 trillion', 'unsourced', []],
    ]);
  });
});

describe('Korean battery maker note (regions paired “respectively” with segments, a customer share)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('krbatt'))).toEqual([
      ['38.4 GWh', 'supported', ['sr-ship-q4-2025']],
      ['141 GWh', 'supported', ['sr-ship-2025']],
      ['127 GWh', 'supported', ['sr-ship-2024']],
      ['9%', 'supported', ['sr-rev-q4-2025', 'sr-rev-q4-2024']],
      ['₩7.42 trillion', 'supported', ['sr-rev-q4-2025']],
      ['₩318 billion', 'supported', ['sr-op-q4-2025']],
      ['₩212 billion', 'supported', ['sr-ampc-q4-2025']],
      ['27.1', 'supported', ['sr-rev-2025']],
      ['25.9', 'supported', ['sr-rev-2024']],
      ['3.9', 'supported', ['sr-om-2025']],
      ['5.4', 'supported', ['sr-om-2024']],
      ['310 GWh', 'supported', ['sr-cap-2025-12']],
      // "its plants in North America and Europe accounted for 135 GWh and 92 GWh, respectively": both were red against the whole's 310 GWh.
      ['135 GWh', 'supported', ['sr-cap-na-2025-12']],
      ['92 GWh', 'supported', ['sr-cap-eu-2025-12']],
      ['34%', 'contradicted', ['sr-rev-corvane-2025', 'sr-rev-2025']],
      ['44%', 'supported', ['sr-rev-corvane-2024', 'sr-rev-2024']],
      ['$118 per kWh', 'unsourced', []],
      ['98 GWh', 'unsourced', []],
      ['150–160 GWh', 'supported', ['sr-ship-guide-2026-jan']],
      ['165–175 GWh', 'supported', ['sr-ship-guide-2026-oct']],
    ]);
  });
});

describe('Mexican cement note (pesos, volumes by product, net debt)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('mxcement'))).toEqual([
      ['3%', 'supported', ['csa-sales-q3-2025', 'csa-sales-q3-2024']],
      ['US$1.21 billion', 'supported', ['csa-sales-q3-2025']],
      ['22.6 billion pesos', 'unsourced', []],
      // The levels after "respectively, to" pair with the changes (part 58).
      ['6%', 'supported', ['csa-cement-q3-2025', 'csa-cement-q3-2024']],
      ['9%', 'supported', ['csa-rmx-q3-2025', 'csa-rmx-q3-2024']],
      ['4.9 million tonnes', 'supported', ['csa-cement-q3-2025']],
      ['1.12 million cubic metres', 'supported', ['csa-rmx-q3-2025']],
      ['US$298 million', 'supported', ['csa-ebitda-q3-2025']],
      ['24.6%', 'supported', ['csa-margin-q3-2025']],
      ['742', 'supported', ['csa-sales-mx-q3-2025']],
      ['781', 'supported', ['csa-sales-mx-q3-2024']],
      ['398', 'supported', ['csa-sales-us-q3-2025']],
      ['394', 'supported', ['csa-sales-us-q3-2024']],
      ['US$2.84 billion', 'contradicted', ['csa-nd-2025-09']],
      ['2.31 times', 'supported', ['csa-lev-2025-09']],
      ['2.52 times', 'supported', ['csa-lev-2025-06']],
      ['2,310 pesos per tonne', 'unsourced', []],
      ['US$1.10–1.15 billion', 'supported', ['csa-ebitda-guide-2025-oct']],
      ['US$1.20–1.25 billion', 'supported', ['csa-ebitda-guide-2025-jul']],
      ['8%', 'unsourced', []],
    ]);
  });
});

describe('sports betting note (hold, states in a table, revenue per payer)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('sportsbk'))).toEqual([
      ['$9.6 billion', 'supported', ['sw-handle-2025q3']],
      ['18%', 'supported', ['sw-handle-2025q3', 'sw-handle-2024q3']],
      ['24 states', 'unsourced', []],
      ['10.4%', 'supported', ['sw-hold-2025q3']],
      ['130 basis points', 'supported', ['sw-hold-2025q3', 'sw-hold-2024q3']],
      ['35%', 'unsourced', []],
      ['41%', 'unsourced', []],
      ['$270', 'unsourced', []],
      ['148', 'supported', ['sw-ngr-nj-2025q3']],
      ['121', 'supported', ['sw-ngr-nj-2024q3']],
      ['131', 'contradicted', ['sw-ngr-il-2025q3']],
      ['97', 'supported', ['sw-ngr-il-2024q3']],
      ['$118 million', 'supported', ['sw-promo-2025q3']],
      ['12%', 'supported', ['sw-promo-2025q3', 'sw-ggr-2025q3']],
      ['15%', 'unsourced', []],
      ['3.2 million', 'supported', ['sw-payers-2025q3']],
      ['$74 million', 'supported', ['sw-adjebitda-2025q3']],
      ['$35 billion', 'unsourced', []],
      ['$3.3 billion to $3.5 billion', 'supported', ['sw-ngr-guide-2025-nov']],
      ['$3.1 billion to $3.4 billion', 'supported', ['sw-ngr-guide-2025-aug']],
    ]);
  });
});

describe('part 57 rules, each pinned both ways on the notes that found them', () => {
  const line = (name: string, date: string, heading: string, text: string) => lineFindings(name, date, heading, text).map((f) => [f.claim.text, f.code, f.metric ?? null]);

  it('reads every percent of a run "respectively" ends after a change verb as a change, each of its own metric', () => {
    const cinema = (text: string) => line('cinechain', '2025-09-25', 'Picturedrome Group', text);
    expect(cinema('In fiscal 2025, ticket prices and spend per head rose 3.3% and 7.6%, respectively.')).toEqual([['3.3%', 'supported', 'atp'], ['7.6%', 'supported', 'spp']]);
    expect(cinema('In fiscal 2025, ticket prices and spend per head rose 3.3% and 9.6%, respectively.')).toEqual([['3.3%', 'supported', 'atp'], ['9.6%', 'contradicted', 'spp']]);
    // The kind only: a share after "and" is no change ("rose 3.3% and 7.6% of patrons bought snacks" is not "respectively").
    expect(lineFindings('cinechain', '2025-09-25', 'Picturedrome Group', 'In fiscal 2025, ticket prices rose 3.3%, and 7.6% of patrons bought a snack.').map((f) => f.claim.kind)).toEqual(['growth', 'percent']);
  });

  it('finds the levels a run of changes reached in its own clause only', () => {
    const cinema = (text: string) => line('cinechain', '2025-09-25', 'Picturedrome Group', text);
    const sentence = 'Concessions per patron climbed to £4.96, versus £4.61 a year ago (a record for the group); ticket prices and spend per head rose 3.3% and 7.6%, respectively.';
    expect(cinema(sentence).slice(2)).toEqual([['3.3%', 'supported', 'atp'], ['7.6%', 'supported', 'spp']]);
    expect(cinema(sentence.replace('3.3%', '4.3%')).slice(2)).toEqual([['4.3%', 'contradicted', 'atp'], ['7.6%', 'supported', 'spp']]);
  });

  it('gives each figure of a run "respectively" ends the segment its item names, and none of the whole', () => {
    const cells = (text: string) => lineFindings('krbatt', '2026-02-06', 'Seorin Energy', text).map((f) => [f.claim.text, f.code, f.facts.map((x) => x.id)]);
    const sentence = (eu: string) => `Nameplate capacity reached 310 GWh at the end of 2025; its plants in North America and Europe accounted for 135 GWh and ${eu}, respectively.`;
    expect(cells(sentence('92 GWh')).slice(1)).toEqual([['135 GWh', 'supported', ['sr-cap-na-2025-12']], ['92 GWh', 'supported', ['sr-cap-eu-2025-12']]]);
    expect(cells(sentence('97 GWh')).slice(1)).toEqual([['135 GWh', 'supported', ['sr-cap-na-2025-12']], ['97 GWh', 'contradicted', ['sr-cap-eu-2025-12']]]);
    // A list of places with no "respectively" still spans them all: no one segment's.
    expect(cells('Its plants in North America and Europe hold 227 GWh of capacity.')[0]![2]).not.toContain('sr-cap-na-2025-12');
  });

  it('shares the last item\'s noun with a one-word item, and reads an item\'s own qualifier as a part', () => {
    const rail = (text: string) => line('freightrr', '2026-01-29', 'Prairie Northern Railway', text);
    const sentence = (coal: string) => `Grain made up roughly 22% of fourth-quarter carloads, while coal and intermodal volumes fell ${coal} and 3%, respectively.`;
    expect(rail(sentence('10%')).slice(1)).toEqual([['10%', 'supported', 'carloads'], ['3%', 'unsourced', null]]);
    expect(rail(sentence('14%')).slice(1)).toEqual([['14%', 'contradicted', 'carloads'], ['3%', 'unsourced', null]]);
    const counts = lineFindings('freightrr', '2026-01-29', 'Prairie Northern Railway', 'In the fourth quarter, coal and intermodal volumes were 298,000 and 510,000, respectively.');
    expect(counts.map((f) => [f.claim.text, f.code])).toEqual([['298,000', 'supported'], ['510,000', 'unsourced']]);
    expect(counts[1]!.message).toContain('intermodal');
  });

  it('reads a later figure of a run "respectively" ends, alone in its clause, where the first stands', () => {
    const parts = (text: string) => line('autoparts', '2025-10-31', 'Torvane Automotive, Q3 2025', text);
    expect(parts("Torvane's sales were $4.35 billion in the third quarter, up 3% as light-vehicle production in North America and Europe rose 1% and 2%, respectively.").slice(2)).toEqual([['1%', 'unsourced', null], ['2%', 'unsourced', null]]);
    expect(parts("Torvane's sales were $4.35 billion in the third quarter, up 3%, and 2% in the nine months.")[2]).toEqual(['2%', 'unsourced', null]);
  });

  it('reads a clause after "and" opened by a superlative part and an apposition as that part\'s', () => {
    const cdmo = (text: string) => line('cdmo', '2025-08-21', 'Vireon Biologics', text);
    expect(cdmo('The ten largest customers accounted for 61% of first-half revenue, and the single largest, a US maker of obesity drugs, for about 23%.')).toEqual([['61%', 'supported', 'top10_share'], ['23%', 'unsourced', null]]);
    expect(cdmo('The ten largest customers accounted for 61% of first-half revenue, and the largest, a drugmaker, for 23%.')[1]).toEqual(['23%', 'unsourced', null]);
    // The whole again, set off the same way, is the whole's: "and the ten largest, mostly drugmakers, for about 23%" is red.
    expect(cdmo('The ten largest customers accounted for 61% of first-half revenue, and the ten largest, mostly drugmakers, for about 23%.')[1]).toEqual(['23%', 'contradicted', 'top10_share']);
  });

  it('reads "left" as a verb after a subject the facts do not know', () => {
    const auto = (text: string) => lineFindings('jpauto', '2025-11-12', 'Hokusei Motor', text).map((f) => [f.claim.text, f.code, f.entities]);
    expect(auto("Larger rival Kanzaki Motor left its full-year operating profit forecast unchanged at ¥3.8 trillion, which makes Hokusei's cut look worse than the tariff story alone explains.")).toEqual([['¥3.8 trillion', 'unsourced', []]]);
    expect(auto('Hokusei left its full-year operating profit forecast unchanged at ¥3.8 trillion.')).toEqual([['¥3.8 trillion', 'contradicted', ['hokusei']]]);
  });

  it('ends a sentence at a footnote marker after its full stop', () => {
    const it = (text: string) => lineFindings('itsvc', '2025-04-24', 'Sahyadri Technologies', text).map((f) => [f.claim.text, f.code, f.entities]);
    expect(it('Larger rival Meghdoot Systems reported fiscal 2025 revenue of $29.1 billion.[^1] Sahyadri trades at a discount to it.\n\n[^1]: Meghdoot reports in US dollars.')).toEqual([['$29.1 billion', 'unsourced', []]]);
    expect(it('Sahyadri reported fiscal 2025 revenue of $29.1 billion.[^1] Its shares trade at a discount.\n\n[^1]: In US dollars.')).toEqual([['$29.1 billion', 'contradicted', ['sahyadri']]]);
  });

  it('gives a share set right after its amount the amount\'s time, not another noun\'s year', () => {
    const box = (text: string) => lineFindings('boxline', '2026-03-10', 'Halvard Container Line', text).map((f) => [f.claim.text, f.code, f.facts.map((x) => x.id)]);
    expect(box("Charter costs climbed to $2.31 billion (about 10.6% of revenue) as the line renewed time-charters signed at 2024's elevated rates.")[1]).toEqual(['10.6%', 'supported', ['hv-charter-2025', 'hv-rev-2025']]);
    expect(box('In 2024, charter costs were $2.08 billion (about 10.6% of revenue).')[1]).toEqual(['10.6%', 'contradicted', ['hv-charter-2024', 'hv-rev-2024']]);
    // A share with no amount right before it still takes the sentence's year.
    expect(box('Charter costs were about 8.7% of revenue in 2024, when charters were signed at high rates.')[0]![1]).not.toBe('contradicted');
  });
});
describe('hotel franchisor note (levels and their changes paired by “respectively”, a list label naming the pipeline)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('larkspur'))).toEqual([
      ['$58.40', 'supported', ['larkspur-revpar-2025-q3']],
      ['$59.70', 'supported', ['larkspur-revpar-2024-q3']],
      ['2.2%', 'unsourced', []],
      ['64.8%', 'supported', ['larkspur-occupancy-2025-q3']],
      ['66.1%', 'supported', ['larkspur-occupancy-2024-q3']],
      ['130', 'unsourced', []],
      ['$90.10', 'unsourced', []],
      ['55.10', 'unsourced', []],
      ['-3.2%', 'supported', ['larkspur-revpar-us-2025-q3', 'larkspur-revpar-us-2024-q3']],
      ['71.80', 'unsourced', []],
      ['+3.6%', 'supported', ['larkspur-revpar-intl-2025-q3', 'larkspur-revpar-intl-2024-q3']],
      ['$72.30', 'supported', ['harborview-revpar-2025-q3']],
      ['$321 million', 'contradicted', ['larkspur-fees-2025-q3']],
      ['$171 million', 'supported', ['larkspur-ebitda-2025-q3']],
      // "Fee revenue and adjusted EBITDA were $312 million and $171 million, respectively, up 5.4% and 8.2% from a year earlier": was red as EBITDA's change.
      ['5.4%', 'supported', ['larkspur-fees-2025-q3', 'larkspur-fees-2024-q3']],
      ['8.2%', 'supported', ['larkspur-ebitda-2025-q3', 'larkspur-ebitda-2024-q3']],
      ['75%', 'supported', ['larkspur-fees-2025-q3', 'larkspur-revenue-2025-q3']],
      ['$418 million', 'supported', ['larkspur-revenue-2025-q3']],
      ['642,300 rooms', 'supported', ['larkspur-rooms-2025-09']],
      ['4.1%', 'unsourced', []],
      // "- Pipeline: 118,500 rooms, a record.": was red against the rooms in service (the figure's own noun before the label).
      ['118,500 rooms', 'supported', ['larkspur-pipeline-2025-09']],
      ['$640 million to $655 million', 'supported', ['larkspur-ebitda-guide-2025-10']],
      ['4% to 4.5%', 'supported', ['larkspur-nug-guide-2025-10']],
      ['$650–665 million', 'supported', ['larkspur-ebitda-guide-2025-07']],
    ]);
  });
});

describe('farm equipment dealer note (a January fiscal year, a margin that “compressed”)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('northfield'))).toEqual([
      ['$712.4 million', 'supported', ['nfi-revenue-fy26-q3']],
      ['10.3%', 'supported', ['nfi-revenue-fy26-q3', 'nfi-revenue-fy25-q3']],
      ['$794.1 million', 'supported', ['nfi-revenue-fy25-q3']],
      ['11.2%', 'supported', ['nfi-sss-fy26-q3']],
      ['$468.0 million', 'supported', ['nfi-revenue-ag-fy26-q3']],
      ['$139.6 million', 'supported', ['nfi-revenue-con-fy26-q3']],
      ['13.6%', 'unsourced', []],
      ['1.0%', 'unsourced', []],
      ['$104.8 million', 'supported', ['nfi-revenue-eu-fy26-q3']],
      ['15%', 'supported', ['nfi-revenue-eu-fy26-q3', 'nfi-revenue-fy26-q3']],
      // "Gross margin compressed 170 basis points year over year": was red, "compressed" no fall.
      ['170 basis points', 'supported', ['nfi-gm-fy26-q3', 'nfi-gm-fy25-q3']],
      ['16.9', 'supported', ['nfi-gm-fy26-q3']],
      ['18.6', 'supported', ['nfi-gm-fy25-q3']],
      ['6.8', 'contradicted', ['nfi-ni-fy26-q3']],
      ['11.8', 'supported', ['nfi-ni-fy25-q3']],
      ['$842 million', 'supported', ['nfi-inventory-2025-10']],
      ['$168 million', 'supported', ['nfi-inventory-2025-10', 'nfi-inventory-2025-01']],
      ['147', 'supported', ['nfi-stores-2025-10']],
      ['8.4%', 'supported', ['bigsky-sss-2025-q3']],
      // "Given weak demand, we expect fiscal 2026 adjusted EPS of $0.40 to $0.60, …": "Given" was a name the facts do not know (both unsourced).
      ['$0.40 to $0.60', 'supported', ['nfi-eps-guide-2025-11']],
      ['$0.55 to $0.80', 'supported', ['nfi-eps-guide-2025-08']],
      ['$2.04 billion', 'unsourced', []],
      ['$2.71 billion', 'supported', ['nfi-revenue-fy25']],
    ]);
  });
});

describe('listed football club note (seasons as fiscal years, a level a change reached, player trading)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('westerhaven'))).toEqual([
      ['11.0%', 'supported', ['wh-revenue-fy25', 'wh-revenue-fy24']],
      // "Revenue for fiscal 2025 rose 11.0% to €238.6 million, from €214.9 million in fiscal 2024": was outdated, the level reached had no time.
      ['€238.6 million', 'supported', ['wh-revenue-fy25']],
      ['€214.9 million', 'supported', ['wh-revenue-fy24']],
      ['€112.3 million', 'supported', ['wh-broadcasting-fy25']],
      ['€79.8 million', 'supported', ['wh-commercial-fy25']],
      ['€46.5 million', 'supported', ['wh-matchday-fy25']],
      ['18.6%', 'unsourced', []],
      ['€152.7 million', 'supported', ['wh-wages-fy25']],
      ['64.0%', 'supported', ['wh-wtr-fy25']],
      ['160 basis points', 'supported', ['wh-wtr-fy25', 'wh-wtr-fy24']],
      ['70%', 'unsourced', []],
      ['€301.4 million', 'supported', ['haldane-revenue-fy25']],
      ['71.3%', 'supported', ['haldane-wtr-fy25']],
      ['61.2', 'supported', ['wh-trading-fy25']],
      ['8.4', 'supported', ['wh-netincome-fy25']],
      // A season row label dates its row, whatever the first column is called (part 58).
      ['88.5', 'supported', ['wh-trading-fy24']],
      ['14.1', 'supported', ['wh-netincome-fy24']],
      ['48,200', 'supported', ['wh-attendance-fy25']],
      ['46,900', 'supported', ['wh-attendance-fy24']],
      ['31,500', 'unsourced', []],
      ['€79.5 million', 'contradicted', ['wh-netdebt-2025-06']],
      ['€225 million to €240 million', 'supported', ['wh-revenue-guide-fy26']],
      ['62%', 'supported', ['wh-wtr-guide-fy26']],
      ['€51.2 million', 'supported', ['wh-revenue-fy26-q1']],
      ['€48 million', 'unsourced', []],
    ]);
  });
});

describe('offshore wind developer note (a year before “respectively”, capacity factors)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('offwind'))).toEqual([
      ['7.4 GW', 'supported', ['veldmark-capacity-2024']],
      ['6.1 GW', 'supported', ['veldmark-capacity-2023']],
      ['5.2 GW', 'supported', ['corran-capacity-2024']],
      ['17%', 'supported', ['veldmark-generation-2024', 'veldmark-generation-2023']],
      ['26.8 TWh', 'supported', ['veldmark-generation-2024']],
      ['22.9 TWh', 'supported', ['veldmark-generation-2023']],
      ['42.3%', 'unsourced', []],
      ['120 basis points', 'unsourced', []],
      ['41.1%', 'unsourced', []],
      // "Revenue and EBITDA were €5.62 billion and €3.41 billion in 2024, respectively": was outdated, the year only the second figure's.
      ['€5.62 billion', 'supported', ['veldmark-revenue-2024']],
      ['€3.41 billion', 'supported', ['veldmark-ebitda-2024']],
      ['13%', 'supported', ['veldmark-revenue-2024', 'veldmark-revenue-2023']],
      ['41%', 'supported', ['veldmark-revenue-2024-uk', 'veldmark-revenue-2024']],
      ['2.31', 'supported', ['veldmark-revenue-2024-uk']],
      ['1.74', 'supported', ['veldmark-revenue-2024-germany']],
      ['8.1 TWh', 'supported', ['veldmark-generation-2025-q1']],
      ['9%', 'supported', ['veldmark-generation-2025-q1', 'veldmark-generation-2024-q1']],
      ['€1.72 billion', 'contradicted', ['veldmark-revenue-2025-q1']],
      ['€5.5–6.0 billion', 'supported', ['veldmark-capex-2025-guidance']],
      ['38 GW', 'supported', ['veldmark-pipeline-2025-02']],
      ['nine markets', 'unsourced', []],
      ['€3.6 billion to €3.9 billion', 'supported', ['veldmark-ebitda-2025-guidance']],
      ['€78/MWh', 'supported', ['veldmark-ppa-price-2024']],
      ['85%', 'unsourced', []],
      ['1.3 GW', 'unsourced', []],
    ]);
  });
});

describe('animal health note (a rival compared with and its “whose” clause, “edged up to”, a year figure with later quarters)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('animalhealth'))).toEqual([
      ['6.8%', 'supported', ['corvane-revenue-2024', 'corvane-revenue-2023']],
      ['$9.12 billion', 'supported', ['corvane-revenue-2024']],
      // "…comfortably ahead of Halbrook Animal Health, whose revenue was $4.9 billion": was red as Corvane's revenue.
      ['$4.9 billion', 'supported', ['halbrook-revenue-2024']],
      ['9.5%', 'supported', ['corvane-companion-2024', 'corvane-companion-2023']],
      // "companion animal revenue rose 9.5% to $5.87 billion" (no year) in May: the latest full year's, later quarters do not make it stale (was outdated).
      ['$5.87 billion', 'supported', ['corvane-companion-2024']],
      // The planted error: "edged up to $3.52 billion" was read as at most $3.52 billion, and supported.
      // Quoted against the year it is nearest to, not the later quarter (part 58).
      ['$3.52 billion', 'contradicted', ['corvane-livestock-2024']],
      ['$3.18 billion', 'outdated', ['corvane-livestock-2025-q1', 'corvane-livestock-2023']],
      ['62%', 'supported', ['corvane-pruvexa-2024', 'corvane-pruvexa-2023']],
      ['$612 million', 'supported', ['corvane-pruvexa-2024']],
      ['7%', 'unsourced', []],
      ['$48 million', 'unsourced', []],
      ['80 basis points', 'supported', ['corvane-gross-margin-2024', 'corvane-gross-margin-2023']],
      ['70.4%', 'supported', ['corvane-gross-margin-2024']],
      ['$640 million', 'supported', ['corvane-rd-2024']],
      ['7.0%', 'supported', ['corvane-rd-2024', 'corvane-revenue-2024']],
      ['1,548', 'unsourced', []],
      ['+8%', 'unsourced', []],
      ['762', 'supported', ['corvane-livestock-2025-q1']],
      ['+2%', 'supported', ['corvane-livestock-2025-q1', 'corvane-livestock-2024-q1']],
      ['2,310', 'supported', ['corvane-revenue-2025-q1']],
      ['+6%', 'supported', ['corvane-revenue-2025-q1', 'corvane-revenue-2024-q1']],
      ['$9.55 billion to $9.75 billion', 'supported', ['corvane-revenue-guidance-2025-05']],
      ['$9.45 billion to $9.70 billion', 'supported', ['corvane-revenue-guidance-2025-02']],
      ['$6.20 to $6.35', 'unsourced', []],
      ['13,800', 'supported', ['corvane-employees-2024']],
    ]);
  });
});

describe('postal operator note (letters and parcels, headcount “on a year earlier”)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('postal'))).toEqual([
      ['9%', 'supported', ['caledon-letters-fy2025', 'caledon-letters-fy2024']],
      ['6.1 billion', 'supported', ['caledon-letters-fy2025']],
      ['11%', 'supported', ['caledon-parcels-fy2025', 'caledon-parcels-fy2024']],
      ['1.32 billion', 'supported', ['caledon-parcels-fy2025']],
      ['391 million parcels', 'supported', ['caledon-parcels-fy2025-q3']],
      ['11%', 'supported', ['caledon-parcels-fy2025-q3', 'caledon-parcels-fy2024-q3']],
      ['960 million parcels', 'supported', ['swiftline-parcels-2024']],
      ['31%', 'supported', ['caledon-market-share-2025-05']],
      ['8,940', 'supported', ['caledon-revenue-fy2025']],
      ['8,610', 'supported', ['caledon-revenue-fy2024']],
      ['421', 'contradicted', ['caledon-adj-op-fy2025']],
      ['268', 'supported', ['caledon-adj-op-fy2024']],
      ['3.8%', 'unsourced', []],
      ['9%', 'supported', ['caledon-parcel-revenue-fy2025', 'caledon-parcel-revenue-fy2024']],
      ['£4.71 billion', 'supported', ['caledon-parcel-revenue-fy2025']],
      ['53%', 'unsourced', []],
      ['150 basis points', 'unsourced', []],
      ['4.6%', 'unsourced', []],
      ['£1.70', 'supported', ['caledon-stamp-2025-04']],
      ['£1.65', 'supported', ['caledon-stamp-2024-10']],
      ['132,400', 'supported', ['caledon-employees-2025-03']],
      ['6,500', 'unsourced', []],
      ['£534 million', 'supported', ['caledon-capex-fy2025']],
      ['£600–650 million', 'supported', ['caledon-capex-fy2026-guidance']],
      ['4,000 roles', 'unsourced', []],
    ]);
  });
});

describe('city transit agency note (a fiscal year to June, ridership against 2019, farebox recovery)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('citytransit'))).toEqual([
      ['173.6 million unlinked passenger trips', 'supported', ['pcrta-ridership-fy2025']],
      ['9.2%', 'supported', ['pcrta-ridership-fy2025', 'pcrta-ridership-fy2024']],
      ['18%', 'supported', ['pcrta-ridership-fy2025', 'pcrta-ridership-fy2019']],
      // "Ridership is 18% below fiscal 2019 levels, when it was 212.4 million trips": was outdated (", when" after "levels").
      ['212.4 million trips', 'supported', ['pcrta-ridership-fy2019']],
      ['99.1', 'supported', ['pcrta-ridership-bus-fy2025']],
      ['+7.7%', 'supported', ['pcrta-ridership-bus-fy2025', 'pcrta-ridership-bus-fy2024']],
      ['74.5', 'supported', ['pcrta-ridership-rail-fy2025']],
      ['+11.4%', 'supported', ['pcrta-ridership-rail-fy2025', 'pcrta-ridership-rail-fy2024']],
      ['$259.4 million', 'supported', ['pcrta-fare-revenue-fy2025']],
      ['$238.7 million', 'unsourced', []],
      ['23.9%', 'supported', ['pcrta-farebox-fy2025']],
      ['87.3%', 'supported', ['pcrta-otp-fy2025']],
      // "Farebox recovery improved 140 basis points": "improved" was no change verb (unsourced).
      ['140 basis points', 'supported', ['pcrta-farebox-fy2025', 'pcrta-farebox-fy2024']],
      ['37.2%', 'unsourced', []],
      ['$648.5 million', 'contradicted', ['pcrta-subsidy-fy2025']],
      ['6.8%', 'supported', ['pcrta-subsidy-fy2025', 'pcrta-subsidy-fy2024']],
      ['$268 million', 'supported', ['pcrta-fare-revenue-fy2026-budget']],
      ['181 million trips', 'supported', ['pcrta-ridership-fy2026-budget']],
      ['44.8 million trips', 'supported', ['pcrta-ridership-q1-fy2026']],
      ['41.2 million', 'supported', ['pcrta-ridership-q1-fy2025']],
      ['8.7%', 'supported', ['pcrta-ridership-q1-fy2026', 'pcrta-ridership-q1-fy2025']],
      ['31%', 'unsourced', []],
      ['$1.14 billion', 'supported', ['pcrta-operating-budget-fy2026']],
      ['$180 million to $220 million', 'unsourced', []],
      ['$1.085 billion', 'supported', ['pcrta-opex-fy2025']],
    ]);
  });
});

describe('luxury watchmaker note (Swiss francs, regions, units and average price)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('watchmaker'))).toEqual([
      ['4.4%', 'supported', ['valterre-revenue-h1-2025', 'valterre-revenue-h1-2024']],
      ['CHF 1.43 billion', 'supported', ['valterre-revenue-h1-2025']],
      ['56,800 watches', 'supported', ['valterre-watches-h1-2025']],
      ['1.9%', 'supported', ['valterre-watches-h1-2025', 'valterre-watches-h1-2024']],
      ['CHF 25,200', 'supported', ['valterre-asp-h1-2025']],
      ['36%', 'supported', ['valterre-revenue-h1-2025-apac', 'valterre-revenue-h1-2025']],
      ['515', 'supported', ['valterre-revenue-h1-2025-apac']],
      ['+1.2%', 'supported', ['valterre-revenue-h1-2025-apac', 'valterre-revenue-h1-2024-apac']],
      ['472', 'supported', ['valterre-revenue-h1-2025-europe']],
      ['+1.9%', 'supported', ['valterre-revenue-h1-2025-europe', 'valterre-revenue-h1-2024-europe']],
      ['329', 'supported', ['valterre-revenue-h1-2025-americas']],
      ['+22.8%', 'supported', ['valterre-revenue-h1-2025-americas', 'valterre-revenue-h1-2024-americas']],
      ['114', 'supported', ['valterre-revenue-h1-2025-mideast']],
      ['-12.3%', 'supported', ['valterre-revenue-h1-2025-mideast', 'valterre-revenue-h1-2024-mideast']],
      ['130 basis points', 'supported', ['valterre-gm-h1-2025', 'valterre-gm-h1-2024']],
      ['66.2%', 'supported', ['valterre-gm-h1-2025']],
      ['24.3%', 'supported', ['valterre-opm-h1-2025']],
      ['CHF 2.68 billion', 'contradicted', ['valterre-revenue-2024']],
      ['118,200 watches', 'supported', ['valterre-watches-2024']],
      ['124,500 watches', 'supported', ['valterre-watches-2023']],
      ['67.1%', 'supported', ['valterre-gm-2024']],
      ['68.4%', 'supported', ['valterre-gm-2023']],
      ['7%', 'unsourced', []],
      ['65.5% to 66.5%', 'supported', ['valterre-gm-2025-guidance']],
      ['115,000 watches', 'supported', ['valterre-watches-2025-guidance']],
    ]);
  });
});

describe('data-center REIT note (MW leased, rent per kW per month, guidance “previously”)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('dcreit'))).toEqual([
      ['86 MW', 'supported', ['corvane-signings-2025-q2']],
      ['61 MW', 'supported', ['corvane-signings-2025-q1']],
      ['1,153 MW', 'supported', ['corvane-leased-2025-06']],
      ['16.8%', 'supported', ['corvane-leased-2025-06', 'corvane-leased-2024-06']],
      ['60 basis points', 'supported', ['corvane-occupancy-2025-06', 'corvane-occupancy-2025-03']],
      ['93.0%', 'supported', ['corvane-occupancy-2025-06']],
      ['1,240 MW', 'supported', ['corvane-capacity-2025-06']],
      ['1,058 MW', 'contradicted', ['corvane-capacity-2024-06']],
      ['66%', 'supported', ['corvane-revenue-na-2025-q2', 'corvane-revenue-2025-q2']],
      ['412', 'supported', ['corvane-revenue-na-2025-q2']],
      ['+12.9%', 'supported', ['corvane-revenue-na-2025-q2', 'corvane-revenue-na-2024-q2']],
      ['151', 'supported', ['corvane-revenue-emea-2025-q2']],
      ['+18.0%', 'supported', ['corvane-revenue-emea-2025-q2', 'corvane-revenue-emea-2024-q2']],
      ['64', 'supported', ['corvane-revenue-apac-2025-q2']],
      ['+20.8%', 'supported', ['corvane-revenue-apac-2025-q2', 'corvane-revenue-apac-2024-q2']],
      ['8.4%', 'unsourced', []],
      ['$142 per kW', 'supported', ['corvane-rent-2025-06']],
      ['89.5%', 'unsourced', []],
      ['860 MW', 'supported', ['corvane-pipeline-2025-06']],
      ['$2.4 billion', 'supported', ['corvane-capex-guidance-2025-jul']],
      ['$2.1 billion', 'supported', ['corvane-capex-guidance-2025-feb']],
      // "more than 300 MW of signed-but-not-yet-commenced leases": was red against one quarter's signings ("but" and "not" inside the compound split the clause and denied it).
      ['300 MW', 'unsourced', []],
      ['$1.78', 'supported', ['corvane-affo-ps-2025-q2']],
      ['$6.85–$6.95 per share', 'supported', ['corvane-affo-guidance-2025-jul']],
      ['$6.75–$6.85', 'unsourced', []],
    ]);
  });
});

describe('packaged food note (organic growth, price/mix, leverage a year earlier)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('frozen'))).toEqual([
      ['$2.96 billion', 'supported', ['hgf-sales-q1fy27']],
      ['2.8%', 'supported', ['hgf-sales-q1fy27', 'hgf-sales-q1fy26']],
      ['$2.88 billion', 'supported', ['hgf-sales-q1fy26']],
      ['3.4%', 'supported', ['hgf-organic-q1fy27']],
      ['2.6%', 'supported', ['hgf-organic-fy26']],
      // "Organic growth was 2.6% for fiscal 2026 as a whole, when net sales were $11.84 billion": was outdated.
      ['$11.84 billion', 'supported', ['hgf-sales-fy26']],
      ['1.1%', 'supported', ['hgf-volume-q1fy27']],
      ['2.3 percentage points', 'unsourced', []],
      ['0.6%', 'supported', ['frostmere-organic-2026q2']],
      ['1,460', 'contradicted', ['hgf-frozen-sales-q1fy27']],
      ['4.9%', 'supported', ['hgf-organic-frozen-q1fy27']],
      ['1,120', 'supported', ['hgf-gs-sales-q1fy27']],
      ['2.2%', 'supported', ['hgf-organic-gs-q1fy27']],
      ['430', 'supported', ['hgf-fs-sales-q1fy27']],
      ['2.4%', 'unsourced', []],
      ['47.6%', 'supported', ['hgf-frozen-sales-q1fy27', 'hgf-sales-q1fy27']],
      ['27.4%', 'supported', ['hgf-gm-q1fy27']],
      ['13.8%', 'supported', ['hgf-aom-q1fy27']],
      ['60 basis points', 'unsourced', []],
      ['3.1x', 'supported', ['hgf-leverage-2026-08']],
      // "Net leverage ended the quarter at 3.1x (3.4x a year earlier)": was outdated, read as a multiple over time.
      ['3.4x', 'supported', ['hgf-leverage-2025-08']],
      ['1.5% to 2.5%', 'supported', ['hgf-organic-guide-fy27-sep']],
      ['$2.55 to $2.65', 'supported', ['hgf-eps-guide-fy27']],
      ['5%', 'unsourced', []],
      ['$11.52 billion', 'supported', ['hgf-sales-fy25']],
    ]);
  });
});

describe('online travel agency note (room nights, take rate, a share after its amount and its time)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ota'))).toEqual([
      ['318 million room nights', 'supported', ['vt-rn-2026q3']],
      ['7.4%', 'supported', ['vt-rn-2026q3', 'vt-rn-2025q3']],
      ['296 million', 'supported', ['vt-rn-2025q3']],
      ['$47.2 billion', 'supported', ['vt-gb-2026q3']],
      ['+9.5%', 'supported', ['vt-gb-2026q3', 'vt-gb-2025q3']],
      ['$6.12 billion', 'supported', ['vt-rev-2026q3']],
      ['$2.47 billion', 'contradicted', ['vt-ebitda-2026q3']],
      ['11.1%', 'supported', ['vt-rev-2026q3', 'vt-rev-2025q3']],
      ['13.0%', 'supported', ['vt-take-2026q3']],
      ['12.8%', 'supported', ['vt-take-2025q3']],
      ['$2.33 billion', 'supported', ['vt-mkt-2026q3']],
      // "…was $2.33 billion in Q3 2026, or 38.1% of revenue": the amount's time stands between (a variant with "versus 39.6% a year earlier" made the 38.1% red).
      ['38.1%', 'supported', ['vt-mkt-2026q3', 'vt-rev-2026q3']],
      ['39.6%', 'unsourced', []],
      ['120 basis points', 'supported', ['vt-ebitdam-2026q3', 'vt-ebitdam-2025q3']],
      ['39.4%', 'supported', ['vt-ebitdam-2026q3']],
      ['142', 'supported', ['vt-rn-europe-2026q3']],
      ['+4%', 'supported', ['vt-rn-europe-2026q3', 'vt-rn-europe-2025q3']],
      ['71', 'supported', ['vt-rn-asia-2026q3']],
      ['+18%', 'supported', ['vt-rn-asia-2026q3', 'vt-rn-asia-2025q3']],
      ['$21.8 billion', 'supported', ['sky-gb-2026q3']],
      ['5% to 7%', 'supported', ['vt-rng-guide-q4']],
      ['$7.90–8.05 billion', 'supported', ['vt-ebitda-guide-fy26-nov']],
      ['$7.70–7.90 billion', 'supported', ['vt-ebitda-guide-fy26-aug']],
      ['40%', 'unsourced', []],
      ['$172', 'supported', ['vt-adr-2026q3']],
    ]);
  });
});

describe('gold streaming and royalty note (GEOs, cash margin per ounce, a “% of total” column)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('streamer'))).toEqual([
      ['41,200', 'supported', ['au-geo-2026q3']],
      ['12%', 'supported', ['au-geo-2026q3', 'au-geo-2025q3']],
      ['36,800', 'supported', ['au-geo-2025q3']],
      ['$139.7 million', 'supported', ['au-rev-2026q3']],
      ['53%', 'supported', ['au-rev-2026q3', 'au-rev-2025q3']],
      ['$91.3 million', 'supported', ['au-rev-2025q3']],
      ['$3,010 per GEO', 'supported', ['au-cm-2026q3']],
      ['$2,140', 'supported', ['au-cm-2025q3']],
      ['$3,329 an ounce', 'contradicted', ['au-price-2026q3']],
      ['$382 per GEO', 'supported', ['au-cc-2026q3']],
      ['$340', 'supported', ['au-cc-2025q3']],
      ['31,900', 'supported', ['au-geo-gold-2026q3']],
      ['77%', 'unsourced', []],
      ['7,300', 'supported', ['au-geo-silver-2026q3']],
      ['18%', 'unsourced', []],
      ['2,000', 'unsourced', []],
      ['5%', 'unsourced', []],
      ['98,400', 'supported', ['meridia-geo-2026q3']],
      ['$525 million', 'supported', ['au-piedra-deposit']],
      ['$1.21 billion', 'supported', ['au-liquidity-2026-09']],
      ['6.5%', 'unsourced', []],
      ['20%', 'unsourced', []],
      ['14,000', 'unsourced', []],
      ['158,000–168,000', 'supported', ['au-geo-guide-2026-nov']],
      ['612,000 ounces', 'supported', ['au-silver-2026q3']],
    ]);
  });
});

describe('part 57 rules, second round, each pinned both ways on the notes that found them', () => {
  const line = (name: string, date: string, heading: string, text: string) => lineFindings(name, date, heading, text).map((f) => [f.claim.text, f.code, f.metric ?? null]);
  const codes = (name: string, date: string, heading: string, text: string) => lineFindings(name, date, heading, text).map((f) => [f.claim.text, f.code]);

  it('reads a share of its amount with the amount\'s own time between them, and a share whose subject is its part\'s metric', () => {
    const ota = (text: string) => codes('ota', '2026-11-12', 'Vantora Travel', text);
    expect(ota('Marketing expense was $2.33 billion in Q3 2026, or 38.1% of revenue, versus 39.6% a year earlier.')).toEqual([['$2.33 billion', 'supported'], ['38.1%', 'supported'], ['39.6%', 'supported']]);
    expect(ota('Marketing expense was $2.33 billion in Q3 2026, or 36.1% of revenue, versus 35.6% a year earlier.')).toEqual([['$2.33 billion', 'supported'], ['36.1%', 'contradicted'], ['35.6%', 'contradicted']]);
    expect(ota('Marketing expense was 38.1% of revenue in Q3 2026.')).toEqual([['38.1%', 'supported']]);
    expect(ota('Marketing expense was 35.1% of revenue in Q3 2026.')).toEqual([['35.1%', 'contradicted']]);
  });

  it('pairs a run of changes with the run of levels "respectively" pairs, before or after it', () => {
    const hotel = (text: string) => line('larkspur', '2025-11-12', 'Larkspur Hospitality Group', text);
    expect(hotel('Fee revenue and adjusted EBITDA were $312 million and $171 million, respectively, up 5.4% and 8.2% from a year earlier.').map(([t, c]) => [t, c])).toEqual([
      ['$312 million', 'supported'], ['$171 million', 'supported'], ['5.4%', 'supported'], ['8.2%', 'supported'],
    ]);
    expect(hotel('Fee revenue and adjusted EBITDA were $312 million and $171 million, up 5.4% and 8.2%, respectively.').map(([t, c, m]) => [t, c, m])).toEqual([
      ['$312 million', 'supported', 'fee_revenue'], ['$171 million', 'supported', 'adj_ebitda'], ['5.4%', 'supported', 'fee_revenue'], ['8.2%', 'supported', 'adj_ebitda'],
    ]);
    // Swapped, each is wrong again.
    expect(hotel('Fee revenue and adjusted EBITDA were $171 million and $312 million, up 5.4% and 8.2%, respectively.').slice(0, 2).map(([, c]) => c)).toEqual(['contradicted', 'contradicted']);
  });

  it('gives a time right before "respectively" to every figure of the run', () => {
    const wind = (text: string) => codes('offwind', '2025-05-15', 'Veldmark Offshore', text);
    const times = lineFindings('offwind', '2025-05-15', 'Veldmark Offshore', 'Revenue and EBITDA were €5.62 billion and €3.41 billion in 2024, respectively.');
    expect(times.map((f) => [f.claim.text, f.code, f.claim.time?.text ?? null])).toEqual([['€5.62 billion', 'supported', 'in 2024'], ['€3.41 billion', 'supported', 'in 2024']]);
    expect(wind('Revenue and EBITDA were €5.12 billion and €3.41 billion in 2024, respectively.')).toEqual([['€5.12 billion', 'contradicted'], ['€3.41 billion', 'supported']]);
  });

  it('reads "edged up to" as the level reached, "up to" alone as a limit', () => {
    const vet = (text: string) => lineFindings('animalhealth', '2025-05-20', 'Corvane Animal Health', text).map((f) => [f.claim.text, f.code, f.claim.bound ?? null]);
    expect(vet('Livestock revenue edged up to $3.52 billion in 2024.')[0]!.slice(0, 2)).toEqual(['$3.52 billion', 'contradicted']);
    expect(vet('Livestock revenue edged up to $3.25 billion in 2024.')[0]!.slice(0, 2)).toEqual(['$3.25 billion', 'supported']);
    expect(vet('Livestock revenue could reach up to $3.52 billion in 2024.')[0]![1]).not.toBe('contradicted');
  });

  it('gives a "whose" clause\'s figure to the name before it, a name compared with too', () => {
    const vet = (text: string) => lineFindings('animalhealth', '2025-05-20', 'Corvane Animal Health', text).map((f) => [f.claim.text, f.code, f.entities]);
    expect(vet('Corvane grew revenue 6.8% to $9.12 billion in 2024, comfortably ahead of Halbrook Animal Health, whose revenue was $4.9 billion.')[2]).toEqual(['$4.9 billion', 'supported', ['halbrook']]);
    expect(vet('Corvane competes with Halbrook, whose 2024 revenue was $4.9 billion.')).toEqual([['$4.9 billion', 'supported', ['halbrook']]]);
    expect(vet('Corvane competes with Halbrook, whose 2024 revenue was $5.9 billion.')).toEqual([['$5.9 billion', 'contradicted', ['halbrook']]]);
  });

  it('reads "compressed" as a fall and "improved" as a change of either sign', () => {
    expect(codes('northfield', '2025-12-01', 'Northfield Implement', 'Gross margin compressed 170 basis points year over year.')).toEqual([['170 basis points', 'supported']]);
    expect(codes('northfield', '2025-12-01', 'Northfield Implement', 'Gross margin compressed 270 basis points year over year.')).toEqual([['270 basis points', 'contradicted']]);
    const cinema = (text: string) => codes('cinechain', '2025-09-25', 'Picturedrome Group', text);
    expect(cinema('In fiscal 2025, the EBITDA margin improved 180 basis points.')).toEqual([['180 basis points', 'supported']]);
    expect(cinema('In fiscal 2025, the EBITDA margin improved 120 basis points.')).toEqual([['120 basis points', 'contradicted']]);
  });

  it('reads a multiple "a year earlier" as the earlier level it is compared with', () => {
    const food = (text: string) => codes('frozen', '2026-10-06', 'Harrowgate Foods', text);
    expect(food('Net leverage was 3.1x, down from 3.4x a year earlier.')).toEqual([['3.1x', 'supported'], ['3.4x', 'supported']]);
    expect(food('Net leverage was 3.1x, down from 3.9x a year earlier.')).toEqual([['3.1x', 'supported'], ['3.9x', 'contradicted']]);
  });

  it('gives the level a change reached the period stated before the change', () => {
    const club = (text: string) => lineFindings('westerhaven', '2025-11-20', 'AFC Westerhaven', text).map((f) => [f.claim.text, f.code, f.claim.time?.text ?? null]);
    expect(club('Revenue for fiscal 2025 rose 11.0% to €238.6 million, from €214.9 million in fiscal 2024.')[1]).toEqual(['€238.6 million', 'supported', 'for fiscal 2025']);
    // Not a start of the change ("rose 11% from fiscal 2024 to €238.6 million" names where it started).
    expect(club('Revenue rose 11.0% from fiscal 2024 to €238.6 million.').at(-1)![2]).not.toBe('fiscal 2024');
  });

  it('reads a ", when" clause after a time and the words closing its noun phrase as of that time', () => {
    const city = (text: string) => codes('citytransit', '2025-10-20', 'Port Calder Regional Transit Authority', text);
    expect(city('Ridership is 18% below fiscal 2019 levels, when it was 212.4 million trips.')[1]).toEqual(['212.4 million trips', 'supported']);
    expect(city('Ridership is 18% below fiscal 2019 levels, when it was 232.4 million trips.')[1]).toEqual(['232.4 million trips', 'contradicted']);
    expect(codes('frozen', '2026-10-06', 'Harrowgate Foods', 'Organic growth was 2.6% for fiscal 2026 as a whole, when net sales were $11.84 billion.')[1]).toEqual(['$11.84 billion', 'supported']);
  });

  it('starts a change only from a level chained to it, and keeps a year figure current until a later year', () => {
    const vet = (text: string) => codes('animalhealth', '2025-05-20', 'Corvane Animal Health', text);
    expect(vet('Companion animal revenue rose 9.5% to $5.87 billion in 2024, while livestock revenue rose to $3.25 billion from $3.18 billion.').slice(2)).toEqual([['$3.25 billion', 'supported'], ['$3.18 billion', 'supported']]);
    expect(vet('Livestock revenue rose to $3.25 billion from $3.08 billion.')).toEqual([['$3.25 billion', 'supported'], ['$3.08 billion', 'contradicted']]);
    // (Its message names the segment: "Corvane Animal Health's livestock revenue: $3.08 billion — the earlier sourced figure…".)
    expect(lineFindings('animalhealth', '2025-05-20', 'Corvane Animal Health', 'Livestock revenue rose to $3.25 billion from $3.08 billion.')[1]!.message).toContain("Health's livestock revenue: $3.08 billion");
    // The year's figure with only quarters after it stays current; an older year's does not.
    expect(vet('Livestock revenue was $3.18 billion.')).toEqual([['$3.18 billion', 'outdated']]);
  });

  it('reads a hyphened compound as one word: no clause break, no denial, a count not yet in service', () => {
    const dc = (text: string) => lineFindings('dcreit', '2025-08-01', 'Corvane Digital Realty', text).map((f) => [f.claim.text, f.code, f.message.includes('not yet in service')]);
    expect(dc('Corvane has more than 300 MW of signed-but-not-yet-commenced leases.')).toEqual([['300 MW', 'unsourced', true]]);
    expect(dc('Corvane has more than 300 MW of signed leases awaiting commencement.')).toEqual([['300 MW', 'unsourced', true]]);
    expect(dc('Corvane signed more than 300 MW of leases in the second quarter.')[0]!.slice(0, 2)).toEqual(['300 MW', 'contradicted']);
    // A denial outside a compound still denies: "does not have".
    expect(lineFindings('dcreit', '2025-08-01', 'Corvane Digital Realty', 'Corvane does not have 300 MW of leases.')[0]!.message).toContain('denies');
  });

  it('reads "Given", "Excluding" and the like opening a sentence as no name', () => {
    const farm = (text: string) => lineFindings('northfield', '2025-12-01', 'Northfield Implement', text).map((f) => [f.claim.text, f.code, f.entities]);
    expect(farm('Given weak demand, we expect fiscal 2026 adjusted EPS of $0.40 to $0.60.')).toEqual([['$0.40 to $0.60', 'supported', ['northfield']]]);
    expect(farm('Excluding currency, we expect fiscal 2026 adjusted EPS of $0.45 to $0.70.')).toEqual([['$0.45 to $0.70', 'contradicted', ['northfield']]]);
    // A capital that is a name still owns its clause: "Greenfield expects fiscal 2026 adjusted EPS of $0.40 to $0.60".
    expect(farm('Greenfield expects fiscal 2026 adjusted EPS of $0.40 to $0.60.')[0]![2]).toEqual([]);
  });

  it('takes a list label\'s metric over the figure\'s own noun', () => {
    const hotel = (text: string) => line('larkspur', '2025-11-12', 'Larkspur Hospitality Group', text);
    expect(hotel('- Pipeline: 118,500 rooms, a record.')).toEqual([['118,500 rooms', 'supported', 'pipeline']]);
    expect(hotel('- Pipeline: 128,500 rooms, a record.')).toEqual([['128,500 rooms', 'contradicted', 'pipeline']]);
    expect(hotel('The system had 642,300 rooms at September 30.')[0]![2]).toBe('system_rooms');
  });
});
describe('contract caterer note (a fiscal year to September, a lead-in to its guidance list, "$6.34 a meal")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('caterer'))).toEqual([
      ['$8.42 billion', 'supported', ['hts-rev-fy2026']],
      ['7.1%', 'supported', ['hts-rev-fy2026', 'hts-rev-fy2025']],
      ['6.4%', 'supported', ['hts-organic-fy2026']],
      ['7.9%', 'supported', ['hts-rev-fy2026-q4', 'hts-rev-fy2025-q4']],
      ['$2.18 billion', 'supported', ['hts-rev-fy2026-q4']],
      ['$2.02 billion', 'supported', ['hts-rev-fy2025-q4']],
      ['40 basis points', 'unsourced', []],
      ['6.9%', 'unsourced', []],
      ['95.2%', 'unsourced', []],
      ['$6.42', 'unsourced', []],
      ['1.31 billion meals', 'supported', ['hts-meals-fy2026']],
      ['6.5%', 'contradicted', ['hts-meals-fy2026', 'hts-meals-fy2025']],
      ['61,000', 'supported', ['hts-employees-2026-09']],
      ['$2.61 billion', 'supported', ['hts-hc-fy2026']],
      ['31%', 'supported', ['hts-hc-fy2026', 'hts-rev-fy2026']],
      ['$3.12 billion', 'supported', ['hts-edu-fy2026']],
      ['+5.8%', 'supported', ['hts-edu-fy2026', 'hts-edu-fy2025']],
      ['3,121', 'supported', ['hts-edu-fy2026']],
      ['+5.8%', 'supported', ['hts-edu-fy2026', 'hts-edu-fy2025']],
      ['2,606', 'supported', ['hts-hc-fy2026']],
      ['+9.5%', 'supported', ['hts-hc-fy2026', 'hts-hc-fy2025']],
      ['2,691', 'supported', ['hts-bi-fy2026']],
      ['+6.3%', 'supported', ['hts-bi-fy2026', 'hts-bi-fy2025']],
      ['$11.6 billion', 'supported', ['pemberton-rev-2025']],
      ['4.2%', 'supported', ['pemberton-rev-2025', 'pemberton-rev-2024']],
      ['1.3 billion meals', 'supported', ['hts-meals-fy2026']],
      ['$8.85 billion to $9.05 billion', 'supported', ['hts-rev-guide-fy2027']],
      ['5% to 7%', 'supported', ['hts-organic-guide-fy2027']],
      ['7.0% to 7.3%', 'supported', ['hts-opm-guide-fy2027']],
      ['$6.34 a meal', 'supported', ['hts-rpm-fy2025']],
    ]);
  });
});

describe('staffing agency note (hours billed, a bill rate per hour, a country table)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('staffing'))).toEqual([
      ['4.3%', 'supported', ['vt-rev-2026-q3', 'vt-rev-2025-q3']],
      ['€1.28 billion', 'supported', ['vt-rev-2026-q3']],
      ['€1.23 billion', 'supported', ['vt-rev-2025-q3']],
      ['2.8%', 'supported', ['vt-rev-2026-q3', 'vt-rev-2026-q2']],
      ['38.6 million', 'supported', ['vt-hours-2026-q3']],
      ['€31.85', 'supported', ['vt-rate-2026-q3']],
      ['3.1%', 'supported', ['vt-hours-2026-q3', 'vt-hours-2025-q3']],
      ['6.3%', 'supported', ['vt-rate-2026-q3', 'vt-rate-2025-q3']],
      ['50 basis points', 'supported', ['vt-gm-2026-q3', 'vt-gm-2025-q3']],
      ['19.4%', 'supported', ['vt-gm-2026-q3']],
      ['€42.3 million', 'supported', ['vt-perm-2026-q3']],
      ['−10.2%', 'unsourced', []],
      ['3.3%', 'supported', ['vt-perm-2026-q3', 'vt-rev-2026-q3']],
      ['621', 'contradicted', ['vt-nl-2026-q3']],
      ['+6.4%', 'supported', ['vt-nl-2026-q3', 'vt-nl-2025-q3']],
      ['418', 'supported', ['vt-de-2026-q3']],
      ['−3.0%', 'supported', ['vt-de-2026-q3', 'vt-de-2025-q3']],
      ['254', 'supported', ['vt-be-2026-q3']],
      ['+12.9%', 'supported', ['vt-be-2026-q3', 'vt-be-2025-q3']],
      ['71,200', 'supported', ['vt-temps-2026-09']],
      ['3.7%', 'supported', ['vt-temps-2026-09', 'vt-temps-2025-09']],
      ['4,150 people', 'supported', ['vt-employees-2026-09']],
      ['€2.12 billion', 'supported', ['bw-rev-2026-q3']],
      ['21.1%', 'supported', ['bw-gm-2026-q3']],
      ['170 basis points', 'unsourced', []],
      ['6%', 'unsourced', []],
      ['€1.24–1.29 billion', 'supported', ['vt-rev-guide-2026-q4']],
      ['19.5%', 'supported', ['vt-gm-guide-2026-q4']],
      ['€29.95 an hour', 'supported', ['vt-rate-2025-q3']],
    ]);
  });
});

describe('fragrance house note (half-years, "for the year", a participle\'s own time)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('fragrance'))).toEqual([
      ['6.5%', 'supported', ['arv-sales-2026-h1', 'arv-sales-2025-h1']],
      ['€3.42 billion', 'supported', ['arv-sales-2026-h1']],
      ['€3.21 billion', 'supported', ['arv-sales-2025-h1']],
      ['7.1%', 'supported', ['arv-lfl-2026-h1']],
      ['80 basis points', 'supported', ['arv-ebitda-margin-2026-h1', 'arv-ebitda-margin-2025-h1']],
      ['21.6%', 'supported', ['arv-ebitda-margin-2026-h1']],
      ['1,710', 'supported', ['arv-fragrance-2026-h1']],
      ['+8.2%', 'supported', ['arv-fragrance-2026-h1', 'arv-fragrance-2025-h1']],
      ['1,165', 'supported', ['arv-taste-2026-h1']],
      ['+5.9%', 'supported', ['arv-taste-2026-h1', 'arv-taste-2025-h1']],
      ['545', 'supported', ['arv-ingredients-2026-h1']],
      ['+2.8%', 'supported', ['arv-ingredients-2026-h1', 'arv-ingredients-2025-h1']],
      ['5.9%', 'unsourced', []],
      ['2.8%', 'unsourced', []],
      ['3%', 'unsourced', []],
      ['€1.30 billion', 'supported', ['arv-europe-2026-h1']],
      ['38%', 'supported', ['arv-europe-2026-h1', 'arv-sales-2026-h1']],
      ['11%', 'unsourced', []],
      ['€890 million', 'unsourced', []],
      ['€2.47 billion', 'contradicted', ['arv-net-debt-2026-06']],
      ['€2.52 billion', 'supported', ['arv-net-debt-2025-12']],
      ['€1.85 per share', 'supported', ['arv-dps-2025']],
      ['7.6%', 'supported', ['arv-dps-2025', 'arv-dps-2024']],
      ['2.0x', 'supported', ['arv-leverage-2026-06']],
      ['€6.48 billion', 'supported', ['arv-sales-2025']],
      ['CHF 7.9 billion', 'supported', ['helvarom-sales-2025']],
      ['4–6%', 'supported', ['arv-guid-lfl-2026-07']],
      ['3–5%', 'unsourced', []],
      ['21–22%', 'supported', ['arv-guid-margin-2026']],
      ['€38 million', 'unsourced', []],
    ]);
  });
});

describe('crop protection note (reais, thousand tonnes, working-capital days)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('agrochem'))).toEqual([
      ['9.1%', 'supported', ['agv-rev-2026-q3', 'agv-rev-2025-q3']],
      ['R$ 3.84 billion', 'supported', ['agv-rev-2026-q3']],
      ['96.4 thousand tonnes', 'supported', ['agv-vol-2026-q3']],
      ['86.1 thousand tonnes', 'contradicted', ['agv-vol-2025-q3']],
      ['150 basis points', 'supported', ['agv-gm-2026-q3', 'agv-gm-2025-q3']],
      ['31.2%', 'supported', ['agv-gm-2026-q3']],
      ['R$ 39.80 per kg', 'supported', ['agv-price-2026-q3']],
      ['0.4%', 'supported', ['agv-price-2026-q3', 'agv-price-2025-q3']],
      ['3,840', 'supported', ['agv-rev-2026-q3']],
      ['3,520', 'supported', ['agv-rev-2025-q3']],
      ['+9.1%', 'supported', ['agv-rev-2026-q3', 'agv-rev-2025-q3']],
      ['96.4', 'supported', ['agv-vol-2026-q3']],
      ['88.1', 'supported', ['agv-vol-2025-q3']],
      ['+9.4%', 'supported', ['agv-vol-2026-q3', 'agv-vol-2025-q3']],
      ['168', 'supported', ['agv-wcdays-2026-09']],
      ['181', 'supported', ['agv-wcdays-2025-09']],
      ['13 days', 'unsourced', []],
      ['41.5 million hectares', 'supported', ['agv-hectares-2025']],
      ['38.2 million', 'supported', ['agv-hectares-2024']],
      ['11.8%', 'supported', ['agv-share-brazil-2025']],
      ['11.2%', 'supported', ['agv-share-brazil-2024']],
      ['17.5%', 'unsourced', []],
      ['R$ 9.38 billion', 'supported', ['agv-rev-2026-9m']],
      ['7.7%', 'supported', ['agv-rev-2026-9m', 'agv-rev-2025-9m']],
      ['47%', 'supported', ['agv-rev-2026-q3', 'agv-rev-2026-q2']],
      ['R$ 13.0–13.6 billion', 'supported', ['agv-guid-rev-2026-08']],
      ['R$ 12.6–13.4 billion', 'supported', ['agv-guid-rev-2026-02']],
      ['30–32%', 'supported', ['agv-guid-gm-2026']],
      ['31.2%', 'unsourced', []],
    ]);
  });
});

describe('title insurer note (orders per day, a fee per file in a "respectively" run)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('titleins'))).toEqual([
      ['$241 million', 'contradicted', ['hlt-net-income-2026-q3']],
      ['$183 million', 'supported', ['hlt-net-income-2025-q3']],
      ['$1.28 billion', 'supported', ['hlt-title-premiums-2026-q3']],
      ['+12.4%', 'supported', ['hlt-title-premiums-2026-q3', 'hlt-title-premiums-2025-q3']],
      ['98,400', 'supported', ['hlt-closed-orders-2026-q3']],
      ['$4,310', 'supported', ['hlt-fee-per-file-2026-q3']],
      ['7.8%', 'supported', ['hlt-open-orders-2026-q3', 'hlt-open-orders-2026-q2']],
      ['2,140', 'supported', ['hlt-open-orders-2026-q3']],
      ['2,320', 'supported', ['hlt-open-orders-2026-q2']],
      ['170 basis points', 'supported', ['hlt-title-margin-2026-q3', 'hlt-title-margin-2025-q3']],
      ['15.8%', 'supported', ['hlt-title-margin-2026-q3']],
      ['3.5%', 'supported', ['hlt-provision-rate-2026-q3']],
      ['50 bps', 'supported', ['hlt-provision-rate-2026-q3', 'hlt-provision-rate-2025-q3']],
      ['10.8%', 'supported', ['hlt-investment-income-2026-q3', 'hlt-investment-income-2025-q3']],
      ['$132 million', 'supported', ['hlt-investment-income-2026-q3']],
      ['6.7%', 'supported', ['hlt-investment-income-2026-q3', 'hlt-revenue-2026-q3']],
      ['$412 million', 'supported', ['hlt-commercial-premiums-2026-q3']],
      ['32%', 'unsourced', []],
      ['$872 million', 'supported', ['hlt-residential-premiums-2026-q3']],
      ['1,284', 'supported', ['hlt-title-premiums-2026-q3']],
      ['1,142', 'supported', ['hlt-title-premiums-2025-q3']],
      ['+12.4%', 'supported', ['hlt-title-premiums-2026-q3', 'hlt-title-premiums-2025-q3']],
      ['968', 'supported', ['granite-title-premiums-2026-q3']],
      ['1,003', 'supported', ['granite-title-premiums-2025-q3']],
      ['-3.5%', 'supported', ['granite-title-premiums-2026-q3', 'granite-title-premiums-2025-q3']],
      ['$86 million', 'supported', ['hlt-buybacks-2026-q3']],
      ['$300 million', 'supported', ['hlt-buybacks-guidance-2026']],
      ['13% to 14%', 'supported', ['hlt-title-margin-guidance-2026-q4']],
      ['$4,300', 'unsourced', []],
      ['4.0%', 'supported', ['hlt-provision-rate-2025-q3']],
    ]);
  });
});

describe('container lessor note (TEU and CEU in capitals, utilization)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('boxlease'))).toEqual([
      ['$421 million', 'supported', ['tess-leasing-rev-2026-q3']],
      ['$96.2 million', 'supported', ['tess-net-income-2026-q3']],
      ['$1.74', 'supported', ['tess-eps-2026-q3']],
      ['$1.55', 'supported', ['tess-eps-2025-q3']],
      ['4.12 million', 'supported', ['tess-fleet-teu-2026-09']],
      ['5.4%', 'supported', ['tess-fleet-teu-2026-09', 'tess-fleet-teu-2025-09']],
      ['3.3 million', 'supported', ['corvane-fleet-teu-2026-09']],
      ['98.1%', 'contradicted', ['tess-util-2026-q3']],
      ['70 basis points', 'supported', ['tess-util-2026-q3', 'tess-util-2025-q3']],
      ['30 bps', 'unsourced', []],
      ['5.3%', 'supported', ['tess-lease-rate-2026-q3', 'tess-lease-rate-2025-q3']],
      ['$1.38 per TEU', 'supported', ['tess-lease-rate-2026-q3']],
      ['34%', 'unsourced', []],
      ['$18.4 million', 'unsourced', []],
      ['93%', 'supported', ['tess-leasing-rev-2026-q3', 'tess-revenue-2026-q3']],
      ['421', 'supported', ['tess-leasing-rev-2026-q3']],
      ['398', 'supported', ['tess-leasing-rev-2025-q3']],
      ['+5.8%', 'supported', ['tess-leasing-rev-2026-q3', 'tess-leasing-rev-2025-q3']],
      ['98.6', 'supported', ['tess-util-2026-q3']],
      ['97.9', 'supported', ['tess-util-2025-q3']],
      ['+70 bps', 'supported', ['tess-util-2026-q3', 'tess-util-2025-q3']],
      ['$612 million', 'supported', ['tess-capex-2026-q3']],
      ['34.5%', 'supported', ['tess-capex-2026-q3', 'tess-capex-2025-q3']],
      ['$1.54 billion', 'supported', ['tess-capex-2026-9m']],
      ['2.4x', 'supported', ['tess-de-2026-09']],
      ['$2.1 billion', 'supported', ['tess-capex-guidance-2026-10']],
      ['$1.8 billion', 'supported', ['tess-capex-guidance-2026-05']],
      ['2.5x', 'unsourced', []],
      ['4.1 million', 'supported', ['tess-fleet-teu-2026-09']],
      ['6.85 million', 'supported', ['tess-fleet-ceu-2026-09']],
    ]);
  });
});

describe('student housing note (academic years, a pipeline in a relative clause, a change\'s period after its start)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('studhouse'))).toEqual([
      ['10.9%', 'unsourced', []],
      ['£342.6 million', 'supported', ['q-revenue-fy2026']],
      ['£309.0 million', 'supported', ['q-revenue-fy2025']],
      ['£128.4 million', 'supported', ['q-epra-fy2026']],
      ['9.6%', 'supported', ['q-epra-fy2026', 'q-epra-fy2025']],
      ['2.8%', 'supported', ['q-nta-2026-08', 'q-nta-2025-08']],
      ['£11.84', 'supported', ['q-nta-2026-08']],
      ['150 basis points', 'supported', ['q-ltv-2026-08', 'q-ltv-2025-08']],
      ['31.5%', 'supported', ['q-ltv-2026-08']],
      ['31,400 beds', 'supported', ['q-beds-2026-27']],
      ['98.6%', 'supported', ['q-occ-2026-27']],
      ['4.8%', 'supported', ['q-rentgrowth-2026-27']],
      ['70 basis points', 'unsourced', []],
      ['£231', 'supported', ['q-awr-2026-27']],
      ['£220', 'supported', ['q-awr-2025-26']],
      ['5.0%', 'supported', ['q-awr-2026-27', 'q-awr-2025-26']],
      ['9,200 beds', 'supported', ['q-beds-london-2026-27']],
      ['29%', 'unsourced', []],
      ['348', 'unsourced', []],
      ['+5.1%', 'supported', ['q-awr-london-2026-27', 'q-awr-london-2025-26']],
      ['196', 'unsourced', []],
      ['+4.3%', 'supported', ['q-awr-manchester-2026-27', 'q-awr-manchester-2025-26']],
      ['254', 'unsourced', []],
      ['+6.3%', 'supported', ['q-awr-edinburgh-2026-27', 'q-awr-edinburgh-2025-26']],
      ['4,560 beds', 'contradicted', ['q-pipeline-2026-08']],
      ['41,200 beds', 'supported', ['u-beds-2026-27']],
      ['£140–145 million', 'supported', ['q-guid-epra-fy2027']],
      ['4% to 5%', 'supported', ['q-guid-rentgrowth-2027-28']],
      ['33,000 beds', 'unsourced', []],
      ['33.0%', 'supported', ['q-ltv-2025-08']],
    ]);
  });
});

describe('stock images note ("year over year, respectively, to" levels)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('stockimg'))).toEqual([
      ['9.8%', 'supported', ['f-rev-2026-q3', 'f-rev-2025-q3']],
      ['$262.4 million', 'supported', ['f-rev-2026-q3']],
      ['$238.9 million', 'supported', ['f-rev-2025-q3']],
      ['$186.3 million', 'supported', ['f-subrev-2026-q3']],
      ['71%', 'supported', ['f-subrev-2026-q3', 'f-rev-2026-q3']],
      ['74%', 'unsourced', []],
      ['120 basis points', 'supported', ['f-margin-2026-q3', 'f-margin-2025-q3']],
      ['28.4%', 'supported', ['f-margin-2026-q3']],
      ['3.7%', 'supported', ['f-subs-2026-09', 'f-subs-2025-09']],
      ['5.7%', 'supported', ['f-arpc-2026-q3', 'f-arpc-2025-q3']],
      ['1.94 million', 'supported', ['f-subs-2026-09']],
      ['$143.60', 'contradicted', ['f-arpc-2026-q3']],
      ['742', 'supported', ['f-images-2026-09']],
      ['655', 'supported', ['f-images-2025-09']],
      ['+13.3%', 'supported', ['f-images-2026-09', 'f-images-2025-09']],
      ['58.3', 'supported', ['f-clips-2026-09']],
      ['49.1', 'supported', ['f-clips-2025-09']],
      ['+18.7%', 'supported', ['f-clips-2026-09', 'f-clips-2025-09']],
      ['doubled', 'supported', ['f-airev-2026-q3', 'f-airev-2025-q3']],
      ['$41.5 million', 'supported', ['f-airev-2026-q3']],
      ['$18.2 million', 'supported', ['f-airev-2025-q3']],
      ['8.9%', 'supported', ['f-payouts-2026-q3', 'f-payouts-2025-q3']],
      ['$71.9 million', 'supported', ['f-payouts-2026-q3']],
      ['27%', 'supported', ['f-payouts-2026-q3', 'f-rev-2026-q3']],
      ['$305.6 million', 'supported', ['p-rev-2026-q3']],
      ['4.1%', 'supported', ['p-rev-2026-q3', 'p-rev-2025-q3']],
      ['$1.02–1.05 billion', 'supported', ['f-guid-rev-2026-11']],
      ['$0.99–1.03 billion', 'unsourced', []],
      ['$160 million', 'supported', ['f-guid-ai-2026']],
      ['2 million paid subscribers', 'unsourced', []],
    ]);
  });
});

describe('grid operator note (kroner, a regulator\'s decision, a guidance list)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('tso'))).toEqual([
      ['10%', 'supported', ['nordlinje-rab-2025', 'nordlinje-rab-2024']],
      ['NOK 112.4 billion', 'supported', ['nordlinje-rab-2025']],
      ['NOK 101.8 billion', 'supported', ['nordlinje-rab-2024']],
      ['6.35%', 'unsourced', []],
      ['6.15%', 'supported', ['nordlinje-allowed-return-2026']],
      ['20-basis-point', 'unsourced', []],
      ['NOK 5.62 billion', 'supported', ['nordlinje-tariff-revenue-2026-h1']],
      ['NOK 2.31 billion', 'supported', ['nordlinje-congestion-2026-h1']],
      ['11%', 'supported', ['nordlinje-tariff-revenue-2026-h1', 'nordlinje-tariff-revenue-2025-h1']],
      ['33%', 'supported', ['nordlinje-congestion-2026-h1', 'nordlinje-congestion-2025-h1']],
      ['29%', 'supported', ['nordlinje-congestion-2026-h1', 'nordlinje-revenue-2026-h1']],
      ['NOK 8.6 billion', 'contradicted', ['nordlinje-capex-2026-h1']],
      ['NOK 14.6 billion', 'supported', ['nordlinje-capex-2025']],
      ['NOK 16–18 billion', 'supported', ['nordlinje-capex-2026-guidance']],
      ['NOK 125 billion', 'supported', ['nordlinje-rab-2026-guidance']],
      ['68.4 TWh', 'supported', ['nordlinje-energy-2026-h1']],
      ['+5%', 'unsourced', []],
      ['9,300 MW', 'supported', ['nordlinje-interconnector-2026-06']],
      ['600 MW', 'supported', ['nordlinje-interconnector-2026-06', 'nordlinje-interconnector-2025-06']],
      ['38', 'unsourced', []],
      ['NOK 75 per MWh', 'supported', ['nordlinje-avg-tariff-2025']],
      ['1,400', 'supported', ['fjordlink-capacity']],
      ['21.5', 'supported', ['fjordlink-cost-2026-08']],
      ['+8%', 'unsourced', []],
      ['700', 'supported', ['polarlink-capacity']],
      ['8.9', 'supported', ['polarlink-cost-2026-08']],
      ['+3%', 'unsourced', []],
      ['SEK 96.2 billion', 'supported', ['svealank-rab-2025']],
      ['NOK 80 billion', 'unsourced', []],
      ['NOK 1.9 billion', 'unsourced', []],
    ]);
  });
});

describe('helicopter operator note (a fiscal year to March, a name holding a metric word, "when", excluded costs)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('heli'))).toEqual([
      ['$412.6 million', 'supported', ['halcyon-revenue-q2-fy2027']],
      ['$118.7 million', 'supported', ['halcyon-adj-ebitdar-q2-fy2027']],
      ['11%', 'supported', ['halcyon-revenue-q2-fy2027', 'halcyon-revenue-q2-fy2026']],
      ['23%', 'supported', ['halcyon-adj-ebitdar-q2-fy2027', 'halcyon-adj-ebitdar-q2-fy2026']],
      ['57%', 'supported', ['halcyon-oilgas-revenue-q2-fy2027', 'halcyon-revenue-q2-fy2027']],
      ['236.4', 'unsourced', []],
      ['+5%', 'unsourced', []],
      ['121.3', 'unsourced', []],
      ['+23%', 'unsourced', []],
      ['54.9', 'supported', ['halcyon-gov-revenue-q2-fy2027']],
      ['+14%', 'supported', ['halcyon-gov-revenue-q2-fy2027', 'halcyon-gov-revenue-q2-fy2026']],
      ['5.8%', 'supported', ['halcyon-flight-hours-fy2026', 'halcyon-flight-hours-fy2025']],
      ['168,400', 'supported', ['halcyon-flight-hours-fy2026']],
      ['159,100', 'supported', ['halcyon-flight-hours-fy2025']],
      ['44,250 hours', 'supported', ['halcyon-flight-hours-q2-fy2027']],
      ['74.1%', 'contradicted', ['halcyon-utilization-q2-fy2027']],
      ['250 basis points', 'supported', ['halcyon-utilization-q2-fy2027', 'halcyon-utilization-q2-fy2026']],
      ['104 aircraft', 'supported', ['halcyon-fleet-2026-09']],
      ['87', 'supported', ['coastway-fleet-2026-09']],
      ['$8,800', 'supported', ['halcyon-rpfh-fy2026']],
      ['$9,300', 'supported', ['halcyon-rpfh-q2-fy2027']],
      ['$3.85 billion', 'supported', ['halcyon-backlog-2026-09']],
      ['13%', 'unsourced', []],
      ['$642 million', 'supported', ['halcyon-liquidity-2026-09']],
      ['$250 million', 'unsourced', []],
      ['$470–510 million', 'supported', ['halcyon-adj-ebitdar-fy2027-guidance-2026-11']],
      ['$440–480 million', 'supported', ['halcyon-adj-ebitdar-fy2027-guidance-2026-05']],
      ['$180 million', 'unsourced', []],
      ['30%', 'unsourced', []],
      ['$38.2 million', 'unsourced', []],
    ]);
  });
});

describe('chip-design software note (a fiscal year to October, year-end levels, a guidance list)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('eda'))).toEqual([
      ['$4.86 billion', 'supported', ['q-rev-fy2026']],
      ['13.8%', 'supported', ['q-rev-fy2026', 'q-rev-fy2025']],
      ['$3.99 billion', 'supported', ['q-recurring-fy2026']],
      ['82%', 'supported', ['q-recurring-fy2026', 'q-rev-fy2026']],
      ['150 basis points', 'supported', ['q-opm-fy2026', 'q-opm-fy2025']],
      ['39.4%', 'supported', ['q-opm-fy2026']],
      ['16%', 'unsourced', []],
      ['$7.42 billion', 'supported', ['q-rpo-2026-10']],
      ['$6.38 billion', 'supported', ['q-rpo-2025-10']],
      ['2,140', 'supported', ['q-rev-americas-fy2026']],
      ['+15%', 'supported', ['q-rev-americas-fy2026', 'q-rev-americas-fy2025']],
      ['580', 'supported', ['q-rev-china-fy2026']],
      ['-5%', 'supported', ['q-rev-china-fy2026', 'q-rev-china-fy2025']],
      ['990', 'contradicted', ['q-rev-europe-fy2026']],
      ['+14%', 'supported', ['q-rev-europe-fy2026', 'q-rev-europe-fy2025']],
      ['1,170', 'supported', ['q-rev-otherasia-fy2026']],
      ['+23%', 'supported', ['q-rev-otherasia-fy2026', 'q-rev-otherasia-fy2025']],
      ['$612 million', 'supported', ['q-rev-ip-fy2026']],
      ['+23%', 'supported', ['q-rev-ip-fy2026', 'q-rev-ip-fy2025']],
      ['$6.31 billion', 'supported', ['meridia-rev-fy2026']],
      ['$1.62 billion', 'supported', ['q-fcf-fy2026']],
      ['$900 million', 'supported', ['q-buyback-fy2026']],
      ['17%', 'unsourced', []],
      ['13,950', 'supported', ['q-emp-2026-10']],
      ['9%', 'unsourced', []],
      ['$7.4 billion', 'supported', ['q-rpo-2026-10']],
      ['$5.35 billion to $5.45 billion', 'supported', ['q-rev-guide-fy2027']],
      ['40.5%', 'supported', ['q-opm-guide-fy2027']],
      ['$1.8 billion', 'supported', ['q-fcf-guide-fy2027']],
      ['$140 million', 'supported', ['q-capex-fy2026']],
    ]);
  });
});

describe('funeral homes note (a raised outlook list with "previously")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cemetery'))).toEqual([
      ['$1.112 billion', 'supported', ['sw-rev-2026q3']],
      ['4.5%', 'supported', ['sw-rev-2026q3', 'sw-rev-2025q3']],
      ['$1.064 billion', 'supported', ['sw-rev-2025q3']],
      ['$628 million', 'supported', ['sw-rev-funeral-2026q3']],
      ['$484 million', 'supported', ['sw-rev-cemetery-2026q3']],
      ['44%', 'supported', ['sw-rev-cemetery-2026q3', 'sw-rev-2026q3']],
      ['43%', 'unsourced', []],
      ['81,400 funeral services', 'supported', ['sw-services-2026q3']],
      ['2.0%', 'supported', ['sw-services-2026q3', 'sw-services-2025q3']],
      ['3.9%', 'supported', ['sw-arps-2026q3', 'sw-arps-2025q3']],
      ['$6,421', 'contradicted', ['sw-arps-2026q3']],
      ['90 basis points', 'supported', ['sw-crem-2026q3', 'sw-crem-2025q3']],
      ['62.8%', 'supported', ['sw-crem-2026q3']],
      ['6%', 'supported', ['sw-preneed-2026q3', 'sw-preneed-2025q3']],
      ['$298 million', 'supported', ['sw-preneed-2026q3']],
      ['$412 million', 'supported', ['sw-cps-2026q3']],
      ['+5.9%', 'supported', ['sw-cps-2026q3', 'sw-cps-2025q3']],
      ['$6.84 billion', 'supported', ['sw-trust-2026-09']],
      ['8.4%', 'unsourced', []],
      ['$214 million', 'supported', ['sw-ocf-2026q3']],
      ['$702 million', 'supported', ['sw-ocf-2026-9m']],
      ['$1.00–1.06 billion', 'supported', ['sw-ocf-guide-2026-10']],
      ['$0.97–1.05 billion', 'supported', ['sw-ocf-guide-2026-07']],
      ['$4.45 billion', 'supported', ['sw-rev-guide-2026']],
      ['1.2%', 'supported', ['hv-rev-2026q3', 'hv-rev-2025q3']],
      ['$402 million', 'supported', ['hv-rev-2026q3']],
      ['58%', 'unsourced', []],
      ['65%', 'unsourced', []],
      ['$281 million', 'supported', ['sw-preneed-2025q3']],
    ]);
  });
});


describe('part 58 rules, each pinned both ways on the notes that found them', () => {
  const codes = (name: string, date: string, heading: string, text: string) => lineFindings(name, date, heading, text).map((f) => [f.claim.text, f.code]);

  it('dates a table row by its first cell when the whole cell is one period, whatever its column is called', () => {
    const club = (text: string) => codes('westerhaven', '2025-11-20', 'AFC Westerhaven', text);
    expect(club('| Season | Net profit (€m) |\n|---|---|\n| 2023/24 | 14.1 |')).toEqual([['14.1', 'supported']]);
    expect(club('| Season | Net profit (€m) |\n|---|---|\n| 2023/24 | 16.1 |')).toEqual([['16.1', 'contradicted']]);
  });

  it('compares a bare count with facts in hours as hours, never converted to days', () => {
    const agency = (text: string) => codes('staffing', '2026-11-20', 'Vantreo Staffing', text);
    expect(agency('Billable hours were 38.6 million in the third quarter of 2026.')).toEqual([['38.6 million', 'supported']]);
    expect(agency('Billable hours were 1.61 million in the third quarter of 2026.')).toEqual([['1.61 million', 'contradicted']]);
  });

  it('reads a count followed by a unit in capitals a metric counts in as that unit', () => {
    const lessor = (text: string) => lineFindings('boxlease', '2026-11-20', 'Tessaline', text).map((f) => [f.claim.text, f.code, f.metric ?? null]);
    expect(lessor('The fleet was 6.85 million CEU.')).toEqual([['6.85 million', 'supported', 'fleet_ceu']]);
    expect(lessor('The fleet was 6.58 million CEU.')).toEqual([['6.58 million', 'contradicted', 'fleet_ceu']]);
    expect(lessor('The fleet was 4.12 million TEU.')).toEqual([['4.12 million', 'supported', 'fleet_teu']]);
  });

  it('gives a list the period and the plan its lead-in sentence names', () => {
    const funeral = (text: string) => codes('cemetery', '2026-11-05', 'Stillwater Memorial Group', text);
    const lead = 'Management raised its 2026 outlook on October 28:\n\n';
    expect(funeral(`${lead}- Operating cash flow: $1.00–1.06 billion (previously $0.97–1.05 billion)\n- Revenue: about $4.45 billion`)).toEqual([
      ['$1.00–1.06 billion', 'supported'], ['$0.97–1.05 billion', 'supported'], ['$4.45 billion', 'supported'],
    ]);
    expect(funeral(`${lead}- Operating cash flow: $1.10–1.16 billion\n- Revenue: about $5.45 billion`)).toEqual([['$1.10–1.16 billion', 'contradicted'], ['$5.45 billion', 'contradicted']]);
    // Without the lead-in, the item is the quarter's result.
    expect(funeral('- Revenue: about $4.45 billion')).toEqual([['$4.45 billion', 'contradicted']]);
    // Each part alone: a lead-in that plans and names no period, and one that names a period and plans nothing.
    expect(funeral('Management raised its outlook:\n\n- Revenue: about $4.45 billion')).toEqual([['$4.45 billion', 'supported']]);
    expect(funeral('In the third quarter of 2025:\n\n- Revenue: $1.064 billion')).toEqual([['$1.064 billion', 'supported']]);
    expect(funeral('In the third quarter of 2025:\n\n- Revenue: $1.112 billion')).toEqual([['$1.112 billion', 'contradicted']]);
    // A lead-in that presents no plan gives only its period: "Key figures for FY2025:".
    const lottery = (text: string) => codes('natlottery', '2025-07-20', 'Northmere Lottery', text);
    expect(lottery('Key figures for FY2025:\n\n- Operating profit: £71 million')[0]).toEqual(['£71 million', 'unsourced']);
    // A heading is no lead-in: "## Outlook" leaves "- Development pipeline: 38 GW" the state it is.
    const wind = (text: string) => codes('offwind', '2025-05-15', 'Veldmark Offshore', text);
    expect(wind('## Outlook\n\n- Development pipeline: 38 GW across nine markets')[0]).toEqual(['38 GW', 'supported']);
    expect(wind('## Outlook\n\n- Development pipeline: 48 GW across nine markets')[0]).toEqual(['48 GW', 'contradicted']);
  });

  it('reads no metric word inside an entity\'s own name', () => {
    const heli = (text: string) => codes('heli', '2026-11-20', 'Halcyon Helicopters', text);
    expect(heli("Halcyon Helicopters' revenue and adjusted EBITDAR were $412.6 million and $118.7 million, respectively.")).toEqual([['$412.6 million', 'supported'], ['$118.7 million', 'supported']]);
    expect(heli("Halcyon Helicopters' revenue and adjusted EBITDAR were $118.7 million and $412.6 million, respectively.")).toEqual([['$118.7 million', 'contradicted'], ['$412.6 million', 'contradicted']]);
  });

  it('gives a figure to the name right after it and "at", and keeps it that name\'s when its facts lack the metric', () => {
    const heli = (text: string) => lineFindings('heli', '2026-11-20', 'Halcyon Helicopters', text).map((f) => [f.claim.text, f.code, f.entities]);
    expect(heli('Halcyon operates 104 aircraft, against 87 at Coastway Aviation.')).toEqual([['104 aircraft', 'supported', ['halcyon']], ['87', 'supported', ['coastway']]]);
    expect(heli('Halcyon operates 104 aircraft, against 97 at Coastway Aviation.')).toEqual([['104 aircraft', 'supported', ['halcyon']], ['97', 'contradicted', ['coastway']]]);
    const caterer = (text: string) => codes('caterer', '2026-11-20', 'Harbor Table Services', text);
    expect(caterer('Its operating margin of 6.9% compares with 5.8% at Pemberton.')).toEqual([['6.9%', 'supported'], ['5.8%', 'unsourced']]);
    expect(caterer("Its operating margin of 6.9% compares with Pemberton's 5.8%.")).toEqual([['6.9%', 'supported'], ['5.8%', 'unsourced']]);
    expect(caterer('Its operating margin of 7.9% compares with 5.8% at Pemberton.')).toEqual([['7.9%', 'contradicted'], ['5.8%', 'unsourced']]);
  });

  it('reads the amount of a thing a metric leaves out or takes in as that thing\'s', () => {
    const heli = (text: string) => codes('heli', '2026-11-20', 'Halcyon Helicopters', text);
    expect(heli('Adjusted EBITDAR excludes aircraft lease costs, which were $38.2 million in the quarter.')).toEqual([['$38.2 million', 'unsourced']]);
    expect(heli('Adjusted EBITDAR excludes lease costs of $38.2 million.')).toEqual([['$38.2 million', 'unsourced']]);
    expect(heli('Liquidity was $642 million, which includes an undrawn $250 million revolver.')).toEqual([['$642 million', 'supported'], ['$250 million', 'unsourced']]);
    // A thing a metric's words name is that metric's: capex, the relative clause's antecedent.
    const eda = (text: string) => lineFindings('eda', '2026-12-04', 'Quillan Design Automation', text).map((f) => [f.claim.text, f.code, f.metric ?? null]);
    expect(eda('Free cash flow excludes capex, which was $140 million.')).toEqual([['$140 million', 'supported', 'capex']]);
    expect(eda('Free cash flow excludes capex, which was $150 million.')).toEqual([['$150 million', 'contradicted', 'capex']]);
    const beds = (text: string) => lineFindings('studhouse', '2026-11-20', 'Quadrant Student Living', text).map((f) => [f.claim.text, f.code, f.metric ?? null]);
    expect(beds('Its development pipeline, which holds 4,650 beds, is fully funded.')).toEqual([['4,650 beds', 'supported', 'pipeline_beds']]);
    expect(beds('Its development pipeline, which holds 4,560 beds, is fully funded.')).toEqual([['4,560 beds', 'contradicted', 'pipeline_beds']]);
  });

  it('prices a money figure by "a" and a noun that ends its phrase', () => {
    const caterer = (text: string) => codes('caterer', '2026-11-20', 'Harbor Table Services', text);
    expect(caterer('Revenue was $6.34 a meal in fiscal 2025.')).toEqual([['$6.34 a meal', 'supported']]);
    expect(caterer('Revenue was $6.43 a meal in fiscal 2025.')).toEqual([['$6.43 a meal', 'contradicted']]);
    // A time after "a" is a flow, no price: "$300 million a quarter".
    expect(lineFindings('caterer', '2026-11-20', 'Harbor Table Services', 'Capex was $300 million a quarter.')[0]!.claim.unit).toBe('USD');
  });

  it('pairs "respectively" with a run of levels of several kinds after a verb of being', () => {
    const caterer = (text: string) => lineFindings('caterer', '2026-11-20', 'Harbor Table Services', text).map((f) => [f.claim.text, f.code, f.metric ?? null]);
    expect(caterer('Revenue per meal and client retention were $6.42 and 95.2%, respectively.')).toEqual([['$6.42', 'supported', 'revenue_per_meal'], ['95.2%', 'supported', 'client_retention']]);
    expect(caterer('Client retention and revenue per meal were 95.2% and $6.24, respectively.')).toEqual([['95.2%', 'supported', 'client_retention'], ['$6.24', 'contradicted', 'revenue_per_meal']]);
    const title = (text: string) => lineFindings('titleins', '2026-11-20', 'Harborline Title', text).map((f) => [f.claim.text, f.code, f.metric ?? null]);
    expect(title('Closed orders and fee per file were 98,400 and $4,310, respectively.')).toEqual([['98,400', 'supported', 'closed_orders'], ['$4,310', 'supported', 'fee_per_file']]);
    expect(title('Closed orders and fee per file were 89,400 and $4,310, respectively.')[0]).toEqual(['89,400', 'contradicted', 'closed_orders']);
  });

  it('pairs changes with levels across a time before "respectively" and levels reached after it', () => {
    const heli = (text: string) => codes('heli', '2026-11-20', 'Halcyon Helicopters', text);
    const levels = "Halcyon Helicopters' revenue and adjusted EBITDAR were $412.6 million and $118.7 million in the second quarter of fiscal 2027, respectively";
    expect(heli(`${levels}, up 11% and 23% on a year earlier.`).slice(2)).toEqual([['11%', 'supported'], ['23%', 'supported']]);
    expect(heli(`${levels}, up 23% and 11% on a year earlier.`).slice(2)).toEqual([['23%', 'contradicted'], ['11%', 'contradicted']]);
    const stock = (text: string) => codes('stockimg', '2026-11-20', 'Framestock', text);
    expect(stock('Paid subscribers and average revenue per customer rose 3.7% and 5.7% year over year, respectively, to 1.94 million and $134.60.')).toEqual([
      ['3.7%', 'supported'], ['5.7%', 'supported'], ['1.94 million', 'supported'], ['$134.60', 'supported'],
    ]);
    expect(stock('Paid subscribers and average revenue per customer rose 3.7% and 5.7% year over year, respectively, to 1.94 million and $143.60.').at(-1)).toEqual(['$143.60', 'contradicted']);
  });

  it('judges a quarter\'s change by quarters, never by a year\'s guidance stated in the quarter', () => {
    const caterer = (text: string) => codes('caterer', '2026-11-20', 'Harbor Table Services', text);
    expect(caterer('Revenue rose 7.9% in the fourth quarter of 2026.')).toEqual([['7.9%', 'unsourced']]);
    expect(caterer('Revenue rose 7.9% in the fourth quarter of fiscal 2026.')).toEqual([['7.9%', 'supported']]);
    expect(caterer('Revenue rose 9.9% in the fourth quarter of fiscal 2026.')).toEqual([['9.9%', 'contradicted']]);
  });

  it('derives a change in days as a difference of the days', () => {
    const agro = (text: string) => codes('agrochem', '2026-11-20', 'Agrovale', text);
    expect(agro('Working capital is down 13 days year on year.')).toEqual([['13 days', 'supported']]);
    expect(agro('Working capital is down 23 days year on year.')).toEqual([['23 days', 'contradicted']]);
    expect(agro('Working capital was 168 days, 13 days fewer than a year earlier.')).toEqual([['168 days', 'supported'], ['13 days', 'supported']]);
  });

  it('reads "for the year" with no year named as the latest year of the facts that decide it', () => {
    const arvelle = (text: string) => lineFindings('fragrance', '2026-11-20', 'Arvelle', text).map((f) => [f.claim.text, f.code, f.facts.map((x) => x.id)]);
    const sales = arvelle("Arvelle's sales were €6.48 billion for the year.");
    expect(sales.map(([t, c]) => [t, c])).toEqual([['€6.48 billion', 'supported']]);
    const wrong = arvelle("Arvelle's sales were €6.9 billion for the year.");
    expect(wrong[0]![1]).toBe('contradicted');
    expect(wrong[0]![2]).toEqual(sales[0]![2]);
  });

  it('keeps a participle\'s time off the figure before it', () => {
    const arvelle = (text: string) => codes('fragrance', '2026-11-20', 'Arvelle', text);
    expect(arvelle('Net debt was €2.74 billion after acquisitions made in 2025.')).toEqual([['€2.74 billion', 'supported']]);
    expect(arvelle('Net debt was €2.47 billion after acquisitions made in 2025.')).toEqual([['€2.47 billion', 'contradicted']]);
    expect(arvelle('Sales were €6.48 billion, helped by contracts won in the first half.')).toEqual([['€6.48 billion', 'supported']]);
    expect(arvelle('Sales were €6.84 billion, helped by contracts won in the first half.')).toEqual([['€6.84 billion', 'contradicted']]);
  });

  it('reads the level a change started from by the entity\'s year end and by the change\'s period', () => {
    const eda = (text: string) => codes('eda', '2026-12-04', 'Quillan Design Automation', text);
    expect(eda('RPO rose to $7.42 billion at year-end from $6.38 billion.')).toEqual([['$7.42 billion', 'supported'], ['$6.38 billion', 'supported']]);
    expect(eda('RPO rose to $7.42 billion at year-end from $6.83 billion.')).toEqual([['$7.42 billion', 'supported'], ['$6.83 billion', 'contradicted']]);
    const beds = (text: string) => codes('studhouse', '2026-11-20', 'Quadrant Student Living', text);
    expect(beds('Revenue rose to £342.6 million from £309.0 million in FY2026.')).toEqual([['£342.6 million', 'supported'], ['£309.0 million', 'supported']]);
    expect(beds('Revenue rose to £342.6 million from £319.0 million in FY2026.')).toEqual([['£342.6 million', 'supported'], ['£319.0 million', 'contradicted']]);
  });

  it('reads "when" as no part of the metric after it', () => {
    const heli = (text: string) => codes('heli', '2026-11-20', 'Halcyon Helicopters', text);
    expect(heli('Revenue was $412.6 million in the second quarter of fiscal 2027, when fleet utilization reached 71.4%.')).toEqual([['$412.6 million', 'supported'], ['71.4%', 'supported']]);
    expect(heli('Revenue was $412.6 million in the second quarter of fiscal 2027, when fleet utilization reached 74.1%.')).toEqual([['$412.6 million', 'supported'], ['74.1%', 'contradicted']]);
  });

  it('quotes the newest fact of the length a wrong figure with no time is nearest to', () => {
    const wrong = lineFindings('animalhealth', '2025-05-20', 'Corvane Animal Health', 'Livestock revenue edged up to $3.52 billion.')[0]!;
    expect([wrong.code, wrong.facts.map((f) => f.id)]).toEqual(['contradicted', ['corvane-livestock-2024']]);
    const quarter = lineFindings('animalhealth', '2025-05-20', 'Corvane Animal Health', 'Livestock revenue edged up to $790 million.')[0]!;
    expect([quarter.code, quarter.facts.map((f) => f.id)]).toEqual(['contradicted', ['corvane-livestock-2025-q1']]);
  });
});

describe('private bank note (francs, half-years, a CET1 requirement, a rival compared with)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('privbank'))).toEqual([
      ['CHF 184.6 billion', 'supported', ['hallwyl-aum-2026-h1']],
      ['+9.7%', 'supported', ['hallwyl-aum-2026-h1', 'hallwyl-aum-2025-h1']],
      ['CHF 4.3 billion', 'supported', ['hallwyl-nnm-2026-h1']],
      ['CHF 3.1 billion', 'supported', ['hallwyl-nnm-2025-h1']],
      ['4.9%', 'supported', ['hallwyl-nnmg-2026-h1']],
      ['3 basis points', 'unsourced', []],
      ['78 bps', 'supported', ['hallwyl-gm-2026-h1']],
      ['270 basis points', 'supported', ['hallwyl-cir-2026-h1', 'hallwyl-cir-2025-h1']],
      ['66.8%', 'supported', ['hallwyl-cir-2026-h1']],
      ['CHF 712 million', 'supported', ['hallwyl-opinc-2026-h1']],
      ['CHF 201 million', 'supported', ['hallwyl-ni-2026-h1']],
      ['7.2%', 'unsourced', []],
      ['16.9%', 'supported', ['hallwyl-ni-2026-h1', 'hallwyl-ni-2025-h1']],
      ['CHF 3.85 per share', 'supported', ['hallwyl-eps-2026-h1']],
      ['17.6%', 'contradicted', ['hallwyl-cet1-2026-h1']],
      ['11.2%', 'unsourced', []],
      ['21.4%', 'supported', ['hallwyl-aum-apac-2026-h1', 'hallwyl-aum-2026-h1']],
      ['71.3', 'supported', ['hallwyl-aum-ch-2026-h1']],
      ['+5.0%', 'supported', ['hallwyl-aum-ch-2026-h1', 'hallwyl-aum-ch-2025-h1']],
      ['48.2', 'supported', ['hallwyl-aum-eu-2026-h1']],
      ['+7.1%', 'supported', ['hallwyl-aum-eu-2026-h1', 'hallwyl-aum-eu-2025-h1']],
      ['39.5', 'supported', ['hallwyl-aum-apac-2026-h1']],
      ['+19.3%', 'supported', ['hallwyl-aum-apac-2026-h1', 'hallwyl-aum-apac-2025-h1']],
      ['25.6', 'supported', ['hallwyl-aum-me-2026-h1']],
      ['+15.3%', 'supported', ['hallwyl-aum-me-2026-h1', 'hallwyl-aum-me-2025-h1']],
      ['72.4%', 'unsourced', []],
      ['CHF 4.3 billion', 'supported', ['hallwyl-nnm-2026-h1']],
      ['4% to 6%', 'supported', ['hallwyl-nnmg-2026-guidance']],
      ['65–68%', 'supported', ['hallwyl-cir-2026-guidance']],
      ['84 basis points', 'unsourced', []],
    ]);
  });
});

describe('life insurer note (yen, a fiscal year to March, embedded value, a rival compared with)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('lifeins'))).toEqual([
      ['6.4%', 'unsourced', []],
      ['8.6%', 'unsourced', []],
      ['¥1.402 trillion', 'supported', ['asahiya-prem-1h-2026']],
      ['¥214 billion', 'supported', ['asahiya-cop-1h-2026']],
      ['12.6%', 'supported', ['asahiya-vnb-1h-2026', 'asahiya-vnb-1h-2025']],
      ['¥69.8 billion', 'contradicted', ['asahiya-vnb-1h-2026']],
      ['50 basis points', 'supported', ['asahiya-nbm-1h-2026', 'asahiya-nbm-1h-2025']],
      ['5.8%', 'supported', ['asahiya-nbm-1h-2026']],
      ['5.3%', 'supported', ['asahiya-nbm-1h-2025']],
      ['31%', 'unsourced', []],
      ['512', 'unsourced', []],
      ['-1.7%', 'unsourced', []],
      ['437', 'unsourced', []],
      ['+21.4%', 'unsourced', []],
      ['268', 'unsourced', []],
      ['+5.1%', 'unsourced', []],
      ['185', 'supported', ['asahiya-prem-group-1h-2026']],
      ['+1.6%', 'supported', ['asahiya-prem-group-1h-2026', 'asahiya-prem-group-1h-2025']],
      ['¥5.07 trillion', 'supported', ['asahiya-ev-2026-09']],
      ['+4.3%', 'supported', ['asahiya-ev-2026-09', 'asahiya-ev-2026-03']],
      ['1,012%', 'supported', ['asahiya-smr-2026-09']],
      ['1,046%', 'supported', ['asahiya-smr-2026-03']],
      ['968%', 'supported', ['hoshino-smr-2026-09']],
      ['11.84 million', 'supported', ['asahiya-pif-2026-09']],
      ['80,000', 'unsourced', []],
      ['¥135 billion to ¥145 billion', 'unsourced', []],
      ['¥410 billion', 'supported', ['asahiya-cop-fy2027-guid-nov']],
      ['¥395 billion', 'supported', ['asahiya-cop-fy2027-guid-may']],
      ['¥96 per share', 'supported', ['asahiya-dps-fy2027-guid']],
      ['5.6%', 'unsourced', []],
    ]);
  });
});

describe('railcar lessor note (a segment table, "against 95.9% at Brackenridge")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('railcar'))).toEqual([
      ['4,850 railcars', 'supported', ['hrs-deliveries-2026-q3']],
      ['15%', 'supported', ['hrs-deliveries-2026-q3', 'hrs-deliveries-2025-q3']],
      ['3,150 railcars', 'supported', ['hrs-orders-2026-q3']],
      ['5,400', 'supported', ['hrs-orders-2025-q3']],
      ['27,300 railcars', 'supported', ['hrs-backlog-units-2026-09-30']],
      ['$3.54 billion', 'supported', ['hrs-backlog-value-2026-09-30']],
      ['3%', 'supported', ['hrs-fleet-2026-09-30', 'hrs-fleet-2025-09-30']],
      ['148,200 railcars', 'supported', ['hrs-fleet-2026-09-30']],
      ['60 basis points', 'supported', ['hrs-util-2026-09-30', 'hrs-util-2025-09-30']],
      ['97.4%', 'supported', ['hrs-util-2026-09-30']],
      ['95.9%', 'supported', ['brk-util-2026-09-30']],
      ['11.2%', 'supported', ['hrs-lrc-2026-q3']],
      ['18.5%', 'supported', ['hrs-lrc-2025-q3']],
      ['97%', 'supported', ['hrs-util-2026-09-30']],
      ['170 basis points', 'supported', ['hrs-mfg-margin-2026-q3', 'hrs-mfg-margin-2025-q3']],
      ['12.6%', 'supported', ['hrs-mfg-margin-2026-q3']],
      ['$131,400', 'supported', ['hrs-asp-2026-q3']],
      ['$1.12 billion', 'supported', ['hrs-revenue-2026-q3']],
      ['+11.3%', 'supported', ['hrs-revenue-2026-q3', 'hrs-revenue-2025-q3']],
      ['24.2%', 'supported', ['hrs-rev-leasing-2026-q3', 'hrs-revenue-2026-q3']],
      ['271', 'supported', ['hrs-rev-leasing-2026-q3']],
      ['+12.4%', 'supported', ['hrs-rev-leasing-2026-q3', 'hrs-rev-leasing-2025-q3']],
      ['797', 'contradicted', ['hrs-rev-manufacturing-2026-q3']],
      ['+11.1%', 'supported', ['hrs-rev-manufacturing-2026-q3', 'hrs-rev-manufacturing-2025-q3']],
      ['70', 'supported', ['hrs-rev-services-2026-q3']],
      ['+9.4%', 'supported', ['hrs-rev-services-2026-q3', 'hrs-rev-services-2025-q3']],
      ['18,500–19,500 railcars', 'supported', ['hrs-deliveries-guide-2026-10']],
      ['18,000–19,500', 'unsourced', []],
      ['12.0% to 12.5%', 'supported', ['hrs-mfg-margin-guide-2026']],
      ['$3.71 billion', 'supported', ['hrs-backlog-value-2026-06-30']],
    ]);
  });
});

describe('entertainment centres note (a fiscal year to June, a guidance list)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('bowling'))).toEqual([
      ['9.6%', 'supported', ['swe-revenue-fy2026', 'swe-revenue-fy2025']],
      ['$1.284 billion', 'supported', ['swe-revenue-fy2026']],
      ['356 centres', 'supported', ['swe-centres-2026-06-28']],
      ['18', 'supported', ['swe-centres-2026-06-28', 'swe-centres-2025-06-29']],
      ['3.8%', 'supported', ['swe-sss-fy2026']],
      ['4.5%', 'supported', ['swe-sss-fy2025']],
      ['1.4%', 'supported', ['lcb-sss-2026-q3']],
      ['34.0%', 'supported', ['swe-rev-food-fy2026', 'swe-revenue-fy2026']],
      ['33.1%', 'supported', ['swe-rev-food-fy2025', 'swe-revenue-fy2025']],
      ['$3.7 million', 'unsourced', []],
      ['$3.55 million', 'unsourced', []],
      ['512', 'supported', ['swe-rev-bowling-fy2026']],
      ['+4.7%', 'supported', ['swe-rev-bowling-fy2026', 'swe-rev-bowling-fy2025']],
      ['436', 'unsourced', []],
      ['+12.4%', 'unsourced', []],
      ['336', 'supported', ['swe-rev-amusement-fy2026']],
      ['+13.9%', 'supported', ['swe-rev-amusement-fy2026', 'swe-rev-amusement-fy2025']],
      ['90 basis points', 'supported', ['swe-margin-fy2026', 'swe-margin-fy2025']],
      ['24.8%', 'supported', ['swe-margin-fy2026']],
      ['21 centres', 'supported', ['swe-openings-fy2026']],
      ['$318 million', 'supported', ['swe-revenue-fy2027-q1']],
      ['+9.3%', 'supported', ['swe-revenue-fy2027-q1', 'swe-revenue-fy2026-q1']],
      ['2.1%', 'supported', ['swe-sss-fy2027-q1']],
      ['22.6%', 'supported', ['swe-margin-fy2027-q1']],
      ['$1.36 billion to $1.40 billion', 'supported', ['swe-revenue-guide-fy2027']],
      ['22–26', 'contradicted', ['swe-openings-guide-fy2027']],
      ['25.0%–25.5%', 'supported', ['swe-margin-guide-fy2027']],
      ['18 months', 'unsourced', []],
    ]);
  });
});

describe('orange juice note (seasons, destinations, a rival\'s year in a later clause)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ojuice'))).toEqual([
      ['148.6 million boxes', 'supported', ['laranjal-boxes-fy2026']],
      ['13%', 'supported', ['laranjal-boxes-fy2026', 'laranjal-boxes-fy2025']],
      ['7.6%', 'supported', ['laranjal-volume-fy2026', 'laranjal-volume-fy2025']],
      ['1.04 million tonnes', 'supported', ['laranjal-volume-fy2026']],
      ['594,000 tonnes', 'supported', ['laranjal-volume-europe-fy2026']],
      ['57%', 'supported', ['laranjal-volume-europe-fy2026', 'laranjal-volume-fy2026']],
      ['271,000 tonnes', 'supported', ['laranjal-volume-us-fy2026']],
      ['12%', 'supported', ['laranjal-volume-us-fy2026', 'laranjal-volume-us-fy2025']],
      ['594,000', 'supported', ['laranjal-volume-europe-fy2026']],
      ['+4.0%', 'supported', ['laranjal-volume-europe-fy2026', 'laranjal-volume-europe-fy2025']],
      ['271,000', 'supported', ['laranjal-volume-us-fy2026']],
      ['+12.0%', 'supported', ['laranjal-volume-us-fy2026', 'laranjal-volume-us-fy2025']],
      ['125,000', 'supported', ['laranjal-volume-asia-fy2026']],
      ['+17.9%', 'supported', ['laranjal-volume-asia-fy2026', 'laranjal-volume-asia-fy2025']],
      ['11%', 'unsourced', []],
      ['$3,840 per tonne', 'contradicted', ['laranjal-price-fy2026']],
      ['$3.63 billion', 'supported', ['laranjal-revenue-fy2026']],
      ['$812 million', 'supported', ['laranjal-ebitda-fy2026']],
      ['4%', 'supported', ['laranjal-revenue-fy2026', 'laranjal-revenue-fy2025']],
      ['10%', 'supported', ['laranjal-ebitda-fy2026', 'laranjal-ebitda-fy2025']],
      ['150 basis points', 'supported', ['laranjal-ebitda-margin-fy2026', 'laranjal-ebitda-margin-fy2025']],
      ['22.4%', 'supported', ['laranjal-ebitda-margin-fy2026']],
      ['26%', 'supported', ['laranjal-volume-us-fy2026', 'laranjal-volume-fy2026']],
      ['25%', 'unsourced', []],
      ['62,400 hectares', 'supported', ['laranjal-groves-2026-06']],
      ['176 million boxes', 'supported', ['citrovale-boxes-fy2026']],
      ['135 and 145 million boxes', 'unsourced', []],
      ['950,000 to 1,000,000 tonnes', 'supported', ['laranjal-volume-guidance-fy2027']],
      ['$310 million', 'supported', ['laranjal-capex-guidance-fy2027']],
      ['40.8 kg', 'unsourced', []],
    ]);
  });
});

describe('vertical farming note (kilograms, square metres, a guidance list)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('vfarm'))).toEqual([
      ['34%', 'supported', ['verdhal-produce-2026-q3', 'verdhal-produce-2025-q3']],
      ['41%', 'supported', ['verdhal-revenue-2026-q3', 'verdhal-revenue-2025-q3']],
      ['1.84 million kilograms', 'supported', ['verdhal-produce-2026-q3']],
      ['€14.2 million', 'supported', ['verdhal-revenue-2026-q3']],
      ['10%', 'unsourced', []],
      ['€38.4 million', 'supported', ['verdhal-revenue-2026-9m']],
      ['31,500 square metres', 'supported', ['verdhal-area-2026-09']],
      ['27%', 'supported', ['verdhal-area-2026-09', 'verdhal-area-2025-09']],
      ['58.4 kg per square metre', 'supported', ['verdhal-yield-2026-q3']],
      ['1.12', 'supported', ['verdhal-energy-2026-q3']],
      ['1.41', 'supported', ['verdhal-energy-2025-q3']],
      ['-21%', 'supported', ['verdhal-energy-2026-q3', 'verdhal-energy-2025-q3']],
      ['31.5', 'supported', ['verdhal-gm-2026-q3']],
      ['27.3', 'supported', ['verdhal-gm-2025-q3']],
      ['+4.2 pp', 'supported', ['verdhal-gm-2026-q3', 'verdhal-gm-2025-q3']],
      ['420 basis points', 'unsourced', []],
      ['31.5%', 'unsourced', []],
      ['48 retail partners', 'contradicted', ['verdhal-partners-2026-09']],
      ['38', 'unsourced', []],
      ['19 months', 'supported', ['verdhal-runway-2026-09']],
      ['18%', 'unsourced', []],
      ['12 farms', 'unsourced', []],
      ['€52–55 million', 'supported', ['verdhal-revenue-guidance-2026-nov']],
      ['€50–54 million', 'supported', ['verdhal-revenue-guidance-2026-aug']],
      ['30%', 'supported', ['verdhal-gm-guidance-2026']],
    ]);
  });
});

describe('car marketplace note (a financial year to March, segments paired after "respectively, to")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('carmarket'))).toEqual([
      ['8%', 'supported', ['av-rev-h1fy27', 'av-rev-h1fy26']],
      ['£312.4 million', 'supported', ['av-rev-h1fy27']],
      ['110 basis points', 'supported', ['av-margin-h1fy27', 'av-margin-h1fy26']],
      ['70.2%', 'supported', ['av-margin-h1fy27']],
      ['£167', 'unsourced', []],
      ['£2,845', 'unsourced', []],
      ['+6.2%', 'unsourced', []],
      ['14,212', 'supported', ['av-forecourts-2026-09']],
      ['181', 'supported', ['av-forecourts-2026-09', 'av-forecourts-2025-09']],
      ['9,870 forecourts', 'unsourced', []],
      ['8%', 'supported', ['av-rev-retailer-h1fy27', 'av-rev-retailer-h1fy26']],
      ['5%', 'supported', ['av-rev-consumer-h1fy27', 'av-rev-consumer-h1fy26']],
      ['£256.8 million', 'supported', ['av-rev-retailer-h1fy27']],
      ['£38.1 million', 'supported', ['av-rev-consumer-h1fy27']],
      ['82%', 'unsourced', []],
      ['6%', 'supported', ['av-minutes-h1fy27', 'av-minutes-h1fy26']],
      ['3.84 billion', 'supported', ['av-minutes-h1fy27']],
      ['3.62 billion', 'supported', ['av-minutes-h1fy26']],
      ['256.8', 'supported', ['av-rev-retailer-h1fy27']],
      ['+8%', 'supported', ['av-rev-retailer-h1fy27', 'av-rev-retailer-h1fy26']],
      ['38.1', 'supported', ['av-rev-consumer-h1fy27']],
      ['+5%', 'supported', ['av-rev-consumer-h1fy27', 'av-rev-consumer-h1fy26']],
      ['17.5', 'supported', ['av-rev-manufacturer-h1fy27']],
      ['+6%', 'supported', ['av-rev-manufacturer-h1fy27', 'av-rev-manufacturer-h1fy26']],
      ['£85 million', 'contradicted', ['av-buybacks-h1fy27']],
      ['£65 million', 'supported', ['av-buybacks-h1fy26']],
      ['70%', 'unsourced', []],
      ['£612–622 million', 'supported', ['av-rev-guidance-fy27']],
      ['£160 million', 'supported', ['av-buybacks-guidance-fy27']],
    ]);
  });
});

describe('precious metals refiner note (ounces, a month naming a later noun)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('bullion'))).toEqual([
      ['$118.6 million', 'supported', ['au-rev-2026q3']],
      ['+8.6%', 'supported', ['au-rev-2026q3', 'au-rev-2025q3']],
      ['+5.5%', 'supported', ['au-rev-2026q3', 'au-rev-2026q2']],
      ['90 basis points', 'supported', ['au-margin-2026q3', 'au-margin-2025q3']],
      ['14.8%', 'supported', ['au-margin-2026q3']],
      ['4.12 million', 'supported', ['au-oz-gold-2026q3']],
      ['38.4 million', 'supported', ['au-oz-silver-2026q3']],
      ['6.7%', 'unsourced', []],
      ['4.5%', 'supported', ['au-oz-silver-2026q3', 'au-oz-silver-2025q3']],
      ['$1.42 an ounce', 'unsourced', []],
      ['11 cents', 'unsourced', []],
      ['5.6 million ounces', 'unsourced', []],
      ['2,450 tonnes', 'unsourced', []],
      ['17%', 'unsourced', []],
      ['2,100 tonnes', 'unsourced', []],
      ['$421 million', 'contradicted', ['au-wc-2026-09']],
      ['$43 million', 'unsourced', []],
      ['4.12', 'supported', ['au-oz-gold-2026q3']],
      ['3.86', 'supported', ['au-oz-gold-2025q3']],
      ['+6.7%', 'supported', ['au-oz-gold-2026q3', 'au-oz-gold-2025q3']],
      ['38.4', 'supported', ['au-oz-silver-2026q3']],
      ['40.2', 'supported', ['au-oz-silver-2025q3']],
      ['-4.5%', 'supported', ['au-oz-silver-2026q3', 'au-oz-silver-2025q3']],
      ['92%', 'unsourced', []],
      ['16.0–16.5 million ounces', 'supported', ['au-oz-gold-guidance-2026']],
      ['$95 million', 'supported', ['au-capex-guidance-2026']],
      ['$455 million', 'supported', ['au-wc-2025-12']],
    ]);
  });
});

describe('pilot academy note (students, simulator hours, campuses)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('flightschool'))).toEqual([
      ['15%', 'supported', ['aerovela-revenue-2026-h1', 'aerovela-revenue-2025-h1']],
      ['€148.6 million', 'supported', ['aerovela-revenue-2026-h1']],
      ['150 basis points', 'supported', ['aerovela-ebit-margin-2026-h1', 'aerovela-ebit-margin-2025-h1']],
      ['17.4%', 'supported', ['aerovela-ebit-margin-2026-h1']],
      ['€274.1 million', 'contradicted', ['aerovela-revenue-2025']],
      ['4,310', 'supported', ['aerovela-students-2026-06']],
      ['+11%', 'unsourced', []],
      ['12%', 'unsourced', []],
      ['16%', 'unsourced', []],
      ['612', 'unsourced', []],
      ['186,400', 'supported', ['aerovela-simhours-2026-h1']],
      ['24 training aircraft', 'supported', ['aerovela-fleet-2026-06', 'aerovela-fleet-2025-06']],
      ['212', 'supported', ['aerovela-fleet-2026-06']],
      ['€63,100', 'supported', ['aerovela-rps-2025']],
      ['4.8%', 'supported', ['aerovela-rps-2025', 'aerovela-rps-2024']],
      ['41%', 'unsourced', []],
      ['38%', 'unsourced', []],
      ['82.3', 'supported', ['aerovela-spain-revenue-2026-h1']],
      ['+11%', 'supported', ['aerovela-spain-revenue-2026-h1', 'aerovela-spain-revenue-2025-h1']],
      ['38.9', 'supported', ['aerovela-portugal-revenue-2026-h1']],
      ['+16%', 'supported', ['aerovela-portugal-revenue-2026-h1', 'aerovela-portugal-revenue-2025-h1']],
      ['27.4', 'supported', ['aerovela-poland-revenue-2026-h1']],
      ['+26%', 'supported', ['aerovela-poland-revenue-2026-h1', 'aerovela-poland-revenue-2025-h1']],
      ['€96.0 million', 'supported', ['atlantica-revenue-2026-h1']],
      ['560 basis points', 'unsourced', []],
      ['240 aircraft', 'unsourced', []],
      ['€300–310 million', 'supported', ['aerovela-revenue-guidance-2026']],
      ['17%', 'supported', ['aerovela-ebit-margin-guidance-2026']],
      ['1,300 graduates', 'supported', ['aerovela-graduates-guidance-2026']],
      ['€4.2 million', 'unsourced', []],
    ]);
  });
});

describe('chemicals distributor note (tonnes, acquisitions, an excluded amount)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('chemdist'))).toEqual([
      ['$2.84 billion', 'supported', ['halvern-sales-2026-q3']],
      ['$268 million', 'supported', ['halvern-ebitda-2026-q3']],
      ['4.8%', 'supported', ['halvern-sales-2026-q3', 'halvern-sales-2025-q3']],
      ['11%', 'supported', ['halvern-ebitda-2026-q3', 'halvern-ebitda-2025-q3']],
      ['3.2%', 'supported', ['halvern-volumes-2026-q3', 'halvern-volumes-2025-q3']],
      ['1,482 thousand metric tons', 'supported', ['halvern-volumes-2026-q3']],
      ['$412', 'supported', ['halvern-gppt-2026-q3']],
      ['+5.9%', 'supported', ['halvern-gppt-2026-q3', 'halvern-gppt-2025-q3']],
      ['50 basis points', 'supported', ['halvern-ebitda-margin-2026-q3', 'halvern-ebitda-margin-2025-q3']],
      ['9.4%', 'supported', ['halvern-ebitda-margin-2026-q3']],
      ['81%', 'supported', ['halvern-conversion-2026-q3']],
      ['76%', 'supported', ['halvern-conversion-2025-q3']],
      ['47', 'supported', ['halvern-dso-2026-q3']],
      ['four days', 'supported', ['halvern-dso-2026-q3', 'halvern-dso-2025-q3']],
      ['five acquisitions', 'supported', ['halvern-acquisitions-2026-9m']],
      ['$381 million', 'contradicted', ['halvern-acq-spend-2026-9m']],
      ['43%', 'supported', ['halvern-sales-north-america-2026-q3', 'halvern-sales-2026-q3']],
      ['1,210', 'supported', ['halvern-sales-north-america-2026-q3']],
      ['+5.2%', 'supported', ['halvern-sales-north-america-2026-q3', 'halvern-sales-north-america-2025-q3']],
      ['960', 'supported', ['halvern-sales-emea-2026-q3']],
      ['+2.1%', 'supported', ['halvern-sales-emea-2026-q3', 'halvern-sales-emea-2025-q3']],
      ['330', 'supported', ['halvern-sales-latin-america-2026-q3']],
      ['+6.5%', 'supported', ['halvern-sales-latin-america-2026-q3', 'halvern-sales-latin-america-2025-q3']],
      ['340', 'supported', ['halvern-sales-asia-pacific-2026-q3']],
      ['+9.7%', 'supported', ['halvern-sales-asia-pacific-2026-q3', 'halvern-sales-asia-pacific-2025-q3']],
      ['$3.95 billion', 'supported', ['corvessa-sales-2026-q3']],
      ['$370', 'supported', ['corvessa-gppt-2026-q3']],
      ['$1.02–1.06 billion', 'supported', ['halvern-ebitda-guidance-2026']],
      ['75%', 'supported', ['halvern-conversion-guidance-2026']],
      ['96 thousand metric tons', 'unsourced', []],
    ]);
  });
});

describe('luxury car maker note (deliveries by region, the best since a year)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('luxcar'))).toEqual([
      ['1,642 cars', 'supported', ['ash-deliveries-2026-q3']],
      ['8%', 'supported', ['ash-deliveries-2026-q3', 'ash-deliveries-2025-q3']],
      ['13.7%', 'supported', ['ash-revenue-2026-q3', 'ash-revenue-2025-q3']],
      ['£362.4 million', 'supported', ['ash-revenue-2026-q3']],
      ['£220,700 per car', 'supported', ['ash-asp-2026-q3']],
      ['6.4%', 'unsourced', []],
      ['421 cars', 'contradicted', ['ash-deliveries-uk-2026-q3']],
      ['38%', 'unsourced', []],
      ['412', 'supported', ['ash-deliveries-uk-2026-q3']],
      ['-6.4%', 'supported', ['ash-deliveries-uk-2026-q3', 'ash-deliveries-uk-2025-q3']],
      ['618', 'supported', ['ash-deliveries-americas-2026-q3']],
      ['+18.8%', 'supported', ['ash-deliveries-americas-2026-q3', 'ash-deliveries-americas-2025-q3']],
      ['187', 'supported', ['ash-deliveries-china-2026-q3']],
      ['-18.7%', 'supported', ['ash-deliveries-china-2026-q3', 'ash-deliveries-china-2025-q3']],
      ['425', 'supported', ['ash-deliveries-emea-2026-q3']],
      ['+28.8%', 'supported', ['ash-deliveries-emea-2026-q3', 'ash-deliveries-emea-2025-q3']],
      ['220 basis points', 'supported', ['ash-margin-2026-q3', 'ash-margin-2025-q3']],
      ['14.8%', 'supported', ['ash-margin-2026-q3']],
      ['3,950 cars', 'supported', ['veloria-deliveries-2026-q3']],
      ['4,705 cars', 'supported', ['ash-deliveries-2026-9m']],
      ['£1,028.5 million', 'supported', ['ash-revenue-2026-9m']],
      ['5.0%', 'supported', ['ash-deliveries-2026-9m', 'ash-deliveries-2025-9m']],
      ['8.5%', 'supported', ['ash-revenue-2026-9m', 'ash-revenue-2025-9m']],
      ['14 months', 'supported', ['ash-orderbook-2026-09']],
      ['£684 million', 'supported', ['ash-netdebt-2026-09']],
      ['£702 million', 'supported', ['ash-netdebt-2026-06']],
      ['6,100 to 6,300 cars', 'supported', ['ash-guidance-deliveries-2026-11']],
      ['6,400', 'supported', ['ash-guidance-deliveries-2026-02']],
      ['6,600', 'unsourced', []],
      ['13% to 14%', 'supported', ['ash-guidance-margin-2026-11']],
      ['£209,700', 'supported', ['ash-asp-2025-q3']],
    ]);
  });
});

describe('toll bridge note (crossings per day, an annualised rate, "despite capex")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('tollbridge'))).toEqual([
      ['2.9%', 'unsourced', []],
      ['8.6%', 'unsourced', []],
      ['84,300', 'supported', ['cdl-adt-2026-q3']],
      ['C$35.4 million', 'supported', ['cdl-tollrev-2026-q3']],
      ['5.3%', 'supported', ['cdl-avgtoll-2026-q3', 'cdl-avgtoll-2025-q3']],
      ['C$4.56', 'supported', ['cdl-avgtoll-2026-q3']],
      ['62%', 'supported', ['cdl-adt-tamarack-2026-q3', 'cdl-adt-2026-q3']],
      ['52,100 crossings per day', 'supported', ['cdl-adt-tamarack-2026-q3']],
      ['+7.4%', 'unsourced', []],
      ['3.6%', 'unsourced', []],
      ['32,200', 'supported', ['cdl-adt-portalder-2026-q3']],
      ['78.4', 'supported', ['cdl-ebitda-margin-2026-q3']],
      ['77.1', 'supported', ['cdl-ebitda-margin-2025-q3']],
      ['+130 bp', 'supported', ['cdl-ebitda-margin-2026-q3', 'cdl-ebitda-margin-2025-q3']],
      ['11.2', 'supported', ['cdl-heavy-2026-q3']],
      ['10.6', 'supported', ['cdl-heavy-2025-q3']],
      ['+60 bp', 'supported', ['cdl-heavy-2026-q3', 'cdl-heavy-2025-q3']],
      ['71.5%', 'supported', ['sentier-ebitda-margin-2026-q3']],
      ['C$0.285 per unit', 'supported', ['cdl-dpu-2026-q3']],
      ['3.6%', 'supported', ['cdl-dpu-2026-q3', 'cdl-dpu-2025-q3']],
      ['C$36.8 million', 'contradicted', ['cdl-capex-2026-q3']],
      ['C$31.2 million', 'supported', ['cdl-capex-deck-2026-q3']],
      ['31 years', 'supported', ['cdl-concession-tamarack-2026-09']],
      ['22 years', 'supported', ['cdl-concession-portalder-2026-09']],
      ['11%', 'supported', ['cdl-tollrev-2026-q3', 'cdl-tollrev-2026-q2']],
      ['C$125 million to C$135 million', 'supported', ['cdl-capex-guidance-2026-11']],
      ['C$0.285 per unit', 'supported', ['cdl-dpu-guidance-2026-q4']],
      ['C$4.33 per crossing', 'supported', ['cdl-avgtoll-2025-q3']],
    ]);
  });
});


describe('part 58 rules, second round, each pinned both ways on the notes that found them', () => {
  const codes = (name: string, date: string, heading: string, text: string) => lineFindings(name, date, heading, text).map((f) => [f.claim.text, f.code]);

  it('gives a name another figure stands at only that figure, and a name a sentence before only compared with no later figure', () => {
    const rail = (text: string) => lineFindings('railcar', '2026-11-25', 'Halvern Rail Systems', text).map((f) => [f.claim.text, f.code, f.entities]);
    expect(rail('Utilization was 97.4%, against 95.9% at Brackenridge.')).toEqual([['97.4%', 'supported', ['halvern']], ['95.9%', 'supported', ['brackenridge']]]);
    expect(rail('Utilization was 96.4%, against 95.9% at Brackenridge.')[0]).toEqual(['96.4%', 'contradicted', ['halvern']]);
    const bank = (text: string) => lineFindings('privbank', '2026-11-25', 'Hallwyl Private Bank', text).map((f) => [f.claim.text, f.code, f.entities]);
    expect(bank("The CET1 ratio was 17.9%, well ahead of Sarnau's 15.1%. AuM were CHF 184.6 billion.").at(-1)).toEqual(['CHF 184.6 billion', 'supported', ['hallwyl']]);
    expect(bank("The CET1 ratio was 17.9%, well ahead of Sarnau's 15.1%. AuM were CHF 148.6 billion.").at(-1)).toEqual(['CHF 148.6 billion', 'contradicted', ['hallwyl']]);
  });

  it('reads "the 11.2% minimum" as a level set against, and "at end-June" as the level a half closed at', () => {
    const bank = (text: string) => codes('privbank', '2026-11-25', 'Hallwyl Private Bank', text);
    expect(bank('Its CET1 ratio is well above the 11.2% minimum.')).toEqual([['11.2%', 'unsourced']]);
    expect(bank('Its CET1 ratio is 11.2%.')).toEqual([['11.2%', 'contradicted']]);
    expect(bank('The CET1 ratio eased to 17.6% at end-June.')).toEqual([['17.6%', 'contradicted']]);
    expect(bank('The CET1 ratio eased to 17.9% at end-June.')).toEqual([['17.9%', 'supported']]);
  });

  it('reads a figure before "fewer than" as a difference, never a level', () => {
    const life = (text: string) => codes('lifeins', '2026-11-25', 'Asahiya Life', text);
    expect(life('Policies in force were 11.84 million, 80,000 fewer than six months earlier.')).toEqual([['11.84 million', 'supported'], ['80,000', 'unsourced']]);
  });

  it('pairs the levels after "respectively, to" with the list before the changes, past an earlier clause', () => {
    const school = (text: string) => codes('flightschool', '2026-11-25', 'Aerovela Flight Academy', text);
    expect(school('Enrolment reached 4,310, and graduates and simulator hours rose 12% and 16%, respectively, to 612 and 186,400.')).toEqual([
      ['4,310', 'supported'], ['12%', 'supported'], ['16%', 'supported'], ['612', 'supported'], ['186,400', 'supported'],
    ]);
    expect(school('Enrolment reached 4,310, and graduates and simulator hours rose 12% and 16%, respectively, to 186,400 and 612.').slice(3)).toEqual([['186,400', 'contradicted'], ['612', 'contradicted']]);
    const cars = (text: string) => codes('carmarket', '2026-11-25', 'Autovale', text);
    expect(cars('Retailer and Consumer Services revenue grew 8% and 5%, respectively, to £256.8 million and £38.1 million.')).toEqual([
      ['8%', 'supported'], ['5%', 'supported'], ['£256.8 million', 'supported'], ['£38.1 million', 'supported'],
    ]);
    expect(cars('Retailer and Consumer Services revenue grew 8% and 5%, respectively, to £38.1 million and £256.8 million.').slice(2)).toEqual([['£38.1 million', 'contradicted'], ['£256.8 million', 'contradicted']]);
  });

  it('reads the list of a run after an earlier clause\'s figure', () => {
    const bowl = (text: string) => lineFindings('bowling', '2026-11-25', 'Strikewell Entertainment', text).map((f) => [f.claim.text, f.code, f.metric ?? null]);
    expect(bowl('Revenue was $318 million, while same-store sales and the adjusted EBITDA margin were 2.1% and 22.6%, respectively.').slice(1)).toEqual([
      ['2.1%', 'supported', 'same_store_sales'], ['22.6%', 'supported', 'adj_ebitda_margin'],
    ]);
    expect(bowl('Revenue was $318 million, while same-store sales and the adjusted EBITDA margin were 2.1% and 26.2%, respectively.').at(-1)).toEqual(['26.2%', 'contradicted', 'adj_ebitda_margin']);
  });

  it('reads the second change of a run as one, with the first one\'s direction', () => {
    const lux = (text: string) => lineFindings('luxcar', '2026-11-25', 'Ashcombe Motor Company', text);
    expect(lux('Deliveries and adjusted EBIT margin were 1,642 cars and 14.8%, respectively, up 8% and 17%.').map((f) => [f.claim.text, f.claim.kind])).toEqual([
      ['1,642 cars', 'count'], ['14.8%', 'percent'], ['8%', 'growth'], ['17%', 'growth'],
    ]);
    const metals = lineFindings('bullion', '2026-11-25', 'Aurelis Refining', 'Gold and silver ounces refined fell 1.9% and 4.5% year on year, respectively.');
    expect(metals.map((f) => f.claim.value)).toEqual([-1.9, -4.5]);
    expect(lineFindings('bullion', '2026-11-25', 'Aurelis Refining', 'Sales fell 1.9% and margins rose 4.5% year on year.').map((f) => f.claim.value)).toEqual([-1.9, 4.5]);
  });

  it('reads "despite", "amid", "saw" as no part of a metric, and "the best since 2023" as a record, no time', () => {
    const bridge = (text: string) => codes('tollbridge', '2026-11-25', 'Cedarline Crossings Fund', text);
    expect(bridge('It is covered despite capex of C$38.6 million in the quarter.')).toEqual([['C$38.6 million', 'supported']]);
    expect(bridge('It is covered despite capex of C$36.8 million in the quarter.')).toEqual([['C$36.8 million', 'contradicted']]);
    const lux = (text: string) => lineFindings('luxcar', '2026-11-25', 'Ashcombe Motor Company', text);
    const best = lux('Adjusted EBIT margin was 14.8%, the best since 2023.')[0]!;
    expect([best.code, best.claim.time]).toEqual(['supported', null]);
  });

  it('never judges an annualised rate by a shorter period\'s fact', () => {
    const bridge = (text: string) => codes('tollbridge', '2026-11-25', 'Cedarline Crossings Fund', text);
    expect(bridge('The distribution now runs at an annualised C$1.14 per unit.')).toEqual([['C$1.14 per unit', 'unsourced']]);
    expect(bridge('The distribution now runs at C$1.14 per unit.')).toEqual([['C$1.14 per unit', 'contradicted']]);
  });

  it('reads "kg" after a number as kilograms', () => {
    const farm = (text: string) => codes('vfarm', '2026-11-25', 'Verdhal Farms', text);
    expect(farm('Verdhal sold 1.84 million kg of produce in the third quarter of 2026.')).toEqual([['1.84 million kg', 'supported']]);
    expect(farm('Verdhal sold 2.84 million kg of produce in the third quarter of 2026.')).toEqual([['2.84 million kg', 'contradicted']]);
    expect(farm('The yield was 1.9 kg per plant.')).toEqual([['1.9 kg per plant', 'unsourced']]);
  });

  it('gives a change after a second clause\'s level that level\'s metric and part', () => {
    const juice = (text: string) => lineFindings('ojuice', '2026-11-25', 'Laranjal Citrus', text).map((f) => [f.claim.text, f.code, f.metric ?? null]);
    expect(juice('In 2025/26, net revenue was $3.63 billion and EBITDA was $812 million, down 10%.').at(-1)).toEqual(['10%', 'supported', 'ebitda']);
    expect(juice('In 2025/26, net revenue was $3.63 billion and EBITDA was $812 million, down 4%.').at(-1)).toEqual(['4%', 'contradicted', 'ebitda']);
    expect(juice('In 2025/26, shipments to Europe were 594,000 tonnes and shipments to the United States were 271,000 tonnes, up 12%.').at(-1)).toEqual(['12%', 'supported', 'juice_volume']);
    expect(juice('In 2025/26, shipments to Europe were 594,000 tonnes and shipments to the United States were 271,000 tonnes, up 4%.').at(-1)).toEqual(['4%', 'contradicted', 'juice_volume']);
  });

  it('reads an amount a metric leaves out, written before the thing, as that thing\'s', () => {
    const chem = (text: string) => codes('chemdist', '2026-11-25', 'Halvern Chemical Distribution', text);
    expect(chem('Volumes exclude 96,000 tonnes of toll blending.')).toEqual([['96,000 tonnes', 'unsourced']]);
    expect(chem('EBITDA excludes $12 million of restructuring costs.')).toEqual([['$12 million', 'unsourced']]);
    expect(chem('EBITDA was $12 million.')).toEqual([['$12 million', 'contradicted']]);
  });

  it('keeps a later clause\'s year or month off the figure before it', () => {
    const juice = (text: string) => codes('ojuice', '2026-11-25', 'Laranjal Citrus', text);
    expect(juice('Net revenue was $3.63 billion as futures came off their 2024 peak.')).toEqual([['$3.63 billion', 'supported']]);
    expect(juice('Net revenue was $3.93 billion as futures came off their 2024 peak.')).toEqual([['$3.93 billion', 'contradicted']]);
    const metals = (text: string) => codes('bullion', '2026-11-25', 'Aurelis Refining', text);
    expect(metals('Working capital is $412 million, helped by the December metal sale.')).toEqual([['$412 million', 'supported']]);
    expect(metals('Working capital is $421 million, helped by the December metal sale.')).toEqual([['$421 million', 'contradicted']]);
  });
});
describe('uniform rental note (a fiscal year to August, a segment table, a rival on a calendar year, "grew revenue" after an aside)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('uniform'))).toEqual([
      ['$731 million', 'supported', ['ardx-revenue-fy2026-q4']],
      ['6.9%', 'supported', ['ardx-revenue-fy2026-q4', 'ardx-revenue-fy2025-q4']],
      ['7.1%', 'supported', ['ardx-organic-growth-fy2026']],
      ['2,842', 'supported', ['ardx-revenue-fy2026']],
      ['2,631', 'supported', ['ardx-revenue-fy2025']],
      ['+8.0%', 'supported', ['ardx-revenue-fy2026', 'ardx-revenue-fy2025']],
      ['7.84', 'unsourced', []],
      ['7.12', 'unsourced', []],
      ['+10.1%', 'supported', ['ardx-eps-fy2026', 'ardx-eps-fy2025']],
      ['2,214', 'unsourced', []],
      ['78%', 'unsourced', []],
      ['312', 'unsourced', []],
      ['11%', 'unsourced', []],
      ['316', 'unsourced', []],
      ['11%', 'unsourced', []],
      ['7.4%', 'unsourced', []],
      ['12.6%', 'unsourced', []],
      ['13.4%', 'supported', ['ardx-opmargin-fy2026']],
      ['80 basis points', 'unsourced', []],
      ['23.1%', 'supported', ['corvane-opmargin-fy2026']],
      ['$568 million', 'supported', ['ardx-adj-ebitda-fy2026']],
      ['20.0%', 'supported', ['ardx-adj-ebitda-fy2026', 'ardx-revenue-fy2026']],
      ['$294 million', 'supported', ['ardx-fcf-fy2026']],
      ['1.6x', 'supported', ['ardx-net-leverage-2026-08']],
      ['2,150 delivery routes', 'supported', ['ardx-routes-2026-08']],
      ['95%', 'unsourced', []],
      ['$10.94 billion', 'supported', ['corvane-revenue-fy2026']],
      ['4%', 'supported', ['westline-revenue-2025', 'westline-revenue-2024']],
      ['$2.77 billion', 'contradicted', ['westline-revenue-2025']],
      ['34%', 'unsourced', []],
      ['11%', 'unsourced', []],
      ['$3.01 billion to $3.05 billion', 'supported', ['ardx-revenue-fy2027-guidance']],
      ['$8.30 to $8.60', 'supported', ['ardx-eps-fy2027-guidance']],
      ['$190 million to $210 million', 'supported', ['ardx-capex-fy2027-guidance']],
      ['$176 million', 'supported', ['ardx-capex-fy2026']],
    ]);
  });
});

describe('Indian diagnostics note (crore, glued fiscal halves and quarters, a YoY column, "the rest")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('indiadx'))).toEqual([
      ['₹712 crore', 'unsourced', []],
      ['28.1%', 'supported', ['nir-ebitda-margin-q2-fy2027']],
      ['12.8%', 'supported', ['nir-revenue-q2-fy2027', 'nir-revenue-q2-fy2026']],
      ['80 bps', 'supported', ['nir-ebitda-margin-q2-fy2027', 'nir-ebitda-margin-q2-fy2026']],
      ['₹1,389 crore', 'supported', ['nir-revenue-h1-fy2027']],
      ['2,486', 'supported', ['nir-revenue-fy2026']],
      ['2,184', 'supported', ['nir-revenue-fy2025']],
      ['13.8%', 'supported', ['nir-revenue-fy2026', 'nir-revenue-fy2025']],
      ['402', 'supported', ['nir-pat-fy2026']],
      ['338', 'supported', ['nir-pat-fy2025']],
      ['18.9%', 'supported', ['nir-pat-fy2026', 'nir-pat-fy2025']],
      ['2.94 crore patients', 'supported', ['nir-patients-fy2026']],
      ['8.1 crore tests', 'supported', ['nir-tests-fy2026']],
      ['2.8 tests per patient', 'unsourced', []],
      ['₹846', 'supported', ['nir-rev-per-patient-fy2026']],
      ['71%', 'supported', ['nir-revenue-b2c-fy2026', 'nir-revenue-fy2026']],
      ['₹1,765 crore', 'supported', ['nir-revenue-b2c-fy2026']],
      ['₹721 crore', 'unsourced', []],
      ['232 labs', 'supported', ['nir-labs-2026-09']],
      ['5,870 collection centres', 'supported', ['nir-centres-2026-09']],
      ['25 labs', 'unsourced', []],
      ['₹12 per share', 'supported', ['nir-dividend-fy2026']],
      ['14–16%', 'supported', ['nir-revenue-growth-guidance-fy2027']],
      ['27–28%', 'supported', ['nir-ebitda-margin-guidance-fy2027']],
      ['₹180–200 crore', 'supported', ['nir-capex-guidance-fy2027']],
      ['Rs 781 crore', 'supported', ['pathwell-revenue-q2-fy2027']],
      ['2,486', 'supported', ['nir-revenue-fy2026']],
      ['27.4', 'supported', ['nir-ebitda-margin-fy2026']],
      ['2,740', 'supported', ['pathwell-revenue-fy2026']],
      ['29.4', 'contradicted', ['pathwell-ebitda-margin-fy2026']],
      ['1,245', 'supported', ['sahyog-revenue-fy2026']],
      ['24.2', 'supported', ['sahyog-ebitda-margin-fy2026']],
      ['3.1%', 'supported', ['nir-market-share-2026-03']],
      ['3.4%', 'supported', ['pathwell-market-share-2026-03']],
      ['₹1.1 lakh crore', 'unsourced', []],
    ]);
  });
});

describe('Japanese instrument maker note (yen, a March year, a half stated with its second quarter, "1H FY27")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('instruments'))).toEqual([
      ['¥451.3 billion', 'supported', ['kis-rev-fy2026']],
      ['2.9%', 'supported', ['kis-rev-fy2026', 'kis-rev-fy2025']],
      ['¥36.1 billion', 'supported', ['kis-op-fy2026']],
      ['¥33.9 billion', 'supported', ['kis-op-fy2025']],
      ['8.0%', 'supported', ['kis-opm-fy2026']],
      ['186.4', 'supported', ['kis-rev-pianos-fy2026']],
      ['41%', 'unsourced', []],
      ['97.5', 'supported', ['kis-rev-guitars-fy2026']],
      ['22%', 'unsourced', []],
      ['121.8', 'supported', ['kis-rev-audio-fy2026']],
      ['27%', 'unsourced', []],
      ['5.1%', 'unsourced', []],
      ['148,000 units', 'unsourced', []],
      ['5.8%', 'supported', ['kis-guitar-units-fy2026', 'kis-guitar-units-fy2025']],
      ['1.28 million', 'supported', ['kis-guitar-units-fy2026']],
      ['¥452,000', 'unsourced', []],
      ['¥321.7 billion', 'contradicted', ['ton-rev-fy2026']],
      ['6.4%', 'supported', ['ton-opm-fy2026']],
      ['96,000 acoustic pianos', 'supported', ['ton-piano-units-fy2026']],
      ['twelve months', 'unsourced', []],
      ['39%', 'unsourced', []],
      ['24%', 'unsourced', []],
      ['910,000 guitars', 'supported', ['red-guitar-units-2025']],
      ['$1.42 billion', 'unsourced', []],
      ['40%', 'unsourced', []],
      ['3.9%', 'supported', ['kis-rev-h1fy2027', 'kis-rev-h1fy2026']],
      ['¥219.7 billion', 'supported', ['kis-rev-h1fy2027']],
      ['¥112.4 billion', 'supported', ['kis-rev-q2fy2027']],
      ['¥15.8 billion', 'supported', ['kis-op-h1fy2027']],
      ['1.30–1.35 million', 'unsourced', []],
      ['¥460 billion', 'supported', ['kis-rev-guid-fy2027-nov']],
      ['¥470 billion', 'supported', ['kis-rev-guid-fy2027-may']],
      ['¥37 billion', 'supported', ['kis-op-guid-fy2027-nov']],
      ['¥40 billion', 'supported', ['kis-op-guid-fy2027-may']],
      ['20,150 people', 'supported', ['kis-employees-2026-03']],
      ['3,420\ndealers', 'supported', ['kis-dealers-2026-03']],
    ]);
  });
});

describe('corrugated packaging note (euros by quarter, kilotonnes, an outlook list "(was …)")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('corrugated'))).toEqual([
      ['4.8%', 'supported', ['val-rev-q3-2026', 'val-rev-q3-2025']],
      ['€2.84 billion', 'supported', ['val-rev-q3-2026']],
      ['11%', 'supported', ['val-ebitda-q3-2026', 'val-ebitda-q3-2025']],
      ['€468 million', 'supported', ['val-ebitda-q3-2026']],
      ['100 basis points', 'supported', ['val-ebitdam-q3-2026', 'val-ebitdam-q3-2025']],
      ['16.5%', 'supported', ['val-ebitdam-q3-2026']],
      ['2,140', 'supported', ['val-box-q3-2026']],
      ['2,100', 'supported', ['val-box-q3-2025']],
      ['+1.9%', 'supported', ['val-box-q3-2026', 'val-box-q3-2025']],
      ['1,108', 'contradicted', ['val-tonnes-q3-2026']],
      ['1,150', 'supported', ['val-tonnes-q3-2025']],
      ['+2.6%', 'supported', ['val-tonnes-q3-2026', 'val-tonnes-q3-2025']],
      ['€612 per tonne', 'unsourced', []],
      ['€15', 'unsourced', []],
      ['€598 a tonne', 'supported', ['nor-price-q3-2026']],
      ['€590 per tonne', 'unsourced', []],
      ['€60 a tonne', 'unsourced', []],
      ['€1.21 billion', 'unsourced', []],
      ['14.1%', 'supported', ['nor-ebitdam-q3-2026']],
      ['3.0%', 'supported', ['nor-box-q3-2026', 'nor-box-q3-2025']],
      ['640,000 tonnes', 'supported', ['cas-tonnes-q3-2026']],
      ['Nine months', 'unsourced', []],
      ['€8.31 billion', 'supported', ['val-rev-9m-2026']],
      ['€1.24 billion', 'supported', ['val-ebitda-9m-2026']],
      ['14.9%', 'unsourced', []],
      ['€1.62–1.68 billion', 'supported', ['val-ebitda-guid-2026-oct']],
      ['€1.60–1.70 billion', 'supported', ['val-ebitda-guid-2026-feb']],
      ['€520 million', 'supported', ['val-capex-guid-2026']],
      ['2.5x', 'unsourced', []],
      ['€3.61 billion', 'supported', ['val-netdebt-2026-09']],
      ['2.3 times', 'supported', ['val-netdebt-2026-09', 'val-ebitda-2025']],
      ['23,400 people', 'supported', ['val-employees-2025']],
      ['118 converting plants', 'supported', ['val-plants-2026-09']],
      ['12%', 'unsourced', []],
      ['9%', 'supported', ['cas-share-2026']],
      ['€22 million', 'unsourced', []],
    ]);
  });
});

describe('marina operator note (slips, occupancy, a September year, net debt "or 4.2x adjusted EBITDA")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('marina'))).toEqual([
      ['$341.2\nmillion', 'supported', ['hbrm-adj-ebitda-fy2026']],
      ['11.2%', 'supported', ['hbrm-adj-ebitda-fy2026', 'hbrm-adj-ebitda-fy2025']],
      ['812.4', 'supported', ['hbrm-rev-fy2026']],
      ['741.6', 'supported', ['hbrm-rev-fy2025']],
      ['+9.5%', 'supported', ['hbrm-rev-fy2026', 'hbrm-rev-fy2025']],
      ['42.0', 'supported', ['hbrm-margin-fy2026']],
      ['41.4', 'supported', ['hbrm-margin-fy2025']],
      ['+60 bp', 'supported', ['hbrm-margin-fy2026', 'hbrm-margin-fy2025']],
      ['9.4%', 'supported', ['hbrm-rev-q4-fy2026', 'hbrm-rev-q4-fy2025']],
      ['$218.4 million', 'contradicted', ['hbrm-rev-q4-fy2026']],
      ['5.2%', 'supported', ['hbrm-smrg-q4-fy2026']],
      ['6.1%', 'unsourced', []],
      ['$498.2 million', 'supported', ['hbrm-storage-rev-fy2026']],
      ['61%', 'unsourced', []],
      ['$314.2 million', 'supported', ['hbrm-services-rev-fy2026']],
      ['$8,530', 'supported', ['hbrm-rev-per-slip-fy2026']],
      ['94.1%', 'unsourced', []],
      ['92.7%', 'unsourced', []],
      ['$152.7 million', 'supported', ['bluewater-rev-q3-2026']],
      ['91.3%', 'supported', ['bluewater-occupancy-q3-2026']],
      ['4.4%', 'supported', ['bluewater-smrg-q3-2026']],
      ['148', 'supported', ['hbrm-marinas-2026-09']],
      ['96', 'supported', ['bluewater-marinas-2026-09']],
      ['61', 'supported', ['tidemark-marinas-2026-06']],
      ['$286 million', 'supported', ['hbrm-acq-spend-fy2026']],
      ['148 marinas', 'supported', ['hbrm-marinas-2026-09']],
      ['139', 'supported', ['hbrm-marinas-2025-09']],
      ['$1.42 billion', 'supported', ['hbrm-net-debt-2026-09']],
      ['4.2x', 'supported', ['hbrm-net-debt-2026-09', 'hbrm-adj-ebitda-fy2026']],
      ['3,900', 'supported', ['hbrm-employees-2026-09']],
      ['3.4%', 'supported', ['hbrm-share-2026-09']],
      ['$860 million to $880 million', 'supported', ['hbrm-rev-guide-fy2027']],
      ['$362–372 million', 'supported', ['hbrm-ebitda-guide-fy2027']],
      ['4% to 5%', 'supported', ['hbrm-smrg-guide-fy2027']],
    ]);
  });
});

describe('central bank note (policy moves in basis points, NZ$ with an entity aliased NZ, settlement cash "faster than the balance sheet")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cbank'))).toEqual([
      ['2-year', 'unsourced', []],
      ['50 basis points', 'supported', ['rbnz-move-2026-11-25']],
      ['2.50%', 'supported', ['rbnz-ocr-2026-11-25']],
      ['25bp', 'unsourced', []],
      ['3.1%', 'supported', ['nz-cpi-2026-q3']],
      ['2.8%', 'supported', ['nz-cpi-2026-q2']],
      ['3.6%', 'supported', ['nz-nontradables-2026-q3']],
      ['5.1%', 'supported', ['nz-unemployment-2026-q3']],
      ['2%', 'supported', ['rbnz-target-midpoint']],
      ['1–3%', 'supported', ['rbnz-inflation-target']],
      ['3.00%', 'supported', ['rbnz-ocr-track-2027-q4']],
      ['2.1%', 'supported', ['rbnz-cpi-forecast-2027-q4']],
      ['40 basis points', 'unsourced', []],
      ['NZ$58.4 billion', 'unsourced', []],
      ['10%', 'unsourced', []],
      ['NZ$18.3 billion', 'unsourced', []],
      ['58.4', 'supported', ['rbnz-assets-2026-10']],
      ['64.9', 'supported', ['rbnz-assets-2025-10']],
      ['-10.0%', 'supported', ['rbnz-assets-2026-10', 'rbnz-assets-2025-10']],
      ['21.7', 'supported', ['rbnz-settlement-2026-10']],
      ['26.3', 'supported', ['rbnz-settlement-2025-10']],
      ['-17.5%', 'supported', ['rbnz-settlement-2026-10', 'rbnz-settlement-2025-10']],
      ['19.8', 'supported', ['rbnz-fxres-2026-10']],
      ['NZ$21.7 billion', 'supported', ['rbnz-settlement-2026-10']],
      ['NZ$14–18 billion', 'unsourced', []],
      ['NZ$612 million', 'supported', ['rbnz-profit-fy2026']],
      ['NZ$448 million', 'supported', ['rbnz-profit-fy2025']],
      ['NZ$450 million', 'supported', ['rbnz-dividend-fy2026']],
      ['NZ$184 million', 'supported', ['rbnz-opex-fy2026']],
      ['582', 'supported', ['rbnz-employees-2026-06']],
      ['3.60%', 'supported', ['rba-cash-rate-2026-11-03']],
      ['A$398 billion', 'unsourced', []],
      ['3.50–3.75%', 'contradicted', ['fed-funds-2026-10-28']],
      ['110 basis points', 'unsourced', []],
      ['160 basis points', 'unsourced', []],
    ]);
  });
});

describe('beverage can note (billions of cans, a price per thousand cans, a plan then "it shipped")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cans'))).toEqual([
      ['16.4 billion cans', 'supported', ['corvane-shipments-2026q3']],
      ['5.1%', 'supported', ['corvane-shipments-2026q3', 'corvane-shipments-2025q3']],
      ['$3.42 billion', 'supported', ['corvane-revenue-2026q3']],
      ['$513 million', 'supported', ['corvane-adj-ebitda-2026q3']],
      ['7.5%', 'supported', ['corvane-revenue-2026q3', 'corvane-revenue-2025q3']],
      ['11%', 'supported', ['corvane-adj-ebitda-2026q3', 'corvane-adj-ebitda-2025q3']],
      ['15.0%', 'unsourced', []],
      ['7.1', 'supported', ['corvane-shipments-na-2026q3']],
      ['43%', 'unsourced', []],
      ['5.2', 'supported', ['corvane-shipments-eu-2026q3']],
      ['32%', 'unsourced', []],
      ['4.1', 'supported', ['corvane-shipments-sa-2026q3']],
      ['25%', 'unsourced', []],
      ['$1.62 billion', 'supported', ['corvane-revenue-na-2026q3']],
      ['47%', 'unsourced', []],
      ['$208 per thousand cans', 'supported', ['corvane-rev-per-can-2026q3']],
      ['20.9 cents a can', 'supported', ['corvane-rev-per-can-2026q3']],
      ['2.9x', 'supported', ['corvane-net-leverage-2026-09']],
      ['3.3x', 'supported', ['corvane-net-leverage-2025-12']],
      ['$5.9 billion', 'supported', ['corvane-net-debt-2026-09']],
      ['$0.21 a share', 'unsourced', []],
      ['$1.95–2.05 billion', 'supported', ['corvane-adj-ebitda-guid-2026-11']],
      ['$1.90–2.00 billion', 'supported', ['corvane-adj-ebitda-guid-2026-08']],
      ['4% to 5%', 'supported', ['corvane-shipment-growth-guid-2026']],
      ['$650 million', 'supported', ['corvane-capex-guid-2026']],
      ['7.4x', 'unsourced', []],
      ['31%', 'unsourced', []],
      ['27%', 'unsourced', []],
      ['50.5 billion cans', 'supported', ['halden-shipments-guid-2026-10']],
      ['13.6 billion', 'contradicted', ['halden-shipments-2026q3']],
      ['3.6x', 'supported', ['halden-net-leverage-2026-09']],
      ['9.6 billion cans', 'supported', ['tasman-shipments-fy2026']],
      ['4.3%', 'supported', ['tasman-shipments-fy2026', 'tasman-shipments-fy2025']],
      ['A$3.15 billion', 'supported', ['tasman-revenue-fy2026']],
      ['$95 million', 'unsourced', []],
    ]);
  });
});

describe('timber REIT note (acres, tons, a price per acre, "we estimate an implied value")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('timber'))).toEqual([
      ['3.38 million tons', 'supported', ['ashgrove-harvest-2026q3']],
      ['8.3%', 'supported', ['ashgrove-harvest-2026q3', 'ashgrove-harvest-2025q3']],
      ['2.71 million tons', 'supported', ['ashgrove-harvest-south-2026q3']],
      ['0.67 million', 'supported', ['ashgrove-harvest-pnw-2026q3']],
      ['4.2%', 'unsourced', []],
      ['$41.80 per ton', 'supported', ['ashgrove-realized-price-2026q3']],
      ['$27.40 a ton', 'supported', ['ashgrove-stumpage-2026q3']],
      ['$226 million', 'supported', ['ashgrove-revenue-timber-2026q3']],
      ['$64 million', 'supported', ['ashgrove-revenue-realestate-2026q3']],
      ['$318 million', 'supported', ['ashgrove-revenue-2026q3']],
      ['9.3%', 'supported', ['ashgrove-revenue-2026q3', 'ashgrove-revenue-2025q3']],
      ['$146 million', 'supported', ['ashgrove-adj-ebitda-2026q3']],
      ['3.1x', 'supported', ['ashgrove-net-leverage-2026-09']],
      ['14,200 acres', 'supported', ['ashgrove-land-sold-2026q3']],
      ['$3,850 per acre', 'supported', ['ashgrove-land-price-2026q3']],
      ['2.31 million acres', 'supported', ['ashgrove-acres-2026-09']],
      ['2.36 million', 'unsourced', []],
      ['1.80 million', 'unsourced', []],
      ['78%', 'unsourced', []],
      ['$2,100 per acre', 'unsourced', []],
      ['$520 million to $540 million', 'supported', ['ashgrove-adj-ebitda-guid-2026-10']],
      ['$500 million to $530 million', 'supported', ['ashgrove-adj-ebitda-guid-2026-07']],
      ['13.2 to 13.6 million tons', 'supported', ['ashgrove-harvest-guid-2026']],
      ['12.9 million tons', 'supported', ['ashgrove-harvest-2025']],
      ['5.6%', 'supported', ['ashgrove-dividend-2026-10', 'ashgrove-dividend-2025-10']],
      ['$0.285 per share', 'supported', ['ashgrove-dividend-2026-10']],
      ['$1.14', 'unsourced', []],
      ['2.31', 'supported', ['ashgrove-acres-2026-09']],
      ['3.38', 'supported', ['ashgrove-harvest-2026q3']],
      ['41.80', 'supported', ['ashgrove-realized-price-2026q3']],
      ['1.84', 'supported', ['pinecrest-acres-2026-09']],
      ['2.05', 'supported', ['pinecrest-harvest-2026q3']],
      ['36.90', 'contradicted', ['pinecrest-realized-price-2026q3']],
      ['$0.22 a share', 'unsourced', []],
      ['$12 to $15 a ton', 'unsourced', []],
    ]);
  });
});

describe('Kenyan tea note (KSh, kilograms of made tea, a March year, a YoY column)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('tea'))).toEqual([
      ['22.4 million kg', 'supported', ['sotik-madetea-h1fy2027']],
      ['8.7%', 'supported', ['sotik-madetea-h1fy2027', 'sotik-madetea-h1fy2026']],
      ['KSh 7.9 billion', 'supported', ['sotik-revenue-h1fy2027']],
      ['US$2.31 per kg', 'supported', ['sotik-price-h1fy2027']],
      ['US$2.38 per kg', 'supported', ['sotik-price-fy2026']],
      ['330 basis points', 'supported', ['sotik-opmargin-fy2026', 'sotik-opmargin-fy2025']],
      ['15.4%', 'supported', ['sotik-opmargin-fy2026']],
      ['50%', 'unsourced', []],
      ['KSh 1.92 billion', 'contradicted', ['sotik-netprofit-fy2026']],
      ['KSh 6.00 per share', 'supported', ['sotik-dps-fy2026']],
      ['183.5\nmillion kg', 'supported', ['sotik-greenleaf-fy2026']],
      ['38.9', 'supported', ['sotik-madetea-fy2025']],
      ['41.8', 'supported', ['sotik-madetea-fy2026']],
      ['+7.5%', 'supported', ['sotik-madetea-fy2026', 'sotik-madetea-fy2025']],
      ['12.9', 'supported', ['sotik-revenue-fy2025']],
      ['14.6', 'supported', ['sotik-revenue-fy2026']],
      ['+13.2%', 'supported', ['sotik-revenue-fy2026', 'sotik-revenue-fy2025']],
      ['KSh 5.8 billion', 'supported', ['sotik-revenue-pakistan-fy2026']],
      ['40%', 'unsourced', []],
      ['KSh 2.1 billion', 'supported', ['sotik-revenue-valueadded-fy2026']],
      ['14%', 'supported', ['sotik-revenue-valueadded-fy2026', 'sotik-revenue-fy2026']],
      ['8,450 hectares', 'supported', ['sotik-area-2026-03']],
      ['9,200 people', 'unsourced', []],
      ['7.3%', 'supported', ['sotik-share-fy2026']],
      ['31.6 million kg', 'supported', ['mauridge-madetea-2025']],
      ['6%', 'supported', ['mauridge-madetea-2025', 'mauridge-madetea-2024']],
      ['US$2.19\nper kg', 'supported', ['mauridge-price-2025']],
      ['KSh 10.4 billion', 'supported', ['mauridge-revenue-2025']],
      ['11.2%', 'supported', ['mauridge-opmargin-2025']],
      ['5,100 hectares', 'supported', ['mauridge-area-2026-06']],
      ['45–47 million kg', 'supported', ['sotik-madetea-guidance-fy2027-nov']],
      ['44–46 million kg', 'unsourced', []],
      ['KSh 1.4 billion', 'supported', ['sotik-capex-guidance-fy2027']],
      ['US$1.60 a kilo', 'unsourced', []],
      ['KSh 240 million', 'unsourced', []],
    ]);
  });
});

describe('subsea cable note (Tbps, backlog "on the same date", a change before another clause\'s "up from")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('subsea'))).toEqual([
      ['9%', 'supported', ['thal-rev-q3-2026', 'thal-rev-q3-2025']],
      ['$268 million', 'supported', ['thal-rev-q3-2026']],
      ['$4.12 billion', 'supported', ['thal-backlog-2026-09']],
      ['$3.76 billion', 'supported', ['thal-backlog-2025-12']],
      ['268', 'supported', ['thal-rev-q3-2026']],
      ['246', 'supported', ['thal-rev-q3-2025']],
      ['129', 'supported', ['thal-ebitda-q3-2026']],
      ['118', 'supported', ['thal-ebitda-q3-2025']],
      ['48.1', 'supported', ['thal-margin-q3-2026']],
      ['48.0', 'supported', ['thal-margin-q3-2025']],
      ['612', 'supported', ['thal-lit-2026-09']],
      ['34%', 'supported', ['thal-lit-2026-09', 'thal-lit-2025-09']],
      ['128,400 route\nkilometres', 'supported', ['thal-routekm-2026-09']],
      ['42%', 'supported', ['thal-util-2026-09']],
      ['$981 million', 'supported', ['thal-rev-2025']],
      ['12%', 'supported', ['thal-rev-2025', 'thal-rev-2024']],
      ['40%', 'unsourced', []],
      ['48%', 'unsourced', []],
      ['12%', 'unsourced', []],
      ['16%', 'supported', ['thal-ebitda-2025', 'thal-ebitda-2024']],
      ['$452 million', 'supported', ['thal-ebitda-2025']],
      ['46.1%', 'supported', ['thal-margin-2025']],
      ['3.1x', 'supported', ['thal-leverage-2026-09']],
      ['$1.04–1.07 billion', 'supported', ['thal-guid-rev-2026']],
      ['$490–505 million', 'supported', ['thal-guid-ebitda-2026-nov']],
      ['$480–500 million', 'supported', ['thal-guid-ebitda-2026-feb']],
      ['$350 million', 'supported', ['thal-guid-capex-2026']],
      ['7%', 'supported', ['mer-rev-fy2026', 'mer-rev-fy2025']],
      ['$612 million', 'supported', ['mer-rev-fy2026']],
      ['$286 million', 'contradicted', ['mer-ebitda-fy2026']],
      ['43.8%', 'supported', ['mer-margin-fy2026']],
      ['388', 'supported', ['mer-lit-2026-06']],
      ['$2.4 billion', 'supported', ['mer-backlog-2026-06']],
      ['$3.95 billion', 'unsourced', []],
      ['$610 million', 'unsourced', []],
    ]);
  });
});

describe('horse racing note (handle, purses "a day", "versus 36.0% for Millbrook", "fourth-quarter revenue in 2025")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('racing'))).toEqual([
      ['468', 'supported', ['apr-handle-2026-q3']],
      ['437', 'supported', ['apr-handle-2025-q3']],
      ['+7.1%', 'supported', ['apr-handle-2026-q3', 'apr-handle-2025-q3']],
      ['438', 'supported', ['apr-revenue-2026-q3']],
      ['401', 'supported', ['apr-revenue-2025-q3']],
      ['+9.2%', 'supported', ['apr-revenue-2026-q3', 'apr-revenue-2025-q3']],
      ['44.8%', 'supported', ['apr-online-share-2026-q3']],
      ['4,150 historical racing machines', 'supported', ['apr-hrm-2026-09']],
      ['$1.74 billion', 'supported', ['apr-handle-2025']],
      ['7%', 'supported', ['apr-handle-2025', 'apr-handle-2024']],
      ['$1.39 billion', 'supported', ['millbrook-handle-2025']],
      ['15.6%', 'supported', ['apr-market-share-2025']],
      ['8.7%', 'supported', ['apr-revenue-2025', 'apr-revenue-2024']],
      ['$1.62 billion', 'supported', ['apr-revenue-2025']],
      ['$521 million', 'contradicted', ['apr-adj-ebitda-2025']],
      ['31.6%', 'supported', ['apr-adj-ebitda-margin-2025']],
      ['27.4%', 'supported', ['millbrook-adj-ebitda-margin-2025']],
      ['$2.87', 'supported', ['apr-eps-2025']],
      ['$780 million', 'unsourced', []],
      ['$540 million', 'supported', ['apr-revenue-online-2025']],
      ['$300 million', 'supported', ['apr-revenue-gaming-2025']],
      ['8%', 'supported', ['apr-purses-2025', 'apr-purses-2024']],
      ['$298 million', 'supported', ['apr-purses-2025']],
      ['212 live racing\ndays', 'supported', ['apr-racing-days-2025']],
      ['188', 'supported', ['millbrook-racing-days-2025']],
      ['$1.41 million', 'supported', ['apr-avg-daily-purse-2025']],
      ['8.4 starters per race', 'unsourced', []],
      ['41.5%', 'supported', ['apr-online-share-2025']],
      ['330 basis points', 'unsourced', []],
      ['36.0%', 'supported', ['millbrook-online-share-2025']],
      ['40%', 'unsourced', []],
      ['$540–560 million', 'supported', ['apr-adj-ebitda-guide-2026-10']],
      ['$525–545 million', 'unsourced', []],
      ['218', 'supported', ['apr-racing-days-2026-plan']],
    ]);
  });
});

describe('greeting card note (a January year, "ahead of our $478 million", "against some 28,000 for Paperwhite")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('cards2'))).toEqual([
      ['5.8%', 'supported', ['lark-sales-q3-fy2027', 'lark-sales-q3-fy2026']],
      ['$489 million', 'supported', ['lark-sales-q3-fy2027']],
      ['$478 million', 'unsourced', []],
      ['180 basis points', 'supported', ['lark-gm-q3-fy2027', 'lark-gm-q3-fy2026']],
      ['57.1%', 'supported', ['lark-gm-q3-fy2027']],
      ['$0.41', 'supported', ['lark-eps-q3-fy2027']],
      ['13.0%', 'supported', ['lark-ecom-q3-fy2027']],
      ['11.2%', 'supported', ['lark-ecom-fy2026']],
      ['$708 million', 'supported', ['lark-sales-q4-fy2026']],
      ['36%', 'unsourced', []],
      ['1,912', 'supported', ['lark-sales-fy2025']],
      ['1,986', 'supported', ['lark-sales-fy2026']],
      ['2,030–2,050', 'supported', ['lark-sales-guide-fy2027-dec']],
      ['58.4', 'supported', ['lark-gm-fy2026']],
      ['276', 'supported', ['lark-adj-ebitda-fy2026']],
      ['3.9%', 'supported', ['lark-sales-fy2026', 'lark-sales-fy2025']],
      ['$837 million', 'unsourced', []],
      ['$794 million', 'unsourced', []],
      ['$319 million', 'unsourced', []],
      ['820 million cards', 'supported', ['lark-card-units-fy2026']],
      ['$1.52 per card', 'supported', ['lark-avg-price-fy2026']],
      ['41,500 retail doors', 'supported', ['lark-doors-2026-10']],
      ['28,000', 'unsourced', []],
      ['18.5%', 'supported', ['lark-market-share-fy2026']],
      ['9.2%', 'supported', ['paperwhite-market-share-2025']],
      ['41.7%', 'supported', ['paperwhite-gm-2025']],
      ['$214 million', 'supported', ['paperwhite-sales-q3-2026']],
      ['60%', 'unsourced', []],
      ['$2.03–2.05 billion', 'supported', ['lark-sales-guide-fy2027-dec']],
      ['$2.02–2.06 billion', 'supported', ['lark-sales-guide-fy2027-jun']],
      ['$2.00–2.10', 'supported', ['lark-eps-guide-fy2027-dec']],
      ['$64 million', 'supported', ['lark-capex-guide-fy2027']],
      ['$0.22 per share', 'supported', ['lark-dividend-2026-12']],
      ['7,900', 'supported', ['lark-employees-2026-01']],
    ]);
  });
});


describe('part 59 rules, each pinned both ways on the notes that found them', () => {
  const codes = (name: string, date: string, heading: string, text: string) => lineFindings(name, date, heading, text).map((f) => [f.claim.text, f.code]);

  it('gives a quarter or half with no year of its own the year stated next to it, before any figure', () => {
    const cards = (text: string) => codes('cards2', '2026-12-03', 'Larkspur Greetings', text);
    expect(cards("Larkspur's fourth-quarter sales in fiscal 2026 were $708 million.")).toEqual([['$708 million', 'supported']]);
    expect(cards("Larkspur's fourth-quarter sales in fiscal 2026 were $780 million.")).toEqual([['$780 million', 'contradicted']]);
    expect(cards("In fiscal 2026, Larkspur's fourth-quarter sales were $708 million.")).toEqual([['$708 million', 'supported']]);
    const race = lineFindings('racing', '2026-11-20', 'Ashford Park Racing', "Ashford's fourth-quarter revenue in 2025 was $410 million.");
    expect(race.map((f) => [f.code, f.message])).toEqual([['unsourced', "No fact yet for Ashford Park Racing's revenue in the fourth quarter of 2025"]]);
  });

  it('reads fiscal halves and quarters glued to their year ("H1FY27", "Q2FY26", "1H FY27"), and a total a half stated with its quarter agrees with', () => {
    const dx = (text: string) => codes('indiadx', '2026-11-12', 'Nirmaya Diagnostics', text);
    expect(dx('H1FY27 revenue stood at ₹1,389 crore.')).toEqual([['₹1,389 crore', 'supported']]);
    expect(dx('H1FY27 revenue stood at ₹1,489 crore.')).toEqual([['₹1,489 crore', 'contradicted']]);
    expect(dx('Q2FY26 revenue was ₹631 crore.')).toEqual([['₹631 crore', 'supported']]);
    expect(dx('Q2FY26 revenue was ₹731 crore.')).toEqual([['₹731 crore', 'contradicted']]);
    const gakki = (text: string) => codes('instruments', '2026-11-20', 'Kisaragi Gakki', text);
    expect(gakki("Kisaragi's 1H FY27 revenue was ¥219.7 billion.")).toEqual([['¥219.7 billion', 'supported']]);
    expect(gakki("Kisaragi's 1H FY27 revenue was ¥229.7 billion.")).toEqual([['¥229.7 billion', 'contradicted']]);
    expect(gakki("Kisaragi's revenue was ¥219.7 billion.")).toEqual([['¥219.7 billion', 'supported']]);
    expect(gakki("Kisaragi's revenue was ¥230 billion.")).toEqual([['¥230 billion', 'contradicted']]);
  });

  it('reads a currency written before its figure ("NZ$", "Rs"), a step ("YoY") and a unit after a figure ("Tbps") as no name', () => {
    const bank = (text: string) => lineFindings('cbank', '2026-11-27', '', text).map((f) => [f.claim.text, f.code, f.entities]);
    expect(bank("The Reserve Bank's total assets were NZ$58.4 billion at the end of October.")).toEqual([['NZ$58.4 billion', 'supported', ['rbnz']]]);
    expect(bank("The Reserve Bank's total assets were NZ$68.4 billion at the end of October.")).toEqual([['NZ$68.4 billion', 'contradicted', ['rbnz']]]);
    const dx = (text: string) => codes('indiadx', '2026-11-12', 'Nirmaya Diagnostics', text);
    expect(dx('Revenue was Rs 712 crore in Q2 FY27.')).toEqual([['Rs 712 crore', 'supported']]);
    expect(dx('Revenue was Rs 752 crore in Q2 FY27.')).toEqual([['Rs 752 crore', 'contradicted']]);
    expect(dx('Revenue grew 12.8% YoY to ₹712 crore in Q2 FY27.')).toEqual([['12.8%', 'supported'], ['₹712 crore', 'supported']]);
    expect(dx('Revenue grew 22.8% YoY to ₹812 crore in Q2 FY27.')).toEqual([['22.8%', 'contradicted'], ['₹812 crore', 'contradicted']]);
    const sea = (text: string) => codes('subsea', '2026-11-12', 'Thalassa Subsea Networks', text);
    expect(sea('Lit capacity reached 612 Tbps at 30 September.')).toEqual([['612', 'supported']]);
    expect(sea('Lit capacity reached 712 Tbps at 30 September.')).toEqual([['712', 'contradicted']]);
  });

  it('never starts a change from a level another clause after it changes from, and takes a multiple’s year from the level’s date', () => {
    const sea = (text: string) => codes('subsea', '2026-11-12', '', text)[0];
    expect(sea("Thalassa's third-quarter revenue rose 9% to $268 million; backlog was up from $3.76 billion at the end of 2025.")).toEqual(['9%', 'supported']);
    expect(sea("Thalassa's third-quarter revenue fell 73% to $268 million; backlog was up from $3.76 billion at the end of 2025.")).toEqual(['73%', 'contradicted']);
    const marina = (text: string) => codes('marina', '2026-11-20', 'Harborline Marinas', text)[1];
    expect(marina("Harborline's net debt ended the year at $1.42 billion, or 4.2 times adjusted EBITDA.")).toEqual(['4.2 times', 'supported']);
    expect(marina("Harborline's net debt ended the year at $1.42 billion, or 5.2 times adjusted EBITDA.")).toEqual(['5.2 times', 'contradicted']);
  });

  it('gives a figure set against and "for" a name to that name, and a name compared with after a figure not that figure', () => {
    const race = (text: string) => lineFindings('racing', '2026-11-20', '', text).map((f) => [f.claim.text, f.code, f.entities]).at(-1);
    expect(race("Some 41.5% of Ashford's handle was wagered online in 2025, versus 36.0% for Millbrook.")).toEqual(['36.0%', 'supported', ['millbrook']]);
    expect(race("Some 41.5% of Ashford's handle was wagered online in 2025, versus 32.0% for Millbrook.")).toEqual(['32.0%', 'contradicted', ['millbrook']]);
    const rental = (text: string) => lineFindings('uniform', '2026-10-20', 'Ardentex Uniform Services', `Ardentex reported. ${text}`).map((f) => [f.claim.text, f.code, f.entities])[0];
    expect(rental("Its operating margin of 13.4% was below Corvane's 23.1%.")).toEqual(['13.4%', 'supported', ['ardentex']]);
    expect(rental("Its operating margin of 14.3% was below Corvane's 23.1%.")).toEqual(['14.3%', 'contradicted', ['ardentex']]);
  });

  it('reads the note’s own estimate ("ahead of our $478 million", "we estimate an implied value of") as no one’s figure', () => {
    const cards = (text: string) => codes('cards2', '2026-12-03', 'Larkspur Greetings', text);
    expect(cards("In its fiscal third quarter (August to October), Larkspur's net sales rose 5.8% to $489 million, ahead of our $478 million.").at(-1)).toEqual(['$478 million', 'unsourced']);
    expect(cards("In its fiscal third quarter (August to October), Larkspur's net sales rose 5.8% to $489 million, ahead of the $478 million it reported.").at(-1)).toEqual(['$478 million', 'contradicted']);
    const timber = (text: string) => codes('timber', '2026-11-09', 'Ashgrove Timberlands', text);
    expect(timber('At the current share price we estimate an implied value of roughly $2,100 per acre.')).toEqual([['$2,100 per acre', 'unsourced']]);
    expect(timber('Ashgrove sold land at roughly $2,100 per acre.')).toEqual([['$2,100 per acre', 'contradicted']]);
  });

  it('reads a verb after an aside as no part, and a clause with its own subject and past verb after a plan as a result', () => {
    const rental = (text: string) => codes('uniform', '2026-10-20', 'Ardentex Uniform Services', text).at(-1);
    expect(rental('Westline Workwear, which reports on a calendar year, grew revenue 4% to $2.71 billion in 2025.')).toEqual(['$2.71 billion', 'supported']);
    expect(rental('Westline Workwear, which reports on a calendar year, grew revenue 4% to $2.77 billion in 2025.')).toEqual(['$2.77 billion', 'contradicted']);
    const cans = (text: string) => codes('cans', '2026-11-10', 'Corvane Packaging', text).slice(1);
    expect(cans('Halden still guides to 50.5 billion cans for 2026; it shipped 12.9 billion in the third quarter and ended September at 3.6x net leverage.')).toEqual([['12.9 billion', 'supported'], ['3.6x', 'supported']]);
    expect(cans('Halden still guides to 50.5 billion cans for 2026; it shipped 13.6 billion in the third quarter and ended September at 3.1x net leverage.')).toEqual([['13.6 billion', 'contradicted'], ['3.1x', 'contradicted']]);
  });

  it('reads money "a day" as a rate per day, and "per thousand cans" as a thousandth per can', () => {
    const race = lineFindings('racing', '2026-11-20', '', "Ashford's purses averaged $1.41 million a day in 2025.");
    expect(race.map((f) => [f.claim.text, f.claim.unit, f.code])).toEqual([['$1.41 million a day', 'USD/day', 'unsourced']]);
    expect(codes('racing', '2026-11-20', '', "Ashford's purses were $289 million in 2025.")).toEqual([['$289 million', 'contradicted']]);
    const cans = (text: string) => codes('cans', '2026-11-10', 'Corvane Packaging', text);
    expect(cans('Revenue per can was $208.50 per thousand cans in the third quarter of 2026.')).toEqual([['$208.50 per thousand cans', 'supported']]);
    expect(cans('Revenue per can was $250 per thousand cans in the third quarter of 2026.')).toEqual([['$250 per thousand cans', 'contradicted']]);
    // (The fact quoted as the note writes it: per thousand cans.)
    expect(lineFindings('cans', '2026-11-10', 'Corvane Packaging', 'Revenue per can was $250 per thousand cans in the third quarter of 2026.')[0]!.message).toContain('the sourced figure is $208.5 per thousand cans');
  });

  it('takes a change column’s times from its headers whatever it is called ("YoY"), and an earlier outlook "(was …)"', () => {
    const table = (row: string) => codes('indiadx', '2026-11-12', 'Nirmaya Diagnostics', `| (₹ crore) | FY26 | FY25 | YoY |\n|---|---|---|---|\n${row}`).at(-1);
    expect(table('| Revenue | 2,486 | 2,184 | 13.8% |')).toEqual(['13.8%', 'supported']);
    expect(table('| Revenue | 2,486 | 2,184 | 12.8% |')).toEqual(['12.8%', 'contradicted']);
    const outlook = (item: string) => codes('corrugated', '2026-11-12', 'Valdris Packaging', `Management narrowed its 2026 outlook on 29 October:\n\n- EBITDA: ${item}`).at(-1);
    expect(outlook('€1.62–1.68 billion (was €1.60–1.70 billion)')).toEqual(['€1.60–1.70 billion', 'supported']);
    expect(outlook('€1.62–1.68 billion (was €1.50–1.60 billion)')).toEqual(['€1.50–1.60 billion', 'contradicted']);
  });

  it('reads a percent of a metric’s words as a share of it, and "share of revenue" as no market share', () => {
    const rental = (text: string) => codes('uniform', '2026-10-20', 'Ardentex Uniform Services', text).at(-1);
    expect(rental('Operating margin improved, and adjusted EBITDA of $568 million was 20.0% of revenue.')).toEqual(['20.0%', 'supported']);
    expect(rental('Operating margin improved, and adjusted EBITDA of $568 million was 25.0% of revenue.')).toEqual(['25.0%', 'contradicted']);
    const dx = (text: string) => codes('indiadx', '2026-11-12', 'Nirmaya Diagnostics', text);
    expect(dx('The B2C share of revenue was 71% in FY26.')).toEqual([['71%', 'unsourced']]);
    expect(dx("Nirmaya's share was 4.1%.")).toEqual([['4.1%', 'contradicted']]);
  });

  it('reads "Oct-25" in a header as October 2025, and "raised the quarterly dividend 5.6%" as a change of it', () => {
    const table = (row: string) => codes('cbank', '2026-11-27', 'Reserve Bank of New Zealand', `| (NZ$bn) | Oct-26 | Oct-25 | y/y |\n|---|---|---|---|\n${row}`);
    expect(table('| Total assets | 58.4 | 64.9 | -10.0% |')).toEqual([['58.4', 'supported'], ['64.9', 'supported'], ['-10.0%', 'supported']]);
    expect(table('| Total assets | 58.4 | 46.9 | -10.0% |').slice(1, 2)).toEqual([['46.9', 'contradicted']]);
    const timber = (text: string) => codes('timber', '2026-11-09', 'Ashgrove Timberlands', text)[0];
    expect(timber('The board raised the quarterly dividend 5.6% to $0.285 per share.')).toEqual(['5.6%', 'supported']);
    expect(timber('The board raised the quarterly dividend 8.6% to $0.285 per share.')).toEqual(['8.6%', 'contradicted']);
  });

  it('reads "rose by $22 million to $289 million" as a change and the level it reached, and "to grow 4% to 6%" as a range', () => {
    const race = (text: string) => codes('racing', '2026-11-20', '', text);
    expect(race("Ashford's purses paid rose by $22 million to $298 million in 2025.")).toEqual([['$22 million', 'supported'], ['$298 million', 'supported']]);
    expect(race("Ashford's purses paid rose by $22 million to $289 million in 2025.")).toEqual([['$22 million', 'supported'], ['$289 million', 'contradicted']]);
    const bank = (text: string) => codes('privbank', '2026-11-25', 'Hallwyl Private Bank', text);
    expect(bank('The gross margin slipped 3 basis points to 78 bps.').at(-1)).toEqual(['78 bps', 'supported']);
    expect(bank('The gross margin slipped 3 basis points to 87 bps.').at(-1)).toEqual(['87 bps', 'contradicted']);
    expect(lineFindings('racing', '2026-11-20', '', 'Ashford expects handle to grow 4% to 6% in 2027.').map((f) => f.claim.text)).toEqual(['4% to 6%']);
  });

  it('names no metric by an event dating a figure or by what its subject is compared with, and binds a price to its words across ", at"', () => {
    const bank = (text: string) => codes('cbank', '2026-11-27', 'Reserve Bank of New Zealand', text);
    expect(bank('The gap was 160 basis points before the hike.')).toEqual([['160 basis points', 'unsourced']]);
    expect(bank('The hike was 50 basis points.')).toEqual([['50 basis points', 'supported']]);
    expect(bank("The Reserve Bank's settlement cash has fallen faster than the balance sheet, but at NZ$21.7 billion it is still ample.")).toEqual([['NZ$21.7 billion', 'supported']]);
    expect(bank("The Reserve Bank's settlement cash has fallen faster than the balance sheet, but at NZ$58.4 billion it is still ample.")).toEqual([['NZ$58.4 billion', 'contradicted']]);
    const chem = (text: string) => codes('chemdist', '2026-11-20', '', text).at(-1);
    expect(chem("Larger rival Corvessa Chemicals reported third-quarter sales of $3.95 billion, but its gross profit per tonne, at roughly $370, trails Halvern's.")).toEqual(['$370', 'supported']);
    expect(chem("Larger rival Corvessa Chemicals reported third-quarter sales of $3.95 billion, but its gross profit per tonne, at roughly $470, trails Halvern's.")).toEqual(['$470', 'contradicted']);
  });
});
describe('Thai hospital note (baht written "Bt", a row per outpatient visit, a "y-y" column)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('thaihosp'))).toEqual([
      ['Bt38.00', 'unsourced', []],
      ['Bt11.62bn', 'supported', ['chalerm-revenue-2026-q3']],
      ['8.2%', 'supported', ['chalerm-revenue-2026-q3', 'chalerm-revenue-2025-q3']],
      ['Bt2.41bn', 'supported', ['chalerm-net-profit-2026-q3']],
      ['THB33.4bn', 'supported', ['chalerm-revenue-9m2026']],
      ['34%', 'supported', ['chalerm-intl-revenue-2026-q3', 'chalerm-revenue-2026-q3']],
      ['32%', 'unsourced', []],
      ['66%', 'unsourced', []],
      ['71.4%', 'supported', ['chalerm-occupancy-2026-q3']],
      ['68.9%', 'supported', ['chalerm-occupancy-2025-q3']],
      ['13,600 visits a day', 'supported', ['chalerm-opd-visits-2026-q3']],
      ['85%', 'unsourced', []],
      ['6.5%', 'unsourced', []],
      ['7.4%', 'unsourced', []],
      ['Bt3,420', 'unsourced', []],
      ['Bt24,800', 'unsourced', []],
      ['90 bps', 'supported', ['chalerm-ebitda-margin-2026-q3', 'chalerm-ebitda-margin-2025-q3']],
      ['24.1%', 'supported', ['chalerm-ebitda-margin-2026-q3']],
      ['41.8 billion baht', 'supported', ['chalerm-revenue-2025']],
      ['8.6%', 'supported', ['chalerm-revenue-2025', 'chalerm-revenue-2024']],
      ['25.3%', 'supported', ['chalerm-ebitda-margin-2025']],
      ['Bt13.4bn', 'supported', ['chalerm-intl-revenue-2025']],
      ['2,950 beds', 'supported', ['chalerm-beds-2026-09']],
      ['3,400 beds', 'supported', ['chalerm-beds-target-2028']],
      ['11.62', 'supported', ['chalerm-revenue-2026-q3']],
      ['24.1', 'supported', ['chalerm-ebitda-margin-2026-q3']],
      ['7.31', 'supported', ['banyan-revenue-2026-q3']],
      ['21.7', 'supported', ['banyan-ebitda-margin-2026-q3']],
      // The planted error.
      ['2,810 beds', 'contradicted', ['banyan-beds-2026-09']],
      ['2,950', 'supported', ['chalerm-beds-2026-09']],
      ['21%', 'supported', ['banyan-intl-revenue-2026-q3', 'banyan-revenue-2026-q3']],
      ['8–10%', 'supported', ['chalerm-rev-growth-guidance-2026-02']],
      ['24–25%', 'supported', ['chalerm-ebitda-margin-guidance-2026']],
      ['Bt6.5bn', 'supported', ['chalerm-capex-guidance-2026']],
      ['9M', 'unsourced', []],
      ['27x', 'unsourced', []],
    ]);
  });
});

describe('Indian two-wheeler note (lakh units, a March year, "vs 15.2% for Kaveri")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('twowheeler'))).toEqual([
      ['13.7%', 'supported', ['vayu-rev-q2fy27', 'vayu-rev-q2fy26']],
      ['₹10,940 crore', 'supported', ['vayu-rev-q2fy27']],
      ['12.41 lakh units', 'supported', ['vayu-vol-q2fy27']],
      ['70 bps', 'supported', ['vayu-ebitdam-q2fy27', 'vayu-ebitdam-q2fy26']],
      ['50 bps', 'supported', ['vayu-ebitdam-q2fy27', 'vayu-ebitdam-q1fy27']],
      ['14.6%', 'supported', ['vayu-ebitdam-q2fy27']],
      // The planted error.
      ['₹1,025 crore', 'contradicted', ['vayu-pat-q2fy27']],
      ['12%', 'supported', ['vayu-vol-q2fy27', 'vayu-vol-q2fy26']],
      ['10.62 lakh units', 'supported', ['vayu-vol-dom-q2fy27']],
      ['26%', 'supported', ['vayu-vol-exp-q2fy27', 'vayu-vol-exp-q2fy26']],
      ['1.79 lakh units', 'supported', ['vayu-vol-exp-q2fy27']],
      ['1.5%', 'supported', ['vayu-real-q2fy27', 'vayu-real-q2fy26']],
      ['₹88,150', 'unsourced', []],
      ['10,940', 'supported', ['vayu-rev-q2fy27']],
      ['9,620', 'supported', ['vayu-rev-q2fy26']],
      ['13.7', 'supported', ['vayu-rev-q2fy27', 'vayu-rev-q2fy26']],
      ['1,597', 'supported', ['vayu-ebitda-q2fy27']],
      ['1,340', 'supported', ['vayu-ebitda-q2fy26']],
      ['19.2', 'supported', ['vayu-ebitda-q2fy27', 'vayu-ebitda-q2fy26']],
      ['17.8%', 'unsourced', []],
      ['15.2%', 'supported', ['kaveri-mshare-q2fy27']],
      ['6.2%', 'supported', ['vayu-evpen-q2fy27']],
      ['4,300', 'supported', ['vayu-touchpoints-2026-09']],
      ['14.7%', 'unsourced', []],
      ['4.38 lakh units', 'unsourced', []],
      ['3.64\nlakh units', 'unsourced', []],
      ['14%', 'unsourced', []],
      ['half', 'unsourced', []],
      ['11%', 'supported', ['kaveri-rev-q2fy27', 'kaveri-rev-q2fy26']],
      ['₹8,450 crore', 'supported', ['kaveri-rev-q2fy27']],
      ['10.35\nlakh units', 'supported', ['kaveri-vol-q2fy27']],
      ['12.1%', 'supported', ['kaveri-ebitdam-q2fy27']],
      ['250 bps', 'unsourced', []],
      ['14–15%', 'supported', ['vayu-ebitdam-guid-fy27']],
      ['₹1,200 crore', 'supported', ['vayu-capex-guid-fy27']],
      ['44.6 lakh units', 'unsourced', []],
      ['₹39,870 crore', 'unsourced', []],
    ]);
  });
});

describe('industrial gases note (on-site, merchant and packaged sales, a September year)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('gases'))).toEqual([
      ['4%', 'supported', ['halden-sales-fy2026', 'halden-sales-fy2025']],
      ['$12.6 billion', 'supported', ['halden-sales-fy2026']],
      ['3.0 points', 'unsourced', []],
      ['$3.35 billion', 'contradicted', ['halden-sales-q4fy2026']],
      ['5.5%', 'supported', ['halden-sales-q4fy2026', 'halden-sales-q4fy2025']],
      ['90 basis points', 'supported', ['halden-opmargin-fy2026', 'halden-opmargin-fy2025']],
      ['24.8%', 'supported', ['halden-opmargin-fy2026']],
      ['5.4', 'supported', ['halden-sales-onsite-fy2026']],
      ['+6%', 'supported', ['halden-sales-onsite-fy2026', 'halden-sales-onsite-fy2025']],
      ['4.6', 'supported', ['halden-sales-merchant-fy2026']],
      ['+3%', 'supported', ['halden-sales-merchant-fy2026', 'halden-sales-merchant-fy2025']],
      ['2.6', 'supported', ['halden-sales-packaged-fy2026']],
      ['+2%', 'supported', ['halden-sales-packaged-fy2026', 'halden-sales-packaged-fy2025']],
      ['12.6', 'supported', ['halden-sales-fy2026']],
      ['+4%', 'supported', ['halden-sales-fy2026', 'halden-sales-fy2025']],
      ['$7.8 billion', 'supported', ['halden-backlog-2026-09']],
      ['$8.4 billion', 'supported', ['halden-backlog-2025-09']],
      ['$3.1\nbillion', 'supported', ['halden-capex-fy2026']],
      ['a quarter', 'supported', ['halden-capex-fy2026', 'halden-sales-fy2026']],
      ['1,900 tonnes a day', 'supported', ['halden-h2-capacity-2026-09']],
      ['412 air\nseparation units', 'supported', ['halden-asus-2026-09']],
      ['23,400', 'supported', ['halden-employees-2026-09']],
      ['$1.1 billion', 'unsourced', []],
      ['$12.45', 'supported', ['halden-adjeps-fy2026']],
      ['7%', 'unsourced', []],
      ['$11.60', 'unsourced', []],
      ['$13.00–13.40', 'supported', ['halden-adjeps-fy2027-guidance']],
      ['$3.0–3.4 billion', 'supported', ['halden-capex-fy2027-nov']],
      ['3–5%', 'unsourced', []],
      ['€5.05\nbillion', 'unsourced', []],
      ['27.6%', 'supported', ['nordgas-opmargin-2026-h1']],
      ['24.8%', 'unsourced', []],
      ['€5.2 billion', 'supported', ['nordgas-backlog-2026-06']],
    ]);
  });
});

describe('Taiwanese monthly revenue note (NT$, "Gross and operating margins … respectively")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('twmonthly'))).toEqual([
      ['6497', 'unsourced', []],
      ['NT$10.12bn', 'supported', ['kaiyuan-rev-2026-11']],
      ['4.3%', 'supported', ['kaiyuan-rev-2026-11', 'kaiyuan-rev-2026-10']],
      ['13.2%', 'supported', ['kaiyuan-rev-2026-11', 'kaiyuan-rev-2025-11']],
      ['NT$104.6bn', 'supported', ['kaiyuan-rev-2026-jan-nov']],
      ['11.5%', 'supported', ['kaiyuan-rev-2026-jan-nov', 'kaiyuan-rev-2025-jan-nov']],
      ['NT$102.3bn', 'unsourced', []],
      ['10.12', 'supported', ['kaiyuan-rev-2026-11']],
      ['-4.3%', 'supported', ['kaiyuan-rev-2026-11', 'kaiyuan-rev-2026-10']],
      ['+13.2%', 'supported', ['kaiyuan-rev-2026-11', 'kaiyuan-rev-2025-11']],
      ['10.58', 'supported', ['kaiyuan-rev-2026-10']],
      ['+2.1%', 'supported', ['kaiyuan-rev-2026-10', 'kaiyuan-rev-2026-09']],
      // "| Oct 2026 | 10.58 | +2.1% | +11.7% |": the row's month, against September's month (not the third quarter ending with it) and a year before.
      ['+11.7%', 'supported', ['kaiyuan-rev-2026-10', 'kaiyuan-rev-2025-10']],
      ['13.6%', 'supported', ['kaiyuan-rev-2026-q3', 'kaiyuan-rev-2025-q3']],
      // "Third-quarter revenue rose 13.6% year on year to NT$30.84bn": the level reached is of the change's quarter.
      ['NT$30.84bn', 'supported', ['kaiyuan-rev-2026-q3']],
      ['31.6%', 'supported', ['kaiyuan-gm-2026-q3']],
      ['19.4%', 'supported', ['kaiyuan-opm-2026-q3']],
      ['180bp', 'supported', ['kaiyuan-gm-2026-q3', 'kaiyuan-gm-2026-q2']],
      ['NT$3.12bn', 'supported', ['kaiyuan-ni-2026-q3']],
      ['NT$2.41 a share', 'unsourced', []],
      ['NT$17.9bn', 'supported', ['kaiyuan-mlcc-rev-2026-q3']],
      ['58%', 'supported', ['kaiyuan-mlcc-rev-2026-q3', 'kaiyuan-rev-2026-q3']],
      ['82%', 'supported', ['kaiyuan-util-2026-q3']],
      ['48 billion\npieces a month', 'supported', ['kaiyuan-capacity-2026-09']],
      ['eight to\n> ten weeks', 'unsourced', []],
      ['NT$29.5bn to NT$31.0bn', 'supported', ['kaiyuan-rev-guid-2026-q4']],
      ['30% to 32%', 'supported', ['kaiyuan-gm-guid-2026-q4']],
      ['NT$8.8–10.3bn', 'unsourced', []],
      // The planted error.
      ['NT$5.68bn', 'contradicted', ['taisun-rev-2026-11']],
      ['4.5%', 'supported', ['taisun-rev-2026-11', 'taisun-rev-2025-11']],
      ['NT$61.2bn', 'supported', ['taisun-rev-2026-jan-nov']],
      ['24.8%', 'supported', ['taisun-gm-2026-q3']],
      ['6.8\npercentage points', 'unsourced', []],
      ['9.5%', 'supported', ['kaiyuan-share-2025']],
      ['6.1%', 'supported', ['taisun-share-2025']],
      ['11,200', 'supported', ['kaiyuan-employees-2025']],
    ]);
  });
});

describe('UK housebuilder note (a June year, plots, "added a net 1,700 plots")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ukhomes'))).toEqual([
      ['14,310 completions', 'supported', ['calder-completions-fy2026']],
      ['5%', 'supported', ['calder-completions-fy2026', 'calder-completions-fy2025']],
      ['3.2%', 'supported', ['calder-asp-fy2026', 'calder-asp-fy2025']],
      ['£318.6k', 'supported', ['calder-asp-fy2026']],
      ['£4.56bn', 'supported', ['calder-revenue-fy2026']],
      ['8%', 'unsourced', []],
      ['15.3%', 'supported', ['calder-opmargin-fy2026']],
      ['14.6%', 'unsourced', []],
      ['10,880', 'supported', ['calder-completions-private-fy2026']],
      ['3,430', 'supported', ['calder-completions-affordable-fy2026']],
      ['24%', 'unsourced', []],
      // The planted error.
      ['£712m', 'contradicted', ['calder-net-cash-2026-06']],
      ['31.2p per share', 'supported', ['calder-dps-fy2026']],
      ['14,310', 'supported', ['calder-completions-fy2026']],
      ['13,620', 'supported', ['calder-completions-fy2025']],
      ['318.6', 'unsourced', []],
      ['308.7', 'unsourced', []],
      ['0.64', 'supported', ['calder-sales-rate-fy2026']],
      ['0.57', 'supported', ['calder-sales-rate-fy2025']],
      ['421 outlets', 'unsourced', []],
      ['£2.47bn', 'supported', ['calder-order-book-2026-11']],
      ['8%', 'supported', ['calder-order-book-2026-11', 'calder-order-book-2025-11']],
      ['79,600 plots', 'supported', ['calder-land-bank-2026-06']],
      ['1,700 plots', 'supported', ['calder-land-bank-2026-06', 'calder-land-bank-2025-06']],
      ['10,240 homes', 'supported', ['penwith-completions-2025']],
      ['£294.3k', 'supported', ['penwith-asp-2025']],
      ['12.4%', 'supported', ['penwith-opmargin-2025']],
      ['290bps', 'unsourced', []],
      ['8%', 'unsourced', []],
      ['0.55', 'supported', ['penwith-sales-rate-2026-h1']],
      ['62,800 plots', 'supported', ['penwith-land-bank-2025-12']],
      ['7.4%', 'unsourced', []],
      ['14,500–15,000 homes', 'supported', ['calder-completions-guidance-fy2027']],
      ['15.5% to 16.0%', 'supported', ['calder-opmargin-guidance-fy2027']],
      ['10,400 to 10,800 completions', 'supported', ['penwith-completions-guidance-2026']],
    ]);
  });
});

describe('platinum miner note (rand written "R", 6E ounces, a June year)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('pgm'))).toEqual([
      ['3.2%', 'supported', ['tsh-6e-fy2026', 'tsh-6e-fy2025']],
      ['1.742 million ounces', 'supported', ['tsh-6e-fy2026']],
      ['12%', 'supported', ['tsh-basket-fy2026', 'tsh-basket-fy2025']],
      ['R33,460 per 6E ounce', 'supported', ['tsh-basket-fy2026']],
      ['$1,845/oz', 'supported', ['tsh-basket-usd-fy2026']],
      ['3.9%', 'unsourced', []],
      ['R22,140/oz', 'supported', ['tsh-aisc-fy2026']],
      ['15.7%', 'supported', ['tsh-revenue-fy2026', 'tsh-revenue-fy2025']],
      ['R68.4 billion', 'supported', ['tsh-revenue-fy2026']],
      ['540 basis points', 'supported', ['tsh-ebitda-margin-fy2026', 'tsh-ebitda-margin-fy2025']],
      ['27.5%', 'supported', ['tsh-ebitda-margin-fy2026']],
      ['54%', 'unsourced', []],
      // The planted error: "R15.82" is rand (it was no figure before part 60).
      ['R15.82', 'contradicted', ['tsh-heps-fy2026']],
      ['R4.40 per share', 'supported', ['tsh-dps-fy2026']],
      ['a third', 'supported', ['tsh-dps-fy2026', 'tsh-heps-fy2026']],
      ['1,021', 'supported', ['tsh-6e-west-fy2026']],
      ['-1.3%', 'supported', ['tsh-6e-west-fy2026', 'tsh-6e-west-fy2025']],
      ['721', 'supported', ['tsh-6e-east-fy2026']],
      ['+10.2%', 'supported', ['tsh-6e-east-fy2026', 'tsh-6e-east-fy2025']],
      ['R7.6 billion', 'supported', ['tsh-capex-fy2026']],
      ['R7.9 billion', 'unsourced', []],
      ['R9.3 billion', 'supported', ['tsh-net-cash-2026-06']],
      ['31,400 employees', 'supported', ['tsh-employees-2026-06']],
      ['1.70-1.80 million ounces', 'supported', ['tsh-6e-guidance-fy2027']],
      ['R22,500-23,500 per 6E ounce', 'supported', ['tsh-aisc-guidance-fy2027-aug']],
      ['R8.0-8.5 billion', 'supported', ['tsh-capex-guidance-fy2027']],
      // "1.512 million 6E ounces and R24,050/oz, respectively": ounces of six elements, no name "E".
      ['1.512 million 6E ounces', 'supported', ['mog-6e-2025']],
      ['R24,050/oz', 'supported', ['mog-aisc-2025']],
      ['R23,380/oz', 'supported', ['mog-aisc-2026-h1']],
      ['R1,900/oz', 'unsourced', []],
      ['9%', 'supported', ['tsh-platinum-share-2026']],
      ['R29,870/oz', 'supported', ['tsh-basket-fy2025']],
    ]);
  });
});


describe('part 60 rules, each pinned both ways on the notes that found them', () => {
  const codes = (name: string, date: string, heading: string, text: string) => lineFindings(name, date, heading, text).map((f) => [f.claim.text, f.code]);
  const hosp = (text: string) => codes('thaihosp', '2026-11-18', 'Chalerm Medical Group', text);

  it('reads a row "per" an item as a price of one, never the total ("| Revenue per outpatient visit (THB) | 3,420 |")', () => {
    const row = (cell: string) => hosp(`| Metric | 3Q26 |\n|---|---|\n| Revenue per outpatient visit (THB) | ${cell} |`);
    expect(row('3,420')).toEqual([['3,420', 'supported']]);
    expect(row('3,240')).toEqual([['3,240', 'contradicted']]);
    expect(lineFindings('thaihosp', '2026-11-18', 'Chalerm Medical Group', '| Metric | 3Q26 |\n|---|---|\n| Revenue per outpatient visit (THB) | 3,240 |')[0]!.message).toContain('the sourced figure is 3,420');
  });

  it('reads a one- or two-letter currency glued to its figure ("Bt3,420", "R14.82")', () => {
    expect(hosp("Chalerm's revenue per outpatient visit was Bt3,420 in 3Q26.")).toEqual([['Bt3,420', 'supported']]);
    expect(hosp("Chalerm's revenue per outpatient visit was Bt3,240 in 3Q26.")).toEqual([['Bt3,240', 'contradicted']]);
    const pgm = (text: string) => codes('pgm', '2026-09-08', 'Tshwene Platinum', text);
    expect(pgm("Tshwene's headline earnings per share were R14.82 in FY2026.")).toEqual([['R14.82', 'supported']]);
    expect(pgm("Tshwene's headline earnings per share were R15.82 in FY2026.")).toEqual([['R15.82', 'contradicted']]);
    // The fix writes the rand as the note does, a range's ends included.
    expect(lineFindings('pgm', '2026-09-08', 'Tshwene Platinum', "Tshwene's headline earnings per share were R15.82 in FY2026.")[0]!.suggestion).toBe('R14.82');
    const guide = lineFindings('pgm', '2026-12-05', 'Tshwene Platinum', 'FY2027 guidance:\n\n- AISC of R22,500-23,500 per 6E ounce.');
    expect(guide.map((f) => [f.claim.text, f.code, f.suggestion])).toEqual([['R22,500-23,500 per 6E ounce', 'outdated', 'R23,000–24,000 per 6E ounce']]);
  });

  it('gives a name a later figure stands "for" in the same clause that figure only ("17.8% in Q2FY27 vs 15.2% for Kaveri")', () => {
    const vayu = (text: string) => codes('twowheeler', '2026-12-03', 'Vayu Motocorp', text);
    expect(vayu('Market share was 17.8% in Q2FY27 vs 15.2% for Kaveri.')).toEqual([['17.8%', 'supported'], ['15.2%', 'supported']]);
    expect(vayu('Market share was 19.8% in Q2FY27 vs 15.2% for Kaveri.')).toEqual([['19.8%', 'contradicted'], ['15.2%', 'supported']]);
  });

  it('reads "added a net 1,700 plots" as a change, as "added 1,700 plots" is', () => {
    const calder = (text: string) => codes('ukhomes', '2026-11-20', 'Calder Homes', text);
    expect(calder("Calder's owned and controlled land bank stands at 79,600 plots, having added a net 1,700 plots during FY26.")).toEqual([['79,600 plots', 'supported'], ['1,700 plots', 'supported']]);
    expect(calder("Calder's owned and controlled land bank stands at 79,600 plots, having added a net 2,700 plots during FY26.")).toEqual([['79,600 plots', 'supported'], ['2,700 plots', 'contradicted']]);
  });

  it('pairs "respectively" with items that share one noun ("merchant and packaged sales", "Gross and operating margins", "sales in North America and Europe")', () => {
    const halden = (text: string) => codes('gases', '2026-11-20', 'Halden Industrial Gases', text);
    expect(halden("Halden's merchant and packaged sales were $4.6 billion and $2.6 billion, respectively.")).toEqual([['$4.6 billion', 'supported'], ['$2.6 billion', 'supported']]);
    expect(halden("Halden's merchant and packaged sales were $4.6 billion and $2.9 billion, respectively.")).toEqual([['$4.6 billion', 'supported'], ['$2.9 billion', 'contradicted']]);
    // Europe is a part the facts give no figure for: never red against the whole year's $12.6 billion.
    expect(halden("Halden's sales in North America and Europe were $6.1 billion and $3.9 billion, respectively.")).toEqual([['$6.1 billion', 'unsourced'], ['$3.9 billion', 'unsourced']]);
    const kaiyuan = (text: string) => codes('twmonthly', '2026-12-05', 'Kaiyuan Electronics', text);
    expect(kaiyuan('Gross and operating margins were 31.6% and 19.4%, respectively, in the third quarter.')).toEqual([['31.6%', 'supported'], ['19.4%', 'supported']]);
    expect(kaiyuan('Gross and operating margins were 31.6% and 21.4%, respectively, in the third quarter.')).toEqual([['31.6%', 'supported'], ['21.4%', 'contradicted']]);
    // Parts the facts give no figure for, the first sharing the last's noun: never the whole quarter's revenue (NT$30.84bn).
    expect(kaiyuan("Kaiyuan's passive and module sales were NT$30.84bn and NT$10.7bn, respectively, in the third quarter.")).toEqual([['NT$30.84bn', 'unsourced'], ['NT$10.7bn', 'unsourced']]);
    expect(kaiyuan("Kaiyuan's passive and active component sales were NT$20.1bn and NT$10.7bn, respectively, in the third quarter.")).toEqual([['NT$20.1bn', 'unsourced'], ['NT$10.7bn', 'unsourced']]);
    expect(kaiyuan("Kaiyuan's gross margin sits in the upper half of its guided range.")).toEqual([]);
  });
});
describe('apparel retailer note (a January year, comps, "against a 4.6% rise at Hartwell")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('fashion'))).toEqual([
      ['4.6%', 'supported', ['hartwell-comps-q3-fy2026']],
      ['2.2%', 'supported', ['hartwell-comps-q3-fy2025']],
      ['5.6%', 'unsourced', []],
      ['$1.012bn', 'supported', ['hartwell-net-sales-q3-fy2026']],
      ['60bps', 'supported', ['hartwell-gm-q3-fy2026', 'hartwell-gm-q3-fy2025']],
      ['38.7%', 'supported', ['hartwell-gm-q3-fy2026']],
      ['36.5%', 'unsourced', []],
      ['$688m', 'supported', ['hartwell-inventory-2026-10-31']],
      ['5%', 'unsourced', []],
      ['1,004 stores', 'supported', ['hartwell-stores-2026-10-31']],
      ['1,012', 'unsourced', []],
      ['$1.42bn', 'supported', ['hartwell-digital-sales-fy2025']],
      ['34%', 'supported', ['hartwell-digital-sales-fy2025', 'hartwell-net-sales-fy2025']],
      ['$4.18bn', 'supported', ['hartwell-net-sales-fy2025']],
      ['4%', 'unsourced', []],
      ['3.8%', 'supported', ['hartwell-comps-fy2025']],
      ['8.9%', 'supported', ['hartwell-opmargin-fy2025']],
      ['70bps', 'supported', ['hartwell-gm-fy2025', 'hartwell-gm-fy2024']],
      ['38.6%', 'supported', ['hartwell-gm-fy2025']],
      // The planted error.
      ['$2.86', 'contradicted', ['hartwell-eps-fy2025']],
      ['280bps', 'unsourced', []],
      ['4.6', 'supported', ['hartwell-comps-q3-fy2026']],
      ['38.7', 'supported', ['hartwell-gm-q3-fy2026']],
      ['36.5', 'supported', ['hartwell-ecom-share-q3-fy2026']],
      ['1,004', 'supported', ['hartwell-stores-2026-10-31']],
      ['-1.2', 'supported', ['northgate-comps-q3-fy2026']],
      ['35.9', 'supported', ['northgate-gm-q3-fy2026']],
      ['29.0', 'supported', ['northgate-ecom-share-q3-fy2026']],
      ['742', 'supported', ['northgate-stores-2026-10-31']],
      ['$2.71bn', 'supported', ['northgate-net-sales-fy2025']],
      ['two-thirds', 'unsourced', []],
      ['$4.34–4.40bn', 'supported', ['hartwell-guidance-sales-fy2026-nov']],
      ['$4.28–4.36bn', 'supported', ['hartwell-guidance-sales-fy2026-aug']],
      ['3% to 4%', 'supported', ['hartwell-guidance-comps-fy2026']],
      ['$3.20 to $3.30', 'supported', ['hartwell-guidance-eps-fy2026']],
    ]);
  });
});

describe('Japanese convenience-store note (a February year written "FY2/26", "(FY2/25: ¥104.7 billion)", a column per store)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('konbini'))).toEqual([
      ['8%', 'supported', ['sak-op-1h-fy2026', 'sak-op-1h-fy2025']],
      ['¥58.4 billion', 'supported', ['sak-op-1h-fy2026']],
      ['¥512.3 billion', 'supported', ['sak-revenue-1h-fy2026']],
      ['11.4%', 'supported', ['sak-margin-1h-fy2026']],
      ['0.3 points', 'supported', ['sak-margin-1h-fy2026', 'sak-margin-1h-fy2025']],
      ['¥702,000', 'unsourced', []],
      ['¥13,000', 'unsourced', []],
      ['1.8%', 'supported', ['sak-ess-1h-fy2026']],
      ['0.4%', 'supported', ['sak-customers-1h-fy2026']],
      ['2.3%', 'unsourced', []],
      ['¥741', 'unsourced', []],
      // The planted error.
      ['14,230', 'contradicted', ['sak-stores-domestic-2025-08']],
      ['49.6', 'supported', ['sak-op-domestic-1h-fy2026']],
      ['7,160', 'supported', ['sak-stores-overseas-2025-08']],
      ['8.8', 'supported', ['sak-op-overseas-1h-fy2026']],
      ['21,480', 'supported', ['sak-stores-2025-08']],
      ['58.4', 'supported', ['sak-op-1h-fy2026']],
      ['a third', 'supported', ['sak-stores-overseas-2025-08', 'sak-stores-2025-08']],
      ['330 stores', 'unsourced', []],
      ['0.9%', 'supported', ['mit-ess-1h-fy2026']],
      ['¥583,000', 'unsourced', []],
      ['¥119,000', 'unsourced', []],
      ['¥31.2 billion', 'supported', ['mit-op-1h-fy2026']],
      ['16,940 stores', 'supported', ['mit-stores-2025-08']],
      ['twice', 'unsourced', []],
      ['27%', 'unsourced', []],
      ['6%', 'unsourced', []],
      ['¥112 billion', 'supported', ['sak-op-guid-fy2026-oct']],
      ['¥104.7 billion', 'supported', ['sak-op-fy2025']],
      ['7%', 'supported', ['sak-op-guid-fy2026-oct', 'sak-op-fy2025']],
      ['+2.0%', 'supported', ['sak-ess-guid-fy2026']],
      ['1,100', 'supported', ['sak-openings-guid-fy2026']],
      ['half', 'unsourced', []],
      ['¥60 per share', 'supported', ['sak-dps-guid-fy2026']],
      ['¥52', 'unsourced', []],
      ['half', 'unsourced', []],
    ]);
  });
});

describe('Korean music label note (won written "W", "Concerts overtook albums", "35% more than Daon\'s")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('kpop'))).toEqual([
      ['W84,000', 'unsourced', []],
      ['W612.4bn', 'supported', ['haneul-revenue-2026-q3']],
      ['11.8%', 'supported', ['haneul-revenue-2026-q3', 'haneul-revenue-2025-q3']],
      ['W75.9bn', 'supported', ['haneul-op-2026-q3']],
      ['12.4%', 'supported', ['haneul-opm-2026-q3']],
      ['230bp', 'unsourced', []],
      ['10.8%', 'supported', ['haneul-opm-2025']],
      ['32.9%', 'supported', ['haneul-concerts-revenue-2026-q3', 'haneul-revenue-2026-q3']],
      ['29%', 'supported', ['haneul-concerts-revenue-2025', 'haneul-revenue-2025']],
      ['24%', 'supported', ['haneul-ip-revenue-2026-q3', 'haneul-ip-revenue-2025-q3']],
      ['183.7', 'unsourced', []],
      ['30.0%', 'unsourced', []],
      ['201.3', 'unsourced', []],
      ['32.9%', 'unsourced', []],
      ['128.6', 'unsourced', []],
      ['21.0%', 'unsourced', []],
      ['98.8', 'unsourced', []],
      ['16.1%', 'unsourced', []],
      ['46', 'supported', ['haneul-shows-2026-q3']],
      ['1.92\nmillion fans', 'unsourced', []],
      ['1.1 million', 'supported', ['daon-attendance-2026-q3']],
      ['W67,000', 'unsourced', []],
      ['5.1 million albums', 'supported', ['haneul-albums-sold-2026-q3']],
      ['19%', 'supported', ['haneul-albums-sold-2026-q3', 'haneul-albums-sold-2025-q3']],
      // The planted error.
      ['W471.0bn', 'contradicted', ['daon-revenue-2026-q3']],
      ['8.7%', 'supported', ['daon-opm-2026-q3']],
      ['3.6 million albums', 'unsourced', []],
      ['11.6%', 'supported', ['haneul-revenue-2025', 'haneul-revenue-2024']],
      ['W2.21tn', 'supported', ['haneul-revenue-2025']],
      ['35%', 'unsourced', []],
      ['W1.64tn', 'supported', ['daon-revenue-2025']],
      ['13 acts', 'supported', ['haneul-acts-2026-09']],
      ['W2.5–2.6tn', 'supported', ['haneul-revenue-guidance-2026']],
      ['12–13%', 'supported', ['haneul-opm-guidance-2026']],
      ['20 million copies', 'unsourced', []],
    ]);
  });
});

describe('part 60 rules, second batch, each pinned both ways', () => {
  const codes = (name: string, date: string, heading: string, text: string) => lineFindings(name, date, heading, text).map((f) => [f.claim.text, f.code]);
  const kaiyuan = (text: string) => codes('twmonthly', '2026-12-05', 'Kaiyuan Electronics', text);

  it('compares "month on month" and "sequentially" with the month before; a month before a metric dates it ("November revenue")', () => {
    expect(kaiyuan('November revenue fell 4.3% month on month to NT$10.12bn.')).toEqual([['4.3%', 'supported'], ['NT$10.12bn', 'supported']]);
    expect(kaiyuan('November revenue fell 9.3% month on month to NT$10.12bn.')).toEqual([['9.3%', 'contradicted'], ['NT$10.12bn', 'supported']]);
    expect(kaiyuan('November revenue was NT$11.12bn.')).toEqual([['NT$11.12bn', 'contradicted']]);
    const table = (cell: string) => kaiyuan(`| Month | Revenue (NT$bn) | Sequential change |\n|---|---|---|\n| Nov 2026 | 10.12 | ${cell} |`);
    expect(table('-4.3%')).toEqual([['10.12', 'supported'], ['-4.3%', 'supported']]);
    expect(table('-9.3%')).toEqual([['10.12', 'supported'], ['-9.3%', 'contradicted']]);
  });

  it('dates the level a change reached by the change\'s period ("Third-quarter revenue rose 13.6% year on year to NT$30.84bn")', () => {
    expect(kaiyuan('Third-quarter revenue rose 13.6% year on year to NT$30.84bn.')).toEqual([['13.6%', 'supported'], ['NT$30.84bn', 'supported']]);
    expect(kaiyuan('Third-quarter revenue rose 13.6% year on year to NT$31.84bn.')).toEqual([['13.6%', 'supported'], ['NT$31.84bn', 'contradicted']]);
  });

  it('reads pence ("31.2 pence per share", "35.2p per share") and writes the sourced figure back in pence', () => {
    const calder = (text: string) => lineFindings('ukhomes', '2026-11-20', 'Calder Homes', text);
    expect(calder('The board declared a total dividend of 31.2 pence per share.').map((f) => f.code)).toEqual(['supported']);
    const wrong = calder('The board declared a total dividend of 35.2p per share.');
    expect(wrong.map((f) => f.code)).toEqual(['contradicted']);
    expect(wrong[0]!.message).toContain('the sourced figure is 31.2p per share');
  });

  it('gives a figure "at" a name past a change noun to that name, and the heading\'s entity a figure only compared with a rival\'s', () => {
    const hartwell = (text: string) => codes('fashion', '2026-11-26', 'Hartwell Apparel (HWA)', text);
    expect(hartwell("Northgate's comps fell 1.2% in Q3 FY26, against a 4.6% rise at Hartwell.")).toEqual([['1.2%', 'supported'], ['4.6%', 'supported']]);
    expect(hartwell("Northgate's comps fell 1.2% in Q3 FY26, against a 5.6% rise at Hartwell.")).toEqual([['1.2%', 'supported'], ['5.6%', 'contradicted']]);
    expect(hartwell("Digital penetration of 36.5% in Q3 FY26 was 7.5 points above Northgate's 29.0%.")).toEqual([['36.5%', 'supported'], ['7.5 points', 'unsourced'], ['29.0%', 'supported']]);
    expect(hartwell("Digital penetration of 38.5% in Q3 FY26 was 7.5 points above Northgate's 29.0%.")).toEqual([['38.5%', 'contradicted'], ['7.5 points', 'unsourced'], ['29.0%', 'supported']]);
    const vayu = (text: string) => codes('twowheeler', '2026-12-03', 'Vayu Motocorp', text);
    expect(vayu('November dispatches were 4.38 lakh units, while Kaveri sold 3.64 lakh units.')).toEqual([['4.38 lakh units', 'supported'], ['3.64 lakh units', 'supported']]);
    expect(vayu('November dispatches were 4.83 lakh units, while Kaveri sold 3.64 lakh units.')).toEqual([['4.83 lakh units', 'contradicted'], ['3.64 lakh units', 'supported']]);
  });

  it('reads "FY2/26" as the fiscal year ending February 2026, and a labelled prior-year figure in parentheses as a result', () => {
    const sakuraya = (text: string) => codes('konbini', '2025-11-20', 'Sakuraya Holdings', text);
    expect(sakuraya('Sakuraya guides to FY2/26 operating income of ¥112 billion (FY2/25: ¥104.7 billion), up 7%.')).toEqual([['¥112 billion', 'supported'], ['¥104.7 billion', 'supported'], ['7%', 'supported']]);
    expect(sakuraya('Sakuraya guides to FY2/26 operating income of ¥112 billion (FY2/25: ¥114.7 billion), up 7%.')).toEqual([['¥112 billion', 'supported'], ['¥114.7 billion', 'contradicted'], ['7%', 'supported']]);
  });

  it('takes no overtaken part for the figure\'s, and no gap to a rival for a change over time', () => {
    const haneul = (text: string) => codes('kpop', '2026-11-25', 'Haneul Entertainment', text);
    expect(haneul("Concerts overtook albums as Haneul's largest line, at 32.9% of 3Q26 revenue.")).toEqual([['32.9%', 'supported']]);
    expect(haneul("Concerts overtook albums as Haneul's largest line, at 30.0% of 3Q26 revenue.")).toEqual([['30.0%', 'contradicted']]);
    const gap = lineFindings('kpop', '2026-11-25', 'Haneul Entertainment', "For 2025, Haneul's revenue was 2.21 trillion won, 35% more than Daon's 1.64 trillion won.");
    expect(gap.map((f) => [f.claim.text, f.code])).toEqual([['2.21 trillion won', 'supported'], ['35%', 'unsourced'], ['1.64 trillion won', 'supported']]);
    expect(gap[1]!.message).toContain("a gap to another's figure");
  });
});

describe('part 60 rules, third batch', () => {
  it('reads a sentence that defines a unit ("A hundredweight is 100 pounds.") as no one\'s figure', () => {
    const ridgeline = (text: string) => lineFindings('ltl', '2026-11-02', 'Ridgeline Freight', text);
    const defined = ridgeline('A hundredweight is 100 pounds.');
    expect(defined.map((f) => f.code)).toEqual(['unsourced']);
    expect(defined[0]!.message).toContain("a unit's definition");
  });

  it('reads a figure "by" which one name leads or trails another\'s as a gap, never a level; a unit after a scaled figure is no name ("kgMS")', () => {
    const halvard = (text: string) => lineFindings('tankers', '2025-11-20', 'Halvard Crude Carriers', text);
    const gap = halvard("Sundstrand's VLCC TCE trailed Halvard's by $2,500 per day in the third quarter.");
    expect(gap.map((f) => [f.claim.text, f.code])).toEqual([['$2,500 per day', 'unsourced']]);
    expect(gap[0]!.message).toContain("a gap to another's figure");
    // The control: stated as a level, it is judged as one.
    expect(halvard("Sundstrand's VLCC TCE was $2,500 per day in the third quarter.").map((f) => f.code)).toEqual(['contradicted']);
    const kauri = (text: string) => lineFindings('kgms', '2026-10-20', 'Kauri Dairy Co-operative', text).map((f) => [f.claim.text, f.code]);
    expect(kauri('Milk collections were 1,515 million kgMS in fiscal 2026.')).toEqual([['1,515 million kgMS', 'supported']]);
    expect(kauri('Milk collections were 1,615 million kgMS in fiscal 2026.')).toEqual([['1,615 million kgMS', 'contradicted']]);
  });

  it('reads "6E ounces" and "per 6E ounce" as ounces of platinum-group metals, with no name "E"', () => {
    const tshwene = (text: string) => lineFindings('pgm', '2026-09-08', 'Tshwene Platinum', text).map((f) => [f.claim.text, f.code]);
    expect(tshwene('The average basket price climbed 12% to R33,460 per 6E ounce.')).toEqual([['12%', 'supported'], ['R33,460 per 6E ounce', 'supported']]);
    expect(tshwene('The average basket price climbed 12% to R34,460 per 6E ounce.')).toEqual([['12%', 'unsourced'], ['R34,460 per 6E ounce', 'contradicted']]);
    expect(tshwene("Mogale Metals' 2025 production and AISC were 1.512 million 6E ounces and R24,050/oz, respectively.")).toEqual([['1.512 million 6E ounces', 'supported'], ['R24,050/oz', 'supported']]);
    expect(tshwene("Mogale Metals' 2025 production and AISC were 1.612 million 6E ounces and R24,050/oz, respectively.")).toEqual([['1.612 million 6E ounces', 'contradicted'], ['R24,050/oz', 'supported']]);
  });
});
describe('New Zealand dairy co-operative note (NZ$ per kgMS, a July year, "(m kgMS)")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('kgms'))).toEqual([
      ['NZ$9.80 per kgMS', 'supported', ['kauri-milk-price-fy2026']],
      ['NZ$10.16 per kgMS', 'supported', ['kauri-milk-price-fy2025']],
      ['2.2%', 'supported', ['kauri-collections-fy2026', 'kauri-collections-fy2025']],
      ['1,515 million kgMS', 'supported', ['kauri-collections-fy2026']],
      ['NZ$26.4 billion', 'supported', ['kauri-revenue-fy2026']],
      // The planted error.
      ['NZ$1.12 billion', 'contradicted', ['kauri-npat-fy2026']],
      ['13%', 'supported', ['kauri-npat-fy2026', 'kauri-npat-fy2025']],
      ['NZ$1.78 billion', 'supported', ['kauri-ebit-fy2026']],
      ['NZ$1.05\nbillion', 'supported', ['kauri-capex-fy2026']],
      ['9.80', 'supported', ['kauri-milk-price-fy2026']],
      ['10.16', 'supported', ['kauri-milk-price-fy2025']],
      ['-3.5%', 'supported', ['kauri-milk-price-fy2026', 'kauri-milk-price-fy2025']],
      ['1,515', 'supported', ['kauri-collections-fy2026']],
      ['1,482', 'supported', ['kauri-collections-fy2025']],
      ['+2.2%', 'supported', ['kauri-collections-fy2026', 'kauri-collections-fy2025']],
      ['31.5%', 'supported', ['kauri-gearing-2026-07']],
      ['30–40%', 'unsourced', []],
      ['18.9', 'supported', ['kauri-revenue-ingredients-fy2026']],
      ['72%', 'unsourced', []],
      ['4.3', 'supported', ['kauri-revenue-foodservice-fy2026']],
      ['16%', 'unsourced', []],
      ['3.2', 'supported', ['kauri-revenue-consumer-fy2026']],
      ['12%', 'unsourced', []],
      ['8,420 farmer-shareholders', 'supported', ['kauri-farmers-2026-07']],
      ['77.8%', 'supported', ['kauri-collections-share-fy2026']],
      ['78.6%', 'supported', ['kauri-collections-share-fy2025']],
      ['NZ$9.95 per kgMS', 'unsourced', []],
      ['15\ncents', 'unsourced', []],
      ['182 million kgMS', 'supported', ['tasman-collections-fy2026']],
      ['NZ$9.30–10.30 per kgMS', 'unsourced', []],
      ['NZ$9.50–10.50 per kgMS', 'unsourced', []],
      ['NZ$10.00', 'unsourced', []],
      ['50–70 cents', 'unsourced', []],
      ['1,530 million kgMS', 'supported', ['kauri-collections-fy2027-guidance']],
      ['NZ$64 million', 'unsourced', []],
    ]);
  });
});

describe('crude-tanker note (TCE dollars a day, "trailed Halvard\'s by $2,500 per day")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('tankers'))).toEqual([
      ['$41,200 per day', 'supported', ['hcc-tce-vlcc-2025q3']],
      ['16%', 'supported', ['hcc-tce-vlcc-2025q3', 'hcc-tce-vlcc-2024q3']],
      ['$35,600', 'supported', ['hcc-tce-vlcc-2024q3']],
      ['33,900', 'supported', ['hcc-tce-suezmax-2025q3']],
      ['31,400', 'supported', ['hcc-tce-suezmax-2024q3']],
      ['+8%', 'supported', ['hcc-tce-suezmax-2025q3', 'hcc-tce-suezmax-2024q3']],
      ['123.6', 'supported', ['hcc-revenue-2025q3']],
      ['109.4', 'supported', ['hcc-revenue-2024q3']],
      ['+13%', 'supported', ['hcc-revenue-2025q3', 'hcc-revenue-2024q3']],
      ['$88.2 million', 'supported', ['hcc-ebitda-2025q3']],
      ['71%', 'supported', ['hcc-ebitda-2025q3', 'hcc-revenue-2025q3']],
      // The planted error.
      ['$57.1 million', 'contradicted', ['hcc-net-income-2025q3']],
      ['$0.72 per share', 'supported', ['hcc-dps-2025q3']],
      ['31%', 'supported', ['hcc-dps-2025q3', 'hcc-dps-2024q3']],
      ['$0.55', 'supported', ['hcc-dps-2024q3']],
      ['80%', 'supported', ['hcc-payout-2025q3']],
      ['36 vessels', 'supported', ['hcc-fleet-2025-09']],
      ['22', 'supported', ['hcc-fleet-vlcc-2025-09']],
      ['14', 'supported', ['hcc-fleet-suezmax-2025-09']],
      ['48', 'unsourced', []],
      ['$4.05 billion', 'unsourced', []],
      ['63%', 'unsourced', []],
      ['24.5%', 'unsourced', []],
      ['$19,500 per day', 'supported', ['hcc-breakeven-guid-2026']],
      ['420–480', 'supported', ['hcc-drydock-guid-2026']],
      ['80%', 'supported', ['hcc-payout-guid-2026']],
      ['58%', 'supported', ['hcc-booked-share-vlcc-2025q4']],
      ['$52,300 per day', 'unsourced', []],
      ['27%', 'unsourced', []],
      ['$41,200', 'unsourced', []],
      ['$38,700 per day', 'unsourced', []],
      ['96.2%', 'supported', ['sund-util-2025q3']],
      ['$18.40', 'supported', ['sund-nav-2025-09']],
      ['97%', 'supported', ['hcc-util-2025q3']],
      ['$24.80 per share', 'supported', ['hcc-nav-2025-09']],
    ]);
  });
});

describe('LTL trucking note (operating ratio, tons per day, revenue per hundredweight)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ltl'))).toEqual([
      ['$1.412 billion', 'supported', ['rdg-revenue-2026-q3']],
      ['4.1%', 'supported', ['rdg-revenue-2026-q3', 'rdg-revenue-2025-q3']],
      ['76.8%', 'supported', ['rdg-or-2026-q3']],
      ['110', 'unsourced', []],
      ['77.9%', 'supported', ['rdg-or-2025-q3']],
      ['10.6%', 'supported', ['rdg-eps-2026-q3', 'rdg-eps-2025-q3']],
      ['$2.41', 'supported', ['rdg-eps-2026-q3']],
      ['2.4%', 'supported', ['rdg-tpd-2026-q3', 'rdg-tpd-2025-q3']],
      ['30,150', 'supported', ['rdg-tpd-2026-q3']],
      ['1.4%', 'supported', ['rdg-spd-2026-q3', 'rdg-spd-2025-q3']],
      ['40,630', 'supported', ['rdg-spd-2026-q3']],
      ['1,484 pounds', 'unsourced', []],
      ['5.2%', 'supported', ['rdg-cwt-2026-q3', 'rdg-cwt-2025-q3']],
      ['$29.84', 'unsourced', []],
      ['77.2%', 'supported', ['rdg-or-2025']],
      ['76.8%', 'supported', ['rdg-or-2026-q3']],
      ['30,150', 'supported', ['rdg-tpd-2026-q3']],
      ['$29.84', 'unsourced', []],
      ['84.9%', 'supported', ['con-or-2026-q3']],
      // The planted error.
      ['21,540', 'contradicted', ['con-tpd-2026-q3']],
      ['$26.10', 'unsourced', []],
      ['130 basis points', 'supported', ['con-or-2026-q3', 'con-or-2025-q3']],
      ['$874\nmillion', 'supported', ['con-revenue-2026-q3']],
      ['262 service centers', 'supported', ['rdg-sc-2026-09']],
      ['14,350 doors', 'supported', ['rdg-doors-2026-09']],
      ['23,600', 'supported', ['rdg-employees-2026-09']],
      ['3%', 'supported', ['rdg-employees-2026-09', 'rdg-employees-2025-09']],
      ['$185 million', 'supported', ['rdg-buyback-2026-q3']],
      ['11%', 'supported', ['rdg-market-share-2025']],
      ['78.0% to 79.0%', 'supported', ['rdg-or-guid-2026-q4']],
      ['$720 million', 'supported', ['rdg-capex-guid-2026-oct']],
      ['$780 million', 'supported', ['rdg-capex-guid-2026-feb']],
      // The footnote "A hundredweight is 100 pounds.": a unit's definition, no one's figure.
      ['100 pounds', 'unsourced', []],
    ]);
  });
});

describe('Indonesian bank note (rupiah glued "Rp1,482tn", NIM guidance "(previously …)" in a list, cost of credit in bps)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('idbank'))).toEqual([
      ['Rp6,400', 'unsourced', []],
      ['Rp43.1tn', 'supported', ['nusantara-netprofit-9m26']],
      ['7.2%', 'supported', ['nusantara-netprofit-9m26', 'nusantara-netprofit-9m25']],
      ['Rp15.6tn', 'contradicted', ['nusantara-netprofit-3q26']],
      ['5.71', 'supported', ['nusantara-nim-3q26']],
      ['5.96', 'supported', ['nusantara-nim-3q25']],
      ['-25bps', 'supported', ['nusantara-nim-3q26', 'nusantara-nim-3q25']],
      ['131', 'supported', ['nusantara-coc-3q26']],
      ['142', 'supported', ['nusantara-coc-3q25']],
      ['-11bps', 'unsourced', []],
      ['5.74%', 'supported', ['mandala-nim-3q26']],
      ['11.1%', 'supported', ['nusantara-loans-2026-09', 'nusantara-loans-2025-09']],
      ['Rp1,482tn', 'supported', ['nusantara-loans-2026-09']],
      ['41.7%', 'supported', ['nusantara-loans-micro-2026-09', 'nusantara-loans-2026-09']],
      ['14.9%', 'supported', ['nusantara-loans-micro-2026-09', 'nusantara-loans-micro-2025-09']],
      ['6.1%', 'supported', ['nusantara-loans-corporate-2026-09', 'nusantara-loans-corporate-2025-09']],
      ['94.9%', 'supported', ['nusantara-ldr-2026-09']],
      ['1,482', 'supported', ['nusantara-loans-2026-09']],
      ['67.4', 'supported', ['nusantara-casa-2026-09']],
      ['1,006', 'supported', ['mandala-loans-2026-09']],
      ['82.3', 'supported', ['mandala-casa-2026-09']],
      ['23bps', 'supported', ['nusantara-npl-2026-09', 'nusantara-npl-2025-09']],
      ['2.18%', 'supported', ['nusantara-npl-2026-09']],
      ['1.94%', 'supported', ['mandala-npl-2026-09']],
      ['9.6%', 'unsourced', []],
      ['11.3%', 'unsourced', []],
      ['118bps', 'unsourced', []],
      ['19.8%', 'unsourced', []],
      ['10–12%', 'supported', ['nusantara-loan-growth-guidance-2026-10']],
      ['5.7–5.9%', 'supported', ['nusantara-nim-guidance-2026-10']],
      ['5.6–5.8%', 'supported', ['nusantara-nim-guidance-2026-07']],
      ['120–140bps', 'supported', ['nusantara-coc-guidance-2026-10']],
      ['24.1%', 'unsourced', []],
    ]);
  });
});

describe('Philippine telecom note (pesos "₱", "Fiber-to-the-home subscribers", margins "for Kapuluan and Sulu, respectively")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('phtelco'))).toEqual([
      ['5.4%', 'supported', ['kapuluan-revenue-3q26', 'kapuluan-revenue-3q25']],
      ['₱52.3 billion', 'supported', ['kapuluan-revenue-3q26']],
      ['PHP 155.8 billion', 'supported', ['kapuluan-revenue-9m26']],
      ['₱81.0 billion', 'supported', ['kapuluan-ebitda-9m26']],
      ['52.0%', 'supported', ['kapuluan-ebitda-margin-9m26']],
      ['P27.4 billion', 'supported', ['kapuluan-core-income-9m26']],
      ['36.1', 'supported', ['kapuluan-revenue-mobile-3q26']],
      ['69%', 'unsourced', []],
      ['8.9', 'supported', ['kapuluan-revenue-broadband-3q26']],
      ['17%', 'unsourced', []],
      ['7.3', 'supported', ['kapuluan-revenue-enterprise-3q26']],
      ['14%', 'unsourced', []],
      ['5.6%', 'supported', ['kapuluan-revenue-mobile-3q26', 'kapuluan-revenue-mobile-3q25']],
      ['82.4%', 'supported', ['kapuluan-data-share-3q26']],
      ['58.4 million subscribers', 'supported', ['kapuluan-subs-2026-09']],
      ['4.5%', 'supported', ['kapuluan-subs-2026-09', 'kapuluan-subs-2025-09']],
      ['61.7 million', 'supported', ['sulu-subs-2026-09']],
      ['₱142', 'unsourced', []],
      ['₱137', 'unsourced', []],
      ['₱128', 'unsourced', []],
      ['51.6%', 'supported', ['kapuluan-ebitda-margin-3q26']],
      ['270bps', 'unsourced', []],
      ['48.9%', 'supported', ['sulu-ebitda-margin-3q26']],
      ['3.14 million', 'contradicted', ['kapuluan-ftth-subs-2026-09']],
      ['19.6 million homes', 'supported', ['kapuluan-homes-passed-2026-09']],
      ['22 million homes', 'supported', ['kapuluan-homes-passed-target-2027']],
      ['₱46.2 billion', 'supported', ['kapuluan-capex-9m26']],
      ['₱64–67 billion', 'supported', ['kapuluan-capex-guidance-2026-11']],
      ['₱68–72 billion', 'supported', ['kapuluan-capex-guidance-2026-08']],
      ['11,000', 'unsourced', []],
      ['9,850', 'unsourced', []],
      ['₱75–80 billion', 'unsourced', []],
      ['2.9x', 'unsourced', []],
      ['₱38.5 billion', 'unsourced', []],
    ]);
  });
});

describe('Vietnamese steelmaker note (dong glued "VND140,000 billion", "We forecast …", a blast-furnace plan)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('vnsteel'))).toEqual([
      ['28,600 employees', 'supported', ['ls-employees-2025']],
      ['VND38.4 trillion', 'supported', ['ls-revenue-2026-q3']],
      ['16%', 'supported', ['ls-revenue-2026-q3', 'ls-revenue-2025-q3']],
      ['25%', 'supported', ['ls-net-profit-2026-q3', 'ls-net-profit-2025-q3']],
      ['VND3,540 billion', 'contradicted', ['ls-net-profit-2026-q3']],
      ['14.8%', 'supported', ['ls-gross-margin-2026-q3']],
      ['12.1%', 'supported', ['ls-gross-margin-2025-q3']],
      ['270bp', 'unsourced', []],
      ['VND15.1 million a tonne', 'supported', ['ls-asp-2026-q3']],
      ['2.35 million tonnes', 'supported', ['ls-volume-2026-q3']],
      ['1,180', 'supported', ['ls-volume-2026-q3-construction']],
      ['50', 'unsourced', []],
      ['860', 'unsourced', []],
      ['37', 'unsourced', []],
      ['310', 'supported', ['ls-volume-2026-q3-galvanised']],
      ['13', 'unsourced', []],
      ['14.4%', 'supported', ['ls-volume-2026-9m', 'ls-volume-2025-9m']],
      ['6.42 million tonnes', 'supported', ['ls-volume-2026-9m']],
      ['27%', 'supported', ['ls-export-share-2026-9m']],
      ['22%', 'supported', ['ls-export-share-2025-9m']],
      ['33.5%', 'supported', ['ls-market-share-2026-9m']],
      ['VND108.5 trillion', 'supported', ['ls-revenue-2026-9m']],
      // Left wrong (part 61): "…came to VND108.5 trillion and VND9,300 billion, respectively, which leaves the full-year plan comfortably within reach" takes the later clause's "full-year plan" as its time and a plan.
      ['VND9,300 billion', 'contradicted', ['ls-net-profit-2026-guidance']],
      ['VND150 trillion', 'supported', ['ls-revenue-2026-guidance']],
      ['VND12.5 trillion', 'supported', ['ls-net-profit-2026-guidance']],
      ['VND32,000 billion', 'unsourced', []],
      ['VND85,000 billion', 'supported', ['vp-project-cost']],
      ['5.6 million tonnes', 'unsourced', []],
      ['9.0 million tonnes', 'supported', ['ls-capacity-2026-06']],
      // Left wrong (part 61): "would lift … capacity from 9.0 million tonnes a year today to roughly 15 million tonnes": the "today" of the level it starts from makes the plan a result.
      ['15 million tonnes', 'contradicted', ['ls-capacity-2026-06']],
      ['VND41,200 billion', 'supported', ['kt-revenue-fy2026']],
      ['6.5%', 'supported', ['kt-revenue-fy2026', 'kt-revenue-fy2025']],
      ['9.4%', 'supported', ['kt-gross-margin-fy2026']],
      ['VND12.9 trillion', 'unsourced', []],
      ['VND11,200 billion', 'supported', ['ls-net-profit-2025']],
    ]);
  });
});

describe('Polish discount retailer note (złoty, "Slovak stores", "(9M: 241)" in a guidance list)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('plretail'))).toEqual([
      ['16,200', 'unsourced', []],
      ['14,600', 'unsourced', []],
      ['+11.0%', 'supported', ['dc-revenue-2026-q3', 'dc-revenue-2025-q3']],
      ['8.1', 'supported', ['dc-ebitda-margin-2026-q3']],
      ['7.6', 'supported', ['dc-ebitda-margin-2025-q3']],
      ['+0.5pp', 'supported', ['dc-ebitda-margin-2026-q3', 'dc-ebitda-margin-2025-q3']],
      ['3.4', 'supported', ['dc-lfl-2026-q3']],
      ['5.9', 'supported', ['dc-lfl-2025-q3']],
      ['3.4%', 'supported', ['dc-lfl-2026-q3']],
      // Left wrong (part 61; the README does not say): "basket deflation of 1.2%" against a metric of basket inflation at -1.2%.
      ['1.2%', 'contradicted', ['dc-basket-inflation-2026-q3']],
      ['PLN 58.40', 'supported', ['dc-average-basket-2026-q3']],
      ['PLN 46.9bn', 'contradicted', ['dc-revenue-2026-9m']],
      ['241 stores', 'supported', ['dc-openings-2026-9m']],
      ['9', 'unsourced', []],
      ['3,412', 'supported', ['dc-stores-2026-09']],
      ['232', 'unsourced', []],
      ['58', 'unsourced', []],
      ['300–320 store openings', 'supported', ['dc-openings-2026-guidance']],
      ['241', 'supported', ['dc-openings-2026-9m']],
      ['zł 2.9 billion', 'supported', ['dc-capex-2026-guidance']],
      ['25 stores', 'unsourced', []],
      ['300 stores', 'unsourced', []],
      ['9.8%', 'supported', ['dc-market-share-2025']],
      ['2,105 stores', 'supported', ['kp-stores-2026-09']],
      ['1.1%', 'supported', ['kp-lfl-2026-q3']],
      ['97 stores', 'supported', ['kp-openings-2026-9m']],
      // Left wrong (part 61): "barely 40% of Dobra Cena's pace" is read as Koszyk's like-for-like growth.
      ['40%', 'contradicted', ['kp-lfl-2026-q3']],
      ['PLN 31.4bn', 'supported', ['kp-revenue-2025']],
      ['6.2%', 'supported', ['kp-ebitda-margin-2025']],
      ['PLN 58.1bn', 'unsourced', []],
      ['7.8%', 'supported', ['dc-ebitda-margin-2025']],
      ['PLN 4.9bn', 'unsourced', []],
      ['zł 1.62 billion', 'supported', ['dc-net-profit-2025']],
      ['zł 4.52 billion', 'supported', ['dc-ebitda-2025']],
    ]);
  });
});

describe('Swiss pharma note (francs, growth "at CER", divisions and top drugs)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('chpharma'))).toEqual([
      ['CHF 61.2 billion', 'supported', ['bf-sales-2025']],
      ['7%', 'supported', ['bf-sales-cer-2025']],
      // Left wrong (part 61): "sales rose 7% at CER and 4% in Swiss francs": the reported 4% takes the CER metric of the clause before.
      ['4%', 'contradicted', ['bf-sales-cer-2025']],
      ['8%', 'supported', ['bf-core-op-2025', 'bf-core-op-2024']],
      ['CHF 21.4 billion', 'supported', ['bf-core-op-2025']],
      ['35.0%', 'supported', ['bf-core-margin-2025']],
      ['33.6%', 'supported', ['bf-core-margin-2024']],
      ['9%', 'unsourced', []],
      ['CHF 18.26', 'contradicted', ['bf-core-eps-2025']],
      ['CHF 13.8 billion', 'supported', ['bf-net-income-2025']],
      ['CHF 9.90 per\nshare', 'supported', ['bf-dps-2025']],
      ['CHF 9.70', 'supported', ['bf-dps-2024']],
      ['46.3', 'supported', ['bf-pharma-sales-2025']],
      ['+8%', 'unsourced', []],
      ['+4%', 'unsourced', []],
      ['14.9', 'supported', ['bf-dia-sales-2025']],
      ['+4%', 'unsourced', []],
      ['+3%', 'unsourced', []],
      ['76%', 'supported', ['bf-pharma-sales-2025', 'bf-sales-2025']],
      ['7%', 'supported', ['bf-velmora-sales-2025', 'bf-velmora-sales-2024']],
      ['CHF 7.4 billion', 'supported', ['bf-velmora-sales-2025']],
      ['CHF 6.9 billion', 'supported', ['bf-velmora-sales-2024']],
      ['CHF 4.6 billion', 'unsourced', []],
      ['8%', 'unsourced', []],
      ['6%', 'unsourced', []],
      ['$53.1 billion', 'supported', ['vd-sales-2025']],
      ['8%', 'unsourced', []],
      ['11%', 'unsourced', []],
      ['39.5%', 'supported', ['vd-core-margin-2025']],
      ['4.5 points', 'unsourced', []],
      ['CHF 21.7 billion', 'supported', ['bf-net-debt-2025-12']],
      ['1.0x', 'supported', ['bf-net-debt-2025-12', 'bf-core-op-2025']],
      ['103,200 people', 'supported', ['bf-employees-2025-12']],
      ['CHF 19.90–20.40', 'supported', ['bf-core-eps-guide-2026-01']],
      ['35%', 'unsourced', []],
    ]);
  });
});

describe('Mexican bottler note (pesos written "Ps.", "Mexican volumes", unit cases "sold")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('mxbottler'))).toEqual([
      ['Ps. 245,088 million', 'supported', ['nv-rev-2025']],
      ['6.7%', 'supported', ['nv-rev-2025', 'nv-rev-2024']],
      ['Ps. 229,637 million', 'supported', ['nv-rev-2024']],
      ['4,182 million unit cases', 'supported', ['nv-vol-2025']],
      ['+1.9%', 'supported', ['nv-vol-2025', 'nv-vol-2024']],
      ['4.7%', 'unsourced', []],
      ['Ps. 58.16', 'contradicted', ['nv-rpuc-2025']],
      ['Ps. 48,527 million', 'supported', ['nv-ocf-2025']],
      ['19.8%', 'unsourced', []],
      ['40 basis points', 'unsourced', []],
      ['19.4%', 'unsourced', []],
      ['7.6%', 'unsourced', []],
      ['Ps.18.4 billion', 'unsourced', []],
      ['Ps. 8.76 per unit', 'unsourced', []],
      ['6.2%', 'supported', ['nv-rev-q4-2025', 'nv-rev-q4-2024']],
      ['Ps. 66,930 million', 'supported', ['nv-rev-q4-2025']],
      ['20.6%', 'supported', ['nv-ocf-margin-q4-2025']],
      ['1,952', 'supported', ['nv-vol-mx-2025']],
      ['+0.8%', 'supported', ['nv-vol-mx-2025', 'nv-vol-mx-2024']],
      ['1,061', 'supported', ['nv-vol-br-2025']],
      ['+5.6%', 'supported', ['nv-vol-br-2025', 'nv-vol-br-2024']],
      ['398', 'supported', ['nv-vol-co-2025']],
      ['+3.1%', 'supported', ['nv-vol-co-2025', 'nv-vol-co-2024']],
      ['a quarter', 'supported', ['nv-vol-br-2025', 'nv-vol-2025']],
      ['12 million cases', 'unsourced', []],
      ['MXN 62.3 billion', 'supported', ['ar-rev-q4-2025']],
      ['21.4%', 'supported', ['ar-ebitda-margin-2025']],
      ['6,500 million unit cases', 'supported', ['nv-vol-2025', 'ar-vol-2025']],
      ['MXN 236.8 billion', 'unsourced', []],
      ['2,315 million unit cases', 'supported', ['ar-vol-2025']],
      ['Ps. 41.3 billion', 'supported', ['nv-net-debt-2025-12']],
      ['0.85x', 'supported', ['nv-net-debt-2025-12', 'nv-ocf-2025']],
      ['96,400 people', 'supported', ['nv-employees-2025-12']],
      ['Ps. 19.5 billion', 'supported', ['nv-capex-guide-2026-02']],
      ['1%–2%', 'unsourced', []],
    ]);
  });
});

describe('Japanese trading house note (a March year, "1H FY3/27", segment profits)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('sogo'))).toEqual([
      ['13.2%', 'supported', ['marunami-np-h1-fy2027', 'marunami-np-h1-fy2026']],
      ['¥589.0 billion', 'supported', ['marunami-np-h1-fy2027']],
      ['62%', 'unsourced', []],
      ['¥950.0 billion', 'supported', ['marunami-np-guid-fy2027']],
      ['¥880.0 billion', 'supported', ['marunami-np-fy2026']],
      ['9.8%', 'unsourced', []],
      ['¥801.8 billion', 'unsourced', []],
      ['¥13.95 trillion', 'supported', ['marunami-revenue-fy2026']],
      ['176.4', 'supported', ['marunami-metals-h1-fy2027']],
      ['-12%', 'supported', ['marunami-metals-h1-fy2027', 'marunami-metals-h1-fy2026']],
      ['98.2', 'supported', ['marunami-energy-h1-fy2027']],
      ['+21%', 'supported', ['marunami-energy-h1-fy2027', 'marunami-energy-h1-fy2026']],
      ['57%', 'unsourced', []],
      // Left wrong (part 61): "57% of the ¥172.5 billion the segment earned in the whole of FY3/26" is read as the group's net income, not the Energy segment's.
      ['¥172.5 billion', 'contradicted', ['marunami-np-fy2026']],
      ['12.2%', 'unsourced', []],
      ['¥612 billion', 'supported', ['marunami-cocf-h1-fy2027']],
      ['0.62x', 'supported', ['marunami-netder-2026-09']],
      ['52,100', 'supported', ['marunami-employees-2026-03']],
      ['15.1%', 'contradicted', ['marunami-roe-fy2026']],
      ['¥220', 'supported', ['marunami-dps-guid-fy2027']],
      ['10%', 'supported', ['marunami-dps-guid-fy2027', 'marunami-dps-fy2026']],
      ['¥200', 'supported', ['marunami-dps-fy2026']],
      ['40%', 'supported', ['marunami-payout-guid-fy2027']],
      ['¥150 billion', 'supported', ['marunami-buyback-fy2027']],
      ['70%', 'unsourced', []],
      ['¥512.4 billion', 'supported', ['tsukishima-np-h1-fy2027']],
      ['49%', 'unsourced', []],
      ['¥1.05 trillion', 'unsourced', []],
      ['¥1.1 trillion', 'unsourced', []],
      ['¥140 per share', 'supported', ['tsukishima-dps-guid-fy2027']],
      ['¥220', 'unsourced', []],
      ['¥121.7 billion', 'supported', ['tsukishima-metals-h1-fy2027']],
      ['¥88.0 billion', 'supported', ['tsukishima-energy-h1-fy2027']],
      ['¥12.4 trillion', 'unsourced', []],
      ['52%', 'unsourced', []],
    ]);
  });
});

describe('Indonesian coal miner note ("Mt", "US$/t", a strip ratio, "9M26")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('coalminer'))).toEqual([
      ['6.0%', 'supported', ['bse-prod-q3-2026', 'bse-prod-q3-2025']],
      ['15.8 Mt', 'supported', ['bse-prod-q3-2026']],
      ['16.2 Mt', 'supported', ['bse-sales-q3-2026']],
      ['45.1 Mt', 'supported', ['bse-prod-9m-2026']],
      ['46.9 Mt', 'unsourced', []],
      ['8.7%', 'supported', ['bse-asp-q3-2026', 'bse-asp-q3-2025']],
      ['US$68.4/t', 'supported', ['bse-asp-q3-2026']],
      ['US$108.5/t', 'supported', ['newc-q3-2026']],
      ['US$41.2 per tonne', 'supported', ['bse-cashcost-q3-2026']],
      ['US$43.0', 'supported', ['bse-cashcost-q3-2025']],
      ['5.1', 'supported', ['bse-strip-q3-2026']],
      ['5.6', 'supported', ['bse-strip-q3-2025']],
      ['148', 'supported', ['bse-np-q3-2026']],
      ['201', 'supported', ['bse-np-q3-2025']],
      ['-26%', 'supported', ['bse-np-q3-2026', 'bse-np-q3-2025']],
      ['US$312 million', 'supported', ['bse-ebitda-q3-2026']],
      ['US$1.11 billion', 'supported', ['bse-revenue-q3-2026']],
      ['28%', 'unsourced', []],
      ['60–63 Mt', 'supported', ['bse-prod-guid-2026']],
      ['5.0x–5.3x', 'supported', ['bse-strip-guid-2026']],
      ['US$40–43/t', 'supported', ['bse-cashcost-guid-2026']],
      ['US$250–280 million', 'supported', ['bse-capex-guid-2026']],
      ['11.3 Mt', 'supported', ['bir-prod-q3-2026']],
      ['6.8x', 'supported', ['bir-strip-q3-2026']],
      ['US$47.5/t', 'supported', ['bir-cashcost-q3-2026']],
      // Left wrong (part 61): "its realised price was higher, at US$72.1/t" takes the cash cost of the clause before.
      ['US$72.1/t', 'contradicted', ['bir-cashcost-q3-2026']],
      ['44–46 Mt', 'unsourced', []],
      ['60–63 Mt', 'unsourced', []],
      ['US$1.42 billion', 'supported', ['bse-netcash-2026-09']],
      ['Rp145 per share', 'unsourced', []],
      ['1.21 billion tonnes', 'supported', ['bse-reserves-2025']],
      ['38%', 'supported', ['bse-sales-china-q3-2026', 'bse-sales-q3-2026']],
      ['26%', 'unsourced', []],
      ['2.3%', 'supported', ['newc-q3-2026', 'newc-q3-2025']],
    ]);
  });
});

describe('rough-diamond miner note (million carats, a price per carat, "(previously 23–25 million carats)")', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('diamonds'))).toEqual([
      ['6.1 million carats', 'supported', ['marula-production-2026-q3']],
      ['9%', 'supported', ['marula-production-2026-q3', 'marula-production-2025-q3']],
      ['US$842 million', 'contradicted', ['marula-rough-sales-2026-q3']],
      ['5.8\nmillion carats', 'supported', ['marula-sales-volume-2026-q3']],
      ['US$142 per carat', 'supported', ['marula-price-2026-q3']],
      ['US$161', 'supported', ['marula-price-2025-q3']],
      ['4.5%', 'supported', ['marula-price-index-2026-q3', 'marula-price-index-2026-q2']],
      ['107.3', 'supported', ['marula-price-index-2026-q3']],
      ['11%', 'supported', ['marula-price-index-2026-q3', 'marula-price-index-2025-q3']],
      ['20%', 'supported', ['marula-moremi-2026-q3', 'marula-moremi-2025-q3']],
      ['39%', 'unsourced', []],
      ['2.4', 'supported', ['marula-moremi-2026-q3']],
      ['1.9', 'supported', ['marula-serowe-2026-q3']],
      ['1.1', 'supported', ['marula-kuruman-2026-q3']],
      ['0.7', 'supported', ['marula-namaqua-2026-q3']],
      ['6.1', 'supported', ['marula-production-2026-q3']],
      ['24.7 million carats', 'supported', ['marula-production-2025']],
      ['US$158 per carat', 'supported', ['marula-price-2025']],
      ['19,800 people', 'supported', ['marula-employees-2025-12']],
      ['US$1.98 billion', 'supported', ['marula-revenue-2026-h1']],
      ['US$310 million', 'supported', ['marula-underlying-ebitda-2026-h1']],
      ['15.7%', 'supported', ['marula-ebitda-margin-2026-h1']],
      ['US$1.12 billion', 'supported', ['marula-net-debt-2026-06']],
      ['22–24 million carats', 'supported', ['marula-production-guidance-2026-jul']],
      ['23–25 million carats', 'supported', ['marula-production-guidance-2026-feb']],
      ['20–23 million carats', 'supported', ['marula-production-guidance-2027']],
      ['US$86 per carat', 'supported', ['marula-unit-cost-guidance-2026']],
      ['2.84 million carats', 'supported', ['karoo-production-fy2026']],
      ['9%', 'supported', ['karoo-price-fy2026', 'karoo-price-fy2025']],
      ['US$131 per carat', 'supported', ['karoo-price-fy2026']],
      ['2.6–2.9 million carats', 'supported', ['karoo-production-guidance-fy2027']],
      ['8%', 'unsourced', []],
      ['a third', 'unsourced', []],
    ]);
  });
});

describe('Swedish truck maker note (kronor, "North American orders", order intake in units)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('sektrucks'))).toEqual([
      ['4%', 'supported', ['nordhall-sales-2026-q3', 'nordhall-sales-2025-q3']],
      ['SEK 118.4 billion', 'supported', ['nordhall-sales-2026-q3']],
      ['SEK 14.2bn', 'supported', ['nordhall-adj-ebit-2026-q3']],
      ['12.0%', 'supported', ['nordhall-adj-margin-2026-q3']],
      ['13.1%', 'supported', ['nordhall-adj-margin-2025-q3']],
      ['SEK 5.12', 'supported', ['nordhall-eps-2026-q3']],
      ['15%', 'supported', ['nordhall-orders-2026-q3', 'nordhall-orders-2025-q3']],
      ['48,300 trucks', 'supported', ['nordhall-orders-2026-q3']],
      ['9%', 'unsourced', []],
      ['52,700', 'unsourced', []],
      ['24,100', 'supported', ['nordhall-orders-europe-2026-q3']],
      ['+24%', 'supported', ['nordhall-orders-europe-2026-q3', 'nordhall-orders-europe-2025-q3']],
      ['8,900', 'contradicted', ['nordhall-orders-na-2026-q3']],
      ['−10%', 'supported', ['nordhall-orders-na-2026-q3', 'nordhall-orders-na-2025-q3']],
      ['6,200', 'supported', ['nordhall-orders-sa-2026-q3']],
      ['+22%', 'supported', ['nordhall-orders-sa-2026-q3', 'nordhall-orders-sa-2025-q3']],
      ['half', 'unsourced', []],
      ['24%', 'supported', ['nordhall-service-sales-2026-q3', 'nordhall-sales-2026-q3']],
      ['98,000 trucks', 'supported', ['nordhall-order-book-2026-09']],
      ['SEK 61.8 billion', 'supported', ['nordhall-net-cash-2026-09']],
      ['SEK 527.0 billion', 'unsourced', []],
      ['13.4%', 'supported', ['nordhall-adj-margin-2025']],
      ['103,500 employees', 'supported', ['nordhall-employees-2025-12']],
      ['SEK 7.50 per share', 'supported', ['nordhall-dps-2025']],
      ['300,000 trucks', 'supported', ['nordhall-eu-market-2027']],
      ['275,000 trucks', 'supported', ['nordhall-na-market-2027-oct']],
      ['€12.4 billion', 'supported', ['brenner-revenue-2026-q3']],
      ['61,200 trucks', 'supported', ['brenner-deliveries-2026-q3']],
      ['8.9%', 'supported', ['brenner-adj-ros-2026-q3']],
      ['12.0%', 'supported', ['nordhall-adj-margin-2026-q3']],
      ['235,000 to\n255,000 trucks', 'supported', ['brenner-unit-sales-guidance-2026']],
      ['SEK 0.6 billion', 'unsourced', []],
    ]);
  });
});

describe('Israeli insurer note (shekels "NIS", "9M 2026", a footnote under the rival\'s heading)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('ilinsurer'))).toEqual([
      ['₪640 million', 'supported', ['karmel-ci-2026-q3']],
      ['25%', 'supported', ['karmel-ci-2026-q3', 'karmel-ci-2025-q3']],
      ['₪512 million', 'supported', ['karmel-ci-2025-q3']],
      ['NIS 590 million', 'supported', ['karmel-ni-2026-q3']],
      ['₪2.78 per share', 'supported', ['karmel-eps-2026-q3']],
      ['19.4%', 'supported', ['karmel-roe-2026-q3']],
      ['NIS 1.87 billion', 'contradicted', ['karmel-ci-2026-9m']],
      ['NIS 1.41 billion', 'supported', ['karmel-ci-2025-9m']],
      ['26%', 'unsourced', []],
      ['8.1%', 'supported', ['karmel-gwp-2026-q3', 'karmel-gwp-2025-q3']],
      ['₪4.52 billion', 'supported', ['karmel-gwp-2026-q3']],
      ['1,610', 'unsourced', []],
      ['+4.5%', 'unsourced', []],
      ['1,470', 'supported', ['karmel-gwp-health-2026-q3']],
      ['+9.3%', 'supported', ['karmel-gwp-health-2026-q3', 'karmel-gwp-health-2025-q3']],
      ['1,440', 'supported', ['karmel-gwp-pc-2026-q3']],
      ['+11.6%', 'supported', ['karmel-gwp-pc-2026-q3', 'karmel-gwp-pc-2025-q3']],
      ['91.8%', 'supported', ['karmel-cr-pc-2026-q3']],
      ['94.6%', 'supported', ['karmel-cr-pc-2025-q3']],
      ['2.8 percentage points', 'unsourced', []],
      ['₪412 billion', 'supported', ['karmel-aum-2026-09']],
      ['14%', 'supported', ['karmel-aum-2026-09', 'karmel-aum-2025-09']],
      ['₪95 million', 'unsourced', []],
      ['187%', 'supported', ['karmel-solvency-2026-06']],
      ['176%', 'supported', ['karmel-solvency-2025-12']],
      ['₪250 million', 'supported', ['karmel-dividend-2026-q3']],
      ['39%', 'supported', ['karmel-dividend-2026-q3', 'karmel-ci-2026-q3']],
      ['15%–17%', 'supported', ['karmel-roe-target-2027']],
      ['₪2.4–2.6 billion', 'supported', ['karmel-ci-target-2027']],
      ['30% to 50%', 'supported', ['karmel-payout-target-2027']],
      ['18.9%', 'unsourced', []],
      ['₪455 million', 'supported', ['shaked-ci-2026-q3']],
      ['14.2%', 'supported', ['shaked-roe-2026-q3']],
      ['₪5.05 billion', 'supported', ['shaked-gwp-2026-q3']],
      // Left wrong (part 61): a footnote about Karmel at the end of the note, under the rival's "## Shaked" heading, is judged as Shaked's.
      ['142%', 'contradicted', ['shaked-solvency-2026-06']],
    ]);
  });
});

describe('Indian FMCG note (crore, "Q2FY27" glued, UVG, rural and urban growth)', () => {
  it('judges every claim at the note date', () => {
    expect(verdictRows(judgedAtNoteDate('indfmcg'))).toEqual([
      ['₹2,950', 'unsourced', []],
      ['6.1%', 'supported', ['aravalli-rev-q2fy27', 'aravalli-rev-q2fy26']],
      ['₹15,926 crore', 'supported', ['aravalli-rev-q2fy27']],
      ['₹15,011 crore', 'supported', ['aravalli-rev-q2fy26']],
      ['₹3,965 crore', 'contradicted', ['aravalli-ebitda-q2fy27']],
      ['70 bps', 'supported', ['aravalli-margin-q2fy27', 'aravalli-margin-q2fy26']],
      ['23.2%', 'supported', ['aravalli-margin-q2fy27']],
      // Left wrong (part 61): "The EBITDA margin fell to 23.2% as A&P spend rose to 11.2% of revenue": the share of another subject takes the margin of the clause before.
      ['11.2%', 'contradicted', ['aravalli-margin-q2fy27']],
      ['Rs 2,640 cr', 'supported', ['aravalli-np-q2fy27']],
      ['1.7%', 'unsourced', []],
      ['4%', 'supported', ['aravalli-uvg-q2fy27']],
      ['3%', 'supported', ['aravalli-uvg-q1fy27']],
      ['5.8%', 'supported', ['aravalli-uvg-rural-q2fy27']],
      ['2.4%', 'supported', ['aravalli-uvg-urban-q2fy27']],
      ['5,810', 'supported', ['aravalli-rev-homecare-q2fy27']],
      ['6.0%', 'supported', ['aravalli-rev-homecare-q2fy27', 'aravalli-rev-homecare-q2fy26']],
      ['5,420', 'supported', ['aravalli-rev-bpc-q2fy27']],
      ['2.5%', 'supported', ['aravalli-rev-bpc-q2fy27', 'aravalli-rev-bpc-q2fy26']],
      ['4,020', 'supported', ['aravalli-rev-foods-q2fy27']],
      ['10.4%', 'supported', ['aravalli-rev-foods-q2fy27', 'aravalli-rev-foods-q2fy26']],
      ['₹31,540 crore', 'supported', ['aravalli-rev-h1fy27']],
      ['5.6%', 'supported', ['aravalli-rev-h1fy27', 'aravalli-rev-h1fy26']],
      ['23–24%', 'supported', ['aravalli-margin-guidance-fy27']],
      ['₹1,200 crore', 'supported', ['aravalli-capex-guidance-fy27']],
      ['1–2%', 'unsourced', []],
      ['₹19 per share', 'supported', ['aravalli-dps-interim-fy27']],
      ['2.45 million\noutlets', 'supported', ['aravalli-outlets-2026-09']],
      ['9%', 'unsourced', []],
      ['50 bps', 'unsourced', []],
      ['10.7%', 'supported', ['sundaram-rev-q2fy27', 'sundaram-rev-q2fy26']],
      ['₹3,995 crore', 'supported', ['sundaram-rev-q2fy27']],
      ['7%', 'supported', ['sundaram-uvg-q2fy27']],
      ['19.8%', 'supported', ['sundaram-margin-q2fy27']],
      ['₹512 crore', 'supported', ['sundaram-np-q2fy27']],
    ]);
  });
});

describe('part 61 rules, each pinned both ways', () => {
  const codes = (name: string, date: string, heading: string, text: string) => lineFindings(name, date, heading, text).map((f) => [f.claim.text, f.code]);
  const halden = (text: string) => codes('gases', '2026-11-20', 'Halden Industrial Gases', text);
  const chalerm = (text: string) => codes('thaihosp', '2026-11-18', 'Chalerm Medical Group', text);
  const kaiyuan = (text: string) => codes('twmonthly', '2026-12-05', 'Kaiyuan Electronics', text);

  it('reads a quarter with no year said in the entity\'s own fiscal calendar ("the fiscal fourth quarter", "FQ4", "the fourth quarter")', () => {
    expect(halden('In the fiscal fourth quarter, sales came in at $3.25 billion, up 5.5% year on year.')).toEqual([['$3.25 billion', 'supported'], ['5.5%', 'supported']]);
    expect(halden('In the fiscal fourth quarter, sales came in at $3.35 billion, up 7.5% year on year.')).toEqual([['$3.35 billion', 'contradicted'], ['7.5%', 'contradicted']]);
    const q4 = lineFindings('gases', '2026-11-20', 'Halden Industrial Gases', 'In the fiscal fourth quarter, sales came in at $3.35 billion.')[0]!;
    expect(q4.message).toContain('Q4 FY2026');
    expect(q4.facts.map((f) => f.id)).toEqual(['halden-sales-q4fy2026']);
    // "FQ4" with no year was the latest figure of any length: the year's $12.6 billion.
    expect(halden('In FQ4, sales were $3.25 billion.')).toEqual([['$3.25 billion', 'supported']]);
    expect(halden('In FQ4, sales were $12.6 billion.')).toEqual([['$12.6 billion', 'contradicted']]);
    // A March year in May 2025: its fourth quarter is January to March 2025, not the calendar's Q4 2024.
    const lumen = (text: string) => codes('publisher', '2025-05-20', 'Lumen Interactive', text);
    expect(lumen('Monthly active users averaged 48 million in the fourth quarter.')).toEqual([['48 million', 'supported']]);
    expect(lumen('Monthly active users averaged 52 million in the fourth quarter.')).toEqual([['52 million', 'contradicted']]);
    // A March year in December 2026: its second quarter is July to September 2026, said so in every message.
    const vayu = lineFindings('twowheeler', '2026-12-03', 'Vayu Motocorp', 'In the fiscal second quarter, revenue rose 13.7% year on year to Rs 10,940 crore.');
    expect(vayu.map((f) => [f.claim.text, f.code])).toEqual([['13.7%', 'supported'], ['Rs 10,940 crore', 'supported']]);
    for (const f of vayu) expect(f.message).toContain('13.7%' === f.claim.text ? '13.7% in Q2 FY2027' : 'Rs 10,940 crore in Q2 FY2027');
    // "fiscal" before a quarter with its year makes it the fiscal year's.
    expect(halden('In the fiscal fourth quarter of 2026, sales came in at $3.35 billion.')).toEqual([['$3.35 billion', 'contradicted']]);
    // A change in such a quarter is derived over the entity's own quarters.
    const harbor = (text: string) => codes('caterer', '2026-11-20', 'Harbor Table Services', text);
    expect(harbor('Revenue rose 7.9% in the fourth quarter.')).toEqual([['7.9%', 'supported']]);
    expect(harbor('Revenue rose 9.9% in the fourth quarter.')).toEqual([['9.9%', 'contradicted']]);
    // A year said keeps the calendar's quarter ("plain periods stay calendar ones").
    expect(codes('caterer', '2026-11-20', 'Harbor Table Services', 'Revenue rose 7.9% in the fourth quarter of 2026.')).toEqual([['7.9%', 'unsourced']]);
  });

  it('reads "in the quarter" as the nearest period of the paragraph that says which quarter, past a nine-month figure', () => {
    const para = (share: string) =>
      chalerm(`Chalerm reported 3Q26 revenue of Bt11.62bn. Nine-month revenue reached THB33.4bn. International patients accounted for ${share} of revenue in the quarter.`);
    expect(para('34%')).toEqual([['Bt11.62bn', 'supported'], ['THB33.4bn', 'supported'], ['34%', 'supported']]);
    expect(para('37%')).toEqual([['Bt11.62bn', 'supported'], ['THB33.4bn', 'supported'], ['37%', 'contradicted']]);
  });

  it('takes no later figure\'s time for a share ("34% of revenue, against 32% for full-year 2025")', () => {
    expect(chalerm('International patients accounted for 34% of revenue, against 32% for full-year 2025.')).toEqual([['34%', 'supported'], ['32%', 'unsourced']]);
    expect(chalerm('International patients accounted for 37% of revenue, against 32% for full-year 2025.')).toEqual([['37%', 'contradicted'], ['32%', 'unsourced']]);
    const wrong = lineFindings('thaihosp', '2026-11-18', 'Chalerm Medical Group', 'International patients accounted for 37% of revenue, against 32% for full-year 2025.')[0]!;
    expect(wrong.facts.map((f) => f.id)).toEqual(['chalerm-intl-revenue-2026-q3', 'chalerm-revenue-2026-q3']);
    // The year's own share still is the year's.
    expect(chalerm('International patients accounted for 32% of revenue in full-year 2025.')).toEqual([['32%', 'supported']]);
  });

  it('dates the level a change reached past any comparison word, and reads any as a change column ("month on month to", "| MoM |")', () => {
    expect(kaiyuan("Kaiyuan's October revenue rose 2.1% MoM to NT$10.58bn.")).toEqual([['2.1%', 'supported'], ['NT$10.58bn', 'supported']]);
    // Undated, NT$10.12bn was November's latest and supported.
    expect(kaiyuan("Kaiyuan's October revenue rose 2.1% MoM to NT$10.12bn.")).toEqual([['2.1%', 'supported'], ['NT$10.12bn', 'contradicted']]);
    expect(kaiyuan("Kaiyuan's October revenue rose 2.1% m/m to NT$10.12bn.")).toEqual([['2.1%', 'supported'], ['NT$10.12bn', 'contradicted']]);
    const table = (cell: string) => kaiyuan(`| Month | Revenue (NT$bn) | MoM |\n|---|---|---|\n| Nov 2026 | 10.12 | ${cell} |`);
    expect(table('-4.3%')).toEqual([['10.12', 'supported'], ['-4.3%', 'supported']]);
    expect(table('-9.3%')).toEqual([['10.12', 'supported'], ['-9.3%', 'contradicted']]);
  });
});

describe('part 61 rules, round eight, each pinned both ways on the notes that found them', () => {
  const codes = (name: string, date: string, heading: string, text: string) => lineFindings(name, date, heading, text).map((f) => [f.claim.text, f.code]);

  it('leaves a figure in a unit it does not read ("9.4 mtpa", "6.1 Mct") unsourced, never red as a bare number', () => {
    const steel = lineFindings('vnsteel', '2026-11-03', 'Lam Son Steel', "Lam Son's crude steel capacity is 9.4 mtpa today.")[0]!;
    expect([steel.code, steel.message]).toEqual(['unsourced', expect.stringContaining('written in mtpa, a unit Claimcheck does not read')]);
    const marula = (text: string) => codes('diamonds', '2026-11-12', 'Marula Diamonds', text);
    expect(marula('Marula produced 6.1 Mct in Q3 2026.')).toEqual([['6.1', 'unsourced']]);
    expect(marula('Marula produced 6.1 million carats in Q3 2026.')).toEqual([['6.1 million carats', 'supported']]);
    expect(marula('Marula produced 7.1 million carats in Q3 2026.')).toEqual([['7.1 million carats', 'contradicted']]);
  });

  it('reads a part named right after a figure set against another as that figure\'s, and a word that names a later figure as no change\'s', () => {
    const aravalli = (text: string) => codes('indfmcg', '2026-11-06', 'Aravalli Consumer', text);
    expect(aravalli('Rural volumes grew 5.8% against 2.4% in urban markets.')).toEqual([['5.8%', 'supported'], ['2.4%', 'supported']]);
    expect(aravalli('Rural volumes grew 5.8% against 3.4% in urban markets.')).toEqual([['5.8%', 'supported'], ['3.4%', 'contradicted']]);
    expect(aravalli('Sundaram grew revenue 10.7% in Q2FY27 on UVG of 7%.')).toEqual([['10.7%', 'supported'], ['7%', 'supported']]);
    expect(aravalli('Sundaram grew revenue 12.7% in Q2FY27 on UVG of 7%.')).toEqual([['12.7%', 'contradicted'], ['7%', 'supported']]);
    const msg = lineFindings('indfmcg', '2026-11-06', 'Aravalli Consumer', 'Sundaram grew revenue 12.7% in Q2FY27 on UVG of 7%.')[0]!.message;
    expect(msg).toContain("Sundaram Brands' revenue: 12.7%");
  });

  it('reads "Ps." as pesos, "NIS" as shekels, a glued "P" as Philippine pesos, and a glued code as no name ("Rp1,482tn", "VND140,000 billion")', () => {
    const norvia = (text: string) => codes('mxbottler', '2026-02-25', 'Grupo Norvia', text);
    expect(norvia('Norvia closed 2025 with total revenues of Ps. 245,088 million.')).toEqual([['Ps. 245,088 million', 'supported']]);
    expect(norvia('Norvia closed 2025 with total revenues of Ps. 254,088 million.')).toEqual([['Ps. 254,088 million', 'contradicted']]);
    const karmel = (text: string) => codes('ilinsurer', '2026-11-25', 'Karmel Insurance', text);
    expect(karmel("Karmel's net profit was NIS 590 million in the third quarter of 2026.")).toEqual([['NIS 590 million', 'supported']]);
    expect(karmel("Karmel's net profit was NIS 610 million in the third quarter of 2026.")).toEqual([['NIS 610 million', 'contradicted']]);
    const kapuluan = (text: string) => codes('phtelco', '2026-11-10', 'Kapuluan Telecom', text);
    expect(kapuluan("Kapuluan's service revenue was P52.3 billion in 3Q26.")).toEqual([['P52.3 billion', 'supported']]);
    expect(kapuluan("Kapuluan's service revenue was P25.3 billion in 3Q26.")).toEqual([['P25.3 billion', 'contradicted']]);
    // The heading's bank owns a figure whose currency is glued to it (it was no one's: "Rp1" read as a name).
    const bank = (text: string) => codes('idbank', '2026-11-03', 'Bank Nusantara Raya', text);
    expect(bank('Loans were Rp1,482tn.')).toEqual([['Rp1,482tn', 'supported']]);
    expect(bank('Loans were Rp1,284tn.')).toEqual([['Rp1,284tn', 'contradicted']]);
    const steel = (text: string) => codes('vnsteel', '2026-11-03', 'Lam Son Steel', text);
    expect(steel('Revenue was VND140,000 billion in 2025.')).toEqual([['VND140,000 billion', 'supported']]);
    expect(steel('Revenue was VND104,000 billion in 2025.')).toEqual([['VND104,000 billion', 'contradicted']]);
  });

  it('writes a bps range back as the note writes it ("120–140bps" to "120–130bps", never "120–130–140bps" or "1.2–1.3 pp")', () => {
    const guide = (text: string) => lineFindings('idbank', '2026-12-01', 'Bank Nusantara Raya', text)[0]!;
    const glued = guide('Bank Nusantara Raya guides 2026 cost of credit at 120–140bps.');
    expect([glued.code, glued.suggestion]).toEqual(['outdated', '120–130bps']);
    expect(glued.message).toContain('the latest sourced guidance is 120–130bps');
    expect(guide('Bank Nusantara Raya guides 2026 cost of credit at 120–140 bps.').suggestion).toBe('120–130 bps');
  });

  it('judges "(previously …)" in a list item against the outlook it was revised from, of the item\'s year', () => {
    const bank = (text: string) => codes('idbank', '2026-11-03', 'Bank Nusantara Raya', text);
    expect(bank('Management revised its 2026 guidance on October 28:\n\n- NIM: 5.7–5.9% (previously 5.6–5.8%)')).toEqual([['5.7–5.9%', 'supported'], ['5.6–5.8%', 'supported']]);
    expect(bank('Management revised its 2026 guidance on October 28:\n\n- NIM: 5.7–5.9% (previously 5.4–5.5%)')).toEqual([['5.7–5.9%', 'supported'], ['5.4–5.5%', 'contradicted']]);
    const marula = (text: string) => codes('diamonds', '2026-11-12', 'Marula Diamonds', text);
    expect(marula('- 2026 production: 22–24 million carats (previously 23–25 million carats)')).toEqual([['22–24 million carats', 'supported'], ['23–25 million carats', 'supported']]);
    expect(marula('- 2026 production: 22–24 million carats (previously 24–26 million carats)')).toEqual([['22–24 million carats', 'supported'], ['24–26 million carats', 'contradicted']]);
  });

  it('reads a country\'s adjective as the place a segment names ("North American orders", "Mexican volumes", "Slovak stores"), and a part\'s change is never red against the whole', () => {
    const nordhall = (text: string) => codes('sektrucks', '2026-11-05', 'Nordhall', text);
    expect(nordhall('North American orders fell 10% to 9,800 trucks in Q3 2026.')).toEqual([['10%', 'supported'], ['9,800 trucks', 'supported']]);
    expect(nordhall('North American orders fell 20% to 8,800 trucks in Q3 2026.')).toEqual([['20%', 'contradicted'], ['8,800 trucks', 'contradicted']]);
    const norvia = (text: string) => codes('mxbottler', '2026-02-25', 'Grupo Norvia', text);
    expect(norvia("Norvia's Mexican volumes rose 0.8% to 1,952 million unit cases in 2025.")).toEqual([['0.8%', 'supported'], ['1,952 million unit cases', 'supported']]);
    expect(norvia("Norvia's Mexican volumes rose 3.8% to 1,592 million unit cases in 2025.")).toEqual([['3.8%', 'contradicted'], ['1,592 million unit cases', 'contradicted']]);
    // Peru is no segment on file: the group's 1.9% does not decide it (it was red).
    expect(norvia("Norvia's Peruvian volumes rose 9.0% in 2025.")).toEqual([['9.0%', 'unsourced']]);
    expect(norvia("Norvia's volumes rose 9.0% in 2025.")).toEqual([['9.0%', 'contradicted']]);
    const dobra = (text: string) => codes('plretail', '2026-11-12', 'Dobra Cena', text);
    expect(dobra('Dobra Cena had 58 Slovak stores at end-September.')).toEqual([['58', 'supported']]);
    expect(dobra('Dobra Cena had 85 Slovak stores at end-September.')).toEqual([['85', 'contradicted']]);
  });

  it('reads "Mt", "koz" and "Moz" after a number as its unit and scale, and names after them', () => {
    const coal = (text: string) => codes('coalminer', '2026-11-02', 'Bara Sakti', text);
    expect(coal('Borneo Indah produced 11.3 Mt in 3Q26, against 15.8 Mt at Bara Sakti.')).toEqual([['11.3 Mt', 'supported'], ['15.8 Mt', 'supported']]);
    expect(coal('Borneo Indah produced 12.3 Mt in 3Q26, against 18.5 Mt at Bara Sakti.')).toEqual([['12.3 Mt', 'contradicted'], ['18.5 Mt', 'contradicted']]);
    const wrong = lineFindings('coalminer', '2026-11-02', 'Bara Sakti', 'Borneo Indah produced 12.3 Mt in 3Q26.')[0]!;
    expect([wrong.suggestion, wrong.message]).toEqual(['11.3 Mt', expect.stringContaining('the sourced figure is 11.3 Mt')]);
  });

  it('reads "we forecast" and "our … forecast is" as the note\'s own estimate', () => {
    const steel = (text: string) => codes('vnsteel', '2026-11-03', 'Lam Son Steel', text);
    expect(steel("We forecast Lam Son's 2026 net profit at VND12.9 trillion.")).toEqual([['VND12.9 trillion', 'unsourced']]);
    expect(steel('Our 2026 net profit forecast for Lam Son is VND12.9 trillion.')).toEqual([['VND12.9 trillion', 'unsourced']]);
    expect(steel('Lam Son guides 2026 net profit at VND12.9 trillion.')).toEqual([['VND12.9 trillion', 'contradicted']]);
  });

  it('reads "in 9M" and "(9M: 241)" as the first nine months, never nine million', () => {
    const dobra = (text: string) => codes('plretail', '2026-11-12', 'Dobra Cena', text);
    expect(dobra('Dobra Cena opened 241 stores in 9M.')).toEqual([['241 stores', 'supported']]);
    expect(dobra('Dobra Cena opened 214 stores in 9M.')).toEqual([['214 stores', 'contradicted']]);
    expect(dobra('Management guides for 2026:\n\n- 300–320 store openings (9M: 241)')).toEqual([['300–320 store openings', 'supported'], ['241', 'supported']]);
    expect(dobra('Management guides for 2026:\n\n- 300–320 store openings (9M: 214)')).toEqual([['300–320 store openings', 'supported'], ['214', 'contradicted']]);
  });

  it('reads goods sold by the million as sales volume, no disposal ("sold 4,182 million unit cases")', () => {
    const norvia = (text: string) => codes('mxbottler', '2026-02-25', 'Grupo Norvia', text);
    expect(norvia('Norvia sold 4,182 million unit cases in 2025.')).toEqual([['4,182 million unit cases', 'supported']]);
    expect(norvia('Norvia sold 4,812 million unit cases in 2025.')).toEqual([['4,812 million unit cases', 'contradicted']]);
  });

  it('reads "Q2FY27" and "1H FY3/27" as periods, never a place or a name', () => {
    const aravalli = (text: string) => codes('indfmcg', '2026-11-06', 'Aravalli Consumer', text);
    expect(aravalli("Aravalli's revenue was ₹15,926 crore in Q2FY27.")).toEqual([['₹15,926 crore', 'supported']]);
    expect(aravalli("Aravalli's revenue was ₹16,926 crore in Q2FY27.")).toEqual([['₹16,926 crore', 'contradicted']]);
    const marunami = (text: string) => codes('sogo', '2026-11-09', 'Marunami', text);
    expect(marunami('Energy profit was ¥98.2 billion in 1H FY3/27.')).toEqual([['¥98.2 billion', 'supported']]);
    expect(marunami('Energy profit was ¥89.2 billion in 1H FY3/27.')).toEqual([['¥89.2 billion', 'contradicted']]);
  });

  it('reads "Fiber-to-the-home subscribers" as a part, a segment in a share\'s whole as the whole\'s, and names after a run "respectively" pairs', () => {
    const kapuluan = (text: string) => codes('phtelco', '2026-11-10', 'Kapuluan Telecom', text);
    // (Both were red: against the 58.4 million mobile subscribers, and as mobile's share of all revenue.)
    expect(kapuluan('Fiber-to-the-home subscribers at Kapuluan totaled 3.41 million at end-3Q26.')).toEqual([['3.41 million', 'unsourced']]);
    expect(kapuluan('Data now accounts for 82.4% of Kapuluan\'s mobile revenue.')).toEqual([['82.4%', 'unsourced']]);
    expect(kapuluan('Mobile accounts for 69% of Kapuluan\'s revenue.')).toEqual([['69%', 'supported']]);
    expect(kapuluan('Mobile accounts for 79% of Kapuluan\'s revenue.')).toEqual([['79%', 'contradicted']]);
    expect(kapuluan('EBITDA margins were 51.6% and 48.9% for Kapuluan and Sulu, respectively, in 3Q26.')).toEqual([['51.6%', 'supported'], ['48.9%', 'supported']]);
    expect(kapuluan('EBITDA margins were 48.9% and 51.6% for Kapuluan and Sulu, respectively, in 3Q26.')).toEqual([['48.9%', 'contradicted'], ['51.6%', 'contradicted']]);
  });

  it('reads "at CER" and a "CER growth" column as organic, which reported figures never decide', () => {
    const halden = (text: string) => codes('gases', '2026-11-20', 'Halden Industrial Gases', text);
    const table = (header: string) => halden(`| Segment | FY26 sales ($bn) | ${header} |\n|---|---|---|\n| On-site | 5.4 | +9% |`);
    expect(table('CER growth')).toEqual([['5.4', 'supported'], ['+9%', 'unsourced']]);
    // A plain change column is derived from the reported sales (5.9%).
    expect(table('YoY')).toEqual([['5.4', 'supported'], ['+9%', 'contradicted']]);
    expect(halden("Halden's sales rose 9% at CER in fiscal 2026.")).toEqual([['9%', 'unsourced']]);
    expect(halden("Halden's sales rose 9% in fiscal 2026.")).toEqual([['9%', 'contradicted']]);
  });

  it('reads goods sold by the million as a count sold, no negative change', () => {
    const claim = parseNote('---\ndate: 2026-02-25\n---\n# Grupo Norvia\n\nNorvia sold 4,812 million unit cases in 2025.\n').claims[0]!;
    expect([claim.kind, claim.value]).toEqual(['count', 4.812e9]);
    // A few things sold are a disposal, a change in what is held.
    const acres = parseNote('---\ndate: 2026-02-25\n---\n# Grupo Norvia\n\nNorvia sold 2,000 acres in 2025.\n').claims[0]!;
    expect([acres.kind, acres.value]).toEqual(['growth', -2000]);
  });
});
