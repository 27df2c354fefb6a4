// Judging a parsed note against the facts (design §5, §6). Per claim: resolveEntities (who, with
// the grammar cues of sentenceCues) → resolveMetric (what) → matchFacts (candidate facts, per
// subject) → selectFacts (when) → compare (does it agree) → wording (the message); cited claims go
// through judgeCitations instead. A growth, multiple, difference or share that no fact states is
// computed from the facts it derives from (deriveReading → judgeDerived → deriveArithmetic).
// judgeMemo reads each sentence and indexes the facts once per call.
import type { Citation, Config, FactIndex, Finding, ParsedNote, Statement } from '../types';
import { factById, idCount } from '../facts/factLookups';
import { statementOf } from '../consistency/statements';
import { citationAsClaim, citedFacts, claimForCitation, judgeCitedClaim } from './judgeCitations';
import { judgeClaim, type JudgeContext } from './judgeClaim';
import { createMemo } from './judgeMemo';
import { anchorRelativeTime } from './relativeTime';
import { withHeadingTime, withLeadTime } from './headingTime';
import { isSuppressed } from './suppress';
import { weighPounds } from './poundsOfWeight';
import { toFinding } from './toFinding';
import { claimPhrase, plural } from './wording';
import type { Verdict } from './verdict';

export interface JudgeOptions {
  config: Config;
  /** Choose facts as of this date instead of the note's reference date (YYYY-MM-DD). */
  asOf?: string;
  /** Collects the statements (figures no fact decides) for the consistency pass; unset: not computed. */
  statements?: Statement[];
}

/**
 * One finding per checked claim (supported ones included, severity 'none') plus one per citation key
 * that names no fact; 'off' codes, suppressed lines and disabled claim kinds removed.
 */
export function judgeNote(written: ParsedNote, index: FactIndex, options: JudgeOptions): Finding[] {
  if (!written.frontMatter.enabled) return [];
  const { config } = options;
  const memo = createMemo(written, index);
  const referenceDate = options.asOf ?? written.referenceDate;
  const claims = weighPounds(written.claims, { note: written, index, referenceDate, tolerance: config.tolerance, memo });
  const note = claims === written.claims ? written : { ...written, claims: [...claims] };
  const ctx: JudgeContext = { note, index, referenceDate, tolerance: config.tolerance, memo };
  const verdicts: Verdict[] = [];

  const citationsOf = new Map<number, Citation[]>();
  for (const c of note.citations) if (c.claimIndex !== null) citationsOf.set(c.claimIndex, [...(citationsOf.get(c.claimIndex) ?? []), c]);

  for (const stated of note.claims) {
    if (config.kinds && !config.kinds.includes(stated.kind)) continue;
    const claim = withHeadingTime(withLeadTime(anchorRelativeTime(stated, note.claims), note.referenceDate), note);
    const cited = citedFacts(claim, citationsOf.get(claim.index) ?? [], (id) => factById(index, id));
    verdicts.push(cited.length > 0 ? judgeCitedClaim(claim, cited, ctx) : judgeClaim(claim, ctx));
  }

  for (const citation of note.citations) {
    for (const key of citation.keys) {
      if (factById(index, key.id)) continue;
      const claim = claimForCitation(citation, note.claims) ?? citationAsClaim(citation, note);
      verdicts.push({
        code: 'unknown-citation',
        claim,
        facts: [],
        entities: [],
        citation: key,
        message: `${claim.index >= 0 ? `${claimPhrase(claim)} — ` : ''}[@${key.id}] is not in the facts files (${index.files.length === 0 ? 'no facts file loaded' : `${plural(idCount(index), 'fact')} loaded`})`,
      });
    }
  }

  if (options.statements && config.severity.inconsistent !== 'off') {
    for (const v of verdicts) {
      const statement = statementOf(v, { note, index, memo, cited: new Set(citationsOf.keys()) });
      if (statement) options.statements.push(statement);
    }
  }

  const findings: Finding[] = [];
  for (const v of verdicts) {
    const f = toFinding(v, config);
    if (f && !isSuppressed(f, note.suppressions)) findings.push(f);
  }
  return findings.sort((a, b) => a.claim.offset.start - b.claim.offset.start || (a.citation ? 1 : 0) - (b.citation ? 1 : 0));
}
