// The Claimcheck language server: documents, projects (config + facts), debounced checks and
// every LSP feature. No node APIs here: the host gives file access, so a browser build can reuse it.
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type Disposable,
  type FileSystemWatcher,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkNote, type CheckResult } from '../core/check';
import type { FactFileProblem, FindingCode } from '../core/types';
import { codeActions, FIX_ALL_KIND, stubEdit, type FactsTarget } from './codeActions';
import { completeCitation } from './completion';
import { noteDiagnostics, problemToDiagnostic } from './diagnostics';
import { matchesAny } from './glob';
import { defaultServerOptions, type ServerHost, type ServerOptions } from './host';
import { hoverAt } from './hover';
import { inlayHints } from './inlayHints';
import { definitionAt, factAt, referencesInNote } from './navigation';
import { affectsProject, CONFIG_FILE, isFactsFile, loadProject, type Project } from './projects';
import {
  Commands,
  emptyCounts,
  FactStubRequest,
  ProjectInfoRequest,
  StatusNotification,
  type FactStubParams,
  type FactStubResult,
  type NoteStatus,
  type ProjectInfoParams,
  type StatusParams,
  type WorkspaceCheckResult,
} from './protocol';
import { containsPosition, rangesIntersect } from './ranges';
import { dirnameUri, joinUri, relativeUri, uriKey } from './uri';

/** VS Code settings (`claimcheck.*`): editor concerns only; the rest is `.claimcheck.yaml`. */
interface Settings {
  enable: boolean;
  inlayHints: { enable: boolean };
}
const defaultSettings: Settings = { enable: true, inlayHints: { enable: true } };

function readSettings(raw: unknown): Settings {
  const r = (raw ?? {}) as { enable?: unknown; inlayHints?: { enable?: unknown } };
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : defaultSettings.enable,
    inlayHints: { enable: typeof r.inlayHints?.enable === 'boolean' ? r.inlayHints.enable : defaultSettings.inlayHints.enable },
  };
}

interface CachedResult {
  version: number;
  generation: number;
  result: CheckResult;
}

const emptyResult = (text: string): CheckResult => ({
  note: { text, frontMatter: { enabled: true, data: {} }, claims: [], citations: [], suppressions: [], problems: [], referenceDate: '' },
  findings: [],
});

