import type { Claim, Fact, FactIndex, ParsedNote } from '../types';
import { agrees, claimInterval, convertValue, factInterval, type Interval, sumIntervals } from './compare';
import { chronological, claimLabel, factLabel, factValue, metricLabel, subjectOf, timePhrase, verdictMessage, whoOf } from './wording';
import { formatInNoteStyle } from './formatInNoteStyle';
import { type FactGroup, matchFacts } from './matchFacts';
import { claimPeriod, earlierDates, factRange, periodOver, selectFacts, statedBy } from './selectFacts';
import { within } from './periods';
import type { Verdict } from './verdict';
import type { JudgeMemo } from './judgeMemo';

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

function interval(fact: Fact, claim: Claim, tolerance: number): Interval | null {
  const i = factInterval(fact, tolerance);
  return i && { low: convertValue(i.low, fact.unit, claim.unit), high: convertValue(i.high, fact.unit, claim.unit) };
}

export function claimAgreesWith(claim: Claim, fact: Fact, tolerance: number): boolean {
  const i = interval(fact, claim, tolerance);
  return i !== null && agrees(claim, i, claim.unit);
}

const list = (claim: Claim, facts: Fact[]): string => chronological(facts).map((f) => factLabel(claim, f)).join(', ');

function judgeOne(claim: Claim, group: FactGroup, metricId: string, ctx: JudgeContext): Verdict {
  const { index, referenceDate: R, tolerance } = ctx;
  const subject = subjectOf(index, group.entities, metricId, group.counterparty);
  const base = { claim, entities: group.entities, metric: metricId };
  const chosen = selectFacts(group.facts, claim.time, R);

  if (chosen.length > 0) {
    const agreeing = chosen.find((f) => claimAgreesWith(claim, f, tolerance));
    if (agreeing) {
      const message = verdictMessage(subject, claim, `sourced: ${factLabel(claim, agreeing)}`, 'supported');
      return { ...base, code: 'supported', facts: [agreeing], message, suggestion: factValue(claim, agreeing), cite: [agreeing.id] };
    }
    const latest = chosen[0]!;
    for (const date of earlierDates(group.facts, latest.asOfDate)) {
      const older = selectFacts(group.facts, claim.time, date).find((f) => claimAgreesWith(claim, f, tolerance));
      if (older) {
        const body = `that matches ${factLabel(claim, older)}, but the latest sourced figure by ${R} is ${factLabel(claim, latest)}`;
        return { ...base, code: 'outdated', facts: [latest, older], message: verdictMessage(subject, claim, body, 'outdated'), suggestion: factValue(claim, latest), cite: [latest.id] };
      }
    }
    const sourced = chosen.length === 1 ? `sourced: ${factLabel(claim, latest)}` : `sourced: ${list(claim, chosen)}`;
    return { ...base, code: 'contradicted', facts: chosen, message: verdictMessage(subject, claim, sourced, 'contradicted'), suggestion: factValue(claim, latest), cite: [latest.id] };
  }

  // Events (facts without a period: tranches, deals) known by then, none in a past period the claim
  // names: the figure is not of that time. A series of per-period figures only lacks that period's.
  const pool = statedBy(group.facts, R).filter((f) => f.period === undefined);
  if (pool.length > 0 && periodOver(claim.time, R)) {
    const when = timePhrase(claim.time);
    const sameValue = pool.filter((f) => claimAgreesWith(claim, f, tolerance));
    const body =
      sameValue.length > 0
        ? `sourced: ${list(claim, pool)}; the figure matches ${sameValue.map((f) => f.id).join(', ')}, but on another date than ${when.replace(/^in /, '')}`
        : `sourced: ${list(claim, pool)}; none ${when}`;
    return { ...base, code: 'contradicted', facts: chronological(pool), message: verdictMessage(subject, claim, body, 'contradicted'), cite: sameValue.map((f) => f.id) };
  }
  const later = group.facts.filter((f) => f.asOfDate > R);
  // Later figures about the claim's own period first: they are what a later check will judge by.
  const period = claimPeriod(claim.time);
  const about = (f: Fact): number => (period && factRange(f) && within(factRange(f)!, period) ? 0 : 1);
  const first = chronological(later).sort((a, b) => about(a) - about(b)).slice(0, 2);
  const more = later.length > first.length ? ', …' : '';
  const hint = later.length > 0 ? ` (the facts file has later ones: ${list(claim, first)}${more})` : '';
  const none = claim.time?.iso && !claim.time.latest ? `no sourced fact ${timePhrase(claim.time)} as of ${R}` : `no sourced fact as of ${R}`;
  return { ...base, code: 'unsourced', facts: [], message: verdictMessage(subject, claim, `${none}${hint}`, 'unsourced') };
}

