// Held and released notes, and the pass's findings held as printed, as records (recordBytes.ts):
// each field in a fixed order, written by one function and read by its twin. Written through one
// writer per thread: each function returns a view of its buffer, valid until the next.
import type { Severity } from '../core/types';
import { heldFinding, type HeldFinding, type HeldNote, type ReleasedItem, type ReleasedNote } from './heldNote';
import { RecordReader, RecordWriter } from './recordBytes';

const writer = new RecordWriter();

function putFinding(f: HeldFinding): void {
  writer.word(f.code);
  writer.word(f.severity);
  writer.flag(f.citation === true);
  writer.int(f.claim.index);
  writer.int(f.claim.offset.start);
  writer.int(f.line);
  writer.int(f.character);
  writer.text(f.text);
}

function getFinding(r: RecordReader): HeldFinding {
  return heldFinding(r.word() as HeldFinding['code'], r.word() as HeldFinding['severity'], r.flag(), r.int(), r.int(), r.int(), r.int(), r.text());
}

function putItem(item: ReleasedItem): void {
  writer.int(item.line);
  writer.int(item.character);
  writer.word(item.severity);
  writer.word(item.code);
  writer.text(item.text);
}

function getItem<S extends string>(r: RecordReader): { line: number; character: number; severity: S; code: string; text: string } {
  return { line: r.int(), character: r.int(), severity: r.word() as S, code: r.word(), text: r.text()! };
}

/** A held note without its statements (they wait apart, by key). */
export function writeHeld(held: Omit<HeldNote, 'statements'>): Uint8Array {
  writer.text(held.file);
  writer.list(held.fixed, putItem);
  writer.list(held.findings, putFinding);
  writer.list(held.unjudged, (u) => {
    writer.int(u.index);
    writer.text(u.text);
  });
  writer.int(held.claims);
  writer.flag(held.skipped);
  return writer.finish();
}

export function readHeld(bytes: Uint8Array): HeldNote {
  const r = new RecordReader(bytes);
  const file = r.text()!;
  const fixed = r.list(() => getItem<Severity>(r));
  const findings = r.list(() => getFinding(r));
  const unjudged = r.list(() => ({ index: r.int(), text: r.text()! }));
  return { file, fixed, findings, unjudged, claims: r.int(), skipped: r.flag() };
}

export function writeReleased(note: ReleasedNote): Uint8Array {
  writer.text(note.file);
  writer.flag(note.note);
  writer.list(note.items, putItem);
  for (const n of [note.counts.errors, note.counts.warnings, note.counts.infos, note.claims, note.supported, note.coverage.figures, note.coverage.sourced]) writer.int(n);
  return writer.finish();
}

export function readReleased(bytes: Uint8Array): ReleasedNote {
  const r = new RecordReader(bytes);
  const file = r.text()!;
  const note = r.flag();
  const items = r.list(() => getItem<ReleasedItem['severity']>(r));
  const counts = { errors: r.int(), warnings: r.int(), infos: r.int() };
  return { file, note, items, counts, claims: r.int(), supported: r.int(), coverage: { figures: r.int(), sourced: r.int() } };
}

/** The pass's findings for a note, held as printed. */
export function writeFindings(findings: readonly HeldFinding[]): Uint8Array {
  writer.list(findings, putFinding);
  return writer.finish();
}

export function readFindings(bytes: Uint8Array): HeldFinding[] {
  const r = new RecordReader(bytes);
  return r.list(() => getFinding(r));
}
