// The `claimcheck/status` notification: what Claimcheck knows about a project (facts loaded,
// config, problems) and, after a check, about the note. The client's status item shows it.
import type { Connection } from 'vscode-languageserver';
import type { CheckResult } from '../core/check';
import { noteCoverage } from '../core/coverage';
import { factCount } from '../core/facts/factLookups';
import { factsNotLoaded, type Project } from './projects';
import { keepsOlderFacts } from './projectStore';
import { isSetUp, type Settings } from './settings';
import { emptyCounts, StatusNotification, type NoteStatus, type StatusParams } from './protocol';

export function noteStatus(uri: string, result: CheckResult, version?: number): NoteStatus {
  const counts = emptyCounts();
  for (const f of result.findings) counts[f.code]++;
  // Note-level findings (not-checked) are problems of the note; they count like the others.
  for (const p of result.note.problems) if (Object.hasOwn(counts, p.code)) counts[p.code as keyof typeof counts]++;
  const status: NoteStatus = { uri, version, counts };
  if (result.skipped) {
    status.skipped = result.skipped.reason;
    status.skippedCode = result.skipped.code;
  } else status.coverage = noteCoverage(result);
  return status;
}

export function projectStatus(settings: Pick<Settings, 'enable' | 'checkWithoutFacts'>, project: Project | undefined, note?: NoteStatus): StatusParams {
  return {
    enabled: settings.enable,
    setUp: project ? isSetUp(project) : false,
    checkWithoutFacts: settings.checkWithoutFacts,
    root: project?.root,
    factsCount: project ? factCount(project.index) : 0,
    factsFiles: project ? [...project.index.files] : [],
    factsProblems: project?.factsProblems.length ?? 0,
    factsErrors: project?.factsProblems.filter((p) => p.severity === 'error').length ?? 0,
    factsNotLoaded: project ? factsNotLoaded(project) : 0,
    factsKept: project ? keepsOlderFacts(project) : false,
    configFile: project?.configExists ? project.configUri : undefined,
    configProblems: project?.configProblems.length ?? 0,
    note,
  };
}

export interface StatusReporter {
  /** The status of a project (and a note of it), as sent. */
  of(project: Project | undefined, note?: NoteStatus): StatusParams;
  send(project: Project, note?: NoteStatus): void;
}

export function statusReporter(connection: Pick<Connection, 'sendNotification'>, settings: () => Settings): StatusReporter {
  const of = (project: Project | undefined, note?: NoteStatus) => projectStatus(settings(), project, note);
  return {
    of,
    send: (project, note) => void connection.sendNotification(StatusNotification, of(project, note)),
  };
}
