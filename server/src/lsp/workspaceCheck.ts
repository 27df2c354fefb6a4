// `claimcheck.checkWorkspace`: checks every note of every set-up workspace folder with work-done
// progress, publishing diagnostics for closed notes too (a Problems view of the whole
// workspace), and sums up what the Problems view now shows.
import type { CancellationToken, WorkDoneProgressReporter, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { CheckResult } from '../core/check';
import { addCoverage, coverageText, noteCoverage, type Coverage } from '../core/coverage';
import { noteDiagnostics } from './diagnostics';
import type { ServerHost } from './host';
import type { Logger } from './logger';
import type { NoteChecker } from './noteChecker';
import type { OpenDocumentIndex } from './openDocuments';
import type { ProjectStore } from './projectStore';
import type { Project } from './projects';
import { emptyCounts, type WorkspaceCheckResult } from './protocol';
import { checksProject, type Settings } from './settings';
import { relativeUri } from './uri';
import { indexBuilt, type WorkspaceIndex } from './workspaceIndex';

export interface WorkspaceCheckOptions {
  host: ServerHost;
  documents: OpenDocumentIndex;
  projects: ProjectStore;
  checker: NoteChecker;
  logger: Logger;
  settings: () => Settings;
  /** The workspace index: its build is waited for before the first note is checked. */
  index?: WorkspaceIndex;
}

const SEVERITY_NAMES = ['error', 'warning', 'information', 'hint'] as const;

export async function checkWorkspace(options: WorkspaceCheckOptions, progress: WorkDoneProgressReporter | WorkDoneProgressServerReporter, token: CancellationToken): Promise<WorkspaceCheckResult> {
  const { host, documents, projects, checker, logger, settings, index } = options;
  const summary: WorkspaceCheckResult = {
    notes: 0,
    counts: emptyCounts(),
    severities: { error: 0, warning: 0, information: 0, hint: 0 },
    skipped: 0,
    coverage: addCoverage([]),
    notesWithFigures: 0,
    fullySourced: 0,
    notSetUp: 0,
    cancelled: false,
  };
  const coverages: Coverage[] = [];
  progress.begin('Claimcheck: checking workspace', 0, 'finding notes', true);
  try {
    const roots = projects.folders.length > 0 ? projects.folders : projects.loaded().map((p) => p.root);
    const work: { uri: string; project: Project }[] = [];
    const toCheck: Project[] = [];
    for (const root of roots) {
      const project = await projects.reload(root);
      if (!checksProject(settings(), project)) {
        summary.notSetUp++;
        continue;
      }
      toCheck.push(project);
      for (const uri of await host.findFiles(root, project.config.notes, project.config.ignore)) work.push({ uri, project });
    }
    // Cancelled by the request ($/cancelRequest) or from the progress the server created.
    const tokens = 'token' in progress ? [token, progress.token] : [token];
    const cancelled = () => tokens.some((t) => t.isCancellationRequested);
    // A note published before the index has read every note would be published again, read and
    // checked from disk again, each time a note read later changes what it is inconsistent with
    // (most notes, in a workspace that states the same figures): the index's build goes first.
    const reading = index ? await indexBuilt(index, toCheck, tokens, (done, total) => progress.report(Math.round((done / total) * 50), `reading notes for the workspace index: ${done} of ${total}`)) : false;
    // The progress's second half when the index was read first, else all of it.
    const from = reading ? 50 : 0;
    for (let i = 0; i < work.length; i++) {
      if (cancelled()) {
        summary.cancelled = true;
        break;
      }
      const { uri, project } = work[i];
      progress.report(from + Math.round((i / work.length) * (100 - from)), relativeUri(project.root, uri) ?? uri);
      const doc = documents.get(uri);
      // A closed note waits while the user types (checkInBackground); cancelling stops that wait too.
      const result: CheckResult | undefined = doc ? await checker.checkOpenNow(doc, project) : await checker.checkClosedNow(uri, project, cancelled);
      if (!result) continue;
      summary.notes++;
      if (result.skipped) summary.skipped++;
      else {
        const coverage = noteCoverage(result);
        coverages.push(coverage);
        if (coverage.figures > 0) summary.notesWithFigures++;
        if (coverage.figures > 0 && coverage.sourced === coverage.figures) summary.fullySourced++;
      }
      for (const f of result.findings) summary.counts[f.code]++;
      summary.counts['not-checked'] += result.note.problems.filter((p) => p.code === 'not-checked').length;
      for (const d of noteDiagnostics(result)) summary.severities[SEVERITY_NAMES[(d.severity ?? 1) - 1] ?? 'error']++;
      // Let cancellation and edits through between notes.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } finally {
    progress.done();
  }
  summary.coverage = addCoverage(coverages);
  const s = summary.severities;
  logger.log(`workspace check: ${summary.notes} notes, ${s.error} errors, ${s.warning} warnings, ${s.information} information, ${coverageText(summary.coverage)}${summary.cancelled ? ' (cancelled)' : ''}`);
  return summary;
}
