// Add Fact parses a facts file's outline (its sections' first and last entries) instead of the
// whole document. What it inserts must be exactly what a parse of the whole document gives, for
// any layout a person writes: block or flow entries, comments and blank lines between and after
// them, sections in any order or missing, CRLF, ids that look like numbers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { factsOutline, fileOffset, outlineOf, outlineOffThread } from '../../server/src/lsp/factsOutline';
import { createLineIndex } from '../../server/src/core/parse/lineIndex';
import { middleEntryLines } from '../../server/src/core/facts/middleEntries';
import { stubInsertions, type FactStub } from '../../server/src/lsp/factStub';
import { bigFacts } from '../hostile/inputs.mjs';

const STUB: FactStub = {
  id: 'skyline-load-factor-2025-06',
  lines: ['id: skyline-load-factor-2025-06', 'entity: skyline-air', 'metric: load_factor', 'value: 84', 'unit: percent', 'as_of: 2025-06-30', 'kind: actual', 'source: { url: , title: }'],
};
const WITH_NEW: FactStub = { ...STUB, newEntity: { id: 'skyline-air', name: 'Skyline Air' }, newMetric: { id: 'load_factor', unit: 'percent' } };

const whole = (text: string) => outlineOf(text, false);
const apply = (text: string, insertions: { offset: number; end?: number; text: string }[]) =>
  insertions.reduceRight((out, i) => out.slice(0, i.offset) + i.text + out.slice(i.end ?? i.offset), text);

/** An airline facts file of a random layout. */
const layout = fc.record({
  order: fc.shuffledSubarray(['entities', 'metrics', 'facts'] as const, { minLength: 0, maxLength: 3 }),
  entities: fc.nat(6),
  entityStyle: fc.constantFrom('flow-entry', 'block-entry', 'flow-section', 'empty-flow', 'null'),
  numericIds: fc.boolean(),
  metrics: fc.nat(4),
  facts: fc.nat(7),
  factStyle: fc.constantFrom('block', 'flow-items', 'mixed', 'flow-list', 'null'),
  dashIndent: fc.constantFrom('', '  ', '    '),
  comments: fc.boolean(),
  blanks: fc.boolean(),
  trailingComment: fc.boolean(),
  crlf: fc.boolean(),
});

type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;

function airlineFacts(l: Layout): string {
  const out: string[] = ['# Airline facts, kept by the route-planning team'];
  const between = () => [...(l.comments ? ['  # reviewed 2025-07'] : []), ...(l.blanks ? [''] : [])];
  const entityId = (i: number) => (l.numericIds && i % 2 === 1 ? `${700 + i}` : `carrier-${i}`);
  for (const section of l.order) {
    if (section === 'entities') {
      if (l.entityStyle === 'null') out.push('entities:');
      else if (l.entityStyle === 'empty-flow' || l.entities === 0) out.push('entities: {}');
      else if (l.entityStyle === 'flow-section') out.push(`entities: { ${Array.from({ length: l.entities }, (_, i) => `${entityId(i)}: { name: Carrier ${i} }`).join(', ')} }`);
      else {
        out.push('entities:');
        for (let i = 0; i < l.entities; i++) {
          if (i > 0) out.push(...between());
          if (l.entityStyle === 'flow-entry') out.push(`  ${entityId(i)}: { name: Carrier ${i}, aliases: [C${i}] }`);
          else out.push(`  ${entityId(i)}:`, `    name: Carrier ${i}`);
        }
      }
    } else if (section === 'metrics') {
      if (l.metrics === 0) out.push('metrics:');
      else {
        out.push('metrics:');
        for (let i = 0; i < l.metrics; i++) out.push(`  seat_km_${i}: { unit: seat-km, words: [seat kilometres ${i}] }`);
      }
    } else {
      if (l.factStyle === 'null') out.push('facts:');
      else if (l.factStyle === 'flow-list' || l.facts === 0) out.push('facts: []');
      else {
        out.push('facts:');
        const pad = `${l.dashIndent}  `;
        for (let i = 0; i < l.facts; i++) {
          if (i > 0) out.push(...between());
          const flow = l.factStyle === 'flow-items' || (l.factStyle === 'mixed' && i % 2 === 0);
          if (flow) out.push(`${l.dashIndent}- { id: fact-${i}, entity: carrier-0, metric: revenue, value: ${i + 1}e9, unit: USD, as_of: 2024-0${(i % 9) + 1} }`);
          else out.push(`${l.dashIndent}- id: fact-${i}`, `${pad}entity: carrier-0`, `${pad}metric: revenue`, `${pad}value: ${i + 1}e9`, `${pad}source: { url: "https://air.example/${i}" }`);
        }
      }
    }
    if (l.trailingComment) out.push('# end of section');
  }
  const text = out.join('\n') + '\n';
  return l.crlf ? text.replace(/\n/g, '\r\n') : text;
}

