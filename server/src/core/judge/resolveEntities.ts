import type { Claim, FactIndex, ParsedNote, Span } from '../types';
import { respectiveItems, respectiveRun, saysRespectively } from './respectively';
import { walkUpHeadings } from './headingWalk';
import { namesAMeasure } from './otherMeasures';
import { foldForMatch, hasPhrase } from './findPhrase';
import { pluralNoun, singular } from '../extract/unitNouns';
import { mentionsIn } from './mentionIndex';
import { clauseOf } from './clauseOf';
import { factSegments, holdsASegment } from './factSegments';
import { createMemo, type JudgeMemo, type WordHit } from './judgeMemo';
import { comparedAt, type CuedMention, figureAtName, setAgainstAt, IRREGULAR_PAST_VERBS, isWholeWord, JOINERS, openingSubject, PERIOD_SUBJECT, RELATIVE_AFTER, RIVAL_NAMED_OPENING, VERB } from './sentenceCues';
import { countsThings } from '../units';
import { HEDGE_WORDS } from '../extract/hedges';
import { metricTokensOf, namesIn, opensAMetricPhrase, SPEAKERS } from './sentenceNames';
import { breakdownRowLabel } from './qualifier';
import { placeOf } from './placePart';

/** A sentence whose subject is a pronoun for an entity named before ("Its models run on…", "They lease…"). */
const PRONOUN_OPENS = /^\s*(?:its|it|their|they)\b/i;
/** The same after a time that opens the sentence: "In November it signed…", "Last year, they earned…". */
const PRONOUN_AFTER_TIME = /^\s*(?:(?:in|on|during|since|by|last|this|earlier|later)\s+[\p{L}\p{N} ]{1,30}?,?\s+)(its|it|their|they)\b/iu;

/** An entity named in the note, at note offsets. */
export interface Mention {
  entity: string;
  start: number;
  end: number;
}

export interface ResolvedEntities {
  /** Entities the claim is about: those its sentence names (in order of first mention), else the one the block last named. */
  subjects: string[];
  /** Every mention in the claim's sentence, with its grammatical role. */
  sentence: CuedMention[];
  /** Every mention in the claim's block, or table row (for counterparties named a sentence earlier); read when first asked. */
  block: () => Mention[];
  /** The sentence adds up several entities ("combined", "together", "total"). */
  combined: boolean;
  /** For a combined claim, the entities added up, in the order the sentence lists them. */
  summed: string[];
  /** Whether the subjects came from the block rather than the sentence. */
  fromBlock: boolean;
}

/**
 * Mentions of any entity (name or alias; case, possessive, plural and hyphenation aware) in a span.
 * `folded` is the span's text through foldForMatch, when the caller has it already.
 */
export function findMentions(text: string, span: Span, index: FactIndex, folded = foldForMatch(text.slice(span.start, span.end))): Mention[] {
  return mentionsIn(folded, index).map((h) => ({ entity: h.entity, start: span.start + h.start, end: span.start + h.end }));
}

const unique = (ids: string[]): string[] => [...new Set(ids)];

/** Whether a name at `at` in a sentence before the claim's is a point of comparison there (read from its sentence's start or up to 60 characters back). */
function comparedInItsSentence(text: string, blockStart: number, at: number): boolean {
  const from = Math.max(blockStart, at - 60);
  const folded = foldForMatch(text.slice(from, at));
  const end = Math.max(folded.lastIndexOf('. '), folded.lastIndexOf('? '), folded.lastIndexOf('! '));
  const own = end >= 0 ? folded.slice(end + 2) : folded;
  return comparedAt(own, own.length);
}

function gapTo(m: { start: number; end: number }, claim: Claim): number {
  return m.end <= claim.offset.start ? claim.offset.start - m.end : Math.max(0, m.start - claim.offset.end);
}

/**
 * The entities a combined claim adds up: the coordinated list ("from Microsoft, Google, and Amazon",
 * "Kestrel and Lumen") nearest the claim that names two or more entities and is not the object of
 * "in"/"into" (an investee); without a list, the entities not named as an investee or in passing.
 */
function summedEntities(mentions: CuedMention[], claim: Claim): string[] {
  const lists = new Map<number, CuedMention[]>();
  for (const m of mentions) {
    const l = lists.get(m.list);
    if (l) l.push(m);
    else lists.set(m.list, [m]);
  }
  // A list after "from", "into", "for", "across", "by" is summed too ("combined capex across
  // Microsoft, Alphabet and Amazon"); a subject or agent list first, then the nearer.
  const candidates = [...lists.values()].filter((l) => unique(l.map((m) => m.entity)).length >= 2 && !l[0]!.comparison);
  if (candidates.length > 0) {
    const gap = (l: CuedMention[]): number => Math.min(...l.map((m) => gapTo(m, claim)));
    const leads = (l: CuedMention[]): number => (l[0]!.role === 'subject' || l[0]!.role === 'agent' ? 0 : 1);
    const nearest = [...candidates].sort((a, b) => leads(a) - leads(b) || gap(a) - gap(b))[0]!;
    return unique(nearest.map((m) => m.entity));
  }
  return unique(mentions.filter((m) => m.role === 'subject' || m.role === 'agent').map((m) => m.entity));
}

/** Between the two figures of a score: "47% to 44%", "47%-44%", "47% vs 44%". */
const SCORE_JOIN = /^\s*(?:to|-|–|—|vs\.?|versus)\s*$/i;

/**
 * "Varga leads Osei by 47% to 44%", "Acme beat Globex 52% to 48%": a score after two names gives the
 * first figure to the first name and the second to the second.
 */
