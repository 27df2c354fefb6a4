// `claimcheck.checkWorkspace`: checks every note of every workspace folder with work-done
// progress, publishing diagnostics for closed notes too (a Problems view of the whole workspace).
import type { CancellationToken, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { CheckResult } from '../core/check';
import type { ServerHost } from './host';
import type { Logger } from './logger';
import type { NoteChecker } from './noteChecker';
import type { OpenDocumentIndex } from './openDocuments';
import type { ProjectStore } from './projectStore';
import type { Project } from './projects';
import { emptyCounts, type WorkspaceCheckResult } from './protocol';
import { relativeUri } from './uri';

export interface WorkspaceCheckOptions {
  host: ServerHost;
  documents: OpenDocumentIndex;
  projects: ProjectStore;
  checker: NoteChecker;
  logger: Logger;
}

export async function checkWorkspace(options: WorkspaceCheckOptions, progress: WorkDoneProgressServerReporter, token: CancellationToken): Promise<WorkspaceCheckResult> {
  const { host, documents, projects, checker, logger } = options;
  const summary: WorkspaceCheckResult = { notes: 0, counts: emptyCounts(), skipped: 0 };
  progress.begin('Claimcheck: checking workspace', 0, 'finding notes', true);
  try {
    const roots = projects.folders.length > 0 ? projects.folders : projects.loaded().map((p) => p.root);
    const work: { uri: string; project: Project }[] = [];
    for (const root of roots) {
      const project = await projects.reload(root);
      for (const uri of await host.findFiles(root, project.config.notes, project.config.ignore)) work.push({ uri, project });
    }
    for (let i = 0; i < work.length; i++) {
      if (token.isCancellationRequested || progress.token.isCancellationRequested) break;
      const { uri, project } = work[i];
      progress.report(Math.round((i / work.length) * 100), relativeUri(project.root, uri) ?? uri);
      const doc = documents.get(uri);
      const result: CheckResult | undefined = doc ? checker.checkOpenNow(doc, project) : await checker.checkClosedNow(uri, project);
      if (!result) continue;
      summary.notes++;
      if (result.skipped) summary.skipped++;
      for (const f of result.findings) summary.counts[f.code]++;
      summary.counts['not-checked'] += result.note.problems.filter((p) => p.code === 'not-checked').length;
      // Let cancellation and edits through between notes.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } finally {
    progress.done();
  }
  const c = summary.counts;
  logger.log(`workspace check: ${summary.notes} notes, ${c.contradicted} contradicted, ${c.outdated} outdated, ${c.unsourced} unsourced`);
  return summary;
}