export function startServer(connection: Connection, host: ServerHost, options: Partial<ServerOptions> = {}): void {
  const documents = new TextDocuments(TextDocument);
  let tuning: ServerOptions = { ...defaultServerOptions, ...options };
  let settings: Settings = defaultSettings;
  let capabilities: ClientCapabilities = {};
  let folders: string[] = [];
  const projects = new Map<string, Promise<Project>>();
  const loaded = new Map<string, Project>();
  const results = new Map<string, CachedResult>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const reloadTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Facts/config files that got problem diagnostics, per project, to clear them when fixed. */
  const problemUris = new Map<string, Set<string>>();
  /** Closed notes whose diagnostics came from a workspace check: kept current, cleared never. */
  const workspaceChecked = new Map<string, string>();
  let watcherRegistration: Disposable | undefined;
  let watcherKey = '';

  const log = (message: string) => connection.console.log(`[claimcheck] ${message}`);
  const logError = (where: string, error: unknown) =>
    connection.console.error(`[claimcheck] ${where} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);

  /** Runs a handler; an exception is logged and answered with `fallback`: the server never dies. */
  function guard<P extends unknown[], R>(where: string, fallback: R, fn: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
    return async (...args: P) => {
      try {
        return await fn(...args);
      } catch (error) {
        logError(where, error);
        return fallback;
      }
    };
  }

  const openDocs = {
    text: (uri: string) => findDocument(uri)?.getText(),
    uris: () => documents.all().map((d) => d.uri),
  };

  function findDocument(uri: string): TextDocument | undefined {
    const direct = documents.get(uri);
    if (direct) return direct;
    const key = uriKey(uri);
    return documents.all().find((d) => uriKey(d.uri) === key);
  }

  // ------------------------------------------------------------------ projects

  function rootFor(uri: string): string {
    let best: string | undefined;
    for (const folder of folders) {
      if (relativeUri(folder, uri) !== undefined && (!best || folder.length > best.length)) best = folder;
    }
    // A note outside every workspace folder: its own directory is its project.
    return best ?? dirnameUri(uri);
  }

  function getProject(root: string): Promise<Project> {
    const key = uriKey(root);
    let p = projects.get(key);
    if (!p) p = reloadProject(root);
    return p;
  }

  function reloadProject(root: string): Promise<Project> {
    const key = uriKey(root);
    const promise = loadProject(root, host, openDocs).then((project) => {
      if (projects.get(key) !== promise) return project; // a newer load superseded this one
      loaded.set(key, project);
      publishProjectProblems(project);
      void registerWatchers();
      recheckProject(project);
      sendStatus(project);
      return project;
    });
    projects.set(key, promise);
    promise.catch((error) => logError(`loading ${root}`, error));
    return promise;
  }

  function scheduleReload(root: string): void {
    const key = uriKey(root);
    clearTimeout(reloadTimers.get(key));
    reloadTimers.set(
      key,
      setTimeout(() => {
        reloadTimers.delete(key);
        void reloadProject(root);
      }, tuning.debounceMs),
    );
  }

  function publishProjectProblems(project: Project): void {
    const key = uriKey(project.root);
    const byFile = new Map<string, Diagnostic[]>();
    const problems: FactFileProblem[] = [...project.configProblems, ...project.factsProblems];
    for (const problem of problems) {
      const list = byFile.get(problem.file) ?? [];
      list.push(problemToDiagnostic(problem));
      byFile.set(problem.file, list);
    }
    const before = problemUris.get(key) ?? new Set<string>();
    for (const uri of before) if (!byFile.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byFile) void connection.sendDiagnostics({ uri, diagnostics: settings.enable ? diagnostics : [] });
    problemUris.set(key, new Set(byFile.keys()));
  }

  function projectsAffectedBy(uri: string): Project[] {
    return [...loaded.values()].filter((p) => affectsProject(p, uri));
  }

  function notesOf(project: Project): string[] {
    const key = uriKey(project.root);
    const open = documents.all().filter((d) => uriKey(rootFor(d.uri)) === key && isNote(d, project)).map((d) => d.uri);
    return open;
  }

  function recheckProject(project: Project): void {
    for (const uri of notesOf(project)) scheduleCheck(uri, 0);
    const key = uriKey(project.root);
    for (const uri of workspaceChecked.values()) {
      if (!findDocument(uri) && uriKey(rootFor(uri)) === key) void checkClosedFile(uri, project);
    }
  }

  // ------------------------------------------------------------------ notes

  function isNote(doc: TextDocument, project: Project): boolean {
    if (doc.languageId === 'markdown') return true;
    if (isFactsFile(project, doc.uri)) return false;
    const rel = relativeUri(project.root, doc.uri);
    return rel !== undefined && rel !== CONFIG_FILE && matchesAny(rel, project.config.notes) && !matchesAny(rel, project.config.ignore);
  }

  function check(text: string, project: Project): CheckResult {
    return checkNote(text, project.index, project.config, { today: host.today(), referenceDate: project.config.referenceDate });
  }

  /** The check result for the document's current version, computed now if not cached. */
  function resultFor(doc: TextDocument, project: Project): CheckResult {
    const key = uriKey(doc.uri);
    const cached = results.get(key);
    if (cached && cached.version === doc.version && cached.generation === project.generation) return cached.result;
    let result: CheckResult;
    try {
      result = check(doc.getText(), project);
    } catch (error) {
      logError(`checking ${doc.uri}`, error);
      result = emptyResult(doc.getText());
      result.note.problems.push({
        code: 'internal-error',
        message: `Claimcheck could not check this note (${error instanceof Error ? error.message : String(error)}); see the Claimcheck output.`,
        severity: 'warning',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
    }
    results.set(key, { version: doc.version, generation: project.generation, result });
    return result;
  }

  function scheduleCheck(uri: string, delay = tuning.debounceMs): void {
    const key = uriKey(uri);
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        void runCheck(uri);
      }, delay),
    );
  }

  async function runCheck(uri: string): Promise<void> {
    try {
      const doc = findDocument(uri);
      if (!doc) return;
      const version = doc.version;
      const project = await getProject(rootFor(uri));
      const current = findDocument(uri);
      // A newer edit arrived while the project loaded: its own scheduled check publishes.
      if (!current || current.version !== version || timers.has(uriKey(uri))) return;
      if (!settings.enable) {
        void connection.sendDiagnostics({ uri, version, diagnostics: [] });
        sendStatus(project);
        return;
      }
      const result = resultFor(current, project);
      if (findDocument(uri)?.version !== version) return;
      void connection.sendDiagnostics({ uri, version, diagnostics: noteDiagnostics(result) });
      sendStatus(project, noteStatus(uri, result, version));
    } catch (error) {
      logError(`checking ${uri}`, error);
    }
  }

  async function checkClosedFile(uri: string, project: Project): Promise<CheckResult | undefined> {
    const text = await host.readFile(uri);
    if (text === undefined) {
      workspaceChecked.delete(uriKey(uri));
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      return undefined;
    }
    const result = check(text, project);
    if (!findDocument(uri)) void connection.sendDiagnostics({ uri, diagnostics: settings.enable ? noteDiagnostics(result) : [] });
    return result;
  }

  function noteStatus(uri: string, result: CheckResult, version?: number): NoteStatus {
    const counts = emptyCounts();
    for (const f of result.findings) counts[f.code as FindingCode]++;
    const status: NoteStatus = { uri, version, counts };
    if (result.skipped) {
      status.skipped = result.skipped.reason;
      status.skippedCode = result.skipped.code;
    }
    return status;
  }

  function statusOf(project: Project | undefined, note?: NoteStatus): StatusParams {
    return {
      enabled: settings.enable,
      root: project?.root,
      factsCount: project?.index.facts.length ?? 0,
      factsFiles: project ? [...project.index.files] : [],
      factsProblems: project?.factsProblems.length ?? 0,
      configFile: project?.configExists ? project.configUri : undefined,
      configProblems: project?.configProblems.length ?? 0,
      note,
    };
  }

  function sendStatus(project: Project, note?: NoteStatus): void {
    void connection.sendNotification(StatusNotification, statusOf(project, note));
  }

  // ------------------------------------------------------------------ watching

  async function registerWatchers(): Promise<void> {
    if (!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    const relative = capabilities.workspace.didChangeWatchedFiles.relativePatternSupport === true;
    const watchers: FileSystemWatcher[] = [];
    const globs = new Set<string>([`**/${CONFIG_FILE}`]);
    for (const project of loaded.values()) {
      for (const glob of project.config.facts) {
        if (relative) watchers.push({ globPattern: { baseUri: project.root, pattern: glob } });
        else globs.add(glob.startsWith('**/') ? glob : `**/${glob.replace(/^\.\//, '')}`);
      }
    }
    for (const g of globs) watchers.push({ globPattern: g });
    const key = JSON.stringify(watchers);
    if (key === watcherKey) return;
    watcherKey = key;
    const previous = watcherRegistration;
    watcherRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    previous?.dispose();
  }

  // ------------------------------------------------------------------ lifecycle

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; debounceMs?: unknown };
    if (typeof init.debounceMs === 'number' && init.debounceMs >= 0) tuning = { ...tuning, debounceMs: init.debounceMs };
    if (init.settings) settings = readSettings(init.settings);
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: ['@'], resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        inlayHintProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [Commands.checkWorkspace] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'claimcheck' },
    };
  });

  async function refreshSettings(): Promise<void> {
    if (!capabilities.workspace?.configuration) return;
    try {
      const raw: unknown = await connection.workspace.getConfiguration('claimcheck');
      settings = readSettings(raw);
    } catch (error) {
      logError('reading settings', error);
    }
  }

  connection.onInitialized(
    guard('initialized', undefined, async () => {
      await refreshSettings();
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          const removed = new Set(event.removed.map((f) => uriKey(f.uri)));
          folders = folders.filter((f) => !removed.has(uriKey(f))).concat(event.added.map((f) => f.uri));
          for (const key of removed) {
            projects.delete(key);
            loaded.delete(key);
          }
          for (const doc of documents.all()) scheduleCheck(doc.uri, 0);
        });
      }
      await Promise.all(folders.map((f) => getProject(f)));
      await registerWatchers();
      log(`started; workspace folders: ${folders.join(', ') || '(none)'}`);
    }),
  );

  connection.onDidChangeConfiguration(
    guard('configuration change', undefined, async (change) => {
      const before = settings;
      if (capabilities.workspace?.configuration) await refreshSettings();
      else settings = readSettings((change.settings as { claimcheck?: unknown } | undefined)?.claimcheck);
      if (before.enable !== settings.enable) {
        for (const project of loaded.values()) {
          publishProjectProblems(project);
          recheckProject(project);
          sendStatus(project);
        }
      }
      if (before.inlayHints.enable !== settings.inlayHints.enable && capabilities.workspace?.inlayHint?.refreshSupport) {
        void connection.languages.inlayHint.refresh();
      }
    }),
  );

  documents.onDidChangeContent(
    guard('document change', undefined, async ({ document }) => {
      const root = rootFor(document.uri);
      if (!projects.has(uriKey(root))) {
        // First document of this project: the load reads its text and re-checks it.
        const project = await getProject(root);
        if (!affectsProject(project, document.uri) && isNote(document, project)) scheduleCheck(document.uri, 0);
        return;
      }
      const project = await getProject(root);
      if (affectsProject(project, document.uri)) {
        scheduleReload(root);
        return;
      }
      if (isNote(document, project)) scheduleCheck(document.uri, results.has(uriKey(document.uri)) ? tuning.debounceMs : 0);
    }),
  );

  documents.onDidClose(
    guard('document close', undefined, async ({ document }) => {
      const key = uriKey(document.uri);
      clearTimeout(timers.get(key));
      timers.delete(key);
      results.delete(key);
      const root = rootFor(document.uri);
      const project = await getProject(root);
      if (affectsProject(project, document.uri)) {
        scheduleReload(root); // the text on disk counts again
        return;
      }
      if (workspaceChecked.has(key)) await checkClosedFile(document.uri, project);
      else void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('watched files', undefined, (params) => {
      const roots = new Map<string, string>();
      for (const change of params.changes) {
        for (const project of projectsAffectedBy(change.uri)) roots.set(uriKey(project.root), project.root);
        const rel = relativeUri(rootFor(change.uri), change.uri);
        if (rel === CONFIG_FILE) roots.set(uriKey(rootFor(change.uri)), rootFor(change.uri));
      }
      for (const root of roots.values()) scheduleReload(root);
    }),
  );

  // ------------------------------------------------------------------ features

  /** The open note at `uri` with its project and fresh result, or undefined when not a note. */
  async function noteContext(uri: string, token?: CancellationToken) {
    if (!settings.enable) return undefined;
    const doc = findDocument(uri);
    if (!doc) return undefined;
    const project = await getProject(rootFor(uri));
    if (token?.isCancellationRequested) return undefined;
    const current = findDocument(uri);
    if (!current || !isNote(current, project) || affectsProject(project, uri)) return undefined;
    return { doc: current, project, result: resultFor(current, project) };
  }

  connection.onHover(
    guard('hover', null, async (params, token) => {
      const ctx = await noteContext(params.textDocument.uri, token);
      if (!ctx || token.isCancellationRequested) return null;
      return hoverAt(ctx.result, ctx.project.index, params.position);
    }),
  );

  async function factsTargetFor(project: Project): Promise<FactsTarget> {
    const files = project.index.files;
    const preferred = files.find((f) => relativeUri(project.root, f) === 'facts.yaml') ?? files[0];
    if (preferred) return { uri: preferred, text: openDocs.text(preferred) ?? (await host.readFile(preferred)) };
    const plain = project.config.facts.find((g) => !/[*?{[]/.test(g)) ?? 'facts.yaml';
    const uri = joinUri(project.root, plain);
    return { uri, text: openDocs.text(uri) ?? (await host.readFile(uri)) };
  }

  connection.onCodeAction(
    guard('code actions', [], async (params, token) => {
      const ctx = await noteContext(params.textDocument.uri, token);
      if (!ctx || token.isCancellationRequested) return [];
      const needsStub = ctx.result.findings.some((f) => f.code === 'unsourced' && rangesIntersect(f.claim.range, params.range));
      const factsTarget = needsStub ? await factsTargetFor(ctx.project) : undefined;
      if (token.isCancellationRequested) return [];
      const doc = findDocument(params.textDocument.uri);
      if (!doc || doc.version !== ctx.doc.version) return [];
      return codeActions({
        uri: doc.uri,
        version: doc.version,
        text: doc.getText(),
        result: ctx.result,
        index: ctx.project.index,
        range: params.range,
        diagnostics: params.context.diagnostics,
        only: params.context.only,
        factsTarget,
      });
    }),
  );

  connection.onCompletion(
    guard('completion', null, async (params, token) => {
      const ctx = await noteContext(params.textDocument.uri, token);
      if (!ctx || token.isCancellationRequested) return null;
      const linePrefix = ctx.doc.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
      const items = completeCitation(linePrefix, params.position, ctx.project.index);
      return items ? { isIncomplete: false, items } : null;
    }),
  );

  connection.onDefinition(
    guard('definition', null, async (params, token) => {
      const ctx = await noteContext(params.textDocument.uri, token);
      if (!ctx || token.isCancellationRequested) return null;
      return definitionAt(ctx.result, ctx.project.index, params.position);
    }),
  );

  connection.onReferences(
    guard('references', null, async (params, token) => {
      if (!settings.enable) return null;
      const uri = params.textDocument.uri;
      const project = await getProject(rootFor(uri));
      let factId: string | undefined;
      if (isFactsFile(project, uri)) {
        factId = factAt(project.index, uri, params.position, (a, b) => uriKey(a) === uriKey(b))?.id;
      } else {
        const ctx = await noteContext(uri, token);
        if (ctx) {
          for (const c of ctx.result.note.citations) {
            for (const k of c.keys) if (containsPosition(k.range, params.position)) factId = k.id;
          }
        }
      }
      if (!factId || token.isCancellationRequested) return null;
      const fact = project.index.byId.get(factId);
      const locations = params.context.includeDeclaration && fact ? [{ uri: fact.location.file, range: fact.location.range }] : [];
      const seen = new Set<string>();
      const openNotes = documents.all().filter((d) => uriKey(rootFor(d.uri)) === uriKey(project.root) && isNote(d, project));
      for (const doc of openNotes) {
        seen.add(uriKey(doc.uri));
        locations.push(...referencesInNote(doc.uri, resultFor(doc, project), factId));
      }
      const files = await host.findFiles(project.root, project.config.notes, project.config.ignore);
      for (const file of files) {
        if (token.isCancellationRequested) return null;
        if (seen.has(uriKey(file))) continue;
        const text = await host.readFile(file);
        if (text === undefined) continue;
        locations.push(...referencesInNote(file, check(text, project), factId));
      }
      return locations;
    }),
  );

  connection.languages.inlayHint.on(
    guard('inlay hints', null, async (params, token) => {
      if (!settings.inlayHints.enable) return [];
      const ctx = await noteContext(params.textDocument.uri, token);
      if (!ctx || token.isCancellationRequested) return null;
      return inlayHints(ctx.result, params.range);
    }),
  );

  connection.onExecuteCommand(
    guard('command', null, async (params, token) => {
      if (params.command !== Commands.checkWorkspace) return null;
      return checkWorkspace(token);
    }),
  );

  async function checkWorkspace(token: CancellationToken): Promise<WorkspaceCheckResult> {
    const summary: WorkspaceCheckResult = { notes: 0, counts: emptyCounts(), skipped: 0 };
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('Claimcheck: checking workspace', 0, 'finding notes', true);
    try {
      const roots = folders.length > 0 ? folders : [...loaded.values()].map((p) => p.root);
      const work: { uri: string; project: Project }[] = [];
      for (const root of roots) {
        const project = await reloadProject(root);
        for (const uri of await host.findFiles(root, project.config.notes, project.config.ignore)) work.push({ uri, project });
      }
      for (let i = 0; i < work.length; i++) {
        if (token.isCancellationRequested || progress.token.isCancellationRequested) break;
        const { uri, project } = work[i];
        progress.report(Math.round((i / work.length) * 100), relativeUri(project.root, uri) ?? uri);
        const doc = findDocument(uri);
        let result: CheckResult | undefined;
        if (doc) {
          result = resultFor(doc, project);
          if (settings.enable) void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: noteDiagnostics(result) });
        } else {
          workspaceChecked.set(uriKey(uri), uri);
          result = await checkClosedFile(uri, project);
        }
        if (!result) continue;
        summary.notes++;
        if (result.skipped) summary.skipped++;
        for (const f of result.findings) summary.counts[f.code]++;
        // Let cancellation and edits through between notes.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    } finally {
      progress.done();
    }
    log(`workspace check: ${summary.notes} notes, ${summary.counts.contradicted} contradicted, ${summary.counts.outdated} outdated, ${summary.counts.unsourced} unsourced`);
    return summary;
  }

  connection.onRequest(
    FactStubRequest,
    guard('fact stub', null, async (params: FactStubParams, token: CancellationToken): Promise<FactStubResult | null> => {
      const ctx = await noteContext(params.uri, token);
      if (!ctx) return null;
      const claim = ctx.result.note.claims.find((c) => rangesIntersect(c.range, params.range));
      if (!claim) return null;
      const finding = ctx.result.findings.find((f) => f.claim.index === claim.index) ?? { claim, entities: [], metric: undefined };
      const target = await factsTargetFor(ctx.project);
      const made = stubEdit(
        { uri: ctx.doc.uri, version: ctx.doc.version, result: ctx.result, index: ctx.project.index, factsTarget: target },
        { code: 'unsourced', severity: 'information', message: '', facts: [], ...finding },
      );
      return made ? { factsUri: target.uri, factId: made.stub.id, edit: made.edit } : null;
    }),
  );

  connection.onRequest(
    ProjectInfoRequest,
    guard('project info', null, async (params: ProjectInfoParams): Promise<StatusParams | null> => {
      const root = params?.uri ? rootFor(params.uri) : folders[0];
      if (!root) return statusOf(undefined);
      const project = await getProject(root);
      const doc = params?.uri ? findDocument(params.uri) : undefined;
      const note = doc && settings.enable && isNote(doc, project) && !affectsProject(project, doc.uri) ? noteStatus(doc.uri, resultFor(doc, project), doc.version) : undefined;
      return statusOf(project, note);
    }),
  );

  documents.listen(connection);
  connection.listen();
}
