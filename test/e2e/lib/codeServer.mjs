// A real VS Code: code-server with a fresh profile (extensions dir + user data dir) per run.
import { mkdirSync, writeFileSync, readFileSync, openSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CODE_SERVER, requireTool } from './env.mjs';
import { run, startGroup } from './processes.mjs';

/** A port the OS says is free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePromise(port));
    });
  });
}

const baseSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  // The Problems panel on the right gets the full height: every row of the tree is rendered.
  'workbench.panel.defaultLocation': 'right',
};

/**
 * Creates the profile under `dir`, installs the .vsix, starts code-server on a free port.
 * `extraSettings` are merged into the user settings (e.g. to run the extension in the web worker).
 */
export async function startCodeServer({ dir, vsix, workspace, extraSettings = {} }) {
  requireTool(CODE_SERVER, 'run test/e2e/setup.sh first');
  const exts = join(dir, 'extensions');
  const userData = join(dir, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(exts, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...baseSettings, ...extraSettings }, null, 2));
  const port = await freePort();
  const config = join(dir, 'code-server.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const common = ['--config', config, '--extensions-dir', exts, '--user-data-dir', userData];
  await run(CODE_SERVER, [...common, '--install-extension', vsix], { timeoutMs: 120000 });
  const installed = readdirSync(exts).filter((n) => !n.startsWith('.') && n !== 'extensions.json');
  if (installed.length !== 1) throw new Error(`expected one installed extension in ${exts}, found: ${installed.join(', ')}`);

  const log = join(dir, 'code-server.log');
  const out = openSync(log, 'w');
  const server = startGroup(
    CODE_SERVER,
    [
      ...common,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      workspace,
    ],
    { stdio: ['ignore', out, out], env: { ...process.env, XDG_DATA_HOME: join(dir, 'xdg-data'), XDG_CONFIG_HOME: join(dir, 'xdg-config') } },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60000;
  for (;;) {
    const exit = await Promise.race([server.exited, new Promise((r) => setTimeout(() => r(null), 250))]);
    if (exit) throw new Error(`code-server exited (${exit.code ?? exit.signal}) before it answered:\n${readFileSync(log, 'utf8')}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`code-server did not answer on ${url}/healthz within 60 s:\n${readFileSync(log, 'utf8')}`);
    }
  }
  return {
    url: `${url}/?folder=${encodeURIComponent(workspace)}`,
    extensionsDir: exts,
    extensionId: installed[0],
    log,
    stop: () => server.stop(),
  };
}
