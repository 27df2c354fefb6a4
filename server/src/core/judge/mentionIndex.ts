import type { Entity, FactIndex } from '../types';
import { foldForMatch, longestHits } from './findPhrase';
import { FirstWordMap, pluralCuts, secondRun, SortedWordIndex, wordRuns, type WordLookup } from './wordRuns';

// Entity names and aliases looked up by their first word, so finding mentions costs one map lookup
// per word of the text, not one search per name: a facts file may define tens of thousands.

interface Name {
  entity: string;
  /** The folded name with runs of spaces collapsed to one. */
  folded: string;
  /** ASCII letters and digits in words with single spaces between: its words are what lies between spaces. */
  plain: boolean;
  /** Which of the entity's names it is: 0 its `name`, k its alias k - 1 (what a snapshot keeps of it). */
  slot: number;
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
const indexes = new WeakMap<FactIndex, { size: number; map: WordLookup<Name> }>();

/**
 * Names by their first word. The loader fills one as it reads the entities (it folds every name
 * for its duplicate check anyway) and hands it to the facts index: one pass over 90,000 names.
 */
export class MentionIndexBuilder {
  private readonly map = new FirstWordMap<Name>();

  /**
   * Adds an entity's name (slot 0) or alias (slot k: alias k - 1); `folded` is foldedName(name).
   * Names first, then aliases, as the index lists them.
   */
  add(entity: string, slot: number, name: string, folded: string = foldedName(name)): void {
    const space = folded.indexOf(' ');
    // A plain name's first word ends at its first space; others are looked at letter by letter.
    const plain = PLAIN_NAME.test(name);
    const first = plain ? (space < 0 ? folded : folded.slice(0, space)) : FIRST_WORD.exec(folded)?.[0];
    if (!first || !folded.startsWith(first)) return;
    this.map.add(first, { entity, folded, plain, slot });
  }

