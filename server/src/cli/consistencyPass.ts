// The cross-file pass of `claimcheck check`: after every note has its own result (checked here, on
// a worker thread, or read from --cache), the statements of all of them are compared and each
// note's `inconsistent` findings put in place. It runs on the results, whatever produced them.
import { inconsistentFindings, withInconsistencies } from '../core/consistency/inconsistencies';
import type { SeveritySetting } from '../core/types';
import type { CheckReport } from './report';

type Notes = CheckReport['notes'];

/**
 * `notes` with their `inconsistent` findings. `context`: notes compared with but not reported (with
 * --changed, the notes that did not change: a changed figure is checked against all of them).
 */
export function addInconsistencies(notes: Notes, severity: SeveritySetting, context: Notes = []): Notes {
  const all = [...notes, ...context].map(({ file, result }) => ({ note: file, label: file, statements: result.statements ?? [] }));
  const found = inconsistentFindings(all, severity);
  return notes.map(({ file, result }) => {
    const findings = withInconsistencies(result.findings, found.get(file) ?? []);
    return { file, result: { ...result, findings } };
  });
}
