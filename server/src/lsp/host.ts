// What the server needs from its environment. The node host reads the disk; a browser host
// would read through the client. The server writes nothing itself: edits go to the client.
import type { LoadFactsOptions } from '../core/facts/loadFacts';
import type { LineCut, LoadedWithMiddleEntries } from '../core/facts/middleEntries';

export interface ServerHost {
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readFile(uri: string): Promise<string | undefined>;
  /**
   * Like readFile, but says why a file that exists could not be read as text (an encoding other
   * than UTF-8/UTF-16 with BOM, not a regular file, too large), so a note is `not-checked`, not skipped.
   */
  readText?(uri: string): Promise<{ text: string } | { error: string } | undefined>;
  /** URIs of files under `rootUri` whose relative path matches `include` and not `exclude`. */
  findFiles(rootUri: string, include: readonly string[], exclude: readonly string[]): Promise<string[]>;
  /**
   * Size in bytes, or undefined when missing. `stamp` changes whenever the file's content may have
   * changed; a host that cannot tell (or a file changed too recently to tell) gives none.
   */
  stat(uri: string): Promise<{ size: number; stamp?: string } | undefined>;
  /** Today's date, YYYY-MM-DD: the clock lives in the host, never in the core. */
  today(): string;
  /**
   * Loads facts files as loadFacts does, off the server's thread (the node host: a worker), so a
   * large facts file's reload does not hold up the notes. Without it they load on the server's thread.
   * `middleEntries`: those of each file the load read whole, for Add Fact's outline (the project keeps them).
   */
  loadFacts?(files: { file: string; text: string }[], options: LoadFactsOptions): Promise<LoadedOffThread>;
  /**
   * middleEntryLines of a large facts text, found off the server's thread (the node host: the facts
   * worker), for Add Fact's outline. Without it they are found on the server's thread.
   */
  middleEntries?(text: string): Promise<LineCut[]>;
}

/** A load off the server's thread: with the files' fact entries (countFactEntries) when it counted them there too. */
export type LoadedOffThread = LoadedWithMiddleEntries & { factEntries?: number };

/** Internal tuning, not user settings. */
export interface ServerOptions {
  /** Quiet time after the last edit before a note is re-checked. */
  debounceMs: number;
  /** How long a just-opened long note's check runs before the part checked so far is shown (NoteChecker's first look). */
  firstLookMs: number;
  /**
   * Quiet time after an open note last changed (a keystroke, an open) before background work (the
   * workspace index, Check Workspace's closed notes) goes on.
   */
  backgroundQuietMs: number;
  /**
   * Facts texts of this many characters or more (in all) load on the host's worker, when it has one.
   * None do by default: a load on the server's thread runs in pieces of a few ms, requests answered
   * between them, and at every size measured it re-checks the notes sooner and holds less memory
   * than the worker's load and snapshot (100,000 facts: 1.7 vs 2.9–3.7 s after the last key, ~450 vs ~850 MB).
   */
  factsWorkerMinChars: number;
  /**
   * Facts texts of this many characters or more (in all) that the plain reader cannot read whole
   * (a syntax error, as while a fact is typed; YAML outside its subset; a CSV file) load on the
   * host's worker: the readers that take over do not pause (a syntax error's recovery reads 100,000
   * facts again, ~0.4 s; js-yaml ~0.9 s).
   */
  slowReadWorkerMinChars: number;
  /**
   * Add Fact's outline of a facts text this long or longer is not found on the server's thread
   * at once (a plain reading of the whole file, ~0.4 s at 100,000 facts): a load finds it in pieces as
   * it reads the file, else the host's worker finds it when first asked.
   */
  outlineWorkerMinChars: number;
}

// 75 ms: a keystroke re-checks only the segment it touched (a few ms), so the squiggles can follow typing closely.
// 500 ms: longer than the gap between two keystrokes of someone typing, so background work runs in
// the pauses and never between a keystroke and its squiggles (it doubled their latency while it ran).
export const defaultServerOptions: ServerOptions = { debounceMs: 75, firstLookMs: 50, backgroundQuietMs: 500, factsWorkerMinChars: Infinity, slowReadWorkerMinChars: 4_000_000, outlineWorkerMinChars: 4_000_000 };
