import type { TimeRef } from '../types';
import { CURRENCY_BEFORE } from '../lexicon';
import type { Token } from './lexer';
import { isNumberWord, readNumberWords } from './numberWords';
import { STEP_CUES } from './stepCues';
import {
  refIso,
  dayPeriod,
  daysEnding,
  edgeMonth,
  firstMonthsPeriod,
  fiscalPeriod,
  halfPeriod,
  midPeriod,
  monthPeriod,
  monthsEnding,
  monthsOf,
  type Period,
  periodEnding,
  quarterPeriod,
  recentYear,
  type RefDate,
  refPeriod,
  shiftPeriod,
  type Step,
  weekPeriod,
  yearPeriod,
  yearsPeriod,
  yearToDatePeriod,
} from './periods';

/** A time phrase of a sentence: token range (preposition included) and what it means. */
export interface TimePhrase {
  start: number;
  end: number;
  ref: TimeRef;
  /** "through 2029", "until 2042": the end of a term, weaker than a period the figure is for. */
  until?: boolean;
}

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);
/** Whether a word names a month ("September", "sept"). */
export const isMonthName = (word: string): boolean => MONTHS.has(word.toLowerCase());
const ORDINAL_PARTS: ReadonlyMap<string, number> = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4]]);
const PREPOSITIONS = new Set(['in', 'by', 'during', 'since', 'until', 'till', 'through', 'throughout', 'for', 'at', 'on', 'before', 'after', 'within', 'from', 'of', 'as', 'between']);
const TIME_PREPOSITIONS = new Set(['in', 'by', 'since', 'until', 'till', 'through', 'during', 'before', 'after', 'from', 'of']);
const LATEST_WORDS = new Set(['last', 'latest', 'current', 'currently', 'now', 'today', 'recent', 'recently']);
const DURATION_WORDS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'quarter', 'quarters', 'year', 'years']);
const UNTIL_WORDS = new Set(['through', 'until', 'till', 'thru', 'to']);
/** Words after a duration that make it a time relative to now or to the sentence's period. */
const RELATIVE: ReadonlyMap<string, number> = new Map([
  ['ago', -1], ['back', -1], ['earlier', -1], ['prior', -1], ['before', -1], ['previously', -1],
  ['later', 1], ['after', 1], ['hence', 1],
]);
/** Vague counts before a duration: "a few months ago" is time, but no period. */
const VAGUE_COUNTS = new Set(['few', 'several', 'many', 'couple']);
/** "in the quarter", "during the year": nouns that name the period stated before. */
const SAME_PERIOD_NOUNS = new Set(['quarter', 'year', 'month', 'months', 'period']);
/** Before a period's noun, words that keep its length: "the full year", "the whole quarter", "the fiscal year". */
export const WHOLE_WORDS: ReadonlySet<string> = new Set(['full', 'whole', 'entire']);
export const FISCAL_WORDS: ReadonlySet<string> = new Set(['fiscal', 'financial']);
/** Words that with "year" name a fiscal year ("the 2025 financial year"); a water year runs to September, as a fiscal one may. */
const FISCAL_YEAR_WORDS: ReadonlySet<string> = new Set([...FISCAL_WORDS, 'water']);
/** What opens such a phrase when the sentence stated no period before it ("company of the year" is no time). */
const SAME_PERIOD_PREPOSITIONS = new Set(['in', 'during', 'for', 'over', 'through', 'throughout']);

export function isYearToken(t: Token | undefined): boolean {
  return !!t && t.type === 'num' && !t.grouped && t.decimals === 0 && t.text.length === 4 && t.value >= 1900 && t.value <= 2100;
}

interface Core {
  end: number;
  period: Period | null;
  latest?: boolean;
  fiscal?: boolean;
  /** Words that look like a time but describe a calendar ("a June year end"): read past, no time of any figure. */
  calendar?: boolean;
  /** Counted from the sentence's period before it ("a year earlier", "the same quarter"): fiscal when that period is. */
  anchored?: boolean;
  /** The last month of a longer period ("the end of Q3"). */
  endOf?: boolean;
  /** "fourth-quarter", "the first half" with no year of its own: which part, for a year stated next to it. */
  yearless?: { ord: number; quarter: boolean };
  /** A quarter or half whose year is the latest's ("Q3", "the fourth quarter", "FQ4"): which part. */
  latestPart?: { ord: number; quarter: boolean };
}

/** "up 5% on the year", "on the quarter": the step cues that read as "on" and a period are a change's step, no period. */
const STEP_ON = new RegExp(
  `^(?:${Object.values(STEP_CUES).flat().filter((c) => c.startsWith('on the ')).map((c) => c.replace(/ /g, '\\s+')).join('|')})$`,
  'i',
);

/**
 * Finds the time phrases of a sentence. `claimUnitAt(j)` says whether a unit (currency, scale,
 * percent, known noun) starts at token j, which makes a year-like number a quantity instead.
 * `consumed` marks tokens that belong to time and so are never claims.
 */
export function findTimes(
  tokens: readonly Token[],
  sentence: string,
  ref: RefDate,
  claimUnitAt: (j: number) => boolean,
): { phrases: TimePhrase[]; consumed: Uint8Array } {
  const consumed = new Uint8Array(tokens.length);
  const phrases: TimePhrase[] = [];
  // The sentence's last stated period: what "a year earlier" counts back from.
  let anchor: Period | null = null;
  let anchorFiscal = false;
  // Whether that period was read at its end ("at the end of 2024, up 5% from 29.8 million a year earlier").
  let anchorEndOf = false;
  /** The last phrase, when it is a part with no year of its own (Core.yearless). */
  let yearlessPart: { at: number; ord: number; quarter: boolean } | undefined;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    // Most tokens cannot open a time phrase: skip them with one look-up.
    if (t.type === 'sym' || (t.type === 'word' && !mayStartTime(t.lower))) {
      i++;
      continue;
    }
    const core = matchCore(tokens, i, ref, claimUnitAt, anchor);
    if (!core) {
      i++;
      continue;
    }
    if (core.calendar) {
      i = core.end;
      continue;
    }
    for (let k = i; k < core.end; k++) consumed[k] = 1;
    let start = i;
    // "the fiscal fourth quarter", "fiscal Q4": a quarter or half of the fiscal year.
    if (FISCAL_WORDS.has(tokens[i - 1]?.lower ?? '') && !consumed[i - 1] && core.period && /-[QH][1-4]$/.test(core.period.iso)) {
      core.fiscal = true;
      consumed[--start] = 1;
    }
    // "by the end of 2025", "in September", "as of Q1 2025".
    if (tokens[start - 1]?.lower === 'the' && !consumed[start - 1]) start--;
    const prep = tokens[start - 1];
    let by = false;
    let until = false;
    // ("guides to 2026 potash sales volumes of…": a year before its noun is what the noun is for, no term's end.)
    const yearOfNoun = prep?.lower === 'to' && core.end === i + 1 && /^\p{Ll}/u.test(tokens[core.end]?.text ?? '');
    if (prep && prep.type === 'word' && (PREPOSITIONS.has(prep.lower) || UNTIL_WORDS.has(prep.lower)) && !consumed[start - 1] && !yearOfNoun) {
      start--;
      by = prep.lower === 'by';
      until = UNTIL_WORDS.has(prep.lower);
      if (prep.lower === 'of' && tokens[start - 1]?.lower === 'as') start--;
    }
    // "38,500 people were evacuated, the most since 2017": how far back a record reaches, no figure's time;
    // "in fiscal 2025, which ended on 30 September,": the day the period before ended, no other time.
    if ((prep?.lower === 'since' && recordBefore(tokens, start)) || endOfPeriodBefore(tokens, start, phrases)) {
      i = core.end;
      continue;
    }
    const first = tokens[start]!;
    const last = tokens[core.end - 1]!;
    // "up 5% on the year": a change's step (deriveReading), as "year on year" is, no period of its own.
    if (prep?.lower === 'on' && STEP_ON.test(sentence.slice(first.start, last.end))) {
      i = core.end;
      continue;
    }
    const closed = core.period && closedWith(tokens, i, start, core.end) ? edgeMonth(core.period, true) : undefined;
    let period = closed ?? core.period;
    // "In fiscal 2026, fourth-quarter sales were …": a part with no year of its own is of the year just stated.
    const ofYear = core.yearless && period && phrases.length > 0 && wholeYear(phrases.at(-1)!.ref) && !numberBetween(tokens, phrases.at(-1)!.end, start);
    if (ofYear) {
      const year = phrases.at(-1)!.ref;
      period = partOfYear(year, core.yearless!);
      if (year.fiscal) core.fiscal = true;
    }
    const partText = ofYear ? partOfYearText(sentence.slice(tokens[start]!.start, tokens[core.end - 1]!.end), phrases.at(-1)!.ref.text) : null;
    const tr: TimeRef = {
      text: partText ?? sentence.slice(first.start, last.end),
      iso: period?.iso ?? null,
      from: period?.from ?? null,
      to: period?.to ?? null,
    };
    if (by) tr.by = true;
    if (core.latest) tr.latest = true;
    if (core.latestPart && !ofYear) tr.yearless = { ...core.latestPart, asOf: refIso(ref) };
    if (core.endOf || (closed && closed.from !== core.period!.from) || (core.anchored && anchorEndOf)) tr.endOf = true;
    if (core.fiscal || (core.anchored && anchorFiscal && core.period)) tr.fiscal = true;
    // "Fourth-quarter sales in fiscal 2026 were …": the year stated after such a part, before any figure, is the part's.
    const part = yearlessPart;
    let merged = false;
    yearlessPart = core.yearless && !ofYear ? { at: phrases.length, ...core.yearless } : undefined;
    if (part && !core.yearless && wholeYear(tr) && !numberBetween(tokens, phrases[part.at]!.end, start) && !startsAComparison(tokens, start)) {
      const whole = partOfYear(tr, part);
      period = whole;
      merged = true;
      const text = partOfYearText(phrases[part.at]!.ref.text, tr.text);
      for (const r of [tr, phrases[part.at]!.ref]) {
        Object.assign(r, { text, iso: whole.iso, from: whole.from, to: whole.to });
        delete r.yearless;
        if (tr.fiscal) r.fiscal = true;
      }
    }
    phrases.push(until ? { start, end: core.end, ref: tr, until } : { start, end: core.end, ref: tr });
    // A change's starting time ("up 5% from 2023", "than in 2023", "up 7% on 2023") is not what
    // "the year" or "a year earlier" later in the sentence refers to, nor is a time counted from it.
    // Nor a period restated in parentheses ("the first quarter of fiscal 2026 (April to June)"): the fiscal year stays the anchor.
    const restated = tokens[start - 1]?.text === '(' && phrases.length >= 2 && phrases[phrases.length - 2]!.end === start - 1;
    // "FQ4 (June quarter)": months that restate a part said without its year are its months.
    const guessed = restated ? phrases[phrases.length - 2]!.ref : undefined;
    if (guessed?.yearless && tr.iso !== null && !tr.yearless) {
      Object.assign(guessed, { iso: tr.iso, from: tr.from, to: tr.to });
      delete guessed.yearless;
      delete guessed.fiscal;
    }
    if (core.period && !core.anchored && !restated && !startsAComparison(tokens, start) && !afterComparedLevel(tokens, start)) {
      anchor = ofYear || merged ? period! : core.period;
      anchorFiscal = !!tr.fiscal;
      anchorEndOf = !!tr.endOf;
    }
    i = core.end;
  }
  return { phrases, consumed };
}

