// How a sentence presents a figure computed from others (issue 13 pt 2): a growth between two
// times ("grew 93% year over year", "rose 40% from Q1 to Q2"), a multiple ("doubled since 2023",
// "a 3x step-up", "valued at 25x revenue"), a difference ("$2 billion more than a year earlier")
// or a share ("40% of its revenue"). Only the words: which facts decide is judgeDerived's job.
import type { Claim, DerivedForm, Span, TimeRef } from '../types';
import { sentenceTimes } from '../extract/sentenceTimes';
import { yearsAgo, yearsEarlier, type TimePhrase } from '../extract/time';
import type { Token } from '../extract/lexer';
import { phraseSetOf } from './findPhrase';
import { JOINERS, SET_AGAINST, SHARE_AFTER_AMOUNT } from './sentenceCues';
import { lastFigureBefore, type JudgeMemo, type WordHit } from './judgeMemo';
import { familyOf, isRatioUnit } from './unitMemo';
import { clauseOf } from './clauseOf';

import { type Step, STEP_CUES } from '../extract/stepCues';

export type { Step };
const STEPS = Object.keys(STEP_CUES) as Step[];

/** Words right after a level that make it a difference from another time ("$2 billion more than a year earlier"). */
const DIFFERENCE_AFTER = /^\s*(?:more|less|higher|lower|greater|fewer|above|below)(?:\s+than)?\b/;
// (On the figure's own line: a paragraph after it may open with "More than".)
const THAN_AFTER = /^[ \t]*(?:(?:more|less|higher|lower|greater|fewer)\s+than|(?:above|below)\s+(?:the|its|their|a|an)\s)/;
/** A time phrase opened by these, or after them, is the earlier time ("since 2023", "3x what it was in 2023", "up 40% over 2024", "twice its 2022 level", "4% above 2024"). */
export const START_BEFORE = /(?:\b(?:than|versus|vs|over|compared\s+(?:with|to)|relative\s+to|what\s+it\s+was|where\s+it\s+was|from|since)\s*)$|(?:\d\s?(?:x|×)|\b(?:times|twice|double|triple|quadruple))\s+(?:its|their|the)\s*$|(?:%|\bper\s?cent|\bbps|\bpoints?)\s+(?:above|below)\s*$/;
const START_PREPOSITION = /^(?:since|from)\b/i;
/** Before a time phrase opened by "as": "carried 410 tonnes, twice as much as a year earlier", "three times as many as in 2023". */
const AS_MUCH_AS = /(?:\btwice|\btimes|\d\s?x)\s+as\s+(?:much|many|large|big|high|great)\s*$/;
/** "up 6.5% on 2023", "a 4% rise on the previous quarter": after a change, "on" and a year or quarter is the earlier time (on a day it is when: "rose 5% on June 30"). */
const CHANGE_BEFORE_ON = /(?:%|\bper\s?cent|\b(?:rise|increase|gain|fall|decline|drop|growth|higher|lower|up|down))\s*$/;
/** A period "on" may start a change from ("up 10% on 2024", "on fiscal 2024", "on the prior year" to June): not a day ("rose 3% on 12 March"). */
const YEAR_OR_QUARTER = /^(?:FY)?\d{4}(?:-[QH]\d)?$|^\d{4}-\d\d\/\d{4}-\d\d$/;
/**
 * Text before a figure that makes it the level a change starts from: "up 40% from $2.1 billion",
 * "12% more than the $11.1 billion", "from a low of 44 feet", "since the 2022 plan of $23 billion".
 */
