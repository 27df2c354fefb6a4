// Writes a note the way editors save: a temp file in the same folder, then a rename, so a reader
// never sees half a note and a failure leaves the original untouched.
import { chmodSync, closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export class WriteRefused extends Error {}

/**
 * Replaces `file` with `text` (UTF-8), keeping its mode. A file without write permission is
 * refused even for root, who could otherwise rename over it: read-only means "leave me alone".
 */
export function writeFileAtomic(link: string, text: string): void {
  // Through a symlink, replace its target: renaming over the link would turn it into a copy.
  const file = realpathSync(link);
  const stat = statSync(file);
  if ((stat.mode & 0o222) === 0) throw new WriteRefused('the file is read-only');
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.claimcheck-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', stat.mode & 0o777);
    writeSync(fd, Buffer.from(text, 'utf8'));
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(temp, stat.mode & 0o7777); // the umask may have narrowed it
    renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already renamed
    }
    const code = (error as NodeJS.ErrnoException).code;
    throw new WriteRefused(code === 'EACCES' || code === 'EPERM' ? 'no permission to write in its folder' : (code ?? (error as Error).message));
  }
}
