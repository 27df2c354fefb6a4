// Citation completion in a project with many facts: at most MAX_CITATION_ITEMS items, those whose
// id starts with the key first, the list marked incomplete when more match (so the editor asks
// again as the key grows), and, for facts read from a snapshot, only the listed facts built.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { factsSnapshotText, readFactsSnapshot, textSource } from '../../server/src/core/facts/factsSnapshot';
import type { FactIndex } from '../../server/src/core/types';
import { completeCitation, MAX_CITATION_ITEMS } from '../../server/src/lsp/completion';
import { buildFactId } from '../../server/src/lsp/factStub';

const PORTS = ['rotterdam', 'antwerp', 'hamburg', 'felixstowe', 'valencia', 'piraeus', 'gdansk', 'algeciras'];
const METRICS = ['teu-throughput', 'berth-count', 'dredging-capex', 'transport-emissions'];
const UNITS: Record<string, string> = { 'teu-throughput': 'TEU', 'berth-count': 'berths', 'dredging-capex': 'EUR', 'transport-emissions': 'tonnes' };

/** A container-ports facts file: `perPort` facts for each port, ids like `hamburg-teu-throughput-2019`. */
function portFacts(perPort: number, extras = true): string {
  const lines = ['entities:', ...PORTS.map((p) => `  ${p}: { name: Port of ${p[0]!.toUpperCase()}${p.slice(1)} }`), 'metrics:'];
  for (const m of METRICS) lines.push(`  ${m.replace(/-/g, '_')}: { unit: ${UNITS[m]}, words: [${m.replace(/-/g, ' ')}] }`);
  lines.push('facts:');
  for (const port of PORTS) {
    for (let i = 0; i < perPort; i++) {
      const metric = METRICS[i % METRICS.length]!;
      const year = 1990 + Math.floor(i / METRICS.length);
      lines.push(
        `  - id: ${port}-${metric}-${year}`,
        `    entity: ${port}`,
        `    metric: ${metric.replace(/-/g, '_')}`,
        `    value: ${1000 + i * 37}`,
        `    unit: ${UNITS[metric]}`,
        `    as_of: ${year}-12`,
        `    source: { url: "https://ports.example/${port}/${year}", title: "${port} annual report ${year}", quote: "Handled ${1000 + i * 37}" }`,
      );
    }
  }
  // An id in a different case, and one repeated: listed once each.
  if (extras) lines.push('  - { id: Hamburg-Special-2020, entity: hamburg, metric: berth_count, value: 3, unit: berths, as_of: 2020-01, source: { url: "https://ports.example/x" } }');
  if (extras) lines.push('  - { id: gdansk-berth-count-1990, entity: gdansk, metric: berth_count, value: 4, unit: berths, as_of: 1990-12, source: { url: "https://ports.example/y" } }');
  return lines.join('\n') + '\n';
}

const TODAY = '2026-11-30';
const loaded = loadFacts([{ file: 'file:///w/facts.yaml', text: portFacts(60) }], { today: TODAY });
// The one problem is the repeated id, which the file has on purpose.
expect(loaded.problems.map((p) => p.code)).toEqual(['duplicate-id']);
const allIds = [...new Set(loaded.index.facts.map((f) => f.id))];
const snapshot = () => readFactsSnapshot(textSource(factsSnapshotText(loaded)!))!.index;

const complete = (index: FactIndex, typed: string) => completeCitation(`Throughput rose [@${typed}`, { line: 3, character: 17 + typed.length }, index)!;
const labels = (index: FactIndex, typed: string) => complete(index, typed).items.map((i) => i.label);

// Every id as written in lower case: sorted otherwise than ids in mixed case.
const lowerOnly = loadFacts([{ file: 'file:///w/facts.yaml', text: portFacts(60, false) }], { today: TODAY }).index;
const lowerIds = [...new Set(lowerOnly.facts.map((f) => f.id))];

/** What the list must be, read off the README's rule: ids holding the key, those starting with it first, each group by id. */
function expected(typed: string, ids = allIds): { ids: string[]; more: boolean } {
  const key = typed.toLowerCase();
  const byId = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : a < b ? -1 : a > b ? 1 : 0);
  const starts = ids.filter((id) => id.toLowerCase().startsWith(key)).sort(byId);
  const holds = ids.filter((id) => !id.toLowerCase().startsWith(key) && id.toLowerCase().includes(key)).sort(byId);
  const all = [...starts, ...holds];
  return { ids: all.slice(0, MAX_CITATION_ITEMS), more: all.length > MAX_CITATION_ITEMS };
}

