// Paths and tools shared by the e2e runner and drivers.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const E2E_HOME = process.env.CLAIMCHECK_E2E_HOME || join(homedir(), '.cache', 'claimcheck-e2e');
export const CODE_SERVER = join(E2E_HOME, 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');

/** playwright-core from the project if it has it (devDependency), else from the e2e cache. */
export function loadPlaywright() {
  const candidates = [join(ROOT, 'package.json'), join(E2E_HOME, 'package.json')];
  for (const from of candidates) {
    try {
      return createRequire(from)('playwright-core');
    } catch {
      /* try the next place */
    }
  }
  throw new Error(`playwright-core not found in ${ROOT} nor ${E2E_HOME}: run test/e2e/setup.sh`);
}

export function requireTool(path, hint) {
  if (!existsSync(path)) throw new Error(`${path} not found: ${hint}`);
  return path;
}
