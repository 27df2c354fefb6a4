import type { Claim, FactIndex, ParsedNote, Span } from '../types';
import { findPhrase, foldForMatch, hasPhrase, longestHits } from './findPhrase';
import { tableContext } from './tableContext';

/** An entity named in the note, at note offsets. */
export interface Mention {
  entity: string;
  start: number;
  end: number;
}

export interface ResolvedEntities {
  /** Entities the claim is about: those its sentence names, else the one the block last named. */
  subjects: string[];
  /** Every mention in the claim's sentence. */
  sentence: Mention[];
  /** Every mention in the claim's block, or table row (for counterparties named a sentence earlier). */
  block: Mention[];
  /** The sentence adds up several entities ("combined", "together", "total"). */
  combined: boolean;
  /** Whether the subjects came from the block rather than the sentence. */
  fromBlock: boolean;
}

const COMBINING_WORDS = ['combined', 'together', 'total', 'totals', 'collectively', 'altogether', 'in aggregate', 'aggregate', 'jointly'];

// Claims of one paragraph share its sentence and block: find each span's mentions once per note.
const memo = new WeakMap<FactIndex, Map<string, Map<string, Mention[]>>>();

function cachedMentions(text: string, span: Span, index: FactIndex): Mention[] {
  let byText = memo.get(index);
  if (!byText) memo.set(index, (byText = new Map()));
  let bySpan = byText.get(text);
  if (!bySpan) {
    // One note text at a time per index is what hosts do; keep the memo from growing with edits.
    byText.clear();
    byText.set(text, (bySpan = new Map()));
  }
  const key = `${span.start}:${span.end}`;
  let hits = bySpan.get(key);
  if (!hits) bySpan.set(key, (hits = findMentions(text, span, index)));
  return hits;
}

/** Mentions of any entity (name or alias; case, possessive, plural and hyphenation aware) in a span. */
export function findMentions(text: string, span: Span, index: FactIndex): Mention[] {
  const folded = foldForMatch(text.slice(span.start, span.end));
  const hits: Mention[] = [];
  for (const entity of index.entities.values()) {
    for (const name of [entity.name, ...entity.aliases]) {
      for (const h of findPhrase(folded, name, 'add')) {
        hits.push({ entity: entity.id, start: span.start + h.start, end: span.start + h.end });
      }
    }
  }
  return longestHits(hits);
}

const unique = (ids: string[]): string[] => [...new Set(ids)];

/** Who a claim is about (design §5): the sentence's entities, else the entity its block (or table row) last named. */
export function resolveEntities(claim: Claim, note: ParsedNote, index: FactIndex): ResolvedEntities {
  const sentence = cachedMentions(note.text, claim.sentence, index);
  // In a table the cell is the block, but the row is where the entity stands ("| Acme | $5B |").
  const table = tableContext(note.text, claim.offset.start);
  const blockSpan = table && table.row.end - table.row.start > claim.block.end - claim.block.start ? table.row : claim.block;
  const block = cachedMentions(note.text, blockSpan, index);
  const folded = foldForMatch(claim.sentenceText);
  const names = unique(sentence.map((m) => m.entity));
  const combined = names.length >= 2 && COMBINING_WORDS.some((w) => hasPhrase(folded, w));
  if (names.length > 0) return { subjects: names, sentence, block, combined, fromBlock: false };
  const before = block.filter((m) => m.end <= claim.offset.start);
  const last = before[before.length - 1];
  return { subjects: last ? [last.entity] : [], sentence, block, combined: false, fromBlock: true };
}

/**
 * How far an entity's nearest mention is from the claim: mentions in the claim's own clause come
 * first, then by character distance. Unmentioned entities (block fallback) rank last.
 */
export function mentionDistance(entity: string, mentions: Mention[], claim: Claim, clause: Span): number {
  let best = Number.POSITIVE_INFINITY;
  for (const m of mentions) {
    if (m.entity !== entity) continue;
    const gap = m.end <= claim.offset.start ? claim.offset.start - m.end : Math.max(0, m.start - claim.offset.end);
    const inClause = m.start >= clause.start && m.end <= clause.end;
    best = Math.min(best, inClause ? gap : gap + 1e6);
  }
  return best;
}