describe('the outline Add Fact parses', () => {
  it('inserts exactly what a parse of the whole file gives, for any layout', () => {
    let cut = 0;
    fc.assert(
      fc.property(layout, fc.boolean(), (l, withNew) => {
        const text = airlineFacts(l);
        const stub = withNew ? WITH_NEW : STUB;
        const outline = outlineOf(text);
        if (outline.cuts.length > 0) cut++;
        expect(stubInsertions(text, stub, outlineOf)).toEqual(stubInsertions(text, stub, whole));
      }),
      { numRuns: 600 },
    );
    // About one layout in five has a section of three entries or more on lines of their own.
    expect(cut).toBeGreaterThan(50);
  });

  it('keeps each section’s first and last entries and maps offsets past the cuts', () => {
    const text = bigFacts(300, 90);
    const outline = outlineOf(text);
    expect(outline.cuts).toHaveLength(2); // the entities and the facts
    expect(outline.text.length).toBeLessThan(1000);
    const kept = parse(outline.text) as { entities: Record<string, unknown>; facts: { id: string }[] };
    expect(Object.keys(kept.entities)).toEqual(['ent-0', 'ent-89']);
    expect(kept.facts.map((f) => f.id)).toEqual(['fact-0', 'fact-299']);
    // The last fact's line, in the outline and in the file.
    const at = outline.text.indexOf('  - id: fact-299');
    expect(fileOffset(outline, at)).toBe(text.indexOf('  - id: fact-299'));
    expect(fileOffset(outline, 5)).toBe(5);
  });

  it('adds a fact to 30,000 facts that then load, with the new entity and metric', () => {
    const text = bigFacts(30000, 9000);
    const out = apply(text, stubInsertions(text, WITH_NEW)!);
    const loaded = loadFacts([{ file: 'file:///w/facts.yaml', text: out }], { today: '2026-01-01' });
    expect(loaded.index.facts).toHaveLength(30001);
    expect(loaded.index.facts.at(-1)).toMatchObject({ id: STUB.id, value: 84, entities: ['skyline-air'], metric: 'load_factor' });
    expect(loaded.index.entities.get('skyline-air')?.name).toBe('Skyline Air');
    expect(loaded.problems.map((p) => p.code)).toEqual(['missing-source']);
  });

  it('parses the whole file when the plain reader does not read it, and refuses a broken one', () => {
    const anchored = 'base: &src { url: "https://air.example/r" }\nentities:\n  a: { name: A }\n  b: { name: B }\n  c: { name: C }\nfacts:\n  - { id: f1, entity: a, metric: revenue, value: 1, unit: USD, as_of: 2024, source: *src }\n';
    expect(outlineOf(anchored).cuts).toEqual([]);
    expect(stubInsertions(anchored, STUB)).toEqual(stubInsertions(anchored, STUB, whole));
    const broken = bigFacts(50, 10).replace('  - id: fact-25\n', '  - id: [fact-25\n');
    expect(stubInsertions(broken, STUB)).toBeUndefined();
  });

  it('takes a large file’s middle entries found elsewhere (the facts worker) and inserts what a whole parse gives', async () => {
    const text = bigFacts(3000, 900);
    const asked: number[] = [];
    const finder = async (t: string) => {
      asked.push(t.length);
      return middleEntryLines(t);
    };
    // Below the size the worker is for: left to factsOutline, which finds them itself.
    await outlineOffThread(text, undefined, finder, text.length + 1);
    expect(asked).toEqual([]);
    await outlineOffThread(text, undefined, finder, text.length);
    expect(asked).toEqual([text.length]);
    const kept = factsOutline(text);
    expect(kept.cuts).toEqual(outlineOf(text).cuts);
    expect(kept.text).toBe(outlineOf(text).text);
    expect(stubInsertions(text, WITH_NEW)).toEqual(stubInsertions(text, WITH_NEW, whole));
    // At hand now: not asked for again, for the same text read again either.
    await outlineOffThread(text.slice(0), undefined, finder, 0);
    expect(asked).toHaveLength(1);
  });

  it('takes the middle entries a load found in that very text, at any size, and asks the worker for another text', async () => {
    const text = bigFacts(500, 150);
    const middle = middleEntryLines(text);
    // Only the facts section's cut, as found "on load": what the outline takes shows it was not found again.
    const found = { text, middle: middle.slice(1) };
    const asked: string[] = [];
    const finder = async (t: string) => (asked.push(t), middleEntryLines(t));
    await outlineOffThread(text.slice(0), found, finder, Infinity);
    expect(asked).toEqual([]);
    const outline = factsOutline(text.slice(0));
    expect(outline.cuts).toHaveLength(1);
    expect(outline.text).toBe(outlineOf(text, middle.slice(1)).text);
    // Another text (one more fact: the file changed since the load) is not given the load's cuts.
    const more = `${text}  - { id: fact-x, entity: ent-1, metric: revenue, value: 1, unit: USD, as_of: 2024, source: { url: "https://x.example" } }\n`;
    await outlineOffThread(more, found, finder, 0);
    expect(asked).toEqual([more]);
    expect(factsOutline(more).cuts).toEqual(outlineOf(more).cuts);
    expect(factsOutline(more).cuts).toHaveLength(2);
  });

  it('counts a large file’s lines in pieces, between requests, to the positions a count at once gives', async () => {
    // Two pieces (2 MB each), with CR LF line breaks, one of them split between the pieces.
    const text = bigFacts(14_000, 3_000).replace(/\n/g, '\r\n');
    const boundary = 2 << 20;
    expect(text.length).toBeGreaterThan(boundary + 500_000);
    const split = text.indexOf('\r\n', boundary - 400);
    const atBoundary = text.slice(0, split) + ' '.repeat(boundary - 1 - split) + text.slice(split);
    expect(atBoundary.slice(boundary - 1, boundary + 1)).toBe('\r\n');
    await outlineOffThread(atBoundary, { text: atBoundary, middle: middleEntryLines(atBoundary) }, undefined, Infinity);
    const outline = factsOutline(atBoundary);
    const counted = createLineIndex(atBoundary);
    for (const o of [0, 1, atBoundary.indexOf('\nfacts:'), boundary - 1, boundary, boundary + 1, boundary + 400_007, atBoundary.length - 1, atBoundary.length]) {
      expect(outline.position(o), `offset ${o}`).toEqual(counted.position(o));
    }
  });

  it('keeps the last outline while the text stays the same', () => {
    const text = bigFacts(40, 10);
    const first = factsOutline(text);
    expect(factsOutline(text.slice(0))).toBe(first);
    expect(factsOutline(text + '# more\n')).not.toBe(first);
  });
});
