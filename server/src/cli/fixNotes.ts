// `--fix` and `--fix-dry-run`: the core's no-judgement edits applied to notes on disk (or shown
// as a unified diff). A note is written only when its text changes, and only if it still holds
// exactly what was checked, in UTF-8; anything else is an error for that note and the run goes on.
import { readFileSync } from 'node:fs';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { CheckResult } from '../core/check';
import { applyEdits, fixAllEdits, type NoteEdit } from '../core/fix/fixEdits';
import { writeFileAtomic, WriteRefused } from './atomicWrite';

export interface NoteToFix {
  /** Absolute path. */
  file: string;
  /** Path as printed. */
  display: string;
  /** The text that was checked. */
  text: string;
  result: CheckResult;
}

export interface FixOutcome {
  note: NoteToFix;
  edits: NoteEdit[];
  after: string;
  /** Set when the note could not be written; it is left as it was. */
  error?: string;
}

/** The notes with something to fix, and their fixed text (nothing written). */
export function planFixes(notes: readonly NoteToFix[]): FixOutcome[] {
  const planned: FixOutcome[] = [];
  for (const note of notes) {
    const edits = fixAllEdits(note.result);
    if (edits.length === 0) continue;
    const after = applyEdits(note.text, edits);
    if (after !== note.text) planned.push({ note, edits, after });
  }
  return planned;
}

/** Writes each planned note atomically; a note that cannot be written gets an `error`. */
export function writeFixes(planned: FixOutcome[]): FixOutcome[] {
  for (const outcome of planned) {
    try {
      const bytes = readFileSync(outcome.note.file);
      if (!Buffer.from(outcome.note.text, 'utf8').equals(bytes)) {
        outcome.error = bytes.toString('utf8') === outcome.note.text ? 'it is not valid UTF-8' : 'it changed while Claimcheck was checking it';
        continue;
      }
      writeFileAtomic(outcome.note.file, outcome.after);
    } catch (error) {
      const reason = error instanceof WriteRefused ? error.message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
      outcome.error = reason;
    }
  }
  return planned;
}

function lineOf(edit: NoteEdit): number {
  return edit.range.start.line + 1;
}

/** `notes/a.md:12  $5 billion → $4 billion [@id]`, one line per edit, for a written fix. */
export function describeFixes(outcomes: readonly FixOutcome[]): string {
  const lines: string[] = [];
  for (const { note, edits, error } of outcomes) {
    if (error) {
      lines.push(`claimcheck: cannot fix '${note.display}' (${error}); left unchanged`);
      continue;
    }
    for (const edit of edits) {
      lines.push(`fixed ${note.display}:${lineOf(edit)}  ${note.text.slice(edit.offset.start, edit.offset.end)} → ${edit.newText}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/** A unified diff (a/ and b/ prefixes, as `git apply` and `patch -p1` take) of every planned fix. */
export function fixDiff(outcomes: readonly FixOutcome[]): string {
  return outcomes
    .map(({ note, after }) =>
      createTwoFilesPatch(`a/${note.display}`, `b/${note.display}`, note.text, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY }),
    )
    .join('');
}
