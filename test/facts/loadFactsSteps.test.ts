// loadFactsSteps: the load in pieces (the server pauses between them while it loads a facts file on
// its own thread). A file of a domain the code was not written for, with problems past the first
// pieces, loads whole and says the same as a file loaded at once would: each fact's problem where
// it is written, and the rest of the file loaded.
import { describe, expect, it } from 'vitest';
import { loadFacts, loadFactsSteps, SLOW_READ } from '../../server/src/core/facts/loadFacts';

const HOSPITALS = 3_000;
const FACTS = 9_000;

/** A hospital network's bed counts and budgets, one flow-style fact per line, with two problems deep in the file. */
function hospitalFacts(): { text: string; unknownLine: number; duplicateLine: number } {
  const lines = ['metrics:', '  beds: { unit: bed, words: [beds, inpatient beds] }', 'entities:'];
  for (let h = 0; h < HOSPITALS; h++) lines.push(`  hosp-${h}: { name: St Brigid Hospital ${h}, aliases: [SBH${h}] }`);
  lines.push('facts:');
  let unknownLine = -1;
  let duplicateLine = -1;
  for (let f = 0; f < FACTS; f++) {
    const beds = f % 2 === 0;
    // Past two pieces of facts: a hospital nobody defined; near the end: an id used before.
    const entity = f === 4_500 ? 'hosp-unknown' : `hosp-${f % HOSPITALS}`;
    const id = f === FACTS - 2 ? 'beds-hosp-0-0' : `${beds ? 'beds' : 'budget'}-hosp-${f % HOSPITALS}-${f}`;
    if (f === 4_500) unknownLine = lines.length;
    if (f === FACTS - 2) duplicateLine = lines.length;
    lines.push(
      `  - { id: ${id}, entity: ${entity}, metric: ${beds ? 'beds' : 'revenue'}, value: ${beds ? 100 + (f % 400) : (f % 90) * 1e6 + 5e6}, unit: ${beds ? 'bed' : 'EUR'}, as_of: ${2015 + (f % 10)}, source: { url: "https://health.example/${f}" } }`,
    );
  }
  return { text: lines.join('\n') + '\n', unknownLine, duplicateLine };
}

describe('loadFactsSteps', () => {
  const { text, unknownLine, duplicateLine } = hospitalFacts();

  it('loads a 9,000-fact file in pieces of a few thousand entries at most, reading and schema check included, and loads it whole', () => {
    const steps = loadFactsSteps([{ file: 'file:///ws/hospitals.yaml', text }], { today: '2026-01-01' });
    let pieces = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pieces++;
    const { index, problems } = step.value;
    // The reading (each section, and 2,000 entries a piece), its schema check (2,000 facts a piece),
    // the entities (500 a piece) and the facts (2,000 a piece): 24 pieces, none the whole file's.
    expect(pieces).toBeGreaterThanOrEqual(20);
    expect(index.entities.size).toBe(HOSPITALS);
    expect(index.metrics.get('beds')?.unit).toBe('bed');
    expect(index.facts).toHaveLength(FACTS - 2);
    expect(index.byId.get('budget-hosp-1-1')).toMatchObject({ entities: ['hosp-1'], metric: 'revenue', value: 6e6, unit: 'EUR', asOf: '2016' });
    expect(index.byId.get('beds-hosp-0-0')!.location.range.start.line, 'the first of the two with that id').toBeLessThan(duplicateLine);
    expect(problems.map((p) => [p.code, p.range.start.line])).toEqual([
      ['unknown-entity', unknownLine],
      ['duplicate-id', duplicateLine],
    ]);
  });

  it('says so (SLOW_READ) before a reader that does not pause takes over: YAML outside the plain subset, a section key broken, a CSV file', () => {
    const slowReads = (file: string, text: string) => {
      const steps = loadFactsSteps([{ file, text }], { today: '2026-01-01' });
      let n = 0;
      for (let step = steps.next(); !step.done; step = steps.next()) if (step.value === SLOW_READ) n++;
      return n;
    };
    expect(slowReads('file:///ws/hospitals.yaml', text)).toBe(0);
    expect(slowReads('file:///ws/hospitals.yaml', text.replace('metrics:\n', 'metrics:\n  note: |\n    beds counted at midnight\n'))).toBe(1);
    // No entry to leave out: the section's own line is broken (the hospitals' first lines: the precise reader reads it).
    const brokenSection = `${text.split('\n').slice(0, 40).join('\n')}\n`.replace('entities:\n', 'entities: {\n');
    expect(slowReads('file:///ws/hospitals.yaml', brokenSection)).toBe(1);
    expect(slowReads('file:///ws/beds.csv', 'id,entity,metric,value,unit,as_of,source_url\nb1,hosp-1,beds,120,bed,2024,https://health.example/1\n')).toBe(1);
    // The load goes on after it, to the same result as at once.
    const steps = loadFactsSteps([{ file: 'file:///ws/hospitals.yaml', text: brokenSection }], { today: '2026-01-01' });
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value.problems).toEqual(loadFacts([{ file: 'file:///ws/hospitals.yaml', text: brokenSection }], { today: '2026-01-01' }).problems);
    expect(step.value.problems.map((p) => p.code)).toContain('yaml-syntax');
  });

  it('recovers a syntax error in an entry, or a stray line, in pieces: the plain reader reads the rest as it reads a clean file', () => {
    const load = (typed: string) => {
      const steps = loadFactsSteps([{ file: 'file:///ws/hospitals.yaml', text: typed }], { today: '2026-01-01' });
      let pieces = 0;
      let slow = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) {
        pieces++;
        if (step.value === SLOW_READ) slow++;
      }
      return { pieces, slow, loaded: step.value };
    };
    const clean = load(text);
    for (const typed of [
      // Mid-edit: a flow mapping not closed yet, as while a fact is typed.
      text.replace('  - { id: beds-hosp-10-10,', '  - { id: [beds-hosp-10-10,'),
      // A new entity typed a line too far left, in the middle of the entities.
      text.replace('  hosp-1500:', '{ name: St Anne\n  hosp-1500:'),
    ]) {
      const { pieces, slow, loaded } = load(typed);
      expect(slow).toBe(0);
      // Read up to the error, then read whole again in pieces: more pieces than the clean file's, none the whole file's.
      expect(pieces).toBeGreaterThan(clean.pieces);
      expect(loaded.problems).toEqual(loadFacts([{ file: 'file:///ws/hospitals.yaml', text: typed }], { today: '2026-01-01' }).problems);
      expect(loaded.problems.filter((p) => p.code === 'yaml-syntax')).toHaveLength(1);
    }
  });
});
