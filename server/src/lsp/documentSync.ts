// Open documents: an edit to a note schedules its check (debounced once it was checked); an edit
// to a facts or config file reloads its project, which re-checks the notes; closing a note clears
// it (or shows the file on disk again, when a workspace check covered it).
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { guard, type Logger } from './logger';
import type { NoteChecker } from './noteChecker';
import type { ProjectStore } from './projectStore';
import { affectsProject, isNote } from './projects';
import { uriKey } from './uri';

export interface DocumentSyncOptions {
  projects: ProjectStore;
  checker: NoteChecker;
  logger: Logger;
}

export function registerDocumentSync(documents: TextDocuments<TextDocument>, { projects, checker, logger }: DocumentSyncOptions): void {
  documents.onDidChangeContent(
    guard(logger, 'document change', undefined, async ({ document }) => {
      const guess = projects.rootFor(document.uri);
      const firstLoad = !projects.has(guess);
      const root = await projects.resolveRoot(document.uri);
      // As it is now: a keystroke in a facts file must not wait for the reload it reschedules.
      const project = await projects.now(root);
      if (firstLoad && uriKey(root) === uriKey(guess)) {
        // First document of this project: the load read its text and re-checks it.
        if (!affectsProject(project, document.uri) && isNote(project, document)) checker.changed(document.uri, 0);
        return;
      }
      if (affectsProject(project, document.uri)) projects.scheduleReload(root);
      else if (isNote(project, document)) checker.changed(document.uri, checker.hasResult(document.uri) ? undefined : 0);
    }),
  );

  documents.onDidClose(
    guard(logger, 'document close', undefined, async ({ document }) => {
      checker.forget(document.uri);
      const root = await projects.resolveRoot(document.uri);
      const project = await projects.get(root);
      if (affectsProject(project, document.uri)) projects.scheduleReload(root); // the text on disk counts again
      else await checker.closed(document.uri, project);
    }),
  );
}
