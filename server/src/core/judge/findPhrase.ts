// Whole-word, case-, hyphen- and plural-insensitive phrase search over prose.
import { FirstWordMap, pluralCuts, wordRuns } from './wordRuns';
import { escapeRegExp } from '../escapeRegExp';

export interface PhraseHit {
  start: number;
  end: number;
}

const DASHES = /[-\u2010\u2011\u2012\u2013\u2014_/]/;
const DASHES_ALL = /[-\u2010\u2011\u2012\u2013\u2014_/]/g;

/**
 * Lower-cases and turns dashes into spaces one character at a time, so offsets into the result are
 * offsets into the original ("data-center" and "data center" then read alike).
 */
export function foldForMatch(text: string): string {
  // Fast path: lower-casing keeps the length for nearly all text; only then are offsets safe.
  const fast = text.replace(DASHES_ALL, ' ').replace(/\u2019/g, "'").toLowerCase();
  if (fast.length === text.length) return fast;
  let out = '';
  for (const ch of text) {
    if (DASHES.test(ch)) out += ' '.repeat(ch.length);
    else if (ch === '\u2019') out += "'";
    else {
      const lower = ch.toLowerCase();
      out += lower.length === ch.length ? lower : ch;
    }
  }
  return out;
}


interface PhraseSearch {
  re: RegExp;
  /** A substring every hit contains: most sentences lack it, and `includes` is far cheaper than the regex. */
  needle: string;
}

const caches = { add: new Map<string, PhraseSearch | null>(), either: new Map<string, PhraseSearch | null>() };

/** The folded words a phrase is matched by; with `either`, a plural last word loses its "s" (the match adds it back). */
function phraseTokens(phrase: string, plural: 'add' | 'either'): string[] {
  const tokens = foldForMatch(phrase).split(/\s+/).filter(Boolean);
  const last = tokens[tokens.length - 1];
  if (last !== undefined && plural === 'either' && last.length >= 4 && last.endsWith('s') && !last.endsWith('ss')) {
    tokens[tokens.length - 1] = last.slice(0, -1);
  }
  return tokens;
}

/**
 * A regex for the phrase in folded text. `plural` lets a final "s"/"es" come or go, so "GPUs"
 * finds "GPU" and "Anthropics'" finds "Anthropic".
 */
function phraseRegex(phrase: string, plural: 'add' | 'either'): PhraseSearch | null {
  const cache = caches[plural];
  const key = phrase;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const tokens = phraseTokens(phrase, plural);
  if (tokens.length === 0) {
    cache.set(key, null);
    return null;
  }
  const body = tokens.map(escapeRegExp).join('\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:e?s)?(?![\\p{L}\\p{N}])`, 'gu');
  const search = { re, needle: tokens[0]! };
  cache.set(key, search);
  return search;
}

/**
 * Every whole-word occurrence of `phrase` in `folded`, by one regex: the reference PhraseSet is
 * tested against, and its path for phrases that do not start with a letter or digit.
 */
export function findPhraseByRegex(folded: string, phrase: string, plural: 'add' | 'either' = 'either'): PhraseHit[] {
  const search = phraseRegex(phrase, plural);
  if (!search || !folded.includes(search.needle)) return [];
  const re = search.re;
  const hits: PhraseHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) hits.push({ start: m.index, end: m.index + m[0].length });
  return hits;
}

/** A hit of one phrase of a PhraseSet: `phrase` is its position in the list. */
export interface SetHit extends PhraseHit {
  phrase: number;
}

interface SetEntry {
  tokens: string[];
  phrase: number;
}

const LEADING_RUN = /^[\p{L}\p{N}]+/u;
const WORD_AT = /[\p{L}\p{N}]/uy;
const SPACE_AT = /\s/y;
// The plural endings a match may add, in the regex's order (at most one of them can end at a word edge).
const SUFFIXES = ['es', 's', ''];

const isWordAt = (text: string, at: number): boolean => {
  WORD_AT.lastIndex = at;
  return WORD_AT.test(text);
};
const isSpaceAt = (text: string, at: number): boolean => {
  SPACE_AT.lastIndex = at;
  return SPACE_AT.test(text);
};

/**
 * Where the phrase's tokens match `text` at `at`, as the phrase's regex would: tokens separated by
 * whitespace, then an optional "es"/"s", then no letter or digit. The end of the match, or -1.
 */
function matchTokensAt(text: string, at: number, tokens: string[]): number {
  let i = at;
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0) {
      if (!isSpaceAt(text, i)) return -1;
      do i++;
      while (isSpaceAt(text, i));
    }
    const token = tokens[k]!;
    if (!text.startsWith(token, i)) return -1;
    i += token.length;
  }
  for (const suffix of SUFFIXES) {
    if (suffix && !text.startsWith(suffix, i)) continue;
    if (!isWordAt(text, i + suffix.length)) return i + suffix.length;
  }
  return -1;
}

