import type { TimeRef } from '../types';
import type { TokenClaim } from './extractClaims';
import { isClauseBreak, type Token } from './lexer';
import { comparedFromTime, isMonthName, startsAComparison, type TimePhrase } from './time';
import { SAME_MEASURE } from './unitNouns';

/**
 * Gives each claim the time its sentence states for it. A time phrase goes to the claim it
 * directly follows (same clause), else to the next claim, else to the one before. A claim
 * with several phrases takes the nearest stated period; relative words ("last", "current")
 * count only when no period is stated, and "through"/"until" a period only when no other is. A sentence-opening phrase set off by a comma ("In
 * 2024, ...") also covers claims that got no phrase of their own.
 */
/** "prior year", "previous year", "last year": the year before another, as a label ("(prior year: £1.1bn)"). */
export const PRIOR_YEAR = String.raw`(?:prior|previous|last)[\s-]+year`;
/** A time phrase that is only "(the) prior/previous/last year". */
export const PRIOR_YEAR_ALONE = new RegExp(`^(?:the\\s+)?${PRIOR_YEAR}$`, 'i');

/** Where ", when" stands after a time's end, past up to three lower-case words ("levels", "as a whole"); -1 when it does not. */
function whenAfter(tokens: readonly Token[], end: number): number {
  for (let k = end; k <= end + 3; k++) {
    if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'when') return k;
    if (tokens[k]?.type !== 'word' || tokens[k]!.text !== tokens[k]!.lower) return -1;
  }
  return -1;
}

/** The word right before the level a change reached: "rose 11% to €238.6 million", "…, at $4.2 billion". */
const REACHED_TO = new Set(['to', 'at']);

