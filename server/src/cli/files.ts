import { quoteForMessage } from '../core/quote';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { FileText, MAX_INPUT_BYTES, readFileText } from '../node/readTextFile';
import { UserError } from './exitCodes';

export { FileText, MAX_INPUT_BYTES, readNoteFile, type NoteRead } from '../node/readTextFile';

/** Folders no input search enters. */
const IGNORED_FOLDERS = ['node_modules', '.git'];
const ALWAYS_IGNORED = IGNORED_FOLDERS.map((folder) => `**/${folder}/**`);

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
  // A plain path to a file is taken as the search would give it, without the search: tinyglobby
  // walks folders for an absolute path outside `root` (~0.1 s a run).
  const files: string[] = [];
  const patterns: string[] = [];
  for (const glob of globs) {
    const file = isDynamicPattern(glob) ? undefined : plainFile(glob, root);
    if (file === undefined) patterns.push(glob);
    else if (file !== null) files.push(file);
  }
  if (patterns.length > 0) files.push(...globSync(patterns, { cwd: root, ignore: ALWAYS_IGNORED, absolute: true, dot: true }));
  return [...new Set(files)].sort();
}

/**
 * What the search gives for a path without glob characters: the file (absolute, with `/` as the
 * search writes it), null for nothing (missing, or in an ignored folder under `root`), undefined
 * when only the search can say (a folder stands for the files in it).
 */
function plainFile(glob: string, root: string): string | null | undefined {
  const absolute = path.resolve(root, glob);
  let isFile: boolean;
  try {
    isFile = statSync(absolute).isFile();
  } catch {
    return null;
  }
  if (!isFile) return undefined;
  const relative = path.relative(root, absolute);
  const inside = relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
  if (inside && relative.split(path.sep).slice(0, -1).some((folder) => IGNORED_FOLDERS.includes(folder))) return null;
  return absolute.split(path.sep).join('/');
}

/** Reads a config or facts file as text (UTF-8 or UTF-16 with a byte-order mark); a user error otherwise. */
export function readText(file: string, limit = MAX_INPUT_BYTES): string {
  return readFileTextOrFail(file, limit).text;
}

/** As readText, the text decoded on first use (a cached run only hashes the facts files). */
export function readFileTextOrFail(file: string, limit = MAX_INPUT_BYTES): FileText {
  const read = readFileText(file, limit);
  if (read.kind === 'text') return read.text;
  if (read.kind === 'too-large') throw new UserError(`cannot read '${file}': it is ${read.size} bytes, over the ${limit}-byte limit`);
  throw new UserError(`cannot read '${file}': ${read.reason}`);
}

export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}
