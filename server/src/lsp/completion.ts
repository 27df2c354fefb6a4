// Fact ids after `[@` (and after `; @` inside a citation), filtered by what is typed.
import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { FactIndex } from '../core/types';
import { escapeMarkdown, markdownLink } from './escape';
import { formatValue } from './format';

/** The citation key being typed at the end of `linePrefix`, or undefined when not in `[@...`. */
export function citationPrefix(linePrefix: string): string | undefined {
  const m = /\[(?:[^\]\[]*;\s*)?@([\w.:/-]*)$/.exec(linePrefix);
  return m ? m[1] : undefined;
}

export function completeCitation(linePrefix: string, pos: Position, index: FactIndex): CompletionItem[] | undefined {
  const typed = citationPrefix(linePrefix);
  if (typed === undefined) return undefined;
  const needle = typed.toLowerCase();
  const range = { start: { line: pos.line, character: pos.character - typed.length }, end: pos };
  return index.facts
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
}
