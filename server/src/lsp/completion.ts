// Fact ids after `[@` (and after `; @` inside a citation), filtered by what is typed.
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver';
import { compareCodeUnits } from '../core/compareCodeUnits';
import { lastAtMost } from '../core/lastAtMost';
import { factById, factIds } from '../core/facts/factLookups';
import type { FactIndex } from '../core/types';
import { escapeMarkdown, markdownLink } from './escape';
import { formatValue } from './format';

/** The citation key being typed at the end of `linePrefix`, or undefined when not in `[@...`. */
export function citationPrefix(linePrefix: string): string | undefined {
  const m = /\[(?:[^\]\[]*;\s*)?@([\w.:/-]*)$/.exec(linePrefix);
  return m ? m[1] : undefined;
}

/**
 * `@` opens the list; the separators inside ids ask for it again. VS Code's markdown words break
 * at them and markdown has quick suggestions off, so once a new word starts after a `-` VS Code
 * neither asks again nor re-filters: the list would stay as it was at the `-`. Asked again at the
 * separator, the next word is the list's own and VS Code filters it on the whole key.
 */
export const CITATION_TRIGGER_CHARACTERS = ['@', '-', '.', ':', '/'];

/**
 * Most items in one answer. A project with 100,000 facts would otherwise send them all at `[@`
 * (38 MB of JSON, ~0.4 s to build here) for the editor to parse and filter; beyond this the list
 * says it is incomplete, and the editor asks again as the key grows.
 */
export const MAX_CITATION_ITEMS = 200;

/**
 * The fact ids containing the key typed so far, those that start with it first, each group in id
 * order; at most MAX_CITATION_ITEMS, and only those facts are built. Each item replaces the whole
 * key after `@` and filters on the whole id, so the editor matches what is typed against the id,
 * separators included.
 */
export function completeCitation(linePrefix: string, pos: Position, index: FactIndex): CompletionList | undefined {
  const typed = citationPrefix(linePrefix);
  if (typed === undefined) return undefined;
  const { ids, more } = matchingIds(index, typed.toLowerCase());
  const range = { start: { line: pos.line, character: pos.character - typed.length }, end: pos };
  const items = ids.map((id, i) => {
    const fact = factById(index, id)!;
    const entities = fact.entities.map((e) => index.entities.get(e)?.name ?? e).join(' + ');
    return {
      label: fact.id,
      kind: CompletionItemKind.Reference,
      detail: `${entities} · ${fact.metric} · ${formatValue(fact)} · ${fact.asOf}`,
      documentation: {
        kind: MarkupKind.Markdown,
        value: [
          `**${escapeMarkdown(formatValue(fact))}** as of ${escapeMarkdown(fact.asOf)}`,
          fact.source.url || fact.source.title ? markdownLink(fact.source.title, fact.source.url) : '',
          fact.source.quote ? `> ${escapeMarkdown(fact.source.quote)}` : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
      },
      sortText: String(i).padStart(5, '0'),
      filterText: fact.id,
      textEdit: { range, newText: fact.id },
    } satisfies CompletionItem;
  });
  return { isIncomplete: more, items };
}

/** An index's ids in id order (lower case, then as written), and folded to lower case. */
interface SortedIds {
  ids: readonly string[];
  lower: readonly string[];
  /** The lower-case ids one per line, and where each starts: one native search finds every id holding a key. */
  joined?: { text: string; starts: Int32Array };
}

const sortedIdsOf = new WeakMap<readonly string[], SortedIds>();

/** Sorted once per list of ids (~10 ms for 100,000 lower-case ids, ~40 ms otherwise): each key typed then only searches. */
function sortedIds(all: readonly string[]): SortedIds {
  let sorted = sortedIdsOf.get(all);
  if (!sorted) {
    const folded = all.map((id) => id.toLowerCase());
    if (folded.every((id, i) => id === all[i])) {
      // Ids as written in lower case (Add Fact's and the usual): the default sort orders by code unit, several times faster than a comparator.
      const ids = [...all].sort();
      sorted = { ids, lower: ids };
    } else {
      const order = Array.from(all, (_, i) => i).sort((a, b) => compareCodeUnits(folded[a]!, folded[b]!) || compareCodeUnits(all[a]!, all[b]!));
      sorted = { ids: order.map((i) => all[i]!), lower: order.map((i) => folded[i]!) };
    }
    sortedIdsOf.set(all, sorted);
  }
  return sorted;
}

/** The ids joined, made at the first key that starts fewer ids than one answer lists. */
function joinedIds(sorted: SortedIds): { text: string; starts: Int32Array } {
  if (!sorted.joined) {
    const starts = new Int32Array(sorted.lower.length);
    let at = 0;
    sorted.lower.forEach((id, i) => {
      starts[i] = at;
      at += id.length + 1;
    });
    sorted.joined = { text: sorted.lower.join('\n'), starts };
  }
  return sorted.joined;
}

/** The first position in `sorted` whose value is not below `value` (a binary search). */
function lowerBound<T>(sorted: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first MAX_CITATION_ITEMS ids holding `needle` (lower case), those that start with it first, and
 * whether there are more. Ids that start with it are a run of the sorted list, found by a binary
 * search; the others by searching the joined ids, so a key held by few of 100,000 ids costs ~1 ms,
 * not a scan of every id (~10 ms, and up to ~100 ms in a busy server).
 */
function matchingIds(index: FactIndex, needle: string): { ids: string[]; more: boolean } {
  const sorted = sortedIds(factIds(index));
  const { ids, lower } = sorted;
  const found: string[] = [];
  for (let i = lowerBound(lower, needle); i < lower.length && lower[i]!.startsWith(needle); i++) {
    if (found.length === MAX_CITATION_ITEMS) return { ids: found, more: true };
    found.push(ids[i]!);
  }
  if (!needle) return { ids: found, more: false };
  const { text: joined, starts } = joinedIds(sorted);
  for (let from = 0, pos: number; (pos = joined.indexOf(needle, from)) !== -1; ) {
    // The key holds no line break (citationPrefix), so a match lies within one id.
    const i = lastAtMost(starts, pos);
    from = starts[i]! + lower[i]!.length + 1;
    if (pos === starts[i]) continue; // starts with the key: listed above
    if (found.length === MAX_CITATION_ITEMS) return { ids: found, more: true };
    found.push(ids[i]!);
  }
  return { ids: found, more: false };
}
