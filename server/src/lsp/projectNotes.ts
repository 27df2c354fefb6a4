// One pass over a project's notes, for the features that look across notes (find references,
// the facts tree): open notes as edited, the rest of the project from disk. Closed notes keep
// their result while their text and the project's facts and config are unchanged, so a view that
// refreshes after every edit re-checks only what changed.
import type { CancellationToken } from 'vscode-languageserver';
import type { CheckResult } from '../core/check';
import type { ServerHost } from './host';
import type { NoteChecker } from './noteChecker';
import type { OpenDocumentIndex } from './openDocuments';
import type { ProjectStore } from './projectStore';
import { isNote, type Project } from './projects';
import { uriKey } from './uri';

export interface ProjectNotesOptions {
  host: ServerHost;
  documents: OpenDocumentIndex;
  projects: ProjectStore;
  checker: NoteChecker;
}

/** Results of closed notes, by URI, valid for one text and one project generation. */
export class ClosedNoteResults {
  private readonly entries = new Map<string, { text: string; generation: number; result: CheckResult }>();

  get(uri: string, text: string, project: Project): CheckResult | undefined {
    const hit = this.entries.get(uriKey(uri));
    return hit && hit.text === text && hit.generation === project.generation ? hit.result : undefined;
  }

  set(uri: string, text: string, project: Project, result: CheckResult): void {
    this.entries.set(uriKey(uri), { text, generation: project.generation, result });
  }

  /** Keeps, under `root`, only the notes of the last pass over it (deleted notes are forgotten). */
  retain(root: string, keys: ReadonlySet<string>): void {
    const prefix = `${uriKey(root)}/`;
    for (const key of this.entries.keys()) if (key.startsWith(prefix) && !keys.has(key)) this.entries.delete(key);
  }
}

/**
 * Calls `visit` with every note of `project` and its check result, open notes first. Returns
 * false when cancelled (or an open note's check was overtaken by an edit) before the end.
 */
export async function forEachProjectNote(
  options: ProjectNotesOptions,
  project: Project,
  token: CancellationToken,
  visit: (uri: string, result: CheckResult) => void,
  closed?: ClosedNoteResults,
): Promise<boolean> {
  const { host, documents, projects, checker } = options;
  const seen = new Set<string>();
  const rootKey = uriKey(project.root);
  for (const doc of documents.all()) {
    if (uriKey(projects.rootFor(doc.uri)) !== rootKey || !isNote(project, doc)) continue;
    seen.add(uriKey(doc.uri));
    const result = await checker.resultAsync(doc, project, token);
    if (!result) return false;
    visit(doc.uri, result);
  }
  const visited = new Set<string>();
  for (const file of await host.findFiles(project.root, project.config.notes, project.config.ignore)) {
    if (token.isCancellationRequested) return false;
    const key = uriKey(file);
    if (seen.has(key)) continue;
    const text = await host.readFile(file);
    if (text === undefined) continue;
    visited.add(key);
    let result = closed?.get(file, text, project);
    if (!result) {
      result = await checker.checkAsync(text, project, token);
      if (token.isCancellationRequested) return false;
      if (result) closed?.set(file, text, project, result);
    }
    if (result) visit(file, result);
  }
  closed?.retain(project.root, visited);
  return true;
}
