// The words of a folded text (runs of letters and digits) and lookups of them in a map keyed by
// first words (entity names, metric phrases): shared by mentionsIn and PhraseSet, which read the
// same sentence one after the other.

const WORD_AT = /[\p{L}\p{N}]/uy;

/** Whether the code point at `at` is a letter or digit (the ASCII ones without a regex). */
function wordAt(text: string, at: number, code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  WORD_AT.lastIndex = at;
  return WORD_AT.test(text);
}

/** The UTF-16 length of the code point at `at`. */
const widthAt = (text: string, at: number, code: number): number =>
  code >= 0xd800 && code <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;

/** The second run of letters and digits of `text` ('' if it has fewer), as wordRuns would find it. */
export function secondRun(text: string): string {
  const n = text.length;
  let i = 0;
  let runs = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (!wordAt(text, i, code)) {
      i += widthAt(text, i, code);
      continue;
    }
    const start = i;
    do {
      i += widthAt(text, i, code);
      code = text.charCodeAt(i);
    } while (i < n && wordAt(text, i, code));
    if (++runs === 2) return text.slice(start, i);
  }
  return '';
}

// ASCII letters and digits, by char code.
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;

// The last few texts' runs: a sentence and its block are read in turn, each by several readers.
const recent: { text: string; runs: readonly number[] }[] = [];
const RECENT = 4;

/**
 * The runs of letters and digits of `text` (what /[\p{L}\p{N}]+/gu finds), as start and end
 * offsets in turn. The last few texts' runs are kept: several readers scan one sentence in turn.
 */
export function wordRuns(text: string): readonly number[] {
  for (const r of recent) if (r.text === text) return r.runs;
  const runs: number[] = [];
  const n = text.length;
  let i = 0;
  let inRun = false;
  let start = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (code < 0x80) word = ASCII_WORD[code] === 1;
    else {
      word = wordAt(text, i, code);
      width = widthAt(text, i, code);
    }
    if (word !== inRun) {
      if (word) start = i;
      else runs.push(start, i);
      inRun = word;
    }
    i += width;
  }
  if (inRun) runs.push(start, n);
  if (recent.length >= RECENT) recent.pop();
  recent.unshift({ text, runs });
  return runs;
}

/** Values by a word of a text: FirstWordMap, or SortedWordIndex (read back from a snapshot). */
export interface WordLookup<T> {
  readonly size: number;
  valuesAt(text: string, start: number, end: number): readonly T[] | undefined;
}

/**
 * A map keyed by first words, with a cheap test of which (first letter, length) pairs its keys
 * have: most words of a text are ruled out before a substring is built to look them up.
 */
export class FirstWordMap<T> implements WordLookup<T> {
  private readonly map = new Map<string, T[]>();
  /** One bit per (first UTF-16 unit mod 1024, length up to 63): a word whose bit is clear is under no key. */
  private readonly shapes = new Uint32Array(2048);

  add(key: string, value: T): void {
    const list = this.map.get(key);
    if (list) list.push(value);
    else this.map.set(key, [value]);
    const bit = shape(key.charCodeAt(0), key.length);
    this.shapes[bit >>> 5]! |= 1 << (bit & 31);
  }

  get size(): number {
    return this.map.size;
  }

  /** The keys, in the order they were first added. */
  keys(): IterableIterator<string> {
    return this.map.keys();
  }

  /** The values under `key` (undefined when none). */
  get(key: string): readonly T[] | undefined {
    return this.map.get(key);
  }

  /**
   * The values under `text[start, end)` (undefined when none). A word's shape is tested before a
   * substring is built to look it up; callers try the word, then it without a plural (pluralCuts).
   */
  valuesAt(text: string, start: number, end: number): readonly T[] | undefined {
    const bit = shape(text.charCodeAt(start), end - start);
    if ((this.shapes[bit >>> 5]! & (1 << (bit & 31))) === 0) return undefined;
    return this.map.get(text.slice(start, end));
  }
}

/**
 * The same lookups as a FirstWordMap, from its keys sorted (by UTF-16 code units) and each key's
 * values as a run of positions: nothing is hashed up front, a word is found by binary search, and
 * a key's values are built on its first lookup (then the same array each time). Reading 60,000
 * keys this way costs a few ms, where filling a map with them cost ~100 ms.
 */
export class SortedWordIndex<T> implements WordLookup<T> {
  private readonly shapes = new Uint32Array(2048);
  private readonly built: (T[] | undefined)[];

  /** `starts[k]..starts[k + 1]` are the positions of `keys[k]`'s values; `valueAt` builds one. */
  constructor(
    private readonly keys: readonly string[],
    private readonly starts: readonly number[],
    private readonly valueAt: (position: number) => T,
  ) {
    this.built = new Array(keys.length);
    for (const key of keys) {
      const bit = shape(key.charCodeAt(0), key.length);
      this.shapes[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  get size(): number {
    return this.keys.length;
  }

  valuesAt(text: string, start: number, end: number): readonly T[] | undefined {
    const bit = shape(text.charCodeAt(start), end - start);
    if ((this.shapes[bit >>> 5]! & (1 << (bit & 31))) === 0) return undefined;
    const word = text.slice(start, end);
    const { keys } = this;
    let low = 0;
    let high = keys.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const key = keys[mid]!;
      if (key < word) low = mid + 1;
      else if (key > word) high = mid - 1;
      else return (this.built[mid] ??= this.valuesOf(mid));
    }
    return undefined;
  }

  private valuesOf(k: number): T[] {
    const values: T[] = [];
    for (let p = this.starts[k]!; p < this.starts[k + 1]!; p++) values.push(this.valueAt(p));
    return values;
  }
}

/**
 * How many letters of the word `text[start, end)` may be a plural the match adds back: 1 for a
 * final "s", 2 for "es", else 0. Lookups try cuts 0 up to this, in order (no closure per word:
 * these run for every word of every sentence).
 */
export function pluralCuts(text: string, start: number, end: number): number {
  const length = end - start;
  if (length <= 1 || text.charCodeAt(end - 1) !== 115 /* s */) return 0;
  return length > 2 && text.charCodeAt(end - 2) === 101 /* e */ ? 2 : 1;
}

const shape = (first: number, length: number): number => ((first & 1023) << 6) | Math.min(length, 63);
