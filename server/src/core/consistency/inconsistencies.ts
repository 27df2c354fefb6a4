// The consistency pass: statements of every checked note grouped by key, and the agreement rule.
// Two statements disagree only when no single value fits both, each widened by its own stated
// precision, bound and hedge (compare.ts's claimInterval, as the judge reads a figure against a
// fact). Pure: hosts pass each note's statements (from CheckResult) and name the notes.
import { claimInterval, type Interval, intervalsOverlap } from '../judge/compare';
import { compatibleUnits } from '../judge/unitMemo';
import { capitalise, claimPhrase, figureLabel, possessive, timeLabel } from '../judge/wording';
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

/**
 * Two figures of one sentence about one thing are set against each other on purpose ("42%, against
 * 27% for the control arm", "11.2 months versus 7.9 months"): never a disagreement.
 */
const sameSentence = (p: Placed, q: Placed): boolean => p.note === q.note && p.statement.claim.sentence.start === q.statement.claim.sentence.start;

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

/** At most this many other statements are named in a message. */
const NAMED_IN_MESSAGE = 3;
/** At most this many are listed as related information: a group of thousands of disagreeing
 *  figures (a generated or pasted table) must not cost memory and output quadratic in its size. */
export const MAX_RELATED = 50;
/** Groups larger than this are not compared: comparing is quadratic in a group's size, and
 *  thousands of figures about one thing at one time are generated data, not prose to reconcile. */
export const MAX_GROUP = 1000;

function message(s: Statement, others: RelatedStatement[], total: number): string {
  const named = others.slice(0, NAMED_IN_MESSAGE).map((o) => `${o.label}:${o.range.start.line + 1} says ${o.says}`);
  const more = total > NAMED_IN_MESSAGE ? ` (and ${total - NAMED_IN_MESSAGE} more)` : '';
  const subject = `${possessive(s.entityName)} ${s.part ? `${s.part} ` : ''}${s.metricName}`;
  return `${capitalise(subject)}: ${claimPhrase(s.claim)} — ${named.join('; ')}${more}; no fact decides between them`;
}

/**
 * The `inconsistent` findings of every note, by its `note` name: one per statement that another
 * statement with the same key disagrees with, listing the first MAX_RELATED of those (the message
 * counts them all). Nothing for 'off'.
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
    if (group.length < 2 || group.length > MAX_GROUP) continue;
    // Each statement is read once (a group may hold many), in one unit, so pairs only compare intervals.
    const unit = group[0]!.statement.claim.unit;
    const reads: Read[] = group.map((p) => ({ ...p, interval: claimInterval(p.statement.claim, unit), cited: related(p) }));
    for (const p of reads) {
      if (!p.interval) continue;
      const others: RelatedStatement[] = [];
      let total = 0;
      for (const q of reads) {
        if (q === p || !q.interval || sameSentence(p, q)) continue;
        if (p.statement.claim.unit !== q.statement.claim.unit && !comparable(p.statement.claim.unit, q.statement.claim.unit)) continue;
        if (intervalsOverlap(p.interval, q.interval)) continue;
        total++;
        if (others.length < MAX_RELATED) others.push(q.cited);
      }
      if (total === 0) continue;
      const s = p.statement;
      const finding: Finding = { code: 'inconsistent', severity, message: message(s, others, total), claim: s.claim, facts: [], entities: [s.entity], metric: s.metric, related: others };
      const list = out.get(p.note.note);
      if (list) list.push(finding);
      else out.set(p.note.note, [finding]);
    }
  }
  return out;
}

/** What withInconsistencies reads of a finding: a host may pass stand-ins that hold only this (the CLI's JSON stream). */
export type PassedFinding = Pick<Finding, 'code'> & { citation?: unknown; claim: { offset: { start: number } } };

/**
 * A note's findings with its `inconsistent` ones in place: each takes the place of the claim's
 * `unsourced` finding (the same figure, now with something to say). Idempotent: earlier
 * `inconsistent` findings are dropped first, so a host may apply it to a result again.
 */
export function withInconsistencies<F extends PassedFinding, G extends PassedFinding = Finding>(findings: readonly F[], inconsistent: readonly G[]): (F | G)[] {
  if (inconsistent.length === 0) return findings.filter((f) => f.code !== 'inconsistent');
  const claims = new Set(inconsistent.map((f) => f.claim.offset.start));
  const kept = findings.filter((f) => f.code !== 'inconsistent' && !(f.code === 'unsourced' && !f.citation && claims.has(f.claim.offset.start)));
  // Both lists are in claim order as a note's findings are: merged in one pass (the server does
  // this at each keystroke, over every finding of the note), as the stable sort would order them.
  if (inOrder(kept) && inOrder(inconsistent)) return mergeInOrder<F | G>(kept, inconsistent);
  return [...kept, ...inconsistent].sort(findingOrder);
}

/** A note's findings by claim, a claim's own finding before its citation's. */
const findingOrder = (a: PassedFinding, b: PassedFinding): number => a.claim.offset.start - b.claim.offset.start || (a.citation ? 1 : 0) - (b.citation ? 1 : 0);

function inOrder(list: readonly PassedFinding[]): boolean {
  for (let i = 1; i < list.length; i++) if (findingOrder(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

/** Two ordered lists as one, `a`'s first among equals (what a stable sort of `[...a, ...b]` gives). */
function mergeInOrder<T extends PassedFinding>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(findingOrder(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
