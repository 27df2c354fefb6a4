// Runs the editor end-to-end tests: builds the .vsix, then the Neovim check and the VS Code suite
// (Node extension host, then web worker extension host). Setup (test/e2e/setup.sh) runs before.
// Usage: node test/e2e/run.mjs [--modes node,web] [--steps 0,1,2] [--no-nvim] [--no-vscode]
//          [--no-package [--vsix PATH]] [--update-docs (writes the README's docs/hover.png)]
// Prints PASS/FAIL per check, timings, and a closing "N passed, N failed" line; exits 1 on failure.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACTS, ROOT } from './lib/env.mjs';
import { killAll, onCleanup, run } from './lib/processes.mjs';
import { FACTS, NOTE, makeWorkspace } from './lib/workspace.mjs';
import { runEmptyFolderSuite, runVscodeSuite } from './vscode.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const modes = opt('--modes', process.env.CLAIMCHECK_E2E_MODES || 'node,web').split(',').filter(Boolean);
const steps = opt('--steps') ? opt('--steps').split(',').map(Number) : undefined;
const doNvim = !args.includes('--no-nvim');
const doVscode = !args.includes('--no-vscode');
const doPackage = !args.includes('--no-package');

const results = [];
const timings = {};
const t0 = Date.now();
const report = (r) => {
  results.push(r);
  console.log(`${r.ok ? 'PASS' : 'FAIL'} ${r.name}${r.ms !== undefined ? ` (${(r.ms / 1000).toFixed(1)} s)` : ''}${r.ok ? '' : `\n    ${String(r.error).replace(/\n/g, '\n    ')}`}`);
};
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function packageVsix() {
  const start = Date.now();
  const before = Date.now() - 1000;
  const out = await run('npm', ['run', 'package', '--silent'], { cwd: ROOT, timeoutMs: 300000 });
  const named = /Packaged:\s*(\S+\.vsix)/.exec(out)?.[1];
  const fresh = readdirSync(ROOT)
    .filter((n) => n.endsWith('.vsix'))
    .map((n) => join(ROOT, n))
    .filter((p) => statSync(p).mtimeMs >= before);
  const vsix = named && existsSync(named) ? named : fresh[0];
  if (!vsix) throw new Error(`npm run package produced no .vsix:\n${out}`);
  if (!existsSync(join(ROOT, 'dist', 'server.js'))) throw new Error('npm run package did not build dist/server.js');
  timings.package = Date.now() - start;
  return vsix;
}

async function neovim() {
  const start = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-nvim-'));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const ws = makeWorkspace(join(dir, 'workspace'));
  let out;
  let error;
  try {
    out = await run('nvim', ['--headless', '--noplugin', '-n', '-i', 'NONE', '-u', join(ROOT, 'test/e2e/nvim/init.lua'), join(ws, NOTE)], {
      cwd: ws,
      timeoutMs: 90000,
      env: {
        ...process.env,
        CLAIMCHECK_SERVER: join(ROOT, 'dist', 'server.js'),
        CLAIMCHECK_FACTS: join(ws, FACTS),
        XDG_STATE_HOME: join(dir, 'state'),
        XDG_DATA_HOME: join(dir, 'data'),
        XDG_CONFIG_HOME: join(dir, 'config'),
      },
    });
  } catch (e) {
    error = e;
    out = String(e.message);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'neovim.log'), out);
  const lines = out.split('\n');
  const checks = [];
  for (const line of lines) {
    if (/^(PASS|FAIL) /.test(line)) checks.push({ ok: line.startsWith('PASS'), body: line.slice(5), more: [] });
    else if (/^neovim: /.test(line) || checks.length === 0) continue;
    else if (!checks[checks.length - 1].ok) checks[checks.length - 1].more.push(line); // a FAIL's dump
  }
  for (const c of checks) {
    const [name, ...rest] = c.body.split(': ');
    report({ name: `neovim ${c.ok ? c.body : name}`, ok: c.ok, error: c.ok ? undefined : [rest.join(': '), ...c.more].join('\n') });
  }
  if (checks.length === 0 || (error && !checks.some((c) => !c.ok))) {
    report({ name: 'neovim run', ok: false, error: `nvim did not report its checks:\n${out}` });
  }
  timings.neovim = Date.now() - start;
}

async function main() {
  let vsix;
  if (doPackage) {
    try {
      vsix = await packageVsix();
      report({ name: `npm run package → ${vsix.replace(ROOT + '/', '')}`, ok: true, ms: timings.package });
    } catch (e) {
      report({ name: 'npm run package', ok: false, error: e.message });
      return;
    }
  } else {
    vsix = opt('--vsix') ?? readdirSync(ROOT).filter((n) => n.endsWith('.vsix')).map((n) => join(ROOT, n))[0];
    if (!vsix || !existsSync(vsix)) throw new Error('--no-package: no .vsix given (--vsix PATH) or found in the project root');
  }
  if (doNvim) await neovim();
  if (doVscode) {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const extensionId = `${pkg.publisher}.${pkg.name}`.toLowerCase();
    for (const mode of modes) {
      const start = Date.now();
      const workDir = mkdtempSync(join(tmpdir(), `claimcheck-vscode-${mode}-`));
      const shotsDir = join(ARTIFACTS, `vscode-${mode}`);
      rmSync(shotsDir, { recursive: true, force: true }); // no stale screenshots from an earlier run
      if (!process.env.CLAIMCHECK_E2E_KEEP) onCleanup(() => rmSync(workDir, { recursive: true, force: true }));
      try {
        const { results: rs, timings: ts } = await runVscodeSuite({
          mode,
          vsix,
          extensionId,
          workDir,
          shotsDir,
          steps,
          hoverShot: mode !== 'node' ? undefined : args.includes('--update-docs') ? join(ROOT, 'docs', 'hover.png') : join(shotsDir, 'hover-readme.png'),
        });
        rs.forEach(report);
        timings[`vscode-${mode}`] = `${seconds(Date.now() - start)} (code-server up ${seconds(ts.codeServer)}${ts.workbench ? `, workbench ${seconds(ts.workbench)}` : ''})`;
      } catch (e) {
        report({ name: `vscode[${mode}] run`, ok: false, error: e.stack || e.message });
      }
      if (!steps) {
        const emptyDir = mkdtempSync(join(tmpdir(), `claimcheck-vscode-empty-${mode}-`));
        if (!process.env.CLAIMCHECK_E2E_KEEP) onCleanup(() => rmSync(emptyDir, { recursive: true, force: true }));
        try {
          const { results: rs } = await runEmptyFolderSuite({ mode, vsix, extensionId, workDir: emptyDir, shotsDir });
          rs.forEach(report);
        } catch (e) {
          report({ name: `vscode[${mode}] empty folder run`, ok: false, error: e.stack || e.message });
        }
      }
    }
  }
}

try {
  await main();
} catch (e) {
  report({ name: 'e2e runner', ok: false, error: e.stack || e.message });
} finally {
  killAll();
}
const failed = results.filter((r) => !r.ok).length;
console.log(`\ntimings: ${Object.entries({ ...timings, total: seconds(Date.now() - t0) }).map(([k, v]) => `${k} ${typeof v === 'number' ? seconds(v) : v}`).join(', ')}`);
console.log(`screenshots: ${ARTIFACTS.replace(ROOT + '/', '')}/`);
console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
