import type { Claim, Fact, FactIndex, FactKind, Metric, ParsedNote } from '../types';
import { LOSS_NOUNS } from '../extract/extractClaims';
import { isCurrency } from '../units';
import { DEAL_METRICS } from '../facts/builtinMetrics';
import { RATE_SPANS, SCALES } from '../lexicon';
import { agrees, claimAgreesWith, claimInterval, interval, type Interval, sumIntervals } from './compare';
import { capitalise, chronological, claimPhrase, factValue, metricName, metricNameOf, noFactMessage, possessive, shortDate, shortFact, sourcedPhrase, subjectOf, timeLabel, verdictMessage, whoOf } from './wording';
import { type ClaimStance, claimStance, comparedKind, kindFits } from './claimFactKind';
import { clauseOf } from './clauseOf';
import { SET_AGAINST } from './sentenceCues';
import { foldForMatch, hasPhrase } from './findPhrase';
import { formatInNoteStyle } from './formatInNoteStyle';
import { type FactGroup, matchFacts } from './matchFacts';
import { inFiscalCalendar, claimPeriod, earlierDates, factRange, latestOfItsLength, periodDays, periodOver, selectFacts, statedBy } from './selectFacts';
import { within } from './periods';
import { shiftPeriod } from '../extract/periods';
import { fiscalEndOf, judgeWithDerivation, startedFrom } from './judgeDerived';
import { measuredNoun, metricWordAt, type MetricLeftOut } from './resolveMetric';
import type { Verdict } from './verdict';
import type { Qualified } from './qualifier';
import type { JudgeMemo } from './judgeMemo';
import { unitAfter, WORD_AFTER } from './unitAfter';
import { mayBeAMeasure, modifiedMeasureIn } from './otherMeasures';
import { singular } from '../extract/unitNouns';

export interface JudgeContext {
  note: ParsedNote;
  index: FactIndex;
  /** Facts stated after this date are not used (options.asOf ?? the note's reference date). */
  referenceDate: string;
  /** Relative tolerance for facts without their own. */
  tolerance: number;
  /** Per-call work shared by claims (facts by metric, sentence readings). */
  memo: JudgeMemo;
}

/** How the claim presents its figure, and which facts that lets it be compared with. */
function stanceOf(claim: Claim, ctx: JudgeContext, metricId: string, facts: readonly Fact[], fye?: string): { stance: ClaimStance; running: boolean } {
  const sentence = ctx.memo.sentence(claim.sentence);
  // Where the metric's facts are all actual, its own words ("annual target") plan nothing.
  const own = sentence.words.length > 0 && facts.every((f) => f.kind === 'actual') ? sentence.words.filter((h) => h.metric.id === metricId) : [];
  const clause = clauseOf(claim);
  const read = claimStance(claim, sentence.folded, clause, own);
  const period = claimPeriod(claim.time, fye);
  // "Still running" is judged at the note's own date: the author wrote about a period not over yet.
  const running = period !== null && period.to >= ctx.note.referenceDate;
  // "…targets adjusted EBITDA of €45–55 million, against €31 million in 2025": the level a plan is set against, of a period over, is a result.
  const against = read === 'guidance' && period !== null && !running && COMPARED_WITH_OPENS.test(sentence.folded.slice(clause.start - claim.sentence.start, claim.offset.start - claim.sentence.start));
  return { stance: against ? 'plain' : read, running };
}

/** A clause that opens by setting its figure against another: ", against ", ", up from ", ", compared with ". */
const COMPARED_WITH_OPENS = new RegExp(String.raw`^[\s,;(]*${SET_AGAINST}\s+(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?$`);

// The western scales a table header may leave out, as the lexicon writes them.
const LEFT_OUT_SCALES = SCALES.flatMap((s) => (s.write?.system === 'western' && s.write.lower && s.factor <= 1e9 ? [{ factor: s.factor, word: `${s.write.word}s`, short: s.write.lower }] : []));

/**
 * "| Wheat | 4.6 |" under "2024 (Mt)" against a fact of 4.6 million tonnes: a bare table number
 * that matches a fact once scaled by a thousand, a million or a billion is a header whose scale
 * Claimcheck does not read, not a wrong figure. The scale and the fact it would match, or null.
 */
function scaleLeftOut(claim: Claim, facts: Fact[], tolerance: number): { fact: Fact; word: string; short: string } | null {
  if (!claim.table || claim.unit !== 'count' || claim.noun !== undefined) return null;
  for (const s of LEFT_OUT_SCALES) {
    const big = scaledBy(claim, s.factor);
    const fact = facts.find((f) => claimAgreesWith(big, f, tolerance));
    if (fact) return { fact, word: s.word, short: s.short };
  }
  return null;
}

/** Why a fact of a longer period than the latest decides a figure with no time. */
const LATEST_OF_ITS_LENGTH = ', the latest of its length (later facts are of shorter periods)';

/** Kinds of figure that are no total over a period: a longer period makes them no bigger. */
const NO_TOTAL_KINDS: ReadonlySet<Claim['kind']> = new Set(['percent', 'bps', 'growth', 'multiple', 'duration']);