const GLUED_FISCAL_PART = /^([qh])([1-4])fy(\d{2}|\d{4})$/;

/** A fiscal quarter or half written in one word ("Q2FY26", "3QFY27"), its tokens ending at `end`. */
function gluedFiscalPart(part: string, n: number, year: string, end: number): Core {
  return { end, period: partPeriod(expandYear(year), n, part === 'q'), fiscal: true };
}

/** The n-th quarter or half of a year. */
const partPeriod = (year: number, n: number, quarter: boolean): Period => (quarter ? quarterPeriod(year, n) : halfPeriod(year, n));

/** Whether a time is one whole year, calendar or fiscal ("2026", "fiscal 2026"). */
const wholeYear = (r: TimeRef): boolean => r.iso !== null && /^(?:FY)?\d{4}$/.test(r.iso);

/** The quarter or half of a whole year's time. */
function partOfYear(year: TimeRef, part: { ord: number; quarter: boolean }): Period {
  return partPeriod(Number(/\d{4}/.exec(year.iso!)![0]), part.ord, part.quarter);
}

/** How messages name such a part once its year is known: "fourth-quarter" and "in fiscal 2026" are "the fourth quarter of fiscal 2026". */
function partOfYearText(part: string, year: string): string {
  const words = part.replace(/[-\u2010\u2011]/g, ' ').replace(/['\u2019]s$/, '').replace(/^(?:in|for|during|of|the)\s+/i, '').replace(/^the\s+/i, '');
  return `the ${words.toLowerCase()} of ${year.replace(/^(?:in|for|during|over|of)\s+/i, '')}`;
}

/** Whether a number stands between two token positions (a figure of its own). */
function numberBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.type === 'num') return true;
  return false;
}

const ENDED = new Set(['ended', 'ends', 'ending', 'closed', 'closes', 'finished']);

/**
 * "ended 2024 with 31.5 million members", "closed the quarter with 9,412 stores": a period (its
 * core at `core`, no preposition before it) a level is read at the end of.
 */
function closedWith(tokens: readonly Token[], core: number, start: number, end: number): boolean {
  const bare = start === core || (start === core - 1 && tokens[start]!.lower === 'the');
  return bare && ENDED.has(tokens[start - 1]?.lower ?? '') && tokens[end]?.lower === 'with';
}

/** Whether the phrase at `start` says when the period just before it ended: "fiscal 2025, which ended on 30 September", "(ended June 30)". */
function endOfPeriodBefore(tokens: readonly Token[], start: number, phrases: readonly TimePhrase[]): boolean {
  if (!ENDED.has(tokens[start - 1]?.lower ?? '')) return false;
  const opener = tokens[start - 2];
  if (!opener || !(opener.lower === 'which' || opener.lower === 'that' || opener.text === '(')) return false;
  const last = phrases.at(-1);
  return !!last && last.ref.iso !== null && start - 2 - last.end <= 1;
}

/** Nouns that end like a superlative: "the harvest since 2019" is no record. */
const EST_NOUNS = new Set(['interest', 'harvest', 'forest', 'request', 'test', 'contest', 'protest', 'guest', 'rest', 'west', 'quest', 'chest', 'nest', 'inquest', 'conquest']);
const RECORD_WORD = /^(?:most|least|first|best|worst|\p{L}{2,}est)$/u;
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

/** Whether "since" at `at` closes a record ("the most since", "its lowest level since", "the first annual decline since"). */
function recordBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 4); k--) {
    const w = tokens[k]!;
    if (w.type !== 'word') return false;
    if (RECORD_WORD.test(w.lower) && !EST_NOUNS.has(w.lower) && DETERMINERS.has(tokens[k - 1]!.lower)) return true;
  }
  return false;
}

const COMPARISON_OPENERS = new Set(['from', 'since', 'than', 'versus', 'vs', 'over']);
const CHANGE_WORDS = new Set(['up', 'down', 'rise', 'increase', 'gain', 'fall', 'decline', 'drop', 'growth', 'higher', 'lower', 'flat', 'unchanged', '%', 'percent']);

/** Whether the time phrase starting at token `start` is the earlier end of a comparison. */
export function startsAComparison(tokens: readonly Token[], start: number): boolean {
  const first = tokens[start]?.lower ?? '';
  if (COMPARISON_OPENERS.has(first) || COMPARISON_OPENERS.has(tokens[start - 1]?.lower ?? '')) return true;
  return first === 'on' && CHANGE_WORDS.has(tokens[start - 1]?.lower ?? '');
}

// The comparison openers but "over", which also opens a span ("over the year").
const LEVEL_OPENERS = new Set([...COMPARISON_OPENERS].filter((w) => w !== 'over'));

/** Whether the phrase at `start` dates a level compared with ("up from 118 in 2021", "than $4.1 billion in 2024"), within a few tokens of its number. */
function afterComparedLevel(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    if (tokens[k]!.type !== 'num') continue;
    const before = tokens[k - 1]?.type === 'sym' ? k - 2 : k - 1;
    return LEVEL_OPENERS.has(tokens[before]?.lower ?? '');
  }
  return false;
}
const MORE_OR_LESS = new Set([...CHANGE_WORDS, 'more', 'less', 'fewer']);

