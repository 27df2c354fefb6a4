import { isDurationNoun, LETTER_CURRENCIES } from '../lexicon';
import type { Token } from './lexer';

// Words after which a number is a label, not a quantity ("page 3", "Series 2", "step 4", "week 2").
const LABEL_WORDS = new Set(
  (
    'version ver v release series phase stage tier level step steps page pages p pp section sections chapter ' +
    'figure fig table item items no nos number rank ranked gen generation model route article rule episode season vol ' +
    'volume issue slide line lines footnote note appendix exhibit part round class grade type category cohort batch ' +
    'top paragraph clause schedule annex act title sprint build patch option scenario case question q room floor ' +
    'gate unit apollo scope ' +
    // Calendar labels: "in week 2", "from day 1", "in year 3 of the concession" (a duration puts its noun after: "2 weeks").
    'day week month quarter year hour'
  ).split(' '),
);

/** Whether a word makes the number after it a label ("scope 3", "tier 1", "phase 2"). */
export const isLabelWord = (lower: string): boolean => LABEL_WORDS.has(lower);

/** Between labels of one list: "1 and 2", "1, 2 and 3", "1 & 2". */
const LABEL_JOINS = new Set(['and', 'or', '&', ',']);

/** Whether the small whole number at i follows labels listed after a label word ("scope 1 and 2"). */
function listedLabel(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // ("in year 1 and 20% in year 2": a percent is a figure.)
  if (t.grouped || t.decimals !== 0 || t.value >= 100 || tokens[i + 1]?.type === 'sym') return false;
  let k = i - 1;
  let labels = 0;
  while (k > 0 && LABEL_JOINS.has(tokens[k]!.lower) && tokens[k - 1]?.type === 'num' && tokens[k - 1]!.decimals === 0) {
    k -= 2;
    labels++;
  }
  const word = tokens[k];
  return labels > 0 && !!word && word.type === 'word' && (LABEL_WORDS.has(word.lower) || LABEL_WORDS.has(word.lower.replace(/s$/, '')));
}

/** A statistic's confidence level, no quantity: the percent before "CI" or "confidence interval" ("95% CI"); `end` the token after the percent. */
export function isConfidenceLevel(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return tokens[end - 1]?.text === '%' && !!next && (next.text === 'CI' || next.lower === 'confidence');
}

/** Between "p" and its value. */
const P_VALUE_SIGNS = new Set(['<', '=', '≤', '>', '≥']);

