// Text matched literally inside a regular expression built at run time (a name, a key, a scale word).

/** `text` with every character a regular expression gives a meaning escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
