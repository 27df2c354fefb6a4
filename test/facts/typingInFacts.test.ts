// What typing leaves in a facts file, key by key, is read by the fast reader and its recovery by
// entry: never by the precise reader of the whole file (tens of seconds and GBs at 100,000 facts),
// neither to read it nor to locate a problem in it.
// Each state costs at most the entry being typed: every other entity, metric and fact still loads,
// and a syntax error, if there is one, is on the lines typed.
import { describe, expect, it, vi } from 'vitest';
import { loadFactsSteps, SLOW_READ, type LoadedIndex } from '../../server/src/core/facts/loadFacts';

// The length of every text the `yaml` library parses: the whole file's must not be among them.
const parsed = vi.hoisted(() => ({ lengths: [] as number[] }));
vi.mock('yaml', async (importOriginal) => (await import('./yamlParses')).countingParses(await importOriginal(), parsed));

/** Wind farms: flow-style entities and metrics, block-style facts (the shape Add Fact writes). */
function windFacts(): string {
  const lines = ['metrics:', '  capacity_factor: { unit: percent, words: [capacity factor] }', '  turbine_count: { unit: turbine, words: [turbines] }', 'entities:'];
  for (let w = 0; w < 12; w++) lines.push(`  farm-${w}: { name: Hollandse Kust ${w}, aliases: [HKW${w}] }`);
  lines.push('facts:');
  for (let f = 0; f < 24; f++) {
    lines.push(
      `  - id: farm-${f % 12}-turbines-${2000 + f}`,
      `    entity: farm-${f % 12}`,
      '    metric: turbine_count',
      `    value: ${40 + f}`,
      '    unit: turbine',
      `    as_of: ${2000 + f}-06`,
      '    source:',
      `      url: https://wind.example/farm-${f % 12}/${2000 + f}`,
      `      title: Annual report ${2000 + f}`,
    );
  }
  return lines.join('\n') + '\n';
}

const CLEAN = windFacts();
const TODAY = '2026-12-04';

/** The load, and how often the whole file went to a precise reader (SLOW_READ, or a parse of the whole text to locate a problem). */
function load(text: string): { slow: number; loaded: LoadedIndex } {
  parsed.lengths = [];
  const steps = loadFactsSteps([{ file: 'file:///ws/wind.yaml', text }], { today: TODAY });
  let slow = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) if (step.value === SLOW_READ) slow++;
  // Locating a problem may parse an entry alone, never most of the file.
  slow += parsed.lengths.filter((n) => n > text.length / 2).length;
  return { slow, loaded: step.value };
}

const clean = load(CLEAN).loaded;

/** Where a new line is opened (Enter pressed at the end of the line before): the start of the line holding `needle`. */
const lineStartOf = (needle: string) => CLEAN.lastIndexOf('\n', CLEAN.indexOf(needle)) + 1;

const TYPED = {
  entity: '  farm-new: { name: Borssele Alpha, aliases: [BSA] }\n',
  entityBlock: '  farm-new:\n    name: Borssele Alpha\n    aliases: [BSA]\n',
  metric: '  blade_length: { unit: m, words: [blade length] }\n',
  fact: '  - id: farm-new-turbines-2025\n    entity: farm-3\n    metric: turbine_count\n    value: 77\n    unit: turbine\n    as_of: 2025-06\n    source: { url: "https://wind.example/new", title: New }\n',
  factFlow: '  - { id: farm-new-turbines-2026, entity: farm-3, metric: turbine_count, value: 78, unit: turbine, as_of: 2026-06, source: { url: "https://wind.example/new" } }\n',
};

/** Where each kind of entry is typed: before the section's first entry, in its middle, after its last. */
const PLACES: Record<keyof typeof TYPED, number[]> = {
  entity: [lineStartOf('  farm-0:'), lineStartOf('  farm-6:'), lineStartOf('facts:')],
  entityBlock: [lineStartOf('  farm-0:'), lineStartOf('  farm-6:'), lineStartOf('facts:')],
  metric: [lineStartOf('  capacity_factor:'), lineStartOf('  turbine_count:'), lineStartOf('entities:')],
  fact: [lineStartOf('  - id: farm-0-turbines-2000'), lineStartOf('  - id: farm-0-turbines-2012'), CLEAN.length],
  factFlow: [lineStartOf('  - id: farm-0-turbines-2000'), lineStartOf('  - id: farm-0-turbines-2012'), CLEAN.length],
};

/** Each text a user has on screen while typing `typed` at `at`, key by key, on a line opened for it. */
function* typingStates(at: number, typed: string): Generator<{ text: string; lines: [number, number] }> {
  const firstLine = CLEAN.slice(0, at).split('\n').length - 1;
  for (let k = 1; k <= typed.length; k++) {
    const part = typed.slice(0, k);
    const text = CLEAN.slice(0, at) + part + (part.endsWith('\n') ? '' : '\n') + CLEAN.slice(at);
    yield { text, lines: [firstLine, firstLine + part.replace(/\n$/, '').split('\n').length - 1] };
  }
}

