import { ownCopy } from './ownCopy';

/**
 * A bounded memo keyed by text, for readings kept across calls (and so across notes and
 * keystrokes). Every key it keeps, and the text each reading is made from, is a copy of its own
 * (ownCopy.ts): a reading made from a slice would keep the whole note the slice was cut from.
 * Dropped wholesale when full.
 */
export class TextMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(text: string): V | undefined {
    return this.entries.get(text);
  }

  /** Reads `text` (`read` is given a copy of its own) and keeps the reading under it. */
  keep(text: string, read: (own: string) => V): V {
    const own = ownCopy(text);
    const value = read(own);
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(own, value);
    return value;
  }
}
