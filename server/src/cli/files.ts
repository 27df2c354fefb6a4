import { quoteForMessage } from '../core/quote';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { MAX_INPUT_BYTES, readNoteFile } from '../node/readTextFile';
import { UserError } from './exitCodes';

export { MAX_INPUT_BYTES, readNoteFile, type NoteRead } from '../node/readTextFile';

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
        if (found.length === 0) throw new UserError(`no markdown files in directory '${quoteForMessage(input)}'`);
        files.push(...found);
      } else files.push(absolute);
    } else if (isDynamicPattern(input)) {
      const found = globSync(input, { cwd, ignore: ALWAYS_IGNORED, absolute: true }).sort();
      if (found.length === 0) throw new UserError(`no files match '${quoteForMessage(input)}'`);
      files.push(...found);
    } else throw new UserError(`no such file or directory: '${quoteForMessage(input)}'`);
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

export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}