/**
 * Whether the time phrase at `start` is where the level ending at token `levelEnd` was compared
 * from, with no change figure of its own: "€0.40 per share, unchanged from 2024", "11,400
 * employees, down from 2024" (not "700,000 more than a year earlier": that figure is the change).
 */
export function comparedFromTime(tokens: readonly Token[], start: number, levelEnd: number): boolean {
  const opener = LEVEL_OPENERS.has(tokens[start]?.lower ?? '') ? start : LEVEL_OPENERS.has(tokens[start - 1]?.lower ?? '') ? start - 1 : levelWithoutFigure(tokens, start);
  return opener - 1 > levelEnd && MORE_OR_LESS.has(tokens[opener - 1]!.lower);
}

/** Levels a change is compared from without a figure: "up from a loss in 2023", "down from a record in 2024". */
const FIGURELESS_LEVELS = new Set(['loss', 'losses', 'deficit', 'profit', 'surplus', 'record', 'high', 'low', 'peak', 'breakeven']);

/** The opener of "from a loss in 2023" when the phrase at `start` is its "in 2023", else -1. */
function levelWithoutFigure(tokens: readonly Token[], start: number): number {
  if (tokens[start]?.lower !== 'in' || !FIGURELESS_LEVELS.has(tokens[start - 1]?.lower ?? '')) return -1;
  const opener = ['a', 'an', 'the', 'its'].includes(tokens[start - 2]?.lower ?? '') ? start - 3 : start - 2;
  return LEVEL_OPENERS.has(tokens[opener]?.lower ?? '') ? opener : -1;
}

/** Words matchCore may start a phrase at (possessives read as the word). */
const START_WORDS = new Set([
  ...FISCAL_YEAR_WORDS, ...WHOLE_WORDS, 'late', 'early', 'mid', 'year', 'end', 'start', 'beginning', 'first', 'second', 'third', 'fourth', 'fy',
  'this', 'last', 'next', 'past', 'previous', 'prior', 'preceding', 'trailing', 'coming', 'initial', 'ttm', 'ltm', 'ytd', 'most', 'to',
  'latest', 'current', 'currently', 'now', 'today', 'recent', 'recently', 'a', 'an', 'the', 'few', 'several', 'many',
  'couple', 'dozen', 'that', 'so',
]);

function mayStartTime(lower: string): boolean {
  const l = bare(lower);
  if (START_WORDS.has(l) || MONTHS.has(l) || isNumberWord(l)) return true;
  const c = l.charCodeAt(0);
  // Q1, H2, FY25, FY2025, FQ4
  return l.length <= 8 && (c === 113 || c === 104 || c === 102) && /^(?:[qh][1-4]|fy\d{1,2}|fy\d{4}|fq[1-4]|[qh][1-4]fy(?:\d{2}|\d{4}))$/.test(l);
}

