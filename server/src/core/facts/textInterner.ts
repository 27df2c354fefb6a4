// Short strings read from a large text, one string per distinct text: a facts file repeats keys
// (`id`, `entity`) and values (`unit: USD`, `as_of: 2024-06`, an entity's id) 100,000 times, and
// one string each is less to allocate, copy and keep.

/** Slots of the table (a power of two); a text hashing to a taken slot replaces what was there. */
const SLOTS = 1 << 14;
/** Longer texts are rarely repeated (URLs, titles): sliced without a look-up. */
export const MAX_INTERNED = 24;

export class TextInterner {
  // Filled up front: a sparse array would fall back to dictionary elements, a hash look-up per access.
  private readonly table: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);

  constructor(private readonly text: string) {}

  /** `text.slice(start, end)`, the same string as the last time this text was read when it is still in its slot. */
  slice(start: number, end: number): string {
    const t = this.text;
    const length = end - start;
    if (length > MAX_INTERNED) return t.slice(start, end);
    let hash = length;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + t.charCodeAt(i)) | 0;
    const slot = (hash ^ (hash >>> 14)) & (SLOTS - 1);
    const known = this.table[slot];
    if (known !== undefined && known.length === length && sameText(known, t, start)) return known;
    const value = t.slice(start, end);
    this.table[slot] = value;
    return value;
  }
}

/** Whether `text` holds `known` at `start` (a loop: `startsWith` on a long text is a builtin call per look-up). */
export function sameText(known: string, text: string, start: number): boolean {
  for (let i = 0; i < known.length; i++) if (known.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