/**
 * Whether the claim's period, a month or longer, lies inside each chosen fact's longer one, all the
 * metric's facts being per period (a flow's). A day is when a level was read ("a run rate of
 * $91 million as of December 25" against December's), and stays judged.
 */
function insideLongerPeriods(claim: Claim, chosen: Fact[], all: Fact[], fye: string | undefined): boolean {
  const own = claimPeriod(claim.time, fye);
  // (Only totals add up over time: "The CET1 ratio eased to 17.6% at end-June" is the half's ratio, judged.)
  if (!own || own.from === own.to || NO_TOTAL_KINDS.has(claim.kind) || !all.every((f) => f.period !== undefined)) return false;
  return chosen.every((f) => {
    const r = factRange(f, fye);
    // "ARR was $1.94 billion at the end of the third quarter": the level the fact's period closed at, no part of it.
    if (r && claim.time?.endOf && own.to === r.to) return false;
    return !!r && within(own, r) && (own.from !== r.from || own.to !== r.to);
  });
}

/** "for the year", "for the full year", "during the year as a whole": a year the sentence does not name. */
const THE_YEAR = /^(?:for|in|during|over|through|throughout)\s+the\s+(?:(?:full|whole|entire)\s+)?year(?:\s+as\s+a\s+whole)?$/i;

/**
 * "Arvelle's sales were €6.48 billion for the year", no year named anywhere before it: the latest
 * year of the facts that may decide it (actual for a result, guidance for a plan), not the latest
 * half-year's fact, which no year's figure is measured against.
 */
function ofTheLatestYear(claim: Claim, facts: readonly Fact[], R: string, fye: string | undefined): Claim {
  const t = claim.time;
  if (!t || t.iso !== null || !THE_YEAR.test(t.text.trim())) return claim;
  let year: { fact: Fact; from: string; to: string } | undefined;
  for (const f of statedBy([...facts], R)) {
    const r = f.period !== undefined && Math.abs(periodDays(f, fye) - 364) <= 3 ? factRange(f, fye) : null;
    if (r && (!year || r.to > year.to)) year = { fact: f, from: r.from, to: r.to };
  }
  if (!year) return claim;
  const period = year.fact.period!;
  return { ...claim, time: { ...t, iso: period, from: year.from, to: year.to, ...(period.startsWith('FY') ? { fiscal: true } : {}) } };
}

/** Right before a figure, words that make it a rate for a whole year: "an annualised C$1.14", "an annual rate of". */
const ANNUALISED = /\b(?:annuali[sz]ed|annual\s+rate\s+of|run[\s-]rate\s+of)\s+(?:(?:about|around|roughly)\s+)?$/i;
/** Whether a figure is about as many times a shorter period's fact as the period fits in a year (an annualised C$1.14 against a quarter's C$0.285), not a rate the facts state as one (housing starts at an annual rate). */
function timesAYear(claim: Claim, fact: Fact, fye: string | undefined): boolean {
  if (claim.value === null || fact.value === null || fact.value === 0) return false;
  const ratio = claim.value / fact.value / (365 / (periodDays(fact, fye) + 1));
  return ratio > 0.75 && ratio < 1.33;
}
const annualised = (claim: Claim): boolean => ANNUALISED.test(claim.sentenceText.slice(Math.max(0, claim.offset.start - claim.sentence.start - 30), claim.offset.start - claim.sentence.start));

/**
 * A wrong total with no time ("livestock revenue edged up to $3.52 billion" in May) against a year
 * whose later facts are all quarters: the newest fact of the period length its figure is nearest
 * to (the year's $3.25 billion, not the quarter's $762 million), so the message and the fix quote
 * the figure the author meant. Only totals over a period: a rate, a share or a price is no bigger
 * for a longer one.
 */
function nearestLength(claim: Claim, latest: Fact, stated: readonly Fact[], fye: string | undefined): Fact | undefined {
  if (claim.value === null || claim.value <= 0 || NO_TOTAL_KINDS.has(claim.kind) || claim.unit.includes('/') || !latest.period) return undefined;
  const distance = (f: Fact): number => (f.value !== null && f.value > 0 ? Math.abs(Math.log(claim.value! / f.value)) : Infinity);
  let best: Fact | undefined;
  for (const f of stated) if (f !== latest && latestOfItsLength(f, latest, stated, fye) && distance(f) < distance(best ?? latest)) best = f;
  return best;
}

/** The claim's figure, its range and precision read at a scale (a thousand for "1,420 kb/d" against b/d). */
function scaledBy(claim: Claim, factor: number): Claim {
  const times = (v: number | null): number | null => (v === null ? null : v * factor);
  return { ...claim, value: times(claim.value), low: times(claim.low), high: times(claim.high), precision: claim.precision * factor };
}

/** A basis of measurement other than the reported one: "adjusted EBITDA", "underlying profit", "pro forma revenue". */
const BASIS = /\b(adjusted|underlying|pro[\s-]forma|non-gaap|normali[sz]ed)\b/;

