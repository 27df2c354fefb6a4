// The word that narrows a metric to a part: "advertising" in "Google's advertising revenue",
// "credit" in "credit losses". A figure so named is that part's (a segment, product line, region,
// kind of loss), which facts of the whole do not decide; the judge and the consistency pass read
// it the same way.
import type { Claim, FactIndex, Metric, Span } from '../types';
import { ADDITION_MODIFIERS, SUBSET_MODIFIERS } from '../extract/unitNouns';
import { foldForMatch, hasPhrase } from './findPhrase';
import { countsThings, isCurrency, unitFamily } from '../units';
import { namedPart } from './namedPart';
import { placeOf } from './placePart';
import { isLabelWord } from '../extract/names';
import { isChangeVerb } from '../extract/hedges';
import { METRIC_VERB } from './metricVerbs';
import { metricName } from './wording';
import { DEAL_METRICS } from '../facts/builtinMetrics';
import { clauseOf } from './clauseOf';
import { IRREGULAR_PAST_VERBS, isWholeLabel, isWholeWord, JOINERS, WHOLE_WORDS } from './sentenceCues';
import { respectiveItemOf } from './respectively';
import { isGuidanceWord } from './claimFactKind';
import { isMonthName } from '../extract/time';
import { singularLast } from './resolveMetric';
import type { JudgeMemo } from './judgeMemo';

// Words before a metric word that do not narrow it to a part: determiners and prepositions ("its
// revenue", "$5 billion in revenue"), times ("first-quarter revenue", "last valuation"), the whole
// itself ("total capex", "consolidated revenue") and how big or how it moved ("record revenue",
// "heavy losses"). Any other lower-case word does ("oncology revenue", "cloud capex", "gross profit").
const NOT_QUALIFIERS: ReadonlySet<string> = new Set([
  ...WHOLE_WORDS,
  ...(
    'a an the its their his her our this that these those whose which who when where whereby ' +
    'in of for from to at on by with as and or than about around roughly nearly almost some over under more less ' +
    // Prepositions of circumstance and a verb of seeing: "despite capex of C$36.8 million", "saw same-store sales fall 1.4%".
    'despite amid given notwithstanding alongside saw sees see ' +
    // Words that join clauses: "so revenue held at $1.63 billion", "while sales rose".
    'so but yet while whereas thus hence then still also even ' +
    // An owner's own figure is its whole: "Sternberg's own catastrophe claims".
    'own ' +
    'was is were are be been being has had have ' +
    'net ' +
    'annual annualized annualised quarterly yearly monthly weekly daily fiscal calendar year-end ttm ytd ' +
    'first second third fourth last latest previous prior recent earlier current next new trailing ' +
    // A month before the metric dates it: "November revenue was NT$10.12bn".
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'record headline top-line topline underlying organic adjusted reported actual implied gaap non-gaap ifrs ' +
    'higher lower bigger larger smaller greater big large small huge heavy steep deep deeper strong stronger weak weaker ' +
    'rising falling growing declining widening narrowing mounting ' +
    // A verb whose object is the metric: "giving revenue of $2.5 billion", "generating sales of…".
    'giving bringing generating producing delivering lifting pushing taking reaching reporting posting booking recording ' +
    'making driving boosting adding putting leaving earning cutting lowering doubling tripling yielding hitting ' +
    'drawing attracting winning securing receiving collecting'
  ).split(' '),
]);

/** The last part of a hyphenated time ("first-quarter", "first-half", "twelve-month"): no part. */
const TIME_PARTS: ReadonlySet<string> = new Set(['quarter', 'half', 'year', 'month', 'week', 'day', 'period', 'end']);

/** Before a qualifier: an owner, a determiner or a preposition ("its cloud revenue", "$2 billion in cloud revenue"). */
const LEADS: ReadonlySet<string> = new Set('a an the its their our his her this that these those in of from for on by own'.split(' '));

