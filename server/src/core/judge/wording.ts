import type { Claim, Fact, FactIndex, FindingCode, TimeRef } from '../types';
import { convertValue } from './compare';
import { formatInNoteStyle } from './formatInNoteStyle';
import { humanPeriod } from './periods';

// Pieces of finding messages, in words a reader of the note understands. Every message has one
// shape: "<who>'s <metric>: note says <figure> (<when>); <sourced figures with date and id> — <verdict>".

export function entityName(index: FactIndex, id: string): string {
  return index.entities.get(id)?.name ?? id;
}

export function metricLabel(metricId: string): string {
  return metricId.replace(/_/g, ' ');
}

function names(index: FactIndex, entities: string[], joiner: string): string {
  const n = entities.map((e) => entityName(index, e));
  return n.length <= 1 ? (n[0] ?? 'unknown entity') : `${n.slice(0, -1).join(', ')} ${joiner} ${n[n.length - 1]}`;
}

/** "Amazon's investment (with Anthropic)", "Microsoft, Alphabet and Amazon's combined capex". */
export function subjectOf(index: FactIndex, entities: string[], metricId: string, counterparty?: string, sum = entities.length > 1): string {
  const who = names(index, entities, sum ? 'and' : 'or');
  const combined = sum && entities.length > 1 ? 'combined ' : '';
  const withWhom = counterparty ? ` (with ${entityName(index, counterparty)})` : '';
  return `${who}'s ${combined}${metricLabel(metricId)}${withWhom}`;
}

/** "Acme or Globex" for a claim whose entity is not settled, "Acme" for one. */
export function whoOf(index: FactIndex, entities: string[], joiner: 'and' | 'or' = 'or'): string {
  return names(index, entities, joiner);
}

const BOUND_WORDS: Record<Claim['bound'], string> = { eq: '', gt: 'more than ', gte: 'at least ', lt: 'less than ', lte: 'at most ' };

// A time phrase that starts with one of these reads on its own ("by late 2025", "through 2029").
const OWN_PREPOSITION = /^(?:by|through|until|till|since|before|after|from|to|as of)\b/i;
const PLAIN_PREPOSITION = /^(?:in|during|for|at|on|of)\s+/i;

/**
 * The claim's time in the note's own words when they carry the year and read alone ("by late 2025",
 * "Q1 2025", "fiscal 2025"), else the period it resolved to ("in September" → "September 2024").
 */
function ownWords(time: TimeRef): string | null {
  const own = time.text.trim().replace(PLAIN_PREPOSITION, '').replace(/\s+/g, ' ');
  if (!time.iso || !/\b\d{4}\b/.test(own) || own.length > 30) return null;
  return own;
}

export function timeLabel(time: TimeRef | null): string {
  if (!time) return '';
  if (time.latest && !time.iso) return 'latest';
  const own = ownWords(time);
  if (own && (!time.by || /^by\b/i.test(own))) return own;
  const period = time.iso ? humanPeriod(time.iso) : time.text.trim();
  return time.by ? `by ${period}` : period;
}

/** "in May 2024", "by late 2025", "through 2029": the claim's time as a phrase after "none". */
export function timePhrase(time: TimeRef | null): string {
  const label = timeLabel(time);
  return OWN_PREPOSITION.test(label) || label === 'latest' ? label : `in ${label}`;
}

/** "more than $4 billion (May 2024)". */
export function claimLabel(claim: Claim): string {
  // "between $64 billion and $72 billion" is extracted without its "between".
  const between = claim.value === null && /\sand\s/.test(claim.text) && !/^between\b/i.test(claim.text) ? 'between ' : '';
  const hedge = `${claim.approx ? 'about ' : ''}${BOUND_WORDS[claim.bound]}${between}`;
  const time = timeLabel(claim.time);
  return `${hedge}${claim.text}${time ? ` (${time})` : ''}`;
}

/** "Acme's valuation: note says $30 billion; <body> — contradicted". */
export function verdictMessage(subject: string, claim: Claim, body: string, code: FindingCode): string {
  return `${subject}: note says ${claimLabel(claim)}; ${body} — ${code}`;
}

/** A fact's value written as the claim writes numbers. */
export function factValue(claim: Claim, fact: Fact): string {
  const low = fact.value ?? fact.low ?? 0;
  const high = fact.value ?? fact.high ?? low;
  return formatInNoteStyle(claim, convertValue(low, fact.unit, claim.unit), convertValue(high, fact.unit, claim.unit));
}

/** "$4 billion on 2024-11-22 [amazon-anthropic-2024-11]", with period and kind when they add something. */
export function factLabel(claim: Claim, fact: Fact, index?: FactIndex): string {
  const who = index ? `${entityName(index, fact.entities[0] ?? '')} ` : '';
  const period = fact.period && fact.period !== fact.asOf ? ` for ${humanPeriod(fact.period)}` : '';
  const kind = fact.kind !== 'actual' ? ` (${fact.kind})` : '';
  return `${who}${factValue(claim, fact)}${period} on ${fact.asOf}${kind} [${fact.id}]`;
}

export function chronological(facts: Fact[]): Fact[] {
  return [...facts].sort((a, b) => (a.asOfDate < b.asOfDate ? -1 : a.asOfDate > b.asOfDate ? 1 : 0));
}
