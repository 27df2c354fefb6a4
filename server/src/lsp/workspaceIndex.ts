// The workspace index: each project's statements (figures no fact decides, core/consistency), one
// entry per note: open notes from the editor's text as they are checked, the other notes from
// disk, read and checked in the background when the project loads (never holding the event loop,
// waiting while the user types: NoteChecker.checkInBackground) and
// again when the watchers say a file changed. After every change the consistency pass runs over
// the project, and the notes whose `inconsistent` findings changed are handed to `onChanged`, to
// be published again.
//
// API for other features (small on purpose):
//   sync(project)                      (re)build from disk for the project's generation
//   update(project, uri, result)       a note's fresh check result (open note, or closed one read)
//   remove(project, uri) / filesChanged(changes)
//   relate(project, uri, result)       the result with its inconsistent findings in place
//   findingsFor(project, uri)          only those findings
//   notes(project)                     every note's statements, as the pass sees them
import type { CheckResult } from '../core/check';
import { inconsistentFindings, withInconsistencies, type NoteStatements } from '../core/consistency/inconsistencies';
import type { CancellationToken } from 'vscode-languageserver';
import type { Finding, Statement } from '../core/types';
import type { ServerHost } from './host';
import type { Logger } from './logger';
import { matchesAny } from './glob';
import type { Project } from './projects';
import { relativeUri, uriKey } from './uri';
import { showsAs } from './diagnostics';

export interface WorkspaceIndexOptions {
  host: ServerHost;
  /** Whether the editor has the note open: its text is then the editor's, not the disk's. */
  isOpen: (uri: string) => boolean;
  /** Whether the project is checked at all (set up, Claimcheck enabled). */
  checks: (project: Project) => boolean;
  /** Checks a closed note's text from disk in the background (opening and typing go first); undefined once `dropped()`. */
  check: (uri: string, text: string, project: Project, dropped: () => boolean) => Promise<CheckResult | undefined>;
  /** The project a file belongs to, when it is loaded. */
  projectOf: (uri: string) => Project | undefined;
  /** Notes whose inconsistent findings changed (not the one whose update caused it). */
  onChanged: (project: Project, uris: string[]) => void;
  logger: Logger;
}

interface NoteEntry extends NoteStatements {
  /** From the editor's text (true) or the disk's. */
  open: boolean;
  /** The project generation (facts, config) it was checked with. */
  generation: number;
}

interface ProjectEntry {
  project: Project;
  notes: Map<string, NoteEntry>;
  /** The last pass's findings per note key, and what they said (to see which changed). */
  found: Map<string, Finding[]>;
  said: Map<string, string>;
  /** The build under way; a newer one (a reload) makes it stop. */
  build: number;
  built: Promise<void>;
  /** The build's notes read so far, of how many, while it reads them. */
  reading?: { done: number; total: number };
  /** Who hears of each note the build reads (Check Workspace, waiting for it). */
  listeners: Set<BuildListener>;
}

/** Hears of a build's progress: the notes read so far, of how many. */
export type BuildListener = (done: number, total: number) => void;

/** File change types of workspace/didChangeWatchedFiles. */
export const FILE_DELETED = 3;

/** What a note's findings say, to compare before and after a pass. */
function saying(findings: readonly Finding[] | undefined): string {
  return (findings ?? []).map((f) => `${f.claim.offset.start}:${f.severity}:${f.message}`).join('\n');
}

/** Whether two statements agree in everything the pass reads; with `offsets`, also where they are in the note. */
function sameStatement(x: Statement, y: Statement, offsets: boolean): boolean {
  if (x === y) return true; // above an edit the check hands back the same statements
  if (x.key !== y.key || x.entityName !== y.entityName) return false;
  const c = x.claim;
  const d = y.claim;
  if ((offsets && c.offset.start !== d.offset.start) || c.text !== d.text || c.value !== d.value || c.low !== d.low || c.high !== d.high) return false;
  if (c.precision !== d.precision || c.bound !== d.bound || c.approx !== d.approx || (c.time?.text ?? '') !== (d.time?.text ?? '')) return false;
  const r = c.range;
  const q = d.range;
  return r.start.line === q.start.line && r.start.character === q.start.character && r.end.line === q.end.line && r.end.character === q.end.character;
}

/** Whether two lists of statements agree in everything the pass reads (compared field by field: this runs on every keystroke). */
function sameStatements(a: readonly Statement[], b: readonly Statement[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameStatement(a[i]!, b[i]!, true)) return false;
  return true;
}

