// `npm run demo`: checks the shipped example note against the shipped facts, as a user would run
// it from the examples folder. The example has contradicted figures on purpose, so exit code 1
// (findings) is the expected outcome here; anything else fails the demo.
import { spawnSync } from 'node:child_process';

const run = (args) => {
  console.log(`\n$ claimcheck ${args.join(' ')}   (in examples/)`);
  const { status } = spawnSync(process.execPath, ['../dist/cli.js', ...args], { cwd: 'examples', stdio: 'inherit' });
  return status;
};

const status = run(['check', 'notes/anthropic-compute.md']);
if (status !== 0 && status !== 1) process.exit(status ?? 2);
console.log('\nExit code %d (%s). Try `--as-of today` to see outdated figures, or `--format sarif`.', status, status === 1 ? 'findings at error severity' : 'clean');
