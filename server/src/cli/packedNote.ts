// A note's output as bytes (v8 serialisation): what a worker replies with (its buffer transferred,
// not cloned), and what a run that waits for every note keeps in its scratch file. Before the
// consistency pass, the held note (its statements apart, with their keys); without the pass, the
// note released, its items final.
import { serialize } from 'node:v8';
import type { CheckResult } from '../core/check';
import { holdNote, releaseNote, type NoteFormat } from './heldNote';
import { packStatements, type PackedStatements } from './heldStatements';

export interface PackedNote {
  packed: Uint8Array;
  /** Whether `packed` is a HeldNote that waits for the pass (else a ReleasedNote). */
  held: boolean;
  statements?: PackedStatements;
}

export function packNote(format: NoteFormat, file: string, result: CheckResult, pass: boolean): PackedNote {
  const held = holdNote(format, file, result, pass);
  if (!pass) return { packed: serialize(releaseNote(format, held)), held: false };
  const { statements, ...rest } = held;
  const packed = packStatements(statements);
  return { packed: serialize(rest), held: true, ...(packed ? { statements: packed } : {}) };
}

/** The ArrayBuffers a PackedNote can hand over instead of copying. */
export function transferable(note: PackedNote): ArrayBuffer[] {
  const own = (bytes: Uint8Array | undefined): ArrayBuffer[] =>
    bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
  return [note.packed, ...(note.statements?.parts ?? [])].flatMap((bytes) => own(bytes ?? undefined));
}
