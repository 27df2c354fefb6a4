// Whole-word, case-, hyphen- and plural-insensitive phrase search over prose.

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

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface PhraseSearch {
  re: RegExp;
  /** A substring every hit contains: most sentences lack it, and `includes` is far cheaper than the regex. */
  needle: string;
}

const caches = { add: new Map<string, PhraseSearch | null>(), either: new Map<string, PhraseSearch | null>() };

/**
 * A regex for the phrase in folded text. `plural` lets a final "s"/"es" come or go, so "GPUs"
 * finds "GPU" and "Anthropics'" finds "Anthropic".
 */
function phraseRegex(phrase: string, plural: 'add' | 'either'): PhraseSearch | null {
  const cache = caches[plural];
  const key = phrase;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const tokens = foldForMatch(phrase).split(/\s+/).filter(Boolean);
  if (tokens.length === 0) {
    cache.set(key, null);
    return null;
  }
  const last = tokens[tokens.length - 1]!;
  if (plural === 'either' && last.length >= 4 && last.endsWith('s') && !last.endsWith('ss')) {
    tokens[tokens.length - 1] = last.slice(0, -1);
  }
  const body = tokens.map(escapeRe).join('\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:e?s)?(?![\\p{L}\\p{N}])`, 'gu');
  const search = { re, needle: tokens[0]! };
  cache.set(key, search);
  return search;
}

/** Every whole-word occurrence of `phrase` in `folded` (text already passed through foldForMatch). */
export function findPhrase(folded: string, phrase: string, plural: 'add' | 'either' = 'either'): PhraseHit[] {
  const search = phraseRegex(phrase, plural);
  if (!search || !folded.includes(search.needle)) return [];
  const re = search.re;
  const hits: PhraseHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) hits.push({ start: m.index, end: m.index + m[0].length });
  return hits;
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
