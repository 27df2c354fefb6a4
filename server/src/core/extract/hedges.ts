import type { Bound } from '../types';
import type { Token } from './lexer';
import { isGluedHyphen } from './unitNouns';

export interface Hedge {
  words: string[];
  bound: Bound;
  approx: boolean;
}

const h = (phrase: string, bound: Bound, approx = false): Hedge => ({ words: phrase.split(' '), bound, approx });

// Longest phrases first, so "no more than" wins over "more than".
export const HEDGES: readonly Hedge[] = [
  h('north of', 'gt'), h('more than', 'gt'), h('greater than', 'gt'), h('higher than', 'gt'), h('in excess of', 'gt'),
  h('upwards of', 'gt'), h('just over', 'gt'), h('well over', 'gt'), h('well above', 'gt'), h('just above', 'gt'),
  h('over', 'gt'), h('above', 'gt'), h('exceeding', 'gt'), h('exceeds', 'gt'), h('exceeded', 'gt'), h('beyond', 'gt'),
  h('exceed', 'gt'), h('surpass', 'gt'), h('surpassed', 'gt'), h('surpasses', 'gt'), h('surpassing', 'gt'), h('topped', 'gt'), h('topping', 'gt'),
  h('at least', 'gte'), h('no less than', 'gte'), h('no fewer than', 'gte'), h('a minimum of', 'gte'), h('minimum of', 'gte'),
  h('up to', 'lte'), h('as much as', 'lte'), h('as many as', 'lte'), h('as high as', 'lte'), h('no more than', 'lte'),
  h('at most', 'lte'), h('a maximum of', 'lte'), h('maximum of', 'lte'),
  h('less than', 'lt'), h('fewer than', 'lt'), h('lower than', 'lt'), h('just under', 'lt'), h('just below', 'lt'),
  h('south of', 'lt'), h('under', 'lt'), h('below', 'lt'),
  h('nearly', 'lte', true), h('almost', 'lte', true), h('close to', 'lte', true),
  h('about', 'eq', true), h('roughly', 'eq', true), h('around', 'eq', true), h('approximately', 'eq', true),
  h('approx .', 'eq', true), h('approx', 'eq', true), h('circa', 'eq', true), h('ca .', 'eq', true), h('some', 'eq', true),
  h('an estimated', 'eq', true), h('estimated', 'eq', true), h('est .', 'eq', true), h('or so', 'eq', true),
  h('~', 'eq', true), h('≈', 'eq', true), h('∼', 'eq', true),
  h('>', 'gt'), h('<', 'lt'), h('≥', 'gte'), h('≤', 'lte'), h('> =', 'gte'), h('< =', 'lte'),
].sort((a, b) => b.words.length - a.words.length);

/** Every word of a hedge ("about", "more", "than"): what may stand between a verb and its figure. */
export const HEDGE_WORDS: ReadonlySet<string> = new Set(HEDGES.flatMap((x) => x.words));

export interface HedgeMatch {
  bound: Bound;
  approx: boolean;
  /** Token index where the hedge starts. */
  start: number;
}

/** HEDGES by their last word, each list in HEDGES' order: a number is looked up against the few that can end before it, not every one. */
const BY_LAST_WORD = new Map<string, Hedge[]>();
for (const hedge of HEDGES) {
  const last = hedge.words[hedge.words.length - 1]!;
  const list = BY_LAST_WORD.get(last);
  if (list) list.push(hedge);
  else BY_LAST_WORD.set(last, [hedge]);
}

/** Verbs whose "up" is a particle ("edged up to", "went up to"): the figure after is the level reached. */
const UP_PARTICLE_VERBS = new Set(['edged', 'edges', 'edge', 'ticked', 'ticks', 'tick', 'went', 'goes', 'go', 'moved', 'moves', 'move', 'crept', 'creeps', 'creep', 'inched', 'inches', 'inch', 'stepped', 'steps', 'step', 'picked', 'picks', 'climbed', 'climbs', 'jumped', 'jumps', 'shot', 'revised', 'revises', 'rounded']);

