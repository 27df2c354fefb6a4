// What the features that look across notes (Find References, the Claimcheck view) read of a note's
// check: its citations, and each finding's claim and facts. A closed note keeps only this between
// passes (ClosedNoteUses): a few hundred bytes, where its whole CheckResult is ~150 KB.
import type { CheckResult } from '../core/check';
import type { Citation, Finding } from '../core/types';

export interface NoteUses {
  note: { citations: readonly Citation[] };
  findings: readonly { code: Finding['code']; claim: Pick<Finding['claim'], 'index' | 'range' | 'text'>; facts: readonly Pick<Finding['facts'][number], 'id'>[] }[];
}

/** A check result's uses, holding nothing else of it (not its note, statements or facts). */
export function usesOf(result: CheckResult): NoteUses {
  return {
    note: { citations: result.note.citations },
    findings: result.findings.map((f) => ({
      code: f.code,
      claim: { index: f.claim.index, range: f.claim.range, text: f.claim.text },
      facts: f.facts.map((fact) => ({ id: fact.id })),
    })),
  };
}
