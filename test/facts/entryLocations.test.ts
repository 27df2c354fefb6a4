// A problem in a facts file read fast is located by parsing its entry (a fact, an entity, a metric)
// alone: the precise reader of a whole 100,000-fact file takes tens of seconds, and one typo
// made every load that slow. An entry parsed alone must give the nodes the whole document gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { keySpanAtPath, parseEntry, parseYaml, spanAtPath, type YamlFile } from '../../server/src/core/facts/yamlDocument';
import { lineStartsOf } from '../../server/src/core/lineStarts';
import { troubled } from './helpers';
import { bigFacts } from '../hostile/inputs.mjs';
import { PRECISE } from './preciseOnly';
import type { FactFileProblem, FactIndex } from '../../server/src/core/types';

// Every text the `yaml` library parses, so a test can say the whole file was not.
const parsed = vi.hoisted(() => ({ lengths: [] as number[] }));
vi.mock('yaml', async (importOriginal) => (await import('./yamlParses')).countingParses(await importOriginal(), parsed));
// The precise reader of the whole file, for a text starting with PRECISE.
vi.mock('js-yaml', async (importOriginal) => (await import('./preciseOnly')).decliningJsYaml(await importOriginal()));

const EXAMPLE = readFileSync('examples/facts.yaml', 'utf8');

/** Entries written every way the readers take: flow items, content below the dash, block lists, comments inside, quoted keys. */
const STYLES = `entities:
  acme:
    name: Acme Corp
    aliases:
      - Acme
      - "Acme, Inc."
  "beta-co": { name: Beta, aliases: [B Co] }   # a trailing comment
metrics:
  widgets: { unit: widget, words: [widgets] }
facts:
  - { id: f1, entity: acme, metric: revenue, value: 5e6, unit: USD, as_of: 2024-06, source: { url: "https://a.example/1" } }
  -
    id: f2
    # a comment inside the fact
    entity: [acme, beta-co]
    metric: widgets
    range: [1, 2]
    unit: widget
    as_of: 2024
    source:
      url: https://a.example/2
      quote: 'it''s "quoted"'
  - id: f3
    entity: beta-co
    metric: revenue
    value: 7
    unit: USD
    as_of: 2023-01-05
`;

/** Each top-level section entry's span in the whole document (a list item from itself, a mapping's entry from its key). */
function entries(source: YamlFile): { section: string; key: string; inList: boolean; start: number; end: number }[] {
  const out: { section: string; key: string; inList: boolean; start: number; end: number }[] = [];
  const root = source.doc.contents;
  if (!isMap(root)) return out;
  for (const pair of root.items) {
    const section = String((pair.key as { value: unknown }).value);
    const value = pair.value;
    if (isSeq(value)) value.items.forEach((item, i) => out.push({ section, key: String(i), inList: true, start: (item as YamlNode).range![0], end: (item as YamlNode).range![1] }));
    if (isMap(value)) for (const entry of value.items) out.push({ section, key: String((entry.key as { value: unknown }).value), inList: false, start: (entry.key as YamlNode).range![0], end: (entry.value as YamlNode).range![1] });
  }
  return out;
}

