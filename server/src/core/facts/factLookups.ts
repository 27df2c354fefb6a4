import type { Fact, FactIndex, Unit } from '../types';

// The lookups judging makes in a facts index, each computed here once: an eager index derives
// them from its facts, a snapshot (factsSnapshot.ts) stores what these return and reads it back.
// Judging looks facts up by id through factById, so an index read from a snapshot builds only
// the cited facts, not all of them (`byId` would).

/** The fact `byId` holds for the id. */
export function factById(index: FactIndex, id: string): Fact | undefined {
  const d = index.onDemand;
  if (!d) return index.byId.get(id);
  const at = d.positionOfId(id);
  return at === undefined ? undefined : d.fact(at);
}

/** How many ids `byId` holds. */
export function idCount(index: FactIndex): number {
  return index.onDemand ? index.onDemand.idCount : index.byId.size;
}

/**
 * `compute(facts)`, once per list while its length stays: the snapshot's writer and the judge ask
 * for the same lookups of a freshly loaded index (a first `check --cache` run made both, ~40 ms for
 * 100,000 facts). What it returns is shared: callers only read it.
 */
function perFacts<T>(compute: (facts: readonly Fact[]) => T): (facts: readonly Fact[]) => T {
  const known = new WeakMap<readonly Fact[], { count: number; value: T }>();
  return (facts) => {
    const hit = known.get(facts);
    if (hit && hit.count === facts.length) return hit.value;
    const value = compute(facts);
    known.set(facts, { count: facts.length, value });
    return value;
  };
}

/** Positions of each entity's facts, ascending (an entity named twice by one fact counts once). */
export const positionsByEntity = perFacts((facts): ReadonlyMap<string, readonly number[]> => {
  const byEntity = new Map<string, number[]>();
  for (let i = 0; i < facts.length; i++) {
    const entities = facts[i]!.entities;
    for (let k = 0; k < entities.length; k++) {
      const e = entities[k]!;
      if (k > 0 && entities.indexOf(e) < k) continue;
      const at = byEntity.get(e);
      if (at) at.push(i);
      else byEntity.set(e, [i]);
    }
  }
  return byEntity;
});

/** Each metric's distinct fact units, in the order its facts first use them. */
export const unitsByMetric = perFacts((facts): ReadonlyMap<string, readonly Unit[]> => {
  const units = new Map<string, Unit[]>();
  for (const f of facts) {
    const list = units.get(f.metric);
    if (!list) units.set(f.metric, [f.unit]);
    else if (!list.includes(f.unit)) list.push(f.unit);
  }
  return units;
});
