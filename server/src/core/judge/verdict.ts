import type { Claim, Fact, FactKind, ClaimFindingCode, CitationKey, Derivation } from '../types';
import type { Qualified } from './qualifier';

/** A finding before severities, suppression and fact references are applied. */
export interface Verdict {
  code: ClaimFindingCode;
  claim: Claim;
  message: string;
  facts: Fact[];
  entities: string[];
  metric?: string;
  suggestion?: string;
  cite?: string[];
  citation?: CitationKey;
  /** The kind of fact the claim was compared with (guidance for an outlook or a plan, else actual). */
  comparedKind?: FactKind;
  /** Set when the figure was derived from several facts (growth, multiple, difference, share). */
  derivation?: Derivation;
  /** The word that narrows the metric to a part no fact of the whole decides ("advertising" revenue). */
  part?: Qualified;
  /** A measure the note names that no metric does ("gross profit"): a new metric's name. */
  measure?: string;
  /** Several entities lead other clauses and none owns the figure: it is nobody's statement (consistency skips it). */
  ownerUnclear?: true;
}
