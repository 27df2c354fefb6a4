// Which entity a new fact is about: one the claim already resolved to, one of the facts file
// the sentence names, else the name the sentence gives ("OpenAI" in "OpenAI was valued at
// $300 billion in March"), proposed as a new entity with an id made from it (`openai`).
import { idFromName, nameForFigure, namesIn } from '../core/judge/sentenceNames';
import type { Claim, FactIndex } from '../core/types';
import { escapeRegExp } from '../core/escapeRegExp';

export { idFromName, namesIn };

export interface EntityProposal {
  id: string;
  name: string;
  /** Not in the facts files yet: the stub adds it under `entities:`. */
  isNew: boolean;
}

/** Entities of the facts file the sentence names, first mention first. */
function knownEntityIn(sentence: string, index: FactIndex): string | undefined {
  const lower = sentence.toLowerCase();
  let best: { id: string; at: number } | undefined;
  for (const entity of index.entities.values()) {
    for (const name of [entity.name, ...entity.aliases, entity.id]) {
      if (!name) continue;
      const at = lower.search(new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name.toLowerCase())}($|[^\\p{L}\\p{N}])`, 'u'));
      if (at >= 0 && (!best || at < best.at)) best = { id: entity.id, at };
    }
  }
  return best?.id;
}

/**
 * The entity for a new fact about `claim`. The subject comes first in a sentence ("Microsoft
 * invested $10 billion in OpenAI": Microsoft), so the first name before the figure wins, then
 * the first after it.
 */
export function proposeEntity(claim: Pick<Claim, 'sentenceText' | 'text'>, resolved: readonly string[], index: FactIndex): EntityProposal | undefined {
  const known = resolved.find((id) => index.entities.has(id)) ?? knownEntityIn(claim.sentenceText, index);
  if (known) return { id: known, name: index.entities.get(known)!.name, isNew: false };
  const pick = nameForFigure(claim, index);
  if (!pick) return undefined;
  const id = idFromName(pick);
  if (!id) return undefined;
  const existing = index.entities.get(id);
  return existing ? { id, name: existing.name, isNew: false } : { id, name: pick, isNew: true };
}
