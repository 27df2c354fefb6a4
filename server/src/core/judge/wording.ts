import type { Claim, Fact, FactIndex, FactKind, Metric, TimeRef } from '../types';
import { convertValue } from './compare';
import { formatInNoteStyle } from './formatInNoteStyle';
import { humanPeriod } from './periods';
import { startsComparison } from './deriveReading';
import { isMonthName } from '../extract/time';

// Pieces of finding messages, in words a reader of the note understands: short, because the
// hover carries every fact with its source. Shapes:
//   "<Who>'s <metric>: <figure> <when> — the sourced <figure|guidance|rounds> <is|are> <values>"
//   "No fact yet for <who>'s <metric> <when>".

export function entityName(index: FactIndex, id: string): string {
  return index.entities.get(id)?.name ?? id;
}

// Abbreviations a metric id spells in lower case.
const ACRONYMS = new Set(['gpu', 'tpu', 'arr', 'mau', 'wau', 'dau', 'arpu', 'nrr', 'ndr', 'capex', 'opex', 'ebit', 'ebitda', 'fcf', 'ai', 'h100', 'eps', 'dps', 'gdp', 'gmv', 'aum', 'nav', 'roe']);
const SPELLED: Record<string, string> = { capex: 'capex', opex: 'opex' };

/** "gpu_count" → "GPU count", "revenue_run_rate" → "revenue run rate". */
function metricLabel(metricId: string, words: readonly string[] = []): string {
  // A part of the id its words spell with capitals is spelled so ("mapcs" with the word "MAPCs", "cet1" with "CET1").
  const spelled = new Map(words.flatMap((x) => x.split(/[^\p{L}\p{N}]+/u)).filter((t) => /\p{Lu}.*\p{Lu}/u.test(t)).map((t) => [t.toLowerCase(), t]));
  return metricId
    .split('_')
    .map((w) => (ACRONYMS.has(w) ? (SPELLED[w] ?? w.toUpperCase()) : /^[a-z][a-z0-9]*$/.test(w) ? (spelled.get(w) ?? w) : w))
    .join(' ');
}

const names_ = new WeakMap<Metric, string>();

/**
 * How messages name a metric: its id in words ("gpu_count" → "GPU count"), or the facts file's
 * first word for it when the id abbreviates one of its own ("adj_ebitda" → "adjusted EBITDA",
 * "rpd" → "total revenue per day"): a short part of the id that is no acronym, not its unit and none
 * of its words, and a first word that says more ("track_km" stays "track km", not "track").
 */
