// The extension manifest and the code agree: every contributed command has a handler, every
// contributed file exists, and the .vsix carries no dev files.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Commands } from '../../server/src/lsp/protocol';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const activateSource = readFileSync('client/src/activate.ts', 'utf8');
const constantsSource = readFileSync('client/src/statusText.ts', 'utf8') + readFileSync('server/src/lsp/protocol.ts', 'utf8');

describe('package.json contributions', () => {
  it('has a handler for every contributed command (client or server) and contributes every handler', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    const registered = new Set<string>(Object.values(Commands));
    for (const m of activateSource.matchAll(/registerCommand\(\s*(Commands\.\w+|[A-Z_]+|'[\w.]+')/g)) {
      const ref = m[1];
      if (ref.startsWith('Commands.')) registered.add(Commands[ref.slice('Commands.'.length) as keyof typeof Commands]);
      else if (ref.startsWith("'")) registered.add(ref.slice(1, -1));
      else registered.add(new RegExp(`export const ${ref} = '([\\w.]+)'`).exec(constantsSource)![1]);
    }
    expect(contributed).toEqual([...registered].sort());
    // In the palette and the context menu alike, every command reads "Claimcheck: ...".
    for (const c of pkg.contributes.commands) expect(c.category === 'Claimcheck' || c.title.startsWith('Claimcheck: '), c.command).toBe(true);
  });

  it('activates on markdown and on facts files, and declares untrusted and virtual workspace support', () => {
    expect(pkg.activationEvents).toEqual(expect.arrayContaining(['onLanguage:markdown', 'workspaceContains:.claimcheck.yaml', 'workspaceContains:facts.yaml']));
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe(true);
    expect(pkg.capabilities.virtualWorkspaces).toBeDefined();
    expect(pkg.main).toBe('./dist/client.js');
  });

  it('points yamlValidation and grammars at files that exist', () => {
    for (const v of pkg.contributes.yamlValidation) expect(existsSync(v.url), v.url).toBe(true);
    const facts = pkg.contributes.yamlValidation.find((v: { url: string }) => v.url.endsWith('facts.schema.json'));
    expect(facts.fileMatch).toEqual(expect.arrayContaining(['facts.yaml', 'facts/**/*.yaml', '*.facts.yaml']));
    for (const g of pkg.contributes.grammars) {
      expect(existsSync(g.path)).toBe(true);
      expect(JSON.parse(readFileSync(g.path, 'utf8')).scopeName).toBe(g.scopeName);
      expect(g.injectTo).toEqual(['text.html.markdown']);
    }
  });

  it('describes every setting', () => {
    const props = pkg.contributes.configuration.properties;
    expect(Object.keys(props).sort()).toEqual(['claimcheck.checkWithoutFacts', 'claimcheck.enable', 'claimcheck.inlayHints.enable', 'claimcheck.trace.server']);
    for (const p of Object.values(props) as { description: string; markdownDescription: string }[]) {
      expect(p.description.length).toBeGreaterThan(30);
      expect(p.markdownDescription.length).toBeGreaterThan(30);
    }
    // Quiet by default: no checks without facts, no hints in the prose.
    expect(props['claimcheck.checkWithoutFacts'].default).toBe(false);
    expect(props['claimcheck.inlayHints.enable'].default).toBe(false);
  });

  it('packages only bundles, schemas, the grammar and docs', () => {
    const ignore = readFileSync('.vscodeignore', 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(ignore[0]).toBe('**');
    expect(ignore.slice(1).every((l) => l.startsWith('!'))).toBe(true);
    expect(ignore).not.toContain('!dist/*.map');
    expect(pkg.scripts.package).toContain('vsce package --no-dependencies');
  });

  it('is ready for the Marketplace: icon, changelog, categories, keywords, author, links', () => {
    const png = readFileSync(pkg.icon);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
    expect(existsSync('CHANGELOG.md')).toBe(true);
    expect(readFileSync('CHANGELOG.md', 'utf8')).toContain(`## ${pkg.version}`);
    expect(pkg.categories).toEqual(expect.arrayContaining(['Linters', 'Other']));
    expect(pkg.keywords.length).toBeGreaterThanOrEqual(5);
    expect(pkg.author.name).toBeTruthy();
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs.url).toMatch(/^https:\/\//);
  });

  it('ships the user README with its picture inside the .vsix, and no CLI bundle', () => {
    const ignore = readFileSync('.vscodeignore', 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(pkg.scripts.package).toContain('--readme-path README.vscode.md');
    expect(pkg.scripts.package).toContain('--no-rewrite-relative-links');
    const readme = readFileSync('README.vscode.md', 'utf8');
    for (const [, target] of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
      expect(target, 'images in the packaged README are local files').not.toMatch(/^https?:/);
      expect(existsSync(target)).toBe(true);
      expect(ignore).toContain(`!${target}`);
    }
    expect(ignore.some((l) => /cli\.js/.test(l) || l === '!dist/*.js')).toBe(false);
    // Every setting and command the manifest contributes is in the user README.
    for (const key of Object.keys(pkg.contributes.configuration.properties)) expect(readme).toContain(`\`${key}\``);
    for (const c of pkg.contributes.commands.filter((c: { command: string }) => c.command !== 'claimcheck.factAdded')) {
      expect(readme).toContain(c.title.replace('Claimcheck: ', ''));
    }
  });

  it('keeps the newcomer commands in the root README', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const cmd of ['npm ci && npm run demo', 'npm test', 'npm run test:e2e']) expect(readme).toContain(cmd);
    expect(existsSync('CONTRIBUTING.md')).toBe(true);
  });
});
