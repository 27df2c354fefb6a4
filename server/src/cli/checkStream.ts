// `check` without a gate step that needs every result at once, in any format: each note becomes
// its printed items as soon as it is checked (on a worker, or here) and its result is dropped.
// A format that prints a note before seeing the rest (json, github) writes it then; one that must
// see every note first (text: the column width; sarif: the rules) or a run with the cross-note
// consistency pass keeps each note's items in a scratch file (the pass's statements too, only a
// count per key on the heap) and writes them after. Same bytes and exit code as the report path.
import { compareFiles, problemItem } from './report';
import { checkFilesInOrder, isPacked, type CheckFilesOptions } from './checkFiles';
import { isUnreadable } from './checkNoteFile';
import { unreadableProblem } from './checkRun';
import { displayPath } from './files';
import { holdNote, releaseNote, releaseProblems, type HeldFinding, type ReleasedNote } from './heldNote';
import { StatementSpill, type HeldStatements } from './heldStatements';
import { outputWriter, type OutputSpec } from './outputFormats';
import { addToSummary, emptySummary, PrintedOrder, type RunSummary } from './outputWriter';
import { packNote, type PackedNote } from './packedNote';
import { readHeld, readReleased } from './noteRecords';
import { SpillFile, type Span } from './spillFile';
import { whyUnreadable } from '../node/readTextFile';
import type { Problem } from '../core/types';

export interface StreamedRun {
  summary: RunSummary;
  /** Notes that could not be read (each printed as a problem). */
  unreadable: number;
}

/** A note waiting in the scratch file: its output (held for the pass, or released), its statements. */
interface Waiting {
  file: string;
  /** Its place among the notes as given (the pass compares notes in that order). */
  given: number;
  note: Span | ReleasedNote;
  held: boolean;
  statements?: HeldStatements;
}

export function streamCheck(options: CheckFilesOptions, output: OutputSpec, cwd: string, write: (text: string) => void): StreamedRun {
  const { workspace } = options;
  const pass = workspace.config.severity.inconsistent !== 'off';
  const writer = outputWriter(output);
  const { format } = writer;
  const inputProblems: (Problem & { file: string })[] = [...workspace.problems];
  let unreadable = 0;
  // The notes in the order they print: JSON as given, after the notes found unreadable now (listed
  // first, with the facts' problems); a sorted format by file, each unreadable note in its place.
  let given = options.files.map((_, i) => i);
  if (format.sorted) {
    const shown = options.files.map((file) => displayPath(file, cwd));
    given.sort((a, b) => compareFiles(shown[a]!, shown[b]!));
  } else {
    given = given.filter((i) => {
      const reason = whyUnreadable(options.files[i]!);
      if (reason !== undefined) inputProblems.push(unreadableProblem(displayPath(options.files[i]!, cwd), reason));
      return reason === undefined;
    });
    unreadable = inputProblems.length - workspace.problems.length;
  }
  const files = given.map((i) => options.files[i]!);
  const texts = options.texts && given.map((i) => options.texts![i]!);

  const holds = pass || writer.measure !== undefined;
  const spill = holds ? new SpillFile() : undefined;
  const statements = pass ? new StatementSpill(spill!) : undefined;
  const waiting: Waiting[] = [];
  const summary = emptySummary();
  let order = new PrintedOrder(format, inputProblems);
  const print = (note: ReleasedNote): void => {
    for (const n of order.upTo(note)) {
      addToSummary(summary, n);
      write(writer.note(n));
    }
  };
  const unpack = (note: Waiting, found: { get(file: string): HeldFinding[] }): ReleasedNote => {
    if (!('at' in note.note)) return note.note;
    const kept = spill!.read(note.note);
    return note.held ? releaseNote(format, readHeld(kept), found.get(note.file)) : readReleased(kept);
  };
  try {
    checkFilesInOrder({ ...options, files, texts, pack: { output, pass } }, (i, result) => {
      const file = displayPath(files[i]!, cwd);
      if (!isPacked(result) && isUnreadable(result)) {
        // Unreadable (JSON: since the look above: removed, permissions changed meanwhile): printed in its place.
        unreadable++;
        const note = releaseProblems(format, file, [problemItem(unreadableProblem(file, result.unreadable))]);
        if (holds) waiting.push({ file, given: given[i]!, note, held: false });
        else print(note);
        return;
      }
      // Checked here, with nothing to wait for: released without packing it.
      if (!holds && !isPacked(result)) return print(releaseNote(format, holdNote(format, file, result, false)));
      const packed: PackedNote = isPacked(result) ? result : packNote(format, file, result, pass);
      if (!holds) return print(readReleased(packed.packed));
      waiting.push({ file, given: given[i]!, note: spill!.write(packed.packed), held: packed.held, statements: statements?.holdPacked(packed.statements) });
    });
    if (holds) {
      // The pass compares notes in the order given (the order of each finding's related statements).
      const compared = [...waiting].sort((a, b) => a.given - b.given).filter((w) => w.held);
      const found = statements ? statements.inconsistencies(compared, workspace.config.severity.inconsistent, format) : { get: (): HeldFinding[] => [] };
      compared.length = 0;
      if (writer.measure) {
        for (const w of waiting) for (const n of order.upTo(unpack(w, found))) writer.measure(n);
        for (const n of order.rest()) writer.measure(n);
        order = new PrintedOrder(format, inputProblems);
      }
      for (let w = 0; w < waiting.length; w++) {
        print(unpack(waiting[w]!, found));
        waiting[w] = undefined as never;
      }
    }
  } finally {
    spill?.close();
  }
  for (const n of order.rest()) {
    addToSummary(summary, n);
    write(writer.note(n));
  }
  write(writer.tail(summary));
  return { summary, unreadable };
}