  /** Makes this the mention index of `index` (until its entities change). */
  finish(index: FactIndex): WordLookup<Name> {
    indexes.set(index, { size: index.entities.size, map: this.map });
    return this.map;
  }
}

/**
 * The mention index as a facts snapshot keeps it: the first words sorted, and each one's names in
 * its bucket's order, a name as two numbers, its entity's position in the snapshot's entities and
 * which of its names it is (0: `name`, k: alias k - 1). Read back (useMentionColumns), nothing is
 * hashed, and a name is folded only when a note's word looks its bucket up.
 */
export interface MentionColumns {
  keys: string[];
  /** `starts[k]..starts[k + 1]`: the names of `keys[k]`, as positions of pairs in `names`. */
  starts: number[];
  names: number[];
}

/** An entity's name (slot 0) or alias (slot k: alias k - 1); undefined past them, or for an entity not of the loader's shape. */
const nameAt = (e: Entity, slot: number): string | undefined => {
  const text = slot === 0 ? e.name : Array.isArray(e.aliases) ? e.aliases[slot - 1] : undefined;
  return typeof text === 'string' ? text : undefined;
};

/** The columns of `index`'s mention index; undefined when a name in it is not one of `entities`' names. */
export function mentionColumns(index: FactIndex, entities: readonly Entity[]): MentionColumns | undefined {
  const names = byFirstWord(index);
  if (!(names instanceof FirstWordMap)) return undefined;
  const position = new Map(entities.map((e, k) => [e.id, k]));
  // The keys alone are sorted (by UTF-16 code units, as SortedWordIndex compares), not 60,000 pairs.
  const c: MentionColumns = { keys: [...names.keys()].sort(), starts: [0], names: [] };
  for (const key of c.keys) {
    for (const name of names.get(key)!) {
      const at = position.get(name.entity);
      if (at === undefined || nameAt(entities[at]!, name.slot) === undefined) return undefined;
      c.names.push(at, name.slot);
    }
    c.starts.push(c.names.length / 2);
  }
  return c;
}

/** Makes `c` (mentionColumns of an index with these entities) the mention index of `index`; false when `c` is not of that shape. */
export function useMentionColumns(index: FactIndex, c: MentionColumns, entities: readonly Entity[]): boolean {
  const { keys, starts, names } = c;
  if (!Array.isArray(keys) || !Array.isArray(starts) || !Array.isArray(names)) return false;
  if (starts.length !== keys.length + 1 || starts[0] !== 0 || starts[keys.length] !== names.length / 2) return false;
  // Binary search needs the keys strictly in order; the runs must be whole and each name real.
  for (let k = 0; k < keys.length; k++) {
    if (typeof keys[k] !== 'string' || (k > 0 && !(keys[k - 1]! < keys[k]!)) || !(starts[k]! <= starts[k + 1]!)) return false;
  }
  for (let n = 0; n < names.length; n += 2) {
    const entity = entities[names[n]!];
    if (!Number.isInteger(names[n]) || !entity || nameAt(entity, names[n + 1]!) === undefined) return false;
  }
  const map = new SortedWordIndex<Name>(keys, starts, (n) => {
    const entity = entities[names[2 * n]!]!;
    const slot = names[2 * n + 1]!;
    const text = nameAt(entity, slot)!;
    return { entity: entity.id, folded: foldedName(text), plain: PLAIN_NAME.test(text), slot };
  });
  indexes.set(index, { size: index.entities.size, map });
  return true;
}

function byFirstWord(index: FactIndex): WordLookup<Name> {
  const cached = indexes.get(index);
  if (cached && cached.size === index.entities.size) return cached.map;
  const builder = new MentionIndexBuilder();
  for (const entity of index.entities.values()) {
    builder.add(entity.id, 0, entity.name);
    entity.aliases.forEach((alias, k) => builder.add(entity.id, k + 1, alias));
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

// Names sharing a first word ("Bank of …", "The …", "Entity 1 Holdings", "Entity 2 Holdings"…):
// past this many, they are looked up by their second word too, not tried one by one.
const BIG_BUCKET = 32;

function plainSecondWord(folded: string): string {
  const a = folded.indexOf(' ');
  if (a < 0) return '';
  const b = folded.indexOf(' ', a + 1);
  return folded.slice(a + 1, b < 0 ? folded.length : b);
}

/** A big bucket's names by their second word ('' for names of one word), as positions in the bucket. */
const bySecondWord = new WeakMap<readonly Name[], Map<string, number[]>>();

function secondWordIndex(bucket: readonly Name[]): Map<string, number[]> {
  let map = bySecondWord.get(bucket);
  if (map) return map;
  map = new Map();
  bucket.forEach((name, i) => {
    const second = name.plain ? plainSecondWord(name.folded) : secondRun(name.folded);
    const list = map!.get(second);
    if (list) list.push(i);
    else map!.set(second, [i]);
  });
  bySecondWord.set(bucket, map);
  return map;
}

/**
 * The names of a big bucket that can match where the text's next word is `next` (null: none): a
 * name's second word is that word, or it without the plural the match may add; one-word names
 * always. Only one-word names can match a first word read without its plural (`cut` > 0). In
 * bucket order, as trying every name would find them.
 */
function candidates(bucket: readonly Name[], cut: number, next: string | null): Name[] {
  const index = secondWordIndex(bucket);
  const keys = new Set(['']);
  if (cut === 0 && next !== null) {
    keys.add(next);
    if (next.endsWith('s')) keys.add(next.slice(0, -1));
    if (next.endsWith('es')) keys.add(next.slice(0, -2));
  }
  const at: number[] = [];
  for (const k of keys) for (const i of index.get(k) ?? []) at.push(i);
  return at.sort((a, b) => a - b).map((i) => bucket[i]!);
}

/** Every mention of an entity name or alias in folded text (offsets into it), longest first among overlaps. */
export function mentionsIn(folded: string, index: FactIndex): MentionHit[] {
  const names = byFirstWord(index);
  if (names.size === 0) return [];
  const hits: MentionHit[] = [];
  const runs = wordRuns(folded);
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r]!;
    const wordEnd = runs[r + 1]!;
    // The word, or the word without a plural "s"/"es", is a name's first word.
    const cuts = pluralCuts(folded, start, wordEnd);
    for (let cut = 0; cut <= cuts; cut++) {
      const bucket = names.valuesAt(folded, start, wordEnd - cut);
      if (!bucket) continue;
      const tried = bucket.length > BIG_BUCKET ? candidates(bucket, cut, r + 2 < runs.length ? folded.slice(runs[r + 2]!, runs[r + 3]!) : null) : bucket;
      for (const name of tried) {
        const end = matchAt(folded, start, name.folded);
        // "NZ$58.4 billion", "US$7.5 trillion": a currency's letters, not the place an alias names.
        if (end >= 0 && folded.charCodeAt(end) !== 36 /* $ */) hits.push({ entity: name.entity, start, end });
      }
    }
  }
  return longestHits(hits);
}
