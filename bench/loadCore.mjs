// Bundles modules of the TypeScript core with esbuild into a temp dir and loads them, so a
// benchmark measures the sources as they are without a separate build step.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `exports`: lines like "export { parseNote } from './server/src/core/parse/parseNote';".
 * `from`: another source tree to bundle (a checkout of another commit, to compare two builds);
 * its imports resolve in this project's node_modules.
 */
export async function loadCore(exports, from = root) {
  const out = mkdtempSync(join(tmpdir(), 'claimcheck-bench-'));
  try {
    await bundleCore(exports, join(out, 'core.cjs'), from);
    return createRequire(import.meta.url)(join(out, 'core.cjs'));
  } catch (err) {
    console.error('Could not bundle the core for the benchmark:', err.message);
    process.exit(1);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The same bundle written to `outfile` (CommonJS), for a benchmark that loads it in a process of its own. */
export async function bundleCore(exports, outfile, from = root) {
  await build({
    stdin: { contents: exports.join('\n'), resolveDir: from, sourcefile: 'bench-entry.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'error',
    nodePaths: [join(root, 'node_modules')],
  });
}
