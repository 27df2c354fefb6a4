import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import validateConfig from '../../server/src/core/config/validateConfig.generated';
import validateFacts from '../../server/src/core/facts/validateFacts.generated';
import { root } from './helpers';

const generated = [
  'server/src/core/facts/validateFacts.generated.js',
  'server/src/core/facts/validateFacts.generated.d.ts',
  'server/src/core/config/validateConfig.generated.js',
  'server/src/core/config/validateConfig.generated.d.ts',
];

describe('generated validators', () => {
  const out = mkdtempSync(join(tmpdir(), 'claimcheck-validators-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('are up to date with the schemas (run `node scripts/gen-validators.mjs` if not)', () => {
    execFileSync(process.execPath, [join(root, 'scripts/gen-validators.mjs'), '--out', out]);
    for (const file of generated) {
      expect(readFileSync(join(root, file), 'utf8'), file).toBe(readFileSync(join(out, file), 'utf8'));
    }
  });

  it('need no runtime code generation and no ajv at run time', () => {
    for (const file of generated.filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(root, file), 'utf8');
      expect(code).not.toMatch(/new Function|\beval\(|\brequire\(|from ['"]ajv/);
    }
  });

  it('validate what the schemas say', () => {
    expect(validateFacts({ facts: [] })).toBe(true);
    expect(validateFacts({ fact: [] })).toBe(false);
    expect(validateFacts.errors![0]!.keyword).toBe('additionalProperties');
    expect(validateConfig({ severity: { unsourced: 'off' } })).toBe(true);
    expect(validateConfig({ severity: { unsourced: 'silent' } })).toBe(false);
  });

  it('bundle with esbuild and load the example in a context without eval', async () => {
    const result = await build({
      entryPoints: [join(root, 'server/src/core/facts/loadFacts.ts')],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    const module = { exports: {} as Record<string, unknown> };
    // Code generation from strings is refused in this context, as a strict CSP web worker would.
    runInNewContext(code, { module, exports: module.exports }, { contextCodeGeneration: { strings: false, wasm: false } });
    const loadFacts = module.exports.loadFacts as typeof import('../../server/src/core/facts/loadFacts').loadFacts;
    const text = readFileSync(join(root, 'examples/facts.yaml'), 'utf8');
    const { index, problems } = loadFacts([{ file: 'facts.yaml', text }], { today: '2026-11-25' });
    expect(problems).toEqual([]);
    expect(index.facts).toHaveLength(28);
  });
});
