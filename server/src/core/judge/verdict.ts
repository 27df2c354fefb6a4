import type { Claim, Fact, ClaimFindingCode, CitationKey } from '../types';

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
}
