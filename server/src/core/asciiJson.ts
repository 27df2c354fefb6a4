// JSON written in ASCII: each UTF-16 unit past ASCII as a `\uXXXX` escape, a surrogate pair as two.
// JSON's own syntax is ASCII, so only its strings hold such characters, and the escape is the same
// value. A reader then decodes it on V8's one-byte path, and a character is a byte (the facts
// snapshot's parts, the server's publishes over stdio).

const NOT_ASCII = /[^\x00-\x7f]/;
const NOT_ASCII_ALL = /[^\x00-\x7f]/g;
const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function isAscii(text: string): boolean {
  return !NOT_ASCII.test(text);
}

/** `json` with every character past ASCII escaped; the same string when it has none. */
export function asciiJson(json: string): string {
  return isAscii(json) ? json : json.replace(NOT_ASCII_ALL, escape);
}
