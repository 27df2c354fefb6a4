// Checks notes and publishes their diagnostics: results cached per document version and project
// generation, checks debounced per note, and nothing published for a version that is no longer
// current. Closed notes a workspace check covered stay current when their project reloads.
import { notCheckedProblem } from '../core/findingCodes';
import { quoteForMessage } from '../core/quote';
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken } from 'vscode-languageserver';
import { checkNote, checkNoteSteps, SegmentCache, unparsedNote, type CheckOptions, type CheckProgress, type CheckResult } from '../core/check';
import { after, runCooperatively, runInBackground } from './cooperative';
import type { Problem } from '../core/types';
import { noteDiagnostics } from './diagnostics';
import type { ServerHost } from './host';
import type { ForegroundRequests } from './foregroundRequests';
import type { Logger } from './logger';
import type { OpenDocumentIndex } from './openDocuments';
import type { ProjectStore } from './projectStore';
import type { ClosedNoteUses } from './projectNotes';
import { usesOf } from './noteUses';
import { isNote, type Project } from './projects';
import { checksProject, type Settings } from './settings';
import { noteStatus, type StatusReporter } from './status';
import { SettlingSet } from './settlingSet';
import { uriKey } from './uri';
import type { WorkspaceIndex } from './workspaceIndex';

export interface NoteCheckerOptions {
  host: ServerHost;
  documents: OpenDocumentIndex;
  projects: ProjectStore;
  connection: Pick<Connection, 'sendDiagnostics'>;
  status: StatusReporter;
  logger: Logger;
  settings: () => Settings;
  debounceMs: () => number;
  /** How long a just-opened long note's check runs before the part checked so far is shown (firstLook). */
  firstLookMs: () => number;
  /** Quiet time after an open note last changed before background checks go on. */
  backgroundQuietMs: () => number;
  /** The workspace's statements: every fresh result goes in, every published one comes out related. */
  index?: WorkspaceIndex;
  /** What closed notes checked from disk use (the index's and Check Workspace's): Find References and the facts view reuse it. */
  closedNotes?: ClosedNoteUses;
  /** The editor's requests being answered that background checks wait for (a hover, a quick fix). */
  foreground?: ForegroundRequests;
}

interface CachedResult {
  version: number;
  generation: number;
  result: CheckResult;
}

/** An open note is checked run by run (CheckOptions.chunkMean): a keystroke re-checks only its block run. */
const OPEN_NOTE_CHUNK = 1;

/** Notes shorter than this are checked whole before anything is shown (a few tens of ms). */
export const FIRST_LOOK_MIN_CHARS = 32 * 1024;

function internalErrorResult(text: string, error: unknown): CheckResult {
  const zero = { line: 0, character: 0 };
  const problem: Problem = notCheckedProblem(
    `Claimcheck could not check this note (${quoteForMessage(error instanceof Error ? error.message : String(error), 200)}); see the Claimcheck output.`,
    { start: zero, end: zero },
  );
  return { note: unparsedNote(text, '', [problem]), findings: [] };
}

export class NoteChecker {
  private readonly results = new Map<string, CachedResult>();
  /** Per open note, its segments' results from the last check: an edit re-checks only the segments it touched. */
  private readonly segments = new Map<string, SegmentCache>();
  /** Checks under way, one per open note, shared by everything that waits for that version's result. */
  private readonly running = new Map<string, { version: number; generation: number; promise: Promise<CheckResult | undefined> }>();
  /** Pending checks, one per note: what cancels each. */
  private readonly timers = new Map<string, () => void>();
  /** Closed notes whose diagnostics came from a workspace check, by URI key. */
  private readonly workspaceChecked = new Map<string, string>();
  /** When an open note last changed in the editor or was opened (performance.now()): background checks wait for quiet after it. */
  private lastChanged = -Infinity;
  /**
   * Closed notes to publish again once the changes that touched them settle. Not for a project
   * reloaded meanwhile: its reload checks them again (recheckProject), and this check's older facts
   * must not overwrite that.
   */
  private readonly closedToRepublish = new SettlingSet<Project>((uri, project) => {
    if (this.options.projects.isLatest(project)) void this.checkClosed(uri, project);
  });

