import { NOUN_ABBREVIATIONS, RATE_SPANS, RATE_UNITS, UNIT_NOUNS } from '../lexicon';
import type { Token } from './lexer';

/** Nouns of the known unit classes (lower case) and the unit they carry: from the lexicon. */
const KNOWN_NOUNS = UNIT_NOUNS;

// "GPU hours", "GPU-hours", "H100-hours": compute time, counted in the compound unit.
const PER_TIME = /^(?:hours?|hrs?|days?|months?|years?)$/;

export function isKnownNounWord(lower: string): boolean {
  return KNOWN_NOUNS.has(lower);
}

/** The unit a known noun carries ("employees" -> 'people'), for subjects and table headers. */
export function knownUnitOf(lower: string): string | undefined {
  return KNOWN_NOUNS.get(lower);
}

/** Nouns before "of" that say how much of what the sentence already measures: "a total of", "a record of", "the 2019 baseline of". */
export const SAME_MEASURE: ReadonlySet<string> = new Set(['total', 'sum', 'amount', 'figure', 'value', 'level', 'baseline', 'base', 'record', 'high', 'low', 'peak', 'tally', 'further', 'additional', 'combined', 'estimated', 'net', 'gross', 'balance', 'worth', 'part', 'portion', 'share', 'majority', 'half', 'third', 'quarter', 'fraction', 'rest', 'remainder']);

/**
 * Modifiers that pick some of the things counted: "4,000 paying customers" are not all the
 * customers, nor "1,200 software engineers" the headcount.
 */
/** Modifiers that count what was added ("1,500 new sites"): a change, never a segment. */
export const ADDITION_MODIFIERS: ReadonlySet<string> = new Set(['new', 'additional', 'extra', 'incremental', 'net-new']);

export const SUBSET_MODIFIERS: ReadonlySet<string> = new Set([
  ...ADDITION_MODIFIERS, 'paying', 'paid', 'enterprise', 'business', 'consumer',
  'senior', 'junior', 'technical', 'software', 'hardware', 'research', 'machine', 'ml', 'leased', 'reserved',
  'contracted', 'rented', 'idle', 'other', 'older',
]);

/** Words that may stand between a number and its unit noun ("120 million monthly active users"). */
const MODIFIERS = new Set([
  ...SUBSET_MODIFIERS,
  'monthly', 'daily', 'weekly', 'annual', 'yearly', 'active', 'more', 'total', 'unique', 'registered',
  'global', 'existing', 'dedicated', 'deployed', 'installed', 'liquid', 'cooled',
  'advanced', 'leading', 'custom', 'frontier', 'ai', 'data', 'center',
  'datacenter', 'server', 'training', 'inference', 'gen', 'next', 'generation', 'latest', 'current', 'own',
  'owned', 'cloud', 'operational', 'online', 'planned', 'committed', 'net', 'fewer', 'less', 'learning',
]);

/** A GPU/accelerator model name ("H100", "A100", "GB200", "MI300X", "H20"). */
const MODEL = /^(?:[A-Z]{1,3}\d{1,4}[A-Za-z]{0,2}|TPUv?\d+[a-z]?|Trainium\d*|Inferentia\d*|Gaudi\d*|Blackwell|Hopper|Ampere|Rubin)$/;

export interface NounMatch {
  unit: string;
  /** Token range of the noun phrase (modifiers included). */
  start: number;
  next: number;
  known: boolean;
}

/**
 * The unit noun after a number, from token j: a known class ("GPUs", "H100 equivalents",
 * "50,000-GPU-equivalent", "Nvidia H200 GPUs", "monthly users", "12-year") or null.
 */