export function attachTimes(tokens: readonly Token[], claims: TokenClaim[], phrases: readonly TimePhrase[], base: number): void {
  if (phrases.length === 0 || claims.length === 0) return;
  if (pairRespectively(tokens, claims, phrases, base)) return;
  const breaks = new Int32Array(tokens.length + 1);
  // Parentheses do not separate a time from its figure: "$500M (2024)", "~$5B (Dec 2024)".
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    breaks[k + 1] = breaks[k]! + (isClauseBreak(t) && t.text !== '(' && t.text !== ')' ? 1 : 0);
  }
  const breakBetween = (from: number, to: number): boolean => breaks[to]! - breaks[from]! > 0;

  const given: TimePhrase[][] = claims.map(() => []);
  // "repurchased $1.5 billion in the quarter and expects fourth-quarter gross bookings of $48 billion":
  // a figure that has its time already leaves the next one, in the same clause, to the figure after it
  // (never where a change started: "grew 20% in 2025 from 2024 to $6 billion").
  // (A time of its own clause: "Dreamloft, which started online in 2016, sold 640,000 mattresses in 2024 and now has 85
  // showrooms" gave the 2016 of the clause before to the 640,000, and so its "in 2024" to the showrooms.)
  const ownTime = (c: number): boolean => given[c]!.some((q) => q.start >= claims[c]!.end || !breakBetween(q.end, claims[c]!.start));
  const secondTimeOfNext = (before: number, after: number, p: TimePhrase): boolean =>
    after >= 0 && ownTime(before) && !breakBetween(p.end, claims[after]!.start) && !startsAComparison(tokens, p.start);
  // Phrases and claims are both in token order and never overlap: one sweep pairs them.
  let next = 0;
  for (const p of phrases) {
    // "3,020 km of motorway under concessions that run to 2038": how long something else lasts, no figure's time.
    if (p.until && TERM_VERBS.has(tokens[p.start - 1]?.lower ?? '')) continue;
    while (next < claims.length && claims[next]!.end <= p.start) next++;
    const before = next - 1;
    const after = next < claims.length && claims[next]!.start >= p.end ? next : -1;
    let target = -1;
    // "(2023: £1.1bn)", "- 2024: $5 billion": a time that labels the figure after its colon is that
    // figure's; "(prior year: £1.1bn)" is no one's: the year before the figure it is compared with
    // (the judge's), not before the note's date.
    if (after >= 0 && tokens[p.end]?.text === ':' && claims[after]!.start === p.end + 1) {
      if (!PRIOR_YEAR_ALONE.test(p.ref.text)) target = after;
      else continue;
    } else if (after >= 0 && possessiveEnd(tokens, p) === claims[after]!.start) {
      // "up 18% on 2023's 3.9 million tonnes", "last year's $4 billion": the possessive time owns the figure it names.
      target = after;
    } else if (before >= 0 && after < 0 && possessiveEnd(tokens, p) >= 0 && !startsAComparison(tokens, p.start) && !COMPARED_FROM_WORDS.has(tokens[p.start - 1]?.lower ?? '')) {
      // "(about 10.6% of revenue) as the line renewed charters signed at 2024's elevated rates": after a figure, the time of another noun.
      continue;
    } else if (before >= 0 && participleOfAnother(tokens, claims[before]!.end, p.start)) {
      // "Charter costs were $2.31 billion after charters signed in 2024": the time the participle's own noun was signed.
      continue;
    } else if (after >= 0 && tokens[p.end]?.type === 'word' && SAME_MEASURE.has(tokens[p.end]!.lower) && tokens[p.end + 1]?.lower === 'of' && claims[after]!.start === p.end + 2) {
      // "the 2019 baseline of 6.8 MtCO2e", "the 2023 total of 12": the time names the level it labels.
      target = after;
    } else if (before >= 0 && claims[before]!.claim.kind !== 'growth' && comparedFromTime(tokens, p.start, claims[before]!.end)) {
      // "a dividend of €0.40 per share, unchanged from 2024": the level is not 2024's.
      continue;
    } else if (before >= 0 && ofALaterNoun(tokens, p) && tokens.slice(claims[before]!.end, p.start).some((t) => CLAUSE_OPENERS.has(t.lower))) {
      // ("Net revenue was $3.93 billion as futures came off their 2024 peak": the peak's year, in a clause of its own.)
      continue;
    } else if (before >= 0 && !breakBetween(claims[before]!.end, p.start) && !secondTimeOfNext(before, after, p)) target = before;
    // "$915 million, flat on last year, and EBITDA of $302 million": where a change started is no later figure's time.
    else if (after >= 0 && startsAComparison(tokens, p.start) && breakBetween(p.end, claims[after]!.start)) continue;
    else if (after >= 0) target = after;
    // "2.4 GW, two units, licences run to 2050": an end of term in a later clause is not the figure's.
    else if (!p.until && !ofALaterNoun(tokens, p) && !inRelativeClause(tokens, p)) target = before;
    if (target >= 0) given[target]!.push(p);
  }

  const opening = phrases[0]!;
  // Only a phrase that opens the sentence ("In 2024, ...", "As of June 30, 2025, ...") covers it.
  const opensSentence = opening.start <= 1 && opening.end <= claims[0]!.start && breakBetween(opening.end, claims[0]!.start);
  // "Group sales in 2024 were €12.9 billion, and net profit was €455 million": the sentence's one
  // period, in its first figure's subject, is the whole sentence's (a bare "2030 goal" is not).
  const covers = opensSentence || (phrases.length === 1 && opening.end <= claims[0]!.start && opening.ref.iso !== null && SUBJECT_PERIOD.test(opening.ref.text));

  // "raised $3.5 billion at a $61.5 billion valuation in March 2025": the round and its valuation are one deal, of one time.
  for (let c = claims.length - 2; c >= 0; c--) {
    if (given[c]!.length === 0 && given[c + 1]!.length > 0 && AT_A_VALUE.test(tokens.slice(claims[c]!.end, claims[c + 1]!.start).map((t) => t.lower).join(' '))) given[c] = given[c + 1]!;
  }
  // "2,500 layoffs in 2024, when headcount peaked at 71,000": a clause opened by "when" right after a time is of that time.
  for (let c = 0; c < claims.length; c++) {
    if (given[c]!.length > 0) continue;
    // (A few words may close the time's noun phrase first: "18% below fiscal 2019 levels, when", "for fiscal 2026 as a whole, when".)
    const p = phrases.filter((x) => x.end < claims[c]!.start && whenAfter(tokens, x.end) >= 0).at(-1);
    if (p && !breakBetween(whenAfter(tokens, p.end) + 2, claims[c]!.start) && p.ref.iso !== null) given[c] = [p];
  }
  // "Revenue for fiscal 2025 rose 11.0% to €238.6 million, from €214.9 million in fiscal 2024": the level a change reached is of the change's period, stated before it.
  for (let c = 1; c < claims.length; c++) {
    const change = claims[c - 1]!;
    if (given[c]!.length > 0 || change.claim.kind !== 'growth' || !REACHED_TO.has(tokens[claims[c]!.start - 1]?.lower ?? '') || claims[c]!.start - change.end > 3) continue;
    const stated = given[c - 1]!.filter((p) => p.end <= change.start && p.ref.iso !== null);
    if (stated.length > 0) given[c] = stated;
  }
  // The figures of the run ending with claim c, joined by commas and "and" only, that have no time yet, take p.
  const giveRunBack = (c: number, p: TimePhrase): void => {
    while (c > 0 && given[c - 1]!.length === 0 && tokens.slice(claims[c - 1]!.end, claims[c]!.start).every((t) => t.text === ',' || t.lower === 'and')) given[--c] = [p];
  };
  // "Revenue and EBITDA were €5.62 billion and €3.41 billion in 2024, respectively": a time right before "respectively" is the whole run's.
  for (const p of phrases) {
    const after = tokens[p.end]?.text === ',' ? p.end + 1 : p.end;
    if (tokens[after]?.lower !== 'respectively') continue;
    giveRunBack(claims.findIndex((x) => x.end === p.start), p);
  }
  // "…were 51.6% and 48.9% for Kapuluan and Sulu, respectively, in 3Q26": a time right after "respectively," is the whole run's too.
  for (const p of phrases) {
    const before = tokens[p.start - 1]?.text === ',' ? p.start - 2 : p.start - 1;
    if (tokens[before]?.lower !== 'respectively' || p.ref.iso === null) continue;
    let c = claims.length - 1;
    while (c >= 0 && claims[c]!.end > before) c--;
    if (c < 0 || (given[c]!.length > 0 && !given[c]!.includes(p))) continue;
    given[c] = [p];
    giveRunBack(c, p);
  }
  // "exported 1.21 million hectolitres in 2025, 7% less than in 2024, worth €602 million": what the level was worth is of its time.
  for (let c = 1; c < claims.length; c++) {
    if (given[c]!.length > 0 || !worthBefore(tokens, claims[c]!.start)) continue;
    const level = claims.slice(0, c).reverse().find((x) => x.claim.kind !== 'growth');
    const own = level ? given[claims.indexOf(level)]! : [];
    if (own.length > 0) given[c] = own;
  }
  for (let c = 0; c < claims.length; c++) {
    const claim = claims[c]!;
    let mine = given[c]!;
    // (Never to the level a change started from: "In 2024, revenue was $5.0 billion, up 11% from $4.5 billion".)
    if (mine.length === 0 && covers && !comparedLevel(tokens, claim.start)) mine = [opening];
    if (mine.length === 0) continue;
    const distance = (p: TimePhrase): number => (p.end <= claim.start ? claim.start - p.end : p.start - claim.end);
    // "through 2042" states how long a term runs: a period the figure is for wins over it.
    const rank = (p: TimePhrase): number => distance(p) + (p.until ? tokens.length : 0);
    // ("The fleet now numbers 34 ships (six more are on order for delivery through 2029)": now, not a term's end.)
    const now = mine.some((p) => p.ref.latest);
    const periods = mine.filter((p) => p.ref.iso !== null && !(now && p.until)).sort((a, b) => rank(a) - rank(b));
    const chosen = periods[0] ?? mine.slice().sort((a, b) => distance(a) - distance(b))[0]!;
    const first = tokens[chosen.start]!;
    const last = tokens[chosen.end - 1]!;
    const ref: TimeRef = { ...chosen.ref, span: { start: base + first.start, end: base + last.end } };
    claim.claim.time = ref;
  }
}