export function metricName(metric: Metric): string {
  let name = names_.get(metric);
  if (name === undefined) {
    // An acronym its words write in capitals is one ("mcr" with the word "MCR").
    const label = metricLabel(metric.id, metric.builtin ? [] : metric.words);
    const first = metric.words[0];
    const words = metric.words.map((w) => ` ${w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
    const short = (t: string): boolean => t.length <= 4 && !ACRONYMS.has(t) && t !== metric.unit.toLowerCase() && !words.some((w) => w.includes(` ${t} `) || w.includes(` ${t}s `));
    const abbreviates = !metric.builtin && first !== undefined && first.length > label.length && metric.id.toLowerCase().split('_').some(short);
    names_.set(metric, (name = abbreviates ? first : label));
  }
  return name;
}

/** metricName of a metric id in the index (an id it lacks, in words). */
export function metricNameOf(index: FactIndex, metricId: string): string {
  const metric = index.metrics.get(metricId);
  return metric ? metricName(metric) : metricLabel(metricId);
}

/** "Acme's", "Vantage Labs'". */
export const possessive = (name: string): string => (/s$/i.test(name) ? `${name}'` : `${name}'s`);

function names(index: FactIndex, entities: string[], joiner: string): string {
  const n = entities.map((e) => entityName(index, e));
  return n.length <= 1 ? (n[0] ?? 'unknown entity') : `${n.slice(0, -1).join(', ')} ${joiner} ${n[n.length - 1]}`;
}

/** "Amazon's investment in Anthropic", "Microsoft, Alphabet and Amazon's combined capex". */
export function subjectOf(index: FactIndex, entities: string[], metricId: string, counterparty?: string, sum = entities.length > 1, segment?: string): string {
  const who = names(index, entities, sum ? 'and' : 'or');
  const combined = sum && entities.length > 1 ? 'combined ' : '';
  const withWhom = counterparty ? ` ${metricId.startsWith('investment') ? 'in' : 'with'} ${entityName(index, counterparty)}` : '';
  return `${possessive(who)} ${combined}${segment ? `${segment} ` : ''}${metricNameOf(index, metricId)}${withWhom}`;
}

/** "Acme or Globex" for a claim whose entity is not settled, "Acme" for one. */
export function whoOf(index: FactIndex, entities: string[], joiner: 'and' | 'or' = 'or'): string {
  return names(index, entities, joiner);
}

const BOUND_WORDS: Record<Claim['bound'], string> = { eq: '', gt: 'more than ', gte: 'at least ', lt: 'less than ', lte: 'at most ' };

// A time phrase that starts with one of these reads on its own ("by late 2025", "through 2029").
const OWN_PREPOSITION = /^(?:by|through|throughout|until|till|since|before|after|from|to|as of|in|during|for|over|within|at|on|between)\b/i;
// So does one that counts from another time ("a year earlier", "two years ago", "the year before").
const COUNTS_FROM = /\b(?:earlier|ago|before|prior|previously|later|after|hence)$/i;
// A time said by an edge of its period: "the end of 2024", "year-end 2025".
const AN_EDGE = /^(?:the\s+)?(?:end|start|beginning|close)\s+of\b|^(?:year|quarter)[-\s]end\b/i;
const PLAIN_PREPOSITION = /^(?:in|during|for|at|on|of)\s+/i;

/**
 * The claim's time in the note's own words when they carry the year and read alone ("by late 2025",
 * "Q1 2025", "fiscal 2025"), else the period it resolved to ("in September" → "September 2024").
 */
function ownWords(time: TimeRef): string | null {
  // "The 2025 budget": a sentence's opening "The" is no part of the time's name.
  const own = time.text.trim().replace(PLAIN_PREPOSITION, '').replace(/^(?:The\s+(?=\d)|the\s+(?=\d{4}\b))/, '').replace(/\s+/g, ' ');
  // "Q4 FY2025", "FY25": fiscal words name the fiscal period, which the calendar iso does not.
  const year = time.fiscal ? /\d{2}\b/ : /\b\d{4}\b/;
  // (A fiscal month has no calendar name: "the end of the third quarter of fiscal 2025" is no "September 2025".)
  if (!time.iso || !year.test(own) || own.length > (time.fiscal && /^\d{4}-\d{2}$/.test(time.iso) ? 50 : 30)) return null;
  return own;
}

/** A time phrase as it reads inside a message: a sentence's capital dropped ("A year earlier", "For the full year"), a month's or a period's kept. */
export function timeText(time: TimeRef): string {
  const text = time.text.trim().replace(/\s+/g, ' ');
  const first = /^\p{Lu}\p{Ll}*\b/u.exec(text)?.[0];
  return first && !isMonthName(first) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

export function timeLabel(time: TimeRef | null): string {
  if (!time) return '';
  if (time.latest && !time.iso) return 'latest';
  const own = ownWords(time);
  if (own && (!time.by || /^by\b/i.test(own))) return own;
  // "ended the year with", "a year earlier" counted from "the end of 2024": a year's last month read as its end.
  const yearEnd = time.endOf && time.iso ? /^(\d{4})-12$/.exec(time.iso) : null;
  if (yearEnd && !time.by) return `the end of ${yearEnd[1]}`;
  // A fiscal quarter keeps its fiscal name ("Q3 FY2025"), never a calendar one.
  const fiscal = time.fiscal && time.iso ? /^(?:FY)?(\d{4})(?:-?([QH][1-4]))?$/i.exec(time.iso) : null;
  const period = fiscal ? (fiscal[2] ? `${fiscal[2].toUpperCase()} FY${fiscal[1]}` : `FY${fiscal[1]}`) : time.iso ? humanPeriod(time.iso) : timeText(time);
  return time.by ? `by ${period}` : period;
}

/** "in May 2024", "by late 2025", "through 2029": the claim's time as a phrase after "none". */
export function timePhrase(time: TimeRef | null): string {
  const label = timeLabel(time);
  if (OWN_PREPOSITION.test(label) || COUNTS_FROM.test(label) || label === 'latest') return label;
  // A day is "on" it: "on June 30, 2025"; an edge of a period "at" it: "at the end of 2024".
  return `${time?.iso && /^\d{4}-\d{2}-\d{2}$/.test(time.iso) ? 'on' : AN_EDGE.test(label) ? 'at' : 'in'} ${label}`;
}

/** The figure as the note hedges it: "more than $4 billion", "between $64 billion and $72 billion". */
export function figureLabel(claim: Claim): string {
  // "between $64 billion and $72 billion" is extracted without its "between".
  const between = claim.value === null && /\sand\s/.test(claim.text) && !/^between\b/i.test(claim.text) ? 'between ' : '';
  const hedge = claim.approx && claim.bound === 'lte' ? 'nearly ' : `${claim.approx ? 'about ' : ''}${BOUND_WORDS[claim.bound]}${between}`;
  // A figure broken across lines ("2.8 percentage\npoints") is one phrase in a message.
  return `${hedge}${claim.text.replace(/\s+/g, ' ')}`;
}

/** "$5 billion in May 2024", "$8 billion to $10 billion by late 2025". */
export function claimPhrase(claim: Claim): string {
  const time = claim.time && timeLabel(claim.time) !== 'latest' && !changeFrom(claim) ? ` ${timePhrase(claim.time)}` : '';
  return `${figureLabel(claim)}${time}`;
}

/** A growth whose time is where it started ("up 7% on 2023", "8% more than in 2023"): that is no time of the growth's own. */
function changeFrom(claim: Claim): boolean {
  const span = claim.time?.span;
  return claim.kind === 'growth' && !!span && startsComparison(claim.sentenceText.slice(0, span.start - claim.sentence.start).toLowerCase(), claim.time!);
}

/** "Amazon's investment in Anthropic: $5 billion in May 2024 — <body>". */
export function verdictMessage(subject: string, claim: Claim, body: string): string {
  return `${capitalise(subject)}: ${claimPhrase(claim)} — ${body}`;
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "No fact yet for Anthropic's GPU count in Q1 2025". */
export function noFactMessage(subject: string, claim: Claim, kind: FactKind | null = null): string {
  const time = claim.time && timeLabel(claim.time) !== 'latest' ? ` ${timePhrase(claim.time)}` : '';
  const what = kind === 'guidance' ? `No guidance yet for ${subject}` : `No fact yet for ${subject}`;
  return `${what}${time}`;
}

const pick = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** "1 fact", "8 facts". */
export const plural = (n: number, noun: string): string => `${n} ${pick(n, noun, `${noun}s`)}`;

// What a metric's facts are called in a sentence ("the sourced rounds are …").
const FACT_NOUNS: Record<string, [string, string]> = { investment: ['round', 'rounds'] };

/** "the sourced figure is $61.5B (Mar 2025)", "the sourced guidance is …", "the sourced rounds are …". */
export function sourcedPhrase(claim: Claim, facts: Fact[], metricId?: string): string {
  const n = facts.length;
  const guidance = facts.length > 0 && facts.every((f) => f.kind !== 'actual');
  const [one, many] = guidance ? ['guidance', 'guidance figures'] : (FACT_NOUNS[metricId ?? ''] ?? ['figure', 'figures']);
  const values = chronological(facts).map((f) => shortFact(claim, f)).join(', ');
  return `the sourced ${pick(n, one, many)} ${pick(n, 'is', 'are')} ${values}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-11-22" → "Nov 2024", "2024" → "2024". */
export function shortDate(asOf: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(asOf);
  return m ? `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : asOf;
}

const COMPACT: [RegExp, string][] = [[/\s?trillion\b/g, 'T'], [/\s?billion\b/g, 'B'], [/\s?million\b/g, 'M']];

/** "$1.25 billion" → "$1.25B"; other figures as they are. */
export function compactMoney(v: string): string {
  return /^[^\d\s]*[$€£¥₹]/.test(v) || /^[A-Z]{3}\s/.test(v) ? COMPACT.reduce((s, [re, r]) => s.replace(re, r), v) : v;
}

/** A sourced value, compact for money ("$1.25B"), as the note writes it otherwise. */
export function shortValue(claim: Claim, fact: Fact): string {
  return compactMoney(factValue(claim, fact));
}

/** "$1.25B (Sep 2023)", "$80B for FY2025 (Jan 2025)", "Microsoft $80B …" with `index`. */
export function shortFact(claim: Claim, fact: Fact, index?: FactIndex): string {
  const who = index ? `${entityName(index, fact.entities[0] ?? '')} ` : '';
  const period = fact.period && fact.period !== fact.asOf ? ` for ${humanPeriod(fact.period)}` : '';
  return `${who}${shortValue(claim, fact)}${period} (${shortDate(fact.asOf)})`;
}

/** A fact's value written as the claim writes numbers. */
export function factValue(claim: Claim, fact: Fact): string {
  const low = fact.value ?? fact.low ?? 0;
  const high = fact.value ?? fact.high ?? low;
  return formatInNoteStyle(claim, convertValue(low, fact.unit, claim.unit), convertValue(high, fact.unit, claim.unit));
}

export function chronological(facts: Fact[]): Fact[] {
  return [...facts].sort((a, b) => (a.asOfDate < b.asOfDate ? -1 : a.asOfDate > b.asOfDate ? 1 : 0));
}
