// Grouping statements by entity, metric, kind of fact, time and measure, across notes and inside
// one, with and without a facts file. Each case's expected verdicts were written from the README's
// rules (How statements are compared) before running.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNote, type CheckResult } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { inconsistentFindings, withInconsistencies, type PassedFinding } from '../../server/src/core/consistency/inconsistencies';
import type { Config, FactIndex, Finding } from '../../server/src/core/types';

const TODAY = '2025-09-01';
const noFacts = loadFacts([], { today: TODAY }).index;

function note(body: string, date?: string, index: FactIndex = noFacts, config: Config = defaultConfig): CheckResult {
  const text = date ? `---\ndate: ${date}\n---\n${body}\n` : `${body}\n`;
  return checkNote(text, index, config, { today: TODAY });
}

/** Runs the pass over named notes; returns each note's inconsistent findings. */
function pass(notes: Record<string, CheckResult>, config: Config = defaultConfig): Record<string, Finding[]> {
  const found = inconsistentFindings(
    Object.entries(notes).map(([name, r]) => ({ note: name, label: name, statements: r.statements ?? [] })),
    config.severity.inconsistent,
  );
  return Object.fromEntries(Object.keys(notes).map((name) => [name, found.get(name) ?? []]));
}

const figures = (fs: Finding[]) => fs.map((f) => f.claim.text);

