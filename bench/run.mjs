// Runs every bench/*.bench.mjs in sequence, each in its own Node process (so one benchmark's
// JIT state and heap do not skew the next). Exits non-zero if any of them fails.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();
if (benches.length === 0) {
  console.error('No bench/*.bench.mjs found.');
  process.exit(1);
}
let failed = 0;
for (const file of benches) {
  console.log(`\n== ${file}`);
  const r = spawnSync(process.execPath, [join(here, file), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`${file} failed (exit ${r.status ?? r.signal}).`);
  }
}
process.exit(failed > 0 ? 1 : 0);
