// The Claimcheck language server: wires the project store, the note checker, status, watchers
// and the feature handlers to a connection. No node APIs here: the host gives file access, so
// the browser build (browserMain.ts) runs the same server.
import { TextDocuments, type ClientCapabilities, type Connection, type InitializeResult } from 'vscode-languageserver';
import { createClaimService } from './claimService';
import { ForegroundRequests } from './foregroundRequests';
import { registerDocumentSync } from './documentSync';
import { capabilitiesFor, registerFeatures } from './features';
import { defaultServerOptions, type ServerHost, type ServerOptions } from './host';
import { createLogger, guard } from './logger';
import { NoteChecker } from './noteChecker';
import { openDocumentIndex } from './openDocuments';
import { ClosedNoteUses } from './projectNotes';
import { projectProblemPublisher } from './projectProblems';
import { ProjectStore } from './projectStore';
import { checksProject, defaultSettings, readSettings, type Settings } from './settings';
import { uriKey } from './uri';
import { WorkspaceIndex } from './workspaceIndex';
import { statusReporter } from './status';
import { watcherRegistrar } from './watchers';
import { checkWorkspace } from './workspaceCheck';
import { pieceDocuments } from './pieceDocument';
import { runInBackground } from './cooperative';
import { buildEveryFact } from '../core/facts/factLookups';

export function startServer(connection: Connection, host: ServerHost, options: Partial<ServerOptions> = {}): void {
  let tuning: ServerOptions = { ...defaultServerOptions, ...options };
  let settings: Settings = defaultSettings;
  let capabilities: ClientCapabilities = {};
  const currentSettings = () => settings;
  const enabled = () => settings.enable;
  const debounceMs = () => tuning.debounceMs;

  const logger = createLogger(connection);
  const textDocuments = new TextDocuments(pieceDocuments);
  const documents = openDocumentIndex(textDocuments);
  const status = statusReporter(connection, currentSettings);
  const publishProblems = projectProblemPublisher(connection, enabled);
  const watchers = watcherRegistrar(connection, () => capabilities);
  const projects: ProjectStore = new ProjectStore({
    host,
    open: documents,
    logger,
    debounceMs,
    factsWorkerMinChars: () => tuning.factsWorkerMinChars,
    slowReadWorkerMinChars: () => tuning.slowReadWorkerMinChars,
    outlineMinChars: () => tuning.outlineWorkerMinChars,
    onLoaded: (project, { notesFollow }) => {
      publishProblems(project);
      void watchers.update(projects.loaded());
      // A project that kept its facts (mid-edit) keeps its generation: the index has nothing to rebuild.
      void index.sync(project);
      if (notesFollow) checker.recheckProject(project);
      status.send(project);
      void runInBackground(buildEveryFact(project.index), () => checker.backgroundWaitMs(), () => !projects.isLatest(project));
    },
  });
  const closedNotes = new ClosedNoteUses();
  const index: WorkspaceIndex = new WorkspaceIndex({
    host,
    logger,
    isOpen: (uri) => documents.get(uri) !== undefined,
    checks: (project) => checksProject(settings, project),
    check: (uri, text, project, dropped) => checker.checkInBackground(uri, text, project, dropped),
    projectOf: (uri) => projects.loaded().find((p) => uriKey(p.root) === uriKey(projects.rootFor(uri))),
    onChanged: (project, uris) => {
      for (const uri of uris) checker.republish(uri, project);
    },
  });
  const foreground = new ForegroundRequests();
  const checker = new NoteChecker({ host, documents, projects, connection, status, logger, settings: currentSettings, debounceMs, firstLookMs: () => tuning.firstLookMs, backgroundQuietMs: () => tuning.backgroundQuietMs, index, closedNotes, foreground });
  const service = createClaimService({ host, documents, projects, checker, status, settings: currentSettings, closedNotes, outlineWorkerMinChars: () => tuning.outlineWorkerMinChars, index });

  async function refreshSettings(): Promise<void> {
    if (!capabilities.workspace?.configuration) return;
    try {
      settings = readSettings(await connection.workspace.getConfiguration('claimcheck'));
    } catch (error) {
      logger.error('reading settings', error);
    }
  }

  let initialized = false;
  connection.onInitialize((params): InitializeResult => {
    initialized = true;
    capabilities = params.capabilities;
    const init = (params.initializationOptions ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(defaultServerOptions) as (keyof ServerOptions)[]) {
      const value = init[key];
      if (typeof value === 'number' && value >= 0) tuning = { ...tuning, [key]: value };
    }
    if (init.settings) settings = readSettings(init.settings);
    const folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    projects.setFolders(folders.length === 0 && params.rootUri ? [params.rootUri] : folders);
    return { capabilities: capabilitiesFor(init.clientHandlesCheckWorkspace === true), serverInfo: { name: 'claimcheck' } };
  });

  connection.onInitialized(
    guard(logger, 'initialized', undefined, async () => {
      await refreshSettings();
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          projects.changeFolders(
            event.added.map((f) => f.uri),
            event.removed.map((f) => f.uri),
          );
          for (const doc of documents.all()) checker.schedule(doc.uri, 0);
        });
      }
      await Promise.all(projects.folders.map((f) => projects.get(f)));
      await watchers.update(projects.loaded());
      logger.log(`started; workspace folders: ${projects.folders.join(', ') || '(none)'}`);
    }),
  );

  connection.onDidChangeConfiguration(
    guard(logger, 'configuration change', undefined, async (change) => {
      const before = settings;
      if (capabilities.workspace?.configuration) await refreshSettings();
      else settings = readSettings((change.settings as { claimcheck?: unknown } | undefined)?.claimcheck);
      if (before.enable !== settings.enable || before.checkWithoutFacts !== settings.checkWithoutFacts) {
        for (const project of projects.loaded()) {
          publishProblems(project);
          void index.sync(project, true);
          checker.recheckProject(project);
          status.send(project);
        }
      }
      if (before.inlayHints.enable !== settings.inlayHints.enable && capabilities.workspace?.inlayHint?.refreshSupport) {
        void connection.languages.inlayHint.refresh();
      }
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard(logger, 'watched files', undefined, (params) => {
      projects.filesChanged(params.changes.map((c) => c.uri));
      void index.filesChanged(params.changes);
    }),
  );

  registerDocumentSync(textDocuments, { projects, checker, logger });
  registerFeatures(connection, {
    service,
    checkWorkspace: async (token, workDoneToken) =>
      checkWorkspace(
        { host, documents, projects, checker, logger, settings: currentSettings, index },
        // The client's own progress when it passed a token, else one the server creates.
        workDoneToken !== undefined ? connection.window.attachWorkDoneProgress(workDoneToken) : await connection.window.createWorkDoneProgress(),
        token,
      ),
    logger,
    initialized: () => initialized,
    foreground,
  });

  textDocuments.listen(connection);
  connection.listen();
}
