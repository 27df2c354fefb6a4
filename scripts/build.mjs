// Bundles the three entry points (client, server, CLI) into dist/ with esbuild.
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  minify: process.argv.includes('--minify'),
  // ESM-only dependencies (fdir, via tinyglobby) read import.meta.url, which CJS lacks.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  build({
    ...common,
    entryPoints: ['server/src/cli/bin.ts'],
    define: { ...common.define, CLAIMCHECK_VERSION: JSON.stringify(version) },
    outfile: 'dist/cli.js',
    banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
  }),
  // Web extension (package.json `browser`): the client for a web worker extension host, and the
  // server as a plain worker script it starts; both without node built-ins.
  build({ ...common, define: {}, banner: {}, platform: 'browser', target: 'es2022', entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/browser/client.js', external: ['vscode'] }),
  // `worker` picks packages' worker builds: decode-named-character-reference's `browser` one needs `document`.
  build({ ...common, define: {}, banner: {}, platform: 'browser', target: 'es2022', format: 'iife', conditions: ['worker'], entryPoints: ['server/src/lsp/browserMain.ts'], outfile: 'dist/browser/server.js' }),
]);
chmodSync('dist/cli.js', 0o755);