/**
 * Whether the figure at token `start` is the level a change started from ("up 11% from $4.5
 * billion", "more than $4.5 billion"), not a peer's figure set beside it ("versus Microsoft's $80 billion").
 */
function comparedLevel(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.lower ?? '';
  // ("…, against €31 million", "compared with $4.5 billion": right before the figure, no peer's name between.)
  return STARTED_FROM.has(before) || AGAINST_WORDS.has(before) || (before === 'with' && tokens[start - 2]?.lower === 'compared');
}
const STARTED_FROM: ReadonlySet<string> = new Set(['from', 'since', 'than']);
const AGAINST_WORDS: ReadonlySet<string> = new Set(['against', 'versus', 'vs']);

/** Verbs of a term's length before its end ("run to 2038", "expires in 2031" is a period, not an end). */
const TERM_VERBS: ReadonlySet<string> = new Set(['run', 'runs', 'running', 'ran', 'last', 'lasts', 'lasting', 'expire', 'expires', 'expiring', 'extend', 'extends', 'extending', 'extended', 'mature', 'matures', 'maturing']);

/** Past participles not in "-ed": "after acquisitions made in 2025", "helped by contracts won in the first half". */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['made', 'won', 'bought', 'sold', 'built', 'paid', 'taken', 'given', 'held', 'brought', 'spent', 'done', 'begun', 'set', 'struck', 'cut', 'shut', 'written', 'drawn', 'sought', 'lost', 'grown', 'laid', 'borne', 'put', 'sent', 'lent', 'found']);