describe('statements across notes, with no facts file', () => {
  it('flags both of two notes that give one round different amounts, naming the other note, line and time', () => {
    const found = pass({
      'notes/q1.md': note('# Q1\n\nHalden Bio raised $40 million in March 2025, led by Nordvik.', '2025-04-02'),
      'notes/deals.md': note('Halden Bio raised $45 million in March 2025.', '2025-05-10'),
    });
    expect(figures(found['notes/q1.md']!)).toEqual(['$40 million']);
    expect(figures(found['notes/deals.md']!)).toEqual(['$45 million']);
    const [f] = found['notes/q1.md']!;
    expect(f!.severity).toBe('warning');
    expect(f!.entities).toEqual(['halden-bio']);
    expect(f!.metric).toBe('investment');
    expect(f!.message).toBe("Halden Bio's investment: $40 million in March 2025 — notes/deals.md:4 says $45 million for March 2025; no fact decides between them");
    expect(f!.related).toEqual([{ note: 'notes/deals.md', label: 'notes/deals.md', range: found['notes/deals.md']![0]!.claim.range, says: '$45 million for March 2025' }]);
  });

  it('sets no change with no period of its own against another: over which period is unsaid', () => {
    const facts = loadFacts([{ file: 'tollbridge-facts.yaml', text: readFileSync('test/judge/fixtures/tollbridge-facts.yaml', 'utf8') }], { today: '2026-12-01' }).index;
    // The toll-bridge note: "…rose 2.9% and 8.6%, respectively, to 84,300 and …" and, of one bridge, "(+7.4%)".
    const bridges = checkNote(readFileSync('test/judge/fixtures/tollbridge-note.md', 'utf8'), facts, defaultConfig, { today: '2026-12-01' });
    expect(pass({ bridges }).bridges).toEqual([]);
    // With a period no fact gives, the same two changes are one statement that cannot both be true.
    const said = pass({
      a: note('# Cedarline Crossings Fund\n\nAverage daily crossings rose 2.9% in 2023.', '2026-11-25', facts),
      b: note('# Cedarline Crossings Fund\n\nAverage daily crossings rose 7.4% in 2023.', '2026-11-25', facts),
    });
    expect(figures(said.a!)).toEqual(['2.9%']);
  });

  it('leaves figures alone that agree within their precision', () => {
    const found = pass({
      a: note('Halden Bio raised about $42 million in March 2025.', '2025-04-02'),
      b: note('Halden Bio raised $45 million in March 2025.', '2025-05-10'),
    });
    expect(found).toEqual({ a: [], b: [] });
  });

  it('compares inside one note too, a list item with a paragraph', () => {
    const found = pass({ memo: note('Harbor Line had 1,200 employees in 2024.\n\n- Harbor Line: 1,450 employees in 2024, after the merger.', '2025-07-01') });
    expect(figures(found.memo!)).toEqual(['1,200 employees', '1,450 employees']);
    expect(found.memo![0]!.message).toContain('memo:6 says 1,450 employees for 2024');
  });

  it('never sets two figures of one sentence against each other: the sentence contrasts them', () => {
    const contrast = 'Harbor Line had 1,200 employees in 2024, versus 1,450 employees in 2024 with contractors.';
    expect(pass({ memo: note(contrast, '2025-07-01') })).toEqual({ memo: [] });
    // The same two figures in two sentences still disagree.
    const apart = pass({ memo: note('Harbor Line had 1,200 employees in 2024. Harbor Line had 1,450 employees in 2024.', '2025-07-01') });
    expect(figures(apart.memo!)).toEqual(['1,200 employees', '1,450 employees']);
  });

  it("never sets the rows of a company's parts against each other (\"| Cardiovascular | 5.2% |\", \"| Neuromodulation | 11% |\")", () => {
    const facts = loadFacts([{ file: 'facts.yaml', text: [
      'entities:',
      '  corvant: { name: Corvant Medical }',
      'facts:',
      '  - { id: cv-c, entity: corvant, metric: revenue, segment: Cardiovascular, value: 1.02e9, unit: USD, as_of: 2025-10-22, period: 2025-Q3, source: { url: "https://cv.example/q3" } }',
      '  - { id: cv-n, entity: corvant, metric: revenue, segment: Neuromodulation, value: 410e6, unit: USD, as_of: 2025-10-22, period: 2025-Q3, source: { url: "https://cv.example/q3" } }',
    ].join('\n') }], { today: TODAY }).index;
    const table = '# Corvant Medical\n\n| Segment | Q3 2025 revenue | Growth |\n|---|---|---|\n| Cardiovascular | $1,020m | 5.2% |\n| Neuromodulation | $410m | 11% |';
    // No facts for Q3 2024: neither growth is derived, and each is its own segment's.
    expect(pass({ memo: note(table, '2025-10-30', facts) })).toEqual({ memo: [] });
  });

  it('sets a whole row ("| Worldwide |", "| Sum |") against the whole elsewhere, and a part\'s row against nothing', () => {
    const facts = loadFacts([{ file: 'facts.yaml', text: [
      'entities:',
      '  tidewater: { name: Tidewater Ferries }',
      'facts:',
      '  - { id: tw-s, entity: tidewater, metric: employees, value: 2100, unit: count, as_of: 2025-01-10, source: { url: "https://tw.example/ar" } }',
    ].join('\n') }], { today: TODAY }).index;
    const table = (label: string) => `# Tidewater Ferries\n\n| Region | Revenue 2024 (€m) |\n|---|---|\n| ${label} | 398 |`;
    const review = 'Tidewater Ferries reported revenue of €412 million for 2024.';
    const run = (label: string) => pass({ board: note(table(label), '2025-04-15', facts), review: note(review, '2025-03-01', facts) });
    for (const whole of ['Worldwide', 'Sum', 'Grand total']) expect([whole, figures(run(whole).board!)]).toEqual([whole, ['398']]);
    expect(run('Nordics')).toEqual({ board: [], review: [] });
  });

  it('reads a table row as naming the entity of its figures', () => {
    const table = '| Company | Revenue 2024 (€m) |\n|---|---|\n| Tidewater Ferries | 398 |';
    const found = pass({ board: note(table, '2025-04-15'), review: note('Tidewater Ferries reported revenue of €412 million for 2024.', '2025-03-01') });
    expect(figures(found.board!)).toEqual(['398']);
    expect(figures(found.review!)).toEqual(['€412 million']);
  });

  it('gives each figure of a sentence to the name of its own clause', () => {
    const found = pass({
      a: note('Halden Bio raised $40 million in March 2025, and Corvel raised $12 million in March 2025.', '2025-04-02'),
      b: note('Corvel raised $12 million in March 2025. Halden Bio raised $40 million in March 2025.', '2025-04-03'),
    });
    expect(found).toEqual({ a: [], b: [] });
  });
});

