// Held and released notes as records (cli/noteRecords.ts over cli/recordBytes.ts), which replaced
// v8 serialisation: every note of varied notes, in every format, reads back as exactly the object
// written (no field added, lost or turned undefined), texts with any characters too, and a
// record's bytes do not depend on the writer's buffer after they are copied; statements too (less
// the claim fields the pass does not read), with every optional part and any number.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateVariedCorpus } from '../../bench/variedCorpus.mjs';
import { checkNote } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { holdNote, releaseNote, type HeldFinding } from '../../server/src/cli/heldNote';
import { readFindings, readHeld, readReleased, writeFindings, writeHeld, writeReleased } from '../../server/src/cli/noteRecords';
import { outputWriter } from '../../server/src/cli/outputFormats';
import { RecordReader, RecordWriter } from '../../server/src/cli/recordBytes';
import { readStatements, writeStatements } from '../../server/src/cli/statementRecords';
import { prng } from '../prng';
import { ROOT } from './cliHarness';

const TODAY = '2026-01-15';
const FORMATS = ['text', 'json', 'sarif', 'github'] as const;

describe('note records', () => {
  const facts = loadFacts([{ file: 'facts.yaml', text: readFileSync(path.join(ROOT, 'examples/facts.yaml'), 'utf8') }], { today: TODAY }).index;
  const texts: string[] = generateVariedCorpus({ notes: 30, targetBytes: 0, seed: 7 });
  const results = texts.map((text) => checkNote(text, facts, defaultConfig, { today: TODAY }));

  it('every held and released note of varied notes reads back as written, in every format', () => {
    let findings = 0;
    let unjudged = 0;
    for (const name of FORMATS) {
      const { format } = outputWriter({ format: name, color: name === 'text', quiet: false, version: '1.2.3' });
      results.forEach((result, i) => {
        const { statements: _s, ...held } = holdNote(format, `notes/ünï ${i}.md`, result, true);
        // Every claim of these notes is judged: JSON's entries for claims no finding judges, as a note with one would hold them.
        if (format.entries && i % 3 === 0) held.unjudged.push({ index: 10_000 + i, text: format.entries.unchecked(held.file, result.note.claims[0]!) });
        findings += held.findings.length;
        unjudged += held.unjudged.length;
        expect(readHeld(new Uint8Array(writeHeld(held)))).toStrictEqual(held);
        const released = releaseNote(format, held);
        expect(readReleased(new Uint8Array(writeReleased(released)))).toStrictEqual(released);
      });
    }
    // The fixture has what the records must carry: findings (printed and not) and JSON's unjudged claims.
    expect(findings).toBeGreaterThan(500);
    expect(unjudged).toBeGreaterThan(0);
  });

  it('findings with and without text and citation, texts of any characters, read back exactly', () => {
    const rand = prng(5);
    const alphabet = ['a', 'Z', ' ', '\0', '\n', '"', '—', 'é', '中', '😀', '\u{10FFFF}', '\\'];
    const text = (): string => Array.from({ length: Math.floor(rand() * 40) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    const some: HeldFinding[] = Array.from({ length: 300 }, (_, i) => ({
      code: rand() < 0.5 ? 'unsourced' : 'inconsistent',
      severity: (['error', 'warning', 'information', 'hint', 'none'] as const)[i % 5]!,
      ...(rand() < 0.3 ? { citation: true as const } : {}),
      claim: { index: i, offset: { start: Math.floor(rand() * 2 ** 31 - 1) } },
      line: Math.floor(rand() * 1e6),
      character: Math.floor(rand() * 1e4),
      ...(rand() < 0.2 ? {} : { text: text() }),
    }));
    expect(readFindings(writeFindings(some))).toStrictEqual(some);
    expect(readFindings(writeFindings([]))).toStrictEqual([]);
  });

  it('statements read back as written, less the claim fields the pass does not read, whatever their optional parts', () => {
    const real = results.flatMap((r) => r.statements ?? []);
    expect(real.length).toBeGreaterThan(50);
    const variants = real.slice(0, 60).map((s, i) => {
      const time = s.claim.time ?? { text: 'in 2024', iso: '2024', from: '2024-01-01', to: '2024-12-31' };
      const times = [null, { ...time, span: undefined }, { text: 'latest', iso: null, from: null, to: null, latest: true }, { ...time, by: false, fiscal: true }];
      const values = [s.claim.value, -0, NaN, Infinity, 1e-300, null];
      return { ...s, ...(i % 2 ? { part: 'oncology' } : {}), claim: { ...s.claim, time: times[i % times.length]!, value: values[i % values.length]! } };
    });
    const dropped = (st: (typeof variants)[number]) => {
      const { noun: _n, table: _t, traded: _tr, lead: _l, ...claim } = st.claim;
      const time = claim.time && Object.fromEntries(Object.entries(claim.time).filter(([, v]) => v !== undefined));
      return { ...st, claim: { ...claim, time, sentenceText: '' } };
    };
    expect(readStatements(new Uint8Array(writeStatements(variants)))).toStrictEqual(variants.map(dropped));
  });

  it('a record copied out keeps its bytes when the writer writes the next one', () => {
    const writer = new RecordWriter();
    writer.text('first');
    writer.word('w');
    const first = new Uint8Array(writer.finish());
    writer.text('x'.repeat(200_000));
    writer.finish();
    const r = new RecordReader(first);
    expect([r.text(), r.word()]).toEqual(['first', 'w']);
    // The buffer grows in the middle of the texts: what was written before is kept.
    const texts = Array.from({ length: 400 }, (_, i) => `${i}—${'é中😀'.repeat(i)}`);
    for (const t of texts) writer.text(t);
    const back = new RecordReader(writer.finish());
    expect(texts.map(() => back.text())).toEqual(texts);
  });
});