function matchCore(tokens: readonly Token[], i: number, ref: RefDate, claimUnitAt: (j: number) => boolean, anchor: Period | null): Core | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.type === 'num') {
    // "the 12 months to June 2025"
    const ended = next?.lower === 'months' ? periodEnded(tokens, i, ref, claimUnitAt) : null;
    return ended ?? monthsAdjective(tokens, i, ref) ?? matchRelative(tokens, i, ref, anchor) ?? matchNumeric(tokens, i, ref, claimUnitAt);
  }
  if (t.type !== 'word') return null;
  // Possessives read as the word: "today's", "last year's".
  const lower = bare(t.lower);
  const c0 = lower.charCodeAt(0);
  if (isHyphen(next) && tokens[i + 2]?.lower === 'month') {
    const window = monthsAdjective(tokens, i, ref);
    if (window) return window;
  }
  // "the year ended December 31, 2024", "the three months ended June 30, 2025", "its fiscal year (ending March 31)".
  if (next && (ENDED_NOUNS.has(lower) || ENDED_NOUNS.has(next.lower) || next.lower === 'months' || next.lower === 'week' || lower === 'week')) {
    const ended = periodEnded(tokens, lower === 'the' ? i + 1 : i, ref, claimUnitAt);
    if (ended) return ended;
  }
  // "a year ago", "three months earlier", "the year before", "a few weeks ago".
  // (Gate on the next token first: one look-up for most words.)
  if (next && (DURATION_WORDS.has(next.lower) || VAGUE_COUNTS.has(next.lower) || next.text === '-') && (lower === 'a' || lower === 'an' || (lower === 'the' && DURATION_WORDS.has(next.lower)) || VAGUE_COUNTS.has(lower) || isNumberWord(lower))) {
    const rel = matchRelative(tokens, i, ref, anchor);
    if (rel) return rel;
  }
  // "its full-year target", "full-year revenue" after a period the sentence states: the year holding it
  // ("Net income for the nine months was €2.05bn, on track for its full-year target of €2.6bn": 2025).
  if (anchor && WHOLE_WORDS.has(lower) && isHyphen(next) && !next!.spaced && tokens[i + 2]?.lower === 'year') {
    const period = periodOfLength(anchor, 'year') ?? (anchor.from.slice(0, 4) === anchor.to.slice(0, 4) ? yearPeriod(Number(anchor.from.slice(0, 4))) : null);
    if (period) return { end: i + 3, period, anchored: true };
  }
  // "the year-ago quarter", "year-earlier levels": a year before the sentence's period.
  if (lower === 'year' && isHyphen(next) && (tokens[i + 2]?.lower === 'ago' || tokens[i + 2]?.lower === 'earlier')) {
    const noun = tokens[i + 3];
    const end = noun && noun.type === 'word' && /^(?:quarter|period|month|year|level|levels|figure)$/.test(noun.lower) ? i + 4 : i + 3;
    return { end, period: anchor ? shiftPeriod(anchor, -1, 'years') : null, anchored: true };
  }

  // "in the quarter", "during the year", "that month", "the same quarter": the sentence's last
  // stated period, or the one of that length holding it ("in June 2024 … in the quarter": Q2).
  if ((lower === 'the' || lower === 'that') && next?.type === 'word') {
    // "for the year to date"
    if (next.lower === 'year' && tokens[i + 2]?.lower === 'to' && tokens[i + 3]?.lower === 'date') return { end: i + 4, period: yearToDatePeriod(ref) };
    // "…, against $3.95 billion at Thalassa on the same date": the time the sentence stated last.
    if (anchor && next.lower === 'same' && (tokens[i + 2]?.lower === 'date' || tokens[i + 2]?.lower === 'day')) return { end: i + 3, period: anchor, anchored: true };
    // "the same quarter", and "the full (fiscal) year", "the whole year": as long as the period named.
    const same = next.lower === 'same' ? 1 : WHOLE_WORDS.has(next.lower) ? (FISCAL_WORDS.has(tokens[i + 2]?.lower ?? '') ? 2 : 1) : FISCAL_WORDS.has(next.lower) ? 1 : 0;
    const noun = tokens[i + 1 + same];
    const after = tokens[i + 2 + same];
    if (same && next.lower !== 'same' && noun?.lower !== 'year' && noun?.lower !== 'quarter') return null;
    if (noun && SAME_PERIOD_NOUNS.has(noun.lower) && !(after && (after.type === 'num' || (isHyphen(after) && !after.spaced)))) {
      // "the same quarter last year": a year before the one the sentence states, else the paragraph's (yearsEarlier).
      const back = same ? yearBackAt(tokens, i + 3) : 0;
      // "the same period of 2024", "the same months in 2024": the period the sentence states, in that year.
      const inYear = next.lower === 'same' && (after?.lower === 'of' || after?.lower === 'in') ? yearAt(tokens, i + 3 + same, claimUnitAt) : null;
      if (anchor && inYear) {
        const period = periodOfLength(anchor, noun.lower === 'months' ? 'period' : noun.lower);
        if (period) return { end: inYear.next, period: shiftPeriod(period, inYear.year - Number(period.to.slice(0, 4)), 'years'), anchored: true };
      }
      if (anchor) {
        const period = periodOfLength(anchor, noun.lower);
        if (period) return { end: i + 2 + same + back, period: back ? shiftPeriod(period, -1, 'years') : period, anchored: true };
      } else if (back) {
        return { end: i + 3 + back, period: null };
      } else if (SAME_PERIOD_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '')) {
        // Nothing stated before in the sentence: the judge anchors it in the paragraph (relativeTime.ts).
        return { end: i + 2 + same, period: null };
      }
    }
  }

  // late / early / mid (-) 2025
  if (lower === 'late' || lower === 'early' || lower === 'mid') {
    const y = yearAt(tokens, gluedHyphenSkip(tokens, i + 1), claimUnitAt);
    if (y !== null) {
      const period = lower === 'late' ? halfPeriod(y.year, 2) : lower === 'early' ? halfPeriod(y.year, 1) : midPeriod(y.year);
      return { end: y.next, period };
    }
    return null;
  }
  // year-end 2025, end-2025, end of 2025, end of the year, start/beginning of 2025
  if (lower === 'year' && isHyphen(next) && tokens[i + 2]?.lower === 'end') {
    const y = yearAt(tokens, i + 3, claimUnitAt);
    return { end: y ? y.next : i + 3, period: monthPeriod(y ? y.year : yearEndYear(tokens, i, ref), 12) };
  }
  if (lower === 'end' || lower === 'start' || lower === 'beginning') {
    const month = lower === 'end' ? 12 : 1;
    let j = i + 1;
    if (isHyphen(tokens[j])) j++;
    else if (tokens[j]?.lower === 'of') j++;
    else return null;
    const endOf = lower === 'end';
    const y = yearAt(tokens, j, claimUnitAt);
    if (y) return { end: y.next, period: monthPeriod(y.year, month), endOf };
    if (tokens[j]?.lower === 'the' && tokens[j + 1]?.lower === 'year') return { end: j + 2, period: monthPeriod(endOf ? yearEndYear(tokens, i, ref) : ref.year, month), endOf };
    // "the end of Q2 2025", "end of June", "the start of this quarter": the period's last (first) month.
    // (One level only: "end of end of ..." must stay linear.)
    // ("the end of the third quarter": past its article.)
    const k = tokens[j]?.lower === 'the' ? j + 1 : j;
    const w = tokens[k]?.lower;
    const inner = w && w !== 'the' && w !== 'end' && w !== 'start' && w !== 'beginning' ? matchCore(tokens, k, ref, claimUnitAt, anchor) : null;
    if (inner?.period) {
      const edge = edgeMonth(inner.period, endOf);
      return { end: inner.end, period: edge, fiscal: inner.fiscal, endOf: endOf && edge.from !== inner.period.from };
    }
    return null;
  }
  // Months (capitalised, so "may" the verb is not a month): "September", "Sept. 5, 2024", "September 2024"
  const month = MONTHS.get(lower);
  if (month !== undefined && isCapitalized(t)) {
    let j = i + 1;
    // "Sept. 5, 2024": the abbreviation's period, when a day or year follows.
    if (tokens[j]?.text === '.' && !tokens[j]!.spaced && lower !== 'may' && lower.length <= 4 && tokens[j + 1]?.type === 'num') j++;
    let day: number | null = null;
    const d = tokens[j];
    if (d && d.type === 'num' && d.decimals === 0 && !d.grouped && d.value >= 1 && d.value <= 31 && d.text.length <= 2 && !claimUnitAt(j + 1)) {
      day = d.value;
      j++;
      if (/^(?:st|nd|rd|th)$/.test(tokens[j]?.lower ?? '') && !tokens[j]!.spaced) j++;
    }
    // "Oct-25", "Sep-26": a month and its year's last two digits, as table headers write them.
    const yy = day === null && isHyphen(tokens[j]) && !tokens[j]!.spaced ? tokens[j + 1] : undefined;
    if (yy && yy.type === 'num' && !yy.spaced && yy.decimals === 0 && yy.text.length === 2) return { end: j + 2, period: monthPeriod(2000 + yy.value, month) };
    // "April to June", "April–June 2025", "the April to June quarter": the months from one to the other.
    const span = day === null ? monthToMonth(tokens, i, ref, claimUnitAt) : null;
    if (span) return span;
    let k = j;
    if (tokens[k]?.text === ',') k++;
    const y = yearAt(tokens, k, claimUnitAt);
    // "the June quarter", "the March 2025 quarter": the calendar quarter that ends in that month.
    const qAt = y ? y.next : j;
    if (day === null && (tokens[qAt]?.lower === 'quarter' || (isHyphen(tokens[qAt]) && tokens[qAt + 1]?.lower === 'quarter'))) {
      const year = y ? y.year : recentYear(ref, month);
      return { end: tokens[qAt]!.lower === 'quarter' ? qAt + 1 : qAt + 2, period: quarterPeriod(year, Math.ceil(month / 3)) };
    }
    if (y) return { end: y.next, period: (day !== null ? dayPeriod(y.year, month, day) : null) ?? monthPeriod(y.year, month) };
    // "(June year end)", "a March year-end", "its September fiscal year": when its years end, not a month's figure.
    const calendar = day === null ? yearEndAt(tokens, j) : null;
    if (calendar !== null) return { end: calendar, period: null, calendar: true };
    const year = recentYear(ref, month, day ?? 1);
    return { end: j, period: (day !== null ? dayPeriod(year, month, day) : null) ?? monthPeriod(year, month) };
  }
  // "Q2FY26", "H1FY27": a fiscal quarter or half glued to its year, as Indian brokers write them.
  const glued = lower.length >= 6 && isCapitalized(t) ? GLUED_FISCAL_PART.exec(lower) : null;
  if (glued && (glued[1] === 'q' || +glued[2]! <= 2)) return gluedFiscalPart(glued[1]!, +glued[2]!, glued[3]!, i + 1);
  // Q1 2025, Q1, H2 2025, Q1 FY2025
  const qh = lower.length === 2 ? /^([qh])([1-4])$/.exec(lower) : null;
  if (qh && isCapitalized(t) && (qh[1] === 'q' || +qh[2]! <= 2)) {
    const n = +qh[2]!;
    let j = i + 1;
    if (isHyphen(tokens[j])) j++;
    const fy = fiscalYearAt(tokens, j);
    const y = fy ?? yearAt(tokens, j, claimUnitAt);
    const isQ = qh[1] === 'q';
    if (y) return { end: y.next, period: isQ ? quarterPeriod(y.year, n) : halfPeriod(y.year, n), fiscal: !!fy };
    const first = isQ ? n * 3 - 2 : n * 6 - 5;
    const year = recentYear(ref, first);
    return { end: i + 1, period: isQ ? quarterPeriod(year, n) : halfPeriod(year, n), latestPart: { ord: n, quarter: isQ } };
  }
  // the first quarter (of 2025), the second half (of 2025)
  const ord = ORDINAL_PARTS.get(lower);
  // "fourth-quarter fiscal 2025": the hyphenated adjective form.
  const partAt = isHyphen(next) ? i + 2 : i + 1;
  const part = tokens[partAt];
  // "the first quarter's £1.76 billion": the possessive is the quarter's.
  const partWord = part && bare(part.lower);
  if (ord !== undefined && part && (partWord === 'quarter' || (partWord === 'half' && ord <= 2))) {
    const isQ = partWord === 'quarter';
    // With no year said: the latest such quarter or half by the note's date.
    const latest = (): Core => {
      const year = recentYear(ref, isQ ? ord * 3 - 2 : ord * 6 - 5);
      return { end: partAt + 1, period: isQ ? quarterPeriod(year, ord) : halfPeriod(year, ord), yearless: { ord, quarter: isQ }, latestPart: { ord, quarter: isQ } };
    };
    // A possessive ends the time phrase: nothing after "the first quarter's" says which year.
    if (partWord !== part.lower) return latest();
    // "its fiscal second quarter, ended August 2, 2025": the day it ended says which months.
    const ended = periodEnded(tokens, partAt, ref, claimUnitAt);
    if (ended) return ended;
    const after = tokens[partAt + 1]?.lower === 'of' ? partAt + 2 : partAt + 1;
    // "the fourth quarter of fiscal 2025", "fourth-quarter FY2025": a quarter of the fiscal year.
    const fy = fiscalYearAt(tokens, after);
    if (fy) return { end: fy.next, period: isQ ? quarterPeriod(fy.year, ord) : halfPeriod(fy.year, ord), fiscal: true };
    const y = yearAt(tokens, after, claimUnitAt);
    if (y) return { end: y.next, period: isQ ? quarterPeriod(y.year, ord) : halfPeriod(y.year, ord) };
    if (tokens[partAt + 1]?.lower === 'of' && tokens[after]?.lower === 'the' && tokens[after + 1]?.lower === 'year') {
      return { end: after + 2, period: isQ ? quarterPeriod(ref.year, ord) : halfPeriod(ref.year, ord) };
    }
    // "the first quarter (April to June)": the months the parentheses name (a fiscal quarter, said by its months).
    const restated = tokens[partAt + 1]?.text === '(' && MONTHS.has(tokens[partAt + 2]?.lower ?? '') ? monthToMonth(tokens, partAt + 2, ref, claimUnitAt) : null;
    if (restated && tokens[restated.end]?.text === ')') return { end: restated.end + 1, period: restated.period };
    return latest();
  }
  // FY2025, FY25, FY 2025, fiscal 2025, fiscal year 2025; FY25 Q3 (a fiscal quarter)
  const fy = c0 === 102 /* f */ || lower === 'water' ? fiscalYearAt(tokens, i) : null;
  if (fy) {
    const part = tokens[fy.next];
    const pq = part && part.type === 'word' && part.text.length === 2 && isCapitalized(part) ? /^([qh])([1-4])$/.exec(part.lower) : null;
    if (pq && (pq[1] === 'q' || +pq[2]! <= 2)) {
      const n = +pq[2]!;
      return { end: fy.next + 1, period: pq[1] === 'q' ? quarterPeriod(fy.year, n) : halfPeriod(fy.year, n), fiscal: true };
    }
    return { end: fy.next, period: fiscalPeriod(fy.year), fiscal: true };
  }
  // FQ4, FQ4 2025, FQ1 FY26: a fiscal quarter; without its year the latest one.
  const fq = c0 === 102 && lower.length === 3 ? /^fq([1-4])$/.exec(lower) : null;
  if (fq) {
    const n = +fq[1]!;
    const y = fiscalYearAt(tokens, i + 1) ?? yearAt(tokens, i + 1, claimUnitAt);
    if (y) return { end: y.next, period: quarterPeriod(y.year, n), fiscal: true };
    return { end: i + 1, period: quarterPeriod(recentYear(ref, n * 3 - 2), n), fiscal: true, latestPart: { ord: n, quarter: true } };
  }
  // this year, last quarter, next month
  if ((lower === 'this' || lower === 'last' || lower === 'next' || lower === 'past' || lower === 'previous' || lower === 'prior' || lower === 'preceding') && next?.type === 'word') {
    const shift = lower === 'this' ? 0 : lower === 'next' ? 1 : -1;
    const unit = bare(next.lower);
    // "grew 0.6% in the third quarter from the previous quarter": the one before the sentence's period, not the note date's.
    const before = anchor && tokens[i - 1]?.lower === 'the' && shift === -1 && lower !== 'last' && lower !== 'past' ? anchoredBefore(anchor, unit) : null;
    if (before) return { end: i + 2, period: before, anchored: true };
    if (lower === 'preceding') return null;
    if (unit === 'year') return { end: i + 2, period: yearPeriod(ref.year + shift) };
    // "by next April": the first April after the note's date; "last April" the latest before it.
    const named = (lower === 'next' || lower === 'last') && isCapitalized(next) ? MONTHS.get(unit) : undefined;
    if (named !== undefined) {
      const latest = recentYear(ref, named);
      const year = lower === 'last' ? (named === ref.month ? latest - 1 : latest) : latest + 1;
      return { end: i + 2, period: monthPeriod(year, named) };
    }
    if (unit === 'week') {
      // "the last (first) week of October (2025)": within that month, which a figure as of a day in it fits.
      const ofMonth = (lower === 'last' || lower === 'this') && tokens[i + 2]?.lower === 'of' ? MONTHS.get(tokens[i + 3]?.lower ?? '') : undefined;
      if (ofMonth !== undefined && isCapitalized(tokens[i + 3]!)) {
        const y = yearAt(tokens, i + 4, claimUnitAt);
        return { end: y ? y.next : i + 4, period: monthPeriod(y ? y.year : recentYear(ref, ofMonth), ofMonth) };
      }
      const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + 7 * shift));
      return { end: i + 2, period: weekPeriod(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) };
    }
    if (unit === 'quarter') {
      const q0 = Math.floor((ref.month - 1) / 3) + shift;
      const y = ref.year + Math.floor(q0 / 4);
      return { end: i + 2, period: quarterPeriod(y, (((q0 % 4) + 4) % 4) + 1) };
    }
    if (unit === 'month') {
      const m0 = ref.month - 1 + shift;
      return { end: i + 2, period: monthPeriod(ref.year + Math.floor(m0 / 12), (((m0 % 12) + 12) % 12) + 1) };
    }
  }
  // Trailing windows: "the last 12 months", "past two years", "trailing twelve months"
  if (lower === 'last' || lower === 'past' || lower === 'previous' || lower === 'trailing' || lower === 'next' || lower === 'coming') {
    let j = i + 1;
    const n = tokens[j];
    if (n && (n.type === 'num' || isNumberWord(n.lower))) {
      j++;
      if (n.type === 'word' && tokens[j] && /^(?:-)$/.test(tokens[j]!.text) && tokens[j + 1] && isNumberWord(tokens[j + 1]!.lower)) j += 2;
      // "trailing twelve-month revenue"
      if (isHyphen(tokens[j]) && DURATION_WORDS.has(tokens[j + 1]?.lower ?? '')) j++;
    }
    if (tokens[j] && DURATION_WORDS.has(tokens[j]!.lower) && j > i + 1) {
      // "the trailing (last, past) twelve months" (TTM, LTM): the twelve months to the last month ended, a span a fiscal year's figure is only when they are that year.
      if ((lower === 'trailing' || lower === 'last' || lower === 'past') && /^(?:12|twelve)$/.test(n!.lower) && /^months?$/.test(tokens[j]!.lower)) return { end: j + 1, period: trailingYear(ref) };
      const past = lower !== 'next' && lower !== 'coming';
      return { end: j + 1, period: null, latest: past };
    }
  }
  // "for the nine months, net income was…", "the six months of 2025": the months of the year to date, as reports
  // say them ("the nine months ended 30 September" is said by its end, read there).
  if (lower === 'the' && next && /^(?:6|9|six|nine)$/.test(next.lower) && tokens[i + 2]?.lower === 'months' && !ENDED_WORDS.has(tokens[i + 3]?.lower ?? '') && tokens[i + 3]?.text !== '(') {
    const ytd = yearToDate(tokens, i + 3, NUMBER_OF_MONTHS[next.lower], ref, claimUnitAt);
    if (ytd) return ytd;
  }
  // "its first two years", "the initial 18 months": a window of time, not a claimed duration.
  if ((lower === 'first' || lower === 'initial') && next && (next.type === 'num' || isNumberWord(next.lower))) {
    let j = i + 1;
    let n: number | undefined;
    if (next.type === 'num') {
      n = Number(next.text);
      j++;
    } else {
      const w = readNumberWords(tokens, j);
      n = w?.value;
      j = w?.next ?? j + 1;
    }
    if (tokens[j] && DURATION_WORDS.has(tokens[j]!.lower)) {
      const ytd = lower === 'first' && tokens[i - 1]?.lower === 'the' && tokens[j]!.lower === 'months' ? yearToDate(tokens, j + 1, n, ref, claimUnitAt) : null;
      return ytd ?? { end: j + 1, period: null };
    }
  }
  if (lower === 'ttm' || lower === 'ltm') return { end: i + 1, period: trailingYear(ref) };
  // Year to date: from January 1 to the reference date, a span no full year's or quarter's figure is.
  if (lower === 'ytd') return { end: i + 1, period: yearToDatePeriod(ref) };
  if (lower === 'year' && isHyphen(next) && tokens[i + 2]?.lower === 'to' && isHyphen(tokens[i + 3]) && tokens[i + 4]?.lower === 'date') {
    return { end: i + 5, period: yearToDatePeriod(ref) };
  }
  if (lower === 'year' && next?.lower === 'to' && tokens[i + 2]?.lower === 'date') return { end: i + 3, period: yearToDatePeriod(ref) };
  // "so far this year": the year to date.
  if (lower === 'so' && next?.lower === 'far' && tokens[i + 2]?.lower === 'this' && tokens[i + 3]?.lower === 'year') return { end: i + 4, period: yearToDatePeriod(ref) };
  if (lower === 'most' && next?.lower === 'recent') return { end: i + 2, period: null, latest: true };
  if (lower === 'to' && next?.lower === 'date') return { end: i + 2, period: null, latest: true };
  if (LATEST_WORDS.has(lower)) {
    // "at last", "last-minute" are not time.
    if (lower === 'last' && (tokens[i - 1]?.lower === 'at' || isHyphen(next))) return null;
    return { end: i + 1, period: null, latest: true };
  }
  return null;
}

