// One pass over a project's notes, for the features that look across notes (find references,
// the facts tree): open notes as edited, the rest of the project from disk. Closed notes keep
// their uses (noteUses.ts) while their text and the project's facts and config are unchanged, so
// a view that refreshes after every edit re-checks only what changed. The workspace index and
// Check Workspace, which check closed notes in the background (NoteChecker.checkInBackground), hand
// in what they find too, so a first Find References need not check them again.
import type { CancellationToken } from 'vscode-languageserver';
import type { ServerHost } from './host';
import type { NoteChecker } from './noteChecker';
import type { OpenDocumentIndex } from './openDocuments';
import type { ProjectStore } from './projectStore';
import { usesOf, type NoteUses } from './noteUses';
import { isNote, type Project } from './projects';
import { uriKey } from './uri';
import { indexBuilt, type WorkspaceIndex } from './workspaceIndex';

export interface ProjectNotesOptions {
  host: ServerHost;
  documents: OpenDocumentIndex;
  projects: ProjectStore;
  checker: NoteChecker;
  /** The workspace index: while its build reads the closed notes, they are read from it, not checked twice at once. */
  index?: WorkspaceIndex;
}

/** Uses of closed notes, by URI, valid for one text (as on disk) and one project generation. */
export class ClosedNoteUses {
  private readonly entries = new Map<string, { text: string; generation: number; uses: NoteUses }>();

  get(uri: string, text: string, project: Project): NoteUses | undefined {
    const hit = this.entries.get(uriKey(uri));
    return hit && hit.text === text && hit.generation === project.generation ? hit.uses : undefined;
  }

  set(uri: string, text: string, project: Project, uses: NoteUses): void {
    this.entries.set(uriKey(uri), { text, generation: project.generation, uses });
  }

  /** Keeps, under `root`, only the notes of the last pass over it (deleted notes are forgotten). */
  retain(root: string, keys: ReadonlySet<string>): void {
    const prefix = `${uriKey(root)}/`;
    for (const key of this.entries.keys()) if (key.startsWith(prefix) && !keys.has(key)) this.entries.delete(key);
  }
}

/**
 * Calls `visit` with every note of `project` and its uses, open notes first (closed ones from
 * `closed` when their text and project are unchanged). Returns false when cancelled (or an open
 * note's check was overtaken by an edit) before the end.
 */
export async function forEachProjectNote(
  options: ProjectNotesOptions,
  project: Project,
  token: CancellationToken,
  visit: (uri: string, uses: NoteUses) => void,
  closed: ClosedNoteUses,
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
  if (options.index) await indexBuilt(options.index, [project], [token]);
  const visited = new Set<string>();
  for (const file of await host.findFiles(project.root, project.config.notes, project.config.ignore)) {
    if (token.isCancellationRequested) return false;
    const key = uriKey(file);
    if (seen.has(key)) continue;
    const text = await host.readFile(file);
    if (text === undefined) continue;
    visited.add(key);
    let uses = closed.get(file, text, project);
    if (!uses) {
      // Kept in `closed` by the checker, as what the index and Check Workspace check.
      const result = await checker.checkInBackground(file, text, project, () => token.isCancellationRequested);
      if (token.isCancellationRequested) return false;
      uses = result && usesOf(result);
    }
    if (uses) visit(file, uses);
  }
  closed.retain(project.root, visited);
  return true;
}