describe('what makes two statements the same statement', () => {
  it('the same period exactly: a month is not compared with its quarter, nor a year with another', () => {
    const found = pass({
      a: note('Halden Bio raised $40 million in March 2025.', '2025-06-01'),
      b: note('Halden Bio raised $45 million in Q1 2025.', '2025-06-01'),
      c: note('Halden Bio raised $60 million in March 2024.', '2025-06-01'),
    });
    expect(found).toEqual({ a: [], b: [], c: [] });
    // The same figure without its citation is compared.
    const uncited = pass({ b: note("BluePeak's capacity was 5.4 GW in 2025.", '2025-06-01'), c: note('BluePeak had 4 GW of capacity in 2025.', '2025-06-01') });
    expect(figures(uncited.b!)).toEqual(['5.4 GW']);
  });

  it('a figure without a time is about its note’s date: compared only with undated figures of notes of the same date', () => {
    const found = pass({
      july: note("Brightloom's revenue was $12 million.", '2025-07-01'),
      julyToo: note("Brightloom's revenue was $15 million, mostly from licensing.", '2025-07-01'),
      january: note("Brightloom's revenue was $9 million.", '2024-01-05'),
      dated: note("Brightloom's revenue was $20 million in 2025.", '2025-07-01'),
    });
    expect(figures(found.july!)).toEqual(['$12 million']);
    expect(figures(found.julyToo!)).toEqual(['$15 million']);
    expect(found.january).toEqual([]);
    expect(found.dated).toEqual([]);
  });

  it('a time the note leaves unsaid ("a year earlier" with nothing before it) is no one time', () => {
    const found = pass({
      a: note("Brightloom's revenue was $12 million a year earlier.", '2025-07-01'),
      b: note("Brightloom's revenue was $15 million a year earlier.", '2025-07-01'),
    });
    expect(found).toEqual({ a: [], b: [] });
  });

  it('notes without a date are all about today', () => {
    const found = pass({ a: note('Pinecrest Health has 4,000 employees.'), b: note('Pinecrest Health has 5,200 employees.') });
    expect(figures(found.a!)).toEqual(['4,000 employees']);
  });

  it('guidance is not compared with results, nor one currency with another, nor a change with a level', () => {
    const found = pass({
      plan: note('Tidewater Ferries guided revenue to €450 million for 2025.', '2025-07-01'),
      result: note("Tidewater Ferries' revenue was €430 million in 2025.", '2025-07-01'),
      dollars: note("Tidewater Ferries' revenue was $470 million in 2025.", '2025-07-01'),
      growth: note("Tidewater Ferries' revenue grew 12% in 2025.", '2025-07-01'),
    });
    expect(found).toEqual({ plan: [], result: [], dollars: [], growth: [] });
    // …while two results in one currency are.
    expect(figures(pass({ result: note("Tidewater Ferries' revenue was €430 million in 2025.", '2025-07-01'), other: note("Tidewater Ferries' revenue was €470 million in 2025.", '2025-07-01') }).other!)).toEqual(['€470 million']);
  });

  it('a figure whose owner is unclear, or that names no one, states nothing', () => {
    const found = pass({
      a: note('The company raised $40 million in March 2025.', '2025-06-01'),
      b: note('The company raised $45 million in March 2025.', '2025-06-01'),
    });
    expect(found).toEqual({ a: [], b: [] });
  });
});

describe('with a facts file', () => {
  const facts = `
entities:
  tidewater: { name: Tidewater Ferries, aliases: [TWF] }
facts:
  - id: twf-revenue-2024
    entity: tidewater
    metric: revenue
    value: 412e6
    unit: EUR
    as_of: 2025-02-20
    period: 2024
    source: { url: https://example.org/twf-annual-report-2024 }
`;
  const index = loadFacts([{ file: 'facts.yaml', text: facts }], { today: TODAY }).index;

  it('a figure a fact decides is never inconsistent: the supported one stays supported, the other contradicted', () => {
    const a = note('Tidewater Ferries reported revenue of €412 million for 2024.', '2025-03-01', index);
    const b = note('TWF had revenue of €398 million in 2024.', '2025-04-15', index);
    expect(a.findings.map((f) => f.code)).toEqual(['supported']);
    expect(b.findings.map((f) => f.code)).toEqual(['contradicted']);
    expect(a.statements).toEqual([]);
    expect(b.statements).toEqual([]);
    expect(pass({ a, b })).toEqual({ a: [], b: [] });
  });

  it('a period the facts do not cover is compared, the entity known by its alias in one note and its name in the other', () => {
    const found = pass({
      a: note('Tidewater Ferries reported revenue of €455 million for 2025.', '2025-08-01', index),
      b: note('TWF had revenue of €470 million in 2025.', '2025-08-01', index),
    });
    expect(figures(found.a!)).toEqual(['€455 million']);
    expect(found.a![0]!.entities).toEqual(['tidewater']);
    expect(found.a![0]!.message).toMatch(/^Tidewater Ferries's revenue|^Tidewater Ferries' revenue/);
  });
});