/** The hedge that ends right before token i ("north of $4 billion"). */
export function hedgeBefore(tokens: readonly Token[], i: number): HedgeMatch | null {
  if (i < 1) return null;
  const ending = BY_LAST_WORD.get(tokens[i - 1]!.lower);
  if (!ending) return null;
  for (const hedge of ending) {
    const n = hedge.words.length;
    if (i - n < 0) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      if (tokens[i - n + k]!.lower !== hedge.words[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // "edged up to $3.52 billion", "ticked up to 4.1%": a verb's particle and the level it reached, no limit.
    if (hedge.bound === 'lte' && hedge.words[0] === 'up' && UP_PARTICLE_VERBS.has(tokens[i - n - 1]?.lower ?? '')) return null;
    return { bound: hedge.bound, approx: hedge.approx, start: i - n };
  }
  return null;
}

/** A hedge after the span ("$5 billion or more", "100+ GPUs", "$4 billion-plus"). */
export function hedgeAfter(tokens: readonly Token[], j: number): { bound: Bound; approx: boolean; next: number } | null {
  const a = tokens[j]?.lower;
  const b = tokens[j + 1]?.lower;
  if (a === 'or' && (b === 'more' || b === 'higher' || b === 'above')) return { bound: 'gte', approx: false, next: j + 2 };
  if (a === 'or' && (b === 'less' || b === 'fewer' || b === 'lower' || b === 'below')) return { bound: 'lte', approx: false, next: j + 2 };
  if (a === 'or' && b === 'so') return { bound: 'eq', approx: true, next: j + 2 };
  if (a === 'plus' && tokens[j]!.spaced === false) return { bound: 'gte', approx: false, next: j + 1 };
  return null;
}

const DECREASE = new Set([
  'fell', 'fall', 'falls', 'falling', 'fallen', 'dropped', 'drop', 'drops', 'dropping', 'declined', 'decline', 'declines', 'declining',
  'decreased', 'decrease', 'decreases', 'shrank', 'shrunk', 'shrink', 'shrinks', 'shrinking', 'down', 'slipped',
  'slid', 'slides', 'plunged', 'plunges', 'tumbled', 'sank', 'sinks', 'contracted', 'contracts', 'lost', 'loses', 'cut',
  'cuts', 'reduced', 'reduces', 'slumped', 'dipped', 'retreated', 'eased', 'narrowed', 'narrows', 'compressed', 'compresses',
  // "after losing 45,000 in the quarter", "shed 3,000 jobs".
  'losing', 'lose', 'shed', 'sheds', 'shedding',
  // What a count loses: "closed 12 stores", "shut 4 plants".
  'closed', 'closes', 'closing', 'shut', 'shuts',
]);
const INCREASE = new Set([
  'rose', 'rise', 'rises', 'rising', 'risen', 'grew', 'grow', 'grows', 'growing', 'grown', 'increased', 'increase', 'increases', 'increasing',
  'jumped', 'jump', 'jumps', 'climbed', 'climb', 'climbs', 'surged', 'surge', 'surges', 'soared', 'soars', 'gained', 'gains',
  'up', 'expanded', 'expands', 'added', 'adds', 'adding', 'boosted', 'accelerated', 'rebounded', 'spiked', 'widened', 'widens',
  // What a count gains: "opened 35 stores", "hired 2,000 nurses", "built 12 data centers".
  'opened', 'opens', 'opening', 'hired', 'hires', 'hiring', 'recruited', 'launched', 'launches', 'built', 'builds', 'installed', 'installs',
]);
// The change verbs' irregular past forms; the regular ones end in "ed".
const IRREGULAR_PAST = new Set(['fell', 'fallen', 'rose', 'risen', 'grew', 'grown', 'shrank', 'shrunk', 'slid', 'sank', 'lost', 'built', 'shed']);
/** Change verbs in the past tense ("fell", "grew", "added"): a clause with one reports what happened. */
export const PAST_CHANGE_VERBS: readonly string[] = [...DECREASE, ...INCREASE].filter((w) => w.endsWith('ed') || IRREGULAR_PAST.has(w));
const CHANGE_NOUNS_DOWN = new Set(['decline', 'drop', 'decrease', 'fall', 'reduction', 'cut', 'contraction', 'slump', 'dip']);
const CHANGE_NOUNS_UP = new Set(['increase', 'rise', 'gain', 'jump', 'growth', 'expansion', 'surge', 'uptick', 'boost']);

export type Direction = 'down' | 'up' | null;

/** Words that say a change was better or worse, not which way it went. */
const VALENCE_WORDS = ['improve', 'improved', 'improves', 'improving', 'improvement', 'worsen', 'worsened', 'worsens', 'worsening', 'deteriorate', 'deteriorated', 'deteriorates', 'deteriorating', 'deterioration'];
/** Before a figure, one is read as a change, its sign left open ("improved 180 basis points"). */
const VALENCE_VERBS = new Set(VALENCE_WORDS);
/** A sentence with one says nothing of up or down: the judge takes either direction of the size. */
export const VALENCE = new RegExp(`\\b(?:${VALENCE_WORDS.join('|')})\\b`, 'i');

const LEVEL_HEDGES = new Set(['below', 'above', 'under', 'beneath']);
const CHANGE_BEFORE_OF = new Set(['cagr', 'growth', 'increase', 'rise', 'gain', 'decline', 'decrease', 'drop', 'fall', 'reduction', 'contraction', 'addition']);

// Buying and selling things: a change in what is held ("bought 12 buildings", "sold 2,000 acres"),
// for counted things only ("bought $3 billion of bonds" is a price, "acquired 10% of Beta" a stake).
const BOUGHT = new Set(['bought', 'buys', 'buying', 'buy', 'acquired', 'acquires', 'acquiring', 'acquire', 'purchased', 'purchases', 'purchasing', 'purchase']);
const SOLD = new Set(['sold', 'sells', 'divested', 'divests', 'disposed']);
const LAID = new Set(['laid', 'lay', 'lays', 'laying']);
/** Every verb of buying or selling things. */
export const TRADE_VERBS: ReadonlySet<string> = new Set([...BOUGHT, ...SOLD]);

/** A change verb right before the quantity ("fell 9%", "shrank by 75 people", "up 35%"; a count "bought", "sold"). */
export function directionBefore(tokens: readonly Token[], i: number, counted = false, scaled = false): Direction {
  // "fell below 200 ms", "rose above $100": a level reached, not a change.
  if (LEVEL_HEDGES.has(tokens[i]?.lower ?? '')) return null;
  const k = verbBefore(tokens, i);
  const w = tokens[k];
  if (!w || w.type !== 'word') return null;
  // "a CAGR of 35%", "annual growth of 12%"
  if (w.lower === 'of' && CHANGE_BEFORE_OF.has(tokens[k - 1]?.lower ?? '')) return CHANGE_NOUNS_DOWN.has(tokens[k - 1]!.lower) ? 'down' : 'up';
  if (DECREASE.has(w.lower)) return PHRASAL.has(tokens[k - 1]?.lower ?? '') && w.lower === 'down' ? null : 'down';
  // "made up 24% of revenue", "took up 10%": a phrasal verb, not a rise.
  if (INCREASE.has(w.lower)) return w.lower === 'up' && PHRASAL.has(tokens[k - 1]?.lower ?? '') ? null : 'up';
  // "laid off 1,500 workers", "lays off 200 staff".
  if (w.lower === 'off' && LAID.has(tokens[k - 1]?.lower ?? '')) return 'down';
  // "improved 180 basis points", "worsened 2 points": better or worse, the judge takes either direction (VALENCE).
  if (VALENCE_VERBS.has(w.lower)) return 'up';
  if (counted && BOUGHT.has(w.lower)) return 'up';
  // ("Norvia sold 4,812 million unit cases": goods sold by the million are sales, no disposal.)
  if (counted && SOLD.has(w.lower) && !scaled) return 'down';
  return transitiveChange(tokens, i, k);
}

/** Verbs that change what follows them: "grew revenue 11%", "cut its costs 10%". */
const TRANSITIVE_UP = new Set(['grew', 'grows', 'increased', 'increases', 'boosted', 'boosts', 'lifted', 'lifts', 'raised', 'raises', 'expanded', 'expands']);
const TRANSITIVE_DOWN = new Set(['cut', 'cuts', 'reduced', 'reduces', 'lowered', 'lowers', 'trimmed', 'trims']);

/** Words between such a verb and a figure that are not what it changed: "expanded to 20.7%", "cut further 5%". */
const NOT_OBJECTS = new Set(['to', 'at', 'from', 'of', 'in', 'on', 'for', 'about', 'around', 'nearly', 'roughly', 'almost', 'over', 'under', 'some', 'just', 'only', 'than', 'as', 'more', 'less', 'another', 'further', 'a', 'an', 'the', 'again', 'sharply', 'slightly']);

/** A word of what such a verb changed: lower case ("net income") or an acronym ("GWP", "EBITDA"). */
const OBJECT_WORD = /^(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,6}s?)$/u;
/** The most words a changed noun runs to: "grew gross written premiums 6.5%". */
const MAX_OBJECT_WORDS = 3;

/** "grew revenue 11%", "grew net income 6.5%", "cut its costs by 10%", "raised the quarterly dividend 5.6%": a change of the noun between the verb and a percent. */
function transitiveChange(tokens: readonly Token[], i: number, k: number): Direction {
  const unit = tokens[i + 1];
  if (unit?.text !== '%' && unit?.lower !== 'percent') return null;
  const isObject = (t: Token | undefined): boolean => !!t && t.type === 'word' && OBJECT_WORD.test(t.text) && !NOT_OBJECTS.has(t.lower);
  if (!isObject(tokens[k])) return null;
  let v = k - 1;
  for (let words = 1; v >= 0; ) {
    // A hyphenated word is one word of the object: "cut de-icing sales by 18%".
    if (isGluedHyphen(tokens, v) && isObject(tokens[v - 1])) {
      v -= 2;
      continue;
    }
    if (words >= MAX_OBJECT_WORDS || !isObject(tokens[v]) || TRANSITIVE_UP.has(tokens[v]!.lower) || TRANSITIVE_DOWN.has(tokens[v]!.lower)) break;
    v--;
    words++;
  }
  if (v < 0) return null;
  if (tokens[v]!.lower === 'its' || tokens[v]!.lower === 'their' || tokens[v]!.lower === 'the') v--;
  const verb = tokens[v]?.lower ?? '';
  return TRANSITIVE_UP.has(verb) ? 'up' : TRANSITIVE_DOWN.has(verb) ? 'down' : null;
}

/** Words between a change verb and its figure that say it comes on top of what was there. */
export const HOW_MUCH_MORE: ReadonlySet<string> = new Set(['net', 'further', 'additional', 'another', 'record']);

/** Words that stress a size without changing it: "grew only 2.6%", "was up just 1%", "fell by a mere 3%". */
const STRESS = new Set(['only', 'just', 'merely', 'mere', 'barely']);

/** The token that may be the verb of the quantity at i: right before it, past a "(", a stress and a "by". */
function verbBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  if (tokens[k]?.text === '(') k--;
  // "added a net 330 stores", "cut another 5%", "added a further 1,700 plots": how much more, the verb before it.
  if (HOW_MUCH_MORE.has(tokens[k]?.lower ?? '')) k -= tokens[k - 1]?.lower === 'a' || tokens[k - 1]?.lower === 'an' ? 2 : 1;
  if (tokens[k]?.lower === 'mere' && tokens[k - 1]?.lower === 'a') k -= 2;
  else if (STRESS.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower === 'by') k--;
  return k;
}

