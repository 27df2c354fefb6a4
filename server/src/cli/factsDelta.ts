// What changed between two fact indexes, and whether a checked note depends on it: the second
// half of `--changed` ("plus the notes whose matched facts changed").
import type { CheckResult } from '../core/check';
import type { Fact, FactIndex } from '../core/types';

export interface FactsDelta {
  /** Fact ids added, removed or changed. */
  factIds: Set<string>;
  /** Their entity/metric pairs (old and new), so a note that matched none yet, or another fact of the pair, counts too. */
  pairs: { entities: string[]; metric: string }[];
  /** Entities and metrics whose names, aliases, words or unit changed. */
  entities: Set<string>;
  metrics: Set<string>;
  /** Names and aliases of those entities, old and new, to find notes that mention them. */
  names: Set<string>;
}

/** A fact as data, without where it is written: moving a fact is not changing it. */
function factKey(fact: Fact): string {
  const { location: _location, ...rest } = fact;
  return JSON.stringify(rest); // the loader builds every fact with its keys in one order
}

export function factsDelta(before: FactIndex, after: FactIndex): FactsDelta {
  const delta: FactsDelta = { factIds: new Set(), pairs: [], entities: new Set(), metrics: new Set(), names: new Set() };
  const ids = new Set([...before.byId.keys(), ...after.byId.keys()]);
  for (const id of ids) {
    const a = before.byId.get(id);
    const b = after.byId.get(id);
    if (a && b && factKey(a) === factKey(b)) continue;
    delta.factIds.add(id);
    for (const f of [a, b]) if (f) delta.pairs.push({ entities: f.entities, metric: f.metric });
  }
  for (const id of new Set([...before.entities.keys(), ...after.entities.keys()])) {
    const a = before.entities.get(id);
    const b = after.entities.get(id);
    if (a && b && a.name === b.name && a.aliases.join('\0') === b.aliases.join('\0')) continue;
    delta.entities.add(id);
    for (const e of [a, b]) if (e) for (const name of [e.name, ...e.aliases]) delta.names.add(name);
  }
  for (const id of new Set([...before.metrics.keys(), ...after.metrics.keys()])) {
    const a = before.metrics.get(id);
    const b = after.metrics.get(id);
    if (a && b && a.unit === b.unit && a.words.join('\0') === b.words.join('\0')) continue;
    delta.metrics.add(id);
  }
  return delta;
}

export function isEmptyDelta(delta: FactsDelta): boolean {
  return delta.factIds.size === 0 && delta.entities.size === 0 && delta.metrics.size === 0;
}

/** Whether a note's verdicts may differ under the changed facts. */
export function dependsOn(result: CheckResult, delta: FactsDelta): boolean {
  for (const finding of result.findings) {
    if (finding.facts.some((f) => delta.factIds.has(f.id))) return true;
    if (finding.cite?.some((id) => delta.factIds.has(id))) return true;
    if (finding.citation && delta.factIds.has(finding.citation.id)) return true;
    if (finding.metric && delta.metrics.has(finding.metric)) return true;
    if (finding.entities.some((e) => delta.entities.has(e))) return true;
    if (finding.metric && delta.pairs.some((p) => p.metric === finding.metric && p.entities.some((e) => finding.entities.includes(e)))) return true;
  }
  if (result.note.citations.some((c) => c.keys.some((k) => delta.factIds.has(k.id)))) return true;
  const text = result.note.text.toLowerCase();
  for (const name of delta.names) if (text.includes(name.toLowerCase())) return true;
  return false;
}