  constructor(private readonly options: NoteCheckerOptions) {}

  /** Checks a text against a project; with a cache, only the segments not checked before. */
  check(text: string, project: Project, cache?: SegmentCache): CheckResult {
    return checkNote(text, project.index, project.config, this.checkOptions(project, cache));
  }

  /** The host's options for a check: an open note's (with its segment cache) is checked run by run. */
  private checkOptions(project: Project, cache?: SegmentCache): CheckOptions {
    const options: CheckOptions = { today: this.options.host.today(), referenceDate: project.config.referenceDate };
    return cache ? { ...options, cache, chunkMean: OPEN_NOTE_CHUNK } : options;
  }

  /** The result for the document's current version, computed now if not cached; never throws. */
  resultFor(doc: TextDocument, project: Project): CheckResult {
    const key = uriKey(doc.uri);
    const cached = this.results.get(key);
    if (cached && cached.version === doc.version && cached.generation === project.generation) return cached.result;
    let result: CheckResult;
    try {
      let segments = this.segments.get(key);
      if (!segments) this.segments.set(key, (segments = new SegmentCache()));
      result = this.check(doc.getText(), project, segments);
    } catch (error) {
      this.options.logger.error(`checking ${doc.uri}`, error);
      result = internalErrorResult(doc.getText(), error);
    }
    this.results.set(key, { version: doc.version, generation: project.generation, result });
    this.options.index?.update(project, doc.uri, result);
    return result;
  }

  /** The result as shown: with the note's `inconsistent` findings from the workspace index. */
  related(uri: string, project: Project, result: CheckResult): CheckResult {
    return this.options.index ? this.options.index.relate(project, uri, result) : result;
  }

  /**
   * Publishes the note again (another note changed what it is inconsistent with). An open note now;
   * a closed one, which is read and checked again from disk, once the changes have settled: a
   * figure typed in one note changes the findings of every closed note that states it too, at
   * each keystroke, and Check Workspace changes them at each note it adds.
   */
  republish(uri: string, project: Project): void {
    if (this.options.documents.get(uri)) this.schedule(uri, 0);
    else if (this.workspaceChecked.has(uriKey(uri))) this.closedToRepublish.add(uri, project);
  }

  /**
   * The result for the document's current version, checked a segment at a time with the event
   * loop free in between (hovers, completion and other notes are served meanwhile). Undefined when
   * a newer edit made this version stale before its check ended, or `token` was cancelled.
   */
  async resultAsync(doc: TextDocument, project: Project, token?: CancellationToken): Promise<CheckResult | undefined> {
    const key = uriKey(doc.uri);
    const cached = this.results.get(key);
    if (cached && cached.version === doc.version && cached.generation === project.generation) return cached.result;
    let run = this.running.get(key);
    if (!run || run.version !== doc.version || run.generation !== project.generation) {
      const promise = this.checkCooperatively(doc, project);
      run = { version: doc.version, generation: project.generation, promise };
      this.running.set(key, run);
      void promise.finally(() => {
        if (this.running.get(key)?.promise === promise) this.running.delete(key);
      });
    }
    if (!token) return run.promise;
    if (token.isCancellationRequested) return undefined;
    return new Promise((resolve) => {
      const listener = token.onCancellationRequested(() => resolve(undefined));
      void run.promise.then((r) => {
        listener.dispose();
        resolve(r);
      });
    });
  }

  /**
   * Checks a closed note's text (from disk) in the background, for the workspace index, Check
   * Workspace, and Find References and the facts view: while no open note's check is scheduled or
   * running and the user has not typed for backgroundQuietMs. A keystroke holds it at its next
   * pause, and it goes on from there once the typing stops (taking turns between keystrokes is not
   * enough: a keystroke's publish and the next keystroke would each wait for a slice of it).
   * Undefined once `dropped()`. What the note uses is kept for Find References and the facts view
   * (closedNotes).
   */
  async checkInBackground(uri: string, text: string, project: Project, dropped: () => boolean): Promise<CheckResult | undefined> {
    const steps = checkNoteSteps(text, project.index, project.config, this.checkOptions(project));
    const result = await runInBackground(steps, () => this.backgroundWaitMs(), dropped);
    if (result) this.options.closedNotes?.set(uri, text, project, usesOf(result));
    return result;
  }

