// Hostile inputs from issue 11 at their real sizes: each pathological note's check time (with the
// default work budget, as users get it, and with the budget lifted, to show the work is near
// linear), and facts at scale (100,000 facts, 30,000 entities: load time and memory, one check).
// Each measurement runs in its own child process so one input's heap does not skew the next.
// `node bench/hostile.bench.mjs --quick` runs a tenth of each size.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const quick = process.argv.includes('--quick');
const scale = (n) => (quick ? Math.ceil(n / 10) : n);

const NOTES = [
  ['table, 20,000 rows', 'bigTable', scale(20000)],
  ['one 1.9 MB line', 'longLine', scale(1_900_000)],
  ['100,000 `$1` tokens', 'dollarTokens', scale(100_000)],
  ['40 KB nested emphasis', 'nestedEmphasis', scale(40_000)],
  ['40 KB bracket runs', 'bracketRuns', scale(40_000)],
  ['5,000 nested quotes', 'deepNesting:quote', scale(5000)],
  ['3,000 nested list markers', 'deepNesting:list', scale(3000)],
];

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv.slice(4));
} else {
  console.log('note input                       size      default budget              budget lifted');
  for (const [label, generator, size] of NOTES) {
    const out = run(['note', generator, String(size)]);
    console.log(`${label.padEnd(32)} ${out}`);
  }
  const facts = quick ? [10000, 3000] : [100000, 30000];
  console.log(`\nfacts at scale: ${run(['facts', String(facts[0]), String(facts[1])])}`);
}

function run(args) {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', ...args], { encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) return `failed (${r.signal ?? r.status}) ${r.stderr.slice(0, 300)}`;
  return r.stdout.trim();
}

async function child(kind, args) {
  const { loadCore } = await import('./loadCore.mjs');
  const gen = await import('../test/hostile/inputs.mjs');
  const core = await loadCore([
    "export { checkNote } from './server/src/core/check';",
    "export { loadFacts } from './server/src/core/facts/loadFacts';",
    "export { loadConfig } from './server/src/core/config/loadConfig';",
  ]);
  const { config } = core.loadConfig(undefined, '.claimcheck.yaml');
  const today = '2026-01-15';
  if (kind === 'note') {
    const [generator, size] = args;
    const [name, variant] = generator.split(':');
    const text = variant ? gen[name](Number(size), variant) : gen[name](Number(size));
    const { index } = core.loadFacts([{ file: 'facts.yaml', text: gen.bigFacts(200, 50) }], { today });
    const timed = (cfg) => {
      const t = performance.now();
      const r = core.checkNote(text, index, cfg, { today });
      const ms = performance.now() - t;
      const notChecked = r.note.problems.find((p) => p.code === 'not-checked');
      return `${ms.toFixed(0).padStart(6)} ms ${notChecked ? 'not-checked'.padEnd(13) : `${r.note.claims.length} claims`.padEnd(13)}`;
    };
    // Warm the JIT on a small input of the same shape, so the first timing is not compile time.
    const small = variant ? gen[name](Math.ceil(Number(size) / 50), variant) : gen[name](Math.ceil(Number(size) / 50));
    core.checkNote(small, index, { ...config, budget: { claims: 1e9, numbers: 1e9, markers: 1e9, nesting: 1e9 } }, { today });
    const size_ = `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`.padStart(8);
    console.log(`${size_}  ${timed(config)}  ${timed({ ...config, budget: { claims: 1e9, numbers: 1e9, markers: 1e9, nesting: 1e9 } })}`);
  } else {
    const [facts, entities] = args.map(Number);
    const text = gen.bigFacts(facts, entities);
    globalThis.gc?.();
    const before = process.memoryUsage();
    const t = performance.now();
    const { index, problems } = core.loadFacts([{ file: 'facts.yaml', text }], { today });
    const loadMs = performance.now() - t;
    const peak = process.memoryUsage();
    globalThis.gc?.();
    const after = process.memoryUsage();
    const note = `---\ndate: 2025-06-30\n---\nEntity 5 Holdings revenue was $12 million in 2024. Ent77 Group raised $3 million. E123H was valued at $9 million in 2023.\n`;
    const t2 = performance.now();
    core.checkNote(note, index, config, { today });
    const checkMs = performance.now() - t2;
    const mb = (n) => `${(n / 1e6).toFixed(0)} MB`;
    console.log(
      `${facts} facts, ${entities} entities (${mb(Buffer.byteLength(text))} of YAML): load ${loadMs.toFixed(0)} ms, ` +
        `heap after load +${mb(after.heapUsed - before.heapUsed)}, rss at end of load ${mb(peak.rss)}; ${index.facts.length} facts, ${problems.length} problems; ` +
        `check one note ${checkMs.toFixed(0)} ms`,
    );
  }
}
