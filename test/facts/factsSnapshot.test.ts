// A facts snapshot (core/facts/factsSnapshot.ts) must give back exactly what was loaded, and a note
// judged with it must get exactly the findings and statements the loaded index gives, while
// building only the facts the note asks for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { generateVariedCorpus } from '../../bench/variedCorpus.mjs';
import { bigFacts } from '../hostile/inputs.mjs';
import { checkNote } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { factsSnapshotText, HEADER_PARTS, readFactsSnapshot, readFactsSnapshotSteps, textSource, type LoadedFacts } from '../../server/src/core/facts/factsSnapshot';
import { positionsByCounterparty, positionsByEntity } from '../../server/src/core/facts/factLookups';
import type { Fact, FactIndex } from '../../server/src/core/types';
import { mentionsIn } from '../../server/src/core/judge/mentionIndex';
import { foldForMatch } from '../../server/src/core/judge/findPhrase';
import { fixture, root } from './helpers';

const TODAY = '2026-11-25';
const load = (files: { file: string; text: string }[], tolerance?: number) => loadFacts(files, { today: TODAY, ...(tolerance === undefined ? {} : { defaultTolerance: tolerance }) });
const snapshotOf = (loaded: LoadedFacts): LoadedFacts => {
  const text = factsSnapshotText(loaded);
  if (text === undefined) throw new Error('no snapshot written');
  const back = readFactsSnapshot(textSource(text));
  if (!back) throw new Error('snapshot not read back');
  return back;
};

