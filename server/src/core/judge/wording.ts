import type { Claim, Fact, FactIndex, TimeRef } from '../types';
import { convertValue } from './compare';
import { formatInNoteStyle } from './formatInNoteStyle';
import { humanPeriod } from './periods';

// Pieces of finding messages, in words a reader of the note understands.

export function entityName(index: FactIndex, id: string): string {
  return index.entities.get(id)?.name ?? id;
}

export function metricLabel(metricId: string): string {
  return metricId.replace(/_/g, ' ');
}

/** "Amazon's investment (with Anthropic)", "Microsoft, Alphabet and Amazon's combined capex". */
export function subjectOf(index: FactIndex, entities: string[], metricId: string, counterparty?: string, sum = entities.length > 1): string {
  const names = entities.map((e) => entityName(index, e));
  const joiner = sum ? 'and' : 'or';
  const who = names.length <= 1 ? (names[0] ?? 'unknown entity') : `${names.slice(0, -1).join(', ')} ${joiner} ${names[names.length - 1]}`;
  const combined = sum && names.length > 1 ? 'combined ' : '';
  const withWhom = counterparty ? ` (with ${entityName(index, counterparty)})` : '';
  return `${who}'s ${combined}${metricLabel(metricId)}${withWhom}`;
}

const BOUND_WORDS: Record<Claim['bound'], string> = { eq: '', gt: 'more than ', gte: 'at least ', lt: 'less than ', lte: 'at most ' };

export function timeLabel(time: TimeRef | null): string {
  if (!time) return '';
  if (time.latest && !time.iso) return 'latest';
  const period = time.iso ? humanPeriod(time.iso) : time.text.trim();
  return time.by ? `by ${period}` : period;
}

/** "more than $4 billion (May 2024)". */
export function claimLabel(claim: Claim): string {
  const hedge = `${claim.approx ? 'about ' : ''}${BOUND_WORDS[claim.bound]}`;
  const time = timeLabel(claim.time);
  return `${hedge}${claim.text}${time ? ` (${time})` : ''}`;
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
