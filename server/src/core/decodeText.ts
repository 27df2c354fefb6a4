// Bytes of a note or facts file to text. UTF-8 (with or without a byte-order mark) and UTF-16
// LE/BE with a byte-order mark are read; anything else is a clear error, never mojibake that
// silently yields "0 claims".

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: string };

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

const UTF16_MARKS = [
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
] as const;

/** The decoder `bytes` need, by their byte-order mark (UTF-8 without one), or why none suits them. */
export function encodingOf(bytes: Uint8Array): { ok: true; encoding: Encoding } | { ok: false; reason: string } {
  if (startsWith(bytes, 0xff, 0xfe, 0, 0) || startsWith(bytes, 0, 0, 0xfe, 0xff)) {
    return { ok: false, reason: 'it is encoded as UTF-32, which Claimcheck does not read; save it as UTF-8.' };
  }
  for (const [encoding, bom] of UTF16_MARKS) {
    if (!startsWith(bytes, ...bom)) continue;
    if ((bytes.length - 2) % 2 !== 0) return { ok: false, reason: `it starts with a ${encoding.toUpperCase()} byte-order mark but has an odd number of bytes; save it as UTF-8.` };
    return { ok: true, encoding };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, reason: `it looks binary, or UTF-16 without a byte-order mark (a NUL byte at offset ${nul}); save it as UTF-8.` };
  }
  return { ok: true, encoding: 'utf-8' };
}

/** Decodes `bytes`; the reason of a failure is a sentence that says what to do. */
export function decodeText(bytes: Uint8Array): Decoded {
  const chosen = encodingOf(bytes);
  if (!chosen.ok) return chosen;
  const { encoding } = chosen;
  try {
    return { ok: true, text: decodeAs(bytes, encoding), encoding };
  } catch {
    return { ok: false, reason: encoding === 'utf-8' ? invalidUtf8Reason(bytes) : `it is not valid ${encoding.toUpperCase()}; save it as UTF-8.` };
  }
}

/** `bytes` as text in `encoding` (encodingOf's); throws when they are not valid in it. */
export function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  // ignoreBOM for UTF-8: its byte-order mark stays in the text (U+FEFF, which the parser skips),
  // so a fix written back keeps the file's bytes as they were. UTF-16's mark is dropped.
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: encoding === 'utf-8' }).decode(bytes);
}

/** Why `bytes` (without a byte-order mark, no NUL) are not UTF-8. */
export function invalidUtf8Reason(bytes: Uint8Array): string {
  return `it is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8.`;
}

/** Offset of the first byte that breaks UTF-8, for the message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}
