// The inline rules of plainRuns.ts, shared by its readers of paragraphs and headings and of lists,
// quotes and tables (containerRuns.ts): a line's content is read without the parser only when it
// holds no inline syntax but simple links, which are masked as the parser's tree masks them.
import { BLOCKER } from './prose';

/**
 * Characters that may start markdown syntax inside a line: emphasis, code, HTML and autolinks,
 * escapes, entities, strikethrough, tables, images. Brackets are allowed on their own terms.
 */
export const INLINE_SYNTAX = /[\\`*_<~|\t\r\0\uFEFF]|&[#\w]*;|!\[|\]\(|\]\[|\[\^|\]:|:\/\/|www\.|[\w.+-]@/i;
/** An inline link with plain text and a plain destination ("[the filing](https://x.com/5)"). */
const SIMPLE_LINK = /(?<!!)\[(?!\^)([^[\]\n]*)\]\([^()\s<>\\]*\)/g;
/** A line start that opens or interrupts a block (headings are read below; lists, quotes, fences, breaks, setext underlines, definitions). */
export const BLOCK_START = /^ *(?:[-+*>=_`~<|#[]|\d{1,9}[.)])/;
/** A footnote definition's opening ("[^1]: "): it defines no link label. */
const FOOTNOTE_DEFINITION = /\[\^[^\]\s]+\]:/g;

/** Whether a definition in `text` may turn a bracketed label elsewhere into a link. */
export function hasDefinitions(text: string): boolean {
  return text.includes(']:') && text.replace(FOOTNOTE_DEFINITION, '').includes(']:');
}

/** Links masked as the parser's tree masks them: "[" and "]" become spaces, "(destination)" blockers. */
export function maskLinks(run: string): string {
  return run.replace(SIMPLE_LINK, (m: string, linkText: string) => ` ${linkText} ${BLOCKER.repeat(m.length - linkText.length - 2)}`);
}

/**
 * Inline content (a line, a table cell) as the parser masks it, or null when it may hold syntax
 * the parser reads otherwise. `definitions`: the text has a link definition, so brackets may link.
 */
export function plainInline(content: string, definitions: boolean): string | null {
  const brackets = content.includes('[');
  if (brackets && definitions) return null;
  if (content.includes(BLOCKER)) return null;
  const masked = brackets ? maskLinks(content) : content;
  return INLINE_SYNTAX.test(masked) ? null : masked;
}

/** A paragraph line's content (after any container prefix) as the parser masks it, or null. */
export function plainLine(content: string, definitions: boolean): string | null {
  if (content.length === 0 || content.charCodeAt(0) <= 32 || content.charCodeAt(content.length - 1) === 32) return null;
  if (BLOCK_START.test(content)) return null;
  return plainInline(content, definitions);
}