const corpusDir = join(root, 'test/corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({ name: f, note: readFileSync(join(corpusDir, f), 'utf8'), facts: { file: `test/corpus/${f.replace(/\.md$/, '-facts.yaml')}`, text: readFileSync(join(corpusDir, f.replace(/\.md$/, '-facts.yaml')), 'utf8') } }));
const example = { file: 'examples/facts.yaml', text: readFileSync(join(root, 'examples/facts.yaml'), 'utf8') };
const exampleNote = readFileSync(join(root, 'examples/notes/anthropic-compute.md'), 'utf8');
const fixtureNames = readdirSync(join(root, 'test/fixtures/facts')).filter((f) => /\.(ya?ml|csv)$/.test(f));

/** The index as plain data, every lookup a reader can make of it. */
const plain = (i: FactIndex) => ({ entities: [...i.entities], metrics: [...i.metrics], facts: i.facts, byId: [...i.byId], files: i.files });

describe('a snapshot gives back what was loaded', () => {
  const sources: [string, { file: string; text: string }[]][] = [
    ['the example', [example]],
    ...corpus.map((c): [string, { file: string; text: string }[]] => [c.name, [c.facts]]),
    // Malformed and awkward files: their problems, and whatever facts survived them.
    ...fixtureNames.map((n): [string, { file: string; text: string }[]] => [n, [fixture(n)]]),
    ['split files', [fixture('base-entities.yaml'), fixture('split-facts.yaml')]],
    ['ids repeated across files', [example, { file: 'again.yaml', text: example.text }]],
    ['2,000 generated facts', [{ file: 'big.yaml', text: bigFacts(2000, 600) }]],
  ];
  for (const [name, files] of sources) {
    it(name, () => {
      const loaded = load(files, 0.01);
      const back = snapshotOf(loaded);
      expect(back.problems).toEqual(loaded.problems);
      expect(plain(back.index)).toEqual(plain(loaded.index));
      // Key order too: facts are written as rows of values and rebuilt; hosts print them as JSON.
      expect(JSON.stringify(back.index.facts)).toBe(JSON.stringify(loaded.index.facts));
      expect(back.index.onDemand!.count).toBe(loaded.index.facts.length);
      expect(back.index.onDemand!.ids()).toHaveLength(loaded.index.byId.size);
      // The lookups a reader makes without building facts (judging, the Claimcheck view).
      expect([...back.index.onDemand!.byEntity()]).toEqual([...positionsByEntity(loaded.index.facts)]);
      expect([...back.index.onDemand!.byCounterparty()]).toEqual([...positionsByCounterparty(loaded.index.facts)]);
    });
  }

  it('an index whose byId holds fewer ids than it has facts (a host may build one)', () => {
    const loaded = load([example]);
    loaded.index.facts.push({ ...loaded.index.facts[0]!, value: 1 });
    const back = snapshotOf(loaded);
    expect(plain(back.index)).toEqual(plain(loaded.index));
    expect(back.index.onDemand!.ids()).toHaveLength(28);
    expect(back.index.onDemand!.count).toBe(29);
  });

  it('entities of another shape than the loader gives are kept whole', () => {
    const loaded = load([example]);
    const [first, second, third] = [...loaded.index.entities.values()];
    delete first!.location;
    (second as unknown as Record<string, unknown>).note = 'added by a host';
    loaded.index.entities.set(third!.id, { fiscalYearEnd: '06-30', ...third! });
    const back = snapshotOf(loaded);
    expect(plain(back.index)).toEqual(plain(loaded.index));
    // Key order too: hosts print entities as JSON.
    expect(JSON.stringify([...back.index.entities.values()])).toBe(JSON.stringify([...loaded.index.entities.values()]));
  });

  it('facts of another shape than the loader gives are kept whole; the loader\'s own optional keys ride in the row', () => {
    const loaded = load([example], 0.01);
    const facts = loaded.index.facts;
    // The loader's optional keys, after the fixed ones: rows carry them in pairs.
    expect(facts.some((f) => f.tolerance !== undefined && (f.period !== undefined || f.basis !== undefined))).toBe(true);
    delete (facts[0] as Partial<Fact>).location;
    const { location, ...rest } = facts[1]!;
    facts[1] = { location, ...rest }; // location first
    loaded.index.byId.set(facts[1].id, facts[1]);
    (facts[2] as unknown as Record<string, unknown>)['7'] = 'an index-like key sorts first';
    Object.defineProperty(facts[3], '__proto__', { value: { note: 'own, not the prototype' }, enumerable: true, configurable: true, writable: true });
    (facts[4]!.location.range.start as unknown as Record<string, unknown>).offset = 12;
    (facts[5] as unknown as Record<string, unknown>).note = 'added by a host';
    const text = factsSnapshotText(loaded)!;
    const back = snapshotOf(loaded);
    expect(JSON.stringify(back.index.facts)).toBe(JSON.stringify(facts));
    expect(Object.getPrototypeOf(back.index.facts[3])).toBe(Object.prototype);
    expect(back.index.facts[5]).toHaveProperty('note', 'added by a host');
    const body = text.split('\n').slice(1, facts.length + 1);
    expect(body.map((line) => line[0]).join('')).toBe(`{{{{{[${'['.repeat(facts.length - 6)}`);
  });

  it('has problems to give back (the fixtures are not all clean)', () => {
    const withProblems = fixtureNames.filter((n) => load([fixture(n)]).problems.length > 0);
    expect(withProblems.length).toBeGreaterThan(5);
  });
});

describe('a note judged with a snapshot', () => {
  const config = defaultConfig;
  const cases = [
    { name: 'the example note', note: exampleNote, facts: [example], dates: [undefined, '2026-06-30'] },
    ...corpus.map((c) => ({ name: c.name, note: c.note, facts: [c.facts], dates: [undefined, '2026-06-30'] })),
  ];
  for (const c of cases) {
    it(`${c.name}: the same findings and statements as with the loaded facts`, () => {
      const loaded = load(c.facts);
      const back = snapshotOf(loaded);
      const whole = vi.spyOn(back.index, 'facts', 'get');
      const byId = vi.spyOn(back.index, 'byId', 'get');
      const built = vi.spyOn(back.index.onDemand!, 'fact');
      for (const asOf of c.dates) {
        const options = { today: TODAY, ...(asOf ? { asOf } : {}) };
        const expected = checkNote(c.note, loaded.index, config, options);
        expect(expected.findings.length).toBeGreaterThan(0);
        expect(checkNote(c.note, back.index, config, options)).toEqual(expected);
      }
      // Judging read facts one by one: the whole list was never built.
      expect(whole).not.toHaveBeenCalled();
      expect(byId).not.toHaveBeenCalled();
      expect(built).toHaveBeenCalled();
    });
  }

  it('400 varied notes against the example: the same results', () => {
    const loaded = load([example]);
    const back = snapshotOf(loaded);
    const notes = generateVariedCorpus({ notes: 400, targetBytes: 400_000, seed: 7 });
    let differing = 0;
    for (const note of notes) {
      const a = checkNote(note, loaded.index, config, { today: TODAY });
      const b = checkNote(note, back.index, config, { today: TODAY });
      if (JSON.stringify(a) !== JSON.stringify(b)) differing++;
    }
    expect(differing).toBe(0);
  });

  it('a note about two of 2,000 generated facts builds only theirs', () => {
    const loaded = load([{ file: 'big.yaml', text: bigFacts(2000, 600) }]);
    const back = snapshotOf(loaded);
    const built = vi.spyOn(back.index.onDemand!, 'fact');
    const note = '---\ndate: 2025-06-30\n---\nEntity 5 Holdings revenue was $12 million in 2024. Ent77 Group raised $3 million.\n';
    const expected = checkNote(note, loaded.index, config, { today: TODAY });
    expect(checkNote(note, back.index, config, { today: TODAY })).toEqual(expected);
    expect(expected.findings.map((f) => f.code)).toContain('contradicted');
    const positions = new Set(built.mock.calls.map(([i]) => i));
    expect(positions.size).toBeGreaterThan(0);
    expect(positions.size).toBeLessThan(40);
  });
});

describe('the mention index a snapshot keeps', () => {
  // Names that share first words, fold to the same text in one entity (plain and not), and need
  // folding (dashes, apostrophes, accents, runs of spaces), and a bucket big enough (40 names, not
  // plain) to be looked up by second word: each must be found as the loader finds it.
  const FACTS = `entities:
  acme: { name: Acme, aliases: [ACME, "Acme  Corp", Acme Corp, "acme-corp"] }
  acme-bank: { name: Acme Bank, aliases: [Acme Financial] }
  obrien: { name: "O’Brien & Sons", aliases: ["O'Brien", "Café  Noir"] }
  noir: { name: Noir Labs, aliases: [Café Noir Labs] }
  big: { name: The Big One, aliases: [The Big, Big] }
${Array.from({ length: 40 }, (_, i) => `  delta-${i}: { name: "Delta’s Fund ${i}" }`).join('\n')}
facts:
  - { id: f1, entity: acme, metric: revenue, value: 5e6, unit: USD, as_of: 2024, source: { url: "https://example.com/1" } }
`;
  const text = 'Acme, ACME and Acme Corp met acme-corp; Acme Bank and Acme Financial; O’Brien & Sons, O\'Brien, Café Noir and Café Noir Labs; Noir Labs; The Big One, The Big and Big; Acmes; Delta’s Fund 7 and Delta’s Fund 31. Entity 7 Holdings and Ent7 Group.';
  for (const [name, files] of [
    ['names that share first words and fold alike', [{ file: 'f.yaml', text: FACTS }]],
    ['30,000 names under one first word', [{ file: 'big.yaml', text: bigFacts(3000, 1000) }]],
    ['the example and every corpus domain', [example, ...corpus.map((c) => c.facts)]],
  ] as const) {
    it(`finds what the loaded index finds: ${name}`, () => {
      const loaded = load([...files]);
      const back = snapshotOf(loaded);
      const texts = [text, ...corpus.map((c) => c.note), exampleNote].map(foldForMatch);
      for (const t of texts) expect(mentionsIn(t, back.index)).toEqual(mentionsIn(t, loaded.index));
      expect(texts.some((t) => mentionsIn(t, loaded.index).length > 0)).toBe(true);
    });
  }

  it('keeps each name once, by its entity and which of its names it is', () => {
    const loaded = load([{ file: 'f.yaml', text: FACTS }]);
    const header = headerOf(factsSnapshotText(loaded)!) as { mentions: { keys: string[]; starts: number[]; names: number[] } };
    const { keys, starts, names } = header.mentions;
    expect(keys).toEqual([...keys].sort());
    // acme's 5 names and acme-bank's 2 start with "acme", as (entity, slot), in the loader's order.
    const acme = keys.indexOf('acme');
    expect(starts[acme + 1]! - starts[acme]!).toBe(7);
    expect(names.slice(2 * starts[acme]!, 2 * starts[acme + 1]!)).toEqual([0, 0, 0, 1, 0, 2, 0, 3, 0, 4, 1, 0, 1, 1]);
  });

  for (const [name, edit] of [
    ['keys out of order', (m: Mentions) => m.keys.reverse()],
    ['a name past its entity\'s names', (m: Mentions) => (m.names[1] = 99)],
    ['an entity that is not there', (m: Mentions) => (m.names[0] = 9999)],
    ['runs that do not cover the names', (m: Mentions) => m.starts.pop()],
    ['not columns at all', (m: Mentions) => Object.assign(m, { keys: 'acme' })],
  ] as const) {
    it(`a snapshot whose mention index has ${name} is not read`, () => {
      const text = factsSnapshotText(load([{ file: 'f.yaml', text: FACTS }]))!;
      const header = headerOf(text) as { mentions: Mentions };
      edit(header.mentions);
      expect(readFactsSnapshot(textSource(withHeader(text, header)))).toBeUndefined();
      // The same text with the header as it was reads.
      expect(readFactsSnapshot(textSource(withHeader(text, headerOf(text))))).toBeDefined();
    });
  }
});

type Mentions = { keys: string[]; starts: number[]; names: number[] };

/** A snapshot's header part, by the lengths on its first line: JSON texts on lines of their own. */
function headerTextOf(text: string): string {
  const [body, header] = text.slice(0, text.indexOf('\n')).split(' ').slice(2).map(Number) as [number, number];
  const start = text.indexOf('\n') + 1 + body;
  return text.slice(start, start + header);
}

/** A snapshot's header as one object: its first line, with each of HEADER_PARTS from the line after. */
function headerOf(text: string): Record<string, unknown> {
  const [rest, ...parts] = headerTextOf(text).split('\n').map((line) => JSON.parse(line) as unknown);
  expect(parts).toHaveLength(HEADER_PARTS.length);
  return { ...(rest as object), ...Object.fromEntries(HEADER_PARTS.map((key, k) => [key, parts[k]])) };
}

/** The snapshot with its header replaced (written as the snapshot writes it), the first line's lengths made to fit. */
function withHeader(text: string, whole: Record<string, unknown>): string {
  const rest = Object.fromEntries(Object.entries(whole).filter(([key]) => !(HEADER_PARTS as readonly string[]).includes(key)));
  return withHeaderText(text, [rest, ...HEADER_PARTS.map((key) => whole[key])].map((part) => JSON.stringify(part)).join('\n'));
}

/** The snapshot with its header part replaced by `header`, the first line's lengths made to fit. */
function withHeaderText(text: string, header: string): string {
  const lineEnd = text.indexOf('\n');
  const [format, version, body, old, ids] = text.slice(0, lineEnd).split(' ');
  const start = lineEnd + 1 + Number(body);
  const pad = (n: number) => String(n).padStart(12, '0');
  return `${format} ${version} ${body} ${pad(header.length)} ${ids}\n${text.slice(lineEnd + 1, start)}${header}${text.slice(start + Number(old))}`;
}

describe('a snapshot read a step at a time', () => {
  it("parses the header's parts each in a step of its own, and gives back what was loaded", () => {
    const loaded = load([{ file: 'big.yaml', text: bigFacts(6000, 2000) }]);
    const text = factsSnapshotText(loaded)!;
    const lines = headerTextOf(text).split('\n');
    expect(lines).toHaveLength(1 + HEADER_PARTS.length);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const parsedBy: string[][] = [];
      const steps = readFactsSnapshotSteps(textSource(text));
      let next: IteratorResult<void, LoadedFacts | undefined>;
      do {
        parse.mockClear();
        next = steps.next();
        parsedBy.push(parse.mock.calls.map(([t]) => t).filter((t) => lines.includes(t)));
      } while (!next.done);
      expect(parsedBy.every((parsed) => parsed.length <= 1), 'no step parses two parts').toBe(true);
      expect(parsedBy.flat()).toEqual(lines);
      expect(plain(next.value!.index)).toEqual(plain(loaded.index));
    } finally {
      parse.mockRestore();
    }
  });
});

