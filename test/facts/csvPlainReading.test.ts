// A facts CSV is read as plain data with each entry's span (readCsvFacts), not as a document with a
// node per cell (parseCsvFacts, which took 4 s and 700 MB over 100,000 rows). Each reading must
// equal what the document gives, on troubled sheets: the data, the problems, the entries left out
// for a syntax error, each entry's span and nodes; and the loader must locate every problem as the
// whole document locates it, without building it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { parseCsvFacts, readCsvFacts } from '../../server/src/core/facts/csvFacts';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { lazySource, spanOfNode, toPlainData, type YamlFile } from '../../server/src/core/facts/yamlDocument';
import { COLUMNS, type Section } from '../../server/src/core/facts/factColumns';
import { prng } from '../prng';

// The loader's CSV reader, spied on; `whole.on` takes its entries' nodes away, so every problem is
// located in the whole sheet's document (as before the plain reading).
const whole = vi.hoisted(() => ({ on: false }));
vi.mock('../../server/src/core/facts/csvFacts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../server/src/core/facts/csvFacts')>();
  return {
    ...original,
    parseCsvFacts: vi.fn(original.parseCsvFacts),
    readCsvFacts: vi.fn((source: YamlFile) => {
      const read = original.readCsvFacts(source);
      return whole.on ? { ...read, entry: () => undefined } : read;
    }),
  };
});

const today = '2026-11-30';
const lazy = (file: string, text: string) => lazySource(file, text, () => parseCsvFacts(file, text).source.doc);

// Public transit agencies: a domain the loader was not written for.
const AGENCIES = ['metro-north', 'bay-ferries', 'valley-tram', 'harbor-bus', '__proto__', 'toString', 'lakeside-rail'];

interface Sheet {
  file: string;
  text: string;
  section: Section;
}

