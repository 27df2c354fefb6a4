// One note file, read and checked the same way on the main thread and in a worker: a note that
// cannot be decoded, or on which the engine fails, is `not-checked` (it fails the gate); one that
// cannot be read at all is reported as unreadable and the run goes on.
import { checkNote, unparsedNote, type CheckOptions, type CheckResult } from '../core/check';
import { notCheckedProblem } from '../core/findingCodes';
import type { Config, FactIndex } from '../core/types';
import { readNoteFile } from './files';

export type FileCheck = CheckResult | { unreadable: string };

export const isUnreadable = (r: FileCheck): r is { unreadable: string } => 'unreadable' in r;

/** Checks `file` (or `text`, when the caller has already read and decoded it). */
export function checkNoteFile(file: string, index: FactIndex, config: Config, options: CheckOptions, text?: string): FileCheck {
  let size: number | undefined;
  if (text === undefined) {
    const read = readNoteFile(file, config.maxNoteBytes);
    if (read.kind === 'unreadable') return { unreadable: read.reason };
    if (read.kind === 'too-large') return checkNote('', index, config, { ...options, sizeBytes: read.size });
    if (read.kind === 'undecodable') {
      return failed('', config, options, `Claimcheck cannot read this note's encoding: ${read.reason}`);
    }
    text = read.text;
    size = read.size;
  }
  try {
    return checkNote(text, index, config, { ...options, sizeBytes: size });
  } catch (error) {
    // A bug must not pass the note, nor stop the other notes: this note is not-checked.
    return failed(text, config, options, `Claimcheck failed on this note (${error instanceof Error ? error.message : String(error)}); please report it.`);
  }
}

function failed(text: string, config: Config, options: CheckOptions, reason: string): CheckResult {
  return { note: unparsedNote(text, config.referenceDate ?? options.today ?? '', [notCheckedProblem(reason)]), findings: [] };
}
