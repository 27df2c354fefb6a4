// The statements a run holds for the consistency pass, off the heap: each note's are written to the
// run's scratch file (statementRecords.ts: what the pass reads of them), split by key into a few
// buckets; only a count per key (by its hash) stays. The pass runs bucket by bucket (statements
// compare only within their key, so each bucket's groups are whole): only one bucket's statements
// are read back at a time, and of those only the ones whose key another statement shares (a
// statement alone in its group cannot disagree with anything, and most are alone).
import type { Finding, SeveritySetting, Statement } from '../core/types';
import { inconsistenciesByNote } from './consistencyPass';
import { holdFinding, type HeldFinding, type NoteFormat } from './heldNote';
import { readFindings, writeFindings } from './noteRecords';
import { ownBytes } from './recordBytes';
import { readStatements, writeStatements } from './statementRecords';
import type { SpillFile, Span } from './spillFile';
import { textHash } from '../core/textHash';

/** The pass's peak memory is about this fraction of every shared statement. */
const BUCKETS = 8;

/** A note's statements as records (on a worker, or here), one part per bucket, each in a buffer
 *  of its own, and their keys as counted, in the note's order. */
export interface PackedStatements {
  parts: (Uint8Array | null)[];
  counted: number[];
}

/**
 * Where a note's statements wait in the scratch file, per bucket, and their keys as counted (a
 * key's bucket is its count's, so a bucket's come in the order of its part's statements): the
 * pass reads a part back only when one of them is shared, and never hashes a key again.
 */
export interface HeldStatements {
  spans: (Span | null)[];
  counted: readonly number[];
}

/**
 * What a key is counted under, from its hash: not the key itself (a run has tens of thousands of
 * keys, most of them alone; as strings they were a fifth of the live heap). A collision only makes
 * a statement alone in its group look shared: it is read back and compared with nothing. 30 bits:
 * small integers, which a Map holds without boxing.
 */
const countedAs = (hash: number): number => hash & 0x3fffffff;
/** A statement's bucket, from its hash or its count's key (BUCKETS divides 2^30: the same). */
const bucketOf = (hash: number): number => hash % BUCKETS;

export function packStatements(statements: readonly Statement[] | undefined): PackedStatements | undefined {
  if (!statements || statements.length === 0) return undefined;
  const buckets: Statement[][] = Array.from({ length: BUCKETS }, () => []);
  const counted: number[] = [];
  for (const s of statements) {
    const hash = textHash(s.key);
    buckets[bucketOf(hash)]!.push(s);
    counted.push(countedAs(hash));
  }
  // Each part copied out of the writer's buffer, which the next bucket's record reuses.
  return { parts: buckets.map((b) => (b.length === 0 ? null : ownBytes(writeStatements(b)))), counted };
}

export class StatementSpill {
  /** Statements per key (countedAs), over every note held. */
  private readonly counts = new Map<number, number>();

  constructor(private readonly spill: SpillFile) {}

  /** Writes a note's statements to the scratch file; where they are (undefined: none). */
  hold(statements: readonly Statement[] | undefined): HeldStatements | undefined {
    return this.holdPacked(packStatements(statements));
  }

  /** hold() for statements packed already (by a worker). */
  holdPacked(packed: PackedStatements | undefined): HeldStatements | undefined {
    if (!packed) return undefined;
    for (const counted of packed.counted) this.counts.set(counted, (this.counts.get(counted) ?? 0) + 1);
    return { spans: packed.parts.map((part) => (part ? this.spill.write(part) : null)), counted: packed.counted };
  }

  /** A note's held statements in `bucket` that share their key with another statement: the only ones the pass can find disagreeing. */
  shared(held: HeldStatements | undefined, bucket: number): Statement[] {
    const span = held?.spans[bucket];
    if (!span) return [];
    // Whether each of the part's statements is shared, in its order: a part with none stays unread (half of them on the corpus).
    const isShared: boolean[] = [];
    for (const counted of held.counted) if (bucketOf(counted) === bucket) isShared.push(this.counts.get(counted)! > 1);
    if (!isShared.includes(true)) return [];
    return readStatements(this.spill.read(span)).filter((_, i) => isShared[i]);
  }

  /**
   * The pass over the held notes (in the order given, which orders each finding's related
   * statements), bucket by bucket: each note's `inconsistent` findings, which wait in the scratch
   * file too, printed in `format` (a run can have tens of thousands, each naming up to 50 other
   * statements) until the note is printed. A note's findings come bucket by bucket, not in one
   * pass's order; withInconsistencies orders them by claim (a claim has at most one statement).
   */
  inconsistencies(notes: readonly { file: string; statements?: HeldStatements }[], severity: SeveritySetting, format: NoteFormat): HeldFindings {
    const found = new HeldFindings(this.spill, format);
    for (let bucket = 0; bucket < BUCKETS; bucket++) {
      const some = inconsistenciesByNote(
        notes.map((n) => ({ file: n.file, result: { statements: this.shared(n.statements, bucket) } })),
        severity,
      );
      for (const [file, findings] of some) found.add(file, findings);
    }
    return found;
  }
}

/** The pass's findings by note, in the scratch file as the run prints them: a note's are read
 *  back when it is printed. */
export class HeldFindings {
  private readonly spans = new Map<string, Span[]>();

  constructor(
    private readonly spill: SpillFile,
    private readonly format: NoteFormat,
  ) {}

  add(file: string, findings: readonly Finding[]): void {
    if (findings.length === 0) return;
    const span = this.spill.write(writeFindings(findings.map((f) => holdFinding(this.format, file, f))));
    const list = this.spans.get(file);
    if (list) list.push(span);
    else this.spans.set(file, [span]);
  }

  /** The note's findings, in the order they were added. */
  get(file: string): HeldFinding[] {
    const out: HeldFinding[] = [];
    for (const span of this.spans.get(file) ?? []) for (const f of readFindings(this.spill.read(span))) out.push(f);
    return out;
  }
}
