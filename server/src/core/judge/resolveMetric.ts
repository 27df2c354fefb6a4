import { SPEAKERS } from './sentenceNames';
import { factSegments, holdsASegment } from './factSegments';
import { isGuidanceWord } from './claimFactKind';
import { SAME_MEASURE, singular } from '../extract/unitNouns';
import type { Claim, ClaimKind, FactIndex, Metric, Span, Unit } from '../types';
import { HEDGES, HOW_MUCH_MORE, isChangeNoun, isChangeVerb, TRADE_VERBS } from '../extract/hedges';
import { countsThings, isCurrency, isMoney, RATIO_KINDS } from '../units';
import { compatibleUnits, familyOf, priceOfOne } from './unitMemo';
import { findPhrase, foldForMatch, hasPhrase, longestHits, uncoveredHits } from './findPhrase';
import { createMemo, lastFigureBefore, type JudgeMemo, type WordHit } from './judgeMemo';
import { mayBeAMeasure, modifiedMeasureIn, OTHER_MEASURE_IN } from './otherMeasures';
import { CHANGE_TO_LEVEL, COMBINING_WORDS, IRREGULAR_PAST_VERBS, JOINERS, PERIOD_SUBJECT, RIVAL_NOUN, TOTAL_CUES } from './sentenceCues';
import { respectiveItems, type RespectiveRun, respectiveRun, runClauseStart, saysRespectively } from './respectively';
import { clauseOf } from './clauseOf';
import { comparedBefore, setAgainstBefore } from './deriveReading';
import { BUILTIN_METRICS } from '../facts/builtinMetrics';
import { unitEntry } from '../lexicon';

const RUNNING_CUES = TOTAL_CUES.filter((w) => !COMBINING_WORDS.includes(w));

/** Whether a claim in `claimUnit` may be about a metric in `metricUnit`: any currency fits a money metric. */
export function metricUnitFits(claimUnit: Unit, metricUnit: Unit): boolean {
  if (isCurrency(claimUnit) && isCurrency(metricUnit)) return true;
  return compatibleUnits(claimUnit, metricUnit);
}

/**
 * A claim unit that only a metric's words make fit: a counted noun the words name ("21,000
 * customers" for `users`, whose words include "customers"), or a per-unit amount whose denominator
 * they name ("$48 per user" for `arpu`: "average revenue per user").
 */
export function unitNamedBy(claimUnit: Unit, metric: Metric): boolean {
  const slash = claimUnit.indexOf('/');
  if (slash > 0) {
    const [num, per] = [claimUnit.slice(0, slash), claimUnit.slice(slash + 1)];
    // A metric kept per item itself (`USD/student` with the words "per pupil") names the note's other word for the item.
    const whole = metric.unit.split('/')[0]!;
    if (!(isCurrency(num) && isCurrency(whole)) && num !== whole) return false;
    return metric.unit === claimUnit || metric.words.some((w) => hasPhrase(foldForMatch(w), `per ${per}`));
  }
  const family = familyOf(claimUnit);
  // "Days of care reached 1.35 million": a bare number counts the days, hours… a metric's words name (`unit: days`, "days of care"), not "length of stay".
  if (claimUnit === 'count' && familyOf(metric.unit) === 'duration') {
    const nouns = unitEntry(metric.unit)?.nouns ?? [];
    return metric.words.some((w) => foldForMatch(w).split(' ').some((t) => nouns.includes(t)));
  }
  // (A count never fits money, per item neither: "36.8 million shares" is no price of `USD/share`, whatever its words.)
  if (!family.startsWith('noun:') || isMoney(metric.unit)) return false;
  // A word ending in the noun in either number: "820 deliveries" (unit `delivery`) is named by "deliveries";
  // or a noun ending in the word: "1.2 million commercial drone deliveries" (qualifier.ts reads "commercial" as a part).
  return metric.words.some((w) => namesAtEnd(foldForMatch(w), claimUnit) || namesAtEnd(singularLast(foldForMatch(w)), claimUnit) || namesAtEnd(claimUnit, singularLast(foldForMatch(w))));
}

/** A phrase with its last word singular: "aircraft deliveries" → "aircraft delivery". */
export function singularLast(phrase: string): string {
  const trimmed = phrase.trimEnd();
  const cut = trimmed.lastIndexOf(' ') + 1;
  return trimmed.slice(0, cut) + singular(trimmed.slice(cut));
}

/** Between a label and its figure: "Average ticket price: $12.70". */
const LABEL_THEN_FIGURE = /^\s*:\s*$/;
/** Between a metric's words and its figure in an aside: "its gross profit per tonne, at roughly $370, trails …". */
const AT_ASIDE = /^\s*,\s*at\s+(?:(?:about|roughly|around|some|nearly|almost|just)\s+)?$/;
/** Between a figure and the level it changed from: "to $38.35 from $37.50", "$9.86, up from $8.50". */
const RAISED_FROM = /^\s*,?\s*(?:(?:up|down)\s+)?from\s+$/;
/** Between a metric's words and the outlook for it: "raised its adjusted EPS guidance to $38.35 to $38.85", "EPS outlook of $9". */
const OUTLOOK_THEN_FIGURE = /^\s+(?:guidance|outlook|forecast|target)(?:\s+range)?\s+(?:to|of|at|is|was)\s+(?:(?:about|roughly|around|approximately)\s+)?$/;
/** Between a metric's words and the level a change took it to: "… per paying user rose 8% to $17.40", "was up 8% at", "rose to", "rose 3.9% from a year earlier to". */
const CHANGED_TO = /^\s+(?:(?:was|were)\s+)?(\p{L}+)\s+(?:(?:by\s+)?\S+\s+)?(?:(?:from|on|over|versus)\s+(?:\S+\s+){1,3})?(?:to|at)\s+$/u;
const changedTo = (between: string): boolean => isChangeVerb(CHANGED_TO.exec(between)?.[1] ?? '');

/**
 * "Average ticket price: $12.70", "the average ticket price was $12.70": a plain money figure
 * bound to the words of a per-item metric in its currency (`USD/ticket`) is that metric's. Only
 * bound: "higher ticket prices added $40 million" is no price of one ticket.
 */
function boundPriceOfOne(claim: Claim, hits: WordHit[], folded: string, clause: Span, figures: Span[]): Metric | undefined {
  if (!isCurrency(claim.unit)) return undefined;
  const base = claim.sentence.start;
  const boundTo = (figure: Span): Metric | undefined =>
    hits.find((h) => {
      if (!priceOfOne(claim.unit, h.metric.unit)) return false;
      if (h.start >= figure.end) return /^\s+$/.test(folded.slice(figure.end - base, h.start - base));
      const between = folded.slice(h.end - base, figure.start - base);
      return h.end <= figure.start && (WORD_THEN_FIGURE.test(between) || LABEL_THEN_FIGURE.test(between) || AT_ASIDE.test(between) || OUTLOOK_THEN_FIGURE.test(between) || changedTo(between) || /^\s+$/.test(between));
    })?.metric;
  const own = boundTo(claim.offset);
  if (own) return own;
  // "… guidance to $38.35 to $38.85 from $37.50 to $38.30": the level it was raised from is of the figure right before.
  const prior = lastFigureBefore(figures, claim.offset.start);
  const raisedFrom = prior && RAISED_FROM.test(folded.slice(prior.end - base, claim.offset.start - base)) ? boundTo(prior) : undefined;
  if (raisedFrom) return raisedFrom;
  // "Average ticket price: $12.70, against $12.20 in Q2 2024": an elliptical comparison's figure is of the figure's before it.
  const previous = figures.filter((f) => f.end <= clause.start).at(-1);
  return previous && elliptical(claim, clause) ? boundTo(previous) : undefined;
}

/**
 * "Operational EBIT fell 18% to NOK 1.92 billion, or NOK 19.50 per kg": an amount per item after a
 * metric's words is the metric whose words say that metric per that item ("operational EBIT per kg").
 */
function perItemOfNamed(claim: Claim, hits: WordHit[], folded: string, fitting: Set<Metric>): Metric | undefined {
  const slash = claim.unit.indexOf('/');
  if (slash < 0) return undefined;
  const per = claim.unit.slice(slash + 1).toLowerCase();
  const base = claim.sentence.start;
  const before = hits.filter((h) => h.end <= claim.offset.start && !fitting.has(h.metric)).sort((a, b) => b.end - a.end);
  for (const h of before) {
    const wanted = `${folded.slice(h.start - base, h.end - base)} per ${per}`;
    for (const m of fitting) if (m.words.some((w) => foldForMatch(w) === wanted)) return m;
  }
  return undefined;
}

/**
 * "EBITDA came to €2.9 billion and net profit to €1.05 billion, up 4% and down 2% respectively":
 * the k-th figure of the run is of the k-th metric named before it.
 */
function respectiveMetric(claim: Claim, hits: WordHit[], fitting: Set<Metric>, figures: Span[], folded: string, hasFacts: (m: Metric) => boolean): Metric | null | undefined {
  if (!saysRespectively(claim.sentenceText)) return undefined;
  const pair = respectiveRun(claim.sentenceText, claim.sentence.start, figures, claim.offset);
  if (!pair) return undefined;
  // The phrases named before the run, the longest at each place, each its best metric ("net profit":
  // the facts file's own), whatever their unit: "Net profit and earnings per share were ₹21,470 crore
  // and ₹58.40" pairs the ₹58.40 with EPS, not with the net profit its unit would fit.
  const end = pair.list;
  // (From the run's own clause of the sentence: "…versus £4.61 a year ago; ticket prices and spend per head rose 3.3% and 7.6%, respectively",
  // and from after the last figure before the list when the list names metrics there: "Revenue was $318 million, while same-store
  // sales and the adjusted EBITDA margin were 2.1% and 22.6%, respectively"; not "EBITDA came to €2.9 billion and net profit to
  // €1.05 billion, up 4% and down 2%", whose list is before its levels.)
  const start = runClauseStart(claim.sentenceText, claim.sentence.start, end);
  const lastFigure = figures.filter((f) => f.end <= end && f.end > start).at(-1)?.end ?? start;
  const from = hits.some((h) => h.start >= lastFigure && h.end <= end) ? lastFigure : start;
  const inside = uncoveredHits(hits.filter((h) => h.start >= from && h.end <= end && !figures.some((f) => h.start >= f.start && h.end <= f.end)));
  const starts = [...new Set(inside.map((h) => h.start))].sort((a, b) => a - b);
  const named: Metric[] = [];
  for (const at of starts) {
    const here = inside.filter((h) => h.start === at);
    const metric = (best(here.filter((h) => fitting.has(h.metric)), claim, folded, claim.sentence.start, hasFacts) ?? here[0]!).metric;
    if (!named.includes(metric)) named.push(metric);
  }
  if (named.length !== pair.run.length) return itemsMetric(claim, inside, pair, fitting, folded, hasFacts);
  // (Of another unit too: "Net profit and earnings per share were ₹21,470 crore and ₹58.40" pairs the ₹58.40 with EPS.)
  return named[pair.k]!;
}

/**
 * "Fiduciary income and contingent commissions were $38 million and $52 million, respectively":
 * with fewer metrics named than figures, the list's k-th item decides, when a metric word stands
 * in one of its items: a word of a fitting metric in it is the figure's, and an item with none
 * (or of another unit) names no metric. A metric named before the list ("Capacity in North
 * America and Europe was …") stays every figure's (undefined).
 */
function itemsMetric(claim: Claim, inside: WordHit[], pair: RespectiveRun, fitting: Set<Metric>, folded: string, hasFacts: (m: Metric) => boolean): Metric | null | undefined {
  const items = respectiveItems(claim.sentenceText, claim.sentence.start, pair.list, pair.run.length);
  if (!items || !inside.some((h) => items.some((i) => h.start >= i.start && h.end <= i.end))) return undefined;
  const item = items[pair.k]!;
  let mine = inside.filter((h) => h.start >= item.start && h.end <= item.end);
  // "coal and intermodal volumes fell 10% and 3%": an item with no noun of its own shares the last item's, its metric word last.
  const last = items.at(-1)!;
  // ("Halden's merchant and packaged sales": the owner's possessive is no word of the item.)
  const words = claim.sentenceText.slice(item.start - claim.sentence.start, item.end - claim.sentence.start).replace(POSSESSIVE_OPENS, '');
  if (mine.length === 0 && item !== last && !/\s/.test(words)) {
    mine = inside.filter((h) => h.end === last.end);
    // "Gross and operating margins were 31.6% and 19.4%": the item and the shared noun may name a metric of their own ("gross margin").
    const shared = mine[0];
    const head = shared && /(\p{L}+?)s?$/u.exec(folded.slice(shared.start - claim.sentence.start, shared.end - claim.sentence.start))?.[1];
    const phrase = head ? foldForMatch(`${words} ${head}`) : '';
    const own = phrase ? [...fitting].find((m) => m.words.some((w) => foldForMatch(w) === phrase)) : undefined;
    if (own) return own;
  }
  return best(mine.filter((h) => fitting.has(h.metric)), claim, folded, claim.sentence.start, hasFacts)?.metric ?? null;
}