const NUMBER_OF_MONTHS: Readonly<Record<string, number>> = { 6: 6, 9: 9, six: 6, nine: 9 };

/** The nouns of a period said by its end ("the year ended …"), and the number of months of each. */
const ENDED_NOUNS: ReadonlyMap<string, number> = new Map([['year', 12], ['fiscal', 12], ['financial', 12], ['quarter', 3], ['half', 6]]);
const ENDED_WORDS = new Set(['ended', 'ending', 'to', 'through', 'thru']);

/**
 * A period said by the day it ends: "(the) year ended December 31, 2024", "fiscal year (ending
 * March 31)", "the three months to June 30, 2025", "the half-year ended 30 June 2025", "the twelve
 * months through March 2025". From `i`, the period's noun (or its length).
 */
function periodEnded(tokens: readonly Token[], i: number, ref: RefDate, claimUnitAt: (j: number) => boolean): Core | null {
  const t = tokens[i];
  if (!t) return null;
  let k = i + 1;
  let n: number | undefined = ENDED_NOUNS.get(t.lower);
  // "in the week to November 1", "the week ended October 4": the seven days to that day, no count of months.
  const week = t.lower === 'week';
  if (week) n = 0;
  else if (t.lower === 'fiscal' || t.lower === 'financial') {
    if (tokens[k]?.lower !== 'year') return null;
    k++;
  } else if (t.lower === 'half' && isHyphen(tokens[k]) && tokens[k + 1]?.lower === 'year') k += 2;
  else if (n === undefined) {
    n = t.type === 'num' ? Number(t.text) : isNumberWord(t.lower) ? readNumberWords(tokens, i)?.value : undefined;
    if (tokens[k]?.lower !== 'months' || !(n === 3 || n === 6 || n === 9 || n === 12)) return null;
    k++;
  }
  if (tokens[k]?.text === '(' || (tokens[k]?.text === ',' && ENDED_WORDS.has(tokens[k + 1]?.lower ?? ''))) k++;
  if (!ENDED_WORDS.has(tokens[k]?.lower ?? '')) return null;
  const day = matchCore(tokens, k + 1, ref, claimUnitAt, null);
  const end = day?.period;
  // A day or a month: "a year to 2025" is no period said by its end.
  if (!end || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(end.iso)) return null;
  const [y, m, d] = end.to.split('-').map(Number) as [number, number, number];
  const close = tokens[day.end]?.text === ')' && tokens[k - 1]?.text === '(' ? day.end + 1 : day.end;
  if (week) return end.from === end.to ? { end: close, period: daysEnding(end.to, 7) } : null;
  return { end: close, period: periodEnding(y, m, d, n!) };
}