export function matchKnownNoun(tokens: readonly Token[], j: number): NounMatch | null {
  let k = j;
  if (isGluedHyphen(tokens, k)) k++;
  const start = k;
  for (let steps = 0; steps < 6 && k < tokens.length; steps++) {
    const t = tokens[k]!;
    if (t.type === 'sym') {
      if (steps > 0 && isGluedHyphen(tokens, k)) {
        k++;
        continue;
      }
      return null;
    }
    if (t.type !== 'word') return null;
    const known = KNOWN_NOUNS.get(t.lower) ?? RATE_UNITS.get(t.lower);
    // "310,000 boe/d", "90,000 bbl/d": an abbreviated noun before the span it is a rate per.
    const rateOf = known === undefined && tokens[k + 1]?.text === '/' && !tokens[k + 1]!.spaced && RATE_SPANS.has(tokens[k + 2]?.lower ?? '') ? NOUN_ABBREVIATIONS.get(t.lower) : undefined;
    if (rateOf !== undefined) return { unit: rateOf, start, next: k + 1, known: false };
    const hardware = known === 'GPU' || known === 'TPU' || known === 'chip' || known === 'accelerator' ? known : known === undefined && MODEL.test(t.text) ? t.text : null;
    if (hardware) {
      const h = isGluedHyphen(tokens, k + 1) ? k + 2 : k + 1;
      const time = tokens[h];
      if (time && time.type === 'word' && PER_TIME.test(time.lower) && (h === k + 2 || time.spaced)) {
        return { unit: `${hardware}-${singular(time.lower)}`, start, next: h + 1, known: false };
      }
    }
    if (known !== undefined) {
      // "GPU-equivalent(s)" and "GPU equivalents" are GPUs; "H100 equivalents" are H100e.
      const eq = equivalentAfter(tokens, k + 1);
      // A singular unit noun before another noun is a modifier ("one GPU cluster", "3 GPU
      // hours"): the count is of the second noun. Hyphenated forms keep the unit ("12-year").
      if (eq === null && t.spaced && !isPluralUnit(t.lower) && isLowerWord(tokens[k + 1]) && !NOT_NOUNS.has(tokens[k + 1]!.lower)) return null;
      return { unit: known, start, next: eq ?? k + 1, known: true };
    }
    if (MODEL.test(t.text)) {
      const eq = equivalentAfter(tokens, k + 1);
      if (eq !== null) return { unit: /^H100$/i.test(t.text) ? 'H100e' : 'GPU', start, next: eq, known: true };
    }
    // "100,000 H100s", "20,000 GB200s": counting a named GPU model.
    if (/^(?:[A-Z]{1,3}\d{2,4}[A-Z]?)s$/.test(t.text)) return { unit: 'GPU', start, next: k + 1, known: true };
    const first = t.text.charCodeAt(0);
    const capitalized = first >= 65 && first <= 90;
    // Compound adjectives ("liquid-cooled", "in-house") are modifiers too.
    const compound = isGluedHyphen(tokens, k + 1) && tokens[k + 2]?.type === 'word';
    if (MODIFIERS.has(t.lower) || capitalized || compound || MODEL.test(t.text)) {
      k++;
      continue;
    }
    return null;
  }
  return null;
}

function isPluralUnit(lower: string): boolean {
  return lower.endsWith('s') || lower === 'people' || lower === 'staff' || lower === 'personnel';
}

function isLowerWord(t: Token | undefined): boolean {
  if (!t || t.type !== 'word' || !t.spaced) return false;
  const c = t.text.charCodeAt(0);
  return c >= 97 && c <= 122;
}

function equivalentAfter(tokens: readonly Token[], k: number): number | null {
  let i = k;
  if (isGluedHyphen(tokens, i)) i++;
  const w = tokens[i];
  if (w && w.type === 'word' && (w.lower === 'equivalent' || w.lower === 'equivalents' || w.lower === 'equiv')) return i + 1;
  return null;
}

export function isGluedHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const n = tokens[k + 1];
  return !!t && !!n && t.text === '-' && !t.spaced && !n.spaced;
}

// Function words, pronouns, common verbs and adverbs: never the counted noun after a number.
const NOT_NOUNS = new Set(
  (
    'a an the of in on at to for by with from into onto and or nor but than as that this these those which who whom ' +
    'whose what is are was were be been being am has have had do does did will would shall should can could may might ' +
    'must per each every more less fewer most least times so not no yet also only just even still over under above ' +
    'below after before since until through during about around out up down off via its their his her our your my it ' +
    'they we you he she there here when where while if then else because though although whether both either neither ' +
    'all any some such own same other another ago later earlier apiece alone percent year-over-year yoy versus vs ' +
    'respectively instead each combined together total overall altogether among between across against without within'
  ).split(' '),
);

