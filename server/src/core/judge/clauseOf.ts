import type { Claim, Span } from '../types';

// Punctuation and conjunctions that end a clause; "data-center" hyphens are not dashes here.
const SEPARATOR = /,(?!\d{3})|[;:()\u2014\u2013]|\s-\s|\b(?:and|but|or|while|whereas|which|although|though|because|whereby)\b/gi;

/**
 * The clause the claim stands in, as note offsets: from the last separator before the claim to the
 * first one after it. Separators inside the claim ("between 20 and 30 percent") do not split it.
 */
export function clauseOf(claim: Claim): Span {
  const text = claim.sentenceText;
  const base = claim.sentence.start;
  const claimStart = claim.offset.start - base;
  const claimEnd = claim.offset.end - base;
  let start = 0;
  let end = text.length;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) {
    const sepStart = m.index;
    const sepEnd = m.index + m[0].length;
    if (sepEnd <= claimStart) start = sepEnd;
    else if (sepStart >= claimEnd) {
      end = sepStart;
      break;
    }
  }
  return { start: base + start, end: base + end };
}
