// Reading a note, facts or config file from disk, safely: the file type is checked before opening
// (a FIFO would block, a device grow forever), reads are capped, and the bytes are decoded as
// UTF-8 or UTF-16 with a byte-order mark (anything else is a clear error). Shared by the CLI and
// the node server host.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { decodeText } from '../core/decodeText';
import { quoteForMessage } from '../core/quote';

/** Config and facts files larger than this are not read (a facts file of 100,000 facts is ~25 MB). */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export type NoteRead =
  | { kind: 'text'; text: string; size: number }
  /** Over the size limit: not read at all (the size guard reports it). */
  | { kind: 'too-large'; size: number }
  /** Read, but not text Claimcheck can decode: the note is `not-checked`. */
  | { kind: 'undecodable'; reason: string; size: number }
  /** Not a regular file, or the file system refused: reported, and the run goes on. */
  | { kind: 'unreadable'; reason: string };

/**
 * Reads a note: checks the file type before opening (a FIFO would block, a device grow forever),
 * reads at most `limit` bytes, and decodes UTF-8 / UTF-16 with a byte-order mark.
 */
export function readNoteFile(file: string, limit: number): NoteRead {
  let fd: number | undefined;
  try {
    const before = statSync(file);
    const type = fileType(before);
    if (type) return { kind: 'unreadable', reason: `it is ${type}, not a file` };
    if (before.size > limit) return { kind: 'too-large', size: before.size };
    // O_NONBLOCK: if the path was swapped for a FIFO since the stat, opening it does not block.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    const typeNow = fileType(stat);
    if (typeNow) return { kind: 'unreadable', reason: `it is ${typeNow}, not a file` };
    if (stat.size > limit) return { kind: 'too-large', size: stat.size };
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      // The file grew past the limit while being read.
      if (length >= buffer.length) return { kind: 'too-large', size: length };
    }
    const decoded = decodeText(buffer.subarray(0, length));
    if (!decoded.ok) return { kind: 'undecodable', reason: decoded.reason, size: length };
    return { kind: 'text', text: decoded.text, size: length };
  } catch (error) {
    return { kind: 'unreadable', reason: unreadableReason(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a directory, not a file' : quoteForMessage((error as Error).message);
}

/** Why readNoteFile would find the note unreadable, asked without reading it (a regular file that opens: undefined). */
export function whyUnreadable(file: string): string | undefined {
  let fd: number | undefined;
  try {
    const type = fileType(statSync(file));
    if (type) return `it is ${type}, not a file`;
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const typeNow = fileType(fstatSync(fd));
    return typeNow ? `it is ${typeNow}, not a file` : undefined;
  } catch (error) {
    return unreadableReason(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** What a non-regular file is, in words; undefined for a regular file. */
function fileType(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

