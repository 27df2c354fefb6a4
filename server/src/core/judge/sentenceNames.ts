// The names a sentence gives, read from its capitalised words: what an entity is called when the
// facts files do not know it yet. Add Fact proposes a new entity from them (lsp/entityProposal.ts),
// and the consistency pass keys a statement by them when no facts file names the entity.
import { BUILTIN_METRICS } from '../facts/builtinMetrics';
import { canonicalUnit, GLUED_PREFIXES, SCALED_SYMBOLS } from '../lexicon';
import { STEP_CUES } from '../extract/stepCues';
import type { Claim, FactIndex, Span } from '../types';
import { foldForMatch } from './findPhrase';
import { METRIC_VERB } from './metricVerbs';
import { isChangeNoun } from '../extract/hedges';
import { TextMemo } from '../textMemo';

/** Who speaks for a company or about it, never its name: "Management guided to…", "Analysts expect…". */
export const SPEAKERS: ReadonlySet<string> = new Set(
  'management analysts investors shareholders executives economists forecasters strategists officials observers experts traders'.split(' '),
);

/** Capitalised words that start sentences or name times, not companies. */
const NOT_NAMES = new Set(
  (
    'a an the in on at to for by with from of and or but as this that these those its their our his her it they we he she ' +
    'there here then now today since after before during between over under about around roughly nearly almost only just ' +
    'some all each every both per also yet so if when while because although though what which who how why where ' +
    'according meanwhile however moreover overall total combined last next this year quarter fiscal fy ' +
    // A fronted change: "Up 9% year over year, daily active users reached…".
    'up down ' +
    // Other prepositions and sentence adverbs: "Across the tournament, fans logged…", "Separately, …".
    'across among amid despite within without through throughout beyond against toward towards via above below along ' +
    'upon until unlike instead still even again already later earlier separately similarly likewise finally ' +
    'additionally elsewhere together given assuming excluding including following ' +
    // People and things a sentence opens with, never a name: "Engineers expect…", "Fans logged…", "Demand was solid:".
    'fans viewers consumers shoppers buyers sellers organisers organizers engineers regulators ' +
    'residents voters workers members critics researchers scientists doctors patients students ' +
    'parents citizens households families owners tenants farmers growers lawmakers ministers authorities ' +
    'insiders people rivals competitors peers partners suppliers pharmacies hospitals schools clinics visitors ' +
    'passengers tourists attendees spectators planners demand supply pricing prices price volume mix currency tariffs ' +
    // "Price contributed about 4 points", "Excise taxes were C$22.7 million".
    'excise taxes weather ' +
    'costs inflation volumes ships shares more less fewer most nearly almost approximately ' +
    'proceeds riders backers players gamers customers clients subscribers holders bondholders lenders creditors ' +
    'borrowers depositors drivers pilots nurses teachers employees staff ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday q1 q2 q3 q4 h1 h2'
  )
    .split(' ')
    .concat([...SPEAKERS])
    // "up 12.8% YoY", "QoQ": a change's step, one word.
    .concat(Object.values(STEP_CUES).flatMap((cues) => cues.filter((c) => /^\p{L}+$/u.test(c))))
    // A metric's words start sentences too ("Revenue hit $2 billion at Figma").
    .concat(BUILTIN_METRICS.flatMap((m) => m.words.flatMap((w) => w.toLowerCase().split(/\s+/)))),
);

/** Whether a capitalised word may be part of a name (not a sentence word, a time or a built-in metric word). */
export function mayName(word: string): boolean {
  return !NOT_NAMES.has(word.toLowerCase());
}

// Each facts index's metric words, word by word ("revenue", "run", "rate", "punctuality").
const metricTokens = new WeakMap<FactIndex, Set<string>>();
export function metricTokensOf(index: FactIndex): ReadonlySet<string> {
  let tokens = metricTokens.get(index);
  if (!tokens) {
    tokens = new Set([...index.metrics.values()].flatMap((m) => m.words.flatMap((w) => foldForMatch(w).split(/\s+/))));
    metricTokens.set(index, tokens);
  }
  return tokens;
}