/**
 * Many phrases searched at once: one pass over the text's words, each looked up by its first
 * word, instead of one regex per phrase. Finds exactly what findPhrase finds for each phrase
 * (a differential test pins it), sorted by start, then by the phrase's position in the list.
 */
export class PhraseSet {
  private readonly byFirst = new FirstWordMap<SetEntry>();
  /** Phrases that do not start with a letter or digit: searched one by one. */
  private readonly others: SetEntry[] = [];
  private readonly count: number;

  constructor(
    private readonly phrases: readonly string[],
    private readonly plural: 'add' | 'either' = 'either',
  ) {
    this.count = phrases.length;
    phrases.forEach((p, phrase) => {
      const tokens = phraseTokens(p, plural);
      if (tokens.length === 0) return;
      const first = LEADING_RUN.exec(tokens[0]!)?.[0];
      if (!first) {
        this.others.push({ tokens, phrase });
        return;
      }
      this.byFirst.add(first, { tokens, phrase });
    });
  }

  // The last text searched and its hits: a sentence's claims ask about the same sentence in turn.
  private lastText: string | null = null;
  private lastHits: readonly SetHit[] = [];

  /** Every hit of every phrase in `folded` (text already passed through foldForMatch). */
  hits(folded: string): readonly SetHit[] {
    if (folded !== this.lastText) {
      this.lastHits = this.search(folded);
      this.lastText = folded;
    }
    return this.lastHits;
  }

  // The end of each phrase's last hit in the current search (0: none yet), cleared after each
  // search through its hits: one array per set, not one per sentence.
  private lastEnd: Int32Array | null = null;

  private search(folded: string): SetHit[] {
    const hits: SetHit[] = [];
    // Like a global regex, a phrase's hits do not overlap.
    const lastEnd = (this.lastEnd ??= new Int32Array(this.count));
    const runs = wordRuns(folded);
    for (let r = 0; r < runs.length; r += 2) {
      const start = runs[r]!;
      const wordEnd = runs[r + 1]!;
      // A lone word may carry the plural the match adds ("gpus" for "gpu", "boxes" for "box").
      const cuts = pluralCuts(folded, start, wordEnd);
      for (let cut = 0; cut <= cuts; cut++) {
        const entries = this.byFirst.valuesAt(folded, start, wordEnd - cut);
        if (!entries) continue;
        for (const e of entries) {
          if (start < lastEnd[e.phrase]!) continue;
          const end = matchTokensAt(folded, start, e.tokens);
          if (end < 0) continue;
          hits.push({ start, end, phrase: e.phrase });
          lastEnd[e.phrase] = end;
        }
      }
    }
    for (const h of hits) lastEnd[h.phrase] = 0;
    for (const e of this.others) for (const h of findPhraseByRegex(folded, this.phrases[e.phrase]!, this.plural)) hits.push({ ...h, phrase: e.phrase });
    return hits.sort((a, b) => a.start - b.start || a.phrase - b.phrase);
  }
}

const sets = { add: new WeakMap<readonly string[], PhraseSet>(), either: new WeakMap<readonly string[], PhraseSet>() };

/** The PhraseSet of a fixed list of phrases (a module's word table), built on first use. */
export function phraseSetOf(phrases: readonly string[], plural: 'add' | 'either' = 'either'): PhraseSet {
  let set = sets[plural].get(phrases);
  if (!set) sets[plural].set(phrases, (set = new PhraseSet(phrases, plural)));
  return set;
}

const singles = { add: new Map<string, { set: PhraseSet; needle: string }>(), either: new Map<string, { set: PhraseSet; needle: string }>() };

/** Every whole-word occurrence of `phrase` in `folded` (text already passed through foldForMatch). */
export function findPhrase(folded: string, phrase: string, plural: 'add' | 'either' = 'either'): PhraseHit[] {
  let single = singles[plural].get(phrase);
  if (!single) singles[plural].set(phrase, (single = { set: new PhraseSet([phrase], plural), needle: phraseTokens(phrase, plural)[0] ?? '' }));
  // Every hit holds the first word: most texts lack it, and `includes` is cheaper than a scan.
  if (!single.needle || !folded.includes(single.needle)) return [];
  return single.set.hits(folded).map((h) => ({ start: h.start, end: h.end }));
}

/** Whether the folded text contains the phrase as whole words. */
export function hasPhrase(folded: string, phrase: string): boolean {
  return findPhrase(folded, phrase).length > 0;
}

/** Keeps the longest of overlapping hits (the more specific phrase wins: "annualized revenue" over "revenue"). */
export function longestHits<T extends PhraseHit>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const h of sorted) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** The hits no longer hit covers: as longestHits, but equal spans of several metrics all stay ("sales": a facts file's own metric and the built-in revenue). */
export function uncoveredHits<T extends PhraseHit>(hits: T[]): T[] {
  if (hits.length < 2) return hits;
  const longest = longestHits(hits);
  return hits.filter((h) => longest.some((l) => l.start === h.start && l.end === h.end));
}
