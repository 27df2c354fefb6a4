// Instructions, not seconds: loading a generated facts file (or, with --notes, checking the bench's
// varied notes), counted by valgrind's callgrind.
// On a shared 2-core machine the same load takes 1.3 s one minute and 1.8 s the next, so a change
// worth 3% cannot be seen in wall time. With V8 on one thread (--single-threaded: no concurrent
// compiler or GC threads) and --predictable (no heuristics timed by the clock: without it the
// collector's schedule moved the 100,000-fact count by ±3%), two runs agreed to 6 parts per million
// for 20,000 facts and to 0.12% for 100,000, so two builds compare in one run each (side by side too).
//   node bench/instructions.mjs [--facts 20000 | --notes 200] [--top 25] [--from <other checkout>]
// Prints the instructions of the work (a run that reads the same inputs without doing it is
// subtracted) and, with --top, the functions that ran the most of them (JIT code named from V8's
// perf map).
// --notes N: checkNote on the first N notes of bench/variedCorpus.mjs (as `npm run bench` makes
// them) against the example facts, less a run that loads the same facts and notes without checking
// them: the CPU row's work, one note after another on one thread, with the CLI's compiler budget
// (node/compilerBudget.ts). 200 notes: ~7.9G instructions, most of them warm-up (baseline code
// and the optimising compiler); ~3 minutes.
// Needs valgrind (Debian: apt-get install valgrind); it runs ~50x slower than node alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleCore, root } from './loadCore.mjs';
import { bigFacts } from '../test/hostile/inputs.mjs';
import { generateVariedCorpus } from './variedCorpus.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const FACTS = Number(arg('--facts', 20_000));
const NOTES = Number(arg('--notes', 0));
const TOP = Number(arg('--top', 0));
const FROM = resolve(arg('--from', root));

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('bench/instructions.mjs needs valgrind (Debian: apt-get install valgrind).');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'claimcheck-instructions-'));
try {
  const what = NOTES > 0 ? `checkNote, ${NOTES.toLocaleString('en')} varied notes` : `loadFacts, ${FACTS.toLocaleString('en')} facts`;
  if (NOTES > 0) await writeCheckRun(dir);
  else await writeLoadRun(dir);
  const baseline = callgrind(dir, 'read');
  const work = callgrind(dir, 'run');
  console.log(`${what} (${FROM === root ? 'this checkout' : FROM}): ${(work.total - baseline.total).toLocaleString('en')} instructions (the process ${work.total.toLocaleString('en')}, without the work ${baseline.total.toLocaleString('en')})`);
  // A run of its own: writing V8's perf map costs instructions the count above leaves out.
  if (TOP > 0) for (const [name, n] of callgrind(dir, 'run', true).top.slice(0, TOP)) console.log(`${(n / 1e6).toFixed(1).padStart(9)}M  ${name}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** run.cjs `read` reads the facts file; `run` loads it too. */
async function writeLoadRun(dir) {
  writeFileSync(join(dir, 'facts.yaml'), bigFacts(FACTS, Math.round(FACTS * 0.3)));
  await bundleCore(["export { loadFacts } from './server/src/core/facts/loadFacts';"], join(dir, 'loader.cjs'), FROM);
  writeFileSync(
    join(dir, 'run.cjs'),
    `const text = require('node:fs').readFileSync(${JSON.stringify(join(dir, 'facts.yaml'))}, 'utf8');\n` +
      `const { loadFacts } = require('./loader.cjs');\n` +
      `if (process.argv[2] === 'run' && loadFacts([{ file: 'facts.yaml', text }], { today: '2026-01-15' }).index.facts.length !== ${FACTS}) process.exit(3);\n`,
  );
}

/** run.cjs `read` loads the example facts and reads the notes; `run` checks each note too. */
async function writeCheckRun(dir) {
  writeFileSync(join(dir, 'notes.json'), JSON.stringify(generateVariedCorpus().slice(0, NOTES)));
  await bundleCore(
    [
      "export { loadFacts } from './server/src/core/facts/loadFacts';",
      "export { checkNote } from './server/src/core/check';",
      "export { defaultConfig } from './server/src/core/config/loadConfig';",
      "export { limitCompiling } from './server/src/node/compilerBudget';",
    ],
    join(dir, 'loader.cjs'),
    FROM,
  );
  writeFileSync(
    join(dir, 'run.cjs'),
    `const { readFileSync } = require('node:fs');\n` +
      // The compiler's budget as the CLI sets it, first thing: without it, 200 notes counted 11.1G, a third of it compiling.
      `const { loadFacts, checkNote, defaultConfig, limitCompiling } = require('./loader.cjs');\n` +
      `limitCompiling();\n` +
      `const notes = JSON.parse(readFileSync(${JSON.stringify(join(dir, 'notes.json'))}, 'utf8'));\n` +
      `const { index } = loadFacts([{ file: 'facts.yaml', text: readFileSync(${JSON.stringify(join(root, 'examples/facts.yaml'))}, 'utf8') }], { today: '2026-01-15' });\n` +
      `let findings = 0;\n` +
      `if (process.argv[2] === 'run') for (const note of notes) findings += checkNote(note, index, defaultConfig, { today: '2026-01-15' }).findings.length;\n` +
      `if (process.argv[2] === 'run' && findings === 0) process.exit(3);\n`,
  );
}

/** The process's instruction count under callgrind; with `annotate`, its functions by instructions, most first. */
function callgrind(cwd, what, annotate = false) {
  const out = join(cwd, `callgrind.${what}.out`);
  const node = ['--single-threaded', '--predictable', ...(annotate ? ['--perf-basic-prof'] : []), 'run.cjs', what];
  const r = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, '--smc-check=all-non-file', process.execPath, ...node], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const total = Number(/Collected : (\d+)/.exec(r.stderr)?.[1]);
  if (r.status !== 0 || !Number.isFinite(total)) throw new Error(`callgrind ${what} failed (${r.status}): ${r.stderr.slice(-800)}`);
  if (!annotate) return { total, top: [] };
  const annotated = spawnSync('callgrind_annotate', ['--threshold=100', out], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
  return { total, top: topFunctions(annotated, jitNames(r.pid)) };
}

/** V8's perf map (/tmp/perf-<pid>.map): JIT code ranges and their function names. */
function jitNames(pid) {
  const file = `/tmp/perf-${pid}.map`;
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } finally {
    rmSync(file, { force: true });
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [start, size, ...name] = line.split(' ');
      return { start: parseInt(start, 16), end: parseInt(start, 16) + parseInt(size, 16), name: name.join(' ') };
    })
    .sort((a, b) => a.start - b.start);
}

function topFunctions(annotated, jit) {
  const byName = new Map();
  for (const line of annotated.split('\n')) {
    const m = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line);
    if (!m || m[2].includes('PROGRAM TOTALS')) continue;
    const n = Number(m[1].replaceAll(',', ''));
    const address = /^\?\?\?:0x([0-9a-f]+)/.exec(m[2]);
    const name = address ? (jitAt(jit, parseInt(address[1], 16)) ?? m[2]) : m[2].replace(/\s*\[[^\]]*\]$/, '');
    byName.set(name, (byName.get(name) ?? 0) + n);
  }
  return [...byName].sort((a, b) => b[1] - a[1]);
}

function jitAt(jit, address) {
  let lo = 0;
  let hi = jit.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (jit[mid].start <= address) lo = mid + 1;
    else hi = mid - 1;
  }
  const found = jit[hi];
  return found && address < found.end ? found.name : undefined;
}
