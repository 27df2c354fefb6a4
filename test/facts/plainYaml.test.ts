// The one-pass reader of plain facts YAML must agree with the precise reader (the `yaml` library,
// YAML 1.2 core schema) whenever it answers: same data, and each section entry's span and range
// where the precise document puts it. Whatever it cannot read exactly, it declines.
import fc from 'fast-check';
import { isMap, isSeq, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { entrySpansInOrder, readPlainYaml, readPlainYamlSteps } from '../../server/src/core/facts/plainYaml';
import { lineStartsOf } from '../../server/src/core/lineStarts';
import { positionAt } from '../../server/src/core/facts/yamlDocument';
import { bigFacts } from '../hostile/inputs.mjs';

function precise(text: string) {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true });
  return { doc, ok: doc.errors.length === 0 };
}

/** Each section entry's [start, end] in the precise document: a map entry from its key, a list item from itself. */
function preciseSpans(text: string): [number, number][] {
  const { doc } = precise(text);
  const spans: [number, number][] = [];
  if (!isMap(doc.contents)) return spans;
  for (const pair of doc.contents.items) {
    const section = pair.value;
    if (isMap(section)) {
      for (const entry of section.items) {
        const value = entry.value as { range?: number[] } | null;
        if ((isMap(value) || isSeq(value)) && value.range) spans.push([(entry.key as { range: number[] }).range[0]!, value.range[1]!]);
      }
    } else if (isSeq(section)) {
      for (const item of section.items) if ((isMap(item) || isSeq(item)) && item.range) spans.push([item.range[0]!, item.range[1]!]);
    }
  }
  return spans;
}

function trimEnd(text: string, end: number, start: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function expectAgreement(text: string): 'read' | 'declined' {
  const plain = readPlainYaml(text);
  const { doc, ok } = precise(text);
  if (!plain) return 'declined';
  expect(ok, `read YAML the precise reader rejects:\n${text}`).toBe(true);
  expect(plain.data).toEqual(doc.toJS() ?? null);
  const starts = lineStartsOf(text);
  const got = entrySpansInOrder(plain, text).map((s) => {
    expect(s.range).toEqual({ start: positionAt(starts, text.length, s.start), end: positionAt(starts, text.length, s.end) });
    return [s.start, s.end];
  });
  expect(got).toEqual(preciseSpans(text).map(([start, end]) => [start, trimEnd(text, end, start)]));
  return 'read';
}

/** Small facts-like files: sections of block and flow entries, scalars of every kind the core schema has, comments, blank lines, CRLF. */
function factsLikeFile(): fc.Arbitrary<string> {
  const scalar = fc.oneof(
    fc.constantFrom('61.5e9', '-5', '1e400', '2024-09-02', '2025', 'null', '~', 'true', 'False', '0x1F', '0o17', '.inf', '.NaN', '1_000', '012', '5.e3', '.e3', '+', '-.5', '1e', '1e+', '1.5E-3', '.', '1.2.3', '-', '- x', '?x', ':x'),
    fc.constantFrom('"quoted"', "'single ''q'''", '"esc \\" \\\\ \\n"', '"\\x41"', 'a#b', 'a # c', 'a: b', 'a:', 'https://x.com/a:b', 'Anthropic PBC', 'SpaceX’s', '', '{}', '[]', '[a, b]', '{ a: 1, b: [x, "y"] }', '[a, , b]', '{ a }', '&a x', '*a', '!t x', '|', '>'),
    fc.stringMatching(/^[ -~]{0,12}$/),
    // Decimal integers (up to 15 digits are read without a string) and their neighbours.
    fc.oneof(fc.stringMatching(/^[0-9]{1,18}$/), fc.constantFrom('999999999999999', '9007199254740993', '0000', '-0', '1234567890123456', '12a', '1 2')),
  );
  const key = fc.oneof(fc.constantFrom('id', 'entity', 'value', 'as_of', 'source', '"quoted key"', 'k', 'true', '1', 'a b'), fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/));
  const comment = fc.constantFrom('', '', ' # note', '  #x');
  const blank = fc.constantFrom('', '', '\n', '\n# comment\n', '\n   \n');
  // A value on the key's line, or alone on the next (a key typed before its value, or a word before its colon).
  // A value on the lines below may go on over a second line: multi-line, for a full parser.
  const valueAfterKey = (indent: string) =>
    fc.tuple(scalar, fc.constantFrom('same line', 'below', 'below, two lines')).map(([v, where]) =>
      v === '' ? '' : where === 'same line' ? ` ${v}` : `\n${indent}  ${v}${where === 'below' ? '' : `\n${indent}  and more`}`,
    );
  const mapLines = (indent: string, firstPrefix: string) =>
    fc.array(fc.tuple(key, valueAfterKey(indent), comment, blank), { minLength: 1, maxLength: 5 }).map((pairs) =>
      pairs.map(([k, v, c, b], i) => `${i === 0 ? firstPrefix : indent}${k}:${v}${c}${b}`).join('\n'),
    );
  const entityLines = fc.array(fc.tuple(key, fc.oneof(valueAfterKey('  '), mapLines('    ', '\n    '))), { maxLength: 4 }).map((es) => es.map(([k, v]) => `  ${k}:${v.startsWith('\n') ? v : ` ${v.trimStart()}`}`).join('\n'));
  const entities = fc.oneof({ weight: 6, arbitrary: entityLines.map((lines) => `entities:\n${lines}`) }, { weight: 1, arbitrary: valueAfterKey('').map((v) => `entities:${v}`) });
  const facts = fc.array(fc.oneof(mapLines('    ', '  - '), mapLines('  ', '- '), scalar.map((v) => `  - ${v}`)), { maxLength: 4 }).map((fs) => `facts:\n${fs.join('\n')}`);
  const file = fc.tuple(entities, facts, fc.boolean()).map(([e, f, crlf]) => {
    const text = `${e}\n${f}\n`;
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });
  return file;
}

