// Extraction and judging alone, on the varied corpus: parseNote (remark + extraction) and
// judgeNote (entities, metrics, facts, verdicts), each timed in CPU over the same notes. Pass one
// or more source roots (a checkout of another commit, e.g. `git archive main server schemas | tar -x -C
// /tmp/base`) to compare them paired: rounds alternate between the roots, each round with freshly
// loaded facts so no cache carries over, and every root must give the same findings.
// Usage: node bench/judge.bench.mjs [--notes 400] [root ...]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateVariedCorpus } from './variedCorpus.mjs';
import { loadCore, root as here } from './loadCore.mjs';

const args = process.argv.slice(2);
const notesAt = args.indexOf('--notes');
const noteCount = notesAt >= 0 ? Number(args.splice(notesAt, 2)[1]) : 400;
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 3;
const roots = args.length > 0 ? args : [here];

const load = (root) =>
  loadCore(
    [
      "export { parseNote } from './server/src/core/parse/parseNote';",
      "export { judgeNote } from './server/src/core/judge/judgeNote';",
      "export { loadFacts } from './server/src/core/facts/loadFacts';",
      "export { loadConfig } from './server/src/core/config/loadConfig';",
    ],
    root,
  );

const factsText = readFileSync(join(here, 'examples/facts.yaml'), 'utf8');
const notes = generateVariedCorpus({ notes: noteCount, targetBytes: noteCount * 2700 });
const cores = await Promise.all(roots.map(load));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const parsed = cores.map((core) => notes.map((n) => core.parseNote(n, { today: '2025-06-30' })));
const results = roots.map(() => ({ parse: [], judge: [] }));
let reference = null;
for (let r = 0; r < rounds; r++) {
  for (let k = 0; k < cores.length; k++) {
    const i = (k + r) % cores.length;
    const core = cores[i];
    let t = cpu();
    for (const n of notes) core.parseNote(n, { today: '2025-06-30' });
    results[i].parse.push(cpu() - t);
    const { index } = core.loadFacts([{ file: 'facts.yaml', text: factsText }], { today: '2025-06-30' });
    const { config } = core.loadConfig(undefined, '.claimcheck.yaml');
    t = cpu();
    const findings = parsed[i].map((note) => core.judgeNote(note, index, { config, statements: [] }));
    results[i].judge.push(cpu() - t);
    const digest = JSON.stringify(findings.map((fs) => fs.map((f) => [f.code, f.claim.offset.start, f.message])));
    if (reference === null) reference = digest;
    else if (digest !== reference) throw new Error(`${roots[i]} gives other findings than ${roots[0]}`);
  }
}
const range = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} ms`;
const bytes = notes.reduce((n, s) => n + Buffer.byteLength(s), 0);
console.log(`${notes.length} varied notes, ${(bytes / 1e6).toFixed(2)} MB, ${rounds} rounds, CPU:`);
roots.forEach((root, i) => console.log(`  ${root}: parseNote ${range(results[i].parse)}, judgeNote ${range(results[i].judge)}`));
if (roots.length > 1) {
  // Each round ran every root back to back: the per-round ratio is the paired measure.
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (let i = 1; i < roots.length; i++) {
    for (const what of ['parse', 'judge']) {
      const ratios = results[i][what].map((t, r) => t / results[0][what][r]);
      const best = Math.min(...results[i][what]) / Math.min(...results[0][what]);
      console.log(`  ${what} ${roots[i]} / ${roots[0]}: median ${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×), best of each ${best.toFixed(2)}×`);
    }
  }
  console.log('  same findings from every root');
}