/** Whether the change directionBefore reads is a trade ("sold 2,000 acres", "bought 12 buildings"), not a change verb. */
export function tradedBefore(tokens: readonly Token[], i: number): boolean {
  const w = tokens[verbBefore(tokens, i)]?.lower ?? '';
  return TRADE_VERBS.has(w);
}

const PHRASAL = new Set([
  'make', 'makes', 'made', 'making', 'take', 'takes', 'took', 'taken', 'taking', 'add', 'adds', 'added', 'adding',
  'sum', 'sums', 'summed', 'set', 'sets', 'setting', 'show', 'shows', 'showed', 'showing', 'line', 'lined',
  'free', 'freed', 'bring', 'brought', 'write', 'wrote', 'written', 'break', 'broke', 'broken', 'tie', 'tied', 'lock', 'locked',
]);

// Comparatives right after a percent: "9% more than in 2023", "12% lower than a year earlier" (a
// multiple's "3x more" compares with another thing as often as with another time: left as it is).
const COMPARATIVES_UP = new Set(['more', 'higher', 'greater', 'larger', 'bigger']);
const COMPARATIVES_DOWN = new Set(['less', 'lower', 'fewer', 'smaller']);

/** A change noun, a comparative after a percent, or a year-over-year phrase right after the quantity ("a 9% decline", "9% more than", "35% YoY"). */
export function directionAfter(tokens: readonly Token[], j: number, unit?: string): Direction {
  const w = tokens[j];
  if (!w || w.type !== 'word') return null;
  if (CHANGE_NOUNS_DOWN.has(w.lower)) return 'down';
  if (CHANGE_NOUNS_UP.has(w.lower)) return 'up';
  // (And a difference of percents or points: "1.5 percentage points higher than a year earlier", "50 bps lower", "3.1 points more".)
  if (unit === 'percent' || unit === 'bps' || unit === 'point') {
    if (COMPARATIVES_UP.has(w.lower)) return 'up';
    if (COMPARATIVES_DOWN.has(w.lower)) return 'down';
    // "4% above the first half of 2024", "3% below last year's level" (not "2% above SOFR": a spread).
    if ((w.lower === 'above' || w.lower === 'below') && comparedTime(tokens, j + 1)) return w.lower === 'above' ? 'up' : 'down';
  }
  if (w.lower === 'yoy' || w.lower === 'qoq' || w.lower === 'mom' || w.lower === 'cagr') return 'up';
  // "22% y/y", "7% q/q"
  if ((w.lower === 'y' || w.lower === 'q') && tokens[j + 1]?.text === '/' && !tokens[j + 1]!.spaced && tokens[j + 2]?.lower === w.lower) return 'up';
  // "35% year over year", "4% year-on-year", "2% quarter on quarter".
  const over = tokens[j + 1]?.text === '-' ? tokens[j + 2]?.lower : tokens[j + 1]?.lower;
  if ((w.lower === 'year' || w.lower === 'quarter' || w.lower === 'half' || w.lower === 'month') && (over === 'over' || over === 'on')) return 'up';
  if (w.lower === 'annually' || w.lower === 'sequentially') return 'up';
  return null;
}

