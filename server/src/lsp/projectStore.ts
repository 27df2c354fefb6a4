// One project (config + facts) per workspace root: loaded on first use, reloaded (debounced)
// when its config or facts change, superseded loads dropped. What to do once a project has
// loaded (re-check notes, publish problems, status) is the caller's `onLoaded`.
import type { Logger } from './logger';
import type { ServerHost } from './host';
import { affectsProject, CONFIG_FILE, loadProject, sameInputsAs, type OpenDocuments, type Project } from './projects';
import { mayMoveProjectRoot, ProjectsAbove } from './projectsAbove';
import { isSetUp } from './settings';
import { dirnameUri, relativeUri, uriKey } from './uri';

export interface ProjectStoreOptions {
  host: ServerHost;
  open: OpenDocuments;
  logger: Logger;
  debounceMs: () => number;
  /** Facts of this many characters or more load on the host's worker (ServerOptions); default: never. */
  factsWorkerMinChars?: () => number;
  /** Facts this long or longer that the plain reader cannot read whole load on the host's worker (ServerOptions); default: never. */
  slowReadWorkerMinChars?: () => number;
  /** A facts file this long or longer, loaded on this thread, has Add Fact's outline found as it loads (ServerOptions); default: never. */
  outlineMinChars?: () => number;
  /** `notesFollow`: false while the notes keep the facts they had (a facts file mid-edit); then they need no re-check. */
  onLoaded: (project: Project, change: { notesFollow: boolean }) => void;
}

/** A project load slower than this (ms) lengthens the quiet time before the next reload. */
const SLOW_LOAD_MS = 300;

/**
 * How long a project waits after an edit of its config or facts before it reloads (ms). A fast
 * load waits the debounce. A slow one (100,000 facts: about half a second the server answers
 * nothing else in) waits for a pause in the typing: three times the gap since the edit before, so
 * a burst of keystrokes (40–250 ms apart) is not interrupted, yet its end is followed in a few
 * hundred ms; an edit after a long pause (the first of a burst) waits twice the load, at most 2 s.
 */
export function reloadQuietMs(debounceMs: number, lastLoadMs: number, sinceLastEditMs: number): number {
  if (lastLoadMs < SLOW_LOAD_MS) return debounceMs;
  return Math.max(debounceMs, Math.min(2000, 2 * lastLoadMs, 3 * sinceLastEditMs));
}

export class ProjectStore {
  private folderUris: string[] = [];
  /** The latest load per root key, pending or done. */
  private readonly loading = new Map<string, Promise<Project>>();
  /** The latest finished load per root key. */
  private readonly current = new Map<string, Project>();
  private readonly reloadTimers = new Map<string, ReturnType<typeof setTimeout>>();

  /** Project roots found by walking up from notes whose workspace folder is not set up. */
  private readonly above: ProjectsAbove;

  constructor(private readonly options: ProjectStoreOptions) {
    this.above = new ProjectsAbove(options.host);
  }

  get folders(): readonly string[] {
    return this.folderUris;
  }

  setFolders(uris: readonly string[]): void {
    this.folderUris = [...uris];
  }

  /** Workspace folders added and removed; the removed folders' projects are forgotten. */
  changeFolders(added: readonly string[], removed: readonly string[]): void {
    const gone = new Set(removed.map(uriKey));
    this.folderUris = this.folderUris.filter((f) => !gone.has(uriKey(f))).concat(added);
    for (const key of gone) {
      this.loading.delete(key);
      this.current.delete(key);
    }
  }

