// A scratch file for bytes a run must keep but not hold: written once, read back by span, removed
// on close (the JSON stream's entry texts while the consistency pass waits for every note).
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Span {
  at: number;
  length: number;
}

export class SpillFile {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-spill-'));
  private readonly fd = openSync(path.join(this.dir, 'spill'), 'w+');
  private size = 0;

  write(bytes: Uint8Array): Span {
    const span = { at: this.size, length: bytes.length };
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done, this.size + done);
    this.size += bytes.length;
    return span;
  }

  read(span: Span): Buffer {
    const bytes = Buffer.allocUnsafe(span.length);
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
}