/** Between a figure and a time: a preposition, a noun and its participle right before the time ("after charters signed in"). */
function participleOfAnother(tokens: readonly Token[], figureEnd: number, timeStart: number): boolean {
  const participle = tokens[timeStart - 1];
  if (!participle || participle.type !== 'word' || !(/\p{Ll}ed$/u.test(participle.text) || IRREGULAR_PARTICIPLES.has(participle.lower)) || timeStart - 1 - figureEnd < 2) return false;
  const between = tokens.slice(figureEnd, timeStart - 1);
  // (", helped by contracts won in the first half": an agent's phrase after a comma is still the figure's aside.)
  const breaks = between.filter(isClauseBreak);
  const agentAside = breaks.length === 1 && between[0] === breaks[0] && /\p{Ll}ed$/u.test(between[1]?.text ?? '') && between[2]?.lower === 'by';
  return (breaks.length === 0 || agentAside) && between.some((t) => PARTICIPLE_NOUN_OPENS.has(t.lower)) && between[between.length - 1]!.type === 'word';
}
/** Before a possessive time a change starts from: "up 20% from last year's plan". */
const COMPARED_FROM_WORDS: ReadonlySet<string> = new Set([...STARTED_FROM, ...AGAINST_WORDS, 'on', 'over', 'with']);
const PARTICIPLE_NOUN_OPENS: ReadonlySet<string> = new Set(['after', 'before', 'from', 'with', 'on', 'under', 'for', 'by']);

/** Determiners before a year that qualifies a noun: "its 2026 maturities", "the 2027 notes". */
const YEAR_OF_NOUN_BEFORE: ReadonlySet<string> = new Set(['its', 'their', 'our', 'the', 'his', 'her', 'this', 'that', 'these', 'those']);

/**
 * "…, after the group refinanced its 2026 maturities early", "…, helped by the December metal
 * sale": a year or a month a later clause gives a noun of its own, no earlier figure's time.
 */
function ofALaterNoun(tokens: readonly Token[], p: TimePhrase): boolean {
  // (The phrase may hold its determiner and a preposition: "by the December".)
  const t = tokens[p.end - 1]!;
  const alone = p.end - p.start === 1 || (isMonthName(t.text) && p.end - p.start <= 3);
  return alone && (t.type === 'num' || isMonthName(t.text)) && YEAR_OF_NOUN_BEFORE.has(tokens[p.end - 2]?.lower ?? '') && /^\p{Ll}/u.test(tokens[p.end]?.text ?? '');
}

/** Words that open a clause of its own between a figure and a later time: "$3.93 billion as futures came off their 2024 peak". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'while', 'because', 'when', 'although', 'though']);

/** "…is weighted to the second pier, which should open in 2027": a relative clause's time is its antecedent's, no earlier figure's. */
function inRelativeClause(tokens: readonly Token[], p: TimePhrase): boolean {
  let k = p.start - 1;
  while (k >= 0 && !isClauseBreak(tokens[k]!)) k--;
  return k >= 0 && tokens[k]!.text === ',' && RELATIVE_WORDS.has(tokens[k + 1]?.lower ?? '');
}
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['which', 'who', 'where']);

/** A period that says what a figure is for: "in 2024", "for fiscal 2025", "during the third quarter". */
const SUBJECT_PERIOD = /^(?:in|for|during|over)\s/i;

/** Hedges between ", worth" and its figure. */
const WORTH_HEDGES: ReadonlySet<string> = new Set(['about', 'roughly', 'around', 'nearly', 'some', 'just', 'over']);

/** Before what a level was worth, set off by a comma: ", worth", ", worth about", ", valued at". */
function worthBefore(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (WORTH_HEDGES.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower === 'worth') k--;
  else if (tokens[k]?.lower === 'at' && tokens[k - 1]?.lower === 'valued') k -= 2;
  else return false;
  return tokens[k]?.text === ',';
}

/** Between a round and the valuation it was raised at: "at a", "at an about". */
const AT_A_VALUE = /^at(?: an?)?(?: (?:about|roughly|around|nearly|over|some|just))?$/;

/** The token after a time phrase's possessive ("2023's", "last year’s"), or -1 when it is none. */
function possessiveEnd(tokens: readonly Token[], p: TimePhrase): number {
  if (/\p{L}['’]s$/u.test(tokens[p.end - 1]!.text)) return p.end;
  const mark = tokens[p.end];
  if (!mark || mark.spaced || (mark.text !== "'" && mark.text !== '’')) return -1;
  const s = tokens[p.end + 1];
  return s && !s.spaced && s.lower === 's' ? p.end + 2 : -1;
}

/** "In 2024 and 2025, capex was $50 billion and $75 billion, respectively": periods pair up in order. */
function pairRespectively(tokens: readonly Token[], claims: TokenClaim[], phrases: readonly TimePhrase[], base: number): boolean {
  if (claims.length < 2 || phrases.length < claims.length) return false;
  if (!tokens.some((t) => t.lower === 'respectively')) return false;
  const periods = phrases.filter((p) => p.ref.iso !== null);
  if (periods.length !== claims.length) return false;
  claims.forEach((c, k) => {
    const p = periods[k]!;
    c.claim.time = { ...p.ref, span: { start: base + tokens[p.start]!.start, end: base + tokens[p.end - 1]!.end } };
  });
  return true;
}