/** Before a sentence's first word: nothing, end punctuation, a list bullet or a table bar. */
const OPENING = /(?:^|[.!?:;]["')\]]*|^\s*(?:[-*+]|\d+[.)])|\|)\s*$/;
const NEXT_WORD = /^[ \t]+(\p{Ll}[\p{L}-]*)(?:[ \t]+(\p{Ll}[\p{L}-]*))?/u;

/**
 * Whether a name is only a capitalised word opening a sentence before a metric word or a change:
 * "Quarterly revenue reached…", "Online sales grew…", "Regional punctuality was…",
 * "Constant-currency growth was…" (a qualifier, not a name).
 */
export function opensAMetricPhrase(text: string, name: { name: string; start: number }, index: FactIndex): boolean {
  if (/\s/.test(name.name) || !OPENING.test(text.slice(Math.max(0, name.start - 8), name.start))) return false;
  const words = NEXT_WORD.exec(text.slice(name.start + name.name.length, name.start + name.name.length + 60));
  const next = words?.[1];
  if (next === undefined || METRIC_VERB.test(next)) return false;
  const folded = foldForMatch(next);
  // ("Acme cut 500 jobs": "cut" is also a verb's past, after a name.)
  if (metricTokensOf(index).has(folded) || (isChangeNoun(folded) && folded !== 'cut')) return true;
  // "Box office revenue was…", "Car parking revenue…": a compound noun before the metric word (not a verb: "Acme reported revenue").
  const second = words![2];
  return second !== undefined && !/(?:ed|s)$/.test(next) && metricTokensOf(index).has(foldForMatch(second));
}

/** After a name, what makes it a study's and no one's: "the TALON-2 trial", "the CLEAR study". */
const A_STUDY = /^[ \t]+(?:trials?|study|studies)\b/;

/** Upper-case words that are units or currencies, not names; a scale letter before a unit's abbreviation too ("28.6 Moz", "4.6 Mt", "Mbbl", "Bcf"; not "Meta"). */
const UNIT_WORDS = new Set([
  ...'USD EUR GBP JPY INR CNY GPU GPUs TPU TPUs ARR MAU WAU DAU CAPEX H100 H100s H200 B200 GW MW kW TWh GWh MWh'.split(' '),
  ...SCALED_SYMBOLS,
  // "Rs 712 crore", "KSh 15.6 billion": a currency written before its figure.
  ...GLUED_PREFIXES,
]);

/** A short word right after a figure (not a year) is its unit: "700 Tbps", "12 Mtpa". */
const AFTER_FIGURE = /(?:^|[^\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*[ \t]+$/;
/** After a figure and its scale, a lower-case one too: "1,515 million kgMS" (not "a $2 billion AMD deal"). */
const AFTER_SCALED_FIGURE = /(?:^|[^\d.,])\d[\d.,]*[ \t]+(?:thousand|million|billion|trillion|mn|bn|m|k)[ \t]+$/;

/** "W53.6", "Rp1,482tn", "VND140,000": a currency's letters glued to its figure, no name. */
function isLetterMoney(word: string): boolean {
  const letters = /^\p{L}+(?=\d)/u.exec(word)?.[0];
  // (GLUED_PREFIXES holds every code and symbol of letters, the one-letter currencies among them.)
  return letters !== undefined && GLUED_PREFIXES.has(letters);
}

/** An id from a name: lower case, words joined by '-' ("Scale AI" → "scale-ai", "OpenAI" → "openai"). */
export function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const WORD = /[A-Z][\p{L}\p{N}&'’.-]*|[a-z]+[A-Z][\p{L}\p{N}]*/gu;
const INITIALISM = /^(?:[A-Z]\.){2,}$/;


// The consistency pass asks for a sentence's names once per figure in it (entityOf, then
// nameForFigure): the last few sentences' names are kept (callers only read them).
const recentNames = new TextMemo<readonly { name: string; start: number }[]>(16);

/** Capitalised phrases of a sentence with their offsets: runs of capitalised words, possessives cut off. */
export function namesIn(sentence: string): readonly { name: string; start: number }[] {
  return recentNames.get(sentence) ?? recentNames.keep(sentence, readNames);
}

/** A capitalised participle: "Adjusted", "Excluding", "Including"; not a name that looks like one ("United States", "Beijing"). */
const PARTICIPLE = /^(?!(?:United|Beijing|Nanjing|Chongqing|Kunming|Wyoming)$)[A-Z][a-z]+(?:ed|ing)$/;

/** A period's name ("FY2026", "Q3", "H1", "FQ4", "CY2025", "Q2FY27", the "FY3" of "FY3/27") names no one. */
const PERIOD_WORD = /^(?:(?:FY|CY)\d{1,2}(?:\d{2})?|F?Q[1-4]|H[12]|[QH][1-4]FY\d{2}(?:\d{2})?)$/;

/** A compound of a time or a term: "Third-quarter", "Full-year", "Year-end", "Long-term", "Nine-month" (lower case after its hyphen). */
const TIME_COMPOUND = /^\p{Lu}\p{Ll}*(?:-\p{Ll}+)*-(?:quarter|year|half|month|week|day|end|date|term)$|^(?:Year|Quarter|Month)-\p{Ll}/u;

/** Leading sentence words ("In", "The"), periods ("In Q3 Lumen…", "Third-quarter revenue…") and changes ("Growth was 3.1%") are not part of a name. */
const notInName = (word: string): boolean => NOT_NAMES.has(word.toLowerCase()) || PERIOD_WORD.test(word) || TIME_COMPOUND.test(word) || isChangeNoun(word.toLowerCase());

/**
 * Adjectives of a country or region ("its Mexican stores", "Chinese makers"), each with the names a
 * facts file may give that place as a segment: no one's name before a lower-case noun, and the part
 * a figure is of ("Norvia's Mexican volumes": `segment: Mexico`).
 */
const DEMONYM_PLACES: ReadonlyMap<string, readonly string[]> = new Map(
  (
    'american:America,Americas,United States,US,USA|mexican:Mexico|canadian:Canada|brazilian:Brazil|argentine:Argentina|' +
    'argentinian:Argentina|chilean:Chile|colombian:Colombia|peruvian:Peru|british:United Kingdom,UK,Britain|english:England|' +
    'scottish:Scotland|welsh:Wales|irish:Ireland|french:France|german:Germany|italian:Italy|spanish:Spain|portuguese:Portugal|' +
    'dutch:Netherlands|belgian:Belgium|swiss:Switzerland|austrian:Austria|swedish:Sweden|norwegian:Norway|danish:Denmark|' +
    'finnish:Finland|icelandic:Iceland|polish:Poland|czech:Czech Republic,Czechia|hungarian:Hungary|romanian:Romania|' +
    'greek:Greece|turkish:Turkey,Türkiye|russian:Russia|ukrainian:Ukraine|chinese:China|japanese:Japan|korean:Korea|' +
    'taiwanese:Taiwan|indian:India|pakistani:Pakistan|bangladeshi:Bangladesh|indonesian:Indonesia|malaysian:Malaysia|' +
    'thai:Thailand|vietnamese:Vietnam|filipino:Philippines|philippine:Philippines|singaporean:Singapore|australian:Australia|' +
    'nigerian:Nigeria|kenyan:Kenya|egyptian:Egypt|moroccan:Morocco|saudi:Saudi Arabia|emirati:UAE,United Arab Emirates|' +
    'israeli:Israel|iranian:Iran|african:Africa|european:Europe|asian:Asia|nordic:Nordics,Nordic|scandinavian:Scandinavia|' +
    'arab:Arab|latin:Latin America|slovak:Slovakia'
  )
    .split('|')
    .map((e) => {
      const [word, places] = e.split(':') as [string, string];
      return [word, places.split(',')] as const;
    }),
);
const DEMONYMS: ReadonlySet<string> = new Set(DEMONYM_PLACES.keys());
/** Whether a word is a country's or region's adjective ("Mexican", "Scottish"). */
export const isDemonym = (word: string): boolean => DEMONYMS.has(word.toLowerCase());
/** The names of the place a demonym is of, after a compass word if any ("North American": North America). */
export function demonymPlaces(word: string, compass?: string): readonly string[] {
  const places = DEMONYM_PLACES.get(word.toLowerCase()) ?? [];
  return compass ? places.map((p) => `${compass} ${p}`) : places;
}
/** Any of them, capitalised, in a text: a quick look before reading words one by one. */
export const A_DEMONYM = new RegExp(String.raw`\b(?:${[...DEMONYMS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\b`);
export const COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/** "Mexican stores", "South Korean makers": a run of a demonym (after a compass word) before a lower-case word. */
function demonymBeforeNoun(run: readonly { text: string; end: number }[], sentence: string): boolean {
  const last = run[run.length - 1]!;
  if (!DEMONYMS.has(last.text.toLowerCase()) || !run.slice(0, -1).every((w) => COMPASS.has(w.text.toLowerCase()))) return false;
  return last.end >= 0 && /^[ \t]+\p{Ll}/u.test(sentence.slice(last.end, last.end + 3));
}

function readNames(sentence: string): { name: string; start: number }[] {
  const words: { text: string; start: number; end: number }[] = [];
  for (const m of sentence.matchAll(WORD)) {
    // "C$3.8 billion", "NZ$5 billion": a currency's letters, not a name.
    if (sentence[m.index! + m[0].length] === '$') continue;
    // "$0.095/W", "€45/MWh": the unit a price is per, not a name.
    if (sentence[m.index! - 1] === '/' && canonicalUnit(m[0]) !== null) continue;
    // "6E ounces", "1H FY3/27", "3Q": letters glued after a digit are a unit or a period, not a name.
    if (m[0].length <= 2 && /\d/.test(sentence[m.index! - 1] ?? '')) continue;
    // An initialism keeps its last dot: "U.S. Pharmaceutical" is one name.
    const text = m[0].replace(/['’]s?$/u, '').replace(INITIALISM.test(m[0]) ? /-+$/ : /[.-]+$/, '');
    if (!text) continue;
    const before = text.length <= 5 ? sentence.slice(Math.max(0, m.index! - 24), m.index!) : '';
    if (before && (AFTER_FIGURE.test(before) || (/^[a-z]/.test(text) && AFTER_SCALED_FIGURE.test(before)))) continue;
    words.push({ text, start: m.index!, end: m.index! + text.length });
    if (m[0] !== text && /['’]/.test(m[0])) words[words.length - 1]!.end = -1; // a possessive ends the phrase
  }
  const names: { name: string; start: number }[] = [];
  let run: typeof words = [];
  const flush = () => {
    while (run.length > 0 && notInName(run[0]!.text)) run.shift();
    // A participle opening the sentence ("Adjusted EPS was…", "Excluding the charges, …") names no one.
    if (run.length > 0 && PARTICIPLE.test(run[0]!.text) && OPENING.test(sentence.slice(Math.max(0, run[0]!.start - 8), run[0]!.start))) run.shift();
    while (run.length > 0 && notInName(run[run.length - 1]!.text)) run.pop();
    if (run.length > 0 && demonymBeforeNoun(run, sentence)) run = [];
    const kept = run.filter((w) => !UNIT_WORDS.has(w.text) && !/^\d/.test(w.text) && !isLetterMoney(w.text));
    const last = run[run.length - 1];
    if (last && last.end >= 0 && A_STUDY.test(sentence.slice(last.end, last.end + 12))) run = [];
    // The words as written between them: "Production & Precision Ag", "Procter & Gamble".
    if (kept.length > 0 && kept.length === run.length) names.push({ name: sentence.slice(run[0]!.start, last!.start + last!.text.length).replace(/[ \t]+/g, ' '), start: run[0]!.start });
    run = [];
  };
  for (const w of words) {
    const prev = run[run.length - 1];
    const adjacent = prev && prev.end >= 0 && /^[ \t]+(?:&[ \t]+)?$/.test(sentence.slice(prev.end, w.start));
    if (!adjacent) flush();
    run.push(w);
  }
  flush();
  return names;
}

/**
 * The name a sentence gives the figure's owner. The subject comes first ("Microsoft invested
 * $10 billion in OpenAI": Microsoft), so the first name before the figure wins, then the first
 * after it. With `clause`, a name in the figure's own clause comes first ("Anthropic raised
 * $2 billion and Mistral raised €600 million": Mistral owns the second figure).
 */
export function nameForFigure(claim: Pick<Claim, 'sentenceText' | 'text'> & Partial<Pick<Claim, 'sentence' | 'offset'>>, index: FactIndex, clause?: Span): string | undefined {
  const base = claim.sentence?.start;
  // With a clause the claim's own offsets place it (the same figure may occur twice in a sentence).
  const claimAt = clause && claim.offset && base !== undefined ? claim.offset.start - base : claim.sentenceText.indexOf(claim.text);
  const claimEnd = claimAt < 0 ? -1 : claimAt + claim.text.length;
  const names = namesIn(claim.sentenceText).filter((n) => (claimAt < 0 || n.start < claimAt || n.start >= claimEnd) && !opensAMetricPhrase(claim.sentenceText, n, index));
  if (clause && base !== undefined && claimAt >= 0) {
    const inClause = names.filter((n) => n.start >= clause.start - base && n.start < clause.end - base);
    const own = inClause.find((n) => n.start < claimAt) ?? inClause[0];
    if (own) return own.name;
  }
  return (names.find((n) => claimAt < 0 || n.start < claimAt) ?? names[0])?.name;
}
