// The `claimcheck` command (dist/cli.js): runs the CLI's bundle (bin.ts, dist/cli-bundle.js) from
// its code cache (node/codeCache.ts). A --jobs worker starts here too, and uses the same cache.
import { launchBundle } from '../node/codeCache';

launchBundle(__dirname, 'cli-bundle.js');
