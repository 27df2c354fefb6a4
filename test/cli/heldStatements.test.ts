// The JSON stream's statements, held off the heap (cli/heldStatements.ts): the pass over only the
// statements that share a key with another must find exactly what the pass over all of them finds,
// on varied notes that name the same entities (so many keys are shared, many are not).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateVariedCorpus } from '../../bench/variedCorpus.mjs';
import { checkNote } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { inconsistentFindings } from '../../server/src/core/consistency/inconsistencies';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { holdFinding } from '../../server/src/cli/heldNote';
import { StatementSpill } from '../../server/src/cli/heldStatements';
import { jsonWriter } from '../../server/src/cli/jsonOutput';
import { SpillFile } from '../../server/src/cli/spillFile';
import type { Finding, Statement } from '../../server/src/core/types';
import { ROOT } from './cliHarness';

const TODAY = '2026-01-15';

/** A statement without the claim fields the held statements drop (the pass and its findings do not read them). */
function kept(s: Statement): Statement {
  const { noun: _noun, table: _table, sentenceText: _text, traded: _traded, lead: _lead, ...claim } = s.claim;
  return { ...s, claim: claim as Statement['claim'] };
}
const passed = (found: Map<string, Finding[]>) => new Map([...found].map(([file, fs]) => [file, fs.map((f) => ({ ...f, claim: kept({ claim: f.claim } as Statement).claim }))]));
const json = jsonWriter().format;

describe('statements held for the consistency pass', () => {
  it('the pass over the shared statements read back = the pass over every statement held in memory', () => {
    const facts = loadFacts([{ file: 'facts.yaml', text: readFileSync(path.join(ROOT, 'examples/facts.yaml'), 'utf8') }], { today: TODAY }).index;
    const noFacts = loadFacts([], { today: TODAY }).index;
    const texts: string[] = generateVariedCorpus({ notes: 40, targetBytes: 0, seed: 31 });
    // Half the notes against the example facts, half with none: statements of both kinds.
    const notes = texts.map((text, i) => ({ note: `n${i}.md`, result: checkNote(text, i % 2 ? facts : noFacts, defaultConfig, { today: TODAY }) }));
    const all = notes.map(({ note, result }) => ({ note, label: note, statements: result.statements ?? [] }));
    const total = all.reduce((n, s) => n + s.statements.length, 0);
    const spill = new SpillFile();
    try {
      const statements = new StatementSpill(spill);
      const held = notes.map(({ result }) => statements.hold(result.statements));
      const buckets = [0, 1, 2, 3, 4, 5, 6, 7];
      // A part is read back only when one of its statements is shared.
      const parts = held.reduce((n, h) => n + (h?.spans.filter(Boolean).length ?? 0), 0);
      let reads = 0;
      let withShared = 0;
      const read = spill.read.bind(spill);
      spill.read = (span) => (reads++, read(span));
      // Every bucket's statements, in the note's order (a statement is in one bucket).
      const shared = notes.map(({ note, result }, i) => {
        const read = buckets.flatMap((b) => {
          const some = statements.shared(held[i], b);
          if (some.length > 0) withShared++;
          return some;
        });
        return { note, label: note, statements: (result.statements ?? []).filter((s) => read.some((r) => r.claim.offset.start === s.claim.offset.start)).map((s) => read.find((r) => r.claim.offset.start === s.claim.offset.start)!) };
      });
      spill.read = read;
      expect(reads).toBe(withShared);
      expect(reads).toBeLessThan(parts);
      const readBack = shared.reduce((n, s) => n + s.statements.length, 0);
      // The fixture has both: statements alone in their group (left on disk) and shared ones.
      expect(readBack).toBeGreaterThan(20);
      expect(readBack).toBeLessThan(total);
      for (const severity of ['warning', 'error'] as const) {
        const expected = inconsistentFindings(all, severity);
        expect([...expected.values()].flat().length).toBeGreaterThan(5);
        // The same findings, their claims as the pass reads them back (statementRecords.ts drops three fields).
        expect(passed(inconsistentFindings(shared, severity))).toEqual(passed(expected));
        // Bucket by bucket: each note's findings are the same, in claim order, held as JSON prints
        // them (every field of the finding, its related statements too, is in that text).
        const byClaim = (m: Map<string, { claim: { offset: { start: number } } }[]>) =>
          new Map([...m].map(([file, fs]) => [file, [...fs].sort((a, b) => a.claim.offset.start - b.claim.offset.start)]));
        const bucketed = statements.inconsistencies(notes.map(({ note }, i) => ({ file: note, statements: held[i] })), severity, json);
        // Read back from the scratch file: every note's findings, and none for a note without.
        const heldExpected = new Map([...expected].map(([file, fs]) => [file, fs.map((f) => holdFinding(json, file, f))]));
        expect(byClaim(new Map(notes.map(({ note }) => [note, bucketed.get(note)] as const).filter(([, fs]) => fs.length > 0)))).toEqual(byClaim(heldExpected));
        for (const { note } of notes) for (const f of bucketed.get(note)) expect(JSON.parse(f.text!).related.length).toBeGreaterThan(0);
      }
      // Read back exactly: every shared statement equals its original, in order.
      shared.forEach((s, i) => expect(s.statements.map(kept)).toStrictEqual(all[i]!.statements.filter((st) => s.statements.some((x) => x.key === st.key)).map(kept)));
      for (const s of shared.flatMap((n) => n.statements)) expect([s.claim.sentenceText, 'noun' in s.claim, 'table' in s.claim, 'traded' in s.claim]).toEqual(['', false, false, false]);
    } finally {
      spill.close();
    }
  });

  it('holds nothing for a note without statements', () => {
    const spill = new SpillFile();
    try {
      const statements = new StatementSpill(spill);
      expect(statements.hold(undefined)).toBeUndefined();
      expect(statements.hold([])).toBeUndefined();
      expect(statements.shared(undefined, 0)).toEqual([]);
    } finally {
      spill.close();
    }
  });
});
