// Reading a note, facts or config file from disk, safely: the file type is checked before opening
// (a FIFO would block, a device grow forever), reads are capped, and the bytes are decoded as
// UTF-8 or UTF-16 with a byte-order mark (anything else is a clear error). Shared by the CLI and
// the node server host.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { open, type FileHandle } from 'node:fs/promises';
import { decodeAs, decodeText, encodingOf, invalidUtf8Reason } from '../core/decodeText';
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
  return noteOf(readBytes(file, limit));
}

/** Bytes read, decoded as a note: UTF-8, or UTF-16 with a byte-order mark. */
function noteOf(read: BytesRead): NoteRead {
  if (read.kind !== 'bytes') return read;
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return { kind: 'undecodable', reason: decoded.reason, size: read.bytes.length };
  return { kind: 'text', text: decoded.text, size: read.bytes.length };
}

/**
 * A file's text, decoded on first use. Until then a UTF-8 file is held as its bytes, already
 * checked to be UTF-8: a `check --cache` run that reads the facts back from their snapshot only
 * hashes a facts file, and hashing its bytes is ~6x faster than hashing its text (which encodes
 * it again), and the text (60 ms for 21 MB) is never built.
 */
export class FileText {
  private decoded: string | undefined;
  private bytes: Buffer | undefined;

  constructor(
    readonly file: string,
    content: { text: string } | { utf8: Buffer },
  ) {
    if ('text' in content) this.decoded = content.text;
    else this.bytes = content.utf8;
  }

  get text(): string {
    if (this.decoded === undefined) {
      this.decoded = decodeAs(this.bytes!, 'utf-8');
      this.bytes = undefined;
    }
    return this.decoded;
  }

  /** The text in UTF-8: the bytes read while they are held (the same bytes: they are UTF-8, the BOM kept in the text). */
  utf8(): Uint8Array {
    return this.bytes ?? Buffer.from(this.text, 'utf8');
  }
}

export type FileTextRead = { kind: 'text'; text: FileText } | Exclude<NoteRead, { kind: 'text' }>;

/** As readNoteFile, the text decoded on first use (FileText); what cannot be decoded is found now, with the same reason. */
export function readFileText(file: string, limit: number): FileTextRead {
  const read = readBytes(file, limit);
  if (read.kind !== 'bytes') return read;
  const { bytes } = read;
  const chosen = encodingOf(bytes);
  if (!chosen.ok) return { kind: 'undecodable', reason: chosen.reason, size: bytes.length };
  if (chosen.encoding !== 'utf-8') {
    const decoded = decodeText(bytes);
    return decoded.ok ? { kind: 'text', text: new FileText(file, decoded) } : { kind: 'undecodable', reason: decoded.reason, size: bytes.length };
  }
  if (!isUtf8(bytes)) return { kind: 'undecodable', reason: invalidUtf8Reason(bytes), size: bytes.length };
  return { kind: 'text', text: new FileText(file, { utf8: bytes }) };
}

/**
 * As readNoteFile, a file of `offThreadMinBytes` or more read by libuv's threads while this one
 * goes on (a 21 MB facts file took ~80 ms to read, a hover waiting); only its decoding is here.
 */
export async function readNoteFileOffThread(file: string, limit: number, offThreadMinBytes: number): Promise<NoteRead> {
  const before = checkBeforeOpen(file, limit);
  if ('kind' in before) return before;
  return noteOf(before.size < offThreadMinBytes ? readOpenedBytes(file, limit) : await readOpenedBytesOffThread(file, limit));
}

type NotRead = Exclude<NoteRead, { kind: 'text' } | { kind: 'undecodable' }>;
type BytesRead = { kind: 'bytes'; bytes: Buffer } | NotRead;

/** A regular file's bytes, at most `limit` of them: the type is checked before opening and again on the open file. */
function readBytes(file: string, limit: number): BytesRead {
  const before = checkBeforeOpen(file, limit);
  return 'kind' in before ? before : readOpenedBytes(file, limit);
}

/** The file's type and size checked before it is opened (a FIFO would block, a device grow forever). */
function checkBeforeOpen(file: string, limit: number): { size: number } | NotRead {
  try {
    const before = statSync(file);
    return notReadable(before, limit) ?? { size: before.size };
  } catch (error) {
    return { kind: 'unreadable', reason: unreadableReason(error) };
  }
}

/** The bytes of a file checked before opening, checked again once open. */
function readOpenedBytes(file: string, limit: number): BytesRead {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: if the path was swapped for a FIFO since the stat, opening it does not block.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    const notReadNow = notReadable(stat, limit);
    if (notReadNow) return notReadNow;
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      // The file grew past the limit while being read.
      if (length >= buffer.length) return { kind: 'too-large', size: length };
    }
    return { kind: 'bytes', bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { kind: 'unreadable', reason: unreadableReason(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** As readOpenedBytes, the reads awaited. */
async function readOpenedBytesOffThread(file: string, limit: number): Promise<BytesRead> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const opened = await handle.stat();
    const notReadNow = notReadable(opened, limit);
    if (notReadNow) return notReadNow;
    const buffer = Buffer.allocUnsafe(Math.min(opened.size, limit) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length >= buffer.length) return { kind: 'too-large', size: length };
    }
    return { kind: 'bytes', bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { kind: 'unreadable', reason: unreadableReason(error) };
  } finally {
    await handle?.close();
  }
}

/** Why a file with these stats is not read: not a regular file, or over the limit. */
function notReadable(stat: Stats, limit: number): NotRead | undefined {
  const type = fileType(stat);
  if (type) return { kind: 'unreadable', reason: `it is ${type}, not a file` };
  if (stat.size > limit) return { kind: 'too-large', size: stat.size };
  return undefined;
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

