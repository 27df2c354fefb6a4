import { ownCopy } from './ownCopy';

/**
 * The most readings a memo keeps when it serves one segment's check (a segment's sentences read by
 * the extractor, then again by the judge; a table's headers and row labels, read once per cell).
 * A kept reading must die young: one kept past a few scavenges is copied and promoted, and on the
 * 2,000-note corpus memos of 512 and 1,024 readings made the collector promote 290 MB, against
 * 87 MB with 64, for a few percent of hits (the ones across notes).
 */
export const SEGMENT_READINGS = 64;

/**
 * A bounded memo keyed by text, for readings kept across calls (and so across notes and
 * keystrokes). Every key it keeps, and the text each reading is made from, is a copy of its own
 * (ownCopy.ts): a reading made from a slice would keep the whole note the slice was cut from.
 * Dropped wholesale when full.
 */
export class TextMemo<V> {
  private entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(text: string): V | undefined {
    return this.entries.get(text);
  }

  /** Reads `text` (`read` is given a copy of its own) and keeps the reading under it. */
  keep(text: string, read: (own: string) => V): V {
    const own = ownCopy(text);
    const value = read(own);
    // A new map, not clear(): V8's Map.clear leaves the old table pointing at the new one (for live
    // iterators), and a dead table in the old generation is still a root for the young one until a
    // full collection, so every reading kept after it was copied and promoted.
    if (this.entries.size >= this.limit) this.entries = new Map();
    this.entries.set(own, value);
    return value;
  }
}
