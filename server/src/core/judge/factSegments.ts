// Each facts index's segments, of any entity, folded as metric words are ("data center", "neuromodulation").
import type { FactIndex } from '../types';
import { foldForMatch } from './findPhrase';

const segmentSets = new WeakMap<FactIndex, Set<string>>();

/** The segments any fact of the index names, folded ("data center", "neuromodulation"), read once per index. */
export function factSegments(index: FactIndex): ReadonlySet<string> {
  let set = segmentSets.get(index);
  if (!set) segmentSets.set(index, (set = new Set(index.facts.flatMap((f) => (f.segment ? [foldForMatch(f.segment)] : [])))));
  return set;
}
