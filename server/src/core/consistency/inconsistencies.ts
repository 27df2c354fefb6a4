// The consistency pass: statements of every checked note grouped by key, and the agreement rule.
// Two statements disagree only when no single value fits both, each widened by its own stated
// precision, bound and hedge (compare.ts's claimInterval, as the judge reads a figure against a
// fact). Pure: hosts pass each note's statements (from CheckResult) and name the notes.
import { claimInterval, type Interval, intervalsOverlap } from '../judge/compare';
import { compatibleUnits } from '../judge/unitMemo';
import { capitalise, claimPhrase, figureLabel, metricLabel, possessive, timeLabel } from '../judge/wording';
import type { Claim, Finding, RelatedStatement, SeveritySetting, Statement } from '../types';

export interface NoteStatements {
  /** The note as the host names it (a path, a URI): related statements point to it. */
  note: string;
  /** The note as people read it ("notes/q1.md"), for messages. */
  label: string;
  statements: readonly Statement[];
}

/** Whether two statements about the same thing cannot both be true, each read with its own precision. */
export function statementsDisagree(a: Claim, b: Claim): boolean {
  if (!comparable(a.unit, b.unit)) return false;
  const x = claimInterval(a);
  const y = claimInterval(b, a.unit);
  if (!x || !y) return false;
  return !intervalsOverlap(x, y);
}

const comparable = (a: string, b: string): boolean => compatibleUnits(a, b) && compatibleUnits(b, a);

interface Placed {
  note: NoteStatements;
  statement: Statement;
}

/** A statement read once for its group: its interval in the group's unit, and how others cite it. */
interface Read extends Placed {
  interval: Interval | null;
  cited: RelatedStatement;
}

/** "$61.5 billion for March 2025", "more than $4 billion by late 2025", "$60 billion" (no time of its own). */
export function whatItSays(claim: Claim): string {
  const time = claim.time?.iso ? timeLabel(claim.time) : '';
  const when = !time ? '' : /^(?:by|through|until|since)\b/i.test(time) ? ` ${time}` : ` for ${time}`;
  return `${figureLabel(claim)}${when}`;
}

function related(p: Placed): RelatedStatement {
  return { note: p.note.note, label: p.note.label, range: p.statement.claim.range, says: whatItSays(p.statement.claim) };
}

/** At most this many other statements are named in a message; related information lists them all. */
const NAMED_IN_MESSAGE = 3;

function message(s: Statement, others: RelatedStatement[]): string {
  const named = others.slice(0, NAMED_IN_MESSAGE).map((o) => `${o.label}:${o.range.start.line + 1} says ${o.says}`);
  const more = others.length > NAMED_IN_MESSAGE ? ` (and ${others.length - NAMED_IN_MESSAGE} more)` : '';
  const subject = `${possessive(s.entityName)} ${s.part ? `${s.part} ` : ''}${metricLabel(s.metric)}`;
  return `${capitalise(subject)}: ${claimPhrase(s.claim)} — ${named.join('; ')}${more}; no fact decides between them`;
}

/**
 * The `inconsistent` findings of every note, by its `note` name: one per statement that another
 * statement with the same key disagrees with, listing all of those. Nothing for 'off'.
 */
export function inconsistentFindings(notes: readonly NoteStatements[], severity: SeveritySetting): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  if (severity === 'off') return out;
  const groups = new Map<string, Placed[]>();
  for (const note of notes) {
    for (const statement of note.statements) {
      const group = groups.get(statement.key);
      if (group) group.push({ note, statement });
      else groups.set(statement.key, [{ note, statement }]);
    }
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // Each statement is read once (a group may hold many), in one unit, so pairs only compare intervals.
    const unit = group[0]!.statement.claim.unit;
    const reads: Read[] = group.map((p) => ({ ...p, interval: claimInterval(p.statement.claim, unit), cited: related(p) }));
    for (const p of reads) {
      if (!p.interval) continue;
      const others: RelatedStatement[] = [];
      for (const q of reads) {
        if (q === p || !q.interval) continue;
        if (p.statement.claim.unit !== q.statement.claim.unit && !comparable(p.statement.claim.unit, q.statement.claim.unit)) continue;
        if (!intervalsOverlap(p.interval, q.interval)) others.push(q.cited);
      }
      if (others.length === 0) continue;
      const s = p.statement;
      const finding: Finding = { code: 'inconsistent', severity, message: message(s, others), claim: s.claim, facts: [], entities: [s.entity], metric: s.metric, related: others };
      const list = out.get(p.note.note);
      if (list) list.push(finding);
      else out.set(p.note.note, [finding]);
    }
  }
  return out;
}

/**
 * A note's findings with its `inconsistent` ones in place: each takes the place of the claim's
 * `unsourced` finding (the same figure, now with something to say). Idempotent: earlier
 * `inconsistent` findings are dropped first, so a host may apply it to a result again.
 */
export function withInconsistencies(findings: readonly Finding[], inconsistent: readonly Finding[]): Finding[] {
  const claims = new Set(inconsistent.map((f) => f.claim.offset.start));
  const kept = findings.filter((f) => f.code !== 'inconsistent' && !(f.code === 'unsourced' && !f.citation && claims.has(f.claim.offset.start)));
  if (inconsistent.length === 0) return kept.length === findings.length ? [...findings] : kept;
  return [...kept, ...inconsistent].sort((a, b) => a.claim.offset.start - b.claim.offset.start || (a.citation ? 1 : 0) - (b.citation ? 1 : 0));
}
