// The `claimcheck` command (dist/cli.js): runs the CLI's bundle (bin.ts, dist/cli-bundle.js) from
// its code cache (node/codeCache.ts). A --jobs worker starts here too, and uses the same cache.
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { codeCacheMode, runBundle } from '../node/codeCache';
import { limitCompiling } from '../node/compilerBudget';

// Before the bundle compiles: V8 takes a cache only under the flags it was made with (a worker shares the process's).
if (isMainThread) limitCompiling();
runBundle(path.join(__dirname, 'cli-bundle.js'), codeCacheMode(process.env.CLAIMCHECK_CODE_CACHE));