/** Every path below a node, and every mapping key with the path of its mapping. */
function pathsBelow(node: unknown, path: string[], paths: string[][], keys: { path: string[]; key: string }[]): void {
  paths.push(path);
  if (isMap(node)) {
    for (const pair of node.items as Pair[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      keys.push({ path, key });
      pathsBelow(pair.value, [...path, key], paths, keys);
    }
  } else if (isSeq(node)) node.items.forEach((item, i) => pathsBelow(item, [...path, String(i)], paths, keys));
}

/** The same file located entry by entry: its whole document is never there to fall back on. */
function byEntry(whole: YamlFile): YamlFile {
  const spans = new Map(entries(whole).map((e) => [`${e.section}/${e.key}`, e]));
  const source = { file: whole.file, text: whole.text, lineStarts: lineStartsOf(whole.text) } as YamlFile;
  Object.defineProperty(source, 'doc', { get: () => expect.unreachable('the whole document was parsed') });
  source.entry = (section, key) => {
    const e = spans.get(`${section}/${key}`);
    return e && parseEntry(whole.text, e, e.inList);
  };
  return source;
}

describe('an entry parsed alone', () => {
  const texts = { example: EXAMPLE, styles: STYLES, 'styles, CRLF': STYLES.replace(/\n/g, '\r\n'), ...Object.fromEntries([1, 2, 3].map((seed) => [`troubled ${seed}`, troubled(seed)])) };
  for (const [name, text] of Object.entries(texts)) {
    it(`locates every path and key into an entry as the whole document does: ${name}`, () => {
      const whole = parseYaml('facts.yaml', text).source;
      const alone = byEntry(whole);
      let located = 0;
      for (const e of entries(whole)) {
        const paths: string[][] = [];
        const keys: { path: string[]; key: string }[] = [];
        const entryPath = [e.section, e.key];
        pathsBelow(whole.doc.getIn(entryPath, true), entryPath, paths, keys);
        for (const path of paths) expect(spanAtPath(alone, path), `${name}: ${path.join('.')}`).toEqual(spanAtPath(whole, path));
        for (const { path, key } of keys) expect(keySpanAtPath(alone, path, key), `${name}: ${path.join('.')} key ${key}`).toEqual(keySpanAtPath(whole, path, key));
        // The entry's own key (an entity's id), as an invalid id is located.
        if (!e.inList) expect(keySpanAtPath(alone, [e.section], e.key)).toEqual(keySpanAtPath(whole, [e.section], e.key));
        located += paths.length;
      }
      expect(located).toBeGreaterThan(20);
    });
  }

  it('declines what is not one entry of its section', () => {
    const text = 'facts:\n  - id: a\n  - id: b\nentities:\n  x: { name: X }\n';
    expect(parseEntry(text, { start: text.indexOf('id: a'), end: text.indexOf('\n  - id: b') }, true)).toBeDefined();
    // Two items in the span, a span starting inside its line, an unclosed flow mapping.
    expect(parseEntry(text, { start: text.indexOf('id: a'), end: text.indexOf('\nentities') }, true)).toBeUndefined();
    expect(parseEntry(text, { start: text.indexOf('a\n'), end: text.indexOf('\n  - id: b') }, true)).toBeUndefined();
    expect(parseEntry(text, { start: text.indexOf('x:'), end: text.length - 3 }, false)).toBeUndefined();
  });
});

describe('loading a facts file read fast', () => {
  it('locates schema problems, semantic problems and warnings without parsing the whole file', () => {
    const codes = new Set<string>();
    parsed.lengths = [];
    for (let seed = 1; seed <= 10; seed++) {
      const text = troubled(seed);
      expect(text.length).toBeGreaterThan(5_000);
      for (const p of loadFacts([{ file: 'facts.yaml', text }], { today: '2026-01-15' }).problems) codes.add(p.code);
    }
    expect([...codes].sort()).toEqual(['duplicate-alias', 'duplicate-id', 'future-as-of', 'invalid-date', 'missing-source', 'schema', 'unknown-entity']);
    // Only entries were parsed, each a few lines of files of thousands of characters.
    expect(parsed.lengths.length).toBeGreaterThan(10);
    expect(Math.max(...parsed.lengths)).toBeLessThan(400);
  });

  it('reads a file with merge conflicts fast, every fact after them loaded (was: the precise reader, half the facts)', () => {
    const text = bigFacts(3000, 400);
    const conflicted = text
      .replace('  ent-9: { name: Entity 9 Holdings, aliases: [E9H, Ent9 Group] }\n', (entry) => `<<<<<<< HEAD\n${entry}=======\n${entry.replace('E9H', 'E9')}>>>>>>> other\n`)
      .replace('  - id: fact-1500\n', (item) => `<<<<<<< HEAD\n=======\n  - id: fact-new\n    entity: ent-1\n>>>>>>> other\n${item}`);
    parsed.lengths = [];
    const { index, problems } = loadFacts([{ file: 'facts.yaml', text: conflicted }], { today: '2026-01-15' });
    expect(parsed.lengths, 'no entry needed parsing, let alone the file').toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['merge-conflict', 'merge-conflict']);
    expect(index.facts).toHaveLength(3000);
    expect(index.entities.get('ent-9')!.aliases).toEqual(['E9H', 'Ent9 Group']);
    expect(index.byId.get('fact-2999')!.location!.range.start.line).toBe(conflicted.split('\n').indexOf('  - id: fact-2999'));
  });
});