  private async checkCooperatively(doc: TextDocument, project: Project): Promise<CheckResult | undefined> {
    const key = uriKey(doc.uri);
    const { version } = doc;
    const text = doc.getText();
    let segments = this.segments.get(key);
    if (!segments) this.segments.set(key, (segments = new SegmentCache()));
    let result: CheckResult | undefined;
    try {
      const steps = checkNoteSteps(text, project.index, project.config, this.checkOptions(project, segments));
      const current = () => this.options.documents.get(doc.uri)?.version === version;
      // A newer edit or a closed note makes this check moot: stop at the next pause.
      result = await runCooperatively(steps, () => !current(), undefined, this.firstLook(doc.uri, text, version, project, current));
    } catch (error) {
      this.options.logger.error(`checking ${doc.uri}`, error);
      result = internalErrorResult(text, error);
    }
    if (result) {
      this.results.set(key, { version, generation: project.generation, result });
      this.options.index?.update(project, doc.uri, result);
    }
    return result;
  }

  /**
   * A long note just opened shows its first diagnostics before its check ends: once the check has
   * run `firstLookMs`, the diagnostics of the part checked so far (the top of the note, what the
   * editor shows first) are published once; the whole note's replace them when the check ends.
   * Only for a note with nothing shown yet: after an edit the last diagnostics stay until the new ones.
   */
  private firstLook(uri: string, text: string, version: number, project: Project, current: () => boolean): ((progress: CheckProgress) => void) | undefined {
    if (text.length < FIRST_LOOK_MIN_CHARS || this.results.has(uriKey(uri)) || !checksProject(this.options.settings(), project)) return undefined;
    const started = performance.now();
    const firstLookMs = this.options.firstLookMs();
    let shown = false;
    return (progress) => {
      // Nothing found yet (a title, front matter): wait for something to show.
      if (shown || progress.found === 0 || performance.now() - started < firstLookMs || !current()) return;
      shown = true;
      void this.options.connection.sendDiagnostics({ uri, version, diagnostics: noteDiagnostics(this.related(uri, project, progress.result())) });
    };
  }

  /**
   * The editor changed or opened a note: its check is scheduled, and background checks wait until
   * the user has not typed for backgroundQuietMs (a republish or a reload schedules checks, but is no typing).
   */
  changed(uri: string, delay?: number): void {
    this.lastChanged = performance.now();
    this.schedule(uri, delay);
  }

  /**
   * How long background checks wait still (0: they may run): the rest of backgroundQuietMs after a
   * note last changed, else a moment while an open note's check is scheduled or running (a
   * republish the background work itself caused is one of those: it costs a task, not a pause) or
   * a request is being answered.
   */
  backgroundWaitMs(): number {
    const quiet = this.lastChanged + this.options.backgroundQuietMs() - performance.now();
    if (quiet > 0) return quiet;
    return this.timers.size > 0 || this.running.size > 0 || (this.options.foreground?.count ?? 0) > 0 ? 1 : 0;
  }

  /** Whether the note was checked since it was opened (a later edit is then debounced). */
  hasResult(uri: string): boolean {
    return this.results.has(uriKey(uri));
  }

  /** Checks and publishes the note after `delay` ms of quiet, replacing any pending check. */
  schedule(uri: string, delay = this.options.debounceMs()): void {
    const key = uriKey(uri);
    this.timers.get(key)?.();
    this.timers.set(
      key,
      after(delay, () => {
        this.timers.delete(key);
        void this.run(uri);
      }),
    );
  }

  /** Re-checks every open note of the project and every closed one a workspace check covered. */
  recheckProject(project: Project): void {
    const key = uriKey(project.root);
    const { documents, projects } = this.options;
    for (const doc of documents.all()) {
      if (uriKey(projects.rootFor(doc.uri)) === key && isNote(project, doc)) this.schedule(doc.uri, 0);
    }
    for (const uri of this.workspaceChecked.values()) {
      if (!documents.get(uri) && uriKey(projects.rootFor(uri)) === key) void this.checkClosed(uri, project);
    }
  }

