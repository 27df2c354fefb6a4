import { EXIT } from './exitCodes';
import { runCli } from './main';
import { localDay } from '../core/localDay';
import { isCheckWorker, runCheckWorker } from './checkWorker';
import { syncOutput } from './syncOutput';

// The same bundle runs the CLI and, in a worker thread, checks notes for it (--jobs).
if (isCheckWorker()) runCheckWorker();
else runMain();

/**
 * A reader that stops early (`claimcheck … | head`): the rest of the output is dropped, quietly,
 * and the run still ends with its verdict's exit code (a check with errors exits 1).
 */
function untilReaderLeaves(write: (text: string) => void): (text: string) => void {
  let gone = false;
  return (text) => {
    if (gone) return;
    try {
      write(text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
      gone = true;
    }
  };
}

function runMain(): void {
  // A reader that stops early (`claimcheck … | head`) closes the pipe: stop quietly with the
  // run's exit code instead of an unhandled EPIPE stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? EXIT.ok);
    });
  }
  try {
    process.exitCode = runCli(process.argv.slice(2), {
      cwd: process.cwd(),
      today: localDay(new Date()),
      // A terminal keeps Node's stream (it writes Unicode to a Windows console); a pipe or file is written in step with the check.
      stdout: process.stdout.isTTY ? (t) => process.stdout.write(t) : untilReaderLeaves(syncOutput(1)),
      stderr: (t) => process.stderr.write(t),
      isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
      // The launcher (dist/cli.js) when it ran this bundle: a worker starts there too, from the code cache.
      workerScript: require.main?.filename ?? __filename,
    });
  } catch (error) {
    // A bug, not a user error: one clear line, the stack only on request.
    process.stderr.write(`claimcheck: internal error: ${(error as Error).message}\n`);
    if (process.env.CLAIMCHECK_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    else process.stderr.write('Set CLAIMCHECK_DEBUG=1 for details, and please report it.\n');
    process.exitCode = EXIT.usage;
  }
}
