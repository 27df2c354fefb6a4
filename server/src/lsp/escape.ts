// Everything shown in a hover that comes from a facts file or a note goes through here: the
// markdown is rendered by the editor, so text must not become markup, HTML or a command link.

/** Backslash-escapes every CommonMark punctuation character that could start markup. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&$^"':;=?@%]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}

/** Text for inline code spans: backticks cannot be escaped inside them, so use longer fences. */
export function inlineCode(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** An http(s) URL made safe as a markdown link destination, or undefined for any other scheme. */
export function safeLinkTarget(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(trimmed)) return undefined;
  // Percent-encode what could end the destination or open markup.
  return trimmed.replace(/[()<>\s"'`\\[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** `[title](url)` with the title escaped, or the escaped title/url as plain text. */
export function markdownLink(title: string | undefined, url: string | undefined): string {
  const target = safeLinkTarget(url);
  const label = escapeMarkdown(title?.trim() || url?.trim() || 'source');
  return target ? `[${label}](${target})` : label;
}