function expectOnlyTheTypedEntryCosts(text: string, lines: [number, number]): void {
  const { slow, loaded } = load(text);
  const state = JSON.stringify(text.split('\n').slice(lines[0], lines[1] + 1).join('\n'));
  expect(slow, `the precise reader read the whole file at ${state}`).toBe(0);
  for (const id of clean.index.entities.keys()) expect(loaded.index.entities.has(id), `entity ${id} lost at ${state}`).toBe(true);
  for (const id of clean.index.metrics.keys()) expect(loaded.index.metrics.has(id), `metric ${id} lost at ${state}`).toBe(true);
  const ids = new Set(loaded.index.facts.map((f) => f.id));
  for (const f of clean.index.facts) expect(ids.has(f.id), `fact ${f.id} lost at ${state}`).toBe(true);
  const syntax = loaded.problems.filter((p) => p.code === 'yaml-syntax');
  expect(syntax.length, `syntax problems at ${state}: ${syntax.map((p) => p.message).join(' | ')}`).toBeLessThanOrEqual(1);
  for (const p of syntax) {
    expect(p.range.start.line, `${p.message} at ${state}`).toBeGreaterThanOrEqual(lines[0]);
    expect(p.range.start.line, `${p.message} at ${state}`).toBeLessThanOrEqual(lines[1]);
  }
}

describe('typing in a facts file', () => {
  it('reads the clean file with the fast reader and no problem', () => {
    expect(load(CLEAN).slow).toBe(0);
    expect(clean.problems).toEqual([]);
    expect(clean.index.facts).toHaveLength(24);
  });

  for (const [kind, typed] of Object.entries(TYPED) as [keyof typeof TYPED, string][]) {
    it(`a new ${kind}, typed key by key before, among and after its section's entries, costs only itself`, () => {
      let states = 0;
      for (const at of PLACES[kind]) {
        for (const { text, lines } of typingStates(at, typed)) {
          expectOnlyTheTypedEntryCosts(text, lines);
          states++;
        }
      }
      expect(states).toBe(3 * typed.length);
    });
  }

  it('a fact typed among the entities, the wrong section, costs only itself and says where facts go', () => {
    let said = 0;
    for (const at of [lineStartOf('  farm-6:'), lineStartOf('facts:')]) {
      for (const { text, lines } of typingStates(at, TYPED.fact)) {
        expectOnlyTheTypedEntryCosts(text, lines);
        const syntax = load(text).loaded.problems.filter((p) => p.code === 'yaml-syntax');
        if (syntax.some((p) => p.message.endsWith('a fact goes under `facts:`.'))) said++;
      }
    }
    // From its first `-` on, the item is a list item among the entities' mapping.
    expect(said).toBeGreaterThan(TYPED.fact.length);
  });

  it('an entity typed among the facts, the wrong section, costs only itself and says where entities go', () => {
    let said = 0;
    for (const typed of [TYPED.entity, TYPED.entityBlock]) {
      // Not right under `facts:`: there `  farm-new:` makes the facts' list its value, valid YAML
      // (`facts` is then a mapping, and every fact goes with it, as the precise reader says).
      for (const at of [lineStartOf('  - id: farm-0-turbines-2012'), CLEAN.length]) {
        for (const { text, lines } of typingStates(at, typed)) {
          expectOnlyTheTypedEntryCosts(text, lines);
          const syntax = load(text).loaded.problems.filter((p) => p.code === 'yaml-syntax');
          if (syntax.some((p) => p.message.endsWith('an entity goes under `entities:`, a metric under `metrics:`.'))) said++;
        }
      }
    }
    // Once its colon is typed and while its value is valid, the entry is a key among the facts' list items
    // (a bare word before it needs a colon; an unclosed `{` is the parser's error).
    expect(said).toBeGreaterThan(TYPED.entity.length);
  });

  it('a line of a fact deleted key by key (backspace) costs at most that fact', () => {
    for (const needle of ['    metric: turbine_count\n    value: 45', '  - id: farm-6-turbines-2006', '      url: https://wind.example/farm-7/2007', '  farm-5: {']) {
      const start = CLEAN.indexOf(needle);
      const end = CLEAN.indexOf('\n', start);
      const line = CLEAN.slice(0, start).split('\n').length - 1;
      for (let k = end; k >= start; k--) {
        const { slow, loaded } = load(CLEAN.slice(0, k) + CLEAN.slice(end));
        const state = JSON.stringify(CLEAN.slice(start, k));
        expect(slow, `the precise reader read the whole file at ${state}`).toBe(0);
        // The fact (or entity) being edited may be lost or wrong; no other. Without its dash, a
        // fact's lines are the fact above's (keys twice: both are left out); an entity's facts go with it.
        expect(loaded.index.facts.length, state).toBeGreaterThanOrEqual(clean.index.facts.length - 2);
        expect(loaded.index.entities.size, state).toBeGreaterThanOrEqual(clean.index.entities.size - 1);
        for (const p of loaded.problems.filter((q) => q.code === 'yaml-syntax')) expect(Math.abs(p.range.start.line - line), `${p.message} at ${state}`).toBeLessThanOrEqual(8);
      }
    }
  });
});
