// The precise reader's data comes from documentData, which must read every document as `yaml`'s
// toJS does (toJS finds each alias's anchor in time quadratic in the aliases).
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { documentData } from '../../server/src/core/facts/yamlData';
import { troubled } from './helpers';

const parse = (text: string) => parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false });
const both = (text: string) => {
  const doc = parse(text);
  return { ours: documentData(doc).data, theirs: doc.toJS({ maxAliasCount: -1 }) as unknown };
};

describe('documentData', () => {
  it('reads facts files as toJS does, anchors and aliases sprinkled in', () => {
    for (let seed = 1; seed <= 30; seed++) {
      let n = 0;
      // Every seventh source anchored, the sources of the facts after it aliases of it.
      const text = troubled(seed).replace(/source: \{ url: "([^"]*)", title: "([^"]*)" \}/g, (whole) => (n++ % 7 === 0 ? `source: &s${Math.floor(n / 7)} ${whole.slice(8)}` : `source: *s${Math.floor((n - 1) / 7)}`));
      expect(text, `seed ${seed} has aliases`).toContain('*s');
      const { ours, theirs } = both(text);
      expect(ours, `seed ${seed}`).toEqual(theirs);
    }
  });

  const cases: [string, string][] = [
    ['scalars of every core type', 'a: 1\nb: 1.5e3\nc: .inf\nd: ~\ne: true\nf: "1"\ng: 0x1F\nh: 2024-01-01\ni:\n'],
    ['a redefined anchor', 'a: &x 1\nb: *x\nc: &x 2\nd: *x\n'],
    ['an anchored key', '&k key: 1\nother: *k\n'],
    ['keys toJS defines as own properties', '__proto__: { polluted: true }\ntoString: 1\nconstructor: 2\n'],
    ['a number, a boolean and an empty key', '1: one\ntrue: yes\n"": empty\n? \n: none\n'],
    ['a pair in a flow sequence', 'list: [a: 1, b, c: { d: 2 }]\n'],
    ['a collection as a key (left to toJS)', '? [a, b]\n: 1\n'],
    ['a merge key, which the core schema reads as a key', 'base: &b { x: 1 }\nmore:\n  <<: *b\n  y: 2\n'],
    ['a tag the core schema does not know', 'a: !!timestamp 2024-01-01\nb: !custom text\n'],
    ['nested anchors', 'a: &outer\n  b: &inner [1, 2]\n  c: *inner\nd: *outer\ne: *inner\n'],
  ];
  for (const [name, text] of cases) {
    it(`reads ${name} as toJS does`, () => {
      const { ours, theirs } = both(text);
      expect(ours).toEqual(theirs);
      expect(Object.getPrototypeOf(ours)).toBe(Object.getPrototypeOf(theirs));
    });
  }

  it('gives an alias the anchored value itself, shared, as toJS does', () => {
    const read = documentData(parse('facts:\n  - { id: a, source: &s { url: u } }\n  - { id: b, source: *s }\n'));
    expect(read.aliased).toBe(true);
    const data = read.data as { facts: { source: object }[] };
    expect(data.facts[1]!.source).toBe(data.facts[0]!.source);
  });

  it('gives an alias inside the collection it names that unfinished collection, as toJS does', () => {
    const data = documentData(parse('a: &x\n  name: loop\n  self: *x\n')).data as { a: { self: unknown } };
    expect(data.a.self).toBe(data.a);
  });

  it('says whether an alias was met: only then can a value be in the data twice', () => {
    expect(documentData(parse('a: &x 1\nb: 2\n')).aliased).toBe(false);
    expect(documentData(parse('a: &x 1\nb: *x\n')).aliased).toBe(true);
  });

  it('does not touch the prototype of objects', () => {
    documentData(parse('__proto__: { polluted: true }\n'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an alias with no anchor before it, as toJS does', () => {
    const doc = parse('a: *nowhere\nb: &nowhere 1\n');
    expect(() => doc.toJS({ maxAliasCount: -1 })).toThrow('Unresolved alias (the anchor must be set before the alias): nowhere');
    expect(() => documentData(doc)).toThrow('Unresolved alias (the anchor must be set before the alias): nowhere');
  });
});
