// `--facts` and the config's `facts` take globs; a plain path to a file is not searched for (the
// search walked folders for an absolute path outside the working folder, ~0.1 s a run), so it must
// give exactly what the search gives: on a real tree, every kind of plain path (relative, `./`,
// `..`, absolute inside and outside the root, in node_modules, .git or a dot folder, a folder, a
// missing file) alone and mixed with globs, against tinyglobby's own answer.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { globSync } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { expandFactsGlobs } from '../../server/src/cli/files';

const tree = mkdtempSync(path.join(tmpdir(), 'claimcheck-facts-globs-'));
const files = ['facts.yaml', 'data/facts.yaml', 'data/more.csv', 'node_modules/pkg/facts.yaml', '.git/facts.yaml', '.hidden/facts.yaml', 'sub/node_modules/facts.yaml', 'outside/facts.yaml', 'outside/node_modules/facts.yaml'];
for (const file of files) {
  mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
  writeFileSync(path.join(tree, file), 'facts: []\n');
}
const root = path.join(tree, 'project');
mkdirSync(root);
for (const file of files.slice(0, 7)) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), 'facts: []\n');
}
afterAll(() => rmSync(tree, { recursive: true, force: true }));

/** What the search alone gives (expandFactsGlobs' options). */
const searched = (globs: string[]) => [...new Set(globSync(globs, { cwd: root, ignore: ['**/node_modules/**', '**/.git/**'], absolute: true, dot: true }))].sort();

const plainPaths = [
  ...files.slice(0, 7),
  ...files.slice(0, 7).map((f) => `./${f}`),
  'data/../facts.yaml',
  'missing.yaml',
  'data/missing.yaml',
  'data',
  '.hidden',
  ...files.map((f) => path.join(tree, f)),
  ...files.map((f) => `../${f}`),
  path.join(root, 'node_modules/pkg/facts.yaml'),
  path.join(root, 'data'),
];

describe('expandFactsGlobs', () => {
  it('gives for each plain path what the search gives', () => {
    for (const plain of plainPaths) expect(expandFactsGlobs([plain], root), plain).toEqual(searched([plain]));
    // The cases that matter, spelled out: a file outside the root is found, one in node_modules under it is not.
    expect(expandFactsGlobs([path.join(tree, 'outside/facts.yaml')], root)).toEqual([path.join(tree, 'outside/facts.yaml').split(path.sep).join('/')]);
    expect(expandFactsGlobs(['node_modules/pkg/facts.yaml'], root)).toEqual([]);
  });

  it('gives for any mix of plain paths and globs what the search gives', () => {
    const globs = ['data/*.yaml', '**/*.csv', '*.yaml', '.hidden/*', '../outside/*.yaml'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...plainPaths, ...globs), { minLength: 1, maxLength: 5 }), (mix) => {
        expect(expandFactsGlobs(mix, root)).toEqual(searched(mix));
      }),
      { numRuns: 200, seed: 4 },
    );
  });
});