const WORDS = /[\p{L}\p{N}'\u2019-]+/gu;

export interface Qualified {
  /** The part, as a segment is named ("advertising", "data center"). */
  part: string;
  /** The part and the metric word as the note says them ("advertising revenue"). */
  phrase: string;
  /** What was added ("1,500 new sites"), no segment of the whole. */
  addition?: true;
  /** A place ("300 shops in Scotland") or a noun's modifier ("commercial drone deliveries"): the whole's facts still decide a figure they agree with. */
  wholeIfAgrees?: true;
}

/**
 * The part a figure is about: a part its owner names after itself ("Google Cloud revenue", a row
 * "| Calder Credit Opportunities | $38 billion |"); for money of a business or a share, the word that narrows its metric word
 * ("advertising revenue"; a deal's own words are no part: "seed funding", "pre-IPO valuation");
 * for a count, a modifier of its own noun that picks some of them ("4,000 paying customers"), not
 * a word before it ("generating capacity"); for both, the label before it in a list of parts
 * ("subscribers by region: Europe 38 million").
 */
export function partOf(claim: Claim, metric: Metric, memo: JudgeMemo, text: string, owners: readonly string[], index: FactIndex): Qualified | null {
  if (DEAL_METRICS.has(metric.id)) return null;
  const named = namedPart(claim, owners, memo, text, index);
  if (named) return { part: named, phrase: `${named} ${metricName(metric)}` };
  const row = rowOfABreakdown(claim, text, owners, index);
  if (row) return { ...row, phrase: `${row.part} ${metricName(metric)}` };
  const item = respectivePart(claim, metric, memo, text);
  if (item) return item;
  if (isCurrency(metric.unit) || unitFamily(metric.unit) === 'percent') return labelledPart(claim, metric, memo, text) ?? qualifierOf(claim, metric, memo, text, owners, index) ?? listedPart(claim, metric, memo, text) ?? gappedPart(claim, metric, memo) ?? (isCurrency(metric.unit) ? placed(claim, metric, memo) : null);
  return countsThings(claim.unit) ? (subsetOf(claim, metric) ?? addedBefore(claim, metric, memo, text) ?? labelledPart(claim, metric, memo, text) ?? listedPart(claim, metric, memo, text) ?? modifiedNoun(claim, metric) ?? compoundOpening(claim, metric) ?? placed(claim, metric, memo)) : null;
}

/** Between a metric's word and a list of places: " in ", " across the ". */
const PLACE_BEFORE_LIST = /^\s+(?:in|at|across|from)\s+(?:the\s+)?$/;

/** "coal and intermodal volumes fell 10% and 3%, respectively": one word before the metric's in the item "respectively" pairs the figure with names a part. */
function respectivePart(claim: Claim, metric: Metric, memo: JudgeMemo, text: string): Qualified | null {
  const paired = respectiveItemOf(claim, memo.claimsIn(claim.sentence));
  if (!paired) return null;
  const { item } = paired;
  const hits = memo.sentence(claim.sentence).words.filter((h) => h.metric === metric);
  // The item's own metric word, else the list's shared one after it ("Halden's merchant and packaged sales": "merchant" of "sales").
  const own = hits.find((h) => h.start >= item.start && h.end <= item.end);
  // (Or the metric's word before the list: "sales in North America and Europe were".)
  const hit = own ?? hits.find((h) => h.start >= item.end && h.end <= claim.offset.start) ?? hits.find((h) => PLACE_BEFORE_LIST.test(text.slice(h.end, paired.first)));
  const word = hit && text.slice(item.start, own ? hit.start : item.end).trim().replace(/^(?:the|its|their|our|\p{Lu}[\p{L}-]*['’]s?)(?:\s+|$)/iu, '');
  // A place or segment written capitalised ("sales in North America and Europe") is a part too, unless it names an owner
  // or opens the sentence, where a metric's own words are capitalised ("Net sales and adjusted EBITDA were").
  const named = (): boolean => memo.sentence(claim.sentence).mentions.some((m) => m.start < item.end && m.end > item.start);
  const opensSentence = (): boolean => !/\p{L}/u.test(text.slice(claim.sentence.start, item.start));
  if (!word || !/^(?:\p{Ll}[\p{L}-]*(?: \p{Ll}[\p{L}-]*){0,2}|\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)$/u.test(word) || isWholeWord(word) || metric.words.some((w) => hasPhrase(foldForMatch(w), word)) || (/^\p{Lu}/u.test(word) && (opensSentence() || named()))) return null;
  return { part: word, phrase: `${word} ${text.slice(hit.start, hit.end).toLowerCase()}` };
}

/** "300 shops in Scotland": the place a figure is narrowed to (placeOf). */
function placed(claim: Claim, metric: Metric, memo: JudgeMemo): Qualified | null {
  const at = placeOf(claim, memo);
  return at ? { part: at.place, phrase: at.adjective ? `${at.written} ${metricName(metric)}` : `${metricName(metric)} in ${at.written}`, wholeIfAgrees: true } : null;
}

/**
 * "New learners signed up at a pace of 5.5 million a quarter", "Net new subscribers were 1.2
 * million": a count whose metric word before it says what was added counts the addition (unless
 * the metric's words say it), as "1,500 new sites" does.
 */
function addedBefore(claim: Claim, metric: Metric, memo: JudgeMemo, text: string): Qualified | null {
  const before = wordBefore(claim, metric, memo, text);
  if (!before || before.nearest.end > claim.offset.start) return null;
  const word = (before.window.match(WORDS) ?? []).at(-1)?.toLowerCase();
  if (!word || !ADDITION_MODIFIERS.has(word) || metric.words.some((m) => hasPhrase(foldForMatch(m), word))) return null;
  return { part: word, phrase: `${word} ${text.slice(before.nearest.start, before.nearest.end).toLowerCase()}`, addition: true };
}

/** What a figure is broken down by: segments, regions, countries… */
const BREAKDOWN_NOUNS = String.raw`(?:segments?|regions?|products?|business(?:es)?|divisions?|units?|geography|geographies|lines?|categor(?:y|ies)|markets?|countr(?:y|ies)|channels?)`;
/** A sentence that lists the parts of a figure: "revenue by segment: …", "a breakdown by region". */
const BREAKDOWN = new RegExp(String.raw`\bby\s+${BREAKDOWN_NOUNS}\b|\bbreakdown\b`);
/** A table's first header that says its rows are parts: "Segment", "Region", "Business unit", "Operating segment". */
const BREAKDOWN_HEADER = new RegExp(String.raw`^(?:[\p{L}-]+\s+)?${BREAKDOWN_NOUNS}$`, 'iu');

/** The label of a table row whose first column names parts ("| Segment |…" then "| US |…"), unless it is the whole ("Total"). */
export function breakdownRowLabel(claim: Claim, text: string): string | null {
  const t = claim.table;
  if (!t?.label || !t.corner || !BREAKDOWN_HEADER.test(text.slice(t.corner.start, t.corner.end).trim())) return null;
  const label = text.slice(t.label.start, t.label.end).replace(/[*_`|]/g, '').trim();
  return label && !isWholeLabel(label) && /\p{L}/u.test(label) ? label : null;
}

/**
 * "| Segment | Stores | Revenue |" then "| US | 930 | $1.46bn |": a row of a table whose first
 * column names parts is that part ("US"), unless it is the whole ("Total").
 */
function rowOfABreakdown(claim: Claim, text: string, owners: readonly string[], index: FactIndex): Qualified | null {
  const label = breakdownRowLabel(claim, text);
  if (!label) return null;
  // "| Google | $96 billion |" under "| Unit | … |": the owner itself is its whole.
  const folded = foldForMatch(label);
  if (owners.some((id) => namesOf(id, index)?.whole.has(folded) === true)) return null;
  return { part: label, phrase: label };
}
const LABEL = /^(?:(?:and|or)\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2})\s+$/u;

/**
 * The label before a figure in a list of parts: "revenue by segment in 2024: advertising $4.1
 * billion, cloud $2.6 billion, devices $1.2 billion". A label of the whole ("total $12 billion")
 * or a name is none.
 */
function listedPart(claim: Claim, metric: Metric, memo: JudgeMemo, text: string): Qualified | null {
  if (claim.table) return null;
  const info = memo.sentence(claim.sentence);
  const cue = BREAKDOWN.exec(info.folded);
  const base = claim.sentence.start;
  if (!cue || base + cue.index >= claim.offset.start) return null;
  const before = text.slice(base + cue.index, claim.offset.start);
  const sep = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const label = sep < 0 ? null : LABEL.exec(before.slice(sep + 1).trimStart())?.[1];
  if (!label) return null;
  const at = base + cue.index + before.lastIndexOf(label);
  // (A word of a metric the figure cannot be is still a label: "stores $6.1 billion" in a list of revenue.)
  const fitting = memo.fittingMetrics(claim.unit);
  if (info.mentions.some((m) => m.start < claim.offset.start && m.end > at) || info.words.some((h) => h.start < claim.offset.start && h.end > at && fitting.includes(h.metric))) return null;
  const lower = label.toLowerCase();
  // "US and Canada 52 million": words joined by "and" are one label.
  if (lower.split(/\s+/).some((w, i, all) => !isQualifier(w) && !(w === 'and' && i > 0 && i < all.length - 1))) return null;
  return { part: label.replace(/-/g, ' '), phrase: `${label} ${metricName(metric)}` };
}

/** A later clause that is a label and its figure: ", and specialty $40.1 billion", " while generics $12 billion". */
const GAPPED = new RegExp(String.raw`^\s*,?\s*(${JOINERS}\s+)?(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})\s+$`, 'u');
/** Where such a clause starts, when its joining word stands before the clause's span. */
const JOINED = new RegExp(String.raw`\b${JOINERS}\s*$`);
/** Adverbs and hedges a gapped clause may open with, which name no part: "and only $90 billion". */
const NOT_LABELS: ReadonlySet<string> = new Set(['only', 'just', 'also', 'even', 'still', 'then', 'again', 'another', 'a', 'an', 'the', 'up', 'down', 'flat', 'from', 'to', 'against', 'versus', 'vs']);

/**
 * "Revenue was $104.2 billion and specialty $40.1 billion": a later clause with no verb, a
 * label and a figure, says the metric the clause before named, for the part the label names.
 */
function gappedPart(claim: Claim, metric: Metric, memo: JudgeMemo): Qualified | null {
  if (claim.table) return null;
  const clause = clauseOf(claim);
  const base = claim.sentence.start;
  if (clause.start <= base) return null;
  const opening = claim.sentenceText.slice(clause.start - base, claim.offset.start - base);
  const gapped = GAPPED.exec(opening);
  const label = gapped?.[2];
  if (!label || !(gapped![1] !== undefined || JOINED.test(claim.sentenceText.slice(Math.max(0, clause.start - base - 12), clause.start - base)))) return null;
  const words = label.toLowerCase().split(/\s+/);
  if (words.some((w) => NOT_LABELS.has(w) || w.endsWith('ly') || isChangeVerb(w) || !isQualifier(w))) return null;
  // The metric named before the clause, a level of it there too: "Revenue was $104.2 billion".
  const hits = memo.sentence(claim.sentence).words;
  if (!hits.some((h) => h.metric === metric && h.end <= clause.start) || hits.some((h) => h.start >= clause.start && h.end <= claim.offset.start)) return null;
  if (!memo.claimsIn(claim.sentence).some((c) => c.end <= clause.start)) return null;
  return { part: label, phrase: `${label} ${metricName(metric)}` };
}

/**
 * The modifier of a count's own noun that picks some of the things counted ("4,000 paying
 * customers", "1,200 software engineers"), unless the metric's words say it ("paying customers").
 */
function subsetOf(claim: Claim, metric: Metric): Qualified | null {
  if (!claim.noun) return null;
  const words = claim.noun.toLowerCase().split(/\s+/);
  const part = words.slice(0, -1).find((w) => SUBSET_MODIFIERS.has(w) && !metric.words.some((m) => hasPhrase(foldForMatch(m), w)));
  return part ? { part, phrase: words.join(' '), ...(ADDITION_MODIFIERS.has(part) ? { addition: true as const } : {}) } : null;
}

/**
 * "1.2 million commercial drone deliveries", "2,300 independent dealers": words of the figure's own
 * noun before the metric's word may pick some of the things counted, or only describe them all;
 * the whole's facts decide a figure they agree with, and one they do not is that part's.
 */
function modifiedNoun(claim: Claim, metric: Metric): Qualified | null {
  if (!claim.noun || claim.unit.includes('/')) return null;
  const unit = claim.unit;
  let extra: string | undefined;
  for (const w of metric.words) {
    const word = singularLast(foldForMatch(w));
    if (unit === word || unit === foldForMatch(w)) return null;
    if (unit.endsWith(` ${word}`) && (extra === undefined || unit.length - word.length - 1 < extra.length)) extra = unit.slice(0, unit.length - word.length - 1);
  }
  if (!extra || extra.split(' ').every((w) => NOT_QUALIFIERS.has(w))) return null;
  return { part: extra, phrase: claim.noun.toLowerCase(), wholeIfAgrees: true };
}

/** A sentence opening with two words (or one hyphened compound) before a third: "Egg freezing cycles, a fast-growing niche, reached 6,900", "Fiber-to-the-home subscribers". */
const COMPOUND_OPENING = /^\s*(\p{Lu}\p{Ll}+(?:-\p{Ll}+)+|\p{Lu}\p{Ll}+[ \t]+\p{Ll}[\p{Ll}-]+)[ \t]+(\p{L}+)/u;

/**
 * "Egg freezing cycles … reached 6,900": a compound noun opening the sentence before the metric's
 * word picks some of the things counted, as a noun of the figure's own does (modifiedNoun).
 */
function compoundOpening(claim: Claim, metric: Metric): Qualified | null {
  const m = COMPOUND_OPENING.exec(claim.sentenceText);
  // (Not a subject and its verb: "The plant supplied 69.4 gigalitres", "The library lent…".)
  if (!m || /^(?:the|a|an|its|their|our|this|that|these|those)\s/i.test(m[1]!) || METRIC_VERB.test(m[2]!) || /ed$/.test(m[2]!)) return null;
  // (Nor a name and its verb: "Harbourside will seat 42,000".)
  if (/\s(?:will|would|can|could|should|may|might|must|has|had|have|is|was|are|were|does|did|\p{Ll}+ed)$/u.test(m[1]!)) return null;
  const compound = foldForMatch(m[1]!);
  const word = foldForMatch(m[2]!);
  const own = metric.words.map(foldForMatch);
  if (!own.some((w) => w === word || singularLast(w) === singularLast(word)) || own.some((w) => hasPhrase(w, compound) || hasPhrase(`${compound} ${word}`, w) && w.includes(' '))) return null;
  if (compound.split(' ').every((w) => NOT_QUALIFIERS.has(w))) return null;
  return { part: compound, phrase: `${compound} ${word}`, wholeIfAgrees: true };
}

/** "Operating revenue", as railways and utilities write their whole revenue, is no part ("operating profit" is another measure: otherMeasures). */
const OPERATING_WHOLE = /^(?:revenues?|sales|turnover)$/i;

/** Whether a lower-case word before a metric word narrows it to a part. */
function isQualifier(word: string): boolean {
  // ("Westline, which reports on a calendar year, grew revenue 4%": a verb after an aside narrows nothing.)
  if (NOT_QUALIFIERS.has(word) || word.endsWith('ed') || isChangeVerb(word) || IRREGULAR_PAST_VERBS.includes(word)) return false;
  const last = word.slice(word.lastIndexOf('-') + 1);
  return !TIME_PARTS.has(last) && !TIME_PARTS.has(last.replace(/s$/, ''));
}

/** An owner's possessive, then one to three capitalised words right before the metric word: "Medlane's Specialty Solutions ". */
const OWNER_THEN_NAME = /['\u2019]s?\s+((?:\p{Lu}[\p{L}.&]*\s+){1,3})$/u;

/**
 * "Medlane's Specialty Solutions revenue", "Microsoft's Azure revenue": capitalised words between
 * an entity's possessive and its metric word name a part of it (not "Medlane's Adjusted revenue",
 * "its September revenue", "GAAP revenue"), which only a fact of that segment decides.
 */
function ownersNamedPart(window: string, from: number, mentions: readonly { start: number; end: number; possessive: boolean }[], metricWords: string): Qualified | null {
  const m = OWNER_THEN_NAME.exec(window);
  if (!m) return null;
  const at = from + m.index;
  if (!mentions.some((x) => x.possessive && x.end >= at - 1 && x.end <= at + 2)) return null;
  const words = m[1]!.trim().split(/\s+/);
  if (words.some((w) => !isQualifier(w.toLowerCase()) || isMonthName(w))) return null;
  const part = words.join(' ');
  return { part, phrase: `${part} ${metricWords.toLowerCase()}` };
}

/** A label word and its number at the end of a text: "Scope 3 ", "Tier 2 ". */
const LABELLED = /(?:^|\s)(\p{L}+)\s+(\d{1,2})\s+$/u;

/** The metric's word nearest the claim in its clause (not its own noun), and the words before it in the clause (at most 60 characters). */
function wordBefore(claim: Claim, metric: Metric, memo: JudgeMemo, text: string): { nearest: Span; from: number; window: string } | null {
  const clause = clauseOf(claim);
  const distance = (h: { start: number; end: number }) => (h.end <= claim.offset.start ? claim.offset.start - h.end : h.start - claim.offset.end);
  let nearest: Span | undefined;
  for (const h of memo.sentence(claim.sentence).words) {
    if (h.metric !== metric || h.start < clause.start || h.end > clause.end || (h.end > claim.offset.start && h.start < claim.offset.end)) continue;
    if (!nearest || distance(h) < distance(nearest)) nearest = h;
  }
  // A metric word that is a verb ("Tunely lost €530 million", "raised") follows its subject, not a qualifier.
  if (!nearest || METRIC_VERB.test(text.slice(nearest.start, nearest.end))) return null;
  // The words between the clause's start (or the figure, for a word after it) and the metric word.
  const from = Math.max(nearest.start >= claim.offset.end ? claim.offset.end : clause.start, nearest.start - 60);
  const window = text.slice(from, nearest.start);
  return /\s$/.test(window) ? { nearest, from, window } : null;
}

/**
 * "Scope 3 emissions, mostly transport, were 1.9 million tonnes", "Tier 2 capital": a label and its
 * number before the sentence's last metric word before the figure (no other figure between) name a part.
 */
function labelledPart(claim: Claim, metric: Metric, memo: JudgeMemo, text: string): Qualified | null {
  if (claim.table) return null;
  const hit = memo.sentence(claim.sentence).words.filter((h) => h.metric === metric && h.end <= claim.offset.start).at(-1);
  if (!hit || memo.claimsIn(claim.sentence).some((c) => c.start >= hit.end && c.end <= claim.offset.start)) return null;
  const label = LABELLED.exec(text.slice(Math.max(claim.sentence.start, hit.start - 30), hit.start));
  if (!label || !isLabelWord(label[1]!.toLowerCase())) return null;
  const part = `${label[1]!.toLowerCase()} ${label[2]}`;
  return { part, phrase: `${part} ${text.slice(hit.start, hit.end).toLowerCase()}` };
}

// Each entity's names and aliases folded, whole and word by word, kept per entity object (a reloaded entity is a new one).
const foldedNames = new WeakMap<object, { whole: ReadonlySet<string>; words: ReadonlySet<string> }>();

/** An entity's names and aliases, folded: whole ("google cloud") and word by word. */
function namesOf(id: string, index: FactIndex): { whole: ReadonlySet<string>; words: ReadonlySet<string> } | undefined {
  const e = index.entities.get(id);
  if (!e) return undefined;
  let names = foldedNames.get(e);
  if (!names) {
    const whole = [e.name, ...e.aliases].map(foldForMatch);
    foldedNames.set(e, (names = { whole: new Set(whole), words: new Set(whole.flatMap((n) => n.split(/\s+/))) }));
  }
  return names;
}

/** Whether a word is one of the owners' names or aliases: "League revenue" of the Northern Hockey League is its whole. */
function ofOwnersName(word: string, owners: readonly string[], index: FactIndex): boolean {
  const folded = foldForMatch(word);
  return owners.some((id) => namesOf(id, index)?.words.has(folded) === true);
}

/**
 * The word that narrows the claim's metric to a part, read before the metric word nearest the
 * claim in its clause (not its own noun: "4,000 paying customers" counts customers), or ''. The
 * word must follow an owner, a determiner, a preposition, a past-tense verb ("reported credit
 * losses") or open the clause, so that a verb is not read as one ("Helix expects revenue of…").
 * Hyphens become spaces, as segments are matched ("data-center" is the segment "data center").
 * None in a table, where the header names the metric.
 */
function qualifierOf(claim: Claim, metric: Metric, memo: JudgeMemo, text: string, owners: readonly string[], index: FactIndex): Qualified | null {
  if (claim.table) return null;
  const before = wordBefore(claim, metric, memo, text);
  if (!before) return null;
  const { nearest, from, window } = before;
  const clause = clauseOf(claim);
  const info = memo.sentence(claim.sentence);
  const hits = info.words;
  const all = window.match(WORDS) ?? [];
  const owned = ownersNamedPart(window, from, info.mentions, text.slice(nearest.start, nearest.end));
  if (owned) return owned;
  // "Coldline's commercial HVAC revenue": a lower-case word before an initialism narrows it with it.
  const initialism = all.length >= 2 && /^\p{Lu}{2,5}$/u.test(all.at(-1)!) && /^\p{Ll}[\p{L}-]*$/u.test(all.at(-2)!) ? all.at(-1)! : undefined;
  const words = initialism ? all.slice(0, -1) : all;
  const word = words.at(-1);
  if (!word || !/^\p{L}[\p{L}-]*$/u.test(word)) return null;
  // "Verdly's US retail revenue", "its own US retail revenue": a place's letters before the word narrow it with it.
  const region = !initialism && words.length >= 2 && /^\p{Lu}{2,4}$/u.test(words.at(-2)!) ? words.at(-2)! : undefined;
  const lead = words.at(region ? -3 : -2);
  // At the clause's start a capital may open a qualifier ("Advertising revenue was…"), never a name.
  const opens = lead === undefined && from === clause.start && !info.mentions.some((m) => m.end > from && m.start < nearest!.start);
  if (!opens && (lead === undefined || !/^\p{Ll}/u.test(word))) return null;
  const leads = opens || /['\u2019]s?$/.test(lead!) || LEADS.has(lead!.toLowerCase()) || /\p{L}ed$/u.test(lead!);
  const lower = word.toLowerCase();
  // "…, and plans capex of $41 billion": a clause opened by a word of a plan opens with its verb.
  if (!leads || !isQualifier(lower) || (opens && isGuidanceWord(lower))) return null;
  if (lower === 'operating' && OPERATING_WHOLE.test(text.slice(nearest.start, nearest.end))) return null;
  // A word of another metric is no part: "revenue run-rate" is the run-rate; nor a word of the entity's name: "The utility plans to spend".
  const at = from + window.lastIndexOf(word);
  if (hits.some((h) => h.start <= at && h.end > at) || info.mentions.some((m) => m.start <= at && m.end > at) || ofOwnersName(word, owners, index)) return null;
  // An initialism keeps its letters: "US sales" is the US part.
  const shown = `${region ? `${region} ` : ''}${/^\p{Lu}{2,}$/u.test(word) ? word : lower}${initialism ? ` ${initialism}` : ''}`;
  return { part: shown.replace(/-/g, ' '), phrase: `${shown} ${text.slice(nearest.start, nearest.end).toLowerCase()}` };
}