/** A sheet of `section` with the troubles a spreadsheet export or a hand edit makes. */
function troubledSheet(seed: number, section: Section): Sheet {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const chance = (p: number) => rand() < p;
  const sep = chance(0.25) ? ';' : ',';
  const eol = pick(['\n', '\r\n', '\n', '\r']);
  const names = COLUMNS[section].map((c) => c.name);
  // Columns in any order, some left out; an unknown column, a repeated one, an unnamed one.
  let header = names.filter((n) => n === 'id' || n === 'entity' || n === 'metric' || chance(0.6)).sort(() => rand() - 0.5);
  if (chance(0.3)) header.splice(Math.floor(rand() * header.length), 0, pick(['riderz', 'notes', 'Source Titel']));
  if (chance(0.15)) header.push(pick(header));
  if (chance(0.15)) header.splice(1, 0, '');
  if (chance(0.2)) header = header.map((h) => (h === 'as_of' ? 'As of' : h === 'source_url' ? 'Source URL' : h));
  const quote = (text: string): string => (/[",;\r\n]/.test(text) || chance(0.1) ? `"${text.replace(/"/g, '""')}"` : text);
  const value = (column: string, row: number): string => {
    switch (column.toLowerCase().replace(/[\s-]+/g, '_')) {
      case 'id':
        return chance(0.05) ? '' : section === 'facts' ? `fact-${row % 40}` : pick(AGENCIES);
      case 'entity':
        return chance(0.2) ? `${pick(AGENCIES)}; ${pick(AGENCIES)}` : chance(0.1) ? 'metro-nort' : pick(AGENCIES);
      case 'metric':
        return pick(['revenue', 'users', 'ridership', 'fleet']);
      case 'value':
      case 'range_low':
      case 'range_high':
        return pick(['1240', '1,240,000', '2.5e9', '-3', '1,5', 'about 40', '1e400', ' 12 ', '']);
      case 'unit':
        return pick(['USD', 'EUR', 'users', 'bus', 'kr', '']);
      case 'as_of':
      case 'source_published':
        return pick(['2025', '2025-03', '2025-13-01', '2024-02-30', '2026-12-31', '', 'last year']);
      case 'period':
        return pick(['2025', 'FY2025', 'Q3 2025', 'H1-2025', 'later']);
      case 'tolerance':
        return pick(['5%', '0.1', 'x', '']);
      case 'aliases':
      case 'words':
        return pick(['MN; Metro North', ' ; ferry;  ', 'Valley Tram', '', "'=TRAM", 'a "quoted" name']);
      case 'source_url':
        return pick(['https://example.org/annual', '', "'=HYPERLINK(1)", 'not a url']);
      case 'source_quote':
        return pick(['Ridership rose to 1,240, "a record"', 'line one\nline two', '']);
      case 'fiscal_year_end':
        return pick(['06-30', '12-31', 'June']);
      default:
        return pick(['x', '', 'note; more']);
    }
  };
  const lines = [header.map(quote).join(sep)];
  const rows = 8 + Math.floor(rand() * 25);
  for (let r = 0; r < rows; r++) {
    if (chance(0.05)) {
      lines.push(chance(0.5) ? '' : sep.repeat(header.length - 1));
      continue;
    }
    const cells = header.map((h) => quote(value(h, r)));
    if (chance(0.08)) cells.push('extra');
    if (chance(0.05)) cells.pop();
    let line = cells.join(sep);
    if (chance(0.05)) line = line.replace(/^([^,;]*)/, '"$1"trailing');
    lines.push(line);
  }
  let text = lines.join(eol);
  if (chance(0.3)) text += eol;
  if (chance(0.1)) text += `"unclosed${sep}cell`;
  if (chance(0.1)) text = '\uFEFF' + text;
  return { file: `facts/${section}-${seed}.csv`, text, section };
}

const SHEETS: Sheet[] = [];
for (let seed = 1; seed <= 120; seed++) SHEETS.push(troubledSheet(seed, seed % 3 === 0 ? 'entities' : seed % 7 === 0 ? 'metrics' : 'facts'));

/** What the loader left out before: each entry of the document with an error offset in its span. */
function brokenInDocument(sheet: ReturnType<typeof parseCsvFacts>): string[] {
  const errors = sheet.problems.filter((p) => p.severity === 'error' && p.offset).map((p) => p.offset!.start);
  const root = sheet.source.doc.contents;
  if (!isMap(root)) return [];
  const [pair] = root.items;
  const section = String((pair!.key as { value: unknown }).value);
  const node = pair!.value;
  const items = isSeq(node) ? node.items.map((item, i) => ({ key: String(i), span: spanOfNode(item) })) : isMap(node) ? node.items.map((p) => ({ key: String((p.key as { value: unknown }).value), span: spanOfNode(p) })) : [];
  return items.filter(({ span }) => span && errors.some((at) => at >= span.start && at <= span.end)).map(({ key }) => `${section}/${key}`);
}

/** A node as its ranges and values: two readings of a row must give the same tree. */
function tree(node: unknown): unknown {
  if (isPair(node)) return { key: tree(node.key), value: tree(node.value) };
  const range = (node as { range?: number[] } | null)?.range?.slice(0, 2);
  if (isScalar(node)) return { range, value: node.value };
  if (isSeq(node) || isMap(node)) return { range, items: node.items.map(tree) };
  return node;
}

/** The document's entries: key, node (a pair for a mapping's), and the plain value at that key. */
function documentEntries(sheet: ReturnType<typeof parseCsvFacts>): { section: string; key: string; node: unknown }[] {
  const root = sheet.source.doc.contents;
  if (!isMap(root)) return [];
  const [pair] = root.items;
  const section = String((pair!.key as { value: unknown }).value);
  const node = pair!.value;
  if (isSeq(node)) return node.items.map((item, i) => ({ section, key: String(i), node: item }));
  if (isMap(node)) return node.items.map((p) => ({ section, key: String((p.key as { value: unknown }).value), node: p }));
  return [];
}

describe('readCsvFacts reads a sheet as its document does', () => {
  it('makes troubled sheets of every section', () => {
    // The generator's troubles all occur: otherwise the comparisons below prove less than they say.
    const problems = SHEETS.flatMap((s) => parseCsvFacts(s.file, s.text).problems.map((p) => p.message.replace(/`[^`]*`|\d+/g, '_')));
    for (const kind of [/no closing quote/, /text after a closing quote/, /this row has _ cells/, /appears twice/, /needs a name/, /is not a .* field/, /has no _/, /already defined/]) {
      expect(problems.some((m) => kind.test(m)), String(kind)).toBe(true);
    }
    expect(new Set(SHEETS.map((s) => s.section))).toEqual(new Set(['facts', 'entities', 'metrics']));
    expect(SHEETS.some((s) => s.text.includes(';') && !s.text.split(/\r\n|\r|\n/)[0]!.includes(','))).toBe(true);
  });

  it('gives the same data, in the same order, own keys included', () => {
    for (const s of SHEETS) {
      const ours = readCsvFacts(lazy(s.file, s.text)).data;
      const theirs = toPlainData(parseCsvFacts(s.file, s.text).source).data;
      expect(ours, s.file).toEqual(theirs ?? null);
      expect(JSON.stringify(ours), s.file).toBe(JSON.stringify(theirs ?? null));
    }
    // `__proto__` is an entity's own key, not the object's prototype.
    const read = readCsvFacts(lazy('facts/e.csv', 'id,name\n__proto__,Proto Transit\ntoString,To String Lines\n')).data!;
    const entities = read.entities as Record<string, unknown>;
    expect(Object.keys(entities)).toEqual(['__proto__', 'toString']);
    expect(Object.getPrototypeOf(entities)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });

  it('reports the same problems, and leaves out the same entries', () => {
    for (const s of SHEETS) {
      const ours = readCsvFacts(lazy(s.file, s.text));
      const theirs = parseCsvFacts(s.file, s.text);
      expect(ours.problems, s.file).toEqual(theirs.problems);
      expect(ours.broken, s.file).toEqual(brokenInDocument(theirs));
    }
    expect(SHEETS.some((s) => readCsvFacts(lazy(s.file, s.text)).broken.length > 0)).toBe(true);
  });

  it('gives each entry the span and the nodes the document gives it', () => {
    let entries = 0;
    for (const s of SHEETS) {
      const ours = readCsvFacts(lazy(s.file, s.text));
      const theirs = parseCsvFacts(s.file, s.text);
      for (const { section: name, key, node } of documentEntries(theirs)) {
        entries++;
        const value = (ours.data![name] as Record<string, object>)[key]!;
        expect(ours.spans.get(value), `${s.file} ${key}`).toEqual(spanOfNode(node));
        const nodes = ours.entry(name, key);
        expect(tree(nodes?.pair ?? nodes?.value), `${s.file} ${key}`).toEqual(tree(node));
        expect(nodes?.value).toBe(nodes?.pair ? nodes.pair.value : nodes?.value);
      }
      const [name] = Object.keys(ours.data ?? { facts: [] });
      expect(ours.entry(name!, 'no-such-entry')).toBeUndefined();
      expect(ours.entry(name === 'facts' ? 'entities' : 'facts', '0')).toBeUndefined();
    }
    expect(entries).toBeGreaterThan(1000);
  });
});

describe('the loader reads a CSV sheet without its document', () => {
  const ENTITIES = {
    file: 'facts/agencies.yaml',
    text: 'entities:\n  metro-north: { name: Metro North, aliases: [MN] }\n  bay-ferries: { name: Bay Ferries }\n  valley-tram: { name: Valley Tram }\n  harbor-bus: { name: Harbor Bus }\n  lakeside-rail: { name: Lakeside Rail }\nmetrics:\n  ridership: { unit: users, words: [riders, boardings] }\n  fleet: { unit: bus, words: [buses, vehicles] }\n',
  };
  const load = (files: { file: string; text: string }[], nodesFromDocument: boolean) => {
    whole.on = nodesFromDocument;
    try {
      const { index, problems } = loadFacts(files, { today });
      return { facts: index.facts, entities: [...index.entities.values()], metrics: [...index.metrics.values()], problems };
    } finally {
      whole.on = false;
    }
  };
  beforeEach(() => {
    vi.mocked(parseCsvFacts).mockClear();
  });

  it('locates every problem of troubled sheets as the whole document does, and never builds it', () => {
    let problems = 0;
    for (const s of SHEETS) {
      const files = s.section === 'facts' ? [ENTITIES, s] : [s];
      vi.mocked(parseCsvFacts).mockClear();
      const ours = load(files, false);
      expect(vi.mocked(parseCsvFacts), s.file).not.toHaveBeenCalled();
      const theirs = load(files, true);
      expect(ours, s.file).toEqual(theirs);
      problems += ours.problems.length;
    }
    expect(problems).toBeGreaterThan(500);
  });

  it('locates a problem in one row of a sheet whose id column is not first', () => {
    const text = 'name,id,aliases\nMetro North,metro-north,MN\nBay Ferries,bay-ferries,MN\n';
    const { problems, entities } = load([{ file: 'facts/agencies.csv', text }], false);
    // "MN" stays with the first agency; the second one's alias is the error, at its cell.
    expect(problems).toEqual([expect.objectContaining({ code: 'duplicate-alias', range: { start: { line: 2, character: 24 }, end: { line: 2, character: 26 } } })]);
    // An entity's location runs from its id's cell to the row's end.
    expect(entities.find((e) => e.id === 'bay-ferries')?.location?.range).toEqual({ start: { line: 2, character: 12 }, end: { line: 2, character: 26 } });
    expect(vi.mocked(parseCsvFacts)).not.toHaveBeenCalled();
  });

  it('locates a range whose ends are the wrong way round across both its cells', () => {
    const text = 'id,entity,metric,range_low,range_high,unit,as_of,source_url\nmn-riders,metro-north,ridership,900,750,users,2025-06,https://example.org/mn\n';
    const { facts, problems } = load([ENTITIES, { file: 'facts/ranges.csv', text }], false);
    expect(facts).toEqual([]);
    // From range_low's cell to range_high's: the fact's `range`, as the YAML `range: [900, 750]` is located.
    expect(problems).toEqual([expect.objectContaining({ code: 'invalid-range', range: { start: { line: 1, character: 32 }, end: { line: 1, character: 39 } } })]);
    expect(vi.mocked(parseCsvFacts)).not.toHaveBeenCalled();
  });

  it('loads 2,000 clean rows and one bad date without building the document', () => {
    const rows = ['id;entity;metric;value;unit;as_of;source_url'];
    for (let i = 0; i < 2000; i++) rows.push(`r-${i};${AGENCIES[i % 4]};ridership;${1000 + i};users;${i === 1234 ? '2025-02-30' : '2025-06'};https://example.org/${i}`);
    const text = rows.join('\r\n');
    const { facts, problems } = load([ENTITIES, { file: 'facts/ridership.csv', text }], false);
    expect(facts).toHaveLength(1999);
    expect(problems).toEqual([expect.objectContaining({ code: 'invalid-date', range: { start: { line: 1235, character: 40 }, end: { line: 1235, character: 50 } } })]);
    expect(facts[0]!.location.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: rows[1]!.length } });
    expect(vi.mocked(parseCsvFacts)).not.toHaveBeenCalled();
  });
});
