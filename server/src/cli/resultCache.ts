// `claimcheck check --cache`: one file per note result, named by a hash of everything the result
// depends on (the note's text, the effective config, every facts file's path and contents, the
// tool's version, --as-of and today's date, which dates undated notes), and the facts files'
// problems by that fingerprint and the working folder. A changed input is a new name, so a stale
// entry is never read; entries are written to a temp file and renamed (atomic). Each name starts
// with its fingerprint's prefix, and a folder keeps the entries of the last KEPT_FINGERPRINTS
// fingerprints it was used with: a new day, a facts edit or a new version would otherwise leave
// every note's old entry behind, run after run (137 MB for the bench's 2,000 notes).
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { CheckResult } from '../core/check';
import { readFactsSnapshot, writeFactsSnapshot, type LoadedFacts, type SnapshotSource } from '../core/facts/factsSnapshot';
import type { Claim, Finding, Problem, Statement } from '../core/types';

export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/claimcheck';

/**
 * Bumped when a cached result's shape or the fingerprint's make-up changes, so older entries are
 * never read (4: a note's statements for the consistency pass; 5: the facts hashed as bytes).
 */
const CACHE_FORMAT = 5;

/** Fingerprints whose entries a cache folder keeps, the most recently used: a run's, and a few more for a user switching between configurations or dates. */
export const KEPT_FINGERPRINTS = 4;

/** The fingerprints a folder keeps, most recently used first. */
const KEPT_LIST = 'fingerprints.json';

/** What writeAtomically adds to a file's name for its temp file (`.<pid>.<random>.tmp`), as a pattern. */
const TEMP_SUFFIX = String.raw`\.\d+\.[0-9a-z]*\.tmp`;

/**
 * A note's entry, the facts' problems or their snapshot, under its fingerprint's prefix (none: an
 * entry from before prefixes), or a temp file one left behind. Nothing else in the folder is ever
 * removed (the run recordings are kept by runReplay.ts).
 */
const ENTRY = new RegExp(String.raw`^(?:facts-)?(?:([0-9a-f]{16})-)?[0-9a-f]{64}\.(?:json|snapshot)(?:${TEMP_SUFFIX})?$`);
/** A temp file of the list that a crashed run left behind. */
const LIST_TEMP = new RegExp(`^${KEPT_LIST.replace(/\./g, '\\.')}${TEMP_SUFFIX}$`);

export interface CacheInputs {
  version: string;
  config: unknown;
  /** Each facts file, and its text in UTF-8 (FileText holds it as read: a cached run need not decode it). */
  facts: readonly { file: string; utf8(): Uint8Array }[];
  asOf?: string;
  today: string;
}

export class ResultCache {
  /** A hash of everything every note's result depends on besides the note (the run cache builds on it). */
  readonly fingerprint: string;

  constructor(
    readonly dir: string,
    inputs: CacheInputs,
  ) {
    // The facts' texts are hashed as bytes, each after its length (paths in the JSON): not copied
    // into one JSON string (21 MB for 100,000 facts), nor encoded again from a string (6x slower).
    const hash = createHash('sha256').update(JSON.stringify({ format: CACHE_FORMAT, ...inputs, facts: inputs.facts.map(({ file }) => file) }));
    for (const file of inputs.facts) {
      const utf8 = file.utf8();
      hash.update('\0').update(String(utf8.length)).update('\0').update(utf8);
    }
    this.fingerprint = hash.digest('hex');
    this.prefix = this.fingerprint.slice(0, 16);
    mkdirSync(dir, { recursive: true });
    keepRecentFingerprints(dir, this.prefix);
  }

  /** What every entry of this fingerprint is named after. */
  private readonly prefix: string;

  /** A hash of this fingerprint and `part`: what an entry that also depends on `part` is named after. */
  private keyOf(part: string): string {
    return createHash('sha256').update(this.fingerprint).update('\0').update(part).digest('hex');
  }