  /** Checks an open note now and publishes its diagnostics (the workspace check). */
  async checkOpenNow(doc: TextDocument, project: Project): Promise<CheckResult | undefined> {
    const checked = await this.resultAsync(doc, project);
    if (!checked) return undefined;
    const result = this.related(doc.uri, project, checked);
    if (checksProject(this.options.settings(), project)) void this.options.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: noteDiagnostics(result) });
    return result;
  }

  /** Checks a closed note from its file (in the background) and keeps it current from now on (the workspace check); undefined once `dropped()`. */
  checkClosedNow(uri: string, project: Project, dropped: () => boolean): Promise<CheckResult | undefined> {
    this.workspaceChecked.set(uriKey(uri), uri);
    return this.checkClosed(uri, project, dropped);
  }

  /** The note was closed: drop its pending check and cache; what it shows now is the file on disk or nothing. */
  async closed(uri: string, project: Project): Promise<void> {
    this.forget(uri);
    if (this.workspaceChecked.has(uriKey(uri))) await this.checkClosed(uri, project);
    else {
      void this.options.connection.sendDiagnostics({ uri, diagnostics: [] });
      // The workspace's statements go back to the note's text on disk.
      await this.options.index?.refreshFromDisk(project, uri);
    }
  }

  forget(uri: string): void {
    const key = uriKey(uri);
    this.timers.get(key)?.();
    this.timers.delete(key);
    this.results.delete(key);
    this.segments.delete(key);
    this.running.delete(key);
  }

  private async run(uri: string): Promise<void> {
    const { documents, projects, connection, status } = this.options;
    try {
      const doc = documents.get(uri);
      if (!doc) return;
      const version = doc.version;
      const project = await projects.of(uri);
      const current = documents.get(uri);
      // A newer edit arrived while the project loaded: its own scheduled check publishes.
      if (!current || current.version !== version || this.timers.has(uriKey(uri))) return;
      if (!checksProject(this.options.settings(), project)) {
        void connection.sendDiagnostics({ uri, version, diagnostics: [] });
        status.send(project);
        return;
      }
      const checked = await this.resultAsync(current, project);
      // Checked against a project that has since reloaded: the re-check onLoaded scheduled publishes.
      if (!checked || documents.get(uri)?.version !== version || !projects.isLatest(project)) return;
      const result = this.related(uri, project, checked);
      // The status (counts and coverage: a pass over the note's findings) once the diagnostics are written.
      void connection.sendDiagnostics({ uri, version, diagnostics: noteDiagnostics(result) }).then(
        () => status.send(project, noteStatus(uri, result, version)),
        () => undefined,
      );
    } catch (error) {
      this.options.logger.error(`checking ${uri}`, error);
    }
  }

  private async checkClosed(uri: string, project: Project, dropped: () => boolean = () => false): Promise<CheckResult | undefined> {
    const { host, documents, connection } = this.options;
    const read = host.readText ? await host.readText(uri) : await host.readFile(uri).then((text) => (text === undefined ? undefined : { text }));
    if (read && 'error' in read) {
      // Exists but cannot be read as text: not-checked, never silently skipped.
      const zero = { line: 0, character: 0 };
      const result: CheckResult = { note: unparsedNote('', '', [notCheckedProblem(`Claimcheck cannot read this note: ${read.error}`, { start: zero, end: zero })]), findings: [] };
      if (!documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: this.options.settings().enable ? noteDiagnostics(result) : [] });
      return result;
    }
    const text = read?.text;
    if (text === undefined) {
      this.workspaceChecked.delete(uriKey(uri));
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      return undefined;
    }
    const checked = await this.checkInBackground(uri, text, project, dropped);
    if (!checked) return undefined;
    if (!documents.get(uri)) this.options.index?.update(project, uri, checked);
    const result = this.related(uri, project, checked);
    if (!documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: checksProject(this.options.settings(), project) ? noteDiagnostics(result) : [] });
    return result;
  }
}