/**
 * Where an edit changed a note's statements: `a[start, endA)` became `b[start, endB)`; before and
 * after that window they read the same and stand on the same lines and columns, only (maybe) at
 * other offsets. A keystroke moves every figure below it, but changes at most the few it touches.
 */
function changedWindow(a: readonly Statement[], b: readonly Statement[]): { start: number; endA: number; endB: number } {
  let start = 0;
  while (start < a.length && start < b.length && sameStatement(a[start]!, b[start]!, false)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && sameStatement(a[endA - 1]!, b[endB - 1]!, false)) {
    endA--;
    endB--;
  }
  return { start, endA, endB };
}

/** "notes/q1.md": the note's path in its project, as messages name it. */
export function noteLabel(root: string, uri: string): string {
  const rel = relativeUri(root, uri) ?? uri;
  try {
    return decodeURIComponent(rel);
  } catch {
    return rel;
  }
}

export class WorkspaceIndex {
  private readonly projects = new Map<string, ProjectEntry>();
  private builds = 0;

  constructor(private readonly options: WorkspaceIndexOptions) {}

  private entryOf(project: Project): ProjectEntry {
    const key = uriKey(project.root);
    let entry = this.projects.get(key);
    if (!entry) {
      entry = { project, notes: new Map(), found: new Map(), said: new Map(), build: 0, built: Promise.resolve(), listeners: new Set() };
      this.projects.set(key, entry);
    }
    return entry;
  }

  /**
   * Builds the project's index from the notes on disk, for this generation of the project (its
   * facts decide which figures are statements). Open notes keep the entries their checks gave.
   * A newer sync (the project reloaded again) stops this one at its next note.
   */
  sync(project: Project, force = false): Promise<void> {
    const entry = this.entryOf(project);
    if (!force && entry.project.generation === project.generation && entry.build > 0) return entry.built;
    entry.project = project;
    const build = (entry.build = ++this.builds);
    entry.built = this.build(entry, build).catch((error) => this.options.logger.error(`indexing ${project.root}`, error));
    return entry.built;
  }

  private async build(entry: ProjectEntry, build: number): Promise<void> {
    try {
      await this.read(entry, build);
    } finally {
      if (entry.build === build) entry.reading = undefined;
    }
  }

  /** The build's work: every closed note read and checked, then the pass over the whole project. */
  private async read(entry: ProjectEntry, build: number): Promise<void> {
    const { host, isOpen, checks } = this.options;
    const project = entry.project;
    const stale = () => entry.build !== build;
    const fresh = new Map<string, NoteEntry>();
    if (checks(project) && project.config.severity.inconsistent !== 'off') {
      const uris = await host.findFiles(project.root, project.config.notes, project.config.ignore);
      for (let i = 0; i < uris.length; i++) {
        if (stale()) return;
        entry.reading = { done: i, total: uris.length };
        if (i > 0) for (const listener of entry.listeners) listener(i, uris.length);
        const uri = uris[i]!;
        if (isOpen(uri)) continue;
        // Already checked with these facts meanwhile (Check Workspace, a watched change): not twice.
        const have = entry.notes.get(uriKey(uri));
        if (have && !have.open && have.generation === project.generation) {
          fresh.set(uriKey(uri), have);
          continue;
        }
        const text = await this.readNote(project, uri);
        if (text === undefined || stale()) continue;
        const result = await this.options.check(uri, text, project, () => stale() || isOpen(uri));
        if (stale()) return;
        if (!result) continue; // opened meanwhile: the editor's text counts
        fresh.set(uriKey(uri), { note: uri, label: noteLabel(project.root, uri), statements: result.statements ?? [], open: false, generation: project.generation });
      }
    }
    if (stale()) return;
    // Open notes keep what the editor's text states; notes updated during the build keep their update.
    for (const [key, note] of entry.notes) if (note.open ? isOpen(note.note) : note.generation === project.generation) fresh.set(key, note);
    entry.notes = fresh;
    this.pass(entry);
  }

  /** A note's text from disk; undefined when missing, or over `maxNoteBytes` (it states nothing: not read at all). */
  private async readNote(project: Project, uri: string): Promise<string | undefined> {
    try {
      const size = (await this.options.host.stat(uri))?.size;
      if (size === undefined || size > project.config.maxNoteBytes) return undefined;
      return await this.options.host.readFile(uri);
    } catch {
      return undefined; // gone or unreadable meanwhile: it states nothing, the others are still read
    }
  }