const DETERMINER = new Set(['the', 'its', 'their', 'a', 'that', 'this']);
const EARLIER_TIME = new Set(['year', 'quarter', 'month', 'half', 'period', 'first', 'second', 'third', 'fourth', 'last', 'prior', 'previous', 'same', 'level', 'levels', 'fiscal', 'calendar']);

/** Whether an earlier time or level starts at token k: "the first half of 2024", "last year's", "its 2023 level", "the €7.5 billion", "fiscal 2024", "Q3 2024". */
function comparedTime(tokens: readonly Token[], k: number): boolean {
  const t = DETERMINER.has(tokens[k]?.lower ?? '') ? tokens[k + 1] : tokens[k];
  if (!t) return false;
  return t.type === 'num' || /^[$€£¥]$/.test(t.text) || EARLIER_TIME.has(t.lower) || /^(?:fy\d{2}(?:\d{2})?|[qh][1-4])$/.test(t.lower);
}

// Measures that are changes by definition, as retailers report them: "comparable sales rose 3.8%"
// (not a level of the same stores: "same-store occupancy", "comparable margin").
const CHANGE_MEASURES = /\b(?:comparable|comps?|same store|like for like|lfl)\b(?!\s+(?:occupancy|margins?|utili[sz]ation)\b)/;

/**
 * Whether a phrase says a change ("revenue growth", "headcount increase", "CAGR", "same-store
 * sales"): a metric with such words states changes, not levels.
 */
export function namesAChange(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/[\s_-]+/);
  return words.some((w) => CHANGE_NOUNS_UP.has(w) || CHANGE_NOUNS_DOWN.has(w) || w === 'change' || w === 'cagr' || w === 'yoy') || CHANGE_MEASURES.test(words.join(' '));
}

/** "increase", "drop", "growth": a noun that names a change ("an increase of $250 million"). */
export function isChangeNoun(lower: string): boolean {
  return CHANGE_NOUNS_UP.has(lower) || CHANGE_NOUNS_DOWN.has(lower) || lower === 'change';
}

/** Change verbs before "from X to Y": then X and Y are two levels, not a range. */
export function isChangeVerb(lower: string): boolean {
  return DECREASE.has(lower) || INCREASE.has(lower) || lower === 'went' || lower === 'moved' || lower === 'changed';
}
