// Flat records as bytes: integers, numbers, texts and words (short strings that repeat: codes,
// severities), read back in the order written. For a held note's printed items, where v8
// serialisation spent most of its time building objects field by field and left a fresh off-heap
// buffer per note: here the texts are decoded with one call, then cut by their lengths, and a
// writer reuses one buffer. Layout: word, integer and number counts, each word's length, the
// integers (int32 LE), the numbers (float64 LE), then the words and texts as one UTF-8 string.

/** A text that is not there (an optional field), in place of its length. */
const NONE = -1;

export class RecordWriter {
  private readonly ints: number[] = [];
  private readonly numbers: number[] = [];
  private readonly texts: string[] = [];
  private words = new Map<string, number>();
  private buffer: Buffer = Buffer.allocUnsafe(1 << 16);

  int(n: number): void {
    this.ints.push(n);
  }

  flag(b: boolean): void {
    this.ints.push(b ? 1 : 0);
  }

  /** Any number, exactly (-0, NaN and infinities too), or null. */
  number(n: number | null): void {
    this.ints.push(n === null ? 0 : 1);
    if (n !== null) this.numbers.push(n);
  }

  text(s: string | undefined): void {
    if (s === undefined) this.ints.push(NONE);
    else {
      this.ints.push(s.length);
      this.texts.push(s);
    }
  }

  word(s: string): void {
    let i = this.words.get(s);
    if (i === undefined) this.words.set(s, (i = this.words.size));
    this.ints.push(i);
  }

  /** Their count, then each item as `put` writes it (RecordReader.list reads them back). */
  list<T>(items: readonly T[], put: (item: T) => void): void {
    this.ints.push(items.length);
    for (const item of items) put(item);
  }

  /** The record's bytes, as a view of this writer's buffer: valid until its next finish(). */
  finish(): Buffer {
    const head = 4 * (3 + this.words.size + this.ints.length) + 8 * this.numbers.length;
    let b = this.room(0, head);
    // A DataView: Buffer's writeInt32LE checks its arguments on every call (~1.3% of a 2,000-note check).
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    view.setInt32(0, this.words.size, true);
    view.setInt32(4, this.ints.length, true);
    view.setInt32(8, this.numbers.length, true);
    let at = 12;
    for (const w of this.words.keys()) {
      view.setInt32(at, w.length, true);
      at += 4;
    }
    const ints = this.ints;
    for (let i = 0; i < ints.length; i++, at += 4) view.setInt32(at, ints[i]!, true);
    const numbers = this.numbers;
    for (let i = 0; i < numbers.length; i++, at += 8) view.setFloat64(at, numbers[i]!, true);
    // Each text straight into the buffer: joining them first cost a copy of every text (two bytes a
    // character when one is not Latin-1) and a pass to measure it.
    for (const texts of [this.words.keys(), this.texts]) {
      for (const t of texts) {
        b = this.room(at, 3 * t.length);
        at += b.write(t, at, 'utf8');
      }
    }
    this.ints.length = 0;
    this.numbers.length = 0;
    this.texts.length = 0;
    // A new map, not clear() (textMemo.ts says why): this writer lives for the run.
    this.words = new Map();
    return b.subarray(0, at);
  }

  /** The buffer, with room for `more` bytes after `used` (kept). */
  private room(used: number, more: number): Buffer {
    if (this.buffer.length < used + more) {
      const grown = Buffer.allocUnsafe(Math.max(used + more, 2 * this.buffer.length));
      this.buffer.copy(grown, 0, 0, used);
      this.buffer = grown;
    }
    return this.buffer;
  }
}

/** Reads a record in the order it was written; done with `bytes` once constructed. */
export class RecordReader {
  private readonly ints: Int32Array;
  private readonly numbers: Float64Array;
  private readonly words: string[] = [];
  private readonly joined: string;
  private next = 0;
  private nextNumber = 0;
  private textAt: number;

  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const wordCount = view.getInt32(0, true);
    const count = wordCount + view.getInt32(4, true);
    // Copied out: `bytes` may be a scratch buffer read into again next.
    this.ints = new Int32Array(count);
    let at = 12;
    for (let i = 0; i < count; i++, at += 4) this.ints[i] = view.getInt32(at, true);
    this.numbers = new Float64Array(view.getInt32(8, true));
    for (let i = 0; i < this.numbers.length; i++, at += 8) this.numbers[i] = view.getFloat64(at, true);
    this.joined = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', at);
    let textAt = 0;
    for (let i = 0; i < wordCount; i++) {
      const length = this.ints[i]!;
      this.words.push(this.joined.slice(textAt, textAt + length));
      textAt += length;
    }
    this.next = wordCount;
    this.textAt = textAt;
  }

  int(): number {
    return this.ints[this.next++]!;
  }

  flag(): boolean {
    return this.ints[this.next++] === 1;
  }

  number(): number | null {
    return this.ints[this.next++] === 0 ? null : this.numbers[this.nextNumber++]!;
  }

  text(): string | undefined {
    const length = this.ints[this.next++]!;
    if (length === NONE) return undefined;
    const s = this.joined.slice(this.textAt, this.textAt + length);
    this.textAt += length;
    return s;
  }

  word(): string {
    return this.words[this.ints[this.next++]!]!;
  }

  /** A list written by RecordWriter.list, each item read by `read` (a loop: Array.from with a length is slower on this hot path). */
  list<T>(read: () => T): T[] {
    const out: T[] = [];
    for (let n = this.int(); n > 0; n--) out.push(read());
    return out;
  }
}

/** A copy of `bytes` in a buffer of its own: a record to keep past the writer's next one, or to transfer to another thread. */
export const ownBytes = (bytes: Uint8Array): Uint8Array => new Uint8Array(bytes);