describe('citation completion with many facts', () => {
  it('has more facts than one answer holds', () => {
    expect(allIds.length).toBeGreaterThan(2 * MAX_CITATION_ITEMS);
  });

  it('answers `[@` with the first ids in order and says the list is incomplete', () => {
    const r = complete(loaded.index, '');
    expect(r.items).toHaveLength(MAX_CITATION_ITEMS);
    expect(r.isIncomplete).toBe(true);
    expect(r.items[0]!.label).toBe('algeciras-berth-count-1990');
    expect(r.items.map((i) => i.label)).toEqual(expected('').ids);
    // The item still carries what the editor shows: entity, metric, value, date, and the source.
    expect(r.items[0]!.detail).toBe('Port of Algeciras · berth_count · 1,037 berths · 1990-12');
    expect(r.items[0]!.documentation).toMatchObject({ value: expect.stringContaining('algeciras annual report 1990') });
  });

  it('puts ids that start with the key before ids that only hold it', () => {
    // "port" starts no id; "transport" holds it in a quarter of them.
    expect(labels(loaded.index, 'port').every((id) => id.includes('-transport-emissions-'))).toBe(true);
    // "ro" starts Rotterdam's 60 ids and is held by every other port's "throughput" ids.
    const r = labels(loaded.index, 'ro');
    expect(r).toHaveLength(60 + 7 * 15);
    expect(r.slice(0, 60).every((id) => id.startsWith('rotterdam-'))).toBe(true);
    expect(r.slice(60).every((id) => id.includes('-teu-throughput-') && !id.startsWith('ro'))).toBe(true);
    expect(r.slice(60, 62)).toEqual(['algeciras-teu-throughput-1990', 'algeciras-teu-throughput-1991']);
  });

  it('is complete once the key narrows it, matching across case, each id once', () => {
    const r = complete(loaded.index, 'hamburg-s');
    expect(r.items.map((i) => i.label)).toEqual(['Hamburg-Special-2020']);
    expect(r.isIncomplete).toBe(false);
    expect(labels(loaded.index, 'gdansk-berth-count-1990')).toEqual(['gdansk-berth-count-1990']);
    expect(labels(loaded.index, 'nowhere')).toEqual([]);
  });

  it('says incomplete only when more match than it lists', () => {
    const ports = (perPort: number, extras: boolean) => loadFacts([{ file: 'f.yaml', text: portFacts(perPort, extras) }], { today: TODAY }).index;
    const perPort = MAX_CITATION_ITEMS / PORTS.length; // every id holds "-"
    const exactly = complete(ports(perPort, false), '-');
    expect(exactly.items).toHaveLength(MAX_CITATION_ITEMS);
    expect(exactly.isIncomplete).toBe(false);
    const oneMore = complete(ports(perPort, true), '-'); // Hamburg's special id is one more
    expect(oneMore.items).toHaveLength(MAX_CITATION_ITEMS);
    expect(oneMore.isIncomplete).toBe(true);
    // In id order the extra id comes among Hamburg's, so the last of the 200 no longer fits.
    const labelsOf = (r: typeof exactly) => r.items.map((i) => i.label);
    expect(labelsOf(oneMore)).toEqual([...labelsOf(exactly).slice(0, -1), 'Hamburg-Special-2020'].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
  });

  it('gives the same answers as a full filter, for any key typed', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{0,6}$/), fc.constantFrom(...allIds), fc.nat(12), (random, id, cut) => {
        for (const typed of [random, id.slice(0, cut), id.slice(cut, cut + 5)]) {
          for (const [index, ids] of [[loaded.index, allIds], [lowerOnly, lowerIds]] as const) {
            const r = complete(index, typed);
            const want = expected(typed, ids);
            expect(r.items.map((i) => i.label)).toEqual(want.ids);
            expect(r.isIncomplete).toBe(want.more);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lists the same from a snapshot of the facts, building only the listed facts', () => {
    const index = snapshot();
    const whole = vi.spyOn(index, 'facts', 'get');
    const byId = vi.spyOn(index, 'byId', 'get');
    const built = vi.spyOn(index.onDemand!, 'fact');
    const listed = new Set<string>();
    for (const typed of ['', 'val', 'piraeus-teu', 'hamburg-s']) {
      const r = complete(index, typed);
      expect(r).toEqual(complete(loaded.index, typed));
      for (const item of r.items) listed.add(item.label);
    }
    expect(whole).not.toHaveBeenCalled();
    expect(byId).not.toHaveBeenCalled();
    expect(listed.size).toBeLessThan(allIds.length);
    expect(new Set(built.mock.calls.map(([i]) => i)).size).toBe(listed.size);
  });

  it('names a new fact without building every fact of a snapshot', () => {
    const index = snapshot();
    const whole = vi.spyOn(index, 'facts', 'get');
    const byId = vi.spyOn(index, 'byId', 'get');
    expect(buildFactId('hamburg', 'teu_throughput', '1990-12-31', index)).toBe('hamburg-teu-throughput-1990-12');
    expect(buildFactId('gdansk', 'berth-count', '1990', index)).toBe('gdansk-berth-count-1990-2');
    expect(whole).not.toHaveBeenCalled();
    expect(byId).not.toHaveBeenCalled();
  });
});