/**
 * Plural-looking words that are verbs after a subject ("a fact of 18.4 billion supports it", "2
 * million means"): a closed list of common ones that are never counted nouns in prose.
 */
const S_VERBS = new Set(
  (
    'supports shows suggests means implies makes remains seems comes goes gets needs wants includes represents ' +
    'accounts equals says becomes requires reflects compares translates gives takes brings keeps lets sees helps ' +
    'puts tells stands sits lies belongs depends exists happens appears amounts corresponds refers applies ' +
    'sounds matters signs logs sets'
  ).split(' '),
);

// After a plural-looking word, these show it was a verb taking an object ("supports it", "stores
// 400 MWh", "signs up"): a counted noun is not followed by an object pronoun or a number.
const OBJECT_AFTER = new Set(['it', 'them', 'the', 'its', 'their', 'our', 'his', 'her', 'us', 'him', 'me', 'what', 'whether', 'how', 'up', 'out', 'off']);

/**
 * Nouns a number word may count ("three data centers", "two fabs"): things analysts count. Other
 * nouns after a number word ("two entities", "three reasons") are prose, not claims.
 */
const COUNTABLE = new Set(
  (
    'center centre datacenter site campus cluster fab plant facility factory server rack customer client contract ' +
    'deal acquisition office country region market store supplier vendor partner hyperscaler ' +
    'product reactor turbine mine well pipeline substation building tower satellite launch order model utility ' +
    'gigafactory foundry ' +
    // Fleets and sites: "four helicopters and two aircraft", "five hospitals".
    'helicopter aircraft plane jet ship vessel tanker truck train locomotive ambulance clinic hospital school ' +
    'branch shop restaurant hotel warehouse depot station airport terminal'
  ).split(' '),
);

/** Whether a counted noun's head word (singular) is one number words count. */
export function isCountable(unit: string): boolean {
  const sp = unit.lastIndexOf(' ');
  return COUNTABLE.has(sp < 0 ? unit : unit.slice(sp + 1));
}

/**
 * An ordinary counted noun after a number ("12 data centers", "3 new customers"). A count noun
 * is a noun: a plural one, or a singular one after "1" or glued by a hyphen ("a 5,000-acre site");
 * a singular word after another number is an attribute ("the 3 billion figure") or a verb ("2
 * million use it"), and a plural-looking verb ("supports it", "stores 400") is no noun either.
 */
export function matchCountNoun(tokens: readonly Token[], j: number, one: boolean): NounMatch | null {
  let k = j;
  const hyphen = isGluedHyphen(tokens, k);
  if (hyphen) k++;
  const start = k;
  const words: number[] = [];
  for (let steps = 0; steps < 3 && k < tokens.length; steps++) {
    const t = tokens[k]!;
    if (t.type !== 'word' || NOT_NOUNS.has(t.lower)) break;
    const first = t.text.charCodeAt(0);
    if (first < 97 || first > 122) break;
    words.push(k);
    if (isPlural(t.lower)) {
      if (S_VERBS.has(t.lower)) return null;
      const after = tokens[k + 1];
      if (after && after.spaced && (after.type === 'num' || OBJECT_AFTER.has(after.lower))) return null;
      return { unit: nounUnit(tokens, words), start, next: k + 1, known: false };
    }
    k++;
    if (isGluedHyphen(tokens, k)) k++;
  }
  if (words.length === 0 || !(one || hyphen)) return null;
  // Trailing verbs and adverbs are not part of the noun ("1 customer signed"); after a hyphen, the
  // words glued by hyphens ("a 920,000-square-foot building").
  let n = hyphen ? 1 : words.length;
  if (hyphen) while (n < words.length && words[n]! === words[n - 1]! + 2 && isGluedHyphen(tokens, words[n - 1]! + 1)) n++;
  while (n > 0 && /(?:ed|ly|ing)$/.test(tokens[words[n - 1]!]!.lower)) n--;
  if (n === 0) return null;
  const kept = words.slice(0, n);
  return { unit: nounUnit(tokens, kept), start, next: kept[n - 1]! + 1, known: false };
}

