import type { Claim, Fact, FactIndex, ParsedNote } from '../types';
import { agrees, convertValue, factInterval, type Interval, sumIntervals } from './compare';
import { chronological, claimLabel, factLabel, factValue, subjectOf, timeLabel } from './wording';
import { formatInNoteStyle } from './formatInNoteStyle';
import { type FactGroup, matchFacts } from './matchFacts';
import { earlierDates, periodOver, selectFacts, statedBy } from './selectFacts';
import type { Verdict } from './verdict';

export interface JudgeContext {
  note: ParsedNote;
  index: FactIndex;
  /** Facts stated after this date are not used (options.asOf ?? the note's reference date). */
  referenceDate: string;
  /** Relative tolerance for facts without their own. */
  tolerance: number;
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
  const says = `${subject}: note says ${claimLabel(claim)}`;
  const chosen = selectFacts(group.facts, claim.time, R);

  if (chosen.length > 0) {
    const agreeing = chosen.find((f) => claimAgreesWith(claim, f, tolerance));
    if (agreeing) {
      return { ...base, code: 'supported', facts: [agreeing], message: `${says}; sourced: ${factLabel(claim, agreeing)} — supported`, suggestion: factValue(claim, agreeing), cite: [agreeing.id] };
    }
    const latest = chosen[0]!;
    for (const date of earlierDates(group.facts, latest.asOfDate)) {
      const older = selectFacts(group.facts, claim.time, date).find((f) => claimAgreesWith(claim, f, tolerance));
      if (older) {
        return {
          ...base,
          code: 'outdated',
          facts: [latest, older],
          message: `${says}; that matches ${factLabel(claim, older)}, but the latest sourced figure by ${R} is ${factLabel(claim, latest)} — outdated`,
          suggestion: factValue(claim, latest),
          cite: [latest.id],
        };
      }
    }
    const sourced = chosen.length === 1 ? `sourced: ${factLabel(claim, latest)}` : `sourced: ${list(claim, chosen)}`;
    return { ...base, code: 'contradicted', facts: chosen, message: `${says}; ${sourced} — contradicted`, suggestion: factValue(claim, latest), cite: [latest.id] };
  }

  const pool = statedBy(group.facts, R);
  if (pool.length > 0 && periodOver(claim.time, R)) {
    // The period is past and the facts file knows this subject's figures, none for that period.
    const when = timeLabel(claim.time);
    const sameValue = pool.filter((f) => claimAgreesWith(claim, f, tolerance));
    const message =
      sameValue.length > 0
        ? `${says}; sourced: ${list(claim, pool)} — the figure matches ${sameValue.map((f) => f.id).join(', ')}, but on another date than ${when} — contradicted`
        : `${says}; sourced: ${list(claim, pool)}; none ${claim.time?.by ? when : `in ${when}`} — contradicted`;
    return { ...base, code: 'contradicted', facts: chronological(pool), message, cite: sameValue.map((f) => f.id) };
  }
  const later = group.facts.filter((f) => f.asOfDate > R);
  const first = chronological(later).slice(0, 2);
  const more = later.length > first.length ? ', …' : '';
  const hint = later.length > 0 ? ` (the facts file has later ones: ${list(claim, first)}${more})` : '';
  return { ...base, code: 'unsourced', facts: [], message: `${claimLabel(claim)}: no sourced fact for ${subject} as of ${R}${hint}; add one to facts.yaml` };
}