function scoreline(mentions: CuedMention[], claim: Claim, figures: Span[], text: string): string | undefined {
  const k = figures.findIndex((f) => f.start === claim.offset.start);
  const pair = [figures[k - 1], figures[k], figures[k + 1]];
  const first = pair[0] && SCORE_JOIN.test(text.slice(pair[0].end, claim.offset.start)) ? pair[0] : pair[2] && SCORE_JOIN.test(text.slice(claim.offset.end, pair[2].start)) ? pair[1]! : undefined;
  // ("rose from 40% to 44%", "between 40% and 44%" are one figure's change or range.)
  if (!first || /\b(?:from|between|range\s+of)\s+$/i.test(text.slice(Math.max(claim.sentence.start, first.start - 12), first.start))) return undefined;
  const names = unique(mentions.filter((m) => m.end <= first.start).map((m) => m.entity));
  if (names.length !== 2) return undefined;
  return names[first === pair[0] ? 1 : 0];
}

/**
 * "Acme and Globex raised $2 billion and $600 million, respectively": the k-th figure after a list
 * of as many entities belongs to the k-th entity.
 */
function respectively(mentions: CuedMention[], folded: string, claim: Claim, figures: Span[]): string | undefined {
  if (!folded.includes('respectively')) return undefined;
  const lists = new Map<number, CuedMention[]>();
  for (const m of mentions) lists.set(m.list, [...(lists.get(m.list) ?? []), m]);
  for (const list of lists.values()) {
    const names = unique(list.map((m) => m.entity));
    if (names.length < 2) continue;
    const after = figures.filter((f) => f.start >= list[list.length - 1]!.end);
    if (after.length === names.length) {
      const k = after.findIndex((f) => f.start === claim.offset.start);
      if (k >= 0) return names[k];
      continue;
    }
    // "EBITDA margins were 51.6% and 48.9% for Kapuluan and Sulu, respectively": the list after the run.
    const text = (from: number, to: number): string => claim.sentenceText.slice(from - claim.sentence.start, to - claim.sentence.start);
    const before = figures.filter((f) => f.end <= list[0]!.start).slice(-names.length);
    if (before.length !== names.length || !NAMES_AFTER_RUN.test(text(before.at(-1)!.end, list[0]!.start)) || !/^\s*,?\s*respectively\b/i.test(text(list.at(-1)!.end, list.at(-1)!.end + 16))) continue;
    const k = before.findIndex((f) => f.start === claim.offset.start);
    if (k >= 0) return names[k];
  }
  return undefined;
}

/** Between a run of figures and the names after it: " for ", " at the ". */
const NAMES_AFTER_RUN = /^\s+(?:for|at|by|from)\s+(?:the\s+)?$/i;

/** Whether "respectively" pairs the figure with an item of its list that names someone the facts do not know (and no one they know). */
function respectiveUnknown(claim: Claim, mentions: readonly CuedMention[], figures: Span[], index: FactIndex): boolean {
  if (!saysRespectively(claim.sentenceText)) return false;
  const pair = respectiveRun(claim.sentenceText, claim.sentence.start, figures, claim.offset);
  const items = pair && respectiveItems(claim.sentenceText, claim.sentence.start, pair.list, pair.run.length);
  if (!pair || !items) return false;
  const item = items[pair.k]!;
  // (Places, not owners: "production in North America and Europe rose 1% and 2%, respectively".)
  if (PLACE_BEFORE.test(claim.sentenceText.slice(Math.max(0, items[0]!.start - claim.sentence.start - 12), items[0]!.start - claim.sentence.start))) return false;
  if (mentions.some((m) => m.start < item.end && m.end > item.start)) return false;
  const text = claim.sentenceText.slice(item.start - claim.sentence.start, item.end - claim.sentence.start);
  return namesIn(text).some((n) => n.start === 0 && mayOwn(text, n, index));
}

// The words of the index's metrics, lower case, in either number: a capitalised metric word
// ("Stores: 3,400", "Guests spent more" beside "spending per guest") is no name.
function isMetricName(name: string, index: FactIndex): boolean {
  const tokens = metricTokensOf(index);
  return foldForMatch(name).split(/\s+/).every((w) => tokens.has(w) || tokens.has(singular(w)) || tokens.has(pluralNoun(w)));
}

/** Whether a capitalised phrase of `text` may be an owner: no short acronym ("a tower REIT"), no metric's words, nor a capital opening a metric phrase, nor the whole ("| Worldwide | 930 |"). */
const mayOwn = (text: string, n: { name: string; start: number }, index: FactIndex): boolean =>
  !ACRONYM.test(n.name) && !isWholeWord(n.name) && !isMetricName(n.name, index) && !opensAMetricPhrase(text, n, index);

/**
 * Whether the claim's table row, or its sentence or its block before it, names someone no facts
 * file knows who may own the figure ("Axsa Networks raised $624,000. It now employs 310 people",
 * "14 TPUs were delivered to Dalno Foundry"). A short acronym is a common noun ("a tower REIT").
 */
function namesAnOwner(claim: Claim, note: ParsedNote, index: FactIndex, row: Span | undefined, parts?: () => Set<string>, atAnotherFigure?: (start: number) => boolean): boolean {
  const origin = row ? row.start : claim.block.start;
  const text = row ? note.text.slice(row.start, row.end) : note.text.slice(claim.block.start, claim.sentence.end);
  // A sentence before the figure's that names something in passing ("The installed base of Helix
  // robots reached 1,240") gives the paragraph no other owner, unless a pronoun may stand for it.
  const claimEnd = claim.offset.end - (row ? row.start : claim.block.start);
  const from = row || PRONOUN_OPENS.test(claim.sentenceText) || PRONOUN_AFTER_TIME.test(claim.sentenceText) ? 0 : claim.sentence.start - claim.block.start;
  // A later clause's name owns its own figures ("…, and Phase 3 would add 10 million tonnes"), not this one.
  const clauseEnd = row ? text.length : clauseOf(claim).end - claim.block.start;
  return namesIn(text).some(
    (n) =>
      n.start < clauseEnd && mayOwn(text, n, index) && !parts?.().has(foldForMatch(n.name)) && !atAnotherFigure?.(origin + n.start) && !inAsideBefore(text, n.start, claimEnd) && !PRODUCT_OF_PRONOUN.test(text.slice(Math.max(0, n.start - 8), n.start)) &&
      // A place something happens in ("live in 26 states after launching in Missouri") owns nothing, nor a source ("according to TrendForce").
      !PLACE_OF_ACTION.test(text.slice(Math.max(0, n.start - 30), n.start)) && !SOURCE_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start)) &&
      // A name qualifying an object ("of which 40 GW uses TOPCon cells") owns nothing after the figure or before its sentence.
      (n.start >= from ? n.start < claimEnd || (!qualifiesObject(text, n) && !CIRCUMSTANCE.test(text.slice(claimEnd, n.start))) : !inPassing(text, n) && !qualifiesObject(text, n) && !commonNounOpening(text, n) && !comparedInItsSentence(text, 0, n.start)),
  );
}