  private fileFor(text: string): string {
    return path.join(this.dir, `${this.prefix}-${this.keyOf(text)}.json`);
  }

  get(text: string): CheckResult | undefined {
    try {
      return unpack(JSON.parse(readFileSync(this.fileFor(text), 'utf8')) as Packed);
    } catch {
      return undefined; // absent, or unreadable: checked anew and rewritten
    }
  }

  set(text: string, result: CheckResult): void {
    writeAtomically(this.fileFor(text), JSON.stringify(pack(result)));
  }

  /**
   * The facts files' problems as a run in `cwd` shows them: they follow from the fingerprint (the
   * facts' paths and texts, the config, today, the version) and the folder their paths are shown
   * from. A run whose every note is cached then needs no facts loaded.
   */
  factsProblems(cwd: string): FactsProblemsStore {
    const file = path.join(this.dir, `facts-${this.prefix}-${this.keyOf(cwd)}.json`);
    return {
      get() {
        try {
          return JSON.parse(readFileSync(file, 'utf8')) as ShownProblem[];
        } catch {
          return undefined; // absent or unreadable: the facts are loaded, and the problems written
        }
      },
      set(problems) {
        writeAtomically(file, JSON.stringify(problems));
      },
    };
  }

  /** The file this fingerprint's facts snapshot is kept in (factsSnapshotAt): it follows from the fingerprint alone. */
  get factsSnapshotFile(): string {
    return path.join(this.dir, `facts-${this.prefix}-${this.keyOf('snapshot')}.snapshot`);
  }
}

/**
 * The loaded facts as a snapshot in `file` (core/facts/factsSnapshot.ts). A run with notes to
 * check reads them back instead of loading the facts files, and builds only the facts its notes
 * ask for. `write` false: a worker thread reads what the main thread writes.
 */
export function factsSnapshotAt(file: string, write = true): FactsSnapshotStore {
  return {
    get() {
      try {
        return readFactsSnapshot(fileSource(file));
      } catch {
        return undefined; // absent or unreadable: the facts are loaded, and the snapshot written
      }
    },
    set(loaded) {
      if (!write) return;
      writeAtomicallyInParts(file, (writeAt) => {
        let at = 0;
        return writeFactsSnapshot(loaded, {
          append: (text) => void (at += writeAt(text, at, 'latin1')),
          rewriteStart: (text) => void writeAt(text, 0, 'latin1'),
        });
      });
    },
  };
}

type ShownProblem = Problem & { file: string };

/**
 * A snapshot file read part by part, as the facts it holds are asked for. It stays open for the
 * run: a run that replaces it renames a new file over it, and this one keeps reading its own.
 */
function fileSource(file: string): SnapshotSource {
  const fd = openSync(file, 'r');
  const size = fstatSync(fd).size;
  return {
    size,
    read(start, end) {
      const buffer = Buffer.allocUnsafe(end - start);
      const got = readSync(fd, buffer, 0, end - start, start);
      if (got !== end - start) throw new Error(`the facts snapshot ${file} ended early`);
      return buffer.toString('latin1'); // ASCII: see factsSnapshot.ts
    },
  };
}

/** Where a run keeps the loaded facts (factsSnapshotAt). */
export interface FactsSnapshotStore {
  get(): LoadedFacts | undefined;
  set(loaded: LoadedFacts): void;
}

/** Where a run keeps the facts files' problems (ResultCache.factsProblems). */
export interface FactsProblemsStore {
  get(): ShownProblem[] | undefined;
  set(problems: ShownProblem[]): void;
}

/**
 * Puts `current` first among the fingerprints `dir` keeps and removes the entries of any other:
 * at most KEPT_FINGERPRINTS generations of entries stay. Another run at the same time may lose its
 * place in the list: its entries go, and are checked again next time (a cache only costs speed).
 */
