// The CLI's output to a pipe, written before going on. The check runs synchronously, so what
// process.stdout cannot hand to a full pipe at once waits in memory until the run ends: with a
// reader slower than the check (`| less`, `| jq` on a busy machine) a 2,000-note JSON report
// held all of its 97 MB and the run peaked at 540 MB. Written here, a full pipe makes the check
// wait for the reader instead.
import { writeSync } from 'node:fs';

/** What the writer needs of the file system: fs.writeSync's shape, and a short sleep. */
export interface SyncOutputHost {
  write(fd: number, bytes: Uint8Array, offset: number, length: number): number;
  sleep(ms: number): void;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const nodeHost: SyncOutputHost = {
  write: (fd, bytes, offset, length) => writeSync(fd, bytes, offset, length),
  sleep: (ms) => void Atomics.wait(sleeper, 0, 0, ms),
};

/**
 * A writer that hands every byte to `fd` before it returns. A non-blocking pipe that is full
 * (EAGAIN) is waited on; any other error (EPIPE: the reader is gone) is thrown to the caller.
 */
export function syncOutput(fd: number, host: SyncOutputHost = nodeHost): (text: string) => void {
  return (text) => {
    const bytes = Buffer.from(text, 'utf8');
    let waitMs = 1;
    for (let done = 0; done < bytes.length; ) {
      try {
        done += host.write(fd, bytes, done, bytes.length - done);
        waitMs = 1;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        host.sleep(waitMs);
        waitMs = Math.min(waitMs * 2, 50);
      }
    }
  };
}