/** What a load gives, its lines counted from `lines` lines further down (a prefix that sends a file to the precise reader). */
function summary(result: { index: FactIndex; problems: FactFileProblem[] }, lines: number) {
  const up = (p: { line: number; character: number }) => ({ line: p.line - lines, character: p.character });
  return {
    facts: result.index.facts.map((f) => `${f.id} ${f.location!.range.start.line - lines}`),
    entities: [...result.index.entities.keys()],
    problems: result.problems.map((p) => ({ code: p.code, message: p.message, start: up(p.range.start), end: up(p.range.end) })),
  };
}

/** `changed` loaded as read fast (no more than one entry parsed at a time) and by the precise reader (a prefix sends it there, lines 2 further down). */
function loadedBothWays(changed: string): { fast: ReturnType<typeof loadFacts>; precise: ReturnType<typeof loadFacts> } {
  parsed.lengths = [];
  const fast = loadFacts([{ file: 'facts.yaml', text: changed }], { today: '2026-01-15' });
  expect(Math.max(0, ...parsed.lengths), 'no more than one entry was parsed at a time').toBeLessThan(400);
  const precise = loadFacts([{ file: 'facts.yaml', text: `${PRECISE}${changed}` }], { today: '2026-01-15' });
  expect(Math.max(...parsed.lengths)).toBeGreaterThan(changed.length);
  return { fast, precise };
}

describe('an entity or metric whose value is a scalar, in a facts file read fast', () => {
  const text = bigFacts(300, 40).replace('facts:\n', 'metrics:\n  tonnage: { unit: t, words: [tonnage] }\nfacts:\n');
  // What typing an entity or metric leaves on the way: its key alone, a word under it, a name without braces.
  const changes: [string, (t: string) => string][] = [
    ['an entity typed up to its colon', (t) => t.replace('  ent-20:', '  ent-new:\n  ent-20:')],
    ['an entity typed up to the space after its colon', (t) => t.replace('  ent-20:', '  ent-new: \n  ent-20:')],
    ['a word under a new entity', (t) => t.replace('  ent-20:', '  ent-new:\n    nam\n  ent-20:')],
    ['a name without braces, with a comment', (t) => t.replace('  ent-20:', '  ent-new: Northwind Shipping  # to do\n  ent-20:')],
    ['a metric typed up to its colon', (t) => t.replace('  tonnage:', '  teu:\n  tonnage:')],
    ['the same in CRLF', (t) => t.replace('  ent-20:', '  ent-new:\n    nam\n  ent-20:').replace(/\n/g, '\r\n')],
  ];
  for (const [name, change] of changes) {
    it(`is located from its entry, as the whole document locates it: ${name}`, () => {
      const { fast, precise } = loadedBothWays(change(text));
      expect(fast.problems.filter((p) => p.code === 'schema')).toHaveLength(1);
      expect(summary(fast, 0)).toEqual(summary(precise, 2));
    });
  }
});

describe('a problem with a top-level key of a facts file read fast', () => {
  const text = bigFacts(300, 40);
  // A section key misspelt (while it is being typed, too), an extra key, a section of the wrong type.
  const changes: [string, (t: string) => string][] = [
    ['a misspelt section key', (t) => t.replace(/^facts:$/m, 'fatcs:')],
    ['a section key half typed', (t) => t.replace(/^entities:$/m, 'ent:')],
    ['a quoted key with a comment', (t) => t.replace(/^facts:$/m, '"fatcs" :   # renamed')],
    ['an extra top-level key', (t) => `${t}notes: kept for later\n`],
    ['a section that is not a list', (t) => t.replace(/^facts:$/m, 'facts: 12\nfactz:')],
    ['the same in CRLF', (t) => t.replace(/^facts:$/m, 'facts: 12\nfactz:').replace(/\n/g, '\r\n')],
  ];
  for (const [name, change] of changes) {
    it(`is located from its line, as the whole document locates it: ${name}`, () => {
      const { fast, precise } = loadedBothWays(change(text));
      expect(fast.problems.filter((p) => p.code === 'schema').length).toBeGreaterThan(0);
      expect(summary(fast, 0)).toEqual(summary(precise, 2));
    });
  }

  it('leaves a top level it cannot read line by line to the whole document', () => {
    // A flow mapping over two lines: its second line starts at column 0 and is no key of its own.
    const changed = text.replace(/^metrics:.*$/m, '').replace(/^facts:$/m, 'metrics: { widgets: { unit: widget },\nmore: 1 }\nfatcs:');
    expect(changed).not.toBe(text);
    const fast = loadFacts([{ file: 'facts.yaml', text: changed }], { today: '2026-01-15' });
    const precise = loadFacts([{ file: 'facts.yaml', text: `${PRECISE}${changed}` }], { today: '2026-01-15' });
    expect(fast.problems.map((p) => p.message)).toContain('Facts file: unknown field `fatcs`. Did you mean `facts`?');
    expect(summary(fast, 0)).toEqual(summary(precise, 2));
  });
});

