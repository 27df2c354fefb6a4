// Every temporary folder the tests make (mkdtemp under os.tmpdir(), the CLI runs' scratch files)
// goes in one folder of this run, removed when it ends: a run left ~500 folders in /tmp (~1 GB with
// the hostile inputs' large facts files), and repeated runs filled the disk. Workers and the
// processes tests spawn inherit the environment, so os.tmpdir() is this folder for all of them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const runFolder = mkdtempSync(path.join(tmpdir(), 'claimcheck-test-run-'));
  // os.tmpdir() reads TMPDIR on POSIX, TEMP and TMP on Windows.
  for (const name of ['TMPDIR', 'TEMP', 'TMP']) process.env[name] = runFolder;
  return () => rmSync(runFolder, { recursive: true, force: true });
}
