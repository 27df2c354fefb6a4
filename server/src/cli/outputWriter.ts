// What every output format has in common: a run prints the input problems and each note's items
// (heldNote.ts), through the format's writer, then its tail. One driver (checkStream.ts) feeds a
// writer note by note as notes are checked; the whole-report path feeds it a CheckReport.
import { byPosition, holdNote, releaseNote, releaseProblems, type NoteFormat, type ReleasedNote } from './heldNote';
import { compareFiles, compareItems, problemItem, type CheckReport, type Counts } from './report';

/** What a run's tail reads: over every item printed (input problems too) and every checked note. */
export interface RunSummary {
  counts: Counts;
  notes: number;
  claims: number;
  supported: number;
  coverage: { figures: number; sourced: number };
}

export interface OutputWriter {
  format: NoteFormat;
  /** Sees every note before the first is printed (text: the column width; sarif: the rules); without it, notes print as they come. */
  measure?(note: ReleasedNote): void;
  /** A note's text, in the run's order (the head comes with the first). */
  note(note: ReleasedNote): string;
  tail(summary: RunSummary): string;
}

export function emptySummary(): RunSummary {
  return { counts: { errors: 0, warnings: 0, infos: 0 }, notes: 0, claims: 0, supported: 0, coverage: { figures: 0, sourced: 0 } };
}

export function addToSummary(summary: RunSummary, note: ReleasedNote): void {
  summary.counts.errors += note.counts.errors;
  summary.counts.warnings += note.counts.warnings;
  summary.counts.infos += note.counts.infos;
  if (!note.note) return;
  summary.notes++;
  summary.claims += note.claims;
  summary.supported += note.supported;
  summary.coverage.figures += note.coverage.figures;
  summary.coverage.sourced += note.coverage.sourced;
}

/**
 * Puts input problems (facts and config files, unreadable notes) among the notes in the printed
 * order. A sorted format prints by file: notes come in file order, each problem before the first
 * note whose file sorts after it, and a problem in a note's own file among that note's items by
 * position (problems first at equal positions, as one stable sort of every item would). JSON
 * prints every input problem first.
 */
export class PrintedOrder {
  private readonly pending: ReleasedNote[];
  private next = 0;

  constructor(
    private readonly format: NoteFormat,
    problems: CheckReport['inputProblems'],
  ) {
    const items = problems.map(problemItem);
    if (!format.sorted) {
      this.pending = items.length === 0 ? [] : [releaseProblems(format, '', items)];
      return;
    }
    const sorted = items.sort(compareItems);
    this.pending = [];
    for (let i = 0; i < sorted.length; ) {
      let j = i + 1;
      while (j < sorted.length && sorted[j]!.file === sorted[i]!.file) j++;
      this.pending.push(releaseProblems(format, sorted[i]!.file, sorted.slice(i, j)));
      i = j;
    }
  }

  /** What prints up to and including `note` (sorted formats: given in file order). */
  upTo(note: ReleasedNote): ReleasedNote[] {
    const out: ReleasedNote[] = [];
    if (!this.format.sorted) {
      out.push(...this.rest());
    } else {
      while (this.next < this.pending.length && compareFiles(this.pending[this.next]!.file, note.file) < 0) out.push(this.pending[this.next++]!);
      const same = this.pending[this.next];
      if (same && same.file === note.file) {
        this.next++;
        const items = [...same.items, ...note.items].sort(byPosition);
        const counts = { errors: same.counts.errors + note.counts.errors, warnings: same.counts.warnings + note.counts.warnings, infos: same.counts.infos + note.counts.infos };
        out.push({ ...note, items, counts });
        return out;
      }
    }
    out.push(note);
    return out;
  }

  /** What is left to print after the last note. */
  rest(): ReleasedNote[] {
    const out = this.pending.slice(this.next);
    this.next = this.pending.length;
    return out;
  }
}

/** The whole report, printed by `writer`, in chunks: the report path (gate steps that need every result). */
export function writeReport(report: CheckReport, writer: OutputWriter, write: (text: string) => void): void {
  const { format } = writer;
  const order = new PrintedOrder(format, report.inputProblems);
  const notes = format.sorted ? [...report.notes].sort((a, b) => compareFiles(a.file, b.file)) : report.notes;
  const all = notes.flatMap(({ file, result }) => order.upTo(releaseNote(format, holdNote(format, file, result, false))));
  all.push(...order.rest());
  const summary = emptySummary();
  for (const note of all) {
    addToSummary(summary, note);
    writer.measure?.(note);
  }
  for (const note of all) write(writer.note(note));
  write(writer.tail(summary));
}