/**
 * "nine-month volume", "Norvik's six-month revenue", "12-month revenue": the first nine or six months
 * of the latest year they have passed in, or the trailing twelve. Not after "a": "a 12-month contract"
 * says how long something runs.
 */
function monthsAdjective(tokens: readonly Token[], i: number, ref: RefDate): Core | null {
  const t = tokens[i]!;
  if (!isHyphen(tokens[i + 1]) || tokens[i + 2]?.lower !== 'month' || tokens[i + 3]?.type !== 'word') return null;
  if (/^(?:a|an|another|each|every|one)$/.test(tokens[i - 1]?.lower ?? '')) return null;
  const n = t.type === 'num' ? Number(t.text) : readNumberWords(tokens, i)?.value;
  if (n === 12) return { end: i + 3, period: trailingYear(ref) };
  if (n === 6 || n === 9) return { end: i + 3, period: firstMonthsPeriod(recentYear(ref, n + 1), n) };
  return null;
}

/** The twelve months to the last month ended before the reference date's (TTM, LTM). */
function trailingYear(ref: RefDate): Period {
  const [y, m] = ref.month === 1 ? [ref.year - 1, 12] : [ref.year, ref.month - 1];
  return monthsEnding(y, m, 12);
}

/**
 * "the first nine months (of 2025 / of the year)": January to that month of the calendar year,
 * without a year the latest whose months have all passed. `after` is the token after "months".
 * "Its first six months" (after a launch) is no calendar span: the caller asks only after "the".
 */
function yearToDate(tokens: readonly Token[], after: number, n: number | undefined, ref: RefDate, claimUnitAt: (j: number) => boolean): Core | null {
  if (n === undefined || !Number.isInteger(n) || n < 2 || n > 11) return null;
  if (tokens[after]?.lower === 'of') {
    const y = yearAt(tokens, after + 1, claimUnitAt);
    if (y) return { end: y.next, period: firstMonthsPeriod(y.year, n) };
    if ((tokens[after + 1]?.lower === 'the' || tokens[after + 1]?.lower === 'this') && tokens[after + 2]?.lower === 'year') return { end: after + 3, period: firstMonthsPeriod(ref.year, n) };
    // "of fiscal 2025", "of its life": not the calendar's.
    return null;
  }
  return { end: after, period: firstMonthsPeriod(recentYear(ref, n + 1), n) };
}

