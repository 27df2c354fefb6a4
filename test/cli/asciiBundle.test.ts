// The build writes pure ASCII bundles (scripts/build.mjs: V8 holds a script's source two bytes a
// character otherwise), escaping the non-ASCII characters esbuild leaves in regular expressions.
// The escaped bundle must read notes exactly as the sources do: a note whose figures need those
// expressions (a curly apostrophe in a name, "3×10⁶", "€", a dash) gives the same JSON from the
// built CLI as from the CLI's code run here.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../server/src/cli/main';
import { localDay } from '../../server/src/core/localDay';
import { exampleWorkspace, ROOT, runBuiltCli } from './cliHarness';
import { asciiBundle } from '../../scripts/asciiBundle.mjs';

/** Every script the build wrote. */
const bundles = (): string[] =>
  (readdirSync(path.join(ROOT, 'dist'), { recursive: true }) as string[]).filter((f) => f.endsWith('.js')).map((f) => path.join('dist', f));

const NOTE = `# Acme’s year

Acme’s revenue reached €2.5 billion in 2024 — up from €1.9 billion in 2023.
Anthropic’s valuation was $61.5 billion in March 2025, and it serves 3×10⁶ users.
Its run-rate hit 10⁹ dollars; the O’Brien fund’s stake is 12%.
`;

describe('ASCII bundles', () => {
  it('every bundle is pure ASCII', () => {
    const files = bundles();
    // The client, the server and the CLI, and the web extension's client and server.
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      expect(/[^\x00-\x7f]/.exec(text)?.index, file).toBeUndefined();
    }
  });

  it('the built CLI reads a note with curly apostrophes, ×10⁶, € and dashes as the sources do', () => {
    const dir = exampleWorkspace();
    writeFileSync(path.join(dir, 'notes/symbols.md'), NOTE);
    const args = ['check', 'notes/symbols.md', '--format', 'json', '--jobs', '1'];
    let stdout = '';
    const status = runCli(args, { cwd: dir, today: localDay(new Date()), stdout: (t) => (stdout += t), stderr: () => {}, isTty: false });
    const built = runBuiltCli(args, dir);
    expect(built.status).toBe(status);
    expect(built.stdout).toBe(stdout);
    const claims = (JSON.parse(stdout) as { text: string | null }[]).map((e) => e.text);
    // Not vacuous: the figures that need the escaped expressions are read.
    expect(claims).toEqual(expect.arrayContaining(['€2.5 billion', '$61.5 billion', '12%']));
    expect(claims.some((t) => t?.includes('10⁶'))).toBe(true);
  });

  it('keeps the source map true: every name after an escape on a minified line maps back to itself', () => {
    // One long line, as minified: regular expressions with characters esbuild leaves as written, then code.
    const source = [
      "export const apostrophe = /[’‘]s\\b/u.test(input);",
      "export const dash = /\\s[—–]\\s/.exec(input);",
      'export function later(alpha, beta) {',
      '  return alpha.concat(beta, /×10[⁰¹²³⁴⁵⁶⁷⁸⁹]+/.source);',
      '}',
      'export const last = later(apostrophe, dash);',
    ].join('\n');
    const out = transformSync(source, { loader: 'js', format: 'esm', minifyWhitespace: true, sourcemap: 'external', sourcefile: 'input.js' });
    expect(out.code.trimEnd().split('\n')).toHaveLength(1);
    const ascii = asciiBundle('input.js', out.code, JSON.parse(out.map) as SourceMapPayload);
    expect(/[^\x00-\x7f]/.test(ascii.code)).toBe(false);
    const map = new SourceMap(ascii.map);
    const sourceLines = source.split('\n');
    let checked = 0;
    // Up to esbuild's own `export{…}` clause, which maps to no name of the source.
    const code = ascii.code.slice(0, ascii.code.indexOf('export{'));
    for (const m of code.matchAll(/\b(alpha|beta|later|apostrophe|dash|last|concat|source)\b/g)) {
      const entry = map.findEntry(0, m.index!) as { originalLine: number; originalColumn: number };
      const original = sourceLines[entry.originalLine]!.slice(entry.originalColumn);
      expect(original.startsWith(m[1]!), `${m[1]} at column ${m.index} maps to "${original.slice(0, 20)}"`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });
});