  /** The innermost workspace folder holding `uri`. */
  private folderOf(uri: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folderUris) {
      if (relativeUri(folder, uri) !== undefined && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }

  /**
   * The root of the project that holds `uri`, as far as known now: its workspace folder when that is
   * set up, else the project found above the note (once `resolveRoot` walked there), else the
   * workspace folder, else the note's own directory.
   */
  rootFor(uri: string): string {
    const folder = this.folderOf(uri);
    const loaded = folder && this.current.get(uriKey(folder));
    if (folder && loaded && isSetUp(loaded)) return folder;
    return this.above.known(dirnameUri(uri)) ?? folder ?? dirnameUri(uri);
  }

  /** Like `rootFor`, after loading the workspace folder and, when it is not set up, walking up from the note. */
  async resolveRoot(uri: string): Promise<string> {
    const folder = this.folderOf(uri);
    if (folder && isSetUp(await this.now(folder))) return folder;
    return (await this.above.find(dirnameUri(uri))) ?? folder ?? dirnameUri(uri);
  }

  /** Whether a load of this root was ever started. */
  has(root: string): boolean {
    return this.loading.has(uriKey(root));
  }

  /**
   * The project as its latest load has it, waiting for a load under way or scheduled: a note
   * checked after a facts edit (Add Fact writes the stub, then cites it) is checked against it.
   */
  get(root: string): Promise<Project> {
    const key = uriKey(root);
    return this.upcoming.get(key)?.promise ?? this.loading.get(key) ?? this.reload(root);
  }

  /**
   * The project as it is now: while it reloads (its facts load on a worker; 100,000 take ~2 s), the
   * one loaded before. For what only shows (a hover): what is published, and what edits, waits for
   * the new facts, so no verdict flips to the old facts and back.
   */
  now(root: string): Promise<Project> {
    const key = uriKey(root);
    const current = this.current.get(key);
    return current && (this.reloading.has(key) || this.upcoming.has(key)) ? Promise.resolve(current) : this.get(root);
  }

  /** The project holding `uri` as it is now (see `now`). */
  async nowOf(uri: string): Promise<Project> {
    return this.now(await this.resolveRoot(uri));
  }

  /** Whether `project` is the latest load of its root (a check against an older one is not published). */
  isLatest(project: Project): boolean {
    return this.current.get(uriKey(project.root))?.generation === project.generation;
  }

  /** The project holding `uri`. */
  async of(uri: string): Promise<Project> {
    return this.get(await this.resolveRoot(uri));
  }

  /** Every project loaded so far. */
  loaded(): Project[] {
    return [...this.current.values()];
  }

  reload(root: string): Promise<Project> {
    const key = uriKey(root);
    const started = performance.now();
    const previous = this.current.get(key);
    if (previous) this.reloading.add(key);
    const how = {
      workerMinChars: this.options.factsWorkerMinChars?.() ?? Infinity,
      slowReadWorkerMinChars: this.options.slowReadWorkerMinChars?.() ?? Infinity,
      outlineMinChars: this.options.outlineMinChars?.() ?? Infinity,
      superseded: (): boolean => this.loading.get(key) !== promise,
    };
    const promise: Promise<Project> = loadProject(root, this.options.host, this.options.open, previous, how).then((loaded) => {
      if (this.loading.get(key) === promise) this.reloading.delete(key);
      if (loaded === previous) return loaded; // read the same as before: nothing to publish or re-check
      this.loadMs.set(key, performance.now() - started);
      if (this.loading.get(key) !== promise) return loaded; // a newer load superseded this one
      const { project, notesFollow } = keepFactsWhileMidEdit(this.current.get(key), loaded, (uri) => this.options.open.text(uri) !== undefined);
      this.current.set(key, project);
      this.options.onLoaded(project, { notesFollow });
      return project;
    });
    this.loading.set(key, promise);
    const upcoming = this.upcoming.get(key);
    this.upcoming.delete(key);
    upcoming?.resolve(promise);
    promise.catch((error) => {
      if (this.loading.get(key) === promise) this.reloading.delete(key);
      this.options.logger.error(`loading ${root}`, error);
    });
    return promise;
  }

  /**
   * Reloads after a quiet time, so a burst of edits to a facts file loads once. After a slow load the
   * quiet time follows the typing (reloadQuietMs): typing in a 100,000-fact file is not interrupted
   * by a reload after every keystroke.
   */
  scheduleReload(root: string): void {
    const key = uriKey(root);
    clearTimeout(this.reloadTimers.get(key));
    const now = performance.now();
    const quiet = reloadQuietMs(this.options.debounceMs(), this.loadMs.get(key) ?? 0, now - (this.lastEdit.get(key) ?? -Infinity));
    this.lastEdit.set(key, now);
    if (!this.upcoming.has(key)) {
      let resolve!: (load: Promise<Project>) => void;
      const promise = new Promise<Project>((r) => (resolve = r));
      this.upcoming.set(key, { promise, resolve });
    }
    this.reloadTimers.set(
      key,
      setTimeout(() => {
        this.reloadTimers.delete(key);
        void this.reload(root);
      }, quiet),
    );
  }
  /** Roots with a reload scheduled (after the quiet time): what their next load will give. */
  private readonly upcoming = new Map<string, { promise: Promise<Project>; resolve: (load: Promise<Project>) => void }>();
  /** Roots whose latest load is under way while an earlier one is current. */
  private readonly reloading = new Set<string>();
  /** How long each project's last load took (ms), for the reload's quiet time. */
  private readonly loadMs = new Map<string, number>();
  /** When each project's reload was last scheduled (performance.now()): the typing's rhythm. */
  private readonly lastEdit = new Map<string, number>();

  /** Files changed on disk: reload every project whose config or facts they are. */
  filesChanged(uris: readonly string[]): void {
    const roots = new Map<string, string>();
    if (uris.some(mayMoveProjectRoot)) this.above.invalidate();
    for (const uri of uris) {
      for (const project of this.current.values()) if (affectsProject(project, uri)) roots.set(uriKey(project.root), project.root);
      const root = this.rootFor(uri);
      // A new config file: its project may not know it yet.
      if (relativeUri(root, uri) === CONFIG_FILE) roots.set(uriKey(root), root);
    }
    for (const root of roots.values()) this.scheduleReload(root);
  }
}

/**
 * A facts file open in the editor that has just gained errors is being typed in: `value: 61.5e`
 * on the way to `61.5e9`. Its fact would drop out and every note's verdict on it would flip and
 * flip back. So while the open facts files have more errors than the facts the notes were judged
 * against, the project keeps that index (and generation: cached note results stay valid) and
 * only its problems are new; the notes follow once the errors are gone (or the file is closed).
 */
export function keepFactsWhileMidEdit(
  previous: Project | undefined,
  next: Project,
  isOpen: (uri: string) => boolean,
): { project: Project; notesFollow: boolean } {
  const errors = (project: Project) => project.factsProblems.filter((p) => p.severity === 'error' && isOpen(p.file)).length;
  const base = previous && (notesBasis.get(previous) ?? previous);
  if (!previous || !base || JSON.stringify(previous.config) !== JSON.stringify(next.config) || errors(next) <= errors(base)) {
    return { project: next, notesFollow: true };
  }
  const project: Project = { ...next, index: base.index, factEntries: base.factEntries, generation: base.generation };
  notesBasis.set(project, base);
  sameInputsAs(project, next);
  return { project, notesFollow: false };
}

/** For a project that kept older facts: the load those facts (and their problems) came from. */
const notesBasis = new WeakMap<Project, Project>();

/** Whether the notes are judged against the facts from before a facts file's new errors (see keepFactsWhileMidEdit). */
export function keepsOlderFacts(project: Project): boolean {
  return notesBasis.has(project);
}