/** Before a sentence's first word: the block's start or a sentence's end. */
const SENTENCE_OPENS = /(?:^|[.!?]["')\]]*\s)\s*$/;

/**
 * "Cash generation was solid. Capital expenditures were about $380 million": a capitalised word
 * opening an earlier sentence before a noun, not a verb ("Asset quality held up", "Box office
 * was strong"), is a common noun, no owner of the figures after it ("Zelco reported…" is one).
 */
function commonNounOpening(text: string, n: { name: string; start: number }): boolean {
  if (/\s/.test(n.name) || !SENTENCE_OPENS.test(text.slice(Math.max(0, n.start - 8), n.start))) return false;
  const next = /^[ \t]+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(n.start + n.name.length, n.start + n.name.length + 40))?.[1];
  // (A present verb ends in s as a plural does: "serves", "shares" both may follow a name.)
  return next !== undefined && !SUBJECT_VERB(next) && !SAYS.test(next) && !/(?:ed|s)$/.test(next);
}

/** Before a product's name, whose owner the pronoun is: "Its Halyard rockets lifted 61,400 kg". */
const PRODUCT_OF_PRONOUN = /\b(?:[Ii]ts|[Tt]heir|[Oo]ur)\s+$/;

/** "expects 28 to 32 launches in 2026 (the second pad at Wallops comes online in the spring) and revenue of about $520 million": a name in parentheses closed before the figure owns nothing outside them. */
function inAsideBefore(text: string, at: number, figureEnd: number): boolean {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return false;
  const close = text.indexOf(')', at);
  return close >= 0 && close < figureEnd && text.lastIndexOf('(', figureEnd) === open;
}

/** After a figure, before a name: a circumstance of it, not its owner ("…held at about $72 per tonne despite a planned turnaround at Belle Plaine"). */
const CIRCUMSTANCE = /\b(?:despite|amid|during|following|because\s+of|due\s+to|thanks\s+to)\b/i;

/** Before a name that owns the figure: "Headcount at Phaquenli", "revenue for Phaquenli" (not a place: "in Europe"). */
const OWNED_AT = /\b(?:at|for)\s+$/i;

/**
 * Whether the figure's clause, before the figure, names an owner the facts do not know: a
 * possessive ("Phaquenli's headcount") or a name after "at"/"for" ("Headcount at Phaquenli"), no
 * known mention, metric word or acronym. (Places, products and list labels own nothing:
 * "Europe rose 2%", "with Zelvora making up 40%", "US and Canada 52 million".)
 */
function unknownNameBefore(claim: Claim, clause: Span, mentions: readonly CuedMention[], index: FactIndex): boolean {
  const base = claim.sentence.start;
  const text = claim.sentenceText.slice(clause.start - base, claim.offset.start - base);
  const later = claim.kind !== 'growth' && CONTRAST_BEFORE.test(claim.sentenceText.slice(Math.max(0, clause.start - base - 12), clause.start - base));
  // What every owner below needs, tested before the names are read: an apostrophe, "at"/"for", or a later clause.
  if (!later && !/['\u2019]|\b(?:at|for)\s/i.test(text)) return false;
  return namesIn(text).some(
    (n) =>
      (/^['\u2019]s?\b/u.test(text.slice(n.start + n.name.length)) || OWNED_AT.test(text.slice(0, n.start)) || (later && subjectOfLaterClause(text, n) && !factSegments(index).has(foldForMatch(n.name)))) &&
      mayOwn(text, n, index) &&
      !mentions.some((m) => m.start < clause.start + n.start + n.name.length && m.end > clause.start + n.start),
  );
}

/** A relative clause's start, up to the figure: ", which runs ", ", who had about ". */
const RELATIVE_TO_FIGURE = /,\s+(?:which|who|whose)\s+(?:[\p{L}\p{N},.-]+\s+){0,4}$/u;
/** Between a name and its comma, capitalised words a name may end with ("Apex Partners", "Keystone Group Inc"). */
const NAME_TAIL = /^(?:\s+\p{Lu}[\p{L}&.'-]*){0,2}$/u;
/** Before a place or a thing a relative clause describes: "In Texas, which has 12 facilities", "restoring the Adelphi, which reopened with 1,500 seats". */
const PLACE_BEFORE = /\b(?:in|across|throughout|within|outside|at|the)\s+$/i;

/**
 * "Civica acquired Keystone, which runs 12 facilities": a relative clause's figure is its
 * antecedent's, and an antecedent the facts do not know owns it, not the sentence's subject.
 */
function unknownAntecedent(claim: Claim, mentions: readonly CuedMention[], index: FactIndex): boolean {
  const base = claim.sentence.start;
  const text = claim.sentenceText.slice(0, claim.offset.start - base);
  if (!text.includes('which') && !text.includes('who')) return false;  // ("whose" holds "who")
  const rel = RELATIVE_TO_FIGURE.exec(text);
  if (!rel) return false;
  const name = namesIn(text.slice(0, rel.index)).at(-1);
  if (!name || !NAME_TAIL.test(text.slice(name.start + name.name.length, rel.index)) || PLACE_BEFORE.test(text.slice(0, name.start))) return false;
  return mayOwn(text, name, index) && !mentions.some((m) => m.start < base + rel.index && m.end > base + name.start);
}

/** Before a later clause: "…, while ", "; ", "and " (a change is left out by its kind: "and Europe rose 2%" is a part's). */
const CONTRAST_BEFORE = new RegExp(String.raw`(?:;|\b${JOINERS})\s*$`, 'i');
/** Before the subject at its clause's start: nothing, or "the". */
const LATER_CLAUSE_OPENING = new RegExp(String.raw`^\s*(?:${JOINERS}\s+)?(?:the\s+)?$`, 'i');

/** "…, while Vale averaged $15,300 a tonne": a name that is a contrasting later clause's subject, its verb after it (a level, not a change). */
function subjectOfLaterClause(text: string, n: { name: string; start: number }): boolean {
  if (!LATER_CLAUSE_OPENING.test(text.slice(0, n.start))) return false;
  const after = /^\s+(\p{Ll}[\p{L}-]*)(?:\s+(\p{Ll}[\p{L}-]*))?/u.exec(text.slice(n.start + n.name.length, n.start + n.name.length + 40));
  return !!after && (VERB.test(after[1]!) || (after[2] !== undefined && VERB.test(after[2])));
}

/** "of Helix surgical robots", "the Axsa deal": a name that only qualifies the noun after it. */
function inPassing(text: string, n: { name: string; start: number }): boolean {
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(n.start + n.name.length, n.start + n.name.length + 40))?.[1];
  return next !== undefined && !VERB.test(next) && /\b(?:of|the|its|their|our)\s+$/i.test(text.slice(Math.max(0, n.start - 8), n.start));
}

/** Before a name that may own what follows it: "at Zeta stores", "for Zeta", "by Zeta", "Acme and Zeta". */
const OWNER_BEFORE = new Set(['at', 'for', 'by', 'from', 'to', 'and', 'or']);

/** After a speaker's name: "chief executive Maria Olsen said". */
const SAYS = /^(?:said|says|told|tells|adds|notes|writes|wrote|thinks|expects|estimates|reports|believes|argues|explains)$/;

/** "uses TOPCon cells", "runs on AWS servers": a name after a verb or preposition that only qualifies the noun after it. */
function qualifiesObject(text: string, n: { name: string; start: number }): boolean {
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(n.start + n.name.length, n.start + n.name.length + 40))?.[1];
  if (next === undefined || VERB.test(next) || SAYS.test(next)) return false;
  const prev = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, n.start - 16), n.start))?.[1];
  return prev !== undefined && !OWNER_BEFORE.has(prev);
}

/** Before whoever a figure is from, not whose it is: "according to TrendForce", "citing Gartner", "data from IDC". */
const SOURCE_BEFORE = /\b(?:according\s+to|citing|cited\s+by|data\s+from|estimates?\s+(?:from|by)|reported\s+by|compiled\s+by)\s+$/i;

/** Before a place where something happens: "launching in", "based in", "live in" (not "invested in"). */
const PLACE_OF_ACTION = /\b(?:launch(?:ed|es|ing)?|operat(?:e|es|ed|ing)|based|headquartered|located|live|available|present|expand(?:s|ed|ing)?|open(?:s|ed|ing)?|listed|incorporated|registered|licensed|active)\s+(?:only\s+)?in\s+$/i;

// Per judge call (its memo): each entity's segments, read once.
const segmentMemo = new WeakMap<JudgeMemo, Map<string, Set<string>>>();

/** The segments the entity's facts name, folded as names are ("kingsreach", "data center"). */
function segmentsOf(entity: string, index: FactIndex, memo: JudgeMemo): Set<string> {
  let byEntity = segmentMemo.get(memo);
  if (!byEntity) segmentMemo.set(memo, (byEntity = new Map()));
  let parts = byEntity.get(entity);
  if (!parts) {
    byEntity.set(entity, (parts = new Set()));
    for (const metric of index.metrics.keys()) for (const f of memo.factsAbout(metric, [entity])) if (f.segment) parts.add(foldForMatch(f.segment));
  }
  return parts;
}
// "REIT", "CO2": a short upper-case word, digits after its first letter allowed.
const ACRONYM = /^[A-Z][A-Z0-9]{1,4}s?$/;

/**
 * The entity the nearest heading above the claim's block names, when it names one: one naming
 * none ("## 2024", "## Key figures") leaves it to the heading it stands under, one naming two is
 * about both, so about neither alone. Above the part's first heading, its section (a segment
 * judged alone), marked read.
 */
function sectionEntity(claim: Claim, note: ParsedNote, memo: JudgeMemo): string | undefined {
  const pick = (names: readonly string[]): string | null | undefined => (names.length === 0 ? undefined : names.length === 1 ? names[0]! : null);
  return walkUpHeadings(note, claim.block.start, (h) => pick(unique(memo.blockMentions(h).map((m) => m.entity))), (h) => pick(h.names));
}

/** Who a claim is about (design §5): the sentence's entities, else the entity its block (or table row) last named, else its heading's. */
export function resolveEntities(claim: Claim, note: ParsedNote, index: FactIndex, memo: JudgeMemo = createMemo(note, index)): ResolvedEntities {
  const info = memo.sentence(claim.sentence);
  const sentence = info.mentions;
  // In a table the cell is the block, but the row is where the entity stands ("| Acme | $5B |").
  const table = memo.table(claim.offset.start);
  const blockSpan = table && table.row.end - table.row.start > claim.block.end - claim.block.start ? table.row : claim.block;
  // The block's mentions are read only when needed: a subject from the block, or a fact's counterparty.
  let blockMentions: Mention[] | undefined;
  const blockOf = (): Mention[] => (blockMentions ??= memo.blockMentions(blockSpan));
  // A name the sentence only compares with owns no figure outside its own clause ("more people than
  // Netflix's subscriber base"); in it, it does ("compared with Microsoft's $80 billion").
  const clause = clauseOf(claim);
  const inClause = (m: CuedMention): boolean => m.start >= clause.start && m.end <= clause.end;
  // "Its models run on 6,000 GPUs rented from Nimbus, roughly 7% of Nimbus's fleet": in a sentence
  // about an entity named before, a name owns a figure only as a subject or in the figure's own
  // clause, and a count is not the name's it came from (a money figure from a name is that name's
  // investment).
  const pronoun = PRONOUN_OPENS.test(claim.sentenceText);
  const notOwner = (m: CuedMention): boolean => pronoun && ((!!m.source && countsThings(claim.unit)) || (!inClause(m) && m.role !== 'subject'));
  // ("…, comfortably ahead of Halbrook Animal Health, whose revenue was $4.9 billion": a name compared with owns its relative clause's figure.)
  const antecedent = (m: CuedMention): boolean => m.end <= claim.offset.start && RELATIVE_AFTER.test(info.folded.slice(m.end - claim.sentence.start, claim.offset.start - claim.sentence.start));
  // ("Utilization was 97.4%, against 95.9% at Brackenridge": a name another figure stands at owns that one only;
  // in the figure's own clause too when that figure comes after it: "Market share was 17.8% vs 15.2% for Kaveri".)
  const figures = memo.claimsIn(claim.sentence);
  const atAnother = (m: CuedMention): boolean =>
    figures.some(
      (f) =>
        f.start !== claim.offset.start &&
        f.end <= m.start &&
        (!inClause(m) || f.start >= claim.offset.end) &&
        figureAtName(info.folded, f.start - claim.sentence.start, f.end - claim.sentence.start, m.start - claim.sentence.start),
    );
  const candidates = sentence.filter((m) => !m.describes && (!m.comparison || inClause(m) || antecedent(m)) && !notOwner(m) && !atAnother(m));
  // ("Its operating margin of 13.4% was below Corvane's 23.1%": a name compared with after the figure owns it not,
  // when the pronoun or another name does.)
  // (Nor one another clause sets its figure against: "Its 13.4% margin still trails Corvane's 23.1%, and adjusted EBITDA was $568 million".)
  const comparedAfter = (m: CuedMention): boolean => (m.start >= claim.offset.end || (!inClause(m) && !antecedent(m))) && (!!m.comparison || setAgainstAt(info.folded, m.start - claim.sentence.start));
  const others = candidates.filter((m) => !comparedAfter(m));
  // "In November it signed a $1.2 billion deal with StreamCo": the pronoun is the subject, and the
  // entity it stands for is named before (a mention of it at the pronoun, so the grammar ranks it).
  // Not when another name is the subject of the figure's own clause and the pronoun is outside it.
  const byPronoun = candidates.length > 0 ? pronounMention(claim, note, memo, blockSpan, index) : undefined;
  // With no pronoun, when every name is only compared with ("# Hartwell Apparel" then "Digital penetration
  // of 36.5% was 7.5 points above Northgate's 29.0%") or is the subject of a later clause ("November
  // dispatches were 4.38 lakh units; Kaveri sold 3.64 lakh units"), none of them owns the figure.
  // (Not a speaker after a quote: "…97% utilisation is what that buys you," Halvard's chief executive told analysts.)
  const laterSubject = (m: CuedMention): boolean => m.start >= clause.end && m.role === 'subject' && !/["\u201c\u201d]/.test(note.text.slice(claim.offset.end, m.start));
  // (Then the block's or the heading's entity, as for a sentence that names no one.)
  const noOwnerHere = !byPronoun && candidates.length > 0 && !table && (others.length === 0 || others.every(laterSubject)) && ownerBeforeOrAbove(claim, note, memo, blockOf, candidates);
  const owners = noOwnerHere ? [] : others.length > 0 || byPronoun ? others : candidates;
  const names = unique(owners.map((m) => m.entity));
  if (byPronoun && !names.includes(byPronoun.entity) && (names.length > 0 || owners !== candidates) && (inClause(byPronoun) || !owners.some((m) => inClause(m) && m.role === 'subject'))) {
    const withPronoun = [...sentence, byPronoun].sort((a, b) => a.start - b.start);
    return { subjects: [...names, byPronoun.entity], sentence: withPronoun, combined: false, summed: [], fromBlock: false, block: blockOf };
  }
  // "Headcount at Phaquenli grew 7.9%, while Chirpline had 412 million users": a name the facts do
  // not know in the figure's own clause owns it, not a known one of another clause.
  // The same for a clause whose subject is "the <noun>" the facts do not call the entity (", and the aquarium drew…").
  // And "Civica acquired Keystone, which runs 12 facilities": a relative clause's antecedent the facts do not know.
  // And "Rival Caldera Cruise Group carried 3.1 million passengers…; we stay overweight Meridian": a subject the facts do not know opening the sentence, every known name after the figure's clause.
  // (Its metric may follow the figure in its clause: "Lonvia operates 1.1 million litres of capacity, twice Vireon's".)
  const onlyLater = (): boolean => owners.every((m) => m.start >= clause.end) && unknownSubjectOpens(claim, info.words, index, names[0]!, memo, clause.end);
  if (names.length > 0 && ((!owners.some(inClause) && (unknownNameBefore(claim, clause, sentence, index) || (!table && (marketWide(claim, clause) || onlyLater())) || (names.length === 1 && !table && anotherDefiniteSubject(claim, clause, info.words, sentence, index, names[0]!, memo)))) || unknownAntecedent(claim, sentence, index))) {
    return { subjects: [], sentence, combined: false, summed: [], fromBlock: false, block: blockOf };
  }
  if (names.length > 0) {
    const own = respectively(owners, info.folded, claim, memo.claimsIn(claim.sentence)) ?? scoreline(sentence, claim, memo.claimsIn(claim.sentence), note.text);
    if (own) return { subjects: [own], sentence, combined: false, summed: [], fromBlock: false, block: blockOf };
    // "Denteva and Smilecare Europe … reported growth of 5.8% and 3.1%, respectively": the 3.1% is the unknown name's.
    if (respectiveUnknown(claim, sentence, memo.claimsIn(claim.sentence), index)) return { subjects: [], sentence, combined: false, summed: [], fromBlock: false, block: blockOf };
    const cue = names.length >= 2 && info.combining;
    const summed = cue ? summedEntities(owners, claim) : [];
    const combined = summed.length >= 2;
    return { subjects: names, sentence, combined, summed: combined ? summed : [], fromBlock: false, block: blockOf };
  }
  const compared = new Set(sentence.filter((m) => !owners.includes(m)).map((m) => m.start));
  // "Lumen AI's rival Mistralia raised €1 billion": the figure is a name's that the facts do not know.
  if (sentence.some((m) => m.describes)) return { subjects: [], sentence, combined: false, summed: [], fromBlock: true, block: blockOf };
  // ("The CET1 ratio was 17.9%, well ahead of Sarnau's 15.1%. AuM were CHF 184.6 billion.": a name a sentence before only compared with is no subject after it.)
  const before = blockOf().filter((m) => m.end <= claim.offset.start && !compared.has(m.start));
  // (Read back from the nearest: only the owner found is asked whether it was compared with.)
  let last: Mention | undefined;
  for (let i = before.length - 1; i >= 0 && !last; i--) if (!(before[i]!.end <= claim.sentence.start && comparedInItsSentence(note.text, blockSpan.start, before[i]!.start))) last = before[i];
  if (!last) {
    // "# Marken AG" then "- Revenue: €21.4 billion in 2024": the heading's entity, unless the
    // sentence names it only to compare, or gives the figure an owner the facts do not know
    // ("Kazuquen Grid raised €129.5 billion", a table row "| Zumo Networks | 62,544 |").
    // "…, according to Tanbelbel Grid. It now employs 50,406 people": a pronoun may stand for a name the facts do not know.
    let heading = pronoun && unknownNameInBlockBefore(claim, note, blockSpan, index) ? undefined : sectionEntity(claim, note, memo);
    // One of the heading entity's segments ("| Kingsreach | $640 million |", "Mobile accounted for…") is its part, not an owner.
    const h = heading;
    // So is a row of a table by segment ("| Segment |…" then "| Company-owned | 930 |").
    // And the place a figure is narrowed to ("In Europe, deliveries were 21,300 trucks"): a part of the heading's, which placePart reads.
    const parts = (): Set<string> => {
      const own = segmentsOf(h!, index, memo);
      const label = breakdownRowLabel(claim, note.text);
      const place = table ? undefined : placeOf(claim, memo)?.place;
      const more = [...(label ? [label] : []), ...(place ? place.split(/\s*(?:,|\band\b)\s*/) : [])];
      return more.length > 0 ? new Set([...own, ...more.map(foldForMatch)]) : own;
    };
    // (Not a name another figure stands at: "Market share was 17.8% vs 15.2% for Kaveri".)
    // (Nor, when the sentence's names were all set aside as owners, any of them.)
    const atOther = (start: number): boolean => (noOwnerHere && compared.has(start)) || sentence.some((m) => m.start === start && atAnother(m));
    if (h && (namesAnOwner(claim, note, index, table?.row, parts, atOther) || (!table && (marketWide(claim, clause) || anotherDefiniteSubject(claim, clause, info.words, sentence, index, h, memo))))) heading = undefined;
    const subjects = heading && !sentence.some((m) => m.entity === heading) ? [heading] : [];
    return { subjects, sentence, combined: false, summed: [], fromBlock: true, block: blockOf };
  }
  const followed = subjectNamedBefore(last, note, memo, { start: blockSpan.start, end: claim.offset.start });
  // "…, after Tintasul's revenue had fallen to €0.9 billion": an unknown owner in the figure's own clause, too.
  if (!table && (unknownSubjectOpens(claim, info.words, index, followed, memo) || unknownNameBefore(claim, clause, sentence, index) || unknownAntecedent(claim, sentence, index) || marketWide(claim, clause) || anotherDefiniteSubject(claim, clause, info.words, sentence, index, followed, memo))) {
    return { subjects: [], sentence, combined: false, summed: [], fromBlock: true, block: blockOf };
  }
  return { subjects: [followed], sentence, combined: false, summed: [], fromBlock: true, block: blockOf };
}

/** Whether the paragraph before the figure's sentence, or the heading above it, names an entity other than these mentions'. */
function ownerBeforeOrAbove(claim: Claim, note: ParsedNote, memo: JudgeMemo, blockOf: () => Mention[], mentions: readonly CuedMention[]): boolean {
  const theirs = new Set(mentions.map((m) => m.entity));
  if (blockOf().some((m) => m.end <= claim.sentence.start && !theirs.has(m.entity))) return true;
  const heading = sectionEntity(claim, note, memo);
  return heading !== undefined && !theirs.has(heading);
}

/** A whole market as what a sentence is about: "Across the industry, …" (not "In the cloud market, it holds…", the entity's). */
const MARKET = String.raw`the\s+(?:[\p{L}-]+\s+){0,4}?(?:industry|market|sector|economy)`;
const MARKET_OPENS = new RegExp(String.raw`^\s*(?:across|throughout)\s+${MARKET}\b`, 'iu');
/** A whole market as a clause's subject: "; the US pet insurance market grew about 20%". */
const MARKET_SUBJECT = new RegExp(String.raw`^[\s,;]*(?:${JOINERS}\s+)?${MARKET}\s+\p{L}+`, 'iu');

/**
 * Whether the figure is a whole market's, not the entity's: its sentence opens with the market
 * ("Across the industry, the cremation rate is forecast to pass 65%") or its clause has the market
 * as subject ("; the US pet insurance market grew about 20%").
 */
function marketWide(claim: Claim, clause: Span): boolean {
  const base = claim.sentence.start;
  const opening = MARKET_OPENS.exec(claim.sentenceText);
  if (opening && opening.index + opening[0].length <= claim.offset.start - base) return true;
  return MARKET_SUBJECT.test(claim.sentenceText.slice(clause.start - base, claim.offset.start - base));
}

/** A verb after a subject: VERB, or a common irregular past ("drew", "gave"). */
const SUBJECT_VERB = (w: string): boolean => VERB.test(w) || OTHER_PAST_VERBS.has(w);
const OTHER_PAST_VERBS: ReadonlySet<string> = new Set(IRREGULAR_PAST_VERBS);

/**
 * "The city used 312 gigalitres", ", and the aquarium next door drew 640,000 visitors" in a note on
 * an entity the facts call "the plant", "the zoo": a figure whose clause has "the <noun>" as its
 * subject, no word of it in the entity's name or its "the" aliases, is about something else. Only
 * when the facts say what "the" noun stands for the entity; not a metric's words ("The output
 * was"), a mention, a segment, a period ("The year brought") or who speaks ("the analysts expected").
 */
function anotherDefiniteSubject(claim: Claim, clause: Span, words: readonly WordHit[], mentions: readonly CuedMention[], index: FactIndex, entity: string, memo: JudgeMemo): boolean {
  const known = index.entities.get(entity);
  if (!known?.aliases.some((a) => THE_ALIAS.test(a))) return false;
  const heads = known.aliases.filter((a) => THE_ALIAS.test(a)).map((a) => singular(foldForMatch(a).split(' ').at(-1)!));
  const base = claim.sentence.start;
  const text = claim.sentenceText.slice(clause.start - base, claim.offset.start - base);
  const m = DEFINITE_SUBJECT.exec(text);
  if (!m || !CLAUSE_OPENING.test(text.slice(0, m.index))) return false;
  const after = m[1]!.split(/\s+/);
  // The verb's own figure, only hedges or "a total of" between: not "took home $100,000 of the $1.1 million prize purse".
  const verbAt = after.findIndex((w, i) => i > 0 && i <= 3 && SUBJECT_VERB(w) && after.slice(i + 1).every((g) => HEDGE_WORDS.has(g) || BEFORE_AMOUNT.has(g)));
  if (verbAt < 0) return false;
  const subject = foldForMatch(after.slice(0, verbAt).join(' '));
  const own = new Set([...heads, ...foldForMatch(known.name).split(' '), ...(heads.some((w) => ORGANISATIONS.has(w)) ? ORGANISATIONS : [])]);
  if (subject.split(' ').some((w) => own.has(singular(w)) || SPEAKERS.has(w)) || PERIOD_SUBJECT.test(subject) || namesAMeasure(subject)) return false;
  const from = clause.start + m.indices![1]![0];
  const to = from + after.slice(0, verbAt).join(' ').length;
  if (words.some((h) => h.start < to && h.end > from) || mentions.some((x) => x.start < to && x.end > from)) return false;
  return !holdsASegment(subject, segmentsOf(entity, index, memo));
}

/** An alias that says what noun stands for the entity: `the plant`, `the zoo`. */
const THE_ALIAS = /^the\s+\p{Ll}/u;

/** Words for a company: an entity the facts call "the company" is "the group" and "the firm" too. */
const ORGANISATIONS: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'business', 'startup', 'corporation', 'enterprise', 'organisation', 'organization', 'maker', 'manufacturer', 'producer', 'operator', 'lab', 'conglomerate', 'giant']);

/** "the" and the words after it, up to the figure. */
const DEFINITE_SUBJECT = /\b[Tt]he\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){1,7})\s*$/du;
/** Besides hedges, words between a verb and its amount: "used a total of", "drew another", "spent a record". */
const BEFORE_AMOUNT: ReadonlySet<string> = new Set(['a', 'an', 'another', 'further', 'total', 'of', 'record', 'at', 'for', 'to']);
/** What may open a sentence before its subject: an opening time or place and its comma ("In March 2025, "), "Meanwhile". */
const OPENING = String.raw`(?:(?:in|on|during|by|since|after|last|this|earlier|later|meanwhile|separately|elsewhere)\b[^,;]{0,30},\s*|(?:meanwhile|separately|elsewhere)\s+)?`;
/** The longest text OPENING and "the " match before a subject: a word, 30 characters, a comma, spaces. */
const OPENING_MAX = 64;
/** Before a sentence's subject: an opening, then "The" maybe. */
const SUBJECT_OPENING = new RegExp(String.raw`^\s*${OPENING}(?:the\s+)?$`, 'i');
/** Before a clause's "the" subject: a joiner ("and", "while", ";") or an opening. */
const CLAUSE_OPENING = new RegExp(String.raw`^[\s,;]*(?:${JOINERS}\s+)?${OPENING}$`, 'i');
/** After a subject: its possessive ("Zelco's valuation"), or a verb, an apposition between commas allowed before it ("Zelco, a rival, was…"); group 1 the verb. */
/** A present-tense verb after a subject: "serves", "owns", "operates" (not "is", "has", "process"). */
const PRESENT_VERB = /^\p{Ll}{2,}[^\Ws]s$/u;
const SUBJECT_NEXT = /^(?:['\u2019]s?\s|(?:\s*,[^,;]{1,40},)?\s+(\p{Ll}+))/u;

/**
 * "Anthropic was valued at $61.5 billion. Zelco was valued at $12 billion.": a name the facts do
 * not know that opens the figure's sentence as its subject (a verb or "says" right after it), in a
 * sentence naming a metric before the figure or as its noun ("Lime ran 200 million rides"), owns
 * the figure, not the entity a sentence before named. Not
 * a word of that entity's own name ("Atlas employs…" after "Atlas Mining"), nor one of its segments,
 * nor a name holding a metric's word.
 */
function unknownSubjectOpens(claim: Claim, words: readonly WordHit[], index: FactIndex, followed: string, memo: JudgeMemo, metricUntil = claim.offset.end): boolean {
  if (!words.some((h) => h.start < metricUntil)) return false;
  const text = claim.sentenceText;
  // (An opening is short: a name further in is no subject the sentence opens with.)
  // "Its main competitor, Gusto, serves…": the rival named is the subject too.
  const rival = RIVAL_NAMED_OPENING.exec(text)?.[0].length;
  // ("Larger rival Tessaron reported…": the rival's name, not the capitalised word that opens the sentence.)
  const names = namesIn(text);
  const first = (rival === undefined ? undefined : names.find((n) => n.start === rival)) ?? names.find((n) => n.start <= OPENING_MAX && SUBJECT_OPENING.test(text.slice(0, n.start)));
  if (!first || first.start >= claim.offset.start - claim.sentence.start) return false;
  const after = text.slice(first.start + first.name.length, first.start + first.name.length + 60);
  // (The rival's name closes its apposition: "Its main competitor, Gusto, serves".)
  const next = SUBJECT_NEXT.exec(first.start === rival ? after.replace(/^,/, '') : after);
  // (A rival's name may be an acronym: "Chinese rival MGI sells…".)
  const owner = first.start === rival ? !isMetricName(first.name, index) : mayOwn(text, first, index);
  if (!next || !(next[1] ? SUBJECT_VERB(next[1]) || SAYS.test(next[1]) || PRESENT_VERB.test(next[1]) : true) || !owner) return false;
  // A metric's word in the name makes it the metric's phrase: "Grocery GMV was $2.1 billion".
  const at = claim.sentence.start + first.start;
  if (words.some((h) => h.start < at + first.name.length && h.end > at)) return false;
  const name = foldForMatch(first.name);
  const entity = index.entities.get(followed);
  if (entity && [entity.name, ...entity.aliases].some((a) => hasPhrase(foldForMatch(a), name))) return false;
  return !holdsASegment(name, segmentsOf(followed, index, memo));
}

/**
 * Who a pronoun or an unnamed figure follows, given the last mention before it in `within`:
 * "Nvidia, TSMC's largest customer, reported… Its data center revenue…" follows the subject that
 * mention's sentence opens with; otherwise the entity named last.
 */
function subjectNamedBefore(last: Mention, note: ParsedNote, memo: JudgeMemo, within: Span): string {
  const span = sentenceAround(note.text, last.start, within);
  const earlier = memo.sentence(span);
  return openingSubject(earlier.folded, span.start, earlier.mentions)?.entity ?? last.entity;
}

/**
 * The entity a sentence-opening pronoun stands for ("It", "Its", "They", also after an opening time:
 * "In November it…"), as a subject mention at the pronoun: the entity the block last named before
 * the sentence, else the heading's. Undefined when the sentence opens otherwise or nothing is named before.
 */
function pronounMention(claim: Claim, note: ParsedNote, memo: JudgeMemo, blockSpan: Span, index: FactIndex): CuedMention | undefined {
  const m = /^\s*(its|it|their|they)\b/i.exec(claim.sentenceText) ?? PRONOUN_AFTER_TIME.exec(claim.sentenceText);
  // "Its main rival, Kestrel Auto, …": the possessive describes the name after it, which is the subject.
  if (!m || RIVAL_NAMED_OPENING.test(claim.sentenceText)) return undefined;
  const pronoun = m[1] ?? m[0];
  const start = claim.sentence.start + m.index + m[0].length - pronoun.length;
  const last = memo.blockMentions(blockSpan).filter((x) => x.end <= claim.sentence.start).at(-1);
  // Else the heading's, only when nothing before it in the block could be what the pronoun stands for ("Axsa raised…").
  const entity = last
    ? subjectNamedBefore(last, note, memo, { start: blockSpan.start, end: claim.sentence.start })
    : unknownNameInBlockBefore(claim, note, blockSpan, index)
      ? undefined
      : sectionEntity(claim, note, memo);
  if (!entity) return undefined;
  return { entity, start, end: start + pronoun.length, role: 'subject', possessive: /^(?:its|their)$/i.test(pronoun), list: 0 };
}

/** Whether the block names someone before the claim's sentence (no acronym, no metric's name): what a pronoun may stand for. */
function unknownNameInBlockBefore(claim: Claim, note: ParsedNote, blockSpan: Span, index: FactIndex): boolean {
  return namesIn(note.text.slice(blockSpan.start, claim.sentence.start)).some((n) => !ACRONYM.test(n.name) && !isMetricName(n.name, index));
}

const SENTENCE_END = /[.!?]["')\]]*\s+/g;

/** The sentence around `offset` inside `within`, by end punctuation (the claims' own sentences come from the parser). */
function sentenceAround(text: string, offset: number, within: Span): Span {
  const slice = text.slice(within.start, within.end);
  let start = 0;
  let end = slice.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(slice); m; m = SENTENCE_END.exec(slice)) {
    const stop = m.index + m[0].length;
    if (stop <= offset - within.start) start = stop;
    else {
      end = m.index + 1;
      break;
    }
  }
  return { start: within.start + start, end: within.start + end };
}

/**
 * How strongly the sentence makes `entity` the one the claim is about; lower is stronger. Tiers:
 * 0 owns the metric word in the claim's clause ("Anthropic's valuation … $61.5 billion");
 * 1 subject of the claim's clause, or the "from/by X" party of a fact with a counterparty;
 * 2 owns the metric word elsewhere in the sentence; 3 subject elsewhere in the sentence;
 * 4 named in the claim's clause in another role ("in Acme", "unlike Initech"); 5 anywhere else.
 * Within a tier, the nearer mention wins. Unmentioned entities (block fallback) rank last.
 */
export function mentionRank(
  entity: string,
  mentions: CuedMention[],
  claim: Claim,
  clause: Span,
  owns: (m: CuedMention) => boolean,
  agentCounts = false,
): number {
  let best = Number.POSITIVE_INFINITY;
  for (const m of mentions) {
    if (m.entity !== entity) continue;
    const inClause = m.start >= clause.start && m.end <= clause.end;
    const leads = m.role === 'subject' || (agentCounts && m.role === 'agent');
    let tier: number;
    if (owns(m)) tier = inClause ? 0 : 2;
    else if (leads) tier = inClause ? 1 : 3;
    else tier = inClause ? 4 : 5;
    best = Math.min(best, tier * 1e6 + gapTo(m, claim));
  }
  return best;
}
