// Fact ids after `[@` (and after `; @` inside a citation), filtered by what is typed.
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver';
import { compareCodeUnits } from '../core/compareCodeUnits';
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

/** An index's ids folded to lower case, and their positions in id order (lower case, then as written). */
interface SortedIds {
  lower: string[];
  order: number[];
}

const sortedIdsOf = new WeakMap<readonly string[], SortedIds>();

/** Sorted once per list of ids (~40 ms for 100,000): each key typed then only scans. */
function sortedIds(ids: readonly string[]): SortedIds {
  let sorted = sortedIdsOf.get(ids);
  if (!sorted) {
    const lower = ids.map((id) => id.toLowerCase());
    const order = Array.from(ids, (_, i) => i).sort((a, b) => compareCodeUnits(lower[a]!, lower[b]!) || compareCodeUnits(ids[a]!, ids[b]!));
    sortedIdsOf.set(ids, (sorted = { lower, order }));
  }
  return sorted;
}

/** The first MAX_CITATION_ITEMS ids holding `needle` (lower case), those that start with it first, and whether there are more. */
function matchingIds(index: FactIndex, needle: string): { ids: string[]; more: boolean } {
  const all = factIds(index);
  const { lower, order } = sortedIds(all);
  const found: string[] = [];
  const take = (matches: (id: string) => boolean): boolean => {
    for (const at of order) {
      if (!matches(lower[at]!)) continue;
      if (found.length === MAX_CITATION_ITEMS) return true;
      found.push(all[at]!);
    }
    return false;
  };
  const more = take((id) => id.startsWith(needle)) || take((id) => !id.startsWith(needle) && id.includes(needle));
  return { ids: found, more };
}
