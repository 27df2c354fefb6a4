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

/** What in the rest of a segment decides how its inline brackets parse. */
export interface InlineContext {
  /** A link definition is in the text: a bracketed label may link. */
  definitions: boolean;
  /**
   * Every footnote marker is defined: the parser gets a stand-in definition for each after the text
   * (withFootnoteDefinitions), unless an open code fence or HTML block there takes them in.
   */
  footnotes: boolean;
}

/** A line that opens code or HTML, which may run on over what follows the text. */
export const CODE_OR_HTML = /^ {0,3}(?:```|~~~|<)/m;

export function inlineContext(text: string): InlineContext {
  return {
    definitions: text.includes(']:') && text.replace(FOOTNOTE_DEFINITION, '').includes(']:'),
    footnotes: !CODE_OR_HTML.test(text),
  };
}

/**
 * A footnote marker after text on its line ("... 5 GPUs[^2]."): every marker in a parsed segment
 * has a definition (withFootnoteDefinitions), so the parser reads it as one. Not after "[", "]",
 * "!" or "\\" and not before "(", "[" or ":", where it may be part of a link, an image or a definition.
 */
const FOOTNOTE_CALL = /(?<=[^[\]!\\\n])\[\^[A-Za-z0-9_-]{1,30}\](?![([:])/g;

/**
 * Links and footnote markers masked as the parser's tree masks them: a link's "[" and "]" become
 * spaces and its "(destination)" blockers, a footnote marker blockers.
 */
export function maskLinks(run: string, context: InlineContext): string {
  const linked = run.replace(SIMPLE_LINK, (m: string, linkText: string) => ` ${linkText} ${BLOCKER.repeat(m.length - linkText.length - 2)}`);
  return context.footnotes && linked.includes('[^') ? linked.replace(FOOTNOTE_CALL, (m: string) => BLOCKER.repeat(m.length)) : linked;
}

/**
 * Inline content (a line, a table cell) as the parser masks it, or null when it may hold syntax
 * the parser reads otherwise.
 */
export function plainInline(content: string, context: InlineContext): string | null {
  const brackets = content.includes('[');
  if (brackets && context.definitions) return null;
  if (content.includes(BLOCKER)) return null;
  const masked = brackets ? maskLinks(content, context) : content;
  return INLINE_SYNTAX.test(masked) ? null : masked;
}

/** A paragraph line's content (after any container prefix) as the parser masks it, or null. */
export function plainLine(content: string, context: InlineContext): string | null {
  if (content.length === 0 || content.charCodeAt(0) <= 32 || content.charCodeAt(content.length - 1) === 32) return null;
  if (BLOCK_START.test(content)) return null;
  return plainInline(content, context);
}
