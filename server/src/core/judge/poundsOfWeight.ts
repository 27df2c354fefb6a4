// "5.2 million pounds of U3O8": the word "pounds" is money or weight. Extraction reads it as sterling
// (a British note's "raised 5 million pounds"); a facts file with a metric in pounds (`unit: lb`)
// says the notes weigh things, and a figure that such a metric takes, and no metric of money, is a weight.
import type { Claim, ClaimKind } from '../types';
import type { JudgeContext } from './judgeClaim';
import { matchFacts } from './matchFacts';

/** The facts' unit of a pound's weight (`lb`, `lbs`, `pound` in a facts file). */
const WEIGHT = 'pound';
/** The word, not "£" or "sterling": "5.2 million pounds". */
const POUNDS_WORD = /\bpounds?$/i;
const MONEY_KINDS: ReadonlySet<ClaimKind> = new Set(['money', 'valuation', 'revenue', 'funding', 'capex']);

/** The note's claims, each "pounds" a weight where the facts say so (the same array when none is). */
export function weighPounds(claims: readonly Claim[], ctx: JudgeContext): readonly Claim[] {
  let weighed: Claim[] | undefined;
  claims.forEach((claim, i) => {
    const weight = asWeight(claim, ctx);
    if (weight !== claim) (weighed ??= [...claims])[i] = weight;
  });
  return weighed ?? claims;
}

function asWeight(claim: Claim, ctx: JudgeContext): Claim {
  if (claim.unit !== 'GBP' || !POUNDS_WORD.test(claim.text) || ctx.memo.fittingMetrics(WEIGHT).length === 0) return claim;
  const weight: Claim = { ...claim, unit: WEIGHT, kind: MONEY_KINDS.has(claim.kind) ? 'count' : claim.kind };
  const { note, index, memo } = ctx;
  return matchFacts(weight, note, index, memo).metric && !matchFacts(claim, note, index, memo).metric ? weight : claim;
}