const POSSESSIVE_OPENS = /^\p{Lu}[\p{L}-]*['’]s?\s+/u;

/** "swung to a profit of", "from a loss of", "against a loss of": a profit or loss that only gives a figure's sign. */
const SIGN_OF_CHANGE = /(?:\b(?:swung|swings|swinging|turned|turns|turning|moved|flipped|returned|returning)\s+(?:back\s+)?(?:to|into)|\b(?:from|against|versus|vs\.?|compared\s+(?:with|to))|,)\s+an?\s+$/;
const SIGN_WORD = /^(?:profit|loss|losses)$/;

/**
 * "Adjusted EBITDA swung to a profit of $142 million from a loss of $39 million": after another
 * metric's word, "profit" and "loss" say which side of zero the figures are on (the extractor
 * signs them), not that they are net income.
 */
function withoutSignWords(hits: WordHit[], folded: string, base: number, fitting: Set<Metric>): WordHit[] {
  const sign = (h: WordHit): boolean => SIGN_WORD.test(folded.slice(h.start - base, h.end - base)) && SIGN_OF_CHANGE.test(folded.slice(Math.max(0, h.start - base - 30), h.start - base));
  const signs = hits.filter(sign);
  if (signs.length === 0) return hits;
  // Another metric's word before the first of them ("Adjusted EBITDA swung to a profit"), not "profit" itself.
  const subject = hits.find((h) => fitting.has(h.metric) && h.end <= signs[0]!.start && !SIGN_WORD.test(folded.slice(h.start - base, h.end - base)));
  return subject ? hits.filter((h) => !signs.includes(h)) : hits;
}

/** Between a share and the metric it is of: " of ", " of the ", " of total ". */
const OF_A_METRIC_WORDS = String.raw`^\s+of\s+(?:(?:the|its|their|total|group)\s+)?`;
const OF_A_METRIC = new RegExp(OF_A_METRIC_WORDS);
const OF_A_METRIC_WHOLE = new RegExp(`${OF_A_METRIC_WORDS}$`);

/** "…, and adjusted EBITDA of $568 million was 20.0% of revenue": a percent of a metric's words is a share of it, no percent the clauses before name. */
function shareOfAMetric(claim: Claim, folded: string, hits: readonly WordHit[]): boolean {
  if (claim.unit !== 'percent') return false;
  const base = claim.sentence.start;
  const m = OF_A_METRIC.exec(folded.slice(claim.offset.end - base, claim.offset.end - base + 24));
  return m !== null && hits.some((h) => h.start === claim.offset.end + m[0].length);
}

/** "The B2C share of revenue was 71%": "share" before "of" and another metric's words is a share of that metric, no market share. */
function withoutShareOfAnother(hits: WordHit[], folded: string, base: number): WordHit[] {
  const shareOf = (h: WordHit): boolean =>
    folded.slice(h.start - base, h.end - base) === 'share' && hits.some((o) => o !== h && o.metric !== h.metric && OF_A_METRIC_WHOLE.test(folded.slice(h.end - base, o.start - base)));
  return hits.some(shareOf) ? hits.filter((h) => !shareOf(h)) : hits;
}

/** Whether the phrase ends with the noun: "hospital beds" names beds, not hospitals. */
function namesAtEnd(folded: string, noun: string): boolean {
  const end = folded.trimEnd().length;
  return findPhrase(folded, noun).some((h) => h.end === end);
}

// Which metric ids a claim kind points at when the words alone do not decide (a hint, not a rule).
const KIND_HINTS: Partial<Record<ClaimKind, string[]>> = {
  valuation: ['valuation'],
  revenue: ['revenue'],
  funding: ['investment', 'funding'],
  capex: ['capex'],
  hardware: ['gpu', 'tpu', 'chip', 'accelerator'],
  users: ['user'],
  people: ['employee', 'people', 'headcount'],
  power: ['power'],
  energy: ['energy'],
};

function kindScore(kind: ClaimKind, metric: Metric): number {
  const hints = KIND_HINTS[kind];
  if (!hints) return 0;
  if (hints.includes(metric.id)) return 2;
  return hints.some((h) => metric.id.includes(h)) ? 1 : 0;
}

function distance(hit: WordHit, claim: Claim): number {
  if (hit.end <= claim.offset.start) return claim.offset.start - hit.end;
  return Math.max(0, hit.start - claim.offset.end);
}

const words = (hit: WordHit, folded: string, base: number): number => folded.slice(hit.start - base, hit.end - base).split(/\s+/).length;

/**
 * Every candidate metric is weighed (issue 9 pt 2): the more specific (longer) phrase, then the
 * nearer one, then the metric with facts for the claim's entities, then a facts file's own metric
 * over a built-in with the same words, then the claim's kind.
 */
function best(hits: WordHit[], claim: Claim, folded: string, base: number, hasFacts: (m: Metric) => boolean): WordHit | undefined {
  const sorted = [...hits].sort(
    (a, b) =>
      words(b, folded, base) - words(a, folded, base) ||
      distance(a, claim) - distance(b, claim) ||
      Number(hasFacts(b.metric)) - Number(hasFacts(a.metric)) ||
      Number(a.metric.builtin) - Number(b.metric.builtin) ||
      kindScore(claim.kind, b.metric) - kindScore(claim.kind, a.metric),
  );
  return sorted[0];
}

// "valued at $3 billion", "valued the company at $3 billion", "a valuation of $5 billion",
// "valuation sat at $18 billion", "valuation rose to $61.5 billion", "valuation was $5 billion".
const VALUE_BEFORE = /^\s*(?:[\p{L}\p{N}']+\s+){0,4}?(?:at|to|of|was|is|were)\s+(?:(?:a|an|about|roughly|around|nearly|over|more than|some|just|almost)\s+)*$/u;
// "a $5 billion valuation", "$61.5 billion post-money valuation".
const VALUE_AFTER = /^\s*(?:post\s+money\s+|pre\s+money\s+)?$/;

/** Between a metric word and "valued": "endowment was valued at", "portfolio is valued at". */
const VALUED_SUBJECT = /^\s+(?:was|is|were|are|has been|had been|have been|being)\s+$/;

/**
 * "A round of $250 million valued the company at $3 billion": a valuation word names only the
 * figure next to it. A claim bound to one takes the valuation; a sentence that also has words of
 * another fitting metric (a round) leaves the valuation out for the claims not bound to it.
 */
function valuationBinding(hits: WordHit[], claim: Claim, folded: string, figures: Span[]): WordHit[] {
  const base = claim.sentence.start;
  const isValuation = (h: WordHit): boolean => kindScore('valuation', h.metric) === 2;
  const valuations = hits.filter(isValuation);
  if (valuations.length === 0) return hits;
  const binds = (h: WordHit, figure: Span): boolean =>
    h.end <= figure.start
      ? VALUE_BEFORE.test(folded.slice(h.end - base, figure.start - base))
      : h.start >= figure.end && /^(?:valuation|(?:post|pre)\s+money\b)/.test(folded.slice(h.start - base)) && VALUE_AFTER.test(folded.slice(figure.end - base, h.start - base));
  // "Its endowment was valued at $12.4 billion": what was valued is the metric, not a valuation.
  const valued = hits.find((h) => !isValuation(h) && valuations.some((v) => v.start >= h.end && v.end <= claim.offset.start && VALUED_SUBJECT.test(folded.slice(h.end - base, v.start - base))));
  if (valued) return [valued];
  // (With another metric's hit of the same word: "valuing the deal at" of a `deal_value` metric whose word is "valuing".)
  const bound = valuations.filter((h) => binds(h, claim.offset));
  const mine = hits.filter((h) => bound.some((v) => v.start === h.start && v.end === h.end));
  if (mine.length > 0) return mine;
  // "valued the startup at $5.4 billion, up from $2.1 billion": the level a valuation is compared with is one too.
  const at = claim.offset.start - base;
  const prior = comparedBefore(folded.slice(Math.max(0, at - 40), at)) ? lastFigureBefore(figures, claim.offset.start) : undefined;
  const theirs = prior ? valuations.filter((h) => binds(h, prior)) : [];
  if (theirs.length > 0) return theirs;
  // A valuation word bound to another figure of the sentence is that figure's.
  return hits.filter((h) => !isValuation(h) || !figures.some((f) => f.start !== claim.offset.start && binds(h, f)));
}

// "Free cash flow of $5.2 billion", "revenue was $5 billion": a word right before its figure.
const WORD_THEN_FIGURE = /^(?:\s+|\s*,\s*which\s+(?=was|were|is|are|totaled|totalled|came|stood))(?:of|was|were|is|are|at|reached|totaled|totalled|came to|came in at|stood at|averaged|averages|average)\s+(?:(?:about|roughly|around|nearly|some|just|almost|approximately|over|more than|less than|at least|at most|up to|under)\s+)*$/;
// "$3.5 billion of share repurchases", "$184 billion in deposits": a word right after its figure.
const FIGURE_THEN_WORD = /^\s+(?:of|in)\s+(?:(?:its|their|the)\s+)?$/;

/**
 * "Free cash flow of $5.2 billion covered $3.5 billion of share repurchases": with words of
 * several metrics in one clause, a word bound to the claim names it, and a word bound to another
 * figure of the sentence is that figure's (the longer phrase no longer wins across figures).
 */
function figureBinding(hits: WordHit[], claim: Claim, folded: string, figures: Span[]): WordHit[] {
  if (hits.length < 2 || hits.every((h) => h.metric === hits[0]!.metric)) return hits;
  const base = claim.sentence.start;
  const binds = (h: WordHit, figure: Span): boolean =>
    h.end <= figure.start ? WORD_THEN_FIGURE.test(folded.slice(h.end - base, figure.start - base)) : h.start >= figure.end && FIGURE_THEN_WORD.test(folded.slice(figure.end - base, h.start - base));
  const mine = hits.filter((h) => binds(h, claim.offset));
  if (mine.length > 0) return mine;
  const free = hits.filter((h) => !figures.some((f) => f.start !== claim.offset.start && binds(h, f)));
  return free.length > 0 ? free : hits;
}

/**
 * The hits inside `span`, without those inside a figure ("500 MW", "20,000 GPUs": unit words are
 * not metric cues) and without those a longer hit covers, of any metric ("comparable sales" is no
 * revenue word); equal spans of several metrics all stay. `fitting`: those of the fitting metrics,
 * and whether a longer word of another metric covered one of them.
 */
function inSpan(hits: WordHit[], span: Span, fitting: Set<Metric>, figures: Span[]): WordHit[] & { covered?: boolean; other?: boolean } {
  // A phrase across the span's edge is in it: "food and beverage revenue" holds a clause's "and".
  const inside = hits.filter((h) => h.start < span.end && h.end > span.start && !figures.some((f) => h.start >= f.start && h.end <= f.end));
  const fits: WordHit[] & { covered?: boolean; other?: boolean } = inside.filter((h) => fitting.has(h.metric));
  // (Only words of metrics of another unit: "rent per square foot rose 1.9%", a change judgeDerived reads in their unit.)
  if (fits.length === 0 && inside.length > 0) fits.other = true;
  if (fits.length === 0) return fits;
  const uncovered = new Set(uncoveredHits(inside));
  const kept: WordHit[] & { covered?: boolean } = fits.filter((h) => uncovered.has(h));
  if (kept.length < fits.length) kept.covered = true;
  return kept;
}

const TOTAL_TOKEN = /\b(?:total|cumulative|to date|so far|altogether|lifetime)\b/;

const totalForms = new WeakMap<Metric[], Map<Metric, Metric | undefined>>();

/**
 * The running-total form of a metric, when the vocabulary has one: a metric with a word that is one
 * of `metric`'s words plus a totalling word ("total investment" for "investment"), nothing else.
 */
function totalForm(metric: Metric, fitting: Metric[]): Metric | undefined {
  let forms = totalForms.get(fitting);
  if (!forms) totalForms.set(fitting, (forms = new Map()));
  if (!forms.has(metric)) forms.set(metric, findTotalForm(metric, fitting));
  return forms.get(metric);
}

function findTotalForm(metric: Metric, fitting: Metric[]): Metric | undefined {
  const own = metric.words.map(foldForMatch);
  return fitting.find(
    (t) =>
      t !== metric &&
      t.words.some((w) => {
        const fw = foldForMatch(w);
        // The word and the totalling word alone: "total investment", "investment to date" (not "total allowable catch" for "catch").
        const rest = fw.replace(TOTAL_TOKEN, ' ').replace(/\s+/g, ' ').trim();
        return rest !== fw && own.includes(rest);
      }),
  );
}

// Total words that follow their figure ("$8 billion so far"); the others lead it ("in total, … $8 billion", "total investment … to $8 billion").
const TRAILING_CUES = new Set(['in total', 'so far', 'to date', 'altogether', 'all told', 'in all', 'cumulatively']);

/**
 * Whether the sentence reads this claim as a running total ("in total", "so far", "to date",
 * "cumulative"): some cue binds to it. A cue binds to the first claim after it, or a trailing cue
 * to the nearest claim before it ("its $4 billion tranche brought the total to $8 billion" makes
 * only the $8 billion a total).
 */
function totalCue(claim: Claim, folded: string, total: Metric, others: Span[], cueWords: readonly string[]): boolean {
  const base = claim.sentence.start;
  const claims = others.length > 0 ? others : [claim.offset];
  const cues = longestHits(
    [...cueWords, ...total.words].flatMap((w) => findPhrase(folded, w).map((h) => ({ start: base + h.start, end: base + h.end, trailing: TRAILING_CUES.has(w) }))),
  );
  return cues.some((cue) => {
    const before = claims.filter((c) => c.end <= cue.start);
    const after = claims.filter((c) => c.start >= cue.end);
    const bound = cue.trailing && before.length > 0 ? before[before.length - 1] : (after[0] ?? before[before.length - 1]);
    return bound?.start === claim.offset.start;
  });
}

export interface MetricOptions {
  /** The table column header's span, when the claim is in a table cell. */
  header?: Span | null;
  /** The table row's label cell, when the claim is in another cell of the row ("| EBITDA (€bn) | 2.6 | 2.5 |"). */
  label?: Span;
  /** The header cells left of the claim's column ("| Segment | Q3 revenue (€m) | YoY |"): a change column's metric. */
  before?: Span;
  /** The claim adds up several entities: "total" then means the sum, not a running total. */
  combined?: boolean;
  memo?: JudgeMemo;
  /** Whether the facts have figures of this metric for the claim's entities (breaks ties between metrics). */
  hasFacts?: (metric: Metric) => boolean;
  /** Told when a rule left every metric out: a figure about a part or one typical item, or things not yet in service. */
  leftOut?: (why: MetricLeftOut) => void;
  /** Whether the claim's words name a segment the facts have of this metric: a part ("of which Europe contributed €11.2 billion") its segment's facts decide. */
  segmentNamed?: (metric: Metric) => boolean;
}

export type MetricLeftOut = 'part' | 'pending' | 'benchmark' | 'ratio' | 'pool' | 'rival' | 'gap' | 'definition' | 'years' | 'request' | 'counterfactual' | 'negated';

/**
 * The metric a claim is about: a metric word (hyphen/space/case/plural-insensitive) in the claim's
 * clause, else the clauses before it in its sentence (all of it for an elliptical comparison; none
 * for a bare number outside one), else its table column's header, whose unit fits the claim's; the
 * claim kind, then the longer phrase, then the nearer one break ties. None for a figure about a part
 * of the whole or one typical item (aboutAPart), or for things not yet in service (pendingItems). Without a word, the kind alone
 * ("capex", "valuation"...) or a unit only one metric counts in (users, GW, GPUs) decides, when
 * exactly one metric fits. A single entity's figure read as a running total ("in total", "so far")
 * moves to the metric's total form when the vocabulary has one.
 */
export function resolveMetric(claim: Claim, index: FactIndex, clause: Span, text: string, options: MetricOptions | Span | null = {}): Metric | undefined {
  const opts: MetricOptions = options && 'start' in options ? { header: options } : (options ?? {});
  const memo = opts.memo ?? createMemo({ text }, index);
  const fittingList = memo.fittingMetrics(claim.unit);
  if (fittingList.length === 0) return undefined;
  if (aBenchmark(claim, memo)) {
    opts.leftOut?.('benchmark');
    return undefined;
  }
  if (aSideOfARatio(claim)) {
    opts.leftOut?.('ratio');
    return undefined;
  }
  if (wonFrom(claim)) {
    opts.leftOut?.('pool');
    return undefined;
  }
  if (ofRivals(claim)) {
    opts.leftOut?.('rival');
    return undefined;
  }
  if (gapToAName(claim)) {
    opts.leftOut?.('gap');
    return undefined;
  }
  if (DEFINES.test(claim.sentenceText.slice(0, claim.offset.start - claim.sentence.start))) {
    opts.leftOut?.('definition');
    return undefined;
  }
  if (averageOverYears(claim, memo)) {
    opts.leftOut?.('years');
    return undefined;
  }
  if (asked(claim, memo)) {
    opts.leftOut?.('request');
    return undefined;
  }
  // "Excluding the charges, net income would have been $560 million": what would have been, not what was.
  if (WOULD_HAVE.test(claim.sentenceText.slice(clause.start - claim.sentence.start, claim.offset.start - claim.sentence.start))) {
    opts.leftOut?.('counterfactual');
    return undefined;
  }
  // "Quillon does not run 64,000 GPUs", "a 64,000-GPU cluster the company has not committed to": denied, not stated.
  if (negated(claim, clause)) {
    opts.leftOut?.('negated');
    return undefined;
  }
  const named = partNamedAfter(claim, clause, memo);
  if (named) return named;
  if (aboutAPart(claim, clause, memo) || withTradedItems(claim, clause) || comparedWithAPart(claim, memo) || ratePerPeriod(claim, clause, memo) || includedIn(claim, memo) || fromASource(claim, clause, memo) || anAdjustment(claim, memo) || leftOutItem(claim, memo)) {
    const whole = opts.segmentNamed ? resolveWhole(claim, index, clause, memo, fittingList, opts) : undefined;
    if (whole && opts.segmentNamed!(whole)) return whole;
    opts.leftOut?.('part');
    return undefined;
  }
  return resolveWhole(claim, index, clause, memo, fittingList, opts);
}

/** Right before a metric word: what the subject is compared with ("has fallen faster than the balance sheet"). */
const COMPARED_BEFORE = /\b(?:than|versus|vs\.?|against|compared\s+(?:with|to)|relative\s+to)\s+(?:(?:the|its|their|our)\s+)?$/;

/** Another clause's words without those it compares with, when the clause names its subject's too. */
function notComparedWith(pool: WordHit[], folded: string, base: number): WordHit[] {
  if (pool.length < 2) return pool;
  const own = pool.filter((h) => !COMPARED_BEFORE.test(folded.slice(Math.max(0, h.start - base - 24), h.start - base)));
  return own.length > 0 && own.length < pool.length ? own : pool;
}

/** "from 160 basis points before the hike", "since the acquisition": an event that dates a figure names no metric of it. */
const EVENT_BEFORE = /\b(?:before|after|since|until|ahead\s+of)\s+(?:the|its|their|this|that|last|next)\s+$/;

/** The sentence's metric words that may name the figure's metric: not those of an event dating it. */
function namingWords(claim: Claim, words: WordHit[], folded: string): WordHit[] {
  const base = claim.sentence.start;
  const dated = (h: WordHit): boolean => EVENT_BEFORE.test(folded.slice(Math.max(0, h.start - base - 24), h.start - base));
  // "grew revenue 10.7% in Q2FY27 on UVG of 7%": a word after the figure that names a later one is that one's.
  const another = (h: WordHit): boolean => claim.kind === 'growth' && h.start >= claim.offset.end && WORD_OF_A_FIGURE.test(folded.slice(h.end - base, h.end - base + 24));
  return words.some(dated) || words.some(another) ? words.filter((h) => !dated(h) && !another(h)) : words;
}

/** Right after a metric's word, the figure it names: " of 7%", " at about $4". */
const WORD_OF_A_FIGURE = /^\s+(?:of|at)\s+(?:(?:about|around|roughly|nearly)\s+)?[-+\u2212]?[\d$\u20ac\u00a3\u00a5\u20b9]/;

/** resolveMetric for a figure no part rule left out. */
function resolveWhole(claim: Claim, index: FactIndex, clause: Span, memo: JudgeMemo, fittingList: Metric[], opts: MetricOptions): Metric | undefined {
  const info = memo.sentence(claim.sentence);
  if (amountOfAnother(claim, info.folded, info.words)) return undefined;
  // A change read in a level's unit (judgeDerived) has that unit from a metric word: the unit alone says nothing of it.
  const unitOnly = claim.kind === 'growth' || claim.kind === 'multiple' ? undefined : fromKindOrUnit(claim, fittingList);
  const byUnit = unitOnly && !tradedItems(claim, clause, info.folded, unitOnly) ? unitOnly : undefined;
  const named = fromWords(claim, index, namingWords(claim, info.words, info.folded), info.folded, clause, fittingList, opts.header, memo, opts.hasFacts ?? (() => false), opts.label, opts.before);
  // Null: the clause names a metric of another unit, which its kind does not overrule ("Average revenue per paying user rose 8% to $17.40").
  // A label naming no metric names something else: "- Gold price received: about $2,950/oz" is no AISC.
  // A later clause measuring its own subject takes no metric by its unit either ("The average price
  // was $4.80 a tonne; nature-based credits fetched about $9 a tonne").
  // Nor one naming a measure no metric names ("…and operating income $4.1 billion": not revenue by the kind "revenue" gave it).
  // Nor a figure that restates the one before it ("Its energy costs were $118 million, or roughly $190 per tonne"), whose words it would need.
  const refused = named === undefined && byUnit !== undefined && (levelOfItsOwn(claim, clause, info.folded, info.words, index) || measureOfItsOwn(claim, clause, info.folded, info.words) || restatesTheFigureBefore(claim, memo, info.words));
  const metric = named === null || refused ? undefined : (named ?? (labelled(claim, clause) ? undefined : byUnit));
  if (!metric || peopleNotStaff(claim, metric, info)) return undefined;
  if (pendingItems(claim, clause, info.folded, metric)) {
    opts.leftOut?.('pending');
    return undefined;
  }
  const others = memo.claimsIn(claim.sentence);
  // Summing several entities, "total"/"combined" are about the sum; "to date", "so far" still make each a running total.
  const cues = opts.combined ? RUNNING_CUES : TOTAL_CUES;
  const total = totalForm(metric, fittingList);
  if (total) return totalCue(claim, info.folded, total, others, cues) ? total : metric;
  // "Its $4 billion tranche brought the total investment to $8 billion": the total's words name the
  // other claim, and this one is a plain figure of the metric the total adds up.
  const base = fittingList.find((b) => b !== metric && totalForm(b, fittingList) === metric);
  return base && !totalCue(claim, info.folded, metric, others, cues) ? base : metric;
}

const PEOPLE_NOUNS: ReadonlySet<string> = new Set(['people', 'person', 'persons']);
/** What makes a count of people a staff count: the built-in `employees` metric's words besides "people" itself. */
const STAFF_WORDS: ReadonlySet<string> = new Set(BUILTIN_METRICS.find((m) => m.id === 'employees')!.words.map(foldForMatch).filter((w) => !PEOPLE_NOUNS.has(w)));
/** Employment said by a verb or a noun no metric holds: "employs 24,000 people", "work for", "jobs", "laid off". */
const EMPLOYS = /\b(?:employ(?:s|ed|ing)?|workforce|works?\s+(?:for|at)|working\s+(?:for|at)|jobs?|hir(?:e|es|ed|ing)|laid\s+off|lay(?:s|ing)?\s+off|layoffs?|payroll|personnel|redundanc(?:y|ies)|team)\b/;

/**
 * "About 3,100 people had waited more than a year", "serves 1.2 million people": a count of people
 * is a staff metric's only when the sentence says they work there (another of the metric's words,
 * or employment: "employs 24,000 people", "31,000 people work for Westmoor").
 */
function peopleNotStaff(claim: Claim, metric: Metric, info: { words: readonly WordHit[]; folded: string }): boolean {
  if (!claim.noun || !PEOPLE_NOUNS.has(claim.noun.toLowerCase()) || !metric.words.some((w) => STAFF_WORDS.has(foldForMatch(w)))) return false;
  if (info.words.some((h) => h.metric === metric && (h.end <= claim.offset.start || h.start >= claim.offset.end))) return false;
  return !EMPLOYS.test(info.folded);
}

// The fitting lists are kept per facts index and unit (JudgeMemo.fittingMetrics): their sets too.
const sets = new WeakMap<Metric[], Set<Metric>>();
function setOf(list: Metric[]): Set<Metric> {
  let set = sets.get(list);
  if (!set) sets.set(list, (set = new Set(list)));
  return set;
}

/** Of the words before an elliptical clause, those of the figure right before it: after the figure before that one. */
function levelWords(before: WordHit[], figures: readonly Span[], clauseStart: number, base: number): WordHit[] {
  const level = figures.filter((f) => f.end <= clauseStart).at(-1);
  if (!level) return [];
  const from = figures.filter((f) => f.end <= level.start).at(-1)?.end ?? base;
  return before.filter((h) => h.start >= from && h.end <= level.start);
}

/** Between a metric's words and the relative clause that holds a figure: ", which ", " that ". */
const RELATIVE_GAP = /^\s*,?\s*(?:which|that)\s*$/;

function fromWords(
  claim: Claim, index: FactIndex, hits: WordHit[], folded: string, clause: Span, fittingList: Metric[], header: Span | null | undefined, memo: JudgeMemo, hasFacts: (m: Metric) => boolean, label?: Span, before?: Span,
): Metric | null | undefined {
  const fitting = setOf(fittingList);
  const base = claim.sentence.start;
  const figures = memo.claimsIn(claim.sentence);
  // "Its screen-to-site ratio is 8.6": a word inside a ratio's hyphened name names no metric of its own.
  if (claim.sentenceText.includes('-to-')) hits = hits.filter((h) => !inRatioName(claim.sentenceText, h.start - base, h.end - base));
  // "respectively" pairs first: "Net profit and EPS were ₹21,470 crore and ₹58.40" is no amount per share twice.
  const respective = respectiveMetric(claim, hits, fitting, figures, folded, hasFacts);
  if (respective !== undefined) return respective;
  const first = asRunsFirst(claim, clause, figures);
  if (first) {
    claim = first;
    clause = clauseOf(first);
  }
  const priced = boundPriceOfOne(claim, hits, folded, clause, figures) ?? perItemOfNamed(claim, hits, folded, fitting);
  if (priced) return priced;
  // "Free cash flow excludes capex, which was $140 million": a relative clause's figure is its antecedent's.
  const antecedent = uncoveredHits(hits.filter((h) => fitting.has(h.metric) && h.end <= clause.start && RELATIVE_GAP.test(folded.slice(h.end - base, clause.start - base))));
  if (antecedent.length > 0) return best(antecedent, claim, folded, base, hasFacts)?.metric;
  hits = withoutShareOfAnother(withoutSignWords(hits, folded, base, fitting), folded, base);
  const own = figures.length > 0 ? figures : [claim.offset];
  // Outside its clause, a figure takes what the sentence names when its clause is an elliptical
  // comparison ("up from 1.9 million in 2023"); else only what the clauses before it name
  // ("Capex guidance across Microsoft, Google and Amazon totals $255 billion"), and a bare number
  // ("3", "1.9 million") nothing: "…, a deal worth 21% of its annualized revenue" does not name
  // the commitment before it, nor "…, and 3 of its berths were closed" the 3.
  let reach: Span | null | undefined;
  // Words outside the figures first; a figure's own noun ("45 million weekly active users") only
  // when nothing else in its clause names a metric.
  for (const skip of [own, []]) {
    const clauseHits = inSpan(hits, clause, fitting, skip);
    const inClause = figureBinding(valuationBinding(clauseHits, claim, folded, own), claim, folded, own);
    if (inClause.length > 0) return measuredByOwnNoun(inClause, claim, folded, base) ? null : best(inClause, claim, folded, base, hasFacts)?.metric;
    // The clause names a metric of its own, of another unit: "comparable sales rose 3.8%" is no revenue figure.
    if (clauseHits.covered) return null;
    // A change of a metric its clause names in another unit is that metric's: "…, while rent per square foot rose 1.9%" is no change of the occupancy before it.
    if (clauseHits.other && claim.kind === 'growth') return null;
    // The figure's own noun names a metric ("…, and 12 million subscribers in total"): before any other clause's words,
    // but after a label's ("- Pipeline: 118,500 rooms" is the pipeline, not the rooms in service).
    if (skip === own && claim.noun !== undefined) {
      const label = labelled(claim, clause) ? inSpan(hits, { start: claim.sentence.start, end: clause.start }, fitting, []) : [];
      if (label.length > 0) return best(label, claim, folded, base, hasFacts)?.metric;
      const mine = inSpan(hits, claim.offset, fitting, []);
      if (mine.length > 0) return best(mine, claim, folded, base, hasFacts)?.metric;
    }
    // (Most sentences name nothing outside the clause: the clause is read only when they do.)
    const anywhere = inSpan(hits, claim.sentence, fitting, skip);
    if (anywhere.length === 0) continue;
    if (reach === undefined) {
      // ("the 2019 baseline of 6.8 MtCO2e", "a total of 12": a bare figure of what the sentence measures.)
      const bare = claim.unit === 'count' && claim.noun === undefined && !SAME_MEASURE_OF.test(folded.slice(Math.max(0, claim.offset.start - base - 24), claim.offset.start - base));
      reach =
        labelled(claim, clause) ? { start: claim.sentence.start, end: clause.start }
        : elliptical(claim, clause) && !(claim.kind === 'growth' && subjectOfItsOwn(claim, folded, hits, index)) ? claim.sentence
        : bare || flowOfItsOwn(claim, clause, folded) || measureOfItsOwn(claim, clause, folded, hits) || withItsOwnSubject(claim, clause, folded) || amountOfItsOwnNoun(claim, folded, hits) || shareOfItsOwn(claim, clause, folded, hits) || shareOfAMetric(claim, folded, hits) || nounOfAnother(claim, folded, anywhere, base) || OTHER_MEASURE_IN.test(folded.slice(clause.start - base, clause.end - base)) || changeOfItsOwn(claim, clause, folded, hits, index) || levelOfItsOwn(claim, clause, folded, hits, index) || reachedOfItsOwn(claim, folded, hits, index, figures) || anotherMeasureIs(claim, clause, hits, fitting, folded) ? null
        : { start: claim.sentence.start, end: clause.start };
    }
    if (reach === null) continue;
    // An elliptical comparison compares with what the sentence said before it ("delivered 184,000
    // vehicles, up 22% quarter over quarter, and produced 196,000": the 22% is of deliveries).
    const before = reach === claim.sentence ? anywhere.filter((h) => h.end <= clause.start) : [];
    // Not a later clause's word when one before names the level it changes: "revenue of DKK 24.1bn, up 7 per cent, and organic growth of 8 per cent".
    if (reach === claim.sentence && before.length === 0 && hits.some((h) => h.end <= clause.start && !fitting.has(h.metric))) continue;
    // The level right before it first: "net revenue was $3.63 billion and EBITDA was $812 million, down 10%" is EBITDA's change.
    const level = reach === claim.sentence ? levelWords(before, figures, clause.start, base) : [];
    const pool = notComparedWith(reach !== claim.sentence ? inSpan(hits, reach, fitting, skip) : level.length > 0 ? level : before.length > 0 ? before : anywhere, folded, base);
    const inSentence = valuationBinding(pool, claim, folded, own);
    if (inSentence.length > 0) return best(inSentence, claim, folded, base, hasFacts)?.metric;
  }
  // A table cell's metric is named by its column header, else by its row's label ("| Metric | 2024 | 2023 |" tables);
  // a change column's ("| Segment | Q3 revenue (€m) | YoY |") by the nearest header left of it that names one.
  for (const cell of [header, label, claim.kind === 'growth' ? before : undefined]) {
    if (!cell) continue;
    const h = memo.sentence(cell);
    const inCell = inSpan(h.words, cell, fitting, []);
    if (inCell.length === 0) continue;
    const nearest = cell === before ? inCell.filter((w) => w.start === Math.max(...inCell.map((x) => x.start))) : inCell;
    return best(nearest, claim, h.folded, cell.start, hasFacts)?.metric;
  }
  return undefined;
}

// The words the part-of-a-whole readings below are made of, once.
const DETERMINERS = 'its|their|the|our|his|her';
// After a superlative, a record rather than an item: "is the largest in the university's history", "the highest since 2008",
// "the biggest ever" (not "its largest in Europe", "its flagship in Manhattan": an item).
const RECORD_AFTER = "in\\s+(?:[\\w'\u2019]+\\s+){0,3}history|since|ever|on\\s+record|to\\s+date|yet";
// Before a superlative, how many or how far: "its 10 largest", "the single largest", "its very best".
const RANK_BEFORE = '(?:(?:\\d[\\d,]*|single|very)\\s+)?';
// One item that stands out ("its largest school", "its flagship hotel").
const SUPERLATIVES = 'largest|biggest|smallest|newest|oldest|highest|lowest|busiest|top|flagship|best|worst|(?:most|least)\\s+(?!since\\b|ever\\b|on\\b|in\\b|to\\b|yet\\b|of\\b)[a-z-]+';

/**
 * A clause about a part of the whole: "2 of its schools", "its largest school", "the 5 newest
 * schools", "its top 10 customers". Its figures are that part's.
 */
const PART_OF_WHOLE = new RegExp(
  `\\b\\d[\\d,]*\\s+of\\s+(?:${DETERMINERS}|them|these|those)\\b|(?:\\b(?:${DETERMINERS})|['\u2019]s)\\s+${RANK_BEFORE}(?:${SUPERLATIVES})\\b(?!\\s+(?:${RECORD_AFTER})\\b)`,
  'i',
);

/** Before a superlative after the figure, a verb that says it of the subject: "Its network of 2,150 centers is the largest". */
const SAID_OF_THE_SUBJECT = /\b(?:is|are|was|were|remains?|remained|becomes?|became|ranks?\s+as|ranked\s+as|makes?\s+it|made\s+it)\s+$/i;

/**
 * A clause whose subject is one typical item: "The average branch holds", "Crate's typical store
 * has", "each region holds", "A single stadium tour accounted for", or that says "on average" (not
 * "the average revenue per user", nor "a fleet … has an average age").
 */
const ONE_TYPICAL =
  /^\s*(?:(?:\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)*['\u2019]s\s+|(?:the|an?|its|their)\s+)(?<word>average|typical|median|single)\s+\w+\b(?!\s+per\b)|(?<each>each|every)\s+\w+)|\bon\s+(?<on>average)\b/diu;

/** What a clause about a part or a typical item holds at least (a quick look before the regexes above). */
const PART_HINT = / of |est\b|top|flagship|best|worst|most|least|average|typical|median|single|each|every/i;

const STANDOUT = new RegExp(`\\b(?:${SUPERLATIVES})\\b`, 'i');

/**
 * A sentence or a clause after "and" opened by a part with an appositive before the claim's clause:
 * "The largest plant, Harwick, has 2.4 GW", "Its flagship hotel, the Aldwych, has 1,200 rooms",
 * "…61% of revenue, and the single largest, a US maker of obesity drugs, for about 23%".
 */
const PART_SUBJECT = new RegExp(`(?:^|[,;]\\s*(?:and|but|while|whereas)\\s)\\s*(?:(?:${DETERMINERS})|\\p{Lu}[\\p{L}\\p{N}-]*['\u2019]s)\\s+${RANK_BEFORE}(?:${SUPERLATIVES})\\b[^,;]*,[^,;]*,\\s*$`, 'iu');

/** Before a clause about a part: "the biggest of which", "4 of whom", "most of which", ", of which". */
const OF_WHICH_BEFORE = new RegExp(`(?:\\b(?:\\d[\\d,]*|${SUPERLATIVES}|one|two|three|four|five|some|most|many|several|half)\\s+|[,;(]\\s*)of\\s+(?:which|whom)\\s*$`, 'i');

/** Before the whole a part is of: "1,500 of its ", "3 of the ". */
const WHOLE_BEFORE = new RegExp(`\\d\\s+of\\s+(?:(?:${DETERMINERS})\\s+)?$`, 'i');

/**
 * After a bare number: "of" and another number (not a year: "the 35.1 million of 2023") or a
 * determiner ("1,500 of its 27,000", "3 of the 12", "41 million of those users", "1.1 million of whom").
 */
const PART_OF = new RegExp(`^\\s+of\\s+(?:(?:${DETERMINERS})\\s+)?(?!(?:19|20)\\d\\d\\b)\\d|^\\s+of\\s+(?:${DETERMINERS}|them|these|those|which|whom)\\b`, 'i');

/** After any figure, the whole stated before: "brought in $410 million of it", "NOK 51 billion of that". */
const OF_THAT = /^\s+of\s+(?:it|that|this)\b/i;

/**
 * "collected 12.4 million tonnes and recycled 44% of it": a percent right after a word of a
 * metric in percent is that rate of the whole before, not a part's figure.
 */
function rateOfIt(claim: Claim, clause: Span, memo: JudgeMemo): boolean {
  if (claim.unit !== 'percent') return false;
  const rates = memo.fittingMetrics(claim.unit);
  const base = claim.sentence.start;
  return memo.sentence(claim.sentence).words.some(
    (h) => h.start >= clause.start && h.end <= claim.offset.start && rates.includes(h.metric) && /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(claim.sentenceText.slice(h.end - base, claim.offset.start - base)),
  );
}
/** After an amount, the whole said as a whole: "640 million board feet of the total" (a share of it, "69% of the total", is the share's). */
const OF_THE_TOTAL = /^\s+of\s+(?:the|that|this|its)\s+(?:total|whole)\b/i;

/** After an amount, the whole it is some of: "pay out €180 million of the profit", "$2 billion of its revenue", "€1 billion of Valdmark's sales". */
const OF_A_WHOLE = new RegExp(`^\\s+of\\s+(?:(?:${DETERMINERS})\\b|\\p{Lu}[\\p{L}\\p{N}-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}-]*)*['\u2019]s\\s)`, 'u');

/** Whether an amount is some of a metric's whole named after it ("€180 million of the profit", "27 km of the route", "of the total"; not "the €7.5 billion of the first half"). */
function someOfAMetric(claim: Claim, after: string, memo: JudgeMemo): boolean {
  // An amount as written: not a share read in its whole's unit ("22% of Skylark Air's revenue", judgeDerived).
  const of = !RATIO_KINDS.has(claim.kind) && claim.unit !== 'percent' ? OF_A_WHOLE.exec(after) : null;
  if (!of) return false;
  if (OF_THE_TOTAL.test(after)) return true;
  const at = claim.offset.end + of[0].length;
  const words = memo.sentence(claim.sentence).words;
  // One word may stand between: "of its annual revenue".
  const whole = words.find((h) => h.start >= at && /^\s*(?:[\p{L}-]+\s+)?$/u.test(claim.sentenceText.slice(at - claim.sentence.start, h.start - claim.sentence.start)));
  // "2.2 million members of its wash club": a count whose own noun is a word of that metric is the whole itself.
  return whole !== undefined && !words.some((h) => h.metric === whole.metric && h.start >= claim.offset.start && h.end <= claim.offset.end);
}

/** After a figure, a trial's other group: "against 27% for the control arm", "versus 31% in the placebo group". */
const ANOTHER_ARM = /^\s+(?:for|in|with)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,2}(?:arm|arms|cohort)|(?:control|placebo|comparator)(?:\s+group)?)\b/iu;

/** After a figure, what is left of a whole: "has $1.1 billion left under its authorization", "$2 billion remaining". */
const REMAINDER = /^\s+(?:left|remaining|unspent|undrawn|still\s+(?:left|available|unspent))\b/i;

/** Before a figure, the rest of a whole: "and apparel the rest, about $530 million", "the remainder, $1.2 billion", "the other 26%". */
const THE_REST_BEFORE = /\bthe\s+(?:(?:rest|remainder|balance)\s*[,:(\u2014\u2013-]?\s*(?:(?:at|of|about|around|roughly|nearly|some|just|another)\s+)*|(?:other|remaining)\s+)$/i;

/** Whether the figure is the rest of a whole ("and apparel the rest, about $530 million"): no part named before it is its. */
export function theRest(claim: Claim): boolean {
  const at = claim.offset.start - claim.sentence.start;
  return THE_REST_BEFORE.test(claim.sentenceText.slice(Math.max(0, at - 40), at));
}

/** After a count, the state some of the things counted are in, or a choice some made: "customers were without power", "aircraft were grounded", "lost power", "backers chose it", "(40 km) of trails were closed". */
const IN_A_STATE =
  /^\s*(?:of\s+(?:the\s+|its\s+|their\s+)?\p{Ll}[\p{L}-]*\s+)?(?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+){0,3}(?:\p{Ll}[\p{L}-]*\s+)?(?<state>(?:were|was|are|is|remained|remain|stayed|had\s+been|have\s+been)\s+(?:still\s+)?(?:without|grounded|affected|idle|idled|offline|stranded|evacuated|out\s+of\s+service|in\s+the\s+dark|on\s+strike|furloughed|delayed|cancell?ed|damaged|destroyed|infected|hospitali[sz]ed|unvaccinated|uninsured|unemployed|closed|shut|suspended|flooded|blocked)|lost\s+(?:power|service|access)|chose|opted|picked|selected|switched|upgraded|downgraded|churned|renewed|defaulted|responded)\b/du;

/** After a count, a threshold that picks some of them: "1,150 customers pay more than $100,000 a year", "customers with over 1,000 seats". */
const SUBSET_AFTER = /^\s*(?:who\s+|that\s+)?(?:pay|pays|paying|spend|spends|spending|with|generating|generate|earning|contributing)\b[^,;]*?\b(?:more than|over|at least|above|in excess of)\s+\S*\d/i;

/**
 * Whether the figure is about a part of what the metric's facts count: a bare number before "of"
 * and another ("1,500 of its 27,000 employees"), or any figure in a clause about a part ("2 of its
 * schools have more than 1,500 pupils", "its largest school has 1,800 students") or one typical
 * item ("the average branch holds about $150 million of deposits").
 */
function aboutAPart(claim: Claim, clause: Span, memo: JudgeMemo): boolean {
  const base = claim.sentence.start;
  const after = claim.sentenceText.slice(claim.offset.end - base, clause.end - base);
  // "won 142 of the 300 seats": what a contest's winner took is its own figure, not some of its own whole.
  if (/^\s+of\s/.test(after) && WON.test(claim.sentenceText.slice(Math.max(0, claim.offset.start - base - 24), claim.offset.start - base))) return false;
  if (claim.unit === 'count' && claim.noun === undefined && PART_OF.test(after)) return true;
  if ((OF_THAT.test(after) && !rateOfIt(claim, clause, memo)) || REMAINDER.test(after) || ANOTHER_ARM.test(after) || someOfAMetric(claim, after, memo)) return true;
  if (theRest(claim)) return true;
  // Things in a state some of them are in: "1.2 million Gulfshore customers were without power", "14 aircraft were grounded";
  // unless a metric's words say the state ("38,500 people were evacuated" of an `evacuated` metric).
  const state = countsThings(claim.unit) ? IN_A_STATE.exec(after) : null;
  if (state) {
    const [from, to] = state.indices!.groups!.state!.map((i) => claim.offset.end + i) as [number, number];
    if (!memo.sentence(claim.sentence).words.some((h) => h.end > from && h.start < to)) return true;
  }
  // Unless a metric's words go on past the figure: "customers paying more than $100,000" may be a metric's own words.
  if (countsThings(claim.unit) && SUBSET_AFTER.test(after) && !memo.sentence(claim.sentence).words.some((h) => h.start < claim.offset.end && h.end > claim.offset.end)) return true;
  // The whole itself: "… of its 27,000 employees".
  if (WHOLE_BEFORE.test(claim.sentenceText.slice(clause.start - base, claim.offset.start - base))) return false;
  // A clause opened by "the biggest of which", "4 of whom": its figures are that part's.
  if (opensOfWhich(claim, clause)) return true;
  if (clause.start > base) {
    const subject = claim.sentenceText.slice(0, clause.start - base);
    if (STANDOUT.test(subject) && PART_SUBJECT.test(subject)) return true;
  }
  if (oneThingAlone(claim, clause, memo) || subjectsShareOf(claim, clause, memo)) return true;
  const text = claim.sentenceText.slice(clause.start - base, clause.end - base);
  // Both need " of ", a superlative, "top" or an average word: most clauses have none.
  if (!PART_HINT.test(text)) return false;
  const whole = PART_OF_WHOLE.exec(text);
  if (whole && !(whole.index >= claim.offset.end - clause.start && SAID_OF_THE_SUBJECT.test(text.slice(0, whole.index)))) return true;
  const typical = ONE_TYPICAL.exec(text);
  if (!typical) return false;
  // "The average ticket price was $12.70": a metric's own words ("average ticket price") are no typical item,
  // nor is an average of the words of a metric the figure fits right after it ("The average NdPr price
  // was $58.5 per kg"; "the average backer pledged about $228" is one backer).
  const { word: w, each, on } = typical.indices!.groups!;
  const [from, to] = (w ?? each ?? on)!;
  if (metricWordAt(claim, memo, clause.start + from)) return false;
  if (!w) return true;
  const next = clause.start + to + (/^\s+/.exec(text.slice(to))?.[0].length ?? 0);
  const fitting = setOf(memo.fittingMetrics(claim.unit));
  // "The average weekly rent was £196" of a metric whose words hold the average ("average rent"): its own word, a word between.
  const typicalWord = text.slice(from, to).toLowerCase();
  const averages = (m: Metric): boolean => m.words.some((x) => foldForMatch(x).split(' ').includes(typicalWord));
  return !memo.sentence(claim.sentence).words.some((h) => h.start <= next && h.end > next && (fitting.has(h.metric) || averages(h.metric)));
}

/** A subject of up to four words and a verb of being a share, right before a percent: "Lab-grown stones are ", "Exports made up about ". */
const SUBJECT_IS_SHARE = /^\s*(?:[\p{L}-]+\s+){1,4}?(?:is|are|was|were|makes?\s+up|made\s+up|accounts?\s+for|accounted\s+for|represents?|represented|comprises?|comprised)\s+(?:(?:only|just|about|around|roughly|nearly|almost|some|over|under)\s+)*$/iu;
const PRONOUN_SUBJECT = /^\s*(?:it|its|they|their|we|our|this|that|these|those)\b/i;

/**
 * "Lab-grown stones are 12% of diamond sales": a share that a subject no metric word names holds
 * of what a metric's word names after "of" is a part of that metric's group, not the metric
 * ("Diamonds are 42% of sales" of a `diamonds` metric is). Not a named or pronoun subject
 * ("Granary holds…", "It was 18% of the corn seed market").
 */
function subjectsShareOf(claim: Claim, clause: Span, memo: JudgeMemo): boolean {
  if (claim.unit !== 'percent') return false;
  const base = claim.sentence.start;
  const before = claim.sentenceText.slice(clause.start - base, claim.offset.start - base);
  if (!/^\s+of\s/.test(claim.sentenceText.slice(claim.offset.end - base, clause.end - base)) || !SUBJECT_IS_SHARE.test(before) || PRONOUN_SUBJECT.test(before)) return false;
  const info = memo.sentence(claim.sentence);
  if (info.mentions.some((m) => m.start >= clause.start && m.end <= claim.offset.start)) return false;
  const fitting = setOf(memo.fittingMetrics(claim.unit));
  const words = info.words.filter((h) => fitting.has(h.metric));
  return !words.some((h) => h.start >= clause.start && h.end <= claim.offset.start) && words.some((h) => h.start >= claim.offset.end && h.end <= clause.end);
}

/** A thing and "alone" before the figure: "The retractable roof alone cost". */
const ALONE = /\b(\p{L}[\p{L}-]*)\s+alone\b/u;

/**
 * "The retractable roof alone cost £140 million", "the closing film alone drew 9,800 admissions":
 * one lower-case thing singled out is a part; a period ("the fourth quarter alone", "September
 * alone"), an entity ("Amazon alone plans…") or a metric's word ("capex alone") is the figure's own whole.
 */
function oneThingAlone(claim: Claim, clause: Span, memo: JudgeMemo): boolean {
  const base = claim.sentence.start;
  const before = claim.sentenceText.slice(clause.start - base, claim.offset.start - base);
  if (!before.includes('alone')) return false;
  const m = ALONE.exec(before);
  if (!m) return false;
  const at = clause.start + m.index;
  const time = claim.time?.span;
  // A capital names the part (a segment's qualifier says which: "The PLG Championship alone drew…").
  if (/^\p{Lu}|^\d/u.test(m[1]!) || PERIOD_SUBJECT.test(m[1]!) || (time && time.start <= at && time.end > at)) return false;
  const info = memo.sentence(claim.sentence);
  if (info.mentions.some((x) => x.start <= at && x.end > at)) return false;
  // A metric's word is its whole ("capex alone"), unless it is one of the things a count metric counts ("the closing film alone").
  const hit = info.words.find((h) => h.start <= at && h.end > at);
  return !hit || (countsThings(hit.metric.unit) && !/s$/.test(m[1]!));
}

/** Whether a metric's words in the claim's sentence cover the note offset ("average ticket price", "a `cet1_requirement` of"). */
export const metricWordAt = (claim: Claim, memo: JudgeMemo, at: number): boolean => memo.sentence(claim.sentence).words.some((h) => h.start <= at && h.end > at);

/** A clause opened by "the biggest of which", "4 of whom". */
function opensOfWhich(claim: Claim, clause: Span): boolean {
  const opener = claim.sentenceText.slice(Math.max(0, clause.start - claim.sentence.start - 40), clause.start - claim.sentence.start);
  return (opener.endsWith('which') || opener.endsWith('whom')) && OF_WHICH_BEFORE.test(opener);
}

/** "…, of which £1.8 billion went to good causes", "of which public donations were £51.6 million": a part a metric's words name is that metric's figure. */
function partNamedAfter(claim: Claim, clause: Span, memo: JudgeMemo): Metric | undefined {
  if (!opensOfWhich(claim, clause)) return undefined;
  const fitting = setOf(memo.fittingMetrics(claim.unit));
  const base = claim.sentence.start;
  // In the part's own clause: not "…, of which €3.6 billion were EUV systems, and its backlog stood at €33 billion".
  const own = (h: WordHit): boolean => h.start - claim.offset.end <= 60 && !NEXT_CLAUSE.test(claim.sentenceText.slice(claim.offset.end - base, h.start - base));
  const words = memo.sentence(claim.sentence).words;
  // After the figure, else between "of which" and it: "…, of which public donations were £51.6 million".
  const named = (words.find((h) => h.start >= claim.offset.end && fitting.has(h.metric) && own(h)) ?? words.find((h) => h.start >= clause.start && h.end <= claim.offset.start && fitting.has(h.metric)))?.metric;
  // The whole's own metric named again is a kind of it: "9,200 bikes…, of which 3,100 are e-bikes".
  return named && !words.some((h) => h.metric === named && h.end <= clause.start) ? named : undefined;
}
const NEXT_CLAUSE = new RegExp(String.raw`;|,\s*${JOINERS}\b`);

/** "the average fire covered about 1,300 hectares, against 680 hectares in 2024": a figure set against a part's is that part's too. */
function comparedWithAPart(claim: Claim, memo: JudgeMemo): boolean {
  if (!setAgainstBefore(claim)) return false;
  const previous = lastFigureBefore(memo.claimsIn(claim.sentence), claim.offset.start);
  if (!previous) return false;
  const compared = { ...claim, offset: previous };
  return aboutAPart(compared, clauseOf(compared), memo);
}

/** A contest's verb and a hedge, once for both readings below. */
const WON_VERB = String.raw`\b(?:won|wins|win|took|takes|secured|secures|captured|captures|claimed|claims)\s+(?:(?:about|around|roughly|some|nearly|almost|just|only)\s+)?`;
/** A contest's verb before a figure: "won 142 (of the 300 seats)", "took about 30". */
const WON = new RegExp(`${WON_VERB}$`, 'i');
/** Before the whole a contest's part was won from: "won 142 of the ". */
const WON_OF = new RegExp(String.raw`${WON_VERB}\d[\d,.]*\s+of\s+(?:the\s+)?$`, 'i');

/** Before the figures of unnamed rivals: "ahead of its two main rivals at 21.5% and 17.9%", "peers with 12%". */
const RIVALS_AT = new RegExp(String.raw`\b${RIVAL_NOUN}\s+(?:[a-z-]+\s+){0,2}(?:at|with|on)\s+(?:(?:about|roughly|around)\s+)?(?:[^\s,;]+(?:\s*,\s*|\s+and\s+))*$`, 'i');
/**
 * A rival no name follows as the sentence's subject, up to the figure with no clause between: "Its
 * main competitor says it serves 500,000 businesses", "Their peers average 12%". (A name after it,
 * "Its rival, Kestrel Auto, delivered…", owns the figure: the entities decide.)
 */
const RIVAL_SUBJECT = new RegExp(String.raw`^\s*(?:[Ii]ts|[Tt]heir|[\p{Lu}][\p{L}\p{N}&.-]*(?:\s+[\p{Lu}][\p{L}\p{N}&.-]*)*['\u2019]s?)\s+(?:[\p{Ll}-]+\s+){0,2}${RIVAL_NOUN}\b(?!\s*,?\s*\p{Lu})(?![^;]*\b(?:while|whereas|but|and)\b)[^,;]*$`, 'u');
const ofRivals = (claim: Claim): boolean => {
  const at = claim.offset.start - claim.sentence.start;
  const text = claim.sentenceText;
  // (Most sentences name no rival: a substring test before the slice and the regex.)
  if (text.indexOf('ival') < 0 && text.indexOf('peer') < 0 && text.indexOf('ompetitor') < 0) return false;
  return RIVALS_AT.test(text.slice(Math.max(0, at - 60), at)) || RIVAL_SUBJECT.test(text.slice(0, at));
};

/** A sentence that defines a unit: "A hundredweight is 100 pounds.", "One barrel equals 159 litres." */
const DEFINES = /^\s*(?:An?|One)\s+[\p{Ll}-]+\s+(?:is|equals|means|=)\s+(?:about\s+|roughly\s+)?$/u;

/** After a percent, a comparative and a name's possessive: "35% more than Daon's", "12% higher than Kaveri's". */
const MORE_THAN_A_NAME = /^\s+(?:more|higher|greater|larger|bigger|less|lower|smaller|fewer)\s+than\s+(?:that\s+of\s+)?(?!(?:Q[1-4]|H[12]|FY\d*)\b)\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*(?:['\u2019]s?\b|\s*$|[,.;])/u;
/** Before a figure, a verb of leading or trailing a name's and "by": "trailed Halvard's by ", "trails Sakuraya's by ". */
const LEADS_A_NAME_BY = /\b(?:trail(?:s|ed|ing)?|lag(?:s|ged|ging)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?|outpac(?:es|ed|ing)|top(?:s|ped|ping)|le(?:d|ads|ading))\s+\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*['\u2019]s?(?:\s+[\p{Ll}-]+){0,3}\s+by\s+(?:(?:about|around|roughly|some|nearly|almost|just|only)\s+)?$/u;
/** "For 2025, Haneul's revenue was 2.21 trillion won, 35% more than Daon's", "trailed Halvard's by $2,500 per day": the gap to another's figure, no change over time nor a level. */
export const gapToAName = (claim: Claim): boolean => {
  const at = claim.offset.start - claim.sentence.start;
  if (LEADS_A_NAME_BY.test(claim.sentenceText.slice(Math.max(0, at - 80), at))) return true;
  return claim.kind === 'growth' && claim.unit === 'percent' && MORE_THAN_A_NAME.test(claim.sentenceText.slice(claim.offset.end - claim.sentence.start, claim.offset.end - claim.sentence.start + 80));
};

/** A negation in a figure's clause; not "not including", "not least", "if not more", "whether or not", "not only". */
// (Not inside a hyphened compound: "signed-but-not-yet-commenced leases" denies nothing.)
const NEGATION = /(?<!-)\b(?:not|never|no\s+longer)\b(?![\s-]+(?:including|counting|least|only|just|yet\s+(?:counted|included))|-)|n['’]t\b/i;
const NOT_A_DENIAL = /\b(?:if|whether\s+or)\s+not\b/i;

/** Whether the figure's clause denies something: what it says is not the case. */
function negated(claim: Claim, clause: Span): boolean {
  const text = claim.sentenceText.slice(clause.start - claim.sentence.start, clause.end - claim.sentence.start);
  return NEGATION.test(text) && !NOT_A_DENIAL.test(text);
}

/** A past counterfactual: "would have been", "could have risen" (not "would have 100 GW": a future holding). */
const WOULD_HAVE = /\b(?:would|could|might)\s+have\s+(?:been|[a-z]+ed|risen|fallen|grown|come|shrunk|sunk|seen)\b/i;

/** Verbs of asking: what was asked for is not what was decided. */
const ASK = String.raw`(?:asked\s+for|asks\s+for|asking\s+for|sought|seeks|seeking|requested|requests|requesting|demanded|demands)`;
/** "had asked for an ROE of 10.5%", "sought a 10.5% return": the verb, then at most four words, before the figure. */
const ASKED_BEFORE = new RegExp(String.raw`\b${ASK}\s+(?:[\w'-]+\s+){0,4}$`, 'i');
/** "the 10.5% the utility sought", "the $450 million it requested": the figure, then who asked. */
const ASKED_AFTER = new RegExp(String.raw`^\s+(?:(?:that|which)\s+)?(?:it|they|he|she|we|the\s+[a-z]+|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+(?:had\s+|has\s+)?${ASK}\b`);

/**
 * "below the 10.5% the utility sought", "Northvale had asked for an ROE of 10.5%": a figure asked
 * for is no figure of what was decided, unless a metric's words say the asking ("the $450 million
 * it requested" of a `rate_request` metric whose word is "requested").
 */
function asked(claim: Claim, memo: JudgeMemo): boolean {
  const base = claim.sentence.start;
  const at = claim.offset.start - base;
  const end = claim.offset.end - base;
  const before = ASKED_BEFORE.exec(claim.sentenceText.slice(Math.max(0, at - 60), at));
  const after = before ? null : ASKED_AFTER.exec(claim.sentenceText.slice(end, end + 60));
  if (!before && !after) return false;
  // Where the verb is: a metric's word there names what was asked for.
  const verbAt = before ? claim.offset.start - before[0].length : claim.offset.end + after![0].length - 1;
  const hits = memo.sentence(claim.sentence).words;
  return !hits.some((h) => h.start <= verbAt && h.end > verbAt && ASKED_WORD.test(claim.sentenceText.slice(h.start - base, h.end - base)));
}
const ASKED_WORD = new RegExp(String.raw`\b${ASK}\b`, 'i');

/** An annual average: "an annualised 9.1%", "an average annual return of", "a compound annual". */
const ANNUAL_AVERAGE = /\b(?:annuali[sz]ed|average\s+annual|compound\s+annual|annual\s+average)\b/;
/** A span of several years: "over ten years", "ten-year", "the past decade", "since 2015". */
const YEARS_SPAN = /\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|fifty)[\s-]+years?|decades?|since\s+(?:19|20)\d\d)\b/;

/**
 * "Over ten years, the endowment returned an annualised 9.1%": a level averaged over a span of
 * years is no one period's figure (a change over them is judgeDerived's); unless a metric's own
 * words in the sentence say the average ("ten-year annualized return").
 */
function averageOverYears(claim: Claim, memo: JudgeMemo): boolean {
  if (claim.kind === 'growth') return false;
  const info = memo.sentence(claim.sentence);
  const average = ANNUAL_AVERAGE.exec(info.folded);
  if (!average || !YEARS_SPAN.test(info.folded)) return false;
  return !metricWordAt(claim, memo, claim.sentence.start + average.index);
}

/** "The Democrats won 142 of the 300 seats": the 300 is what all contested, no figure of the winner's. */
function wonFrom(claim: Claim): boolean {
  const at = claim.offset.start - claim.sentence.start;
  return WON_OF.test(claim.sentenceText.slice(Math.max(0, at - 48), at));
}

/** Right before a figure, words that make it what one thing is set against: "one judge for every 2,200 filings", "one per 1,700", "one in every 30", "each 1,000 beds filled adds $30 million". */
const RATIO_BEFORE = /\b(?:(?:(?:for|in)\s+)?(?:every|each)|per)\s+$/i;
/** A sentence that opens on such a ratio: "For every 1,000 filings there are 4.5 judges" (either figure). */
const RATIO_OPENING = /^(?:for|in)\s+(?:every|each)\s+(?!of\b)/i;

/** Whether the figure is one side of a ratio, not a total: "one judge for every 2,200 filings". */
function aSideOfARatio(claim: Claim): boolean {
  const at = claim.offset.start - claim.sentence.start;
  return RATIO_BEFORE.test(claim.sentenceText.slice(Math.max(0, at - 16), at)) || RATIO_OPENING.test(claim.sentenceText);
}

/** Whether the claim's sentence states a figure before `at` (the whole a part of it is of). */
function figureBefore(claim: Claim, memo: JudgeMemo, at: number): boolean {
  return memo.claimsIn(claim.sentence).some((c) => c.end <= at);
}

/** After a money figure or a count: an amount per period ("$150 million a year", "annually"). */
const PER_PERIOD = /^\s*(?:(?:a|per|each)\s+(?:year|season|month|quarter)\b(?!\s+(?:earlier|ago|before|later|prior|after|on)\b)|annually\b|yearly\b)/i;

/**
 * Whether a money figure or a count is one period's share of a figure an earlier clause states ("a $1.2
 * billion deal running through 2032, worth about $150 million a year"): one typical item, not the
 * whole. Alone ("revenue of $5 billion a year") it is the figure itself.
 */
function ratePerPeriod(claim: Claim, clause: Span, memo: JudgeMemo): boolean {
  const after = claim.offset.end - claim.sentence.start;
  // A count too: "added about 83,000 residents over five years, roughly 16,600 a year".
  if (!(isCurrency(claim.unit) || countsThings(claim.unit)) || !PER_PERIOD.test(claim.sentenceText.slice(after, after + 20))) return false;
  return figureBefore(claim, memo, clause.start);
}

/**
 * Right before an amount: what a figure before it is stated after or before ("$1.0 billion after
 * $200 million of restructuring costs"), or what comes on top of it ("a fee of £85 million, plus up
 * to £15 million in add-ons").
 */
const ADJUSTED_BY = /\b(?:after|before|net\s+of|excluding|plus|on\s+top\s+of)\s+(?:(?:about|around|roughly|some|nearly|almost|up\s+to|a\s+further|another)\s+)?$/i;

/** Whether a money figure is an item a figure before it in its sentence is stated after or before, not that figure's measure. */
function anAdjustment(claim: Claim, memo: JudgeMemo): boolean {
  if (!isCurrency(claim.unit) || claim.kind === 'growth') return false;
  const at = claim.offset.start - claim.sentence.start;
  return ADJUSTED_BY.test(claim.sentenceText.slice(Math.max(0, at - 24), at)) && figureBefore(claim, memo, claim.offset.start);
}

/** Right before a figure: it is included in one stated before ("capex of $9 billion, including $1.5 billion on…", "which includes an undrawn $250 million revolver"). */
const INCLUDED = /\b(?:including|include|includes|included|accounting\s+for|accounted\s+for|making\s+up|contributing|contributed)\s+(?:(?:about|roughly|around|some|nearly|almost|over|more\s+than)\s+|(?:an?|the)\s+(?:[a-z]+\s+)?)?$/i;

/**
 * Right before a figure: the thing a metric leaves out or takes in, named before "of" ("Adjusted
 * EBITDAR excludes lease costs of $38.2 million"): the figure is that thing's (group 1), which no
 * metric is unless its words are there ("excludes capex, which was $140 million").
 */
const ITEM_LEFT_OUT = /\b(?:excludes|excluding|excluded|exclude)\s+((?:(?:an?|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?:\s+of|\s*,\s*which\s+(?:was|were|is|are|totaled|totalled|came\s+to))\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$/iu;

/** Right before a figure: a verb of leaving out, the thing named after it ("EBITDA excludes $12 million of restructuring costs"). */
const LEFT_OUT_AMOUNT = /\b(?:excludes|excluded|exclude)\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$/i;
/** After such a figure: "of" and the thing, up to the clause's end. */
const OF_THING = /^\s+of\s+[^,;.()]{1,60}/;

/** Whether a figure is the amount of a thing its sentence says a metric leaves out, a thing no word of a metric of its unit names. */
function leftOutItem(claim: Claim, memo: JudgeMemo): boolean {
  const at = claim.offset.start - claim.sentence.start;
  const from = Math.max(0, at - 60);
  const before = claim.sentenceText.slice(from, at);
  // (Most figures have no "exclude" before them: a substring test before the regexes.)
  if (!/exclud/i.test(before)) return false;
  const m = ITEM_LEFT_OUT.exec(before);
  let thing: Span | undefined;
  if (m) {
    const start = claim.sentence.start + from + m.index + m[0].indexOf(m[1]!);
    thing = { start, end: start + m[1]!.length };
  } else if (LEFT_OUT_AMOUNT.test(before)) {
    const after = OF_THING.exec(claim.sentenceText.slice(claim.offset.end - claim.sentence.start));
    if (!after) return false;
    thing = { start: claim.offset.end, end: claim.offset.end + after[0].length };
  } else return false;
  // (A word of a metric of another unit names no amount: "excludes aircraft lease costs, which were $38.2 million".)
  const fitting = memo.fittingMetrics(claim.unit);
  return !memo.sentence(claim.sentence).words.some((h) => h.start >= thing.start && h.end <= thing.end && fitting.includes(h.metric));
}

/** Whether a figure is named as included in a figure before it in its sentence. */
function includedIn(claim: Claim, memo: JudgeMemo): boolean {
  // "…, and mobile accounted for 61% of net bookings" is a share of a whole, derived as shares are
  // (its level is read in the whole's unit, so the kind says it is a percent).
  if (claim.unit === 'percent' || claim.kind === 'percent') return false;
  const at = claim.offset.start - claim.sentence.start;
  if (!INCLUDED.test(claim.sentenceText.slice(Math.max(0, at - 40), at))) return false;
  // "498 aircraft in the first nine months, including 172 in the third quarter": a part in time is its own period's figure.
  if (claim.time?.iso && claim.time.span && claim.time.span.start >= claim.offset.end) return false;
  // "Its North Sea fields contributed 310,000 boe/d": what some of an entity's things contribute is a part of a whole said before.
  return (figureBefore(claim, memo, claim.offset.start) || PART_OF_ITS.test(claim.sentenceText.slice(0, at))) && !namesOwnMetric(claim, memo);
}

/** A sentence opening with some of an entity's things and what they contribute: "Its North Sea fields contributed ". */
const PART_OF_ITS = /^\s*(?:its|their)\s+[^,;:]{1,40}?\s+(?:contributed|contributing|accounted\s+for|made\s+up)\s+(?:(?:about|roughly|around|some|nearly|almost|over|more\s+than)\s+)?$/i;

const OF_AFTER = /\s+of\s+(?:(?:its|their|the)\s+)?/iy;

/**
 * "returned $700 million to shareholders, including $450 million of buybacks": a figure followed by
 * "of" and the words of a metric of its unit that nothing before it in the sentence names is that
 * metric's own figure ("capex of $9 billion, including $1.5 billion of capex for data centers" stays a part).
 */
function namesOwnMetric(claim: Claim, memo: JudgeMemo): boolean {
  OF_AFTER.lastIndex = claim.offset.end - claim.sentence.start;
  const m = OF_AFTER.exec(claim.sentenceText);
  if (!m) return false;
  const at = claim.offset.end + m[0].length;
  const words = memo.sentence(claim.sentence).words;
  const own = words.filter((h) => h.start === at && compatibleUnits(claim.unit, h.metric.unit)).map((h) => h.metric);
  return own.length > 0 && !words.some((h) => h.end <= claim.offset.start && own.includes(h.metric));
}

/**
 * After a money figure, where it comes from, in lower case: "€1.2 billion from franchise fees",
 * "$3 billion from its cloud unit" (not a figure, a time or a comparison: "from $3.85 billion",
 * "from a year earlier", "from the prior year", "from the first half of 2024", nor a name: "from SoftBank").
 */
const FROM_A_SOURCE = /\s+from\s+(?:(?:its|their|the|our)\s+)?(?!(?:a|an|the|last|previous|prior|same|year|quarter|month|period|levels?|about|around|roughly|nearly|over|under|just|then|before|earlier|what|that|this|first|second|third|fourth|final|full|fiscal|calendar|corresponding|comparable)\b)\p{Ll}/uy;

/** Whether a money figure is the part of a figure stated before it that comes from one source: "revenue of €4.1bn, with €1.2bn from franchise fees". */
function fromASource(claim: Claim, clause: Span, memo: JudgeMemo): boolean {
  // A change read in money ("up 4% from …") starts from a level, never from a source.
  if (!isCurrency(claim.unit) || claim.kind === 'growth') return false;
  // Sticky, at the figure's end: nothing is cut out of the sentence for the test.
  FROM_A_SOURCE.lastIndex = claim.offset.end - claim.sentence.start;
  if (!FROM_A_SOURCE.test(claim.sentenceText)) return false;
  return figureBefore(claim, memo, clause.start);
}

/** "a 50% threshold", "the league's 70% cap": nouns of a level set against ("cap" of a percent only: "its $4 trillion cap" is a market value). */
const BENCHMARK_NOUN = /^\s+(?:[a-z]+(?:-[a-z]+)*\s+)?(?:threshold|benchmark|limit|ceiling|floor|mark|minimum|requirements?|hurdle)\b/i;
/** "below the 4.121% when-issued level", "beat the $120 million consensus": a level or estimate a figure is set against. */
const SET_AGAINST_BEFORE = /\b(?:below|above|under|over|beneath|short\s+of|ahead\s+of|through|beat|beats|beating|topped|exceeded|missed)\s+(?:the|its|their|a|an)\s+$/i;
const LEVEL_NOUN = /^\s+(?:[a-z]+(?:-[a-z]+)*\s+)?(?:level|average|consensus|estimate|forecast|expectations?)\b/i;
const PERCENT_CAP = /^\s+cap\b/i;
/** "the 95% needed for herd immunity": a participle after the figure, with its article before it. */
const BENCHMARK_NEEDED = /^\s+(?:needed|required|recommended)\b/i;
const BENCHMARK_BEFORE = /\bthe\s+$/i;
/** "A coalition needs 151 seats", "a majority requires 151": what is needed, no one's figure. */
const NEEDS_BEFORE = /\b(?:needs?|needed|requires?|required)\s+(?:(?:at\s+least|about|roughly|some|only|just|more\s+than)\s+)?$/i;
/** "its CET1 requirement at 7.0%", "a minimum of 4.5%", "a hurdle rate of 8%": a level set, before its figure. */
const REQUIRED_BEFORE = /\b(?:requirements?|minimum|hurdle(?:\s+rate)?|threshold|floor|ceiling|cap|limit)\s+(?:at|of|to)\s+(?:(?:about|around|roughly)\s+)?$/i;

/** "beat tracking of $110 million", "above consensus of 4.1%", "missed analysts' estimates of": what the market expected. */
const EXPECTED_BEFORE = /\b(?:beat|beats|beating|topped|tops|exceeded|exceeds|missed|misses|above|below|ahead\s+of|short\s+of|against|versus|vs\.?)\s+(?:(?:the|its|their|analysts['\u2019]?|wall\s+street['\u2019]?s?)\s+)?(?:[a-z-]+\s+)?(?:tracking|estimates?|expectations|consensus)\s+(?:of|for)\s+(?:(?:about|around|roughly)\s+)?$/i;
/** "ahead of our $478 million", "our 4.1% forecast", "We forecast Lam Son's 2026 net profit at": the note's own estimate, no one's sourced figure. */
const OURS_BEFORE = /\bour\s+(?:(?:own|prior|previous|earlier|new|about|around|roughly)\s+)?$|\bwe\s+(?:estimate|calculate|compute|reckon|forecast|project|model)\s+(?:an?\s+|the\s+)?(?:implied\s+)?(?:[\w'\u2019-]+\s+){0,5}(?:of|at|to\s+be)\s+(?:(?:about|around|roughly|some)\s+)?$|\bour\s+(?:[\w'\u2019-]+\s+){0,4}(?:forecasts?|estimates?|projections?)\s+(?:for\s+(?:[\w'\u2019-]+\s+){1,3})?(?:is|are|of|at|stands\s+at)\s+(?:(?:about|around|roughly)\s+)?$/i;
/** "Holding warming to 1.5°C", "to keep losses below $2 billion": a limit aimed at, no one's figure. */
const LIMIT_BEFORE = /\b(?:holding|keeping|limiting|capping|to\s+(?:hold|keep|limit|cap))\s+(?:[a-z-]+\s+){0,3}(?:to|below|under|within)\s+(?:about\s+)?$/i;

/** "61.8% of patients had been waiting less than ": a share of things, in its clause before a bound that says which are counted. */
const SHARE_BEFORE = /\d[\d.,]*\s*%\s+of\s+[^,;:%]{1,60}$/;

/** "well short of the 95% needed for herd immunity", "above the 50% threshold", "needs 151 seats", "below the 4.121% when-issued level": a level set against, no one's figure. */
function aBenchmark(claim: Claim, memo: JudgeMemo): boolean {
  const at = claim.offset.start - claim.sentence.start;
  const after = claim.sentenceText.slice(at + claim.text.length, at + claim.text.length + 32);
  const required = REQUIRED_BEFORE.exec(claim.sentenceText.slice(Math.max(0, at - 40), at));
  const set = BENCHMARK_NOUN.test(after) || (required !== null && !metricWordAt(claim, memo, claim.offset.start - required[0].length)) || (LEVEL_NOUN.test(after) && SET_AGAINST_BEFORE.test(claim.sentenceText.slice(Math.max(0, at - 16), at))) || (claim.unit === 'percent' && PERCENT_CAP.test(after)) || (BENCHMARK_NEEDED.test(after) && BENCHMARK_BEFORE.test(claim.sentenceText.slice(Math.max(0, at - 8), at))) ||
    NEEDS_BEFORE.test(claim.sentenceText.slice(Math.max(0, at - 24), at)) || OURS_BEFORE.test(claim.sentenceText.slice(Math.max(0, at - 80), at)) || EXPECTED_BEFORE.test(claim.sentenceText.slice(Math.max(0, at - 60), at)) || LIMIT_BEFORE.test(claim.sentenceText.slice(Math.max(0, at - 60), at)) ||
    (claim.bound !== 'eq' && SHARE_BEFORE.test(claim.sentenceText.slice(Math.max(0, at - 80), at)));
  // A benchmark the facts measure ("against a 4.9% benchmark" of a fund's benchmark return) is theirs to judge.
  return set && !memo.sentence(claim.sentence).words.some((h) => h.start > claim.offset.end && h.start <= claim.offset.end + 2);
}

/** A clause a participle opens: ", covering 58 launches", ", including 12 hotels". */
const PARTICIPLE_OPENS = /^[\s,;]*\p{Ll}+ing\b/u;
/** Where the clause before an offset starts: after the last ";" or joining "and"/"while"/"but" before it, or the sentence's start. */
function lastClauseBefore(folded: string, at: number): number {
  const before = folded.slice(0, at).replace(/[\s,]+$/, '');
  const m = /.*(?:;|\b(?:and|while|but|whereas)\b)/s.exec(before);
  return m ? m[0].length : 0;
}

/** Things not yet in service: "its pipeline holds 520 hotels", "12 plants under construction", "40 jets on order". */
const PENDING = /\b(?:pipeline|backlog|on order|under construction|under development|in development|not[\s-]yet[\s-](?:commenced|started|delivered|opened|operational|in service)|awaiting (?:commencement|delivery|completion)|yet to (?:commence|start|open))\b/;
const namesPending = new WeakMap<Metric, boolean>();

/**
 * Whether a count is of things not yet in service, which the metric's facts (what is in service)
 * do not count; a metric whose own words say so ("hotel pipeline") is that count.
 */
function pendingItems(claim: Claim, clause: Span, folded: string, metric: Metric): boolean {
  if (!countsThings(claim.unit)) return false;
  const base = claim.sentence.start;
  // "…, and the backlog stood at $1.26 billion, covering 58 launches": a participle's clause counts what the clause before it holds.
  const from = PARTICIPLE_OPENS.test(folded.slice(clause.start - base, clause.end - base)) ? lastClauseBefore(folded, clause.start - base) : clause.start - base;
  if (!PENDING.test(folded.slice(from, clause.end - base))) return false;
  let own = namesPending.get(metric);
  if (own === undefined) namesPending.set(metric, (own = metric.words.some((w) => PENDING.test(foldForMatch(w)))));
  return !own;
}

// What an elliptical comparison says besides its figure, its time and change verbs: "up from 1.9
// million in 2023", "and 2.0 million a year earlier", "rising to 2.4 million", "versus roughly
// 40,000 in the prior quarter".
const ELLIPSIS_WORDS = new Set(
  (
    'up down from to versus vs compared with against than as of in at for by on during a an the ' +
    'about around roughly nearly almost approximately some over under above below more less fewer just only ' +
    'year years quarter quarters month months week weeks earlier before ago prior previous last same period ' +
    'then again further reaching reached hitting alone or and but still yet even also census count survey ahead behind flat ' +
    // A participle that only says the earlier figure was there: "roughly flat on the 199,402 filed in 2023".
    'filed recorded reported posted logged seen'
  ).split(' '),
);

/** Verbs that say what kind of money a figure is, whatever an earlier clause measured: "…held $184 billion of deposits, and earned $1.9 billion", "…, and plans to spend $900 million", "…, and retained a further $40 million". */
const OWN_FLOW = /\b(?:earned|earns|earning|paid|pays|paying|borrowed|lent|owes|owed|spend|spends|spent|spending|return|returns|returned|returning|distribute|distributes|distributed|distributing|retained|retains|retaining|kept|keeps|set\s+aside|sets\s+aside|wrote\s+(?:off|down)|writes\s+(?:off|down))\b/;

/** Whether the claim's clause says, before the figure, a flow of its own (OWN_FLOW). */
function flowOfItsOwn(claim: Claim, clause: Span, folded: string): boolean {
  return OWN_FLOW.test(folded.slice(clause.start - claim.sentence.start, claim.offset.start - claim.sentence.start));
}

/** A later clause that opens on its share: "…, though only ", "…, and ", "; about ". */
const SHARE_OPENS = /^[\s,;]*(?:(?:and|but|though|although|while|whereas|yet)\s+)?(?:(?:only|just|about|around|roughly|nearly|almost|some|over|under)\s+)*$/;
/** After it, the group it is a share of ("of eighth graders"; not "of it", "of them", "of the total"). */
const SHARE_OF_GROUP = /^\s+of\s+(?!(?:it|them|that|this|those|these|which|the\s+total|the\s+whole)\b)\p{L}/u;

/**
 * "The graduation rate rose to 88.4%, though only 41% of eighth graders read at grade level": a
 * share that opens a later clause as its subject, of a group no metric word of that clause names,
 * measures that group, not what an earlier clause measured.
 */
function shareOfItsOwn(claim: Claim, clause: Span, folded: string, hits: readonly WordHit[]): boolean {
  const base = claim.sentence.start;
  if (claim.unit !== 'percent' || clause.start <= base) return false;
  if (!SHARE_OPENS.test(folded.slice(clause.start - base, claim.offset.start - base)) || !SHARE_OF_GROUP.test(folded.slice(claim.offset.end - base, clause.end - base))) return false;
  return !hits.some((h) => h.start >= clause.start && h.end <= clause.end);
}

/** A noun and "of" right before the figure (the head noun is group 1), after `opener`. */
const nounOf = (opener: string): RegExp =>
  new RegExp(String.raw`${opener}(?:[\p{L}'\u2019-]+\s+){0,2}?(\p{L}+)\s+of\s+(?:(?:about|around|roughly|nearly|almost|approximately|some|over|just|only|up to|more than|an estimated)\s+)*$`, 'du');
/** "a buyback of ", "the proposed dividend of about ", "the grid's peak demand of roughly ", "had cancellations of roughly ". */
const NOUN_OF = nounOf(String.raw`\b(?:a|an|the|its|their|his|her|our|this|that|had|has|have|reported|recorded|saw|booked|took|posted|incurred|suffered)\s+`);
/** At the sentence's start: "Excise taxes of ". */
const OPENING_NOUN_OF = nounOf('^');

/** Hyphened words right before a noun: "book-to-" of "book-to-bill". */
const HYPHENED_BEFORE = /(?:\p{L}+-)+$/u;

/** "a total of ", "the 2019 baseline of ": one of those nouns and "of" right before a figure. */
const SAME_MEASURE_OF = new RegExp(`\\b(?:${[...SAME_MEASURE].join('|')})\\s+of\\s+$`);

/**
 * The noun, lower case, when the figure is "a <noun> of" a noun that is no metric word (the
 * clause's metric words were read first): "…, and the board proposed a dividend of €1.85", "and
 * announced a buyback of €300m" measure that noun, not what an earlier clause measured. A change
 * noun ("an increase of $250 million") or a word of amount ("a total of") still measures it.
 */
export function measuredNoun(claim: Claim, folded: string): string | undefined {
  return attributiveNoun(claim, folded)?.noun ?? nounBeforeOf(claim, folded);
}

/** "a buyback of €300m": the noun before "of" right before the figure (no change noun, word of amount or guidance). */
function nounBeforeOf(claim: Claim, folded: string): string | undefined {
  const at = claim.offset.start - claim.sentence.start;
  // (Most figures have no "of" right before them: the regex reads only those that do.)
  const of = folded.lastIndexOf(' of ', at);
  if (of < 0 || at - of > 40) return undefined;
  const from = Math.max(0, at - 60);
  const m = NOUN_OF.exec(folded.slice(from, at)) ?? (from === 0 ? OPENING_NOUN_OF.exec(folded.slice(0, at)) : null);
  const noun = m?.[1];
  if (noun === undefined || isChangeNoun(noun) || SAME_MEASURE.has(noun) || isGuidanceWord(noun)) return undefined;
  // Folding made "book-to-bill" three words: the noun as written keeps its hyphens.
  const start = from + m!.indices![1]![0];
  return HYPHENED_BEFORE.exec(claim.sentenceText.slice(Math.max(0, start - 40), start))?.[0].toLowerCase().concat(noun) ?? noun;
}

/** A determiner right before an amount: "its ", "a ", "the roughly ". */
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|our|this|that)\s+(?:(?:about|around|roughly|some|nearly|almost|estimated|an\s+estimated)\s+)?$/;
/** The words an amount stands before, as written: " budget", " annual budget", " Series B funding round". */
const WORDS_AFTER = /^-?[ \t]*([\p{L}][\p{L}-]*)(?:[ \t]+([\p{L}][\p{L}-]*))?(?:[ \t]+([\p{L}][\p{L}-]*))?/u;
/** A word of the amount's span before its noun: "a $5 billion annual budget". */
const SPAN_WORDS: ReadonlySet<string> = new Set(['annual', 'yearly', 'quarterly', 'monthly', 'one-off', 'one-time', 'multiyear', 'multi-year']);
/** Nouns an amount before them still measures what the sentence does: "the $1 billion mark", "a $300 million loss". */
const MARKERS: ReadonlySet<string> = new Set(['mark', 'threshold', 'milestone', 'barrier', 'line', 'range', 'run', 'rate', 'loss', 'losses', 'deficit', 'shortfall', 'profit', 'gain', 'haul', 'jump', 'plunge', 'surge', 'slump']);
/** Words after an amount that are no noun of it: "the $1.1 billion that Novagen paid", "a $5 billion or more". */
const NO_NOUN: ReadonlySet<string> = new Set('that which who whom whose in of for to from by with and or but than as at on per each more less over under about when where while last next this it its their a an the was were is are be has had have will would'.split(' '));

/**
 * "its €145 million budget", "a €145 million deal": an amount standing before a lower-case noun
 * (after a determiner) measures that noun (a change, a word of amount or guidance, "the $1
 * billion mark", "a $300 million loss" still measure what the sentence measures). The words after
 * it (three at most) with their offsets, for a metric word among them to claim the figure.
 */
function attributiveNoun(claim: Claim, folded: string): { noun: string; start: number; end: number } | undefined {
  if (!isCurrency(claim.unit) || RATIO_KINDS.has(claim.kind)) return undefined;
  const base = claim.sentence.start;
  if (!DETERMINER_BEFORE.test(folded.slice(Math.max(0, claim.offset.start - base - 30), claim.offset.start - base))) return undefined;
  const after = claim.sentenceText.slice(claim.offset.end - base, claim.offset.end - base + 60);
  const m = WORDS_AFTER.exec(after);
  if (!m) return undefined;
  const words = m.slice(1).filter((w): w is string => w !== undefined);
  const noun = SPAN_WORDS.has(words[0]!.toLowerCase()) ? words[1] : words[0];
  if (!noun || !/^\p{Ll}/u.test(noun) || NO_NOUN.has(noun) || isChangeNoun(noun) || SAME_MEASURE.has(noun) || isGuidanceWord(noun) || MARKERS.has(noun)) return undefined;
  return { noun, start: claim.offset.end, end: claim.offset.end + m[0].length };
}

/** Whether an amount stands before a noun that no metric word among the words after it names ("its €145 million budget" beside "grant"). */
function amountOfAnother(claim: Claim, folded: string, hits: readonly WordHit[]): boolean {
  const noun = attributiveNoun(claim, folded);
  return noun !== undefined && !hits.some((h) => h.start < noun.end && h.end > noun.start);
}

/**
 * Whether the figure is "a <noun> of" a noun that none of the sentence's metric words ends with:
 * "a buyback of €300m" measures a buyback, but "a margin of -0.6%" after "an operating margin of
 * 1.8%" is that margin again.
 */
function nounOfAnother(claim: Claim, folded: string, hits: readonly WordHit[], base: number): boolean {
  return namesNoHit(measuredNoun(claim, folded), folded, hits, base);
}

/** Whether a noun is one no metric word among the hits ends with. */
function namesNoHit(noun: string | undefined, folded: string, hits: readonly WordHit[], base: number): boolean {
  if (noun === undefined) return false;
  const stem = noun.replace(/s$/, '');
  return !hits.some((h) => (/(\S+)$/.exec(folded.slice(h.start - base, h.end - base))?.[1] ?? '').replace(/s$/, '') === stem);
}

/** "Excise taxes of C$22.7 million are deducted before net revenue": a figure its own noun measures takes no metric word after it (nor its kind). */
function measuredByOwnNoun(inClause: WordHit[], claim: Claim, folded: string, base: number): boolean {
  // (Not an amount before its noun: "a $4.62 billion operating budget" is the budget the words after it name.)
  return inClause.every((h) => h.start >= claim.offset.end) && !attributiveNoun(claim, folded) && namesNoHit(nounBeforeOf(claim, folded), folded, inClause, base);
}

/** Right after a change, what changed: "a 4.0% increase in average check", "0.9% lower traffic" (not "12% higher than…"). */
const CHANGE_IN = /^\s*(?:(?:increase|rise|gain|growth|jump|decline|decrease|drop|fall|reduction)\s+in|higher|lower|more|less|fewer|greater|smaller)\s+(?:the\s+|its\s+|their\s+)?(?!than\b|in\b|on\b|from\b|to\b|at\b|for\b|year\b|a\b|an\b)\p{Ll}/u;

/**
 * Whether a change names what changed (a noun no metric word of its clause names: the clause was
 * read first): right after it ("a 4.0% increase in average check"), or as the label its clause
 * opens with ("(traffic -0.9%, check +4.0%)").
 */
function changeOfItsOwn(claim: Claim, clause: Span, folded: string, hits: readonly WordHit[], index: FactIndex): boolean {
  const base = claim.sentence.start;
  const at = claim.offset.end - base;
  if (CHANGE_IN.test(folded.slice(at, at + 60))) return true;
  // A change, or a percent with its sign ("-0.9%", "+4.0%").
  if (claim.kind !== 'growth' && !(claim.unit === 'percent' && /^[+\-−]/.test(claim.text))) return false;
  if (subjectOfItsOwn(claim, folded, hits, index)) return true;
  // A lower-case label, no word of a change or a verb; a capitalised one ("Europe 5%") is a segment's.
  const label = claim.sentenceText.slice(clause.start - base, claim.offset.start - base).match(/\p{L}+/gu);
  return !!label && label.length <= 2 && label.every((w) => /^\p{Ll}/u.test(w) && !ELLIPSIS_WORDS.has(w) && !NO_LABEL.has(w) && !isChangeVerb(w) && !isChangeNoun(w));
}

const COPULAS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are']);

/** A change's verb and what opens its clause: "…, as light-vehicle production in Europe rose 2%". */
// (Past "a further", "a net": "currency effects cut a further 1%".)
const SUBJECT_THEN_VERB = new RegExp(
  String.raw`(?:^|[,;(]|\b(?:as|while|whereas|but|with|since|because))\s+([^,;()]*?)\s+(\p{L}+)\s+(?:by\s+)?(?:(?:an?\s+)?(?:${[...HOW_MUCH_MORE].join('|')})\s+)?$`,
  'du',
);

/**
 * "Sales were $4.35 billion, up 3%, as light-vehicle production in North America and Europe rose
 * 1% and 2%": a change whose subject is a lower-case noun no metric word names measures that
 * noun, not the metric of the clause before (a capitalised subject, "Europe rose 2%", is a segment's).
 */
function subjectOfItsOwn(claim: Claim, folded: string, hits: readonly WordHit[], index: FactIndex, at = claim.offset.start): boolean {
  const base = claim.sentence.start;
  const m = SUBJECT_THEN_VERB.exec(folded.slice(0, at - base));
  // "rose 1%", or a copula before a change the words after it say: "prices were 1% lower".
  if (!m || !(isChangeVerb(m[2]!) || (COPULAS.has(m[2]!) && claim.kind === 'growth'))) return false;
  const [from, to] = m.indices![1]!;
  const original = claim.sentenceText.slice(from, to);
  // A noun of its own: some lower-case word that is no pronoun or auxiliary ("having added 1.3 GW" has none).
  const nouns = original.match(/(?<![\p{L}-])\p{Ll}[\p{L}-]{2,}/gu)?.filter((w) => !NO_LABEL.has(w) && !AUXILIARIES.has(w));
  if (!nouns?.length) return false;
  if (hits.some((h) => h.start < base + to && h.end > base + from)) return false;
  // A segment the facts name ("while neuromodulation grew 11% to $410 million") is a part of the metric, not a noun of its own.
  const subject = folded.slice(from, to);
  return !holdsASegment(subject, factSegments(index));
}

/**
 * "…, while commercial HVAC rose 14% to $1.1 billion": the level a change reached measures what
 * the change does, a subject of its own (subjectOfItsOwn) included.
 */
function reachedOfItsOwn(claim: Claim, folded: string, hits: readonly WordHit[], index: FactIndex, figures: readonly Span[]): boolean {
  if (claim.kind === 'growth') return false;
  const change = lastFigureBefore(figures, claim.offset.start);
  const base = claim.sentence.start;
  return !!change && CHANGE_TO_LEVEL.test(claim.sentenceText.slice(change.end - base, claim.offset.start - base)) && subjectOfItsOwn(claim, folded, hits, index, change.start);
}

/** A later clause's own subject and verb right before its figure: "; nature-based credits fetched about ", ", while forestry credits sold for ". */
const LATER_SUBJECT_THEN_VERB = new RegExp(
  String.raw`(?:;|,\s*${JOINERS})\s+(?:(?:the|its|their)\s+)?((?:\p{Ll}[\p{L}-]*\s+){1,4}?)(?:\p{Ll}+ed|${IRREGULAR_PAST_VERBS.join('|')}|cost|costs|fetch(?:es)?|gets?|receives?|takes?|brings?)\s+(?:(?:about|around|roughly|nearly|almost|some|just|only|at|for|in|up\s+to|more\s+than|less\s+than)\s+)*$`,
  'du',
);

/**
 * "The average price was $4.80 a tonne; nature-based credits fetched about $9 a tonne": a later
 * clause whose subject is lower-case things no metric word or segment names measures those things,
 * not the metric of the clause before (a period as subject, "the years before averaged", still does).
 */
function levelOfItsOwn(claim: Claim, clause: Span, folded: string, hits: readonly WordHit[], index: FactIndex): boolean {
  const base = claim.sentence.start;
  if (claim.kind === 'growth' || clause.start <= base) return false;
  const m = LATER_SUBJECT_THEN_VERB.exec(folded.slice(Math.max(0, clause.start - base - 12), claim.offset.start - base));
  if (!m) return false;
  const subject = m[1]!.trim();
  const [from, to] = m.indices![1]!.map((i) => Math.max(0, clause.start - base - 12) + i + base) as [number, number];
  // A plural head noun: things of their own ("forestry credits", "analysts had"), not the owner ("the province has");
  // or a market's or index's letters before it ("while LME nickel averaged").
  const head = subject.split(/\s+/).filter((w) => !NO_LABEL.has(w) && !AUXILIARIES.has(w)).at(-1);
  const lettered = /^\p{Lu}{2,5}\s/u.test(claim.sentenceText.slice(from - base, to - base));
  // Who expects or estimates ("; analysts had expected $104 million") speaks of the metric before.
  if (!head || !(/[^s]s$/.test(head) || lettered) || SPEAKERS.has(head) || PERIOD_SUBJECT.test(subject)) return false;
  if (hits.some((h) => h.start < to && h.end > from)) return false;
  return !holdsASegment(subject, factSegments(index));
}

/** Between a metric's word and its figure: "ARPU was $9.70", "margin of 20%". */
const IS_VALUE = /^\s*(?:was|were|is|are|stood at|came in at|came to|reached|hit|totaled|totalled|of|at)\s+(?:(?:about|roughly|around|nearly|some|just)\s+)?$/;

/** Whether the clause says the figure is the value of a metric whose unit does not fit ("…, and ARPU was $9.70" for a dollar figure). */
function anotherMeasureIs(claim: Claim, clause: Span, hits: readonly WordHit[], fitting: Set<Metric>, folded: string): boolean {
  const base = claim.sentence.start;
  return hits.some((h) => h.start >= clause.start && h.end <= claim.offset.start && !fitting.has(h.metric) && IS_VALUE.test(folded.slice(h.end - base, claim.offset.start - base)));
}

/** Head nouns of a financial measure no metric's words may name: "operating income", "costs", "free cash flow". */
const MEASURE_HEADS = String.raw`income|profits?|earnings|ebitda|ebit|cash\s+flows?|debt|costs?|expenses?|spending|assets|liabilities|equity|dividends?|payroll|bookings|backlog|deposits|loans|reserves|provisions|impairments?|charges?|opex|budget|fees|royalties|taxes|interest`;
/** A clause's words before its figure that end with such a noun: "…, and operating income $4.1 billion", "costs were $1.5 billion". */
/** Any hedge of words ("about", "just over", "more than"), from the hedges' one table. */
const A_HEDGE = HEDGES.map((x) => x.words).filter((w) => w.every((t) => /^\p{L}+$/u.test(t))).map((w) => w.join(String.raw`\s+`)).join('|');
const MEASURE_BEFORE = new RegExp(String.raw`\b(?:${MEASURE_HEADS})\s+(?:(?:was|were|of|at|came\s+to|reached|totalled|totaled|stood\s+at)\s+)?(?:(?:${A_HEDGE})\s+)?$`, 'u');

/** Whether [start, end) of a sentence lies in a hyphened "x-to-y" name ("screen-to-site", "loan-to-value"). */
function inRatioName(text: string, start: number, end: number): boolean {
  const before = /[\p{L}\p{N}-]*$/u.exec(text.slice(0, start))![0];
  const after = /^[\p{L}\p{N}-]*/u.exec(text.slice(end))![0];
  // (A metric whose own word is the whole name, "book-to-bill", keeps it.)
  return (before.length > 0 || after.length > 0) && /\p{L}-to-\p{L}/u.test(before + text.slice(start, end) + after);
}

/** After an amount, what it is of: " of new contracts", " of deposits" (lower case: not "of Q3"). */
const AMOUNT_OF_NOUN = /^\s+of\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})/u;

/** "…, and the company signed CHF 1.9 billion of new contracts": an amount of a noun no metric word names takes no metric from the clause before. */
function amountOfItsOwnNoun(claim: Claim, folded: string, hits: readonly WordHit[]): boolean {
  if (!isMoney(claim.unit)) return false;
  const at = claim.offset.end - claim.sentence.start;
  const m = AMOUNT_OF_NOUN.exec(folded.slice(at, at + 60));
  // (Not a time: "the $2.5 billion of a year earlier".)
  if (!m || /^(?:a|an|the|its|their|which|whom|what|this|that|about|around|up|over)\b/.test(m[1]!) || /\b(?:year|quarter|month|week|day|period)s?\b/.test(m[1]!)) return false;
  const from = claim.offset.end + m[0].length - m[1]!.length;
  return !hits.some((h) => h.start < from + m[1]!.length && h.end > from);
}

/** ", with the Selic rate at 15%", ", with unemployment at 4.1%": a "with" clause's own subject (a lower-case noun last, no part's). */
const WITH_SUBJECT_AT = new RegExp(String.raw`^[\s,;]*with\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}?(\p{Ll}[\p{L}-]*)\s+(?:at|near|around)\s+(?:(?:${A_HEDGE})\s+)?$`, 'u');
const PART_NOUNS: ReadonlySet<string> = new Set(['segment', 'segments', 'division', 'divisions', 'unit', 'units', 'business', 'businesses', 'region', 'regions', 'arm', 'side']);

/** "Lumiar's NPL ratio was 6.8%, with the Selic rate at 15%": the figure of a "with" clause's own subject takes no metric from the clause before. */
function withItsOwnSubject(claim: Claim, clause: Span, folded: string): boolean {
  const base = claim.sentence.start;
  const noun = WITH_SUBJECT_AT.exec(folded.slice(clause.start - base, claim.offset.start - base))?.[1];
  return noun !== undefined && !PART_NOUNS.has(noun);
}

/**
 * "Revenue was $104.2 billion and operating income $4.1 billion": a later clause that names a
 * measure of its own, which no metric's words name, takes no metric from the clause before.
 */
function measureOfItsOwn(claim: Claim, clause: Span, folded: string, hits: readonly WordHit[]): boolean {
  const base = claim.sentence.start;
  // "The LME cash price averaged $2,580 per tonne", "…, while the gross margin held at 32.4%": a word made another measure (otherMeasures) is no metric's either.
  if (mayBeAMeasure(claim) && modifiedMeasureIn(claim.sentenceText, folded, clause.start - base, { start: claim.offset.start - base, end: claim.offset.end - base, amount: false })) return true;
  if (clause.start <= base) return false;
  const m = MEASURE_BEFORE.exec(folded.slice(clause.start - base, claim.offset.start - base));
  if (!m) return false;
  const at = clause.start + m.index;
  return !hits.some((h) => h.start <= at && h.end > at);
}

/** Between a figure and one that restates it in another unit: ", or ", ", or roughly ". */
const OR_RESTATED = new RegExp(String.raw`^,?\s+or\s+(?:(?:${A_HEDGE})\s+)?$`);

/**
 * "Its energy costs were $118 million, or roughly $190 per tonne": the figure restates the one right
 * before it, which no metric's word names ("Net income was $410 million, or $1.02 a share" is EPS).
 */
function restatesTheFigureBefore(claim: Claim, memo: JudgeMemo, hits: readonly WordHit[]): boolean {
  const before = lastFigureBefore(memo.claimsIn(claim.sentence), claim.offset.start);
  const base = claim.sentence.start;
  return !!before && OR_RESTATED.test(claim.sentenceText.slice(before.end - base, claim.offset.start - base)) && !hits.some((h) => h.end <= before.start);
}

/** Words before a change verb that are no subject: "having added", "also rose", "then fell". */
const AUXILIARIES = new Set(['having', 'being', 'also', 'then', 'further', 'again', 'just', 'still', 'since', 'each', 'both', 'all']);

/**
 * "production … rose 1% and 2%, respectively": a later figure of the run, alone in its clause, is
 * read where the run's first stands (its clause, the words before it); undefined for any other.
 */
function asRunsFirst(claim: Claim, clause: Span, figures: readonly Span[]): Claim | undefined {
  if (!saysRespectively(claim.sentenceText) || !elliptical(claim, clause)) return undefined;
  const pair = respectiveRun(claim.sentenceText, claim.sentence.start, figures, claim.offset);
  return pair && pair.k > 0 ? { ...claim, offset: pair.run[0]! } : undefined;
}

/** Words that open a clause without naming anything: "was 12.9% higher", "it rose 3%". */
const NO_LABEL = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'it', 'they', 'its', 'their', 'this', 'that', 'which', 'who', 'and', 'but', 'while', 'plus', 'minus']);

/** A short label and a colon before the figure's clause: "Store count: 9,412 at quarter end" (the label names it). */
const LABEL_COLON = /^[^,;:()]{1,40}:\s*$/;
const labelled = (claim: Claim, clause: Span): boolean => LABEL_COLON.test(claim.sentenceText.slice(0, clause.start - claim.sentence.start));

/** Whether the claim's clause holds nothing but the claim, its time and the words of a comparison. */
export function elliptical(claim: Claim, clause: Span): boolean {
  const base = claim.sentence.start;
  const time = claim.time?.span;
  const outside = (from: number, to: number): string =>
    time && time.start < to && time.end > from ? claim.sentenceText.slice(from - base, Math.max(from, time.start) - base) + ' ' + claim.sentenceText.slice(Math.min(to, time.end) - base, to - base) : claim.sentenceText.slice(from - base, to - base);
  // Names (a capital) and their possessive "s" are no statement of their own: "compared with Microsoft's $80 billion".
  const words = `${outside(clause.start, claim.offset.start)} ${outside(claim.offset.end, clause.end)}`.match(/\p{L}+/gu) ?? [];
  // A sentence's first word has its capital from the sentence: "Headcount at Phaquenli grew 7.9%" has a subject of its own ("Up 22% …" none).
  const opens = clause.start === base && /^\s*\p{Lu}/u.test(claim.sentenceText) ? 0 : -1;
  return words.every((w, i) => (i !== opens && /^\p{Lu}/u.test(w)) || w === 's' || ELLIPSIS_WORDS.has(w.toLowerCase()) || isChangeVerb(w.toLowerCase()));
}

/** Verbs of items that come or go in a period, besides buying and selling (hedges.TRADE_VERBS). */
const ITEM_FLOWS = ['ordered', 'orders', 'leased', 'leases', 'retired', 'retires', 'scrapped', 'shipped', 'ships', 'delivered', 'delivers', 'recalled', 'opened', 'opens', 'reopened', 'reopens', 'installed', 'installs', 'launched'];

/** Such a verb right before a count ("sold 41,000 vehicles", "bought a further 55,000 vehicles"); group 1 the verb. */
/** Every verb of things that come or go, as one alternation. */
const FLOW_VERBS = [...TRADE_VERBS, ...ITEM_FLOWS].join('|');
const SELL = /^(?:sold|sells?)$/;
const TRADED = new RegExp(`\\b(${FLOW_VERBS})\\s+(?:[\\p{L}-]+\\s+){0,3}$`, 'u');

/**
 * "The company sold 41,000 vehicles in the quarter": items bought, sold, shipped or opened in a
 * period are a flow, not the level a metric counting the same items holds ("average rental
 * fleet"), unless the metric's words say that flow ("vehicles sold", "deliveries").
 */
function tradedItems(claim: Claim, clause: Span, folded: string, metric: Metric): boolean {
  if (!countsThings(claim.unit)) return false;
  const verb = TRADED.exec(folded.slice(clause.start - claim.sentence.start, claim.offset.start - claim.sentence.start))?.[1];
  if (!verb) return false;
  // ("sold" is the flow "sales volume" says.)
  const stems = SELL.test(verb) ? ['sold', 'sell', 'sale'] : [verb.slice(0, 4)];
  return !metric.words.some((w) => foldForMatch(w).split(' ').some((t) => stems.some((stem) => t.startsWith(stem))));
}

/** "with" and perhaps a hedge, right before the figure: "with ", "with about ". */
const WITH_HEDGED = String.raw`with\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than)\s+)?$`;

/**
 * Such a verb (or closing one), a count of things ("two idle facilities", "a facility") and "with"
 * before the figure: "reopened two idle facilities with ", "closed a facility with about "; not
 * "closed its campaign in May with $4.32 million pledged".
 */
const TRADED_WITH = new RegExp(
  `\\b(?:${FLOW_VERBS}|closed|closes|shut)\\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d[\\d,.]*)\\s+(?:[\\p{L}-]+\\s+){1,3}${WITH_HEDGED}`,
  'u',
);

/**
 * "reopened two idle facilities with 3,200 beds", "closed a facility with 1,100 beds": a figure
 * that describes things bought, sold, opened or closed counts what came or went with them, a part
 * of the whole, not its level.
 */
function withTradedItems(claim: Claim, clause: Span): boolean {
  const base = claim.sentence.start;
  const text = claim.sentenceText.slice(clause.start - base, claim.offset.start - base).toLowerCase();
  // (Most figures have no "with" right before them: the pattern, anchored at the end, is tried only on those that do.)
  const w = text.lastIndexOf('with');
  return w >= 0 && WITH_TAIL.test(text.slice(w)) && TRADED_WITH.test(text.slice(Math.max(0, w - 80)));
}
const WITH_TAIL = new RegExp(`^${WITH_HEDGED}`);

function fromKindOrUnit(claim: Claim, fitting: Metric[]): Metric | undefined {
  const byKind = fitting.filter((m) => kindScore(claim.kind, m) === 2);
  if (byKind.length === 1) return byKind[0];
  if (countsThings(claim.unit) && claim.unit !== 'count') {
    const family = familyOf(claim.unit);
    const sameFamily = fitting.filter((m) => familyOf(m.unit) === family);
    if (sameFamily.length === 1) return sameFamily[0];
  }
  return undefined;
}

/** The spans of the metric's words in the claim's sentence (for "Anthropic's valuation"). */
export function metricSpans(claim: Claim, metric: Metric, memo: JudgeMemo): Span[] {
  return memo.sentence(claim.sentence).words.filter((h) => h.metric === metric);
}
