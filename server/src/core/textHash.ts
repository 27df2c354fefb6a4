// One string hash for the places that need a well-spread number from text (segment boundaries,
// the CLI's statement buckets and key counts): FNV-1a with murmur3's finalizer (FNV's low bits
// alone follow the characters' low bits).

/** A 32-bit unsigned hash of text[start, end). */
export function textHash(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