function judgeSum(claim: Claim, groups: FactGroup[], metricId: string, ctx: JudgeContext): Verdict {
  const { index, referenceDate: R, tolerance } = ctx;
  const entities = groups.map((g) => g.entities[0]!);
  const subject = subjectOf(index, entities, metricId);
  const says = `${subject}: note says ${claimLabel(claim)}`;
  const base = { claim, entities, metric: metricId };
  const pick = (date: string): Fact[] | null => {
    const picked = groups.map((g) => selectFacts(g.facts, claim.time, date)[0]);
    return picked.every((f): f is Fact => f !== undefined) ? picked : null;
  };
  const total = (facts: Fact[]): Interval | null => {
    const parts = facts.map((f) => interval(f, claim, 0));
    return parts.every((p): p is Interval => p !== null) ? sumIntervals(parts) : null;
  };
  const totalWithTolerance = (facts: Fact[]): Interval | null => {
    const parts = facts.map((f) => interval(f, claim, tolerance));
    return parts.every((p): p is Interval => p !== null) ? sumIntervals(parts) : null;
  };
  const describeSum = (facts: Fact[]): string => {
    const t = total(facts);
    const sum = t ? formatInNoteStyle(claim, t.low, t.high) : '?';
    return `${facts.map((f) => factLabel(claim, f, index)).join(' + ')} = ${sum}`;
  };
  const sumValue = (facts: Fact[]): string | undefined => {
    const t = total(facts);
    return t ? formatInNoteStyle(claim, t.low, t.high) : undefined;
  };

  const now = pick(R);
  if (!now) {
    const missing = groups.filter((g) => selectFacts(g.facts, claim.time, R).length === 0).map((g) => subjectOf(index, g.entities, metricId));
    return { ...base, code: 'unsourced', facts: [], message: `${claimLabel(claim)}: cannot add up ${subject} as of ${R}: no sourced fact for ${missing.join(', ')}; add them to facts.yaml` };
  }
  const cite = now.map((f) => f.id);
  const t = totalWithTolerance(now);
  if (t && agrees(claim, t, claim.unit)) {
    return { ...base, code: 'supported', facts: now, message: `${says}; sourced: ${describeSum(now)} — supported`, suggestion: sumValue(now), cite };
  }
  const newest = now.map((f) => f.asOfDate).sort().reverse()[0]!;
  for (const date of earlierDates(groups.flatMap((g) => g.facts), newest)) {
    const then = pick(date);
    const tt = then && totalWithTolerance(then);
    if (then && tt && agrees(claim, tt, claim.unit)) {
      return {
        ...base,
        code: 'outdated',
        facts: [...now, ...then.filter((f) => !now.includes(f))],
        message: `${says}; that matches the sum on ${date} (${describeSum(then)}), but the latest sourced figures by ${R} add up to ${describeSum(now)} — outdated`,
        suggestion: sumValue(now),
        cite,
      };
    }
  }
  return { ...base, code: 'contradicted', facts: now, message: `${says}; sourced: ${describeSum(now)} — contradicted`, suggestion: sumValue(now), cite };
}

/** The verdict on one claim from the facts it matches (no citation involved). */
export function judgeClaim(claim: Claim, ctx: JudgeContext): Verdict {
  const match = matchFacts(claim, ctx.note, ctx.index);
  const entities = match.entities.subjects;
  if (claim.value === null && (claim.low === null || claim.high === null)) {
    return { code: 'unsourced', claim, facts: [], entities, message: `${claimLabel(claim)}: no value to compare with the facts` };
  }
  if (!match.metric) {
    return { code: 'unsourced', claim, facts: [], entities, message: `${claimLabel(claim)}: no sourced fact (no metric word of the facts files, such as "valuation" or "users", near it); add one to facts.yaml` };
  }
  if (entities.length === 0) {
    return { code: 'unsourced', claim, facts: [], entities, metric: match.metric.id, message: `${claimLabel(claim)}: no sourced fact (no entity of the facts files is named in its sentence or paragraph); add one to facts.yaml` };
  }
  if (match.groups.length === 0) {
    const subject = subjectOf(ctx.index, entities, match.metric.id, undefined, match.entities.combined);
    return { code: 'unsourced', claim, facts: [], entities, metric: match.metric.id, message: `${claimLabel(claim)}: no sourced fact for ${subject}; add one to facts.yaml` };
  }
  return match.combined ? judgeSum(claim, match.groups, match.metric.id, ctx) : judgeOne(claim, match.groups[0]!, match.metric.id, ctx);
}
