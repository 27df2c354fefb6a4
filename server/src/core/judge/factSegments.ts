// Each facts index's segments, of any entity, folded as metric words are ("data center", "neuromodulation").
import type { FactIndex } from '../types';
import { foldForMatch, hasPhrase } from './findPhrase';

const segmentSets = new WeakMap<FactIndex, Set<string>>();

/** The segments any fact of the index names, folded ("data center", "neuromodulation"), read once per index. */
export function factSegments(index: FactIndex): ReadonlySet<string> {
  let set = segmentSets.get(index);
  if (!set) segmentSets.set(index, (set = new Set(index.facts.flatMap((f) => (f.segment ? [foldForMatch(f.segment)] : [])))));
  return set;
}

/** Whether a folded phrase holds one of the segments ("while neuromodulation grew…"): a part of the metric, not a noun of its own. */
export function holdsASegment(folded: string, segments: Iterable<string>): boolean {
  for (const segment of segments) if (hasPhrase(folded, segment)) return true;
  return false;
}