  /** A note's fresh check result: its statements replace the note's entry. */
  update(project: Project, uri: string, result: CheckResult): void {
    const entry = this.entryOf(project);
    if (entry.project.generation > project.generation) return; // a result for facts that were since reloaded
    const key = uriKey(uri);
    const statements = result.statements ?? [];
    const before = entry.notes.get(key);
    const open = this.options.isOpen(uri);
    if (before && before.open === open && sameStatements(before.statements, statements)) {
      before.generation = project.generation;
      return;
    }
    entry.notes.set(key, { note: uri, label: noteLabel(project.root, uri), statements, open, generation: project.generation });
    if (before && before.open === open && before.generation === project.generation) {
      // Only the window changed: the note's other findings move with their figures, and only the
      // window's keys are compared again (the same findings a pass over all its keys gives).
      const { start, endA, endB } = changedWindow(before.statements, statements);
      this.moveFindings(entry, key, before.statements, statements, start, endA, endB);
      const keys = new Set([...before.statements.slice(start, endA), ...statements.slice(start, endB)].map((s) => s.key));
      this.pass(entry, key, keys, true);
      return;
    }
    this.pass(entry, key, new Set([...(before?.statements ?? []), ...statements].map((s) => s.key)));
  }

  /**
   * The note's findings of the statements outside the changed window, each on its statement's new
   * claim (same lines and columns, maybe another offset), shown as before; those of the window go.
   */
  private moveFindings(entry: ProjectEntry, key: string, a: readonly Statement[], b: readonly Statement[], start: number, endA: number, endB: number): void {
    const findings = entry.found.get(key);
    if (!findings) return;
    const claimOf = new Map<Statement['claim'], Statement['claim']>();
    for (let i = 0; i < a.length; i++) {
      if (i >= start && i < endA) continue;
      claimOf.set(a[i]!.claim, b[i < start ? i : i - endA + endB]!.claim);
    }
    const moved: Finding[] = [];
    for (const f of findings) {
      const claim = claimOf.get(f.claim);
      if (!claim) continue;
      const g = claim === f.claim ? f : { ...f, claim };
      if (g !== f) showsAs(g, f);
      moved.push(g);
    }
    if (moved.length > 0) entry.found.set(key, moved);
    else entry.found.delete(key);
  }

  /** The note is gone (deleted on disk). */
  remove(project: Project, uri: string): void {
    const entry = this.entryOf(project);
    const key = uriKey(uri);
    const before = entry.notes.get(key);
    if (before && entry.notes.delete(key)) this.pass(entry, key, new Set(before.statements.map((s) => s.key)));
  }

  /**
   * Notes created, changed or deleted on disk (the watchers). An open note's entry follows the
   * editor, not the disk; a closed one is read and checked again.
   */
  async filesChanged(changes: readonly { uri: string; type: number }[]): Promise<void> {
    for (const change of changes) {
      const project = this.options.projectOf(change.uri);
      if (!project || !this.projects.has(uriKey(project.root)) || !this.isIndexedNote(project, change.uri)) continue;
      if (this.options.isOpen(change.uri)) continue;
      await this.refreshFromDisk(project, change.uri, change.type === FILE_DELETED);
    }
  }

  /** Reads the note from disk again (after it was closed, or changed there). */
  async refreshFromDisk(project: Project, uri: string, deleted = false): Promise<void> {
    if (!this.options.checks(project)) return;
    const text = deleted ? undefined : await this.readNote(project, uri);
    if (text === undefined) return this.remove(project, uri);
    const entry = this.entryOf(project);
    const build = entry.build;
    const result = await this.options.check(uri, text, project, () => entry.build !== build || this.options.isOpen(uri));
    if (result) this.update(project, uri, result);
  }

  private isIndexedNote(project: Project, uri: string): boolean {
    const rel = relativeUri(project.root, uri);
    return rel !== undefined && matchesAny(rel, project.config.notes) && !matchesAny(rel, project.config.ignore);
  }

