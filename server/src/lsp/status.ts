// The `claimcheck/status` notification: what Claimcheck knows about a project (facts loaded,
// config, problems) and, after a check, about the note. The client's status item shows it.
import type { Connection } from 'vscode-languageserver';
import type { CheckResult } from '../core/check';
import type { Project } from './projects';
import { emptyCounts, StatusNotification, type NoteStatus, type StatusParams } from './protocol';

export function noteStatus(uri: string, result: CheckResult, version?: number): NoteStatus {
  const counts = emptyCounts();
  for (const f of result.findings) counts[f.code]++;
  // A note that could not be checked completely must never look clean.
  counts['not-checked'] = result.note.problems.filter((p) => p.code === 'not-checked').length;
  const status: NoteStatus = { uri, version, counts };
  if (result.skipped) {
    status.skipped = result.skipped.reason;
    status.skippedCode = result.skipped.code;
  }
  return status;
}

export function projectStatus(enabled: boolean, project: Project | undefined, note?: NoteStatus): StatusParams {
  return {
    enabled,
    root: project?.root,
    factsCount: project?.index.facts.length ?? 0,
    factsFiles: project ? [...project.index.files] : [],
    factsProblems: project?.factsProblems.length ?? 0,
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

export function statusReporter(connection: Pick<Connection, 'sendNotification'>, enabled: () => boolean): StatusReporter {
  const of = (project: Project | undefined, note?: NoteStatus) => projectStatus(enabled(), project, note);
  return {
    of,
    send: (project, note) => void connection.sendNotification(StatusNotification, of(project, note)),
  };
}
