// Issue 12's targets, each measured beside its peer in the same run, on a generated varied corpus
// (bench/variedCorpus.mjs): CLI CPU, wall, cache and memory against remark and markdownlint-cli2,
// and the server's keystroke and open latencies on a varied 100 KB note (also while the server works
// in the background: bench/backgroundTyping.mjs), and Check Workspace as the server starts
// (bench/workspaceCheck.mjs). Prints a table and
// writes artifacts/bench.json. Options: --runs N (N rounds, each running every CLI command once:
// medians, and each ratio the median of its rounds'; the server rows the median of N; default 3),
// --notes N (default 2000), --edits N (keystrokes, default 200).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateVariedCorpus, VARIED_CORPUS_CONFIG } from './variedCorpus.mjs';
import { factsScaleRows } from './factsScale.mjs';
import { serverLatencies } from './serverLatency.mjs';
import { backgroundTyping } from './backgroundTyping.mjs';
import { workspaceCheck } from './workspaceCheck.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) || dflt : dflt;
};
const RUNS = arg('--runs', 3);
const NOTES = arg('--notes', 2000);
const EDITS = arg('--edits', 200);

const cli = join(root, 'dist/cli.js');
const server = join(root, 'dist/server.js');
if (!existsSync(cli) || !existsSync(server)) {
  console.error('dist/ is missing: run `npm run build` (npm run bench does).');
  process.exit(1);
}
const markdownlint = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout;
const hasJobs = help.includes('--jobs');
const hasCache = help.includes('--cache');

// ---------------------------------------------------------------- the corpus on disk
const work = mkdtempSync(join(tmpdir(), 'claimcheck-bench-'));
const corpusDir = join(work, 'corpus');
mkdirSync(corpusDir);
const notes = generateVariedCorpus({ notes: NOTES });
let corpusBytes = 0;
notes.forEach((n, i) => {
  writeFileSync(join(corpusDir, `note-${String(i).padStart(5, '0')}.md`), n);
  corpusBytes += Buffer.byteLength(n);
});
copyFileSync(join(root, 'examples/facts.yaml'), join(work, 'facts.yaml'));
writeFileSync(join(work, '.claimcheck.yaml'), VARIED_CORPUS_CONFIG);
const distinctBodies = new Set(notes).size;
console.log(`corpus: ${notes.length} notes (${distinctBodies} distinct), ${(corpusBytes / 1e6).toFixed(2)} MB; ${availableParallelism()} cores; ${RUNS} rounds`);

/** Runs a script under bench/measure.mjs: wall ms (spawn to exit), CPU ms, peak RSS MB, exit code. */
function measureOnce(script, args, env = process.env) {
  const stats = join(work, 'stats.json');
  rmSync(stats, { force: true });
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(here, 'measure.mjs'), stats, script, ...args], { cwd: work, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = performance.now() - t;
  if (!existsSync(stats)) throw new Error(`${script} ${args.join(' ')} did not finish (exit ${r.status ?? r.signal}): ${r.stderr.slice(0, 500)}`);
  const s = JSON.parse(require('node:fs').readFileSync(stats, 'utf8'));
  // Exit 0 or 1 is a finished check (1: findings); anything else means the run broke: no number.
  if (s.code > 1) throw new Error(`${script} ${args.join(' ')} exited ${s.code}: ${r.stderr.slice(0, 500)}`);
  return { wallMs, cpuMs: s.cpuMs, rssMB: s.maxRssMB, code: s.code };
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Runs every command once per round, RUNS rounds: a row and its peer run minutes apart at most, not
 * one's three runs after the other's, so a shared host's slow minutes fall on both alike.
 * `commands`: name -> [script, args, before?]. Returns each command's runs, in round order.
 */
function measureRounds(commands) {
  const runs = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, [script, args, before]] of Object.entries(commands)) {
      before?.();
      runs[name].push(measureOnce(script, args));
    }
  }
  return runs;
}
/** Each measure's median over a command's runs. */
const medians = (runs) => ({ wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)), rssMB: median(runs.map((r) => r.rssMB)), code: runs[0].code });
/** A row's ratio: the median of its rounds' ratios (each taken in the same minutes), and their range. */
function pairedRatio(ours, peer, measure) {
  const each = ours.map((r, i) => r[measure] / peer[i][measure]);
  return { ratio: median(each), low: Math.min(...each), high: Math.max(...each) };
}

