// The statements the JSON stream holds for the consistency pass, off the heap: each note's are
// written to the run's scratch file (v8 serialisation: every value exactly as it was); only a count
// per key stays. At the pass each note's are read back and only those whose key another statement
// shares are kept: a statement alone in its group cannot disagree with anything, and most are alone.
import { deserialize, serialize } from 'node:v8';
import type { Statement } from '../core/types';
import type { SpillFile, Span } from './spillFile';

export class StatementSpill {
  /** Statements per key, over every note held. */
  private readonly counts = new Map<string, number>();

  constructor(private readonly spill: SpillFile) {}

  /** Writes a note's statements to the scratch file; where they are (undefined: none). */
  hold(statements: readonly Statement[] | undefined): Span | undefined {
    if (!statements || statements.length === 0) return undefined;
    return this.holdPacked(serialize(statements), statements.map((s) => s.key));
  }

  /** hold() for statements serialised already (by a worker), with their keys. */
  holdPacked(statements: Uint8Array | undefined, keys: readonly string[] | undefined): Span | undefined {
    if (!statements || !keys) return undefined;
    for (const key of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    return this.spill.write(statements);
  }

  /** A note's held statements that share their key with another statement: the only ones the pass can find disagreeing. */
  shared(held: Span | undefined): Statement[] {
    if (!held) return [];
    return (deserialize(this.spill.read(held)) as Statement[]).filter((s) => this.counts.get(s.key)! > 1);
  }
}
