// After Add Fact, the cursor goes to the stub's empty source with tab stops (url, title,
// published, quote). Pure: finds the block in the facts file text and builds the snippet whose
// unfilled text is exactly the stub's, so the fact stays valid until the source is filled.
import { escapeRegExp } from '../../server/src/core/escapeRegExp';

export interface SourceSnippet {
  /** Offsets of the text the snippet replaces: from the `url:` key to the end of the `quote:` line. */
  start: number;
  end: number;
  /** Lines after the first carry no indentation: VS Code indents them like the first. */
  snippet: string;
}

const FIELDS = ['url', 'title', 'published', 'quote'] as const;

/** The empty source block of fact `factId`, when it is still empty. */
export function sourceSnippet(text: string, factId: string): SourceSnippet | undefined {
  const idLine = new RegExp(`^[ \\t]*-[ \\t]+id:[ \\t]*${escapeRegExp(factId)}[ \\t]*(?:#.*)?$`, 'm').exec(text);
  if (!idLine) return undefined;
  const rest = text.slice(idLine.index);
  const block = new RegExp(`^([ \\t]+)url:[ \\t]*\\r?\\n\\1title:[ \\t]*\\r?\\n\\1published:[ \\t]*\\r?\\n\\1quote:[ \\t]*$`, 'm').exec(rest);
  if (!block) return undefined;
  // The block must belong to this fact: no other list item starts before it.
  if (/\n[ \t]*-[ \t]+id:/.test(rest.slice(1, block.index))) return undefined;
  const start = idLine.index + block.index + block[1].length;
  const end = idLine.index + block.index + block[0].length;
  const snippet = FIELDS.map((f, i) => `${f}: \${${i + 1}}`).join('\n');
  return { start, end, snippet };
}

/** Where the cursor goes when there is no empty source block: the fact's `id:` line. */
export function idOffset(text: string, factId: string): number {
  const m = new RegExp(`id:[ \\t]*${escapeRegExp(factId)}\\b`).exec(text);
  return m ? m.index : 0;
}
