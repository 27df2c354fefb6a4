// The statements the JSON stream holds for the consistency pass, off the heap: each note's are
// written to the run's scratch file (v8 serialisation: every value exactly as it was) and only
// their keys stay, interned. At the pass only the statements whose key another statement shares are
// read back: a statement alone in its group cannot disagree with anything, and most are alone.
import { deserialize, serialize } from 'node:v8';
import type { Statement } from '../core/types';
import type { SpillFile, Span } from './spillFile';

export interface HeldStatements {
  keys: string[];
  span: Span;
}

export class StatementSpill {
  private readonly interned = new Map<string, string>();
  /** Statements per key, over every note held. */
  private readonly counts = new Map<string, number>();

  constructor(private readonly spill: SpillFile) {}

  hold(statements: readonly Statement[] | undefined): HeldStatements | undefined {
    if (!statements || statements.length === 0) return undefined;
    const keys = statements.map(({ key }) => {
      let known = this.interned.get(key);
      if (known === undefined) this.interned.set(key, (known = key));
      this.counts.set(known, (this.counts.get(known) ?? 0) + 1);
      return known;
    });
    return { keys, span: this.spill.write(serialize(statements)) };
  }

  /** A note's held statements that share their key with another statement: the only ones the pass can find disagreeing. */
  shared(held: HeldStatements | undefined): Statement[] {
    if (!held || !held.keys.some((key) => this.counts.get(key)! > 1)) return [];
    return (deserialize(this.spill.read(held.span)) as Statement[]).filter((s) => this.counts.get(s.key)! > 1);
  }
}
