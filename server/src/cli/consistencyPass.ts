// The cross-file pass of `claimcheck check`: after every note has its own result (checked here, on
// a worker thread, or read from --cache), the statements of all of them are compared and each
// note's `inconsistent` findings put in place. It runs on the results, whatever produced them.
import { inconsistentFindings, withInconsistencies, type PassedFinding } from '../core/consistency/inconsistencies';
import type { Finding, SeveritySetting, Statement } from '../core/types';

/** What the pass reads of a note's result: a whole CheckResult, or a held note's statements (checkStream.ts). */
interface PassedResult<F extends PassedFinding> {
  findings: readonly F[];
  statements?: readonly Statement[];
}
type Notes<R> = { file: string; result: R }[];

/**
 * `notes` with their `inconsistent` findings. `context`: notes compared with but not reported (with
 * --changed, the notes that did not change: a changed figure is checked against all of them).
 */
export function addInconsistencies<R extends PassedResult<PassedFinding>>(
  notes: Notes<R>,
  severity: SeveritySetting,
  context: Notes<PassedResult<PassedFinding>> = [],
): Notes<Omit<R, 'findings'> & { findings: (R['findings'][number] | Finding)[] }> {
  const found = inconsistenciesByNote([...notes, ...context], severity);
  return notes.map(({ file, result }) => {
    const findings = withInconsistencies<R['findings'][number]>(result.findings, found.get(file) ?? []);
    return { file, result: { ...result, findings } };
  });
}

/** Each note's `inconsistent` findings, by its file, from the notes' statements (to put in place with withInconsistencies). */
export function inconsistenciesByNote(notes: Notes<Pick<PassedResult<PassedFinding>, 'statements'>>, severity: SeveritySetting): Map<string, Finding[]> {
  return inconsistentFindings(
    notes.map(({ file, result }) => ({ note: file, label: file, statements: result.statements ?? [] })),
    severity,
  );
}
