// A scratch file for bytes a run must keep but not hold: written once, read back by span (into one
// reused buffer), removed on close (a held note's printed items and statements while the
// consistency pass waits for every note). Writes are gathered into chunks: a run writes tens of
// thousands of small spans, and a system call each cost more than copying them.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Span {
  at: number;
  length: number;
}

const CHUNK = 1 << 20;

export class SpillFile {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-spill-'));
  private readonly fd = openSync(path.join(this.dir, 'spill'), 'w+');
  /** Bytes in the file; those written after it wait in `pending`. */
  private flushed = 0;
  private pending = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  /** Reads go here, not to a new buffer each: a run reads back thousands of spans, and each new
   *  buffer is memory off the heap until a collection. */
  private reading = Buffer.allocUnsafe(1 << 16);

  write(bytes: Uint8Array): Span {
    const span = { at: this.flushed + this.used, length: bytes.length };
    if (this.used + bytes.length > CHUNK) this.flush();
    if (bytes.length >= CHUNK) this.writeOut(bytes);
    else {
      this.pending.set(bytes, this.used);
      this.used += bytes.length;
    }
    return span;
  }

  /** The span's bytes, in a buffer this file reads into again: valid until the next read. */
  read(span: Span): Buffer {
    this.flush();
    if (this.reading.length < span.length) this.reading = Buffer.allocUnsafe(Math.max(span.length, 2 * this.reading.length));
    const bytes = this.reading.subarray(0, span.length);
    for (let done = 0; done < span.length; ) {
      const n = readSync(this.fd, bytes, done, span.length - done, span.at + done);
      if (n === 0) throw new Error(`the scratch file ${this.dir} was cut short`);
      done += n;
    }
    return bytes;
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    if (this.used === 0) return;
    const bytes = this.pending.subarray(0, this.used);
    this.used = 0;
    this.writeOut(bytes);
  }

  private writeOut(bytes: Uint8Array): void {
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done, this.flushed + done);
    this.flushed += bytes.length;
  }
}
