import type { FactIndex } from '../types';
import { foldForMatch, longestHits } from './findPhrase';

// Entity names and aliases looked up by their first word, so finding mentions costs one map lookup
// per word of the text, not one search per name: a facts file may define tens of thousands.

interface Name {
  entity: string;
  /** The folded name with runs of spaces collapsed to one. */
  folded: string;
}

export interface MentionHit {
  entity: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

// Per facts index; rebuilt if its entities change (an index is normally built once and then read).
const indexes = new WeakMap<FactIndex, { size: number; map: Map<string, Name[]> }>();

function byFirstWord(index: FactIndex): Map<string, Name[]> {
  const cached = indexes.get(index);
  if (cached && cached.size === index.entities.size) return cached.map;
  const map = new Map<string, Name[]>();
  for (const entity of index.entities.values()) {
    for (const name of [entity.name, ...entity.aliases]) {
      const folded = foldForMatch(name).trim().replace(/\s+/g, ' ');
      const first = /[\p{L}\p{N}]+/u.exec(folded);
      if (!first || first.index !== 0) continue;
      const list = map.get(first[0]);
      const entry = { entity: entity.id, folded };
      if (list) list.push(entry);
      else map.set(first[0], [entry]);
    }
  }
  indexes.set(index, { size: index.entities.size, map });
  return map;
}

/**
 * Where `name` matches `text` at `at`: a space in the name matches any run of whitespace, and a
 * plural "s"/"es" may follow (so "Anthropics'" finds "Anthropic"); the match ends at a word edge.
 */
function matchAt(text: string, at: number, name: string): number {
  let i = at;
  for (let k = 0; k < name.length; k++) {
    const c = name[k]!;
    if (c === ' ') {
      if (!SPACE.test(text[i] ?? '')) return -1;
      while (SPACE.test(text[i] ?? '')) i++;
    } else if (text[i] === c) i++;
    else return -1;
  }
  for (const suffix of ['', 's', 'es']) {
    if (suffix && !text.startsWith(suffix, i)) continue;
    const end = i + suffix.length;
    if (!WORD_CHAR.test(text[end] ?? '')) return end;
  }
  return -1;
}

/** Every mention of an entity name or alias in folded text (offsets into it), longest first among overlaps. */
export function mentionsIn(folded: string, index: FactIndex): MentionHit[] {
  const names = byFirstWord(index);
  if (names.size === 0) return [];
  const hits: MentionHit[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) {
    const word = m[0];
    const keys = [word];
    if (word.endsWith('s')) keys.push(word.slice(0, -1));
    if (word.endsWith('es')) keys.push(word.slice(0, -2));
    for (const key of keys) {
      for (const name of names.get(key) ?? []) {
        const end = matchAt(folded, m.index, name.folded);
        if (end >= 0) hits.push({ entity: name.entity, start: m.index, end });
      }
    }
  }
  return longestHits(hits);
}
