// The notification Check Workspace ends with: "412 notes: 3 errors, 12 warnings".
import { coverageText } from '../../server/src/core/coverage';
import type { WorkspaceCheckResult } from '../../server/src/lsp/protocol';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function workspaceSummary(result: WorkspaceCheckResult): string {
  const s = result.severities;
  const parts = [plural(s.error, 'error'), plural(s.warning, 'warning')];
  if (s.information > 0) parts.push(`${s.information} unsourced or info`);
  let text = `Claimcheck: ${plural(result.notes, 'note')}${result.cancelled ? ' checked before you cancelled' : ''}: ${parts.join(', ')}`;
  if (result.skipped > 0) text += ` (${plural(result.skipped, 'note')} skipped)`;
  // An older server sends no coverage.
  if (result.coverage && result.coverage.figures > 0) {
    text += `; ${coverageText(result.coverage)}, ${result.fullySourced} of ${plural(result.notesWithFigures, 'note')} fully sourced`;
  }
  if (result.notSetUp > 0 && result.notes === 0) return 'Claimcheck: nothing checked; this workspace is not set up (no facts file, no .claimcheck.yaml).';
  return `${text}.`;
}