describe('what is not a snapshot is not read', () => {
  const text = factsSnapshotText(load([example]))!;
  const lineEnd = text.indexOf('\n');
  const [format, version, ...lengths] = text.slice(0, lineEnd).split(' ');
  const [body, header] = lengths.map(Number) as [number, number, number];
  const firstLine = (l: (string | number)[]) => `${format} ${version} ${l.map((n) => String(n).padStart(12, '0')).join(' ')}`;
  const withLengths = (l: (string | number)[]) => firstLine(l) + text.slice(lineEnd);
  const headerStart = lineEnd + 1 + body;
  const cases: [string, string][] = [
    ['an empty file', ''],
    ['another format', text.replace(/^claimcheck-facts-snapshot \d+/, 'claimcheck-facts-snapshot 2')],
    ['a snapshot cut short', text.slice(0, -10)],
    ['a byte more than was written', `${text}\n`],
    ['lengths that do not add up to its size', withLengths([body + 1, header, Number(lengths[2])])],
    ['facts whose lengths do not add up to the facts part', withLengths([body + 1, header - 1, Number(lengths[2])])],
    ['two lengths', withLengths(lengths.slice(0, 2))],
    ['a length that is not a number', withLengths(['x', ...lengths.slice(1)])],
    ['a header that is not JSON', `${text.slice(0, headerStart)}[${text.slice(headerStart + 1)}`],
    ["a header without the facts' lengths", text.slice(0, headerStart) + text.slice(headerStart).replace('"lengths":', '"lengthz":')],
    ['the first line alone', text.slice(0, lineEnd + 1)],
    ['a header of another shape', text.slice(0, headerStart) + text.slice(headerStart).replace('\n{"ids":', '\n{"idz":')],
    ['a header with a part left out', withHeaderText(text, headerTextOf(text).split('\n').slice(0, -1).join('\n'))],
    ['a header with a part more', withHeaderText(text, `${headerTextOf(text)}\nnull`)],
  ];
  it('the cases are built on a snapshot that reads', () => {
    expect(firstLine(lengths)).toBe(text.slice(0, lineEnd));
    expect(text.slice(headerStart, headerStart + 10)).toBe('{"files":[');
    expect(readFactsSnapshot(textSource(text))).toBeDefined();
  });
  for (const [name, broken] of cases) {
    it(name, () => expect(readFactsSnapshot(textSource(broken))).toBeUndefined());
  }

  it('is ASCII, whatever the facts hold', () => {
    const files = [example, ...corpus.map((c) => c.facts), { file: 'ünïcode.yaml', text: 'entities:\n  zoë: { name: "Zoë Café 🚀", aliases: ["咖啡"] }\nfacts:\n  - { id: z-1, entity: zoë, metric: revenue, value: "€12 million", as_of: 2025, source: { quote: "Umsatz: 12 Mio. € — «record»", url: "https://example.com/ü" } }\n' }];
    const loaded = load(files);
    expect(JSON.stringify(plain(loaded.index))).toMatch(/[^\x00-\x7f]/);
    const snapshot = factsSnapshotText(loaded)!;
    expect(snapshot).toMatch(/^[\x00-\x7f]*$/);
    expect(plain(readFactsSnapshot(textSource(snapshot))!.index)).toEqual(plain(loaded.index));
  });

  it('is ASCII across many parts, some with other characters and some without', () => {
    const loaded = load([{ file: 'big.yaml', text: bigFacts(12000, 3600) }]);
    loaded.index.facts.forEach((f, i) => {
      if (i % 997 === 5) f.source.quote = `Zoë’s ${i} 🚀 «quote»`;
    });
    const snapshot = factsSnapshotText(loaded)!;
    expect(snapshot).toMatch(/^[\x00-\x7f]*$/);
    expect(snapshot.length).toBeGreaterThan(4 * (1 << 18)); // more than four parts of facts
    expect(plain(readFactsSnapshot(textSource(snapshot))!.index)).toEqual(plain(loaded.index));
  });

  it('a fact changed in the file after it was opened is an error that says so, not a JSON error', () => {
    const at = text.indexOf('\n["') + 2; // the first fact's row
    const back = readFactsSnapshot(textSource(`${text.slice(0, at)}#${text.slice(at + 1)}`))!;
    expect(() => back.index.onDemand!.fact(0)).toThrow(/facts snapshot is damaged \(fact 1 of 28/);
    expect(back.index.onDemand!.fact(1).id).toBeTruthy();
  });

  it('a row that names no file, or holds half a key, is damaged too', () => {
    const firstRow = text.indexOf('\n["') + 1;
    const row = text.slice(firstRow, text.indexOf('\n', firstRow));
    const parsed = JSON.parse(row) as unknown[];
    expect(parsed).toHaveLength(16); // no optional keys: a row of the fixed ones alone
    for (const spoilt of [[...parsed.slice(0, 11), 9, ...parsed.slice(12)], ['x', ...parsed.slice(1), 'k']]) {
      // No longer than the row, padded with spaces JSON reads past: the lengths still add up.
      const json = JSON.stringify(spoilt);
      expect(json.length).toBeLessThanOrEqual(row.length);
      const back = readFactsSnapshot(textSource(text.slice(0, firstRow) + json.padEnd(row.length) + text.slice(firstRow + row.length)))!;
      expect(() => back.index.onDemand!.fact(0)).toThrow(/facts snapshot is damaged \(fact 1 of 28/);
    }
  });

  it('a snapshot of no facts reads back', () => {
    const loaded = load([{ file: 'f.yaml', text: 'entities:\n  a: { name: A }\n' }]);
    expect(loaded.index.facts).toHaveLength(0);
    expect(plain(snapshotOf(loaded).index)).toEqual(plain(loaded.index));
  });
});

describe('what JSON would not give back is not written', () => {
  const values: [string, (i: FactIndex) => void][] = [
    ['an infinite tolerance', (i) => (i.facts[0]!.tolerance = Infinity)],
    ['a value of -0', (i) => (i.facts[1]!.value = -0)],
    ['a key set to undefined', (i) => (i.facts[2]!.segment = undefined)],
    ['an entity stored under another id', (i) => i.entities.set('not-its-id', [...i.entities.values()][0]!)],
    ['a byId fact that is not in the list', (i) => i.byId.set('stray', { ...i.facts[0]! })],
  ];
  for (const [name, spoil] of values) {
    it(name, () => {
      const loaded = load([example]);
      expect(factsSnapshotText(loaded)).toBeDefined();
      spoil(loaded.index);
      expect(factsSnapshotText(loaded)).toBeUndefined();
    });
  }
});