const check = (...extra) => ['check', 'corpus', '--facts', 'facts.yaml', ...extra];
const jobs1 = hasJobs ? ['--jobs', '1'] : [];
const cacheLoc = join(work, 'cache');
const runs = measureRounds({
  remark: [join(here, 'peers/remark.mjs'), ['corpus']],
  cc1: [cli, check(...jobs1)],
  ...(hasJobs ? { ccDefault: [cli, check()] } : {}),
  mdl: [markdownlint, ['corpus/*.md']],
  ccJson: [cli, check('--format', 'json', ...jobs1)],
  ...(hasCache
    ? {
        cacheCold: [cli, check('--cache', '--cache-location', cacheLoc), () => rmSync(cacheLoc, { recursive: true, force: true })],
        cacheWarm: [cli, check('--cache', '--cache-location', cacheLoc)],
      }
    : {}),
});
runs.ccDefault ??= runs.cc1;
const [remark, cc1, ccDefault, mdl, ccJson] = [runs.remark, runs.cc1, runs.ccDefault, runs.mdl, runs.ccJson].map(medians);
const [cacheCold, cacheWarm] = hasCache ? [medians(runs.cacheCold), medians(runs.cacheWarm)] : [null, null];
const paired = {
  cpu: pairedRatio(runs.cc1, runs.remark, 'cpuMs'),
  wall: pairedRatio(runs.ccDefault, runs.mdl, 'wallMs'),
  cache: hasCache ? pairedRatio(runs.cacheWarm, runs.cacheCold, 'wallMs') : null,
  rss: pairedRatio(runs.ccJson, runs.remark, 'rssMB'),
};

// ---------------------------------------------------------------- the CLI's start-up: the code cache
// One short check (the example note) is mostly start-up: the bundle compiled, then each function it
// calls. Many rounds, each run with the build's code cache beside one with it off.
const STARTUP_ROUNDS = 15;
copyFileSync(join(root, 'examples/notes/anthropic-compute.md'), join(work, 'example.md'));
const startup = { cached: [], off: [] };
for (let i = 0; i < STARTUP_ROUNDS; i++) {
  startup.cached.push(measureOnce(cli, ['check', 'example.md', '--facts', 'facts.yaml']));
  startup.off.push(measureOnce(cli, ['check', 'example.md', '--facts', 'facts.yaml'], { ...process.env, CLAIMCHECK_CODE_CACHE: 'off' }));
}
paired.startup = pairedRatio(startup.cached, startup.off, 'wallMs');
rmSync(work, { recursive: true, force: true });

// ---------------------------------------------------------------- the server
// Like the other rows, the median of RUNS runs, each with a fresh server; the label gives the range of their p95s.
const lspRuns = [];
for (let i = 0; i < RUNS; i++) lspRuns.push(await serverLatencies({ server, edits: EDITS }));
const lspMedian = (k) => (lspRuns.some((r) => r[k] === null) ? null : median(lspRuns.map((r) => r[k])));
const lsp = { ...lspRuns[0], ...Object.fromEntries(['p50', 'p95', 'max', 'openMs', 'openWholeMs', 'serverRssMB', 'serverPeakRssMB', 'serverCpuMsPerEdit'].map((k) => [k, lspMedian(k)])) };
const p95s = lspRuns.map((r) => r.p95).sort((a, b) => a - b);

// ---------------------------------------------------------------- typing while the server works in the background
// Once (it takes a minute): 500 other notes, the index built after the open, Find References, then Check Workspace.
const background = await backgroundTyping({ server, notes: 500, edits: EDITS });

// ---------------------------------------------------------------- Check Workspace right after the server starts
// Once: asked while the workspace index still reads the notes, against asked once it is built.
const checkWorkspace = await workspaceCheck({ server, notes: 500 });

// ---------------------------------------------------------------- facts at scale (issue 12's last row)
const factsRows = await factsScaleRows({ runs: RUNS });

