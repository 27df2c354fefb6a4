// The workspace the editors open: a copy of the shipped example note and facts file, laid out
// as a user's project (facts.yaml at the root, found by the default config).
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './env.mjs';

export const NOTE = 'notes/anthropic-compute.md';
export const FACTS = 'facts.yaml';

export function makeWorkspace(dir) {
  mkdirSync(join(dir, 'notes'), { recursive: true });
  cpSync(join(ROOT, 'examples', 'notes', 'anthropic-compute.md'), join(dir, NOTE));
  cpSync(join(ROOT, 'examples', 'facts.yaml'), join(dir, FACTS));
  return dir;
}

/** 1-based line and column of the first occurrence of `needle` (as VS Code shows positions). */
export function positionOf(text, needle) {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not found in the example note`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Facts of the facts file as plain objects (parsed with the project's own yaml package). */
export function readFacts(file) {
  const YAML = createRequire(join(ROOT, 'package.json'))('yaml');
  const doc = YAML.parse(readFileSync(file, 'utf8'));
  return doc.facts.map((f) => ({
    id: String(f.id),
    entities: [].concat(f.entity),
    metric: f.metric,
    url: f.source?.url,
    title: f.source?.title,
  }));
}