function keepRecentFingerprints(dir: string, current: string): void {
  const listFile = path.join(dir, KEPT_LIST);
  let listed: unknown;
  try {
    listed = JSON.parse(readFileSync(listFile, 'utf8'));
  } catch {
    listed = []; // none yet, or unreadable: only this run's are kept
  }
  const previous = Array.isArray(listed) ? listed.filter((p): p is string => typeof p === 'string' && p !== current) : [];
  const kept = [current, ...previous].slice(0, KEPT_FINGERPRINTS);
  writeAtomically(listFile, JSON.stringify(kept));
  const keep = new Set(kept);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const entry = ENTRY.exec(name);
    const prefix: string | undefined = entry?.[1];
    if (!LIST_TEMP.test(name) && (!entry || (prefix !== undefined && keep.has(prefix)))) continue;
    try {
      rmSync(path.join(dir, name), { force: true });
    } catch {
      // Not ours to remove after all (a folder by that name, no permission): left as it is.
    }
  }
}

/** A temp file beside `file`, named as TEMP_SUFFIX expects. */
const tempNameFor = (file: string): string => `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;

/** Written to a temp file and renamed: a reader sees the whole entry or none. */
function writeAtomically(file: string, text: string): void {
  writeAtomicallyInParts(file, (writeAt) => {
    writeAt(text, 0, 'utf8');
    return true;
  });
}

/** Writes all of `text` at `position`; the number of bytes. */
type WriteAt = (text: string, position: number, encoding: BufferEncoding) => number;

/**
 * The same for a file written in parts, each at its offset (when `write` returns false, nothing is
 * kept). The parts go straight to the file: a 100,000-fact snapshot is never one 44 MB string.
 */
function writeAtomicallyInParts(file: string, write: (writeAt: WriteAt) => boolean): void {
  const temp = tempNameFor(file);
  let fd: number | undefined;
  try {
    const open = (fd = openSync(temp, 'w'));
    const writeAt: WriteAt = (text, position, encoding) => {
      const bytes = Buffer.from(text, encoding);
      // One write(2) may take fewer bytes than asked: the rest follows, so no part is cut short.
      for (let done = 0; done < bytes.length; ) done += writeSync(open, bytes, done, bytes.length - done, position + done);
      return bytes.length;
    };
    const whole = write(writeAt);
    closeSync(fd);
    fd = undefined;
    if (whole) renameSync(temp, file);
    else rmSync(temp, { force: true });
  } catch {
    // A cache that cannot be written costs speed, never a result; its temp file goes.
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
  }
}

/** A cached result: a finding or statement whose claim is one of the note's claims names it by index (`claimAt`), not as a copy. */
type WithClaimAt<T extends { claim: Claim }> = Omit<T, 'claim'> & ({ claim: Claim } | { claimAt: number });
type Packed = Omit<CheckResult, 'findings' | 'statements'> & { findings: WithClaimAt<Finding>[]; statements?: WithClaimAt<Statement>[] };

function pack(result: CheckResult): Packed {
  const claims = result.note.claims;
  const packOne = <T extends { claim: Claim }>(x: T): WithClaimAt<T> => {
    if (claims[x.claim.index] !== x.claim) return x;
    const { claim, ...rest } = x;
    return { ...rest, claimAt: claim.index };
  };
  return { ...result, findings: result.findings.map(packOne), ...(result.statements ? { statements: result.statements.map(packOne) } : {}) };
}

function unpack(packed: Packed): CheckResult {
  const claims = packed.note.claims;
  const unpackOne = <T extends { claim: Claim }>(x: WithClaimAt<T>): T => {
    if (!('claimAt' in x)) return x as T;
    const { claimAt, ...rest } = x;
    const claim = claims[claimAt];
    if (!claim) throw new Error('corrupt cache entry');
    return { ...rest, claim } as unknown as T;
  };
  const { statements, findings, ...rest } = packed;
  const result: CheckResult = { ...rest, findings: findings.map((f) => unpackOne<Finding>(f)) };
  if (statements) result.statements = statements.map((s) => unpackOne<Statement>(s));
  return result;
}