export const FROM_LEVEL = /(?:\bfrom(?:\s+(?:a|an|its|the)\s+(?:record\s+|all-time\s+)?(?:low|high|peak|trough)\s+of)?|\bsince\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,2}(?:low|high|peak|trough|plan|estimate|budget|forecast|projection|level)\s+of|(?:%|\bper\s?cent|\d\s?x|\btimes)\s+(?:(?:more|higher|greater|larger|bigger|less|lower|smaller|fewer)\s+than|above|below))\s+(?:the\s+)?(?:about\s+|roughly\s+|around\s+)?$/i;
/** "EBIT of $1.1 billion compared with $2.3 billion", "versus", "against", "(previously $0.97–1.05 billion)", "(was €1.60–1.70 billion)": the level compared with. */
const COMPARED_WITH = /(?:\b(?:compared\s+(?:with|to)|versus|vs\.?|against|previously)|\(\s*was)\s+(?:the\s+)?(?:(?:about|roughly|around)\s+)?$/i;
/** Whether the text right before a figure makes it the level another is compared with ("from $365 million", "versus $365 million"). */
export const comparedBefore = (before: string): boolean => FROM_LEVEL.test(before) || COMPARED_WITH.test(before);
/** Whether the figure is the level another is compared with ("versus $365 million", "up from $440–480 million"), read in the 40 characters before it. */
export const setAgainstBefore = (c: Claim): boolean => comparedBefore(c.sentenceText.slice(Math.max(0, c.offset.start - c.sentence.start - 40), c.offset.start - c.sentence.start));
/** Between a level and its time: nothing, or what the level was ("the $11.1 billion it wrote in 2023", "the 1.12 million hectares burned in 2024"). */
const LEVEL_TO_TIME = /^\s+(?:(?:it|they|we)\s+\p{Ll}+\s+|\p{Ll}+(?:ed|en)\s+|(?:sold|paid|spent|built|made|lost|held)\s+)?$/u;
// Every match of START_BEFORE ends with one of these words, then only whitespace: a cheap test first
// (the regex is anchored at the end, so it would try every position of the text before the time).
const START_BEFORE_LAST = ['than', 'versus', 'vs', 'over', 'with', 'to', 'was', 'from', 'since', 'its', 'their', 'the', 'above', 'below'];
export const startsBefore = (before: string): boolean => {
  const trimmed = before.trimEnd();
  return START_BEFORE_LAST.some((w) => trimmed.endsWith(w)) && START_BEFORE.test(before);
};
/** A period "over" spans rather than starts from: "rose 8.7% over the nine months", "over the quarter" (not "over the same period", "over the past year", "over 2024"). */
const SPAN_OVER = /^the\s+(?!.*\b(?:same|prior|previous|preceding|corresponding|comparable|year-ago|earlier|past|last)\b)[a-z\s-]*\b(?:months|quarter|year|half|period)$/i;
const overASpan = (before: string, time: string): boolean => /\bover\s*$/.test(before) && SPAN_OVER.test(time.trim());

/**
 * Whether a time phrase is the earlier time of a comparison, from its own words and the sentence's
 * lower-cased text before it: "since 2023", "than in 2023", "up 6.5% on 2023".
 */
export function startsComparison(before: string, ref: Pick<TimeRef, 'text' | 'iso'>): boolean {
  return START_PREPOSITION.test(ref.text.trim()) || (startsBefore(before) && !overASpan(before, ref.text)) || (/^as\b/i.test(ref.text.trim()) && AS_MUCH_AS.test(before)) || (/^on\b/i.test(ref.text) && CHANGE_BEFORE_ON.test(before) && YEAR_OR_QUARTER.test(ref.iso ?? ''));
}

/** Words before a multiple that make it a change over time of one figure ("a 3x step-up", "a 3x increase"). */
const CHANGE_AFTER = /^\s*(?:step\s*up|increase|jump|rise|gain|growth|expansion|leap)\b/;
/** Rates, not a change between two figures: "a CAGR of 35%", "grew 10% a year", "annually". */
const RATE = /\b(?:cagr|compound(?:ed)?\s+annual|per\s+(?:year|annum|month|quarter)|(?:a|each|every)\s+(?:year|month|quarter)(?!\s+(?:earlier|ago|before|prior|later))|annually|annualized\s+growth)\b/;
// The last sentence tested: a sentence's claims are read one after another (most sentences hold no rate word at all).
let lastRate: { folded: string; rate: boolean } | null = null;
/** Whether the claim's clause states a rate ("a CAGR of 35%", "grew 10% a year"): another clause's "$9.70 a month" is not its. */
const isRate = (folded: string, claim: Claim): boolean => {
  if (lastRate?.folded !== folded) lastRate = { folded, rate: RATE.test(folded) };
  if (!lastRate.rate) return false;
  const clause = clauseOf(claim);
  const base = claim.sentence.start;
  // (Not the figure's own words: "roughly a quarter of the total" is a fraction, no rate per quarter.)
  return RATE.test(folded.slice(clause.start - base, claim.offset.start - base) + ' # ' + folded.slice(claim.offset.end - base, clause.end - base));
};
/** A clause break between a figure and a metric word: the word is not the figure's. */
const CLAUSE_BREAK = new RegExp(String.raw`[,;:.()]|\b${JOINERS}\b`);
/** How far after a share or a multiple its metric word may start ("40% of Kestrel's total revenue"). */
const NEAR = 48;

export interface TimeMention {
  ref: TimeRef;
  /** Note offsets of the phrase. */
  span: Span;
  /** The earlier time of the comparison ("since 2023", "from Q1", "than a year earlier"). */
  start: boolean;
  /** Where the figure it dates starts, when that figure is set against another ("…, against NOK 25.80 per kg in Q3 2024"). */
  against?: number;
  /** Where the level it dates starts, when a change starts from that level ("up from $3.76 billion at the end of 2025"). */
  fromLevel?: number;
}

export interface DerivedReading {
  form: DerivedForm;
  /**
   * A share's whole, or a multiple's denominator ("25x its revenue"): the metric word after the
   * figure. Absent for a change of one metric between two times.
   */
  of?: WordHit;
  /** Times the sentence names, in order. */
  times: TimeMention[];
  /** A comparison word's step ("year over year"). */
  step: Step | null;
}

const folded = (claim: Claim, memo: JudgeMemo): string => memo.sentence(claim.sentence).folded;

// A sentence's times, per judge call (its memo): the same for every claim of the sentence.
const timesMemo = new WeakMap<JudgeMemo, Map<string, { sentence: string; text: string; times: TimeMention[] }>>();

function timesOfSentence(claim: Claim, referenceDate: string, text: string, memo: JudgeMemo): TimeMention[] {
  let bySentence = timesMemo.get(memo);
  if (!bySentence) timesMemo.set(memo, (bySentence = new Map()));
  const key = `${claim.sentence.start}:${claim.sentence.end}:${referenceDate}`;
  const known = bySentence.get(key);
  if (known && known.sentence === claim.sentenceText && known.text === text) return known.times;
  const times = timesOf(claim, referenceDate, text, memo.claimsIn(claim.sentence));
  bySentence.set(key, { sentence: claim.sentenceText, text, times });
  return times;
}

/** A figure written as a ratio: a percent, basis points or a multiple. */
const RATIO_TEXT = /(?:%|\bper\s?cent|\bbps|\bbasis\s+points?|\d\s?[x×])\s*$/i;

/** A span of whole years ("2025/2029", a term): no time of the figure. Other spans are periods ("2024-04/2025-03", a fiscal year). */
const YEARS_SPAN = /^\d{4}\/\d{4}$/;

/**
 * The sentence's time phrases with their roles. A time right after the level a change starts from
 * is that level's, the earlier one ("up 5% from 29.8 million a year earlier").
 */
function timesOf(claim: Claim, referenceDate: string, text: string, figures: readonly Span[]): TimeMention[] {
  const { tokens, phrases } = sentenceTimes(claim.sentenceText, referenceDate);
  const base = claim.sentence.start;
  return phrases
    // "to Q4 2024" closes a "from Q3 2024" pair; other ends of a term ("through 2029") are no times of the figure.
    .filter((p) => (!p.until || /^to\b/i.test(p.ref.text.trim())) && p.ref.iso !== null && !YEARS_SPAN.test(p.ref.iso))
    .map((p) => {
      const mention = mentionOf(p, tokens, base);
      const { span } = mention;
      const before = text.slice(claim.sentence.start, span.start).toLowerCase();
      const level = figures.find((c) => c.end <= span.start && LEVEL_TO_TIME.test(text.slice(c.end, span.start)));
      const leading = level && text.slice(Math.max(claim.sentence.start, level.start - 40), level.start);
      const afterLevel = !!leading && FROM_LEVEL.test(leading);
      // (A level's: "against 25% in 2024" dates another change, not where this one started.)
      const against = leading && COMPARED_WITH.test(leading) && !RATIO_TEXT.test(text.slice(level!.start, level!.end)) ? level!.start : undefined;
      // "£9.8bn in 2024 (2023: £9.1bn), up 8%": a time labelling a figure in parentheses after another is the compared level's.
      const label = text[span.end] === ':' && /\(\s*$/.test(before) && figures.some((c) => c.end <= span.start);
      return { ...mention, start: startsComparison(before, p.ref) || afterLevel || label, ...(against !== undefined ? { against } : {}), ...(afterLevel ? { fromLevel: level!.start } : {}) };
    });
}

/** A time phrase of text at `base` as a mention of the note: its span in note offsets, no start yet. */
function mentionOf(p: TimePhrase, tokens: readonly Token[], base: number): TimeMention {
  const span = { start: base + tokens[p.start]!.start, end: base + tokens[p.end - 1]!.end };
  return { ref: { ...p.ref, span }, span, start: false };
}

/**
 * A change column's times, from the headers left of it: "| Q3 2025 revenue | Growth |" is Q3 2025
 * (over the year before, as results are reported); "| Q3 2025 | Q2 2025 | Change |" is from the
 * earlier of the two to the later.
 */
function headerTimes(before: Span, text: string, referenceDate: string): TimeMention[] {
  const own = text.slice(before.start, before.end);
  const { tokens, phrases } = sentenceTimes(own, referenceDate);
  const periods = phrases
    .filter((p) => p.ref.iso !== null && !p.until)
    .map((p) => mentionOf(p, tokens, before.start));
  if (periods.length !== 2) return periods.slice(0, 1);
  const [a, b] = periods as [TimeMention, TimeMention];
  const earlier = (a.ref.from ?? '') <= (b.ref.from ?? '') ? a : b;
  return periods.map((t) => (t === earlier ? { ...t, start: true } : t));
}

/**
 * The sentence's times as one change reads them: a time dating another figure that is set against
 * something ("fell 18% to NOK 1.92 billion, …, against NOK 25.80 per kg in Q3 2024") is where the
 * change started; for that figure it stays its own time.
 */
function forClaim(claim: Claim, times: TimeMention[]): TimeMention[] {
  if (claim.kind !== 'growth') return times;
  // "revenue rose 9% to $268 million; backlog was up from $3.76 billion at the end of 2025": another clause's level starts another change.
  const later = (t: TimeMention): boolean => t.fromLevel !== undefined && t.fromLevel > claim.offset.end;
  const clause = times.some(later) ? clauseOf(claim) : undefined;
  const own = clause ? times.filter((t) => !later(t) || t.fromLevel! < clause.end) : times;
  const startsHere = (t: TimeMention): boolean => t.against !== undefined && !t.start && t.against !== claim.offset.start;
  if (!own.some(startsHere)) return own;
  return own.map((t) => (startsHere(t) ? { ...t, start: true } : t));
}

/** The first metric word (of a unit other than percent or x) after the figure and near it, in its clause. */
function wordAfter(claim: Claim, memo: JudgeMemo, text: string, lead: RegExp | null): WordHit | undefined {
  const after = text.slice(claim.offset.end, claim.offset.end + NEAR + 40);
  const m = lead ? lead.exec(after) : /^/.exec(after);
  if (!m) return undefined;
  const from = claim.offset.end + m[0].length;
  const hits = memo
    .sentence(claim.sentence)
    .words.filter((h) => h.start >= from && h.start - from <= NEAR && !isRatioUnit(h.metric.unit))
    .filter((h) => !CLAUSE_BREAK.test(text.slice(from, h.start)));
  // The longest word at the nearest place ("annualized revenue" over "revenue"); of words alike, a metric with facts ("sales" of `ticket_sales` over the built-in revenue's).
  const sourced = (h: WordHit): number => (memo.factUnits(h.metric.id).length > 0 ? 0 : 1);
  return hits.sort((a, b) => a.start - b.start || b.end - a.end || sourced(a) - sourced(b))[0];
}

/** Between a share and a figure compared with it: its whole, then ", up from ", ", down from ", ", compared with ", ", against ". */
const COMPARED_SHARE = new RegExp(String.raw`^\s+of\s+[^,;()]{1,60}?\s*,?\s*${SET_AGAINST}\s+(?:(?:about|around|roughly|nearly|almost|just)\s+)?$`, 'i');

/** "41% of ticket sales, up from 36% in fiscal 2023": the whole of the share the figure is compared with. */
function wholeOfTheShareBefore(claim: Claim, memo: JudgeMemo, text: string): WordHit | undefined {
  // (Of a period: "…, versus 39.6% a year earlier" is a year before the share it is compared with.)
  if (claim.kind !== 'percent' || !claim.time?.iso) return undefined;
  const share = lastFigureBefore(memo.claimsIn(claim.sentence), claim.offset.start);
  if (!share || !COMPARED_SHARE.test(text.slice(share.end, claim.offset.start))) return undefined;
  // (The figure before is a percent too: "41%", "41 per cent".)
  return /(?:%|\bper\s*cent|\bpercent)$/i.test(text.slice(share.start, share.end)) ? wordAfter({ ...claim, offset: share }, memo, text, /^\s*of\s+/) : undefined;
}

/** After a share: "of the total", "of the group total", "of total". */
const OF_THE_TOTAL = /^\s*of\s+(?:the\s+)?(?:group\s+|company\s+)?(?:total|whole)\b/i;

/** "…generated revenue of $1.15 billion, roughly a quarter of the total": the metric the amount before it is named by, the last word before that amount. */
function totalOfTheAmountBefore(claim: Claim, memo: JudgeMemo, text: string): WordHit | undefined {
  if (!OF_THE_TOTAL.test(text.slice(claim.offset.end, claim.offset.end + 30))) return undefined;
  const figures = memo.claimsIn(claim.sentence);
  const amount = lastFigureBefore(figures, claim.offset.start);
  if (!amount || !SHARE_AFTER_AMOUNT.test(text.slice(amount.end, claim.offset.start))) return undefined;
  // (Not a word of another figure: "A$14.33 per passenger".)
  const words = memo.sentence(claim.sentence).words.filter((h) => h.end <= amount.start && !isRatioUnit(h.metric.unit) && !figures.some((f) => h.start >= f.start && h.end <= f.end));
  return words.sort((a, b) => a.end - b.end || b.end - b.start - (a.end - a.start)).at(-1);
}

function stepOf(f: string): Step | null {
  return STEPS.find((s) => phraseSetOf(STEP_CUES[s]).hits(f).length > 0) ?? null;
}

/**
 * A change's step: its own clause's first ("jumped 21% sequentially …, and was 36% higher than a
 * year earlier": the 36% is over the year), then a year back its time says, then the sentence's,
 * then a table column header's ("| YoY |"). The sentence is scanned once.
 */
function stepFor(claim: Claim, f: string, memo: JudgeMemo): Step | null {
  const base = claim.sentence.start;
  const clause = clauseOf(claim);
  let inClause: Step | null = null;
  let inSentence: Step | null = null;
  for (const s of STEPS) {
    const hits = phraseSetOf(STEP_CUES[s]).hits(f);
    if (hits.length === 0) continue;
    inSentence ??= s;
    if (!inClause && hits.some((h) => base + h.start >= clause.start && base + h.end <= clause.end)) inClause = s;
  }
  if (inClause) return inClause;
  if (!claim.time?.iso && yearsEarlier(claim.time) === 1) return 'years';
  const header = claim.table?.header;
  return inSentence ?? (header ? stepOf(memo.sentence(header).folded) : null);
}

/**
 * The derived reading of a claim, or null when its words state a figure of their own. Percent
 * figures "of" a metric are shares; other percent changes growths; multiples "of" a metric are
 * multiples of it, other multiples that grow ("doubled", "a 3x step-up") multiples over time; a
 * level the extractor read as a change ("rose by $2 billion") or followed by "more than" a named
 * earlier time is a difference.
 */
export function readDerived(claim: Claim, memo: JudgeMemo, text: string, referenceDate: string): DerivedReading | null {
  if (claim.value === null && (claim.low === null || claim.high === null)) return null;
  const family = familyOf(claim.unit);
  const f = folded(claim, memo);
  if (isRate(f, claim)) return null;
  // (Only a figure read as derived needs its step: most are plain levels.)
  const read = (form: DerivedForm, of?: WordHit): DerivedReading => {
    // "72 more than a year earlier" with no period before it: a year back from the figure compared, as "year over year" is.
    const step = stepFor(claim, f, memo);
    const times = forClaim(claim, timesOfSentence(claim, referenceDate, text, memo));
    // "fell to 9.5 cents, from 11.2 cents a year ago, a decline of 15%": with no later time, a
    // start a year before today is a year before the figure compared, as "year over year" is.
    if (!step && times.length === 1 && times[0]!.start && yearsAgo(times[0]!.ref) === 1) return { form, ...(of ? { of } : {}), times: [], step: 'years' };
    return { form, ...(of ? { of } : {}), times: times.length === 0 && claim.table?.before ? headerTimes(claim.table.before, text, referenceDate) : times, step };
  };
  if (family === 'percent') {
    const whole = wordAfter(claim, memo, text, /^\s*of\s+/) ?? wholeOfTheShareBefore(claim, memo, text) ?? totalOfTheAmountBefore(claim, memo, text);
    if (whole) return read('share', whole);
    return claim.kind === 'growth' ? read('growth') : null;
  }
  if (family === 'multiple') {
    const after = text.slice(claim.offset.end).toLowerCase();
    if (CHANGE_AFTER.test(after)) return read('multiple');
    const denominator = wordAfter(claim, memo, text, /^\s*(?:times\s+)?/);
    if (denominator) return read('multiple', denominator);
    const r = read('multiple');
    // ("Net leverage was 3.1x, down from 3.4x a year earlier": the 3.4x is a level of its own time, no multiple over time.)
    const earlierLevel = yearsEarlier(claim.time) !== null || yearsAgo(claim.time) !== null;
    return claim.kind === 'growth' || (r.step !== null && !earlierLevel) || r.times.some((t) => t.start) ? r : null;
  }
  // "up 310 basis points": the change between two percents, in basis points.
  if (family === 'bps') return claim.kind === 'growth' ? read('difference') : null;
  // (A duration too, of a metric counted in one: "Working capital is down 13 days year on year", "13
  // days fewer than a year earlier"; not the time a doubling takes, "doubling every five months".)
  if (family === 'duration' && (/\bevery\b/i.test(claim.text) || memo.fittingMetrics(claim.unit).length === 0)) return null;
  if (claim.kind === 'growth') return read('difference');
  if (!DIFFERENCE_AFTER.test(text.slice(claim.offset.end, claim.offset.end + 40).toLowerCase())) return null;
  const r = read('difference');
  // "80,000 fewer than six months earlier", "$43 million below the December level": set against something, a difference even when no start
  // Claimcheck reads says which; "48 more on order" is a level unless a time says where it started.
  return r.times.some((t) => t.start) || r.step !== null || THAN_AFTER.test(text.slice(claim.offset.end, claim.offset.end + 40).toLowerCase()) ? r : null;
}