function judgeSum(claim: Claim, groups: FactGroup[], metricId: string, ctx: JudgeContext): Verdict {
  const { index, referenceDate: R, tolerance } = ctx;
  const entities = groups.map((g) => g.entities[0]!);
  const subject = subjectOf(index, entities, metricId);
  const base = { claim, entities, metric: metricId };
  const pick = (date: string): Fact[] | null => {
    const picked = groups.map((g) => selectFacts(g.facts, claim.time, date)[0]);
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
  const describeSum = (facts: Fact[]): string => `${facts.map((f) => factLabel(claim, f, index)).join(' + ')} = ${sumValue(facts) ?? '?'}`;

  const now = pick(R);
  if (!now) return judgePartialSum(claim, groups, metricId, ctx, subject);
  const cite = now.map((f) => f.id);
  const t = sumOf(now, tolerance);
  if (t && agrees(claim, t, claim.unit)) {
    return { ...base, code: 'supported', facts: now, message: verdictMessage(subject, claim, `sourced: ${describeSum(now)}`, 'supported'), suggestion: sumValue(now), cite };
  }
  const newest = now.map((f) => f.asOfDate).sort().reverse()[0]!;
  for (const date of earlierDates(groups.flatMap((g) => g.facts), newest)) {
    const then = pick(date);
    const tt = then && sumOf(then, tolerance);
    if (then && tt && agrees(claim, tt, claim.unit)) {
      const body = `that matches the sum on ${date} (${describeSum(then)}), but the latest sourced figures by ${R} add up to ${describeSum(now)}`;
      return { ...base, code: 'outdated', facts: [...now, ...then.filter((f) => !now.includes(f))], message: verdictMessage(subject, claim, body, 'outdated'), suggestion: sumValue(now), cite };
    }
  }
  return { ...base, code: 'contradicted', facts: now, message: verdictMessage(subject, claim, `sourced: ${describeSum(now)}`, 'contradicted'), suggestion: sumValue(now), cite };
}

/**
 * A combined claim where some named entity has no fact for the time: the sum is unknown, but when
 * the entities that have facts already add up beyond what the claim allows, the claim is wrong
 * whatever the others' share (figures summed are counts and amounts, never negative).
 */
function judgePartialSum(claim: Claim, groups: FactGroup[], metricId: string, ctx: JudgeContext, subject: string): Verdict {
  const { index, referenceDate: R, tolerance } = ctx;
  const entities = groups.map((g) => g.entities[0]!);
  const base = { claim, entities, metric: metricId };
  const picked = groups.map((g) => ({ g, f: selectFacts(g.facts, claim.time, R)[0] }));
  const known = picked.flatMap((p) => (p.f ? [p.f] : []));
  const missing = picked.filter((p) => !p.f).map((p) => p.g.entities[0]!);
  const lacking = `no sourced fact for ${whoOf(index, missing, 'and')}${claim.time?.iso ? ` ${timePhrase(claim.time)}` : ''} as of ${R}`;
  const parts = known.map((f) => interval(f, claim, tolerance));
  const c = claimInterval(claim);
  if (known.length > 0 && c && Number.isFinite(c.high) && parts.every((p): p is Interval => p !== null && p.low >= 0)) {
    const floor = sumIntervals(parts);
    if (c.openHigh ? floor.low >= c.high : floor.low > c.high) {
      const exact = sumIntervals(known.map((f) => interval(f, claim, 0)!));
      const shown = `${known.map((f) => factLabel(claim, f, index)).join(' + ')} = at least ${formatInNoteStyle(claim, exact.low, exact.high)} without ${whoOf(index, missing, 'and')} (${lacking})`;
      return { ...base, code: 'contradicted', facts: known, message: verdictMessage(subject, claim, `sourced: ${shown}`, 'contradicted'), cite: known.map((f) => f.id) };
    }
  }
  const sourced = known.length > 0 ? `; sourced: ${known.map((f) => factLabel(claim, f, index)).join(', ')}` : '';
  return { ...base, code: 'unsourced', facts: [], message: verdictMessage(subject, claim, `cannot add up: ${lacking}${sourced}`, 'unsourced') };
}

/** The verdict on one claim from the facts it matches (no citation involved). */
export function judgeClaim(claim: Claim, ctx: JudgeContext): Verdict {
  const match = matchFacts(claim, ctx.note, ctx.index, ctx.memo);
  const entities = match.ranked;
  const who = entities.length > 0 ? `${whoOf(ctx.index, entities.slice(0, 1))}: ` : '';
  if (claim.value === null && (claim.low === null || claim.high === null)) {
    return { code: 'unsourced', claim, facts: [], entities, message: `${who}note says ${claimLabel(claim)}; no value to compare with the facts — unsourced` };
  }
  if (!match.metric) {
    return {
      code: 'unsourced', claim, facts: [], entities,
      message: `${who}note says ${claimLabel(claim)}; no metric of the facts files (a word such as "valuation" or "users") is named near it — unsourced`,
    };
  }
  if (entities.length === 0) {
    return {
      code: 'unsourced', claim, facts: [], entities, metric: match.metric.id,
      message: `${metricLabel(match.metric.id)}: note says ${claimLabel(claim)}; no entity of the facts files is named in its sentence or paragraph — unsourced`,
    };
  }
  if (match.groups.length === 0) {
    const about = match.entities.combined ? match.entities.summed : entities.slice(0, 1);
    const subject = subjectOf(ctx.index, about, match.metric.id, undefined, match.entities.combined);
    return { code: 'unsourced', claim, facts: [], entities: about, metric: match.metric.id, message: verdictMessage(subject, claim, 'no sourced fact in the facts files', 'unsourced') };
  }
  return match.combined ? judgeSum(claim, match.groups, match.metric.id, ctx) : judgeOne(claim, match.groups[0]!, match.metric.id, ctx);
}
