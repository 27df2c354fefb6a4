// Every output format streams (cli/checkStream.ts: per-format writers fed note by note, notes held
// as their printed items in a scratch file while the consistency pass or a format's column width
// and rules wait). Two comparisons: the writers against the whole-report formatters they replaced
// (reportFormatsOracle.ts) on varied reports, and, through the built CLI, the streamed run against
// the whole-report path (--baseline with an empty baseline), on 1 and 2 jobs, with the pass on and
// off, an unreadable note and a facts file with problems, notes given out of file order.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateVariedCorpus } from '../../bench/variedCorpus.mjs';
import { checkNote } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { addInconsistencies } from '../../server/src/cli/consistencyPass';
import { formatGithub } from '../../server/src/cli/githubOutput';
import { jsonWriter } from '../../server/src/cli/jsonOutput';
import { writeReport } from '../../server/src/cli/outputWriter';
import type { CheckReport } from '../../server/src/cli/report';
import { formatSarif } from '../../server/src/cli/sarifOutput';
import { formatCheckText } from '../../server/src/cli/textOutput';
import { ROOT, runBuiltCli } from './cliHarness';
import * as oracle from './reportFormatsOracle';

const TODAY = '2026-01-15';

/** Varied notes, half against the example facts, with the pass's findings, given out of file order, and input problems among them. */
function variedReport(seed: number): CheckReport {
  const facts = loadFacts([{ file: 'facts.yaml', text: readFileSync(path.join(ROOT, 'examples/facts.yaml'), 'utf8') }], { today: TODAY }).index;
  const noFacts = loadFacts([], { today: TODAY }).index;
  // The shipped example note too: supported figures.
  const texts: string[] = [...generateVariedCorpus({ notes: 30, targetBytes: 0, seed }), readFileSync(path.join(ROOT, 'examples/notes/anthropic-compute.md'), 'utf8')];
  const notes = texts.map((text, i) => ({ file: `notes/${String.fromCharCode(122 - (i % 26))}${i}.md`, result: checkNote(text, i % 3 === 1 ? noFacts : facts, defaultConfig, { today: TODAY }) }));
  const zero = { line: 0, character: 0 };
  const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 3 } });
  return {
    notes: addInconsistencies(notes, 'warning'),
    inputProblems: [
      { file: 'facts.yaml', code: 'facts-schema', severity: 'error', message: 'Bad\nfact', range: at(3, 1) },
      { file: 'notes/m12.md', code: 'unreadable', severity: 'error', message: 'Cannot read this note: gone.', range: { start: zero, end: zero } },
      // A problem in a note's own file: among its items, by position.
      { file: notes[4]!.file, code: 'config-problem', severity: 'warning', message: 'odd', range: at(2, 0) },
      { file: 'a-first.yaml', code: 'facts-schema', severity: 'information', message: 'first', range: at(0, 0) },
    ],
  };
}

describe('the format writers = the whole-report formatters they replaced', () => {
  for (const seed of [5, 17]) {
    const report = variedReport(seed);
    it(`seed ${seed}: the fixture has findings of every kind`, () => {
      const codes = new Set(report.notes.flatMap((n) => n.result.findings.map((f) => f.code)));
      for (const code of ['inconsistent', 'supported', 'contradicted', 'unsourced']) expect(codes).toContain(code);
    });
    it(`seed ${seed}: text, colour and --quiet on and off`, () => {
      for (const color of [false, true]) for (const quiet of [false, true]) expect(formatCheckText(report, { color, quiet }) === oracle.formatCheckText(report, { color, quiet })).toBe(true);
    });
    it(`seed ${seed}: github, sarif, json`, () => {
      for (const quiet of [false, true]) expect(formatGithub(report, { quiet }) === oracle.formatGithub(report, { quiet })).toBe(true);
      expect(formatSarif(report, '1.2.3') === oracle.formatSarif(report, '1.2.3')).toBe(true);
      let json = '';
      writeReport(report, jsonWriter(), (t) => (json += t));
      expect(json === oracle.formatJson(report)).toBe(true);
    });
  }
  it('an empty report', () => {
    const empty: CheckReport = { notes: [], inputProblems: [] };
    expect(formatCheckText(empty, { color: false, quiet: false })).toBe(oracle.formatCheckText(empty, { color: false, quiet: false }));
    expect(formatSarif(empty, '1')).toBe(oracle.formatSarif(empty, '1'));
    expect(formatGithub(empty, { quiet: true })).toBe(oracle.formatGithub(empty, { quiet: true }));
  });
});

function workspace(config: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-streamed-'));
  cpSync(path.join(ROOT, 'test/fixtures/consistency/team'), dir, { recursive: true });
  writeFileSync(path.join(dir, '.claimcheck.yaml'), config);
  cpSync(path.join(ROOT, 'examples/facts.yaml'), path.join(dir, 'facts.yaml'));
  // A facts file with problems: input problems printed among the notes (and exit code 2).
  writeFileSync(path.join(dir, 'more-facts.yaml'), 'facts:\n  - id: broken\n    value: lots\n');
  cpSync(path.join(ROOT, 'examples/notes'), path.join(dir, 'notes/examples'), { recursive: true });
  mkdirSync(path.join(dir, 'notes/varied'));
  generateVariedCorpus({ notes: 24, targetBytes: 60_000, seed: 11 }).forEach((text: string, i: number) => {
    writeFileSync(path.join(dir, `notes/varied/n${String(i).padStart(2, '0')}.md`), text);
  });
  // Unreadable (a FIFO, named on the command line): reported in its place, the run goes on.
  execFileSync('mkfifo', [path.join(dir, 'notes/b-pipe.md')]);
  mkdirSync(path.join(dir, 'empty'));
  writeFileSync(path.join(dir, 'empty/plain.md'), '# Reading list\n\nNothing to measure here.\n');
  const written = runBuiltCli(['check', 'empty', '--write-baseline', 'empty.baseline.json'], dir);
  expect(written.status).toBe(0);
  return dir;
}

describe.each([
  ['the consistency pass on', 'severity:\n  unsourced: warning\n'],
  ['the consistency pass off', 'severity:\n  inconsistent: off\n'],
])('check, streamed = the whole-report path, %s', (_name, config) => {
  const dir = workspace(config);
  // The varied notes first, then the rest: not the printed (file) order.
  const inputs = ['notes/varied', 'notes', 'notes/b-pipe.md', '--facts', 'facts.yaml', '--facts', 'more-facts.yaml'];
  it.each([
    ['text', ['--format', 'text']],
    ['text, coloured, --quiet', ['--format', 'text', '--color', '--quiet']],
    ['json', ['--format', 'json']],
    ['sarif', ['--format', 'sarif']],
    ['github', ['--format', 'github']],
  ])('%s: same bytes and exit code on 1 and 2 jobs', (_format, flags) => {
    const whole = runBuiltCli(['check', ...inputs, ...flags, '--jobs', '1', '--baseline', 'empty.baseline.json'], dir);
    expect(whole.status).toBe(2);
    expect(whole.stdout).toMatch(/b-pipe\.md/);
    expect(whole.stdout).toMatch(/broken|more-facts/);
    for (const jobs of ['1', '2']) {
      const streamed = runBuiltCli(['check', ...inputs, ...flags, '--jobs', jobs], dir);
      expect(streamed.status).toBe(whole.status);
      expect(streamed.stderr).toBe(whole.stderr.replace(/.*in the baseline not reported.*\n/, ''));
      expect(streamed.stdout === whole.stdout).toBe(true);
    }
  });
});
