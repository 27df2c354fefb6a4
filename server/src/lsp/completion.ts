// Fact ids after `[@` (and after `; @` inside a citation), filtered by what is typed.
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver';
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
 * The fact ids containing the key typed so far. Each item replaces the whole key after `@` and
 * filters on the whole id, so the editor matches what is typed against the id, separators included.
 */
export function completeCitation(linePrefix: string, pos: Position, index: FactIndex): CompletionList | undefined {
  const typed = citationPrefix(linePrefix);
  if (typed === undefined) return undefined;
  const needle = typed.toLowerCase();
  const range = { start: { line: pos.line, character: pos.character - typed.length }, end: pos };
  const items = index.facts
    .filter((f) => f.id.toLowerCase().includes(needle))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((fact, i) => {
      const entities = fact.entities.map((id) => index.entities.get(id)?.name ?? id).join(' + ');
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
  return { isIncomplete: false, items };
}