describe('configuration and suppression', () => {
  it('severity off: no statements are collected and nothing is found', () => {
    const off: Config = { ...defaultConfig, severity: { ...defaultConfig.severity, inconsistent: 'off' } };
    const a = note('Halden Bio raised $40 million in March 2025.', '2025-04-02', noFacts, off);
    const b = note('Halden Bio raised $45 million in March 2025.', '2025-04-02', noFacts, off);
    expect(a.statements).toEqual([]);
    expect(pass({ a, b }, off)).toEqual({ a: [], b: [] });
  });

  it('a configured severity is the finding’s', () => {
    const error: Config = { ...defaultConfig, severity: { ...defaultConfig.severity, inconsistent: 'error' } };
    const found = pass({ a: note('Halden Bio raised $40 million in March 2025.', '2025-04-02'), b: note('Halden Bio raised $45 million in March 2025.', '2025-04-02') }, error);
    expect(found.a![0]!.severity).toBe('error');
  });

  it('a line that disables inconsistent keeps its figure out of the comparison', () => {
    const quoted = note('<!-- claimcheck-disable-next-line inconsistent -->\nA blog wrongly said Halden Bio raised $45 million in March 2025.', '2025-04-02');
    const found = pass({ a: note('Halden Bio raised $40 million in March 2025.', '2025-04-02'), quoted });
    expect(found).toEqual({ a: [], quoted: [] });
  });
});

describe('withInconsistencies', () => {
  it('puts the inconsistent finding in the place of the claim’s unsourced one, and applying it twice changes nothing', () => {
    const a = note('Halden Bio raised $40 million in March 2025. Corvel has 80 employees.', '2025-04-02');
    const b = note('Halden Bio raised $45 million in March 2025.', '2025-04-02');
    const found = pass({ a, b });
    expect(a.findings.map((f) => `${f.code} ${f.claim.text}`)).toEqual(['unsourced $40 million', 'unsourced 80 employees']);
    const once = withInconsistencies(a.findings, found.a!);
    expect(once.map((f) => `${f.code} ${f.claim.text}`)).toEqual(['inconsistent $40 million', 'unsourced 80 employees']);
    expect(withInconsistencies(once, found.a!)).toEqual(once);
    // Once the other note agrees, applying the pass to the result again brings no stale finding back.
    expect(withInconsistencies(once, []).map((f) => f.code)).toEqual(['unsourced']);
  });

  // It merges the two lists when each is in claim order (a note's findings are) instead of sorting
  // them: the result must be the sort's, in order or not, ties and citations included.
  it('orders findings exactly as sorting both lists together does', () => {
    // The function as it was, sorting.
    const bySort = (findings: PassedFinding[], inconsistent: PassedFinding[]) => {
      const claims = new Set(inconsistent.map((f) => f.claim.offset.start));
      const kept = findings.filter((f) => f.code !== 'inconsistent' && !(f.code === 'unsourced' && !f.citation && claims.has(f.claim.offset.start)));
      if (inconsistent.length === 0) return kept;
      return [...kept, ...inconsistent].sort((a, b) => a.claim.offset.start - b.claim.offset.start || (a.citation ? 1 : 0) - (b.citation ? 1 : 0));
    };
    const finding = fc.record({ code: fc.constantFrom<PassedFinding['code'][]>('unsourced', 'inconsistent', 'contradicted'), citation: fc.option(fc.constant({ key: 'x' }), { nil: undefined }), claim: fc.record({ offset: fc.record({ start: fc.nat({ max: 12 }) }) }) });
    const ordered = (list: PassedFinding[]) => [...list].sort((a, b) => a.claim.offset.start - b.claim.offset.start);
    let merged = 0;
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 12 }), fc.array(finding, { maxLength: 6 }), fc.boolean(), (findings, inconsistent, sorted) => {
        const [a, b] = sorted ? [ordered(findings), ordered(inconsistent).map((f): PassedFinding => ({ ...f, code: 'inconsistent' }))] : [findings, inconsistent];
        if (sorted) merged++;
        // By identity: which object lands where, not only what it says.
        const got = withInconsistencies(a, b);
        const want = bySort(a, b);
        expect(got.length).toBe(want.length);
        got.forEach((f, i) => expect(f).toBe(want[i]));
      }),
      { numRuns: 2000, seed: 9 },
    );
    expect(merged).toBeGreaterThan(500);
  });
});

describe('sums and citations', () => {
  it('a sum of entities no facts file knows is nobody’s statement; a cited figure is judged by its citation, not compared', () => {
    const found = pass({
      a: note('Northwind and BluePeak together hold 5.85 GW of capacity in 2025.', '2025-06-01'),
      b: note("BluePeak's capacity was 5.4 GW in 2025.", '2025-06-01'),
      c: note('BluePeak had 4 GW of capacity in 2025 [@bluepeak-capacity-2025].', '2025-06-01'),
    });
    expect(found).toEqual({ a: [], b: [], c: [] });
    // The same figure without its citation is compared.
    const uncited = pass({ b: note("BluePeak's capacity was 5.4 GW in 2025.", '2025-06-01'), c: note('BluePeak had 4 GW of capacity in 2025.', '2025-06-01') });
    expect(figures(uncited.b!)).toEqual(['5.4 GW']);
  });
});

