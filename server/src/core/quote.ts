// Text from notes, facts and configs that reaches a message: control characters escaped (no
// terminal escape injection), long echoes cut (a 20 MB YAML token is not a 20 MB message).

/** C0 and C1 controls, DEL, and bidirectional overrides that reorder what a terminal shows. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Control characters as visible escapes: ESC → \x1b, newline → \n. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? (c.charCodeAt(0) <= 0xff ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${c.charCodeAt(0).toString(16)}`));
}

/** At most `max` characters of `text` (a surrogate pair is not split), with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c < 0xdc00) end--;
  return `${text.slice(0, end)}…`;
}

/** Offending text quoted in an error message: at most ~80 characters, escaped. */
export function quoteForMessage(text: string, max = 80): string {
  // Cut before escaping too, so a huge token costs no more than its first characters.
  return truncate(escapeControls(truncate(text, max * 4)), max);
}

/** Longest message or diagnostic Claimcheck prints. */
export const MAX_MESSAGE_LENGTH = 2000;

/** A whole message made safe for a terminal and capped in length. */
export function cleanMessage(text: string, max = MAX_MESSAGE_LENGTH): string {
  return truncate(escapeControls(truncate(text, max * 4)), max);
}
