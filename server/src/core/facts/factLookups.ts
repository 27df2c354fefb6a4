import type { Fact, FactIndex, Unit } from '../types';

// The lookups judging makes in a facts index, each computed here once: an eager index derives
// them from its facts, a snapshot (factsSnapshot.ts) stores what these return and reads it back.
// Judging looks facts up by id through factById, so an index read from a snapshot builds only
// the cited facts, not all of them (`byId` would).

/** The fact `byId` holds for the id. */
export function factById(index: Pick<FactIndex, 'byId' | 'onDemand'>, id: string): Fact | undefined {
  const d = index.onDemand;
  if (!d) return index.byId.get(id);
  const at = d.positionOfId(id);
  return at === undefined ? undefined : d.fact(at);
}

/** How many facts the index holds, without building them (an index read from a snapshot builds them when `facts` is read). */
export function factCount(index: FactIndex): number {
  return index.onDemand ? index.onDemand.count : index.facts.length;
}

/** The facts naming `entity`, in the facts files' order, without building the others. */
export function factsOfEntity(index: FactIndex, entity: string): Fact[] {
  return (entityPositions(index).get(entity) ?? []).map((at) => factAt(index, at));
}

/** How many ids `byId` holds. */
export function idCount(index: FactIndex): number {
  return index.onDemand ? index.onDemand.ids().length : index.byId.size;
}

const idsOfMap = new WeakMap<ReadonlyMap<string, Fact>, readonly string[]>();

/** Every id `byId` holds, each once, without building the facts; the same array while the index stays. */
export function factIds(index: FactIndex): readonly string[] {
  if (index.onDemand) return index.onDemand.ids();
  const byId = index.byId;
  let ids = idsOfMap.get(byId);
  if (!ids || ids.length !== byId.size) idsOfMap.set(byId, (ids = [...byId.keys()]));
  return ids;
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

/**
 * Positions of the facts that have each entity as counterparty without naming it among their
 * entities, ascending: with positionsByEntity, the facts the Claimcheck view lists under an entity
 * (the two never share a fact).
 */
export const positionsByCounterparty = perFacts((facts): ReadonlyMap<string, readonly number[]> => {
  const byCounterparty = new Map<string, number[]>();
  for (let i = 0; i < facts.length; i++) {
    const { counterparty, entities } = facts[i]!;
    if (!counterparty || entities.includes(counterparty)) continue;
    const at = byCounterparty.get(counterparty);
    if (at) at.push(i);
    else byCounterparty.set(counterparty, [i]);
  }
  return byCounterparty;
});

/** positionsByEntity of the index, without building its facts. */
export function entityPositions(index: FactIndex): ReadonlyMap<string, readonly number[]> {
  return index.onDemand ? index.onDemand.byEntity() : positionsByEntity(index.facts);
}

/** positionsByCounterparty of the index, without building its facts. */
export function counterpartyPositions(index: FactIndex): ReadonlyMap<string, readonly number[]> {
  return index.onDemand ? index.onDemand.byCounterparty() : positionsByCounterparty(index.facts);
}

/** The fact at a position of the index's `facts`, building only that one. */
export function factAt(index: FactIndex, position: number): Fact {
  return index.onDemand ? index.onDemand.fact(position) : index.facts[position]!;
}

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

/**
 * Builds, a few at a time, every fact of an index read from a snapshot (a reload on a worker), then
 * its `facts`: run in the background after a reload, so the first completion or Find References
 * does not build 100,000 facts at once (~0.5 s). Nothing to do for an eager index. (`byId`, built
 * in one go from the ids, ~60 ms, is left to its first use.)
 */
export function* buildEveryFact(index: FactIndex): Generator<void, void, void> {
  const d = index.onDemand;
  if (!d) return;
  for (let i = 0; i < d.count; i++) {
    d.fact(i);
    if (i % 256 === 255) yield;
  }
  yield;
  void index.facts;
}