const example = readFileSync(path.join(__dirname, '../../examples/facts.yaml'), 'utf8');

describe('plain facts YAML reader', () => {
  it('reads the example facts and a generated file exactly', () => {
    expect(expectAgreement(example)).toBe('read');
    expect(expectAgreement(bigFacts(200, 30))).toBe('read');
    expect(expectAgreement(example.replace(/\n/g, '\r\n'))).toBe('read');
  });

  it('resolves scalars by the YAML 1.2 core schema', () => {
    const text = [
      'facts:',
      '  - a: 61.5e9',
      '    b: -5',
      '    c: +.5',
      '    d: 2024-09-02',
      '    e: 2025',
      '    f: ~',
      '    g: null',
      '    h: True',
      '    i: yes',
      '    j: "61.5e9"',
      "    k: 'it''s'",
      '    l: "tab\\tand \\u00e9"',
      '    m: a#b',
      '    n: value # comment',
      '    o: https://example.com/a?b=c:d',
      '    p: 1.',
      '    q: 012',
      '    r: -',
      '    s: { x: [1, "two", three: , 4] }',
      '',
    ].join('\n');
    // `[1, three: , 4]` is a one-pair mapping in a sequence: declined, and the rest without it is read.
    expect(expectAgreement(text)).toBe('declined');
    const rest = text.replace('three: , ', '').replace('    r: -\n', '');
    expect(expectAgreement(rest)).toBe('read');
    expect((readPlainYaml(rest)!.data as { facts: Record<string, unknown>[] }).facts[0]).toMatchObject({ a: 61.5e9, b: -5, c: 0.5, d: '2024-09-02', e: 2025, f: null, g: null, h: true, i: 'yes', j: '61.5e9', k: "it's", l: 'tab\tand é', m: 'a#b', n: 'value', p: 1, q: 12 });
  });

  it('reads every null and boolean word of the core schema, and only those, as the precise reader does', () => {
    const words = ['~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'];
    const nearMisses = ['nULL', 'tRUE', 'falsE', 'nulls', 'Truey', 'f', 'n', 't', '~~', 'no', 'off', 'fact-1', 'title'];
    const lines = [...words, ...nearMisses].map((w, i) => `    k${i}: ${w}`);
    const text = `facts:\n  - id: x\n${lines.join('\n')}\n`;
    expect(expectAgreement(text)).toBe('read');
    const fact = (readPlainYaml(text)!.data as { facts: Record<string, unknown>[] }).facts[0]!;
    expect(words.map((_, i) => fact[`k${i}`])).toEqual([null, null, null, null, true, true, true, false, false, false]);
    expect(nearMisses.map((_, i) => fact[`k${words.length + i}`])).toEqual(nearMisses);
    // As keys: a word is not text, so the file goes to the precise reader; a near miss is a key.
    for (const w of words) expect(expectAgreement(`facts:\n  - ${w}: 1\n`)).toBe('declined');
    for (const w of nearMisses) expect(expectAgreement(`facts:\n  - ${w}: 1\n`)).toBe('read');
  });

  it('declines what it cannot read exactly', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: |\n  text\n',
      'a: plain\n  continued\n',
      'a: "open\n  quote"\n',
      'a: { b: 1,\n  c: 2 }\n',
      'a: 1\na: 2\n',
      'a: 0x1F\n',
      'a: .inf\n',
      '---\na: 1\n',
      'a:\n\tb: 1\n',
      'a: b: c\n',
      '- 1\n- 2\n',
      'a: "\\x41"\n',
      '__proto__: 1\n',
      '<<: { a: 1 }\n',
      'a:\n  - - 1\n',
      '? a\n: 1\n',
      // An empty field: the precise reader stretches the fact over the comments after it.
      'facts:\n  - a: 1\n    b:\n# comment\n',
      // A duplicate key after the keys stopped following the last mapping's (whose keys were distinct).
      'facts:\n  - a: 1\n    b: 2\n    c: 3\n  - a: 1\n    c: 2\n  - a: 1\n    c: 2\n    c: 3\n',
      'facts:\n  - a: 1\n    b: 2\n  - a: 1\n    a: 2\n',
      'facts:\n  - a: 1\n    b: 2\n    c: 3\n  - a: 1\n    c: 2\n    c: 3\n',
      'facts:\n  - { a: 1, b: 2, c: 3 }\n  - { a: 1, c: 2, c: 3 }\n',
      'facts:\n  - { a: 1, b: 2, c: 3 }\n  - { a: 1, c: 2 }\n  - { a: 1, c: 2, c: 3 }\n',
    ]) {
      expect(readPlainYaml(text), text).toBeUndefined();
    }
  });

  it('agrees with the precise reader on generated facts-like files', () => {
    const file = factsLikeFile();
    let read = 0;
    fc.assert(
      fc.property(file, (text) => {
        if (expectAgreement(text) === 'read') read++;
      }),
      { numRuns: 600, seed: 11 },
    );
    // The generator must exercise the reading path, not only the declines.
    expect(read).toBeGreaterThan(50);
  });

  it('agrees with the precise reader on runs of mappings whose keys repeat, change order, repeat within one, or only look alike', () => {
    // The reader compares each key with the last mapping's at its place first: keys that are
    // prefixes of each other, quoted twins and spaced ones must still read as themselves.
    const key = fc.constantFrom('a', 'b', 'ab', 'a b', '"a"', "'b'", 'a:b', 'a ', 'c');
    const value = fc.constantFrom('1', 'x', '{ a: 1, b: 2 }', '{ b: 1, a: 2 }', '{ a: 1, a: 2 }', '{ ab: 1 }', '{ "a": 1, b: 2 }', '{a: 1,b: 2}');
    const name = (k: string) => k.trim().replace(/^["']|["']$/g, '');
    // Mostly distinct names (`a`, `"a"` and `a ` are one name), sometimes not: one duplicate declines the file.
    const pairs = fc.oneof(
      { weight: 12, arbitrary: fc.uniqueArray(fc.tuple(key, value), { minLength: 1, maxLength: 4, selector: ([k]) => name(k) }) },
      { weight: 1, arbitrary: fc.array(fc.tuple(key, value), { minLength: 2, maxLength: 4 }) },
    );
    const block = (ps: [string, string][]) => ps.map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`).join('\n');
    const flow = (ps: [string, string][]) => `  - { ${ps.map(([k, v]) => `${k.trim()}: ${v.startsWith('{') ? 1 : v}`).join(', ')} }`;
    const file = fc.array(fc.tuple(pairs, fc.boolean()), { minLength: 2, maxLength: 8 }).map((items) => `facts:\n${items.map(([ps, isFlow]) => (isFlow ? flow(ps) : block(ps))).join('\n')}\n`);
    let read = 0;
    let declined = 0;
    fc.assert(
      fc.property(file, (text) => {
        const outcome = expectAgreement(text);
        // Everything here is in the reader's subset: it declines exactly what the precise reader rejects (a duplicate key).
        expect(outcome === 'read', text).toBe(precise(text).ok);
        if (outcome === 'read') read++;
        else declined++;
      }),
      { numRuns: 800, seed: 12 },
    );
    expect(read).toBeGreaterThan(100);
    expect(declined).toBeGreaterThan(100);
  });

  it('reads a key that starts with the last mapping\'s key at its place as itself', () => {
    for (const text of ['facts:\n  - a: 1\n  - a x y: 2\n  - ab: 3\n  - a : 4\n  - a:b: 5\n', 'facts:\n  - { a: 1 }\n  - { a x y: 2 }\n  - { ab: 3 }\n  - { a : 4 }\n  - { a:b: 5 }\n']) {
      expect(expectAgreement(text), text).toBe('read');
      expect(readPlainYaml(text)?.data).toEqual({ facts: [{ a: 1 }, { 'a x y': 2 }, { ab: 3 }, { a: 4 }, { 'a:b': 5 }] });
    }
  });

  it('does not expect a quoted key as a plain one: its text may hold what a plain key cannot', () => {
    // Each second mapping's text starts with the first's quoted key, unquoted: it reads as other keys, or is an error.
    expect(readPlainYaml('facts:\n  - "a: b": 1\n  - a: b: 1\n')).toBeUndefined();
    // Valid YAML read as other keys: the reader agrees with the precise one (expectAgreement fails otherwise) or declines.
    expectAgreement('facts:\n  - "a #b": 1\n  - a #b: 1\n');
    expectAgreement('facts:\n  - { "a, b": 1 }\n  - { a, b: 1 }\n');
    expectAgreement('facts:\n  - { "a}": 1 }\n  - { a}: 1 }\n');
    // A quoted key with a plain key's text is still the same key.
    expect(readPlainYaml('facts:\n  - "a": 1\n    b: 2\n  - a: 3\n    "b": 4\n')?.data).toEqual({ facts: [{ a: 1, b: 2 }, { a: 3, b: 4 }] });
  });

  it('reads the same a piece at a time, down to one entry a piece, and declines at the same place', () => {
    fc.assert(
      fc.property(factsLikeFile(), (text) => {
        let whole: number | undefined;
        let stepwise: number | undefined;
        const once = readPlainYaml(text, (at) => (whole = at));
        const steps = readPlainYamlSteps(text, (at) => (stepwise = at), 1);
        let step = steps.next();
        while (!step.done) step = steps.next();
        expect(stepwise).toBe(whole);
        if (!once) {
          expect(step.value).toBeUndefined();
          return;
        }
        expect(step.value!.data).toEqual(once.data);
        expect(entrySpansInOrder(step.value!, text)).toEqual(entrySpansInOrder(once, text));
      }),
      { numRuns: 400, seed: 5 },
    );
  });

  it('pauses between sections and after every so many entries of a section, mapping or list', () => {
    // A fleet of ships (not the example's domain): 25 vessels as a mapping section, 57 voyages as a list.
    const vessels = Array.from({ length: 25 }, (_, i) => `  ship-${i}:\n    name: MV Kestrel ${i}\n    aliases: [Kestrel ${i}]`);
    const voyages = Array.from({ length: 57 }, (_, i) => `  - id: voyage-${i}\n    entity: ship-${i % 25}\n    metric: cargo\n    value: ${1000 + i}\n    unit: TEU\n    as_of: 2024-0${1 + (i % 9)}`);
    const text = `metrics:\n  cargo: { unit: TEU }\nentities:\n${vessels.join('\n')}\nfacts:\n${voyages.join('\n')}\n`;
    const per = 10;
    const steps = readPlainYamlSteps(text, undefined, per);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    const piecesAfterFirst = (entries: number) => Math.ceil(entries / per) - 1;
    expect(pauses).toBe(2 + piecesAfterFirst(1) + piecesAfterFirst(25) + piecesAfterFirst(57));
    expect(step.value!.data).toEqual(readPlainYaml(text)!.data);
    expect((step.value!.data as { facts: unknown[] }).facts).toHaveLength(57);
  });
});
