// Bundles the three entry points (client, server, CLI) into dist/ with esbuild.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { asciiBundle } from './asciiBundle.mjs';
import { trainServer } from './serverTraining.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // Minified: V8 keeps each script's source on the heap for its whole life (the CLI's 1.5 MB in
  // the CLI and in each of its workers, the server's 1.9 MB), and every MB the heap keeps live lets
  // the collector grow ~4 MB more before it collects. Stack traces map back with the source maps
  // (NODE_OPTIONS=--enable-source-maps); `--no-minify` builds readable bundles to step through.
  minify: !process.argv.includes('--no-minify'),
  // ESM-only dependencies (fdir, via tinyglobby) read import.meta.url, which CJS lacks.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const bundles = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The language server: dist/server.js launches its bundle as the CLI's does.
  { ...common, define: {}, banner: {}, entryPoints: ['server/src/lsp/launch.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server-bundle.js' },
  // The CLI: `claimcheck` (dist/cli.js) is a small launcher that runs the bundle from its code cache.
  { ...common, define: {}, banner: { js: '#!/usr/bin/env node' }, entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/cli.js' },
  { ...common, entryPoints: ['server/src/cli/bin.ts'], define: { ...common.define, CLAIMCHECK_VERSION: JSON.stringify(version) }, outfile: 'dist/cli-bundle.js' },
  // Web extension (package.json `browser`): the client for a web worker extension host, and the
  // server as a plain worker script it starts; both without node built-ins.
  { ...common, define: {}, banner: {}, platform: 'browser', target: 'es2022', entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/browser/client.js', external: ['vscode'] },
  // `worker` picks packages' worker builds: decode-named-character-reference's `browser` one needs `document`.
  { ...common, define: {}, banner: {}, platform: 'browser', target: 'es2022', format: 'iife', conditions: ['worker'], entryPoints: ['server/src/lsp/browserMain.ts'], outfile: 'dist/browser/server.js' },
];
await Promise.all(bundles.map((options) => build(options)));
for (const { outfile: file } of bundles) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const ascii = asciiBundle(file, code, map);
  if (ascii.code === code) continue;
  writeFileSync(file, ascii.code);
  writeFileSync(`${file}.map`, JSON.stringify(ascii.map));
}
chmodSync('dist/cli.js', 0o755);

// The code caches (server/src/node/codeCache.ts): the bytecode a check of the example compiles,
// made by this Node for these bundles. Another Node's V8 refuses them and compiles as before.
const training = spawnSync(process.execPath, ['../dist/cli.js', 'check', 'notes/anthropic-compute.md'], {
  cwd: 'examples',
  env: { ...process.env, CLAIMCHECK_CODE_CACHE: 'write' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (training.status !== 0 && training.status !== 1) {
  console.error(`build: the CLI's training run for its code cache exited ${training.status ?? training.signal}`);
  process.exit(1);
}
// The server's, from a session on the example (for editors that start it with node).
await trainServer('dist/server.js', 'examples', 'notes/anthropic-compute.md').catch((error) => {
  console.error(`build: the language server's training run for its code cache failed: ${error.message}`);
  process.exit(1);
});
