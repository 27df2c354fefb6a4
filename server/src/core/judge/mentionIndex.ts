import type { FactIndex } from '../types';
import { foldForMatch, longestHits } from './findPhrase';
import { FirstWordMap, wordRuns } from './wordRuns';

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

const FIRST_WORD = /[\p{L}\p{N}]+/u;
/** Letters and digits in words with single spaces between: folding only lower-cases them. */
const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * An entity name or alias as mentions are matched against it: folded like the text (case,
 * dashes, apostrophes), trimmed, runs of spaces as one. Two names with the same folded form
 * are the same name (the loader's duplicate-alias check uses this too).
 */
export function foldedName(name: string): string {
  return PLAIN_NAME.test(name) ? name.toLowerCase() : foldForMatch(name).trim().replace(/\s+/g, ' ');
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

// Per facts index; rebuilt if its entities change (an index is normally built once and then read).
const indexes = new WeakMap<FactIndex, { size: number; map: FirstWordMap<Name> }>();

/**
 * Names by their first word. The loader fills one as it reads the entities (it folds every name
 * for its duplicate check anyway) and hands it to the facts index: one pass over 90,000 names.
 */
export class MentionIndexBuilder {
  private readonly map = new FirstWordMap<Name>();

  /** Adds an entity's name or alias; `folded` is foldedName(name). Names first, then aliases, as the index lists them. */
  add(entity: string, name: string, folded: string = foldedName(name)): void {
    const space = folded.indexOf(' ');
    // A plain name's first word ends at its first space; others are looked at letter by letter.
    const first = PLAIN_NAME.test(name) ? (space < 0 ? folded : folded.slice(0, space)) : FIRST_WORD.exec(folded)?.[0];
    if (!first || !folded.startsWith(first)) return;
    this.map.add(first, { entity, folded });
  }

  /** Makes this the mention index of `index` (until its entities change). */
  finish(index: FactIndex): FirstWordMap<Name> {
    indexes.set(index, { size: index.entities.size, map: this.map });
    return this.map;
  }
}

function byFirstWord(index: FactIndex): FirstWordMap<Name> {
  const cached = indexes.get(index);
  if (cached && cached.size === index.entities.size) return cached.map;
  const builder = new MentionIndexBuilder();
  for (const entity of index.entities.values()) {
    builder.add(entity.id, entity.name);
    for (const alias of entity.aliases) builder.add(entity.id, alias);
  }
  return builder.finish(index);
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
  const runs = wordRuns(folded);
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r]!;
    // The word, or the word without a plural "s"/"es", is a name's first word.
    names.forWord(folded, start, runs[r + 1]!, (name) => {
      const end = matchAt(folded, start, name.folded);
      if (end >= 0) hits.push({ entity: name.entity, start, end });
    });
  }
  return longestHits(hits);
}
