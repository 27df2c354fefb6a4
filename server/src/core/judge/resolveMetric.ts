import type { Claim, ClaimKind, FactIndex, Metric, Span, Unit } from '../types';
import { isCurrency } from '../units';
import { compatibleUnits, familyOf } from './unitMemo';
import { findPhrase, foldForMatch, longestHits } from './findPhrase';

/** Whether a claim in `claimUnit` may be about a metric in `metricUnit`: any currency fits a money metric. */
export function metricUnitFits(claimUnit: Unit, metricUnit: Unit): boolean {
  if (isCurrency(claimUnit) && isCurrency(metricUnit)) return true;
  return compatibleUnits(claimUnit, metricUnit);
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

interface WordHit {
  metric: Metric;
  start: number;
  end: number;
}

function metricHits(text: string, span: Span, metrics: Metric[]): WordHit[] {
  const folded = foldForMatch(text.slice(span.start, span.end));
  const hits: WordHit[] = [];
  for (const metric of metrics) {
    for (const word of metric.words) {
      for (const h of findPhrase(folded, word)) hits.push({ metric, start: span.start + h.start, end: span.start + h.end });
    }
  }
  return longestHits(hits);
}

function distance(hit: WordHit, claim: Claim): number {
  if (hit.end <= claim.offset.start) return claim.offset.start - hit.end;
  return Math.max(0, hit.start - claim.offset.end);
}

function best(hits: WordHit[], claim: Claim): Metric | undefined {
  const sorted = [...hits].sort(
    (a, b) => kindScore(claim.kind, b.metric) - kindScore(claim.kind, a.metric) || distance(a, claim) - distance(b, claim),
  );
  return sorted[0]?.metric;
}

/**
 * The metric a claim is about: a metric word (hyphen/space/case/plural-insensitive) in the claim's
 * clause, else its sentence (else its table column's header), whose unit fits the claim's; the claim kind breaks ties. Without a word,
 * the kind alone ("capex", "valuation"...) or a unit only one metric counts in (users, GW, GPUs)
 * decides, when exactly one metric fits; otherwise there is no metric and no match.
 */
export function resolveMetric(claim: Claim, index: FactIndex, clause: Span, text: string, header?: Span | null): Metric | undefined {
  const fitting = [...index.metrics.values()].filter((m) => metricUnitFits(claim.unit, m.unit));
  if (fitting.length === 0) return undefined;
  const inClause = metricHits(text, clause, fitting);
  if (inClause.length > 0) return best(inClause, claim);
  const inSentence = metricHits(text, claim.sentence, fitting);
  if (inSentence.length > 0) return best(inSentence, claim);
  // A table cell's metric is named by its column header.
  const inHeader = header ? metricHits(text, header, fitting) : [];
  if (inHeader.length > 0) return best(inHeader, claim);

  const byKind = fitting.filter((m) => kindScore(claim.kind, m) === 2);
  if (byKind.length === 1) return byKind[0];
  const family = familyOf(claim.unit);
  const countsOwnUnit = !isCurrency(claim.unit) && !['percent', 'bps', 'multiple', 'duration'].includes(family) && claim.unit !== 'count';
  if (countsOwnUnit) {
    const sameFamily = fitting.filter((m) => familyOf(m.unit) === family);
    if (sameFamily.length === 1) return sameFamily[0];
  }
  return undefined;
}