  /**
   * Runs the consistency pass and reports the notes whose findings changed. With `keys` (the keys a
   * note's old and new statements have), only the statements with those keys are compared again:
   * a keystroke costs the few groups it touches, not the whole workspace. `causeKeeps`: the
   * cause's findings about other keys stand too (they were moved to its new claims first).
   */
  private pass(entry: ProjectEntry, cause?: string, keys?: ReadonlySet<string>, causeKeeps = false): void {
    const severity = entry.project.config.severity.inconsistent;
    let involved: NoteEntry[];
    let found: Map<string, Finding[]>;
    if (keys) {
      involved = [...entry.notes.entries()].filter(([key, n]) => key === cause || n.statements.some((s) => keys.has(s.key))).map(([, n]) => n);
      const partial = inconsistentFindings(
        involved.map((n) => ({ ...n, statements: n.statements.filter((s) => keys.has(s.key)) })),
        severity,
      );
      found = new Map();
      for (const n of involved) {
        const key = uriKey(n.note);
        // The note's findings about other keys stand (the cause's keys are all in `keys`).
        const keyAt = new Map(n.statements.map((s) => [s.claim.offset.start, s.key]));
        const kept = key === cause && !causeKeeps ? [] : (entry.found.get(key) ?? []).filter((f) => !keys.has(keyAt.get(f.claim.offset.start) ?? ''));
        const fresh = partial.get(n.note) ?? [];
        found.set(key, [...kept, ...fresh].sort((a, b) => a.claim.offset.start - b.claim.offset.start));
      }
      if (cause && !entry.notes.has(cause)) found.set(cause, []);
    } else {
      involved = [...entry.notes.values()];
      found = new Map();
      for (const [note, findings] of inconsistentFindings(involved, severity)) found.set(uriKey(note), findings);
      for (const key of entry.found.keys()) if (!found.has(key)) found.set(key, []);
    }
    const changed: string[] = [];
    for (const [key, findings] of found) {
      const said = saying(findings);
      if (findings.length > 0) entry.found.set(key, findings);
      else entry.found.delete(key);
      if (said === (entry.said.get(key) ?? '')) continue;
      if (said) entry.said.set(key, said);
      else entry.said.delete(key);
      const uri = entry.notes.get(key)?.note;
      if (key !== cause && uri) changed.push(uri);
    }
    if (changed.length > 0) this.options.onChanged(entry.project, changed);
  }

  /** The note's inconsistent findings, as of the last pass. */
  findingsFor(project: Project, uri: string): Finding[] {
    return this.projects.get(uriKey(project.root))?.found.get(uriKey(uri)) ?? [];
  }

  /** The result with the note's inconsistent findings in the place of its unsourced ones. */
  relate(project: Project, uri: string, result: CheckResult): CheckResult {
    const entry = this.projects.get(uriKey(project.root));
    if (!entry || result.skipped) return result;
    return { ...result, findings: withInconsistencies(result.findings, entry.found.get(uriKey(uri)) ?? []) };
  }

  /** Every note's statements in the project, as the pass compares them. */
  notes(project: Project): readonly NoteStatements[] {
    return [...(this.projects.get(uriKey(project.root))?.notes.values() ?? [])];
  }

  /** Resolves when the project's current build is done (tests, Check Workspace); `onProgress` hears of each note it reads meanwhile. */
  whenBuilt(project: Project, onProgress?: BuildListener): Promise<void> {
    const entry = this.projects.get(uriKey(project.root));
    if (!entry) return Promise.resolve();
    if (!onProgress) return entry.built;
    if (entry.reading) onProgress(entry.reading.done, entry.reading.total);
    entry.listeners.add(onProgress);
    return entry.built.finally(() => entry.listeners.delete(onProgress));
  }
}

/**
 * Waits for the index's builds of the projects, until a token is cancelled; `onProgress` hears of
 * each note a build reads. Whether any build was still reading notes.
 */
export async function indexBuilt(index: WorkspaceIndex, projects: readonly Project[], tokens: readonly CancellationToken[], onProgress: BuildListener = () => {}): Promise<boolean> {
  let reading = false;
  const listener = (done: number, total: number) => {
    reading = true;
    onProgress(done, total);
  };
  const listening: { dispose(): void }[] = [];
  const cancelled = new Promise<void>((resolve) => {
    for (const t of tokens) listening.push(t.onCancellationRequested(() => resolve()));
  });
  try {
    for (const project of projects) {
      if (tokens.some((t) => t.isCancellationRequested)) break;
      await Promise.race([index.whenBuilt(project, listener), cancelled]);
    }
  } finally {
    for (const l of listening) l.dispose();
  }
  return reading;
}