// Adjectives dropped from a counted noun's unit ("3 new customers" -> "customer").
const ADJECTIVES = new Set([
  'new', 'additional', 'more', 'extra', 'other', 'existing', 'major', 'large', 'larger', 'small', 'smaller', 'big',
  'bigger', 'key', 'separate', 'distinct', 'different', 'total', 'active', 'current', 'former', 'only', 'main', 'top',
  'biggest', 'largest', 'smallest', 'full', 'entire', 'whole', 'several', 'many', 'few', 'own', 'global', 'local',
  // "600 net new stores": what was added less what closed, still stores.
  'net',
]);

/** Words before a unit of mass that keep it: "48.6 million wet metric tonnes" are tonnes. */
const MASS_DESCRIPTORS: ReadonlySet<string> = new Set(['metric', 'wet', 'dry']);
const MASSES: ReadonlySet<string> = new Set(['tonne', 'ton']);

/** The unit of mass words name with their descriptors ("wet metric tonnes": tonne; a metric ton is a tonne), or undefined. */
function describedMass(words: readonly string[]): string | undefined {
  const last = singular(words.at(-1)!);
  if (words.length < 2 || !MASSES.has(last) || !words.slice(0, -1).every((w) => MASS_DESCRIPTORS.has(w))) return undefined;
  return words.includes('metric') ? 'tonne' : last;
}

/** After "per" at token k: a unit of mass with its descriptors ("per wet metric tonne"), and the token after it. */
export function perDescribedMass(tokens: readonly Token[], k: number): { per: string; next: number } | null {
  let j = k;
  while (MASS_DESCRIPTORS.has(tokens[j]?.lower ?? '')) j++;
  const mass = j > k && tokens[j]?.type === 'word' ? describedMass(tokens.slice(k, j + 1).map((t) => t.lower)) : undefined;
  return mass ? { per: mass, next: j + 1 } : null;
}

function nounUnit(tokens: readonly Token[], words: number[]): string {
  let first = 0;
  while (first < words.length - 1 && (ADJECTIVES.has(tokens[words[first]!]!.lower) || /(?:ed|ing|est)$/.test(tokens[words[first]!]!.lower))) first++;
  const parts = words.slice(first).map((i) => tokens[i]!.lower);
  const mass = describedMass(parts);
  if (mass) return mass;
  parts[parts.length - 1] = singular(parts[parts.length - 1]!);
  return parts.join(' ');
}

/** Plurals without an "s" that notes count in, with their singulars: "50 feet", "312 children", "498 aircraft". */
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['feet', 'foot'], ['children', 'child'], ['women', 'woman'], ['men', 'man'], ['teeth', 'tooth'], ['mice', 'mouse'], ['geese', 'goose'],
  ['aircraft', 'aircraft'], ['spacecraft', 'spacecraft'], ['sheep', 'sheep'], ['cattle', 'cattle'], ['livestock', 'livestock'],
]);
const IRREGULAR_SINGULARS: ReadonlyMap<string, string> = new Map([...IRREGULAR_PLURALS].map(([plural, one]) => [one, plural]));

function isPlural(w: string): boolean {
  return (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) || IRREGULAR_PLURALS.has(w);
}

/** A counted noun in the plural, as written when it already is one ("tonnes", "vessels"). */
export function pluralNoun(w: string): string {
  // A rate's count is the plural: "transits/day" ("boe/d" stays).
  const slash = w.indexOf('/');
  if (slash > 0) return pluralNoun(w.slice(0, slash)) + w.slice(slash);
  // An abbreviation has one number: "548,000 oz".
  if (isPlural(w) || NOUN_ABBREVIATIONS.has(w.toLowerCase())) return w;
  const irregular = IRREGULAR_SINGULARS.get(w);
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return /(?:ch|sh|x|z|s)$/.test(w) ? `${w}es` : `${w}s`;
}

/** English singular of a plural noun (enough for counted nouns in prose). */
export function singular(w: string): string {
  if (!isPlural(w)) return w;
  const irregular = IRREGULAR_PLURALS.get(w);
  if (irregular) return irregular;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}