describe('the corpus notes (written for the judge by others), checked without their facts', () => {
  it('finds the figures each note gives twice for one period, and nothing else', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = 'test/corpus';
    const notes = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => [f, note(readFileSync(`${dir}/${f}`, 'utf8').trimEnd())]));
    const found = pass(notes);
    const all = Object.entries(found).flatMap(([name, fs]) => fs.map((f) => `${name} ${f.claim.text}`));
    // Read from the notes: Meta's 2024 capex is $39.2 billion and, a paragraph later, $45 billion;
    // Veridian's Q4 FY2025 revenue is $39.3 billion and then $35 billion. The combined $200 billion
    // (Alphabet, Meta and Amazon) and the cited GPU counts take no part.
    expect(all.sort()).toEqual(['bigtech-capex.md $39.2 billion', 'bigtech-capex.md $45 billion', 'chips-fiscal.md $35 billion', 'chips-fiscal.md $39.3 billion']);
  });
});

describe('a part of a metric', () => {
  it('a segment’s figure is not set against the whole’s; two figures for one segment are compared', () => {
    const found = pass({
      whole: note("Halden Bio's revenue was $5 billion in 2024.", '2025-03-01'),
      segment: note("Halden Bio's oncology revenue was $2 billion in 2024.", '2025-03-01'),
      segmentToo: note('Halden Bio reported oncology revenue of $2.6 billion in 2024.', '2025-03-02'),
      total: note("Halden Bio's total revenue was $5.8 billion in 2024.", '2025-03-03'),
    });
    expect(figures(found.segment!)).toEqual(['$2 billion']);
    expect(found.segment![0]!.message).toBe("Halden Bio's oncology revenue: $2 billion in 2024 — segmentToo:4 says $2.6 billion for 2024; no fact decides between them");
    expect(figures(found.segmentToo!)).toEqual(['$2.6 billion']);
    // "total revenue" is the revenue: compared with the plain figure, not with the segment's.
    expect(figures(found.whole!)).toEqual(['$5 billion']);
    expect(figures(found.total!)).toEqual(['$5.8 billion']);
  });

  it('some of the things counted are not all of them; the metric’s own words and deal words narrow nothing', () => {
    const found = pass({
      all: note('Halden Bio has 21,400 customers and 1,400 employees.', '2025-03-01'),
      some: note('Halden Bio has 4,000 paying customers and 900 software engineers.', '2025-03-01'),
      someToo: note('Halden Bio has 4,600 paying customers.', '2025-03-01'),
      runRate: note("Halden Bio's revenue run-rate was $2 billion in June 2025.", '2025-07-01'),
      runRateToo: note('Halden Bio reached a $3.4 billion annualized revenue run-rate in June 2025.', '2025-07-02'),
    });
    // The paying customers are compared with each other only; the engineers with nothing.
    expect(figures(found.some!)).toEqual(['4,000 paying customers']);
    expect(figures(found.someToo!)).toEqual(['4,600 paying customers']);
    expect(found.all).toEqual([]);
    // "revenue" before "run-rate" is that metric's word, not a part of the run-rate.
    expect(figures(found.runRate!)).toEqual(['$2 billion']);
  });
});

describe('names that are not owners', () => {
  it('a capitalised word before a metric word is no entity; a part "of it" and a fund named after its firm are not the whole', () => {
    const found = pass({
      quarterly: note('Quarterly revenue reached $1.3 billion; enterprise contracts brought in $410 million of it.', '2025-11-03'),
      fee: note('Fee revenue was $2.9 billion in 2024.', '2025-03-01'),
      feeToo: note('Fee revenue was $3.4 billion in 2024.', '2025-03-02'),
      named: note('Halden Bio revenue was $3.1 billion in 2024.', '2025-03-01'),
      namedToo: note('Halden Bio revenue was $3.6 billion in 2024.', '2025-03-02'),
    });
    // "Quarterly" and "Fee" name no company, so nothing is set against anything; a name of two words still is one.
    expect(figures(found.named!)).toEqual(['$3.1 billion']);
    expect({ ...found, named: [], namedToo: [] }).toEqual({ quarterly: [], fee: [], feeToo: [], named: [], namedToo: [] });
    const statements = note('Quarterly revenue reached $1.3 billion; enterprise contracts brought in $410 million of it.', '2025-11-03').statements ?? [];
    expect(statements.map((s) => s.entityName)).toEqual([]);
  });
});
