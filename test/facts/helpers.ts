import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFacts, type LoadFactsOptions } from '../../server/src/core/facts/loadFacts';

export const root = join(__dirname, '..', '..');

export function fixture(name: string): { file: string; text: string } {
  const file = `test/fixtures/facts/${name}`;
  return { file, text: readFileSync(join(root, file), 'utf8') };
}

export function loadFixtures(names: string[], options: LoadFactsOptions = { today: '2026-11-25' }) {
  return loadFacts(names.map(fixture), options);
}

/** 0-based line of the nth (0-based) occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not found`);
  }
  return text.slice(0, at).split('\n').length - 1;
}
