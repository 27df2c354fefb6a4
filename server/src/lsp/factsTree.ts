// The data of the Explorer's Claimcheck view: a project's entities, then, for the entity the
// person expands, its facts by metric along their timeline, each fact with the notes that cite it
// or were judged against it. Pure: the service hands in the project and one pass over its notes.
import { counterpartyPositions, entityPositions, factAt, factById } from '../core/facts/factLookups';
import type { Fact, FactIndex } from '../core/types';
import { formatValue } from './format';
import type { FactsTreeEntity, FactsTreeFact, FactsTreeMetric, FactsTreeProject, FactUse } from './protocol';
import type { NoteUses } from './noteUses';
import { basenameUri, relativeUri } from './uri';

export interface CheckedNote {
  uri: string;
  result: NoteUses;
}

/** Appends to the key's list, made on first use (not copied per item: an entity may have thousands of facts). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every use of every fact in the notes, by fact id. */
export function factUses(root: string, index: FactIndex, notes: readonly CheckedNote[]): Map<string, FactUse[]> {
  const uses = new Map<string, FactUse[]>();
  const add = (id: string, use: FactUse) => pushTo(uses, id, use);
  for (const { uri, result } of notes) {
    const note = relativeUri(root, uri) ?? uri;
    const citedBy = new Map<number, Set<string>>();
    for (const c of result.note.citations) {
      if (c.claimIndex === null) continue;
      const ids = citedBy.get(c.claimIndex) ?? new Set<string>();
      for (const k of c.keys) ids.add(k.id);
      citedBy.set(c.claimIndex, ids);
    }
    /** "claim index|fact id" pairs a claim use already covers. */
    const covered = new Set<string>();
    const verdictOf = new Map<number, string>();
    for (const f of result.findings) {
      if (f.code === 'unknown-citation') continue;
      verdictOf.set(f.claim.index, f.code);
      for (const fact of f.facts) {
        if (covered.has(`${f.claim.index}|${fact.id}`)) continue;
        covered.add(`${f.claim.index}|${fact.id}`);
        const how = citedBy.get(f.claim.index)?.has(fact.id) ? 'cites' : 'matches';
        add(fact.id, { uri, note, range: f.claim.range, text: f.claim.text, how, verdict: f.code });
      }
    }
    // Citations no judged claim accounts for (bound to no claim, a suppressed one, a kind turned off).
    for (const c of result.note.citations) {
      for (const k of c.keys) {
        if (!factById(index, k.id) || (c.claimIndex !== null && covered.has(`${c.claimIndex}|${k.id}`))) continue;
        add(k.id, { uri, note, range: k.range, text: `[@${k.id}]`, how: 'cites', verdict: (c.claimIndex !== null && verdictOf.get(c.claimIndex)) || 'cited' });
      }
    }
  }
  for (const list of uses.values()) {
    list.sort((a, b) => (a.note < b.note ? -1 : a.note > b.note ? 1 : a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character));
  }
  return uses;
}

function treeFact(fact: Fact, entityId: string, index: FactIndex, uses: FactUse[]): FactsTreeFact {
  const nameOf = (id: string) => index.entities.get(id)?.name ?? id;
  const others = fact.entities.filter((e) => e !== entityId).map(nameOf);
  if (fact.counterparty && fact.counterparty !== entityId) others.push(nameOf(fact.counterparty));
  const { url, title, published, quote } = fact.source;
  return {
    id: fact.id,
    value: formatValue(fact),
    asOf: fact.asOf,
    period: fact.period,
    kind: fact.kind,
    with: others,
    source: { url, title, published, quote },
    uri: fact.location.file,
    range: fact.location.range,
    uses,
  };
}

/** Each index's entities as the view lists them: asked again at every refresh, computed once. */
const entityLists = new WeakMap<FactIndex, FactsTreeEntity[]>();

/**
 * Positions of the facts listed under the entity, ascending: a fact about several entities (or
 * with a counterparty) is listed under each of them. From the index's lookups, so an index read
 * from a snapshot builds only these facts, and the top builds none.
 */
function listedUnder(index: FactIndex, entity: string): readonly number[] {
  const own = entityPositions(index).get(entity) ?? [];
  const asCounterparty = counterpartyPositions(index).get(entity) ?? [];
  return asCounterparty.length === 0 ? own : [...own, ...asCounterparty].sort((a, b) => a - b);
}

/** A project's facts tree, its top: the entities with facts, by name, each with how many. */
export function factsTreeOf(project: { root: string; index: FactIndex }): FactsTreeProject {
  const { root, index } = project;
  let entities = entityLists.get(index);
  if (!entities) {
    const own = entityPositions(index);
    const asCounterparty = counterpartyPositions(index);
    // The two never share a fact (positionsByCounterparty): their counts add up.
    entities = [...new Set([...own.keys(), ...asCounterparty.keys()])].map((id) => ({
      id,
      name: index.entities.get(id)?.name ?? id,
      factCount: (own.get(id)?.length ?? 0) + (asCounterparty.get(id)?.length ?? 0),
    }));
    entities.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    entityLists.set(index, entities);
  }
  return { root, name: basenameUri(root), entities };
}

/** One entity's branch of the tree: its metrics by id, each metric's facts oldest first, each fact with its uses. */
export function entityTreeOf(project: { root: string; index: FactIndex }, entity: string, notes: readonly CheckedNote[]): FactsTreeMetric[] {
  const { root, index } = project;
  const uses = factUses(root, index, notes);
  const byMetric = new Map<string, Fact[]>();
  for (const at of listedUnder(index, entity)) {
    const fact = factAt(index, at);
    pushTo(byMetric, fact.metric, fact);
  }
  return [...byMetric]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([metric, facts]) => ({
      id: metric,
      facts: facts
        .sort((a, b) => a.asOfDate.localeCompare(b.asOfDate) || (a.period ?? '').localeCompare(b.period ?? '') || a.id.localeCompare(b.id))
        .map((f) => treeFact(f, entity, index, uses.get(f.id) ?? [])),
    }));
}
