import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, realpathSync, statSync, constants } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { decodeText } from '../core/decodeText';
import { quoteForMessage } from '../core/quote';
import { UserError } from './exitCodes';

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/** The .gitignore rules of `dir`, if it has one: directory arguments honor them like git does. */
function gitignoreOf(dir: string): Ignore | undefined {
  const file = path.join(dir, '.gitignore');
  if (!existsSync(file)) return undefined;
  return ignore().add(readFileSync(file, 'utf8'));
}

function markdownUnder(dir: string): string[] {
  const rules = gitignoreOf(dir);
  const found = globSync('**/*.{md,markdown}', { cwd: dir, ignore: ALWAYS_IGNORED, dot: false }).sort();
  return found.filter((rel) => !rules?.ignores(rel)).map((rel) => path.join(dir, rel));
}

/**
 * Expands the command line's files, directories and globs into markdown files, in a stable
 * order, without duplicates. A path that names nothing is a usage error, not a silent skip.
 */
export function expandInputs(inputs: string[], cwd: string): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    if (existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        const found = markdownUnder(absolute);
        if (found.length === 0) throw new UserError(`no markdown files in directory '${input}'`);
        files.push(...found);
      } else files.push(absolute);
    } else if (isDynamicPattern(input)) {
      const found = globSync(input, { cwd, ignore: ALWAYS_IGNORED, absolute: true }).sort();
      if (found.length === 0) throw new UserError(`no files match '${input}'`);
      files.push(...found);
    } else throw new UserError(`no such file or directory: '${input}'`);
  }
  // Each note once, by its real path: a folder reached twice through a symlink is not checked twice.
  const seen = new Set<string>();
  return files.filter((file) => {
    const key = realPath(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** Files matching facts globs (relative to `root`); a glob that names a missing plain file is kept out. */
export function expandFactsGlobs(globs: string[], root: string): string[] {
  const found = globSync(globs, { cwd: root, ignore: ALWAYS_IGNORED, absolute: true, dot: true });
  return [...new Set(found)].sort();
}

/** Reads a config or facts file as text (UTF-8 or UTF-16 with a byte-order mark); a user error otherwise. */
export function readText(file: string, limit = MAX_INPUT_BYTES): string {
  const read = readNoteFile(file, limit);
  if (read.kind === 'text') return read.text;
  if (read.kind === 'too-large') throw new UserError(`cannot read '${file}': it is ${read.size} bytes, over the ${limit}-byte limit`);
  throw new UserError(`cannot read '${file}': ${read.reason}`);
}

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
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a directory, not a file' : quoteForMessage((error as Error).message);
    return { kind: 'unreadable', reason };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** What a non-regular file is, in words; undefined for a regular file. */
function fileType(stat: import('node:fs').Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}
