import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The core must run unchanged in the CLI, the node server and a web worker (design §1, §7).
const CORE = path.resolve(__dirname, '../../server/src/core');
const FORBIDDEN = /^(vscode|vscode-languageserver.*|vscode-jsonrpc|fs|path|os|child_process|url|node:.*)$/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|js)$/.test(e.name) ? [full] : [];
  });
}

describe('server/src/core', () => {
  it('imports no editor, protocol or I/O module', () => {
    const offenders: string[] = [];
    const files = sources(CORE);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)) {
        if (FORBIDDEN.test(m[1])) offenders.push(`${path.relative(CORE, file)}: ${m[1]}`);
      }
      if (/\bprocess\.(env|argv|cwd|exit)/.test(text)) offenders.push(`${path.relative(CORE, file)}: reads the process`);
    }
    expect(offenders).toEqual([]);
  });
});