// ---------------------------------------------------------------- report
const fmtMs = (ms) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`);
const range = (p) => (RUNS > 1 ? `; rounds ${p.low.toFixed(2)}–${p.high.toFixed(2)}×` : '');
const rows = [
  { id: 'cpu-1-job-vs-remark', what: `full check CPU, 1 job${hasJobs ? '' : ' (no --jobs yet)'}, vs remark+gfm+frontmatter${range(paired.cpu)}`, ours: cc1.cpuMs, peer: remark.cpuMs, unit: 'ms CPU', ratio: paired.cpu.ratio, target: 1.2 },
  { id: 'wall-default-jobs-vs-markdownlint', what: `full check wall, default jobs${hasJobs ? '' : ' (no --jobs yet: 1)'}, vs markdownlint-cli2${range(paired.wall)}`, ours: ccDefault.wallMs, peer: mdl.wallMs, unit: 'ms wall', ratio: paired.wall.ratio, target: 0.6 },
  cacheWarm
    ? { id: 'cache-recheck-vs-cold', what: `re-check of the unchanged corpus with --cache, vs cold${range(paired.cache)}`, ours: cacheWarm.wallMs, peer: cacheCold.wallMs, unit: 'ms wall', ratio: paired.cache.ratio, target: 0.1 }
    : { id: 'cache-recheck-vs-cold', what: 're-check with --cache vs cold (no --cache yet)', ours: null, peer: null, unit: 'ms wall', ratio: null, target: 0.1, isRatio: true },
  { id: 'rss-json-vs-remark', what: `peak memory, --format json, 1 job, vs remark alone${range(paired.rss)}`, ours: ccJson.rssMB, peer: remark.rssMB, unit: 'MB RSS', ratio: paired.rss.ratio, target: 1.5 },
  { id: 'keystroke-p95', what: `keystroke → diagnostics p95, debounce 0, varied ${lsp.noteKB} KB note (${p95s[0].toFixed(1)}–${p95s.at(-1).toFixed(1)} ms over ${RUNS} runs; p50 ${lsp.p50.toFixed(1)} ms${lsp.serverRssMB === null ? '' : `; server ${lsp.serverRssMB.toFixed(0)} MB RSS after ${lsp.edits} edits`})`, ours: lsp.p95, peer: null, unit: 'ms', ratio: null, target: 30 },
  ...[
    ['index', 'while the workspace index of the other notes is built (the first keystrokes after opening the note)', background.duringIndex],
    ['references', `while a first Find References runs over the other notes (it answered ${(background.referencesMs / 1000).toFixed(1)} s after it was asked, ${background.referencesAfterTyping ? 'after' : 'before'} the typing ended)`, background.duringReferences],
    ['check-workspace', 'while Check Workspace runs', background.duringCheckWorkspace],
  ].map(([id, when, phase]) => ({
    id: `keystroke-p95-${id}-vs-idle`,
    what: `keystroke → diagnostics p95 ${when}, ${background.notes} notes, vs the server idle (one run; p50 ${phase.p50.toFixed(1)} vs ${background.idle.p50.toFixed(1)} ms; server CPU share while typing ${phase.serverCpuShare?.toFixed(2) ?? '—'} vs ${background.idle.serverCpuShare?.toFixed(2) ?? '—'}; target ours: typing never waits on background work)`,
    ours: phase.p95,
    peer: background.idle.p95,
    unit: 'ms',
    ratio: phase.p95 / background.idle.p95,
    target: 1.25,
  })),
  {
    id: 'check-workspace-at-start-vs-indexed',
    what: `Check Workspace of ${checkWorkspace.notes} notes asked as the server starts (the index still reading them), vs once the index is built (one run; ${checkWorkspace.atOnce.publishes} vs ${checkWorkspace.indexed.publishes} publishes; server CPU ${fmtMs(checkWorkspace.atOnce.cpuMs)} vs ${fmtMs(checkWorkspace.indexed.cpuMs)}; target ours: each note read at most twice, the index's read and the check's)`,
    ours: checkWorkspace.atOnce.ms,
    peer: checkWorkspace.indexed.ms,
    unit: 'ms',
    ratio: checkWorkspace.atOnce.ms / checkWorkspace.indexed.ms,
    target: 2.2,
  },
  { id: 'cli-startup-code-cache-vs-off', what: `one short check (the example note), spawn to exit, with the build's code cache vs CLAIMCHECK_CODE_CACHE=off (median of ${STARTUP_ROUNDS} paired rounds, ${paired.startup.low.toFixed(2)}–${paired.startup.high.toFixed(2)}×; CPU ${median(startup.cached.map((r) => r.cpuMs)).toFixed(0)} vs ${median(startup.off.map((r) => r.cpuMs)).toFixed(0)} ms; target ours)`, ours: median(startup.cached.map((r) => r.wallMs)), peer: median(startup.off.map((r) => r.wallMs)), unit: 'ms wall', ratio: paired.startup.ratio, target: 0.85 },
  { id: 'open-first-diagnostics', what: `open a varied ${lsp.noteKB} KB note → first diagnostics (its top; the whole note ${lsp.openWholeMs.toFixed(0)} ms)`, ours: lsp.openMs, peer: null, unit: 'ms', ratio: null, target: 250 },
  ...factsRows,
];
const fmt = (n) => (n === null ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
console.log('');
console.log('| what | claimcheck | peer | ratio | target | met |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  const value = r.ratio ?? r.ours;
  const met = value === null ? '—' : value <= r.target ? 'yes' : 'no';
  console.log(`| ${r.what} | ${fmt(r.ours)} ${r.unit} | ${r.peer === null ? '—' : `${fmt(r.peer)} ${r.unit}`} | ${r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`} | ≤ ${r.target}${r.ratio === null && !r.isRatio ? ` ${r.unit === 'MB' ? 'MB' : 'ms'}` : '×'} | ${met} |`);
}
const summary = {
  date: new Date().toISOString(),
  node: process.version,
  cores: availableParallelism(),
  runs: RUNS,
  corpus: { notes: notes.length, distinct: distinctBodies, bytes: corpusBytes },
  measured: { startup, remark, claimcheck1Job: cc1, claimcheckDefaultJobs: ccDefault, markdownlintCli2: mdl, claimcheckJson: ccJson, cacheCold, cacheWarm, lsp, lspRuns, background, checkWorkspace },
  rounds: runs,
  paired,
  rows,
};
mkdirSync(join(root, 'artifacts'), { recursive: true });
writeFileSync(join(root, 'artifacts/bench.json'), JSON.stringify(summary, null, 2) + '\n');
console.log('\nwrote artifacts/bench.json');
