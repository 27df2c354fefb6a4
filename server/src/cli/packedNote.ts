// A note's output as bytes (noteRecords.ts): what a worker replies with (its buffer transferred,
// not cloned), and what a run that waits for every note keeps in its scratch file. Before the
// consistency pass, the held note (its statements apart, with their keys); without the pass, the
// note released, its items final.
import type { CheckResult } from '../core/check';
import { holdNote, releaseNote, type NoteFormat } from './heldNote';
import { packStatements, type PackedStatements } from './heldStatements';
import { writeHeld, writeReleased } from './noteRecords';

export interface PackedNote {
  /** A view of this thread's record buffer until the next packing: copy it (recordBytes.ts ownBytes) to keep or send it. */
  packed: Uint8Array;
  /** Whether `packed` is a HeldNote that waits for the pass (else a ReleasedNote). */
  held: boolean;
  statements?: PackedStatements;
}

export function packNote(format: NoteFormat, file: string, result: CheckResult, pass: boolean): PackedNote {
  const held = holdNote(format, file, result, pass);
  if (!pass) return { packed: writeReleased(releaseNote(format, held)), held: false };
  const packed = packStatements(held.statements);
  return { packed: writeHeld(held), held: true, ...(packed ? { statements: packed } : {}) };
}

/** The ArrayBuffers a PackedNote can hand over instead of copying. */
export function transferable(note: PackedNote): ArrayBuffer[] {
  const own = (bytes: Uint8Array | undefined): ArrayBuffer[] =>
    bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
  return [note.packed, ...(note.statements?.parts ?? [])].flatMap((bytes) => own(bytes ?? undefined));
}
