import type { Span } from '../types';

export interface RawCitation {
  offset: Span;
  keys: { id: string; offset: Span }[];
}

// A bracket holding at least one pandoc key; keys may carry prefixes and locators
// ("[see @a, p. 3; -@b]"). An `@` after a word character is an e-mail address, not a key.
const BRACKET = /\[([^[\]\n]*?(?:^|[\s;\-[])?@[^[\]\n]*)\]/g;
const KEY = /(?:^|[\s;\-])@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu;

/** Pandoc citations in a masked block (offsets absolute), and the block with them blanked. */
export function findCitations(text: string, blockStart: number): { citations: RawCitation[]; masked: string } {
  if (!text.includes('@')) return { citations: [], masked: text };
  const citations: RawCitation[] = [];
  const parts: string[] = [];
  let copied = 0;
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
    const inner = m[1]!;
    const innerStart = m.index + 1;
    const keys: RawCitation['keys'] = [];
    KEY.lastIndex = 0;
    for (let k = KEY.exec(inner); k; k = KEY.exec(inner)) {
      // Keys may not end in punctuation ("@a, p. 3" -> "a").
      const id = trimKeyEnd(k[1]!);
      const at = innerStart + k.index + k[0].indexOf('@') + 1;
      keys.push({ id, offset: { start: blockStart + at, end: blockStart + at + id.length } });
    }
    if (keys.length === 0) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    citations.push({ offset: { start: blockStart + start, end: blockStart + end }, keys });
    parts.push(text.slice(copied, start), ' '.repeat(end - start));
    copied = end;
  }
  if (citations.length === 0) return { citations, masked: text };
  parts.push(text.slice(copied));
  return { citations, masked: parts.join('') };
}

const KEY_END_PUNCTUATION = new Set([':', '.', '#', '$', '%', '&', '+', '?', '<', '>', '~', '/', '-']);

/** Keys may not end in punctuation ("@a, p. 3" -> "a", "@smith." -> "smith"). */
function trimKeyEnd(key: string): string {
  let end = key.length;
  while (end > 1 && KEY_END_PUNCTUATION.has(key[end - 1]!)) end--;
  return key.slice(0, end);
}
