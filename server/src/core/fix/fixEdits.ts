// The fixes that need no judgement: a contradicted or outdated figure replaced by the sourced
// value in the note's style, citing the fact when nothing cites it yet. One function for the
// editor's "fix all" and `claimcheck check --fix`, so both make the same edits.
import type { CheckResult } from '../check';
import type { Finding, FindingCode, Range, Span } from '../types';

/** A replacement in a note: `range` for editors, `offset` for hosts that splice text. */
export interface NoteEdit {
  range: Range;
  offset: Span;
  newText: string;
}

/** The finding codes whose suggestion is applied without asking. */
export const AUTO_FIXABLE_CODES: readonly FindingCode[] = ['contradicted', 'outdated'];

export function citationText(ids: readonly string[]): string {
  return `[${ids.map((id) => `@${id}`).join('; ')}]`;
}

/** Whether a citation already binds to the finding's claim. */
export function isCited(result: CheckResult, finding: Finding): boolean {
  return result.note.citations.some((c) => c.claimIndex === finding.claim.index);
}

export function isAutoFixable(finding: Finding): boolean {
  return AUTO_FIXABLE_CODES.includes(finding.code) && !!finding.suggestion;
}

/** The edit replacing a figure by its sourced value (and citing the fact when not cited yet). */
export function replacementEdit(result: CheckResult, finding: Finding): NoteEdit | undefined {
  if (!finding.suggestion) return undefined;
  const cite = finding.cite && finding.cite.length > 0 && !isCited(result, finding) ? ` ${citationText(finding.cite)}` : '';
  return { range: finding.claim.range, offset: finding.claim.offset, newText: finding.suggestion + cite };
}

/**
 * Every no-judgement fix of a checked note, in document order, none overlapping another (a claim
 * is replaced at most once; should two ever overlap, the first wins and the rest wait for a re-check).
 */
export function fixAllEdits(result: CheckResult): NoteEdit[] {
  const edits: NoteEdit[] = [];
  for (const finding of result.findings) {
    if (!isAutoFixable(finding)) continue;
    const edit = replacementEdit(result, finding);
    if (edit && edit.newText !== result.note.text.slice(edit.offset.start, edit.offset.end)) edits.push(edit);
  }
  edits.sort((a, b) => a.offset.start - b.offset.start);
  const kept: NoteEdit[] = [];
  for (const edit of edits) if (kept.length === 0 || edit.offset.start >= kept[kept.length - 1]!.offset.end) kept.push(edit);
  return kept;
}

/** The text with the edits applied (edits as fixAllEdits returns them: sorted, not overlapping). */
export function applyEdits(text: string, edits: readonly NoteEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.offset.start - b.offset.start)) {
    out += text.slice(at, edit.offset.start) + edit.newText;
    at = edit.offset.end;
  }
  return out + text.slice(at);
}
