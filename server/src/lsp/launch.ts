// Entry of dist/server.js: `node dist/server.js --stdio` (as VS Code and other editors start it) or `--node-ipc`. Runs
// the server's bundle (main.ts, dist/server-bundle.js) from its code cache (node/codeCache.ts) where
// the build's Node runs it (Neovim, Helix, Emacs start it with node); VS Code's Electron has a V8 of
// its own, which would refuse it. The facts worker starts here too.
import { launchBundle } from '../node/codeCache';

launchBundle(__dirname, 'server-bundle.js');