describe('a syntax error in a facts file read fast', () => {
  const text = bigFacts(300, 40);
  const breakages: [string, (t: string) => string][] = [
    ['an unclosed quote in a fact', (t) => t.replace('source: { url: "https://example.com/17", title', 'source: { url: "https://example.com/17, title')],
    ['a deleted } in an entity', (t) => t.replace('  ent-7: { name: Entity 7 Holdings, aliases: [E7H, Ent7 Group] }', '  ent-7: { name: Entity 7 Holdings, aliases: [E7H, Ent7 Group]')],
    ['a tab before a field', (t) => t.replace('  - id: fact-120\n    entity', '  - id: fact-120\n\tentity')],
    ['a field indented too far', (t) => t.replace('  - id: fact-200\n    entity: ent-0\n    metric', '  - id: fact-200\n    entity: ent-0\n      metric')],
    ['a field missing its colon', (t) => t.replace('  - id: fact-77\n    entity: ent-37', '  - id: fact-77\n    entity ent-37')],
    ['a flow list closed with }', (t) => t.replace('  ent-12: { name: Entity 12 Holdings, aliases: [E12H, Ent12 Group] }', '  ent-12: { name: Entity 12 Holdings, aliases: [E12H, Ent12 Group } }')],
    ['two broken facts', (t) => t.replace('title: "Report 30" }', 'title: "Report 30" ').replace('title: "Report 250" }', 'title: "Report 250"')],
  ];
  for (const [name, breakIt] of breakages) {
    it(`costs the entry, as the precise reader's recovery does, without parsing the whole file: ${name}`, () => {
      const broken = breakIt(text);
      expect(broken).not.toBe(text);
      parsed.lengths = [];
      const fast = loadFacts([{ file: 'facts.yaml', text: broken }], { today: '2026-01-15' });
      expect(Math.max(...parsed.lengths), 'only entries were parsed').toBeLessThan(400);
      // The precise reader recovers a file no fast reader reads (PRECISE: a document marker, and js-yaml mocked to decline).
      const precise = loadFacts([{ file: 'facts.yaml', text: `${PRECISE}${broken}` }], { today: '2026-01-15' });
      expect(Math.max(...parsed.lengths)).toBeGreaterThan(broken.length);
      expect(fast.problems.filter((p) => p.code === 'yaml-syntax').length).toBeGreaterThan(0);
      expect(summary(fast, 0)).toEqual(summary(precise, 2));
    });
  }

  it('leaves out each of a dozen broken facts and loads the rest, still without parsing the whole file (was: minutes, 3 GB at 100,000 facts)', () => {
    const brokenIds = Array.from({ length: 12 }, (_, k) => 10 + k * 23);
    const broken = brokenIds.reduce((t, n) => t.replace(`title: "Report ${n}" }`, `title: "Report ${n}" `), text);
    parsed.lengths = [];
    const { index, problems } = loadFacts([{ file: 'facts.yaml', text: broken }], { today: '2026-01-15' });
    expect(Math.max(...parsed.lengths), 'only entries were parsed').toBeLessThan(400);
    expect(problems.map((p) => [p.code, p.range.start.line])).toEqual(brokenIds.map((n) => ['yaml-syntax', broken.split('\n').indexOf(`  - id: fact-${n}`) + 6]));
    expect(problems.map((p) => /Fact `(fact-\d+)` is left out/.exec(p.message)?.[1])).toEqual(brokenIds.map((n) => `fact-${n}`));
    expect(index.facts).toHaveLength(300 - brokenIds.length);
  });
});