/** "to" and the modals, which a verb follows ("expected to double", "will issue"). */
export const MODALS: ReadonlySet<string> = new Set(['to', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must']);

/** Words a verb follows: a label word after them is the verb ("to build", "will issue"). */
const BEFORE_A_VERB = new Set([...MODALS, 'shall', "won't", 'cannot']);

// Capitalised words that are ordinary sentence words, not product names, before a number.
const COMMON_CAPITALISED = new Set(
  (
    'a an the of in on at to for by with from into and or but than as that this these those which who is are was were ' +
    'be has have had will would can could may might about around roughly nearly almost some over under above below ' +
    'more less fewer at least up only just all another each every its their our his her it they we he she there ' +
    'approximately circa estimated north south just well exactly precisely then now today since after before during ' +
    'between among across against per plus minus also even still yet so if when while because although though both ' +
    'either neither no not nor what where why how whether reached hit hits reaching roughly some total totals ' +
    'revenue revenues valuation funding capex spending sales users employees staff headcount gpus tpus chips ' +
    "it's that's there's here's what's who's let's i'm we're they're you're it’s that’s there’s " +
    'see note like including includes include say says said expect expects expected plan plans planned' +
    ' january february march april may june july august september october november december'
  ).split(' '),
);

const RESOLUTION_NOUNS = new Set([
  'video', 'videos', 'display', 'displays', 'resolution', 'screen', 'screens', 'monitor', 'monitors', 'tv', 'tvs',
  'content', 'streaming', 'camera', 'cameras', 'footage', 'gaming', 'panel', 'panels', 'output', 'television',
]);

/** Hyphenated prefixes that do not make a name ("mid-2025", "pre-2020", "non-5G"). */
const NOT_NAME_PREFIXES = new Set(['mid', 'late', 'early', 'end', 'year', 'pre', 'post', 'non', 'sub', 'over', 'under', 'circa', 'ca', 'approx', 'some', 'about']);

/**
 * Whether the number at token i is part of a name, label, version, ordinal, date or ratio
 * rather than a quantity. `hasUnit` says whether a currency, scale, percent or known unit noun
 * belongs to it (a unit wins over a capitalised word before it: "Colossus 100,000 GPUs").
 */
export function isNamePart(tokens: readonly Token[], i: number, end: number, hasUnit: boolean, prevWasName: boolean, inTableCell = false): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[end];
  // Standards and rules of thumb: "Rule of 40"; windows: "trailing 12-month", "rolling 12 months".
  if (prev?.lower === 'of' && tokens[i - 2]?.text === 'Rule' && !hasUnit) return true;
  // "the W12 engine": digits glued to a one-letter currency with no scale after them are a name's.
  if (prev && prev.type === 'word' && !t.spaced && LETTER_CURRENCIES.has(prev.text) && !hasUnit) return true;
  // A trial's p-value states no quantity ("p<0.001", "P = 0.03"; its confidence level: isConfidenceLevel).
  if (prev && P_VALUE_SIGNS.has(prev.text) && /^p$/i.test(tokens[i - 2]?.text ?? '')) return true;
  if (prev && (prev.lower === 'trailing' || prev.lower === 'rolling') && isWindowAfter(tokens, end)) return true;
  // Ordinals and decades glued to the digits: "2nd", "21st", "4th", "2020s", GPT-4o's "4o".
  const glued = tokens[i + 1];
  if (glued && glued.type === 'word' && !glued.spaced && /^(?:st|nd|rd|th|s)$/.test(glued.lower)) return true;
  // Letters glued to the digits that are no scale or unit: "5G", "3D", "2x2", GPT-4o's "4o".
  if (glued && glued.type === 'word' && !glued.spaced && !hasUnit && end === i + 1) return true;
  // Display resolutions and process nodes: "4K video", "8K displays", "3 nm", "5nm".
  if (glued && !glued.spaced && (glued.text === 'K' || glued.text === 'k') && RESOLUTION_NOUNS.has(tokens[i + 2]?.lower ?? '')) return true;
  if (next && next.lower === 'nm' && end === i + 1) return true;
  // Versions: "3.5.1", "v2.1"; ratios and clock times: "3:1", "10:30", "24/7", "1/3".
  if (next && (next.text === '.' || next.text === ':' || next.text === '/') && !next.spaced && tokens[end + 1]?.type === 'num' && !tokens[end + 1]!.spaced) return true;
  if (prev && (prev.text === ':' || prev.text === '/' || prev.text === '.') && !t.spaced && tokens[i - 2]?.type !== 'sym' && tokens[i - 2] && !prev.spaced) return true;
  if (prev && prev.text === '#' && !t.spaced) return true;
  // Numeric reference markers: "[3]", "[1, 4]", "[2-5]".
  if (inReferenceBrackets(tokens, i)) return true;
  // Clock times: "5 pm", "9 a.m."
  if (next && next.type === 'word' && (next.lower === 'am' || next.lower === 'pm' || (next.lower === 'a' && tokens[end + 1]?.text === '.') || (next.lower === 'p' && tokens[end + 1]?.text === '.')) && !hasUnit) return true;
  // "GPT-4", "Llama-3", "COVID-19", "F-35".
  if (prev && prev.text === '-' && !prev.spaced && !t.spaced) {
    const w = tokens[i - 2];
    if (w && w.type === 'word' && !NOT_NAME_PREFIXES.has(w.lower)) return true;
  }
  // "(1)", "(a)" enumerations and "1)" at the start.
  // In a table cell "(1.2)" is an accounting negative, not an enumeration.
  if (prev && prev.text === '(' && !t.spaced && next?.text === ')' && !next.spaced && end === i + 1 && !inTableCell) return true;
  if (i === 0 && next?.text === ')' && !next.spaced) return true;
  // Not a label word used as a verb ("expects to build 1,500 sites", "will issue 200 million shares"), nor a grouped count.
  if (prev && prev.type === 'word' && LABEL_WORDS.has(prev.lower) && !hasUnit && !t.grouped && !BEFORE_A_VERB.has(tokens[i - 2]?.lower ?? '')) return true;
  // "scope 1 and 2 emissions", "phases 2 and 3", "Tier 1, 2 and 3": the labels a label word lists.
  if (listedLabel(tokens, i)) return true;
  if (prev && prev.text === '.' && tokens[i - 2] && (tokens[i - 2]!.lower === 'no' || tokens[i - 2]!.lower === 'fig' || tokens[i - 2]!.lower === 'p')) return true;
  // "Claude 3.5", "Gemini 1.5 Pro", "Windows 11", "Mistral 7B"; then "Llama 3.1 405B" continues the name.
  // Capitalised, camel-case or alphanumeric names: "Claude", "iPhone", "PS5". (No name's number
  // has its thousands grouped: "Zipp's 180,000 scooters" is a count; nor a possessive's one or two
  // digits before a word: "the League's 32 teams", where "Boeing's 737 jets" is a model.)
  if (prev && prev.type === 'word' && t.spaced && !t.grouped && /[A-Z]/.test(prev.text) && !COMMON_CAPITALISED.has(prev.lower) && !possessiveCount(prev, t, next)) {
    if (!hasUnit) return true;
    if (paramSuffix(tokens, i)) return true;
  }
  if (prevWasName && t.spaced && paramSuffix(tokens, i)) return true;
  // A model number after a name: "Ryzen 9 7950X", "RX 9070 XT".
  if (prevWasName && t.spaced && glued && !glued.spaced && /^X[A-Z0-9]*$/.test(glued.text)) return true;
  // Model designations: "737 MAX 8", "A350 XWB 1000": a number, a word in capitals, a number.
  if (next && next.type === 'word' && next.spaced && end === i + 1 && !hasUnit && /^[A-Z]{2,}$/.test(next.text) && tokens[end + 1]?.type === 'num' && tokens[end + 1]!.spaced) return true;
  // Statute-style labels: "401(k)", "501(c)(3)".
  if (next && next.text === '(' && !next.spaced && tokens[end + 1]?.type === 'word' && tokens[end + 1]!.text.length <= 2 && tokens[end + 2]?.text === ')') return true;
  return false;
}

/** "League's 32 teams": a whole number under 100 after a possessive, then a lower-case word. */
function possessiveCount(prev: Token, t: Token, next: Token | undefined): boolean {
  return /['\u2019]s?$/.test(prev.text) && /^\d{1,2}$/.test(t.text) && next !== undefined && next.type === 'word' && next.spaced && /^\p{Ll}/u.test(next.text);
}

/** "-month", " months": the window after "trailing 12". */
function isWindowAfter(tokens: readonly Token[], end: number): boolean {
  const a = tokens[end];
  const b = tokens[end + 1];
  if (a && b && a.text === '-' && !a.spaced && !b.spaced) return isDurationNoun(b.lower);
  return !!a && a.type === 'word' && isDurationNoun(a.lower);
}

/** A model size glued to the digits ("7B", "405B", "70b") not followed by what it counts. */
function paramSuffix(tokens: readonly Token[], i: number): boolean {
  const suffix = tokens[i + 1];
  if (!suffix || suffix.spaced || !/^[BMbm]$/.test(suffix.text)) return false;
  const after = tokens[i + 2];
  return !(after && after.type === 'word' && COUNTED_AFTER_SIZE.test(after.text));
}

// "405B parameters", "7B tokens", "$5B dollars": then the number is a quantity after all.
const COUNTED_AFTER_SIZE = /^(?:parameters?|params?|tokens?|users?|gpus?|tpus?|chips?|dollars?|people|employees)$/i;

function inReferenceBrackets(tokens: readonly Token[], i: number): boolean {
  const isRefPart = (t: Token): boolean => t.type === 'num' || t.text === ',' || t.text === '-' || t.text === '–';
  // Reference lists are short; the bound keeps long number runs linear.
  let a = i - 1;
  while (a >= 0 && i - a < 16 && isRefPart(tokens[a]!)) a--;
  if (a < 0 || tokens[a]!.text !== '[') return false;
  let b = i + 1;
  while (b < tokens.length && b - i < 16 && isRefPart(tokens[b]!)) b++;
  return b < tokens.length && tokens[b]!.text === ']';
}
