import { EXIT } from './exitCodes';
import { runCli } from './main';

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

try {
  process.exitCode = runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    today: localToday(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  });
} catch (error) {
  // A bug, not a user error: one clear line, the stack only on request.
  process.stderr.write(`claimcheck: internal error: ${(error as Error).message}\n`);
  if (process.env.CLAIMCHECK_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  else process.stderr.write('Set CLAIMCHECK_DEBUG=1 for details, and please report it.\n');
  process.exitCode = EXIT.usage;
}
