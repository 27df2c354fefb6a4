// Git conflict markers left in a facts file by a merge or rebase. Before, the YAML reader stopped at
// the first `<<<<<<<`: three baffling syntax errors, every fact after it left out (notes judged
// against half the facts), and minutes of precise parsing on a large file. The expected results
// below come from the README's rule: the first side of each conflict is read, the rest skipped,
// one `merge-conflict` error per conflict on its `<<<<<<<` line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../server/src/core/check';
import { defaultConfig, loadConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { findMergeConflicts, withFirstSides } from '../../server/src/core/facts/mergeConflicts';
import type { FactFileProblem } from '../../server/src/core/types';
import { lineOf } from './helpers';

const today = '2026-11-25';

// A renewable-energy developer's facts after a merge: one conflict in an entity, one in a fact.
const CONFLICTED = `entities:
  helio-grid:
    name: Helio Grid
<<<<<<< HEAD
    aliases: [Helio]
=======
    aliases: [HelioGrid, Helio]
>>>>>>> origin/main
  tidal-works:
    name: Tidal Works
facts:
  - id: helio-capacity-2024
    entity: helio-grid
    metric: power
<<<<<<< HEAD
    value: 1.2e9
    as_of: 2024-12-31
=======
    value: 1.4e9
    as_of: 2025-03-31
>>>>>>> origin/main
    unit: W
    source: { url: "https://helio.example/annual-report-2024", title: "Annual report 2024" }
  - id: tidal-employees-2024
    entity: tidal-works
    metric: employees
    value: 340
    unit: people
    as_of: 2024-06
    source: { url: "https://tidal.example/about" }
  - id: tidal-capacity-2024
    entity: tidal-wrks
    metric: power
    value: 2.5e8
    unit: W
    as_of: 2024-12
    source: { url: "https://tidal.example/capacity" }
`;

const load = (text: string, file = 'facts.yaml') => loadFacts([{ file, text }], { today });
const summary = (problems: FactFileProblem[]) => problems.map((p) => ({ code: p.code, line: p.range.start.line }));

describe('a facts file with unresolved merge conflicts', () => {
  it('reads the first side of each conflict, loads every fact after it, and says so once per conflict', () => {
    const { index, problems } = load(CONFLICTED);
    expect(summary(problems)).toEqual([
      { code: 'merge-conflict', line: lineOf(CONFLICTED, '<<<<<<< HEAD', 0) },
      { code: 'merge-conflict', line: lineOf(CONFLICTED, '<<<<<<< HEAD', 1) },
      // A real problem after the conflicts is still found, on its own line.
      { code: 'unknown-entity', line: lineOf(CONFLICTED, 'entity: tidal-wrks') },
    ]);
    expect(problems[1]!.message).toBe(
      'Unresolved merge conflict. Until it is resolved, Claimcheck reads the first side (`HEAD`, lines 16–17) and skips the other side (`origin/main`, lines 19–20).',
    );
    expect(problems[0]!.range).toEqual({ start: { line: 3, character: 0 }, end: { line: 3, character: '<<<<<<< HEAD'.length } });
    expect(index.entities.get('helio-grid')!.aliases).toEqual(['Helio']);
    expect(index.byId.get('helio-capacity-2024')).toMatchObject({ value: 1.2e9, asOf: '2024-12-31' });
    expect(index.byId.get('tidal-employees-2024')).toMatchObject({ value: 340 });
    expect(index.byId.get('helio-capacity-2024')!.location.range.start.line).toBe(lineOf(CONFLICTED, 'id: helio-capacity-2024'));
  });

  it('judges a note against the first side until the conflict is resolved', () => {
    const { index } = load(CONFLICTED);
    const note = '---\ndate: 2025-01-20\n---\n# Helio\n\nHelio Grid had 1.2 GW of capacity at the end of 2024. Tidal Works had 340 employees in mid-2024.\n';
    const findings = checkNote(note, index, defaultConfig, { today }).findings;
    expect(findings.map((f) => [f.code, f.facts.map((r) => r.id)])).toEqual([
      ['supported', ['helio-capacity-2024']],
      ['supported', ['tidal-employees-2024']],
    ]);
  });

  it('keeps line endings: a CRLF file gives the same problems on the same lines', () => {
    const crlf = CONFLICTED.replace(/\n/g, '\r\n');
    const { index, problems } = load(crlf);
    expect(summary(problems)).toEqual(summary(load(CONFLICTED).problems));
    expect(index.facts.map((f) => f.id)).toEqual(['helio-capacity-2024', 'tidal-employees-2024']);
    expect(index.byId.get('helio-capacity-2024')!.value).toBe(1.2e9);
  });

  it("skips the common ancestor of a diff3-style conflict, and a side that adds facts when it is not the first", () => {
    const text = `entities:
  kora: { name: Kora Foods }
facts:
  - id: kora-stores-2024
    entity: kora
    metric: stores
<<<<<<< ours
    value: 120
||||||| base
    value: 100
=======
    value: 130
>>>>>>> theirs
    unit: store
    as_of: 2024
    source: { url: "https://kora.example/stores" }
<<<<<<< HEAD
=======
  - id: kora-revenue-2024
    entity: kora
    metric: revenue
    value: 3.1e8
    unit: USD
    as_of: 2024
    source: { url: "https://kora.example/ar" }
>>>>>>> feature/revenue
metrics:
  stores: { unit: store, words: [stores] }
`;
    const { index, problems } = load(text);
    expect(problems.map((p) => p.message)).toEqual([
      'Unresolved merge conflict. Until it is resolved, Claimcheck reads the first side (`ours`, line 8) and skips the common ancestor (`base`, line 10) and the other side (`theirs`, line 12).',
      'Unresolved merge conflict. Until it is resolved, Claimcheck reads the first side (`HEAD`, empty) and skips the other side (`feature/revenue`, lines 19–25).',
    ]);
    expect(index.facts.map((f) => [f.id, f.value])).toEqual([['kora-stores-2024', 120]]);
    // The metrics section after the conflicts still loads.
    expect(index.metrics.get('stores')?.unit).toBe('store');
  });

  it('leaves marker-like lines that are not a whole conflict to the YAML reader', () => {
    const unclosed = CONFLICTED.replace(/=======\n/g, '');
    expect(findMergeConflicts(unclosed)).toEqual([]);
    expect(load(unclosed).problems.map((p) => p.code)).toContain('yaml-syntax');
    // `======= x` is not git's separator (it writes none with a label).
    expect(findMergeConflicts('a: 1\n<<<<<<< HEAD\nb: 2\n======= x\nb: 3\n>>>>>>> y\n')).toEqual([]);
    // Markers are whole lines at the start: an indented one is text.
    expect(findMergeConflicts('a: 1\n  <<<<<<< HEAD\nb: 2\n=======\nb: 3\n>>>>>>> y\n')).toEqual([]);
  });

  it('reads a CSV facts file with a conflict the same way', () => {
    const entities = { file: 'facts/entities.yaml', text: 'entities:\n  lumen: { name: Lumen Grid }\n' };
    const csv = [
      'id,entity,metric,value,unit,as_of,source_url',
      '<<<<<<< HEAD',
      'lumen-power-2024,lumen,power,9e8,W,2024-12,https://lumen.example/a',
      '=======',
      'lumen-power-2024,lumen,power,1.1e9,W,2025-02,https://lumen.example/b',
      '>>>>>>> update-lumen',
      'lumen-staff-2024,lumen,employees,1200,people,2024-12,https://lumen.example/c',
      '',
    ].join('\n');
    const { index, problems } = loadFacts([entities, { file: 'facts/lumen.csv', text: csv }], { today });
    expect(summary(problems)).toEqual([{ code: 'merge-conflict', line: 1 }]);
    expect(index.facts.map((f) => [f.id, f.value])).toEqual([
      ['lumen-power-2024', 9e8],
      ['lumen-staff-2024', 1200],
    ]);
  });

  it('reads `.claimcheck.yaml` with a conflict from its first side', () => {
    const { config, problems } = loadConfig('tolerance: 0.02\n<<<<<<< HEAD\nreferenceDate: 2025-06-30\n=======\nreferenceDate: 2025-09-30\n>>>>>>> b\nmaxNoteBytes: 2000000\n', '.claimcheck.yaml');
    expect(summary(problems)).toEqual([{ code: 'merge-conflict', line: 1 }]);
    expect(config).toMatchObject({ tolerance: 0.02, referenceDate: '2025-06-30', maxNoteBytes: 2_000_000 });
  });
});

describe('withFirstSides', () => {
  const line = fc.stringMatching(/^[ -~]{0,12}$/).filter((l) => !/^(<{7}|\|{7}|={7}|>{7})/.test(l));
  const block = fc.array(line, { maxLength: 4 });
  const conflict = fc.record({ ours: block, base: fc.option(block), theirs: block, label: fc.stringMatching(/^[a-z/]{0,8}$/) });
  const file = fc.array(fc.oneof(block, conflict), { maxLength: 6 });
  const write = (parts: (string[] | { ours: string[]; base: string[] | null; theirs: string[]; label: string })[], eol: string) =>
    parts
      .flatMap((p) =>
        Array.isArray(p) ? p : [`<<<<<<< ${p.label}`, ...p.ours, ...(p.base ? ['||||||| base', ...p.base] : []), '=======', ...p.theirs, `>>>>>>> ${p.label}`],
      )
      .map((l) => l + eol)
      .join('');

  it('blanks markers, ancestors and second sides in place: same length and lines, the first sides kept as written', () => {
    fc.assert(
      fc.property(file, fc.constantFrom('\n', '\r\n'), (parts, eol) => {
        const text = write(parts, eol);
        const conflicts = findMergeConflicts(text);
        expect(conflicts).toHaveLength(parts.filter((p) => !Array.isArray(p)).length);
        const read = withFirstSides(text, conflicts);
        expect(read.length).toBe(text.length);
        const lines = read.split(eol);
        expect(lines).toHaveLength(text.split(eol).length);
        // What is left, blank lines dropped, is the file as the first sides have it.
        const expected = write(parts.map((p) => (Array.isArray(p) ? p : p.ours)), eol);
        const nonBlank = (s: string) => s.split(eol).filter((l) => l.trim() !== '');
        expect(nonBlank(read)).toEqual(nonBlank(expected));
      }),
    );
  });
});