function matchNumeric(tokens: readonly Token[], i: number, ref: RefDate, claimUnitAt: (j: number) => boolean): Core | null {
  const t = tokens[i]!;
  // 1H25, 2Q24: half or quarter, two-digit year.
  const hq = tokens[i + 1];
  // "1H FY27", "3Q 2026": the part, then its year apart.
  if (t.decimals === 0 && t.text.length === 1 && hq && hq.type === 'word' && !hq.spaced && (hq.lower === 'h' || hq.lower === 'q') && t.value >= 1 && t.value <= (hq.lower === 'q' ? 4 : 2)) {
    const fy = fiscalYearAt(tokens, i + 2);
    const y = fy ?? yearAt(tokens, i + 2, claimUnitAt);
    if (y) return { end: y.next, period: partPeriod(y.year, t.value, hq.lower === 'q'), fiscal: !!fy || hq.lower === 'h' };
  }
  // "3QFY27", "1HFY27": the part before the letters.
  const fyPart = t.decimals === 0 && t.text.length === 1 && hq && hq.type === 'word' && !hq.spaced ? /^([qh])fy(\d{2}|\d{4})$/.exec(hq.lower) : null;
  if (fyPart && t.value >= 1 && t.value <= (fyPart[1] === 'q' ? 4 : 2)) return gluedFiscalPart(fyPart[1]!, t.value, fyPart[2]!, i + 2);
  if (t.decimals === 0 && t.text.length === 1 && hq && hq.type === 'word' && !hq.spaced && /^[hq]\d{2}$/.test(hq.lower)) {
    const year = 2000 + Number(hq.lower.slice(1));
    if (hq.lower[0] === 'q' && t.value >= 1 && t.value <= 4) return { end: i + 2, period: quarterPeriod(year, t.value) };
    // "1H25" is how fiscal halves are written (Australian banks: the first half of fiscal 2025); a calendar year's are the same months.
    if (hq.lower[0] === 'h' && t.value >= 1 && t.value <= 2) return { end: i + 2, period: halfPeriod(year, t.value), fiscal: true };
  }
  // "9M 2025", "9M25", "6M 2024": the first nine or six months of the year, as reports label them.
  const ms = tokens[i + 1];
  if (t.decimals === 0 && (t.value === 3 || t.value === 6 || t.value === 9) && t.text.length === 1 && ms && ms.type === 'word' && !ms.spaced) {
    if (/^M\d{2}$/.test(ms.text)) return { end: i + 2, period: firstMonthsPeriod(2000 + Number(ms.text.slice(1)), t.value) };
    const y = ms.text === 'M' && tokens[i + 2]?.spaced ? yearAt(tokens, i + 2, () => false) : null;
    if (y) return { end: y.next, period: firstMonthsPeriod(y.year, t.value) };
    // "opened 241 stores in 9M.", a label "(9M: 241)": no year said, the latest such months ended by the note's date.
    const label = tokens[i - 1]?.text === '(' && tokens[i + 2]?.text === ':';
    if (ms.text === 'M' && (label || (SAME_PERIOD_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') && (!tokens[i + 2] || tokens[i + 2]!.type === 'sym')))) {
      return { end: i + 2, period: firstMonthsPeriod(ref.month > t.value ? ref.year : ref.year - 1, t.value) };
    }
  }
  // 14 February (2025)
  const mo = tokens[i + 1];
  if (t.decimals === 0 && !t.grouped && t.text.length <= 2 && t.value >= 1 && t.value <= 31 && mo && mo.type === 'word' && isCapitalized(mo)) {
    const month = MONTHS.get(mo.lower);
    // "5 May" only with a year after it: "5 may" is too often the verb.
    if (month !== undefined && (mo.lower !== 'may' || tokens[i + 2]?.type === 'num')) {
      const y = yearAt(tokens, i + 2, claimUnitAt);
      const year = y ? y.year : recentYear(ref, month!, t.value);
      return { end: y ? y.next : i + 2, period: dayPeriod(year, month!, t.value) ?? monthPeriod(year, month!) };
    }
  }
  if (!isYearToken(t)) return null;
  const prev = tokens[i - 1];
  if (prev && prev.type === 'sym' && (prev.text === '#' || CURRENCY_BEFORE.has(prev.text)) && !t.spaced) return null;
  // 2024-09-02, 2024-09
  const m = tokens[i + 2];
  if (isGluedHyphenAt(tokens, i + 1) && m && m.type === 'num' && m.text.length === 2 && m.value >= 1 && m.value <= 12) {
    const d = tokens[i + 4];
    if (isGluedHyphenAt(tokens, i + 3) && d && d.type === 'num' && d.text.length === 2) {
      const p = dayPeriod(t.value, m.value, d.value);
      if (p) return { end: i + 5, period: p };
    }
    return { end: i + 3, period: monthPeriod(t.value, m.value) };
  }
  // 2025-Q1
  const q = tokens[i + 2];
  if (isGluedHyphenAt(tokens, i + 1) && q && /^q[1-4]$/.test(q.lower)) return { end: i + 3, period: quarterPeriod(t.value, +q.lower[1]!) };
  // "the 2026 financial year", "its 2025 fiscal year": a fiscal year.
  if (FISCAL_YEAR_WORDS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'year') return { end: i + 3, period: fiscalPeriod(t.value), fiscal: true };
  // 2025-2029, 2025–29, 2025 to 2029, between 2025 and 2029: a span of years; "2025-26", "2025/26" a
  // split year (a season, an academic or fiscal year): the fiscal year ending in 2026 of an entity
  // with one, else both years.
  const span = yearSpanEnd(tokens, i);
  if (span && span.year === t.value + 1 && tokens[i + 2]!.text.length === 2) return { end: span.next, period: { ...yearsPeriod(t.value, span.year), iso: `FY${span.year}` }, fiscal: true };
  if (span) return { end: span.next, period: yearsPeriod(t.value, span.year) };
  // "in 2025 GPUs will ..." : after a time preposition a year stays a year.
  if (claimUnitAt(i + 1) && !TIME_PREPOSITIONS.has(prev?.lower ?? '')) return null;
  void ref;
  return { end: i + 1, period: yearPeriod(t.value) };
}

/** The second year of a span starting with the year at token i. */
function yearSpanEnd(tokens: readonly Token[], i: number): { year: number; next: number } | null {
  const sep = tokens[i + 1];
  const b = tokens[i + 2];
  if (!sep || !b || b.type !== 'num' || b.decimals !== 0 || b.grouped) return null;
  const dash = sep.text === '-' || sep.text === '–' || sep.text === '—' || sep.text === '/';
  if (dash ? sep.spaced !== b.spaced : !(sep.lower === 'to' || sep.lower === 'through' || (sep.lower === 'and' && tokens[i - 1]?.lower === 'between'))) return null;
  const a = tokens[i]!.value;
  const year = b.text.length === 4 ? b.value : b.text.length === 2 && dash ? Math.floor(a / 100) * 100 + b.value : NaN;
  if (!(year > a && year - a <= 50)) return null;
  return { year, next: i + 3 };
}

/**
 * "a year ago", "three months earlier", "12 months later", "the year before", "a few weeks ago":
 * "ago" counts back from the reference date, years and quarters from the sentence's last period
 * when it states one; "earlier"/"later" from that period (else, for "earlier", from the reference date). "Before"/"after" an event ("two years after the
 * IPO") is time with no period we can name.
 */
function matchRelative(tokens: readonly Token[], i: number, ref: RefDate, anchor: Period | null): Core | null {
  const t = tokens[i]!;
  let n: number | null;
  let j: number;
  if (t.type === 'num') {
    if (t.decimals !== 0 || t.grouped) return null;
    n = t.value;
    j = i + 1;
  } else if (t.lower === 'the') {
    n = 1;
    j = i + 1;
  } else if (t.lower === 'a' || t.lower === 'an') {
    const v = tokens[i + 1]?.lower ?? '';
    if (VAGUE_COUNTS.has(v)) {
      n = null;
      j = i + 2;
      if (tokens[j]?.lower === 'of') j++;
    } else {
      n = 1;
      j = i + 1;
    }
  } else if (VAGUE_COUNTS.has(t.lower)) {
    n = null;
    j = i + 1;
  } else {
    const w = readNumberWords(tokens, i);
    if (!w || w.value <= 0) return null;
    n = w.value;
    j = w.next;
  }
  const unit = tokens[j];
  if (!unit || !DURATION_WORDS.has(unit.lower)) return null;
  const relWord = tokens[j + 1];
  const dir = relWord && relWord.type === 'word' ? RELATIVE.get(relWord.lower) : undefined;
  if (dir === undefined) return null;
  // "The year before" needs no count, but "the two years after" is not this pattern.
  if (t.lower === 'the' && !/^(?:day|week|month|quarter|year)$/.test(unit.lower)) return null;
  const step = (unit.lower.endsWith('s') ? unit.lower : unit.lower + 's') as Step;
  const end = j + 2;
  if (n === null) return { end, period: null };
  const rel = relWord!.lower;
  // "before the IPO", "after launch": relative to an event the sentence names, not to a period.
  const afterWord = tokens[end];
  const toEvent = (rel === 'before' || rel === 'after') && afterWord !== undefined && afterWord.type === 'word';
  if (toEvent) return { end, period: null };
  // "11,400 at the end of September, 8% fewer than a year ago": a sentence that states a period counts back from it, as "earlier" does.
  if ((rel === 'ago' || rel === 'back') && !(anchor && (step === 'years' || (step === 'quarters' && monthsOf(anchor.iso) === 3)))) return { end, period: shiftPeriod(refPeriod(ref, step), -n, step) };
  if (anchor) return { end, period: shiftPeriod(anchor, dir * n, step), anchored: true };
  // "a year earlier" counts back from the time the note talks about, not from its date: with none
  // in the sentence, the judge anchors it (the paragraph's period, or the figure it is compared with).
  return { end, period: null };
}

/** The period a unit before the sentence's period, when that period is of the unit (or the unit is a year: "the previous year" is a year back). */
function anchoredBefore(anchor: Period, unit: string): Period | null {
  const months = monthsOf(anchor.iso);
  if (unit === 'year') return shiftPeriod(anchor, -1, 'years');
  if (unit === 'quarter' && months === 3) return shiftPeriod(anchor, -1, 'quarters');
  if (unit === 'month' && months === 1) return shiftPeriod(anchor, -1, 'months');
  return null;
}

/** Words before a year-end that look ahead to it: "by year-end", "expects … at year-end". */
const AHEAD = /^(?:by|until|before|expects?|expected|plans?|planned|aims?|targets?|targeted|forecasts?|will|should|would|guided|guidance|projects?|projected|outlook)$/;

/**
 * The year of a year-end said with no year ("at year-end", "at the end of the year"): the last one
 * on or before the note's date ("Loans reached $1.12 billion at year-end" in February 2025 is
 * December 2024), or the note's own when the sentence looks ahead to it.
 */
function yearEndYear(tokens: readonly Token[], i: number, ref: RefDate): number {
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) if (AHEAD.test(tokens[k]!.lower)) return ref.year;
  return recentYear(ref, 12, 31);
}

/** The end of "year end", "year-end" or "fiscal year" at token j, or null. */
function yearEndAt(tokens: readonly Token[], j: number): number | null {
  let k = j;
  if (tokens[k]?.lower === 'fiscal') k++;
  if (tokens[k]?.lower !== 'year') return null;
  if (isHyphen(tokens[k + 1]) && tokens[k + 2]?.lower === 'end') return k + 3;
  if (tokens[k + 1]?.lower === 'end') return k + 2;
  return k > j ? k + 1 : null;
}

const EARLIER = /^(a|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+(?:earlier|before|prior)$/i;
const COUNT: Record<string, number> = { a: 1, the: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** How many years before another time a time's words say it is ("a year earlier", "the year before": 1), when they say so. */
export function yearsEarlier(time: Pick<TimeRef, 'text'> | null | undefined): number | null {
  return time && SAME_LAST_YEAR.test(time.text.trim()) ? 1 : yearsBy(EARLIER, time);
}

/** After "the same quarter": the words that put it a year back ("the same quarter last year"), one table for tokens and text. */
const YEAR_BACK = ['last year', 'a year ago', 'a year earlier', 'a year before', 'one year ago', 'one year earlier', 'one year before', 'of last year', 'of the prior year', 'of the previous year']
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length);

/** How many tokens at `j` are one of YEAR_BACK, or 0. */
function yearBackAt(tokens: readonly Token[], j: number): number {
  return YEAR_BACK.find((words) => words.every((w, k) => tokens[j + k]?.lower === w))?.length ?? 0;
}

/** "in the same quarter last year" with no period stated before it: a year before the paragraph's. */
const SAME_LAST_YEAR = new RegExp(`^(?:\\w+\\s+)?the\\s+same\\s+(?:${[...SAME_PERIOD_NOUNS].join('|')})\\s+(?:${YEAR_BACK.map((w) => w.join('\\s+')).join('|')})$`, 'i');

const AGO = /^(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+ago$/i;

/** How many years before now a time's words say it is ("a year ago": 1). */
export function yearsAgo(time: Pick<TimeRef, 'text'> | null | undefined): number | null {
  return yearsBy(AGO, time);
}

const OF_OPENING = /^of\s/i;

function yearsBy(words: RegExp, time: Pick<TimeRef, 'text'> | null | undefined): number | null {
  if (!time) return null;
  // "the $2.1 billion of a year earlier": "of" only ties the time to its figure (a test, no replace: this runs for every time).
  const text = time.text.trim();
  const m = words.exec(OF_OPENING.test(text) ? text.slice(2).trimStart() : text);
  return m ? (COUNT[m[1]!.toLowerCase()] ?? Number(m[1])) : null;
}

function yearAt(tokens: readonly Token[], j: number, claimUnitAt: (j: number) => boolean): { year: number; next: number } | null {
  const t = tokens[j];
  // Q1'25, H2 '25
  const y2 = tokens[j + 1];
  if (t && (t.text === "'" || t.text === '’') && y2 && y2.type === 'num' && !y2.spaced && y2.text.length === 2) return { year: 2000 + y2.value, next: j + 2 };
  if (!isYearToken(t) || claimUnitAt(j + 1)) return null;
  return { year: t!.value, next: j + 1 };
}

/** Between two months of a span: "April to June", "April through June", "April–June". */
const MONTH_SPAN_WORDS = new Set(['to', 'through', 'thru', '-', '–', '—']);

/** "April to June (2025) (quarter)", "between January and October 2025" at token i, a capitalised month: those months, ending in the year given or the latest such month. */
function monthToMonth(tokens: readonly Token[], i: number, ref: RefDate, claimUnitAt: (j: number) => boolean): { end: number; period: Period } | null {
  const from = MONTHS.get(tokens[i]!.lower);
  const sep = tokens[i + 1];
  const last = tokens[i + 2];
  // ("between January and October 2025" too.)
  const joined = sep?.lower === 'and' && tokens[i - 1]?.lower === 'between';
  if (from === undefined || !isCapitalized(tokens[i]!) || !sep || !(MONTH_SPAN_WORDS.has(sep.lower) || joined) || !last || !isCapitalized(last)) return null;
  const to = MONTHS.get(last.lower);
  if (to === undefined || to === from) return null;
  const y = yearAt(tokens, i + 3, claimUnitAt);
  const year = y ? y.year : recentYear(ref, to);
  const end = y ? y.next : i + 3;
  return { end: tokens[end]?.lower === 'quarter' ? end + 1 : end, period: monthsEnding(year, to, ((to - from + 12) % 12) + 1) };
}

function fiscalYearAt(tokens: readonly Token[], j: number): { year: number; next: number } | null {
  const t = tokens[j];
  if (!t || t.type !== 'word') return null;
  // "FY2/26", "FY3/25": the year ending in that month of 2026, as Japanese companies name it.
  const month = /^fy(\d{1,2})$/.exec(t.lower);
  const slash = tokens[j + 1];
  const end = tokens[j + 2];
  if (month && +month[1]! >= 1 && +month[1]! <= 12 && slash?.text === '/' && !slash.spaced && end?.type === 'num' && !end.spaced && end.decimals === 0 && (end.text.length === 2 || end.text.length === 4)) {
    return { year: expandYear(end.text), next: j + 3 };
  }
  const glued = /^fy(\d{2}|\d{4})$/.exec(t.lower);
  if (glued) return { year: expandYear(glued[1]!), next: j + 1 };
  // "financial year 2026", "water year 2025" (never "financial 2026").
  if (t.lower === 'fy' || t.lower === 'fiscal' || (FISCAL_YEAR_WORDS.has(t.lower) && tokens[j + 1]?.lower === 'year')) {
    let k = j + 1;
    if (t.lower !== 'fy' && tokens[k]?.lower === 'year') k++;
    if (tokens[k]?.text === "'" || tokens[k]?.text === '’') k++;
    const y = tokens[k];
    if (y && y.type === 'num' && y.decimals === 0 && !y.grouped && (y.text.length === 4 || y.text.length === 2)) {
      const year = expandYear(y.text);
      if (year >= 1900 && year <= 2100) return { year, next: k + 1 };
    }
  }
  return null;
}

function expandYear(s: string): number {
  return s.length === 2 ? 2000 + Number(s) : Number(s);
}

function isCapitalized(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function isHyphen(t: Token | undefined): t is Token {
  return !!t && (t.text === '-' || t.text === '–');
}

function isGluedHyphenAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const n = tokens[k + 1];
  return !!t && !!n && (t.text === '-' || t.text === '–') && !t.spaced && !n.spaced;
}

function gluedHyphenSkip(tokens: readonly Token[], k: number): number {
  return isHyphen(tokens[k]) ? k + 1 : k;
}

function bare(lower: string): string {
  return lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower;
}

/**
 * The period "the <noun>" means after the sentence stated `anchor`: the anchor itself when it is
 * that long, the calendar quarter or year holding a shorter one, else none ("the quarter" after a
 * year does not say which).
 */
export function periodOfLength(anchor: Period, noun: string): Period | null {
  const m = /^(\d{4})(?:-(Q[1-4]|H[12]|\d{2})(?:-\d{2})?)?$/.exec(anchor.iso);
  if (noun === 'period') return anchor;
  if (!m) return noun === 'year' && /^FY\d{4}$/.test(anchor.iso) ? anchor : null;
  const year = Number(m[1]);
  const part = m[2];
  const month = part && /^\d{2}$/.test(part) ? Number(part) : 0;
  const day = anchor.iso.length === 10;
  if (noun === 'year') return part ? yearPeriod(year) : anchor;
  if (noun === 'quarter') return part?.startsWith('Q') ? anchor : month ? quarterPeriod(year, Math.ceil(month / 3)) : null;
  if (noun === 'month') return month && day ? monthPeriod(year, month) : month ? anchor : null;
  return null;
}