/** The basis the claim's clause names before its figure, if any ("pro forma"), unless a metric's words hold it ("adjusted operating income"). */
function basisNamed(claim: Claim, ctx: JudgeContext): string | undefined {
  const clause = clauseOf(claim);
  const m = BASIS.exec(claim.sentenceText.slice(clause.start - claim.sentence.start, claim.offset.start - claim.sentence.start).toLowerCase());
  if (!m) return undefined;
  return metricWordAt(claim, ctx.memo, clause.start + m.index) ? undefined : m[1]!.replace(/\s+/g, ' ');
}

/** A change the note says by its direction in words ("fell 3.1%", "rose 2%": no sign in its figure) against a fact of the other sign. */
function turnedAround(claim: Claim, fact: Fact): boolean {
  if (claim.kind !== 'growth' || claim.value === null || claim.value === 0 || /^[-+\u2212(]/.test(claim.text) || fact.value === null) return false;
  return Math.sign(claim.value) !== Math.sign(fact.value) && fact.value !== 0;
}

/** "the year to March 2025" (a year ending in another month than December) beside a fact's "FY2025": that period, when its entity has no fiscal year end. */
function calendarFiscalYear(claim: Claim, facts: readonly Fact[]): string | undefined {
  const year = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(claim.time?.iso ?? '');
  if (!year || year[4] === '12' || Number(year[3]) * 12 + Number(year[4]) - (Number(year[1]) * 12 + Number(year[2])) !== 11) return undefined;
  const fy = `FY${year[3]}`;
  return facts.some((f) => f.period === fy) ? fy : undefined;
}

function judgeOne(stated: Claim, group: FactGroup, metricId: string, ctx: JudgeContext): Verdict {
  const { index, referenceDate: R, tolerance } = ctx;
  // A segment's facts are that part's: "Maison Verlaine's Europe revenue".
  const subject = subjectOf(index, group.entities, metricId, group.counterparty, undefined, group.facts[0]?.segment);
  const fye = fiscalEndOf(ctx, group.entities);
  // (The author's year end: the note's date, not a later --as-of.)
  const claim = inFiscalCalendar(stated, fye, ctx.note.referenceDate);
  const { stance, running } = stanceOf(claim, ctx, metricId, group.facts, fye);
  const facts = group.facts.filter((f) => kindFits(stance, running, f));
  const claimed = ofTheLatestYear(claim, facts, R, fye);
  if (claimed !== claim) return judgeOne(claimed, group, metricId, ctx);
  const chosen = selectFacts(facts, claim.time, R, fye);
  const compared = comparedKind(stance, chosen);
  const base = { claim, entities: group.entities, metric: metricId, comparedKind: compared };
  const supportedBy = (fact: Fact, why = ''): Verdict => {
    const message = verdictMessage(subject, claim, `matches ${sourcedPhrase(claim, [fact], metricId).replace(/ (is|are) /, ', ')}${why}`);
    return { ...base, code: 'supported', facts: [fact], message, suggestion: factValue(claim, fact), cite: [fact.id] };
  };

  if (chosen.length > 0) {
    const agreeing = chosen.find((f) => claimAgreesWith(claim, f, tolerance));
    if (agreeing) return supportedBy(agreeing);
    const latest = chosen[0]!;
    for (const date of earlierDates(facts, latest.asOfDate)) {
      const older = selectFacts(facts, claim.time, date, fye).find((f) => claimAgreesWith(claim, f, tolerance));
      // "livestock revenue rose to $3.25 billion" (no time) in May: the year's figure, which a later quarter does not make stale.
      if (older && claim.time === null && latestOfItsLength(older, latest, facts, fye)) return supportedBy(older, LATEST_OF_ITS_LENGTH);
      if (older) {
        const body = `that was right in ${shortDate(older.asOf)}; ${sourcedPhrase(claim, [latest], metricId).replace('the sourced', 'the latest sourced')}`;
        return { ...base, code: 'outdated', facts: [latest, older], message: verdictMessage(subject, claim, body), suggestion: factValue(claim, latest), cite: [latest.id] };
      }
    }
    const scaled = scaleLeftOut(claim, chosen, tolerance);
    if (scaled) {
      const body = `its column gives no scale Claimcheck reads; in ${scaled.word} it would match ${sourcedPhrase(claim, [scaled.fact], metricId).replace(/ (is|are) /, ', ')}; write the scale in its header, such as "(${scaled.short})"`;
      return { ...base, code: 'unsourced', facts: [], message: verdictMessage(subject, claim, body) };
    }
    // "adjusted EBITDA rose 6% to $1.2 billion" against facts of no basis: they may be the reported figures.
    const basis = basisNamed(claim, ctx);
    if (basis && !chosen.some((f) => f.basis && hasPhrase(f.basis.toLowerCase(), basis))) {
      const body = `${/^[aeiou]/.test(basis) ? 'an' : 'a'} ${basis} figure, while the sourced ${shortFact(claim, latest)} states no basis (write \`basis: ${basis}\` on a fact of that basis)`;
      return { ...base, code: 'unsourced', facts: [], message: verdictMessage(subject, claim, body) };
    }
    // "Capacity factor rose to 88.4% from 85.1%" when 85.1% is the latest fact: a level after it, which no fact gives yet.
    const start = claim.time === null ? startedFrom(claim, ctx) : undefined;
    if (start && claimAgreesWith(start, latest, tolerance)) {
      const body = `a level after the one it changed from, ${shortFact(claim, latest)}, the latest sourced figure; no later fact yet`;
      return { ...base, code: 'unsourced', facts: [], message: verdictMessage(subject, claim, body) };
    }
    // "Revenue in April was ¥0.7 trillion" against the quarter's ¥2.05 trillion: of a metric stated per
    // period, a figure for a shorter period inside the fact's is a part of it, never red.
    if (insideLongerPeriods(claim, chosen, group.facts, fye)) {
      const body = `${sourcedPhrase(claim, chosen, metricId)}, a longer period that includes ${timeLabel(claim.time)} (no fact for ${timeLabel(claim.time)} alone)`;
      return { ...base, code: 'unsourced', facts: [], message: verdictMessage(subject, claim, body) };
    }
    // "now runs at an annualised C$1.14 per unit" against a quarter's C$0.285: a rate for a year, which no shorter period's fact decides.
    if (annualised(claim) && latest.period !== undefined && periodDays(latest, fye) < 300 && timesAYear(claim, latest, fye)) {
      const body = `an annualised rate, while ${sourcedPhrase(claim, [latest], metricId)}, a shorter period`;
      return { ...base, code: 'unsourced', facts: [], message: verdictMessage(subject, claim, body) };
    }
    // "fell 3.1%" against a sourced rise of 3.1%: the message shows the fall's sign, and no fix writes "fell +3.1%".
    if (turnedAround(claim, latest)) {
      const shown = { ...claim, text: claim.value! < 0 ? `-${claim.text}` : claim.text };
      return { ...base, code: 'contradicted', facts: chosen, message: verdictMessage(subject, shown, sourcedPhrase(claim, chosen, metricId)), cite: [latest.id] };
    }
    const nearest = claim.time === null ? nearestLength(claim, latest, statedBy(facts, R), fye) : undefined;
    if (nearest) {
      // A half stated the same day as its second quarter: the figure is the half's, the latest of its length.
      if (claimAgreesWith(claim, nearest, tolerance)) return supportedBy(nearest, LATEST_OF_ITS_LENGTH);
      const body = `${sourcedPhrase(claim, [nearest], metricId)}${LATEST_OF_ITS_LENGTH}`;
      return { ...base, code: 'contradicted', facts: [nearest], message: verdictMessage(subject, claim, body), suggestion: factValue(claim, nearest), cite: [nearest.id] };
    }
    return { ...base, code: 'contradicted', facts: chosen, message: verdictMessage(subject, claim, sourcedPhrase(claim, chosen, metricId)), suggestion: factValue(claim, latest), cite: [latest.id] };
  }

  // Events (deals without a period: rounds, tranches, stakes, valuations) known by then, none in a
  // past period the claim names: the figure is not of that time. A series of per-period figures
  // only lacks that period's, and any other fact without a period (a count, a share, power, a
  // balance, revenue as of a date) is a snapshot on its as_of, which says nothing of other times.
  const pool = statedBy(facts, R).filter((f) => f.period === undefined && DEAL_METRICS.has(f.metric));
  if (pool.length > 0 && periodOver(claim.time, R, fye)) {
    const sameValue = pool.filter((f) => claimAgreesWith(claim, f, tolerance));
    const body = sourcedPhrase(claim, pool, metricId) + (sameValue.length > 0 ? `; the figure is from ${sameValue.map((f) => shortDate(f.asOf)).join(', ')}` : '');
    return { ...base, code: 'contradicted', facts: chronological(pool), message: verdictMessage(subject, claim, body), cite: sameValue.map((f) => f.id) };
  }
  const otherKind = selectFacts(group.facts.filter((f) => !kindFits(stance, running, f)), claim.time, R, fye);
  if (otherKind.length > 0) {
    const only = compared === 'guidance' ? 'only actual figures are sourced' : 'only guidance is sourced';
    return { ...base, code: 'unsourced', facts: [], message: `${noFactMessage(subject, claim, compared)}; ${only}` };
  }
  const later = facts.filter((f) => f.asOfDate > R);
  // Later figures about the claim's own period first: they are what a later check will judge by.
  const period = claimPeriod(claim.time, fye);
  const about = (f: Fact): number => (period && factRange(f, fye) && within(factRange(f, fye)!, period) ? 0 : 1);
  const first = chronological(later).sort((a, b) => about(a) - about(b)).slice(0, 2);
  const hint = first.length > 0 ? ` (later: ${first.map((f) => shortFact(claim, f)).join(', ')}${later.length > first.length ? ', …' : ''})` : '';
  const calendar = fye === undefined ? calendarFiscalYear(claim, facts) : undefined;
  const fiscal = calendar ? `; the facts' ${calendar} is the calendar year, as ${index.entities.get(group.entities[0]!)?.name ?? group.entities[0]} has no \`fiscal_year_end\`` : '';
  return { ...base, code: 'unsourced', facts: [], message: `${noFactMessage(subject, claim, compared)}${hint}${fiscal}` };
}

function judgeSum(claim: Claim, groups: FactGroup[], metricId: string, ctx: JudgeContext): Verdict {
  const { index, referenceDate: R, tolerance } = ctx;
  const entities = groups.map((g) => g.entities[0]!);
  const subject = subjectOf(index, entities, metricId);
  const { stance, running } = stanceOf(claim, ctx, metricId, groups.flatMap((g) => g.facts));
  const compared = comparedKind(stance);
  const fits = groups.map((g) => ({ ...g, facts: g.facts.filter((f) => kindFits(stance, running, f)) }));
  const base = { claim, entities, metric: metricId, comparedKind: compared };
  const pick = (date: string): Fact[] | null => {
    const picked = fits.map((g) => selectFacts(g.facts, claim.time, date, fiscalEndOf(ctx, g.entities))[0]);
    return picked.every((f): f is Fact => f !== undefined) ? picked : null;
  };
  const sumOf = (facts: Fact[], tol: number): Interval | null => {
    const parts = facts.map((f) => interval(f, claim, tol));
    return parts.every((p): p is Interval => p !== null) ? sumIntervals(parts) : null;
  };
  const sumValue = (facts: Fact[]): string | undefined => {
    const t = sumOf(facts, 0);
    return t ? formatInNoteStyle(claim, t.low, t.high) : undefined;
  };
  const noun = (facts: Fact[]): string => (facts.every((f) => f.kind !== 'actual') ? 'guidance adds' : 'figures add');
  const describeSum = (facts: Fact[]): string => `${sumValue(facts) ?? '?'} (${facts.map((f) => shortFact(claim, f, index)).join(' + ')})`;

  const now = pick(R);
  if (!now) return judgePartialSum(claim, fits, metricId, ctx, subject, compared);
  const cite = now.map((f) => f.id);
  base.comparedKind = comparedKind(stance, now);
  const t = sumOf(now, tolerance);
  if (t && agrees(claim, t, claim.unit)) {
    return { ...base, code: 'supported', facts: now, message: verdictMessage(subject, claim, `matches the sourced ${noun(now).split(' ')[0]}: ${describeSum(now)}`), suggestion: sumValue(now), cite };
  }
  const newest = now.map((f) => f.asOfDate).sort().reverse()[0]!;
  for (const date of earlierDates(fits.flatMap((g) => g.facts), newest)) {
    const then = pick(date);
    const tt = then && sumOf(then, tolerance);
    if (then && tt && agrees(claim, tt, claim.unit)) {
      const body = `that was the sum in ${shortDate(date)}; the latest sourced ${noun(now)} up to ${describeSum(now)}`;
      return { ...base, code: 'outdated', facts: [...now, ...then.filter((f) => !now.includes(f))], message: verdictMessage(subject, claim, body), suggestion: sumValue(now), cite };
    }
  }
  return { ...base, code: 'contradicted', facts: now, message: verdictMessage(subject, claim, `the sourced ${noun(now)} up to ${describeSum(now)}`), suggestion: sumValue(now), cite };
}

/**
 * A combined claim where some named entity has no fact for the time: the sum is unknown, but when
 * the entities that have facts already add up beyond what the claim allows, the claim is wrong
 * whatever the others' share (figures summed are counts and amounts, never negative).
 */
function judgePartialSum(claim: Claim, groups: FactGroup[], metricId: string, ctx: JudgeContext, subject: string, compared: FactKind): Verdict {
  const { index, referenceDate: R, tolerance } = ctx;
  const entities = groups.map((g) => g.entities[0]!);
  const base = { claim, entities, metric: metricId, comparedKind: compared };
  const picked = groups.map((g) => ({ g, f: selectFacts(g.facts, claim.time, R, fiscalEndOf(ctx, g.entities))[0] }));
  const known = picked.flatMap((p) => (p.f ? [p.f] : []));
  const missing = picked.filter((p) => !p.f).map((p) => p.g.entities[0]!);
  const parts = known.map((f) => interval(f, claim, tolerance));
  const c = claimInterval(claim);
  if (known.length > 0 && c && Number.isFinite(c.high) && parts.every((p): p is Interval => p !== null && p.low >= 0)) {
    const floor = sumIntervals(parts);
    if (c.openHigh ? floor.low >= c.high : floor.low > c.high) {
      const exact = sumIntervals(known.map((f) => interval(f, claim, 0)!));
      const shown = `${whoOf(index, known.map((f) => f.entities[0]!), 'and')} alone add up to ${formatInNoteStyle(claim, exact.low, exact.high)} (${known.map((f) => shortFact(claim, f, index)).join(' + ')}), without ${whoOf(index, missing, 'and')}`;
      return { ...base, code: 'contradicted', facts: known, message: verdictMessage(subject, claim, shown), cite: known.map((f) => f.id) };
    }
  }
  const whose = missing.length === 1 ? subjectOf(index, missing, metricId) : `the ${metricNameOf(index, metricId)} of ${whoOf(index, missing, 'and')}`;
  const lacking = `${noFactMessage(whose, claim)}, so the sum cannot be checked`;
  const sourced = known.length > 0 ? ` (sourced: ${known.map((f) => shortFact(claim, f, index)).join(', ')})` : '';
  return { ...base, code: 'unsourced', facts: [], message: `${lacking}${sourced}` };
}

const NO_METRIC: Record<MetricLeftOut | 'unnamed', string> = {
  part: 'a figure for a part or one typical item, not the whole the facts give',
  pending: 'a count of things not yet in service (a pipeline, backlog or order), which the facts do not count',
  benchmark: 'a level it is set against (a threshold, requirement or estimate), not a figure of its own',
  ratio: 'one side of a ratio (one thing for every so many), not a total of its own',
  pool: 'the whole a part was won from (all the seats, contracts or votes), not a figure of its own',
  rival: 'a figure of rivals or peers, not its own',
  gap: "a gap to another's figure, not a change over time",
  definition: "a unit's definition, not a figure of anyone's",
  years: 'an average over several years, not one period\'s figure the facts give',
  request: 'a figure asked for, not the one decided',
  counterfactual: 'what would have been, not what was',
  negated: 'a figure its sentence denies, not one it states',
  unnamed: 'nothing near it says what it measures (such as valuation or users)',
};

const ADD_A_METRIC = 'add one under `metrics`';
/** "a dividend, which no metric of the facts files measures (add one under `metrics`)". */
const noMetricOf = (what: string): string => `${what}, which no metric of the facts files measures (${ADD_A_METRIC})`;

/** Between a metric's words and the figure they are the subject of: "The refining margin was $14.80 per barrel". */
const SUBJECT_THEN_FIGURE = /^\s+(?:was|were|is|are|of|averaged|stood\s+at|came\s+in\s+at)\s+(?:(?:about|roughly|around|nearly|almost)\s+)?$/i;

/**
 * Why no metric: what the words next to the figure measure ("a dividend of", "per share"), which no
 * metric's words name; for an amount per unit some metrics do measure, which of them it is.
 */
function unnamedMetric(claim: Claim, memo: JudgeMemo): string {
  const noun = measuredNoun(claim, memo.sentence(claim.sentence).folded);
  const unitPer = claim.unit.includes('/') ? claim.unit.slice(claim.unit.indexOf('/') + 1) : undefined;
  // A rate's base is digits in the unit ("count/1000"): said as written, "per 1,000".
  const per = unitPer && /^\d+$/.test(unitPer) ? Number(unitPer).toLocaleString('en-US') : unitPer;
  if (per && per !== 'each') {
    const fitting = memo.fittingMetrics(claim.unit);
    if (fitting.length > 0) return `an amount per ${per}; nothing near it says which (such as ${fitting.slice(0, 3).map((m) => metricName(m)).join(' or ')})`;
    // "The refining margin was $14.80 per barrel" against a metric in whole dollars: say which unit would make it one.
    const whole = claim.unit.slice(0, claim.unit.indexOf('/'));
    // Only the figure's own subject: "Revenue was $96 million, or roughly $9.80 per session" is revenue per session, no revenue.
    const named = memo.sentence(claim.sentence).words.find((h) => h.metric.unit === whole && h.end <= claim.offset.start && SUBJECT_THEN_FIGURE.test(claim.sentenceText.slice(h.end - claim.sentence.start, claim.offset.start - claim.sentence.start)));
    if (named) return `an amount per ${per}, while the facts' ${metricName(named.metric)} is in ${whole} (give it \`unit: ${claim.unit}\` if its figures are per ${per})`;
  }
  // ("discounts of up to 40%": a plural takes no article.)
  const what = per && per !== 'each' ? `an amount per ${per}` : noun ? (singular(noun) !== noun ? noun : `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`) : undefined;
  return what ? noMetricOf(what) : NO_METRIC.unnamed;
}

/** A measure no metric names, in the figure's clause before it ("gross profit", "profit before tax"), or its table row's label or column's header (otherMeasures). */
function namedMeasure(claim: Claim, ctx: JudgeContext): string | undefined {
  if (!mayBeAMeasure(claim)) return undefined;
  const base = claim.sentence.start;
  const own = modifiedMeasureIn(claim.sentenceText, ctx.memo.sentence(claim.sentence).folded, clauseOf(claim).start - base, { start: claim.offset.start - base, end: claim.offset.end - base, amount: isCurrency(claim.unit) });
  if (own) return own;
  const table = ctx.memo.table(claim.offset.start);
  for (const cell of [table?.label, table?.header]) {
    const text = cell && ctx.note.text.slice(cell.start, cell.end);
    const named = text && modifiedMeasureIn(text, foldForMatch(text), 0, { start: text.length, end: text.length, amount: false });
    if (named) return named;
  }
  return undefined;
}

/**
 * The verdict on one claim from the facts it matches (no citation involved); a growth, multiple,
 * difference or share no fact states is derived from the facts it is computed from (judgeDerived).
 */
export function judgeClaim(claim: Claim, ctx: JudgeContext): Verdict {
  return judgeWithDerivation(planAhead(rateAsItsCount(countInItsUnit(claim, ctx), ctx), ctx), ctx, judgeStated);
}

/** A unit written in capitals: "TEU", "CEU", "DWT". */
const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * "The fleet was 6.85 million CEU": a bare count followed by a unit a metric of the facts counts in
 * (`unit: CEU`), written in capitals as the facts file writes it, is a count of that unit, which
 * only such a metric judges (not the fleet in TEU the word "fleet" names). Lower-case nouns are read as nouns already.
 */
function countInItsUnit(claim: Claim, ctx: JudgeContext): Claim {
  if (claim.unit !== 'count' || claim.noun !== undefined) return claim;
  const word = WORD_AFTER.exec(ctx.note.text.slice(claim.offset.end, claim.offset.end + 24))?.[1];
  return word && ACRONYM.test(word) && ctx.memo.fittingMetrics(word).length > 0 ? { ...claim, unit: word } : claim;
}

/** Before a plan's figure, words that tell it in the past: "had said … would have 100 GW by September". */
const PAST_TELLING = /\b(?:had|would|said|was|were)\b/i;

/**
 * "The ministry wants 4 million doses given by the end of January", in a note of December 2025: a
 * plan's deadline month written without its year is the next one (January 2026), not the last one passed.
 */
function planAhead(claim: Claim, ctx: JudgeContext): Claim {
  const t = claim.time;
  // Only a deadline ("by March"): "guided … in January" says when the plan was made.
  if (!t?.by || !t.iso || !t.from || !t.to || t.to >= ctx.note.referenceDate || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(t.iso) || /\d/.test(t.text)) return claim;
  // A plan told in the past ("Management had said Helion would have 100 GW by September") kept its deadline.
  if (PAST_TELLING.test(claim.sentenceText.slice(0, claim.offset.start - claim.sentence.start))) return claim;
  if (claimStance(claim, ctx.memo.sentence(claim.sentence).folded, clauseOf(claim)) !== 'guidance') return claim;
  const next = shiftPeriod({ iso: t.iso, from: t.from, to: t.to }, 1, 'years');
  return { ...claim, time: { ...t, ...next } };
}

/**
 * "512 megalitres a day" when no metric is a rate of megalitres and one counts them (a facts file's
 * `unit: megalitres` for a daily figure): judged as that count. With a metric of the rate
 * (`bpd`), a count of the noun (reserves in `barrels`) is never the rate's.
 */
function rateAsItsCount(claim: Claim, ctx: JudgeContext): Claim {
  const slash = claim.unit.lastIndexOf('/');
  if (slash <= 0 || !RATE_SPANS.has(claim.unit.slice(slash + 1)) || isCurrency(claim.unit.slice(0, slash))) return claim;
  const count = claim.unit.slice(0, slash);
  return ctx.memo.fittingMetrics(claim.unit).length === 0 && ctx.memo.fittingMetrics(count).length > 0 ? { ...claim, unit: count } : claim;
}

/** The verdict from facts that state the claim's own figure. */
function judgeStated(claim: Claim, ctx: JudgeContext): Verdict {
  const match = matchFacts(claim, ctx.note, ctx.index, ctx.memo);
  const entities = match.ranked;
  const who = entities.length > 0 ? `${whoOf(ctx.index, entities.slice(0, 1))}: ` : '';
  if (claim.value === null && (claim.low === null || claim.high === null)) {
    return { code: 'unsourced', claim, facts: [], entities, message: `${who}${claimPhrase(claim)} — no single figure to compare` };
  }
  if (!match.metric) {
    const measure = match.leftOut ? undefined : namedMeasure(claim, ctx);
    // A change of it ("gross profit rose 8%") is no figure of the new metric: only a level's finding names one.
    if (measure && claim.kind === 'growth') return { code: 'unsourced', claim, facts: [], entities, message: `${who}${claimPhrase(claim)} — ${noMetricOf(`a change of ${measure}`)}` };
    if (measure) {
      const whose = entities.length > 0 ? `${possessive(whoOf(ctx.index, entities.slice(0, 1)))} ${measure}` : measure;
      return { code: 'unsourced', claim, facts: [], entities, measure, message: `${noFactMessage(whose, claim)} — no metric of the facts files measures ${measure} (${ADD_A_METRIC})` };
    }
    const why = match.leftOut ? NO_METRIC[match.leftOut] : unnamedMetric(claim, ctx.memo);
    return { code: 'unsourced', claim, facts: [], entities, message: `${who}${claimPhrase(claim)} — ${why}` };
  }
  if (entities.length === 0) {
    return {
      code: 'unsourced', claim, facts: [], entities, metric: match.metric.id,
      message: `${capitalise(metricName(match.metric))}: ${claimPhrase(claim)} — no company or other entity from the facts files is named near it`,
    };
  }
  if (match.unclearOwner) {
    return { code: 'unsourced', claim, facts: [], entities, metric: match.metric.id, ownerUnclear: true, message: `${capitalise(metricName(match.metric))}: ${claimPhrase(claim)} — whose figure it is is unclear` };
  }
  // Whose figure a message names: the summed entities, or the first-ranked one.
  const about = match.entities.combined ? match.entities.summed : entities.slice(0, 1);
  if (match.groups.length === 0) {
    const subject = subjectOf(ctx.index, about, match.metric.id, undefined, match.entities.combined);
    // "expects to build 1,500 new sites": what was added is set against no total and offered as no new fact.
    if (match.part?.addition) {
      return { code: 'unsourced', claim, facts: [], entities: about, message: `${capitalise(whoOf(ctx.index, about))}: ${claimPhrase(claim)} — an addition, not the total the facts give for its ${metricName(match.metric)}` };
    }
    if (match.part) return partVerdict(claim, match.part, about, match.metric, ctx);
    return { code: 'unsourced', claim, facts: [], entities: about, metric: match.metric.id, message: noFactMessage(subject, claim) };
  }
  const whole = wholeVerdict(claim, match.groups, match.metric, match.combined, ctx);
  // "2,610 shops in the UK" agrees with the whole, which the place then is; "300 shops in Scotland" is a part.
  if (match.part && whole.code !== 'supported' && whole.code !== 'outdated') return partVerdict(claim, match.part, about, match.metric, ctx);
  return whole;
}

/** The verdict from the facts of the whole the claim's entities have. */
function wholeVerdict(claim: Claim, groups: FactGroup[], metric: Metric, combined: boolean, ctx: JudgeContext): Verdict {
  if (combined) return judgeSum(claim, groups, metric.id, ctx);
  const group = groups[0]!;
  if (lostIsTheMetric(claim, metric)) return { ...judgeStatedFigure(lost(claim), group, metric.id, ctx), claim };
  return judgeStatedFigure(claim, group, metric.id, ctx);
}

/** A figure of a part ("advertising revenue", "shops in Scotland") the facts give no segment for. */
function partVerdict(claim: Claim, part: Qualified, about: string[], metric: Metric, ctx: JudgeContext): Verdict {
  const partOf = `${possessive(whoOf(ctx.index, about))} ${part.phrase}`;
  const message = `${noFactMessage(partOf, claim)} — a part; the facts give the whole only (a fact for the part has \`segment: ${part.part}\`)`;
  return { code: 'unsourced', claim, facts: [], entities: about, metric: metric.id, part, message };
}

/**
 * "Major losses reached €1.42bn" of a metric of losses ("major losses", "credit losses", "budget
 * deficit"): the loss word names the metric, whose facts are the amounts lost; the figure is not
 * below zero as "a net loss of $3.1 billion" of net income is.
 */
function lostIsTheMetric(claim: Claim, metric: Metric): boolean {
  return (claim.value ?? claim.high ?? 0) < 0 && isCurrency(claim.unit) && metric.words.length > 0 &&
    metric.words.every((w) => w.toLowerCase().split(/\s+/).some((word) => LOSS_NOUNS.has(word)));
}

/** The amount lost, above zero. */
function lost(claim: Claim): Claim {
  return { ...claim, value: claim.value === null ? null : -claim.value, low: claim.high === null ? null : -claim.high, high: claim.low === null ? null : -claim.low };
}

function judgeStatedFigure(claim: Claim, group: FactGroup, metricId: string, ctx: JudgeContext): Verdict {
  const after = unitAfter(claim, ctx.note.text, group.facts);
  if (after && 'unread' in after) {
    const units = [...new Set(group.facts.map((f) => f.unit))].join(', ');
    const message = verdictMessage(subjectOf(ctx.index, group.entities, metricId), claim, `written in ${after.word}, a unit Claimcheck does not read (the facts are in ${units}); write the figure in ${units}, or with "thousand" or "million"`);
    // No metric on the verdict: a figure in a unit not read is set against no other, nor offered as a new fact.
    return { code: 'unsourced', claim, facts: [], entities: group.entities, message };
  }
  if (after) {
    // "1,420 kb/d": judged as 1,420,000 b/d; no fix, which would write the facts' unit's number before "kb/d".
    const scaled: Claim = { ...scaledBy(claim, after.factor), text: [claim.text, after.scale, after.unit].filter(Boolean).join(' ') };
    const { suggestion: _, ...v } = judgeOne(scaled, group, metricId, ctx);
    return { ...v, claim };
  }
  const v = judgeOne(claim, group, metricId, ctx);
  // A segment's figure no fact gives ("advertising revenue … in 2024" beside the segment's 2025
  // fact): a new fact for it is that segment's too.
  const segment = group.facts[0]?.segment;
  return v.code === 'unsourced' && segment ? { ...v, part: { part: segment, phrase: `${segment} ${metricNameOf(ctx.index, metricId)}` } } : v;
}
