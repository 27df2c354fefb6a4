import type { Claim, Fact, FactIndex, Metric, ParsedNote } from '../types';
import { compatibleUnits } from './unitMemo';
import { clauseOf } from './clauseOf';
import { foldForMatch, hasPhrase } from './findPhrase';
import { mentionDistance, resolveEntities, type ResolvedEntities } from './resolveEntities';
import { resolveMetric } from './resolveMetric';
import { tableContext } from './tableContext';

/** Facts about one subject: the same entities (and counterparty), so they can be ordered in time. */
export interface FactGroup {
  entities: string[];
  counterparty?: string;
  facts: Fact[];
}

export interface Match {
  entities: ResolvedEntities;
  metric?: Metric;
  /** One group for a single-subject claim; one per entity for a combined claim. */
  groups: FactGroup[];
  combined: boolean;
}

/**
 * A basis ("post-money") the sentence names keeps facts of that basis or of none; a sentence that
 * names no basis accepts every fact.
 */
function basisFilter(facts: Fact[], sentenceText: string): Fact[] {
  const folded = foldForMatch(sentenceText);
  const bases = [...new Set(facts.map((f) => f.basis).filter((b): b is string => !!b))];
  const named = bases.filter((b) => hasPhrase(folded, b));
  if (named.length === 0) return facts;
  return facts.filter((f) => !f.basis || named.includes(f.basis));
}

function groupKey(f: Fact): string {
  return `${[...f.entities].sort().join('+')}|${f.counterparty ?? ''}`;
}

function groupFacts(facts: Fact[]): FactGroup[] {
  const groups = new Map<string, FactGroup>();
  for (const f of facts) {
    const key = groupKey(f);
    const g = groups.get(key) ?? { entities: [...f.entities].sort(), counterparty: f.counterparty, facts: [] };
    g.facts.push(f);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/**
 * Facts a claim may be judged against (design §5): the metric's facts in a compatible unit (same
 * currency) about the claim's entities, a fact with a counterparty only when the sentence or block
 * names that counterparty too.
 */
export function matchFacts(claim: Claim, note: ParsedNote, index: FactIndex): Match {
  const entities = resolveEntities(claim, note, index);
  const clause = clauseOf(claim);
  const metric = resolveMetric(claim, index, clause, note.text, tableContext(note.text, claim.offset.start)?.header);
  if (!metric || entities.subjects.length === 0) return { entities, metric, groups: [], combined: false };

  const named = new Set([...entities.sentence, ...entities.block].map((m) => m.entity));
  const subjects = new Set(entities.subjects);
  const candidates = basisFilter(
    index.facts.filter(
      (f) =>
        f.metric === metric.id &&
        compatibleUnits(claim.unit, f.unit) &&
        f.entities.length > 0 &&
        f.entities.every((e) => subjects.has(e)) &&
        (!f.counterparty || named.has(f.counterparty) || subjects.has(f.counterparty)),
    ),
    claim.sentenceText,
  );
  const groups = groupFacts(candidates);
  if (groups.length === 0) return { entities, metric, groups: [], combined: false };

  if (entities.combined) {
    // A fact about the named entities together beats adding up their separate facts.
    const together = groups.filter((g) => g.entities.length >= 2);
    if (together.length > 0) {
      const widest = [...together].sort((a, b) => b.entities.length - a.entities.length)[0]!;
      return { entities, metric, groups: [widest], combined: false };
    }
    const perEntity = new Map<string, FactGroup>();
    for (const g of groups) {
      const e = g.entities[0]!;
      const have = perEntity.get(e);
      // A counterparty the note names makes the group more specific than the entity's plain facts.
      if (!have || (!have.counterparty && g.counterparty)) perEntity.set(e, g);
    }
    if (perEntity.size >= 2) {
      // In the order the sentence lists them ("from Microsoft, Google, and Amazon"): by last mention.
      const lastMention = (g: FactGroup): number => Math.max(...entities.sentence.filter((m) => m.entity === g.entities[0]).map((m) => m.start));
      const ordered = [...perEntity.values()].sort((a, b) => lastMention(a) - lastMention(b));
      return { entities, metric, groups: ordered, combined: true };
    }
  }

  const distance = (g: FactGroup): number =>
    Math.min(...[...g.entities, ...(g.counterparty ? [g.counterparty] : [])].map((e) => mentionDistance(e, entities.sentence, claim, clause)));
  const nearest = [...groups].sort((a, b) => distance(a) - distance(b))[0]!;
  return { entities, metric, groups: [nearest], combined: false };
}
