import { overBudgetAfterParse, overBudgetBeforeParse } from './budget';
import { notCheckedProblem } from './findingCodes';
import { judgeNote } from './judge/judgeNote';
import { parseNote } from './parse/parseNote';
import type { Config, FactIndex, Finding, ParsedNote, Problem } from './types';

export interface CheckOptions {
  /** Choose facts as of this date instead of the note's own reference date (YYYY-MM-DD). */
  asOf?: string;
  /** Used when the note has no front matter `date` (config `referenceDate`, else today). */
  referenceDate?: string;
  /** Today's date (YYYY-MM-DD): the host's clock, since the core reads none. */
  today?: string;
  /** Size of the note in bytes, when the host knows it (else measured from the text). */
  sizeBytes?: number;
}

export interface CheckResult {
  note: ParsedNote;
  findings: Finding[];
  /** Set when the note was not checked, with a reason a person understands. */
  skipped?: { reason: string; code: 'too-large' | 'disabled' };
}

const MB = 1024 * 1024;

export function noteSizeBytes(text: string): number {
  // UTF-8 length without allocating a buffer: the guard runs on every keystroke.
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function formatSize(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** A note that was not parsed (skipped, or failed): no claims, only the given problems. */
export function unparsedNote(text: string, referenceDate: string, problems: Problem[] = []): ParsedNote {
  return { text, frontMatter: { enabled: true, data: {} }, claims: [], citations: [], suppressions: [], problems, referenceDate };
}

/** Parse, extract and judge one note: the one pipeline the CLI and the server share. */
export function checkNote(text: string, index: FactIndex, config: Config, options: CheckOptions = {}): CheckResult {
  const size = options.sizeBytes ?? noteSizeBytes(text);
  if (size > config.maxNoteBytes) {
    const note = unparsedNote(text, options.referenceDate ?? config.referenceDate ?? options.today ?? '');
    return {
      note,
      findings: [],
      skipped: {
        code: 'too-large',
        reason: `Claimcheck skipped this note: it is ${formatSize(size)}, over the ${formatSize(config.maxNoteBytes)} limit (maxNoteBytes in .claimcheck.yaml).`,
      },
    };
  }
  const budget = config.budget;
  const tooMuch = overBudgetBeforeParse(text, budget);
  if (tooMuch) {
    const note = unparsedNote(text, options.referenceDate ?? config.referenceDate ?? options.today ?? '', [notCheckedProblem(tooMuch)]);
    return { note, findings: [] };
  }
  const note = parseNote(text, {
    referenceDate: options.referenceDate ?? config.referenceDate,
    today: options.today,
  });
  if (!note.frontMatter.enabled) {
    return { note, findings: [], skipped: { code: 'disabled', reason: 'Claimcheck is off for this note (front matter `claimcheck: false`).' } };
  }
  const tooManyClaims = overBudgetAfterParse(note.claims.length, budget);
  if (tooManyClaims) {
    return { note: { ...note, claims: [], citations: [], problems: [...note.problems, notCheckedProblem(tooManyClaims)] }, findings: [] };
  }
  const findings = judgeNote(note, index, { config, asOf: options.asOf });
  return { note, findings };
}
