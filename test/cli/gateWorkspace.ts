// A scratch repository of notes outside the example's domain (rail freight, shipping, biotech),
// with YAML entities and CSV figures side by side, for the publish-gate CLI tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export const ENTITIES_YAML = `entities:
  vesta: { name: Vesta Rail, aliases: [Vesta] }
  orinoco: { name: Orinoco Shipping, aliases: [Orinoco] }
  helix: { name: Helix Biotherapeutics, aliases: [Helix] }
`;

// CRLF, as spreadsheets export it.
export const FIGURES_CSV = [
  'id,entity,metric,value,unit,as_of,source_url,source_title',
  'vesta-revenue-2024,vesta,revenue,4.2e9,USD,2024-12-31,https://example.com/vesta-ar,Vesta annual report 2024',
  'orinoco-revenue-2024,orinoco,revenue,2.8e9,USD,2024-03-31,https://example.com/orinoco-q,Orinoco results',
  'orinoco-revenue-2025,orinoco,revenue,3.1e9,USD,2025-03-31,https://example.com/orinoco-q2,"Orinoco results, 2025"',
  'helix-staff-2024,helix,employees,1850,people,2024-06-30,https://example.com/helix,Helix 10-K',
].map((l) => `${l}\r\n`).join('');

/** Contradicted: $5.1 billion against the sourced $4.2 billion. */
export const RAIL_NOTE = `---
date: 2025-02-01
---
# Rail freight

Vesta Rail reported revenue of $5.1 billion for 2024, helped by grain volumes.
`;

/** Contradicted: 2,400 people against the sourced 1,850. */
export const BIOTECH_NOTE = `---
date: 2025-01-15
---
# Helix

Helix Biotherapeutics employs 2,400 people across three sites.
`;

/** Outdated: $2.8 billion was true in 2024; by the note's date the latest is $3.1 billion. CRLF and a BOM. */
export const SHIPPING_NOTE = '\uFEFF' + ['---', 'date: 2025-06-01', '---', '# Shipping', '', 'Orinoco Shipping revenue is $2.8 billion.', '', 'Analysts expect margins to widen.', ''].join('\r\n');

export function gateWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-gate-'));
  mkdirSync(path.join(dir, 'facts'));
  mkdirSync(path.join(dir, 'notes/ops'), { recursive: true });
  writeFileSync(path.join(dir, 'facts/entities.yaml'), ENTITIES_YAML);
  writeFileSync(path.join(dir, 'facts/figures.csv'), FIGURES_CSV);
  writeFileSync(path.join(dir, 'notes/rail.md'), RAIL_NOTE);
  writeFileSync(path.join(dir, 'notes/ops/biotech.md'), BIOTECH_NOTE);
  writeFileSync(path.join(dir, 'notes/shipping.md'), SHIPPING_NOTE);
  return dir;
}

export function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}
