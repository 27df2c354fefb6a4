import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFacts, type LoadFactsOptions } from '../../server/src/core/facts/loadFacts';
import { bigFacts } from '../hostile/inputs.mjs';
import { prng } from '../prng';

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

/**
 * bigFacts with random trouble: shared aliases and names, unknown entities, duplicate ids, blank
 * lines (a comment after an entry ends it elsewhere in js-yaml's reading), schema problems (a
 * wrong type, an unknown field, a missing one, an impossible date, an invalid entity id, a list
 * item that is not a fact), and warnings (a date after today, no source URL).
 */
export function troubled(seed: number): string {
  const rnd = prng(seed);
  const lines = bigFacts(40 + Math.floor(rnd() * 40), 8 + Math.floor(rnd() * 8)).trimEnd().split('\n');
  const out: string[] = [];
  for (const line of lines) {
    // A list item that is not a fact: a bare dash, a scalar, a null, a dash and a comment.
    if (line.startsWith('  - id:') && rnd() < 0.03) out.push(['  -', '  -   ', '  - oops', '  - ~', '  - # nothing here'][Math.floor(rnd() * 5)]!);
    const r = rnd();
    if (line.startsWith('  ent-') && r < 0.2) out.push(line.replace(/aliases: \[E(\d+)H/, 'aliases: [E0H'));
    else if (line.startsWith('  ent-') && r < 0.3) out.push(line.replace(/name: Entity \d+ Holdings/, 'name: Ent1 Group'));
    else if (line.startsWith('  ent-') && r < 0.4) out.push(line.replace(/name: Entity \d+ Holdings, /, 'aliases2: x, ').replace('aliases2: x, ', ''));
    else if (line.startsWith('    entity:') && r < 0.05) out.push('    entity: nobody');
    else if (line.startsWith('  - id:') && r < 0.1) out.push('  - id: fact-1');
    else if (line.startsWith('  ent-') && r < 0.43) out.push(line.replace(/^  ent-(\d+):/, '  Ent $1!:'));
    else if (line.startsWith('    unit:') && r < 0.03) out.push('    unit: 12');
    else if (line.startsWith('    value:') && r < 0.03) out.push(line.replace('value:', 'valu:'));
    else if (line.startsWith('    as_of:') && r < 0.03) out.push('    as_of: 2024-13');
    else if (line.startsWith('    as_of:') && r < 0.05) out.push('    as_of: 2030-01');
    else if (line.startsWith('    source:') && r < 0.03) out.push('    source: { url: 5, title: [x] }');
    else if (line.startsWith('    source:') && r < 0.05) out.push('    source: { title: no link }');
    else out.push(line);
    if (rnd() < 0.05) out.push('');
  }
  return out.join('\n') + '\n';
}
