// Runs a Node script in this process and, when the process exits, writes its CPU time (user +
// system, every thread) and peak resident memory to a JSON file: the same yardstick for
// claimcheck and its peers. Usage: node measure.mjs <stats.json> <script> [args…]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [statsFile, script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', (code) => {
  const cpu = process.cpuUsage();
  const usage = process.resourceUsage();
  writeFileSync(statsFile, JSON.stringify({ code, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: usage.maxRSS / 1024 }));
});
await import(pathToFileURL(resolve(script)).href);
