import type { Citation, CitationKey, Claim, Fact } from '../types';
import { compatibleUnits } from './unitMemo';
import { agrees, convertValue, factInterval, type Interval, sumIntervals } from './compare';
import { factValue, shortFact, subjectOf, verdictMessage } from './wording';
import { formatInNoteStyle } from './formatInNoteStyle';
import type { JudgeContext } from './judgeClaim';
import { claimAgreesWith } from './compare';
import { resolveEntities } from './resolveEntities';
import type { Verdict } from './verdict';
import { judgeCitedDerived } from './judgeDerived';

/** The citation keys bound to a claim, with the facts they name (unknown keys excluded). */
export function citedFacts(claim: Claim, citations: Citation[], byId: (id: string) => Fact | undefined): { key: CitationKey; fact: Fact }[] {
  return citations
    .filter((c) => c.claimIndex === claim.index)
    .flatMap((c) => c.keys)
    .flatMap((key) => {
      const fact = byId(key.id);
      return fact ? [{ key, fact }] : [];
    });
}

/**
 * A claim that cites facts is judged against them only: every cited fact must agree; a combined
 * claim ("together", "combined") citing facts of several entities is judged against their sum.
 * The finding is `supported` or `citation-mismatch` on the first disagreeing key.
 */
export function judgeCitedClaim(claim: Claim, cited: { key: CitationKey; fact: Fact }[], ctx: JudgeContext): Verdict {
  // "grew 25% [@rev-2024; @rev-2023]": a figure derived from the facts it cites.
  const derived = judgeCitedDerived(claim, cited, ctx);
  if (derived) return derived;
  const facts = cited.map((c) => c.fact);
  const entities = [...new Set(facts.flatMap((f) => f.entities))];
  const metric = facts[0]?.metric;
  const base = { claim, facts, entities, metric, cite: facts.map((f) => f.id) };
  const who = (f: Fact): string => subjectOf(ctx.index, f.entities, f.metric, f.counterparty);

  const sumUp = resolveEntities(claim, ctx.note, ctx.index, ctx.memo).combined && entities.length >= 2 && facts.every((f) => compatibleUnits(claim.unit, f.unit));
  if (sumUp) {
    const subject = subjectOf(ctx.index, entities, metric ?? '');
    const parts = facts.map((f) => {
      const i = factInterval(f, ctx.tolerance);
      return i && { low: convertValue(i.low, f.unit, claim.unit), high: convertValue(i.high, f.unit, claim.unit) };
    });
    const exact = facts.map((f) => ({ low: convertValue(f.value ?? f.low ?? 0, f.unit, claim.unit), high: convertValue(f.value ?? f.high ?? 0, f.unit, claim.unit) }));
    const total = sumIntervals(exact);
    const shown = `${formatInNoteStyle(claim, total.low, total.high)} (${facts.map((f) => shortFact(claim, f, ctx.index)).join(' + ')})`;
    const ok = parts.every((p): p is Interval => p !== null) && agrees(claim, sumIntervals(parts), claim.unit);
    const suggestion = formatInNoteStyle(claim, total.low, total.high);
    return ok
      ? { ...base, code: 'supported', message: verdictMessage(subject, claim, `matches the cited facts' sum: ${shown}`), suggestion }
      : { ...base, code: 'citation-mismatch', citation: cited[0]!.key, message: verdictMessage(subject, claim, `the cited facts add up to ${shown}`), suggestion };
  }

  const wrong = cited.find((c) => !compatibleUnits(claim.unit, c.fact.unit) || !claimAgreesWith(claim, c.fact, ctx.tolerance));
  if (!wrong) {
    const subject = [...new Set(facts.map(who))].join(', ');
    return { ...base, code: 'supported', message: verdictMessage(subject, claim, `matches the cited ${facts.length === 1 ? 'fact' : 'facts'}: ${facts.map((f) => shortFact(claim, f)).join(', ')}`), suggestion: factValue(claim, facts[0]!) };
  }
  const f = wrong.fact;
  if (!compatibleUnits(claim.unit, f.unit)) {
    const body = `the cited [@${f.id}] is in ${f.unit}, which cannot be compared`;
    return { ...base, code: 'citation-mismatch', citation: wrong.key, message: verdictMessage(who(f), claim, body) };
  }
  return {
    ...base,
    code: 'citation-mismatch',
    citation: wrong.key,
    message: verdictMessage(who(f), claim, `the cited [@${f.id}] says ${shortFact(claim, f)}`),
    suggestion: factValue(claim, f),
  };
}

/**
 * The claim an unknown citation is reported with: its bound claim, else the nearest claim of its
 * block (one before it first, as citations follow what they support), else the nearest in the note.
 */
export function claimForCitation(citation: Citation, claims: Claim[]): Claim | undefined {
  if (citation.claimIndex !== null) {
    const bound = claims.find((c) => c.index === citation.claimIndex);
    if (bound) return bound;
  }
  const at = citation.offset.start;
  const inBlock = claims.filter((c) => c.block.start <= at && at <= c.block.end);
  const before = inBlock.filter((c) => c.offset.end <= at);
  if (before.length > 0) return before[before.length - 1];
  if (inBlock.length > 0) return inBlock[0];
  const gap = (c: Claim): number => (c.offset.end <= at ? at - c.offset.end : Math.max(0, c.offset.start - citation.offset.end));
  return [...claims].sort((a, b) => gap(a) - gap(b))[0];
}

/**
 * Stand-in claim for an unknown citation in a note without any claim: Finding.claim is required, so
 * the citation itself takes the place (kind 'count', no value). Hosts place unknown-citation
 * findings by `citation.range` in every case.
 */
export function citationAsClaim(citation: Citation, note: { text: string }): Claim {
  return {
    index: -1,
    text: note.text.slice(citation.offset.start, citation.offset.end),
    range: citation.range,
    offset: citation.offset,
    kind: 'count',
    value: null,
    low: null,
    high: null,
    unit: 'count',
    bound: 'eq',
    approx: false,
    precision: 0,
    time: null,
    sentence: citation.offset,
    sentenceText: note.text.slice(citation.offset.start, citation.offset.end),
    block: citation.offset,
  };
}
