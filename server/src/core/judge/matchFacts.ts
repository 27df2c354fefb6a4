import type { Claim, Fact, FactIndex, Metric, ParsedNote, Span } from '../types';
import { compatibleUnits, priceOfOne } from './unitMemo';
import { isCurrency } from '../units';
import { clauseOf } from './clauseOf';
import { foldForMatch, hasPhrase } from './findPhrase';
import { createMemo, type JudgeMemo } from './judgeMemo';
import { mentionRank, resolveEntities, type ResolvedEntities } from './resolveEntities';
import { elliptical, type MetricLeftOut, metricSpans, resolveMetric, theRest, unitNamedBy } from './resolveMetric';
import { partOf, type Qualified } from './qualifier';
import { namedLists, placeOf } from './placePart';
import { COMPARED_WITH_WORDS, figureAtName, hasCombiningWord, possesses, RELATIVE_AFTER, SHARE_AFTER_AMOUNT } from './sentenceCues';
import { type RespectiveItem, respectiveItemOf } from './respectively';

/** Facts about one subject: the same entities (and counterparty), so they can be ordered in time. */
export interface FactGroup {
  entities: string[];
  counterparty?: string;
  facts: Fact[];
}

export interface Match {
  entities: ResolvedEntities;
  metric?: Metric;
  /**
   * One group for a single-subject claim; for a combined claim one per summed entity, in the order
   * the sentence lists them (an entity without facts for the metric has an empty group).
   */
  groups: FactGroup[];
  combined: boolean;
  /** The entities in order of how strongly the sentence makes each the claim's subject. */
  ranked: string[];
  /**
   * No entity owns the figure: none is named in its clause or owns its metric word, and two or
   * more are the subjects of other clauses. The claim is then unsourced, never contradicted.
   */
  unclearOwner?: boolean;
  /** Why no metric was chosen, when a rule left them all out. */
  leftOut?: MetricLeftOut;
  /**
   * The word that narrows the metric to a part ("advertising" revenue) when no fact has that
   * segment: the facts of the whole do not decide the figure, and `groups` is empty. A place
   * ("300 shops in Scotland") keeps the whole's groups: they decide a figure they agree with.
   */
  part?: Qualified;
}

/**
 * A basis ("post-money") the sentence names keeps facts of that basis or of none; a sentence that
 * names no basis accepts every fact.
 */
function basisFilter(facts: Fact[], folded: string): Fact[] {
  const bases = [...new Set(facts.map((f) => f.basis).filter((b): b is string => !!b))];
  if (bases.length === 0) return facts;
  const named = bases.filter((b) => hasPhrase(folded, b));
  if (named.length === 0) return facts;
  return facts.filter((f) => !f.basis || named.includes(f.basis));
}

/**
 * A segment ("cloud", "data center") the words name keeps that segment's facts; words that name
 * none, or a figure that is the whole (`whole`), keep the facts of the whole (no segment): a part
 * never decides a figure of the whole. Both are read only when some fact has a segment.
 */
export function segmentFilter(facts: Fact[], words: () => string[], whole: () => boolean = () => false, listed: (segment: string) => boolean = () => false): Fact[] {
  if (!facts.some((f) => f.segment)) return facts;
  // The narrowest words that name a segment decide: "Asia brought in €2.9 billion and Europe €2.3 billion" (Europe's).
  let named = new Set<string>();
  for (const folded of whole() ? [] : words()) {
    named = new Set(facts.flatMap((f) => (f.segment && hasPhrase(folded, f.segment) && !listed(f.segment) ? [f.segment] : [])));
    if (named.size > 0) break;
  }
  return facts.filter((f) => (named.size > 0 ? f.segment !== undefined && named.has(f.segment) : !f.segment));
}

/**
 * Where a segment may be named for a claim: its table row's label, or its clause and the clauses before it back to the last
 * other figure ("advertising $4.1 billion, cloud $2.6 billion, devices $1.2 billion": "cloud" is
 * the $2.6 billion's, not the $1.2 billion's), all of the sentence before an elliptical comparison
 * ("Cloud revenue reached $2.6 billion, up 30% from a year earlier"), never a later clause
 * ("$7.8 billion of revenue, with Zelvora making up 40% of it").
 */
function segmentWords(claim: Claim, clause: Span, folded: string, memo: JudgeMemo, text: string, paired: RespectiveItem | null): string[] {
  const place = placeOf(claim, memo);
  const words = segmentWordsAsWritten(claim, clause, folded, memo, text, paired, place);
  if (!place?.places) return words;
  // "Norvia's Mexican volumes", "North American orders": the place the adjective is of, as a segment is written ("Mexico").
  const written = foldForMatch(place.written);
  const places = place.places.map(foldForMatch).join(' ');
  return words.map((w) => w.replace(written, places));
}

function segmentWordsAsWritten(claim: Claim, clause: Span, folded: string, memo: JudgeMemo, text: string, paired: RespectiveItem | null, place: ReturnType<typeof placeOf>): string[] {
  // A table row's label names its cells' segment ("| Google Cloud | $13.6B |").
  const label = memo.table(claim.offset.start)?.label;
  if (label) return [`${foldForMatch(text.slice(label.start, label.end))} ${folded}`];
  const base = claim.sentence.start;
  // "its plants in North America and Europe accounted for 135 GWh and 92 GWh, respectively": the
  // k-th item of the list, else the words before the list when no figure stands there ("In Cloud, revenue and EBITDA were …").
  if (paired) return [foldForMatch(text.slice(paired.item.start, paired.item.end)), memo.claimsIn(claim.sentence).some((c) => c.end <= paired.first) ? '' : folded.slice(0, paired.first - base)];
  // "Rural volumes grew 5.8% against 2.4% in urban markets": a figure set against names its own part right after it.
  const ownPart = SET_AGAINST_OWN_PART.exec(text.slice(claim.offset.end, claim.offset.end + 48));
  if (ownPart && SET_AGAINST_FIGURE.test(text.slice(Math.max(base, claim.offset.start - 24), claim.offset.start))) return [foldForMatch(ownPart[1]!)];
  // "golf balls $812 million and apparel the rest, about $530 million": the rest is no segment named before it.
  if (theRest(claim)) return [folded.slice(clause.start - base, clause.end - base)];
  let since = base;
  if (!elliptical(claim, clause)) for (const c of memo.claimsIn(claim.sentence)) if (c.end <= clause.start && c.end > since && !inSubjectApposition(claim, c) && !shareOfTheAmount(claim, c, text)) since = c.end;
  // The clause's place, whole when it lists names past the clause's "and" ("2,000 people in Edinburgh and Glasgow").
  const named = place && !place.adjective ? foldForMatch(place.place) : '';
  const at = named ? folded.indexOf(named, clause.start - base) : -1;
  const inClause = at >= 0 && at < clause.end - base;
  const end = inClause ? Math.max(clause.end - base, at + named.length) : clause.end - base;
  const words = folded.slice(since - base, end);
  if (clause.start <= since) return [words];
  // A clause that names its own place is that place's, not a segment's named before it ("…in Brazil, its largest market, and 60 in Mexico").
  const own = folded.slice(clause.start - base, end);
  if (inClause) return [own];
  // An elliptical clause that names its own segment ("…, and in Europe €2.3 billion") is about that one;
  // else the level right before it: "…to Europe were 594,000 tonnes and shipments to the United States were 271,000 tonnes, up 12%".
  if (since !== base) return [words];
  const figures = memo.claimsIn(claim.sentence);
  const level = figures.filter((f) => f.end <= clause.start).at(-1);
  // (Past a figure in the subject's apposition: "Tamarack, the busier of the two at 62% of traffic, averaged 52,100 crossings per day (+7.4%)".)
  const from = level ? (figures.filter((f) => f.end <= level.start && !inSubjectApposition(claim, f)).at(-1)?.end ?? base) : base;
  return level && from > base ? [own, folded.slice(from - base, level.end - base), words] : [own, words];
}

/** Right before a figure set against another: "against ", "versus ", "compared with ". */
const SET_AGAINST_FIGURE = new RegExp(String.raw`\b${COMPARED_WITH_WORDS}\s+$`, 'i');
/** Right after it, the part it is of: " in urban markets", " for the home care business". */
const SET_AGAINST_OWN_PART = /^\s+(?:in|for|at)\s+((?:the\s+)?[a-z][\w&-]*(?:\s+[a-z][\w&-]*){0,2})/;

/** What one part overtook is no part the figure is of: "Concerts overtook albums as the largest line, at 32.9% of revenue". */
const OVERTAKEN = /\b(overt(?:ook|akes?|aking|aken)|surpass(?:ed|es|ing)?|eclips(?:ed|es|ing)|displac(?:ed|es|ing)|outs(?:old|ells?)|outgr(?:ew|ows?)|outpac(?:ed|es|ing))\s+(?:the\s+)?[\p{L}-]+/gu;
const withoutOvertaken = (words: string): string => words.replace(OVERTAKEN, '$1');

/** "generated revenue of $1.15 billion, roughly a quarter of the total": a share set right after an amount is that amount's (its part). */
function shareOfTheAmount(claim: Claim, amount: Span, text: string): boolean {
  return claim.kind === 'percent' && SHARE_AFTER_AMOUNT.test(text.slice(amount.end, claim.offset.start));
}

/** Before a figure in an apposition to the sentence's subject: the subject, its comma, words. */
const APPOSITION_BEFORE = /^[^,;]{1,60},\s+[^,;]*$/;
/** After it: words, the closing comma and the subject's verb. */
const APPOSITION_AFTER = /^[^,;]*,\s+(?:again\s+)?(?:was|were|is|are|has|had|have|remains?|remained|\p{Ll}+ed)\b/u;

/** "Electronic Materials, now 21% of group sales, was again the margin leader, with a margin of 28.2%": the subject is no part of the apposition's figure alone. */
function inSubjectApposition(claim: Claim, figure: Span): boolean {
  const base = claim.sentence.start;
  return APPOSITION_BEFORE.test(claim.sentenceText.slice(0, figure.start - base)) && APPOSITION_AFTER.test(claim.sentenceText.slice(figure.end - base, figure.end - base + 80));
}

/**
 * Whether a sentence names a segment only in a list with other names ("212 schools across Brazil,
 * Mexico and Colombia", "sales in Mexico and Brazil"): the figure spans them all, no one segment's.
 * (A segment whose own name is the list, "US and Canada", is no part of a longer one.)
 */
function inAListOfNames(claim: Claim, segment: string): boolean {
  const lower = claim.sentenceText.toLowerCase();
  const seg = segment.toLowerCase();
  const base = claim.sentence.start;
  const clause = clauseOf(claim);
  const lists = namedLists(claim.sentenceText);
  // A name in the figure's own clause decides ("…across Brazil, Mexico and Colombia; 120 of them are in Brazil" names Brazil alone),
  // else one before it ("In Brazil and Mexico, LinguaHouse runs 150 schools").
  for (const [from, to] of [[clause.start - base, clause.end - base], [0, clause.start - base]] as const) {
    let found = false;
    for (let at = lower.indexOf(seg, from); at >= 0 && at < to; at = lower.indexOf(seg, at + 1)) {
      found = true;
      if (lists.some((l) => l.start <= at && l.end >= at + seg.length && l.end - l.start > seg.length)) return true;
    }
    if (found) return false;
  }
  return false;
}

/** A group counted but not named ("the two services", "both companies", "all three labs") and a combining word. */
const GROUP = /\b(?:both|(?:the|all|these|those)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\b/;
const sumOfUnnamed = (folded: string): boolean => GROUP.test(folded) && hasCombiningWord(folded);

/** "Cargo made up 22% of Skylark's $5 billion revenue": a figure in the "of" phrase after a share is the whole's. */
function wholeOfShare(claim: Claim, note: ParsedNote, memo: JudgeMemo): boolean {
  return memo.claimsIn(claim.sentence).some((c) => c.end <= claim.offset.start && /(?:%|\bper\s?cent)\s*$/i.test(note.text.slice(c.start, c.end)) && /^\s*of\b[^,;]*$/.test(note.text.slice(c.end, claim.offset.start)));
}

/** Between a name and the figure it stands at or with: " at ", " with about ", " with a ". */
const NAME_AT_FIGURE = /^\s+(?:at|with)\s+(?:(?:a|an|about|around|roughly|some|nearly|just|almost)\s+)*$/;

function groupKey(f: Fact): string {
  return `${[...f.entities].sort().join('+')}|${f.counterparty ?? ''}|${f.segment ?? ''}`;
}

function groupFacts(facts: Fact[]): FactGroup[] {
  const groups = new Map<string, FactGroup>();
  for (const f of facts) {
    const key = groupKey(f);
    const g = groups.get(key) ?? { entities: [...f.entities].sort(), counterparty: f.counterparty, facts: [] };
    g.facts.push(f);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/**
 * Facts a claim may be judged against (design §5): the metric's facts in a compatible unit (same
 * currency) about the claim's entities, a fact with a counterparty only when the sentence or block
 * names that counterparty too. Among several subjects, grammar cues choose (see mentionRank).
 */
export function matchFacts(claim: Claim, note: ParsedNote, index: FactIndex, memo: JudgeMemo = createMemo(note, index)): Match {
  const entities = resolveEntities(claim, note, index, memo);
  const clause = clauseOf(claim);
  const about = new Set(entities.combined ? entities.summed : entities.subjects);
  // (Facts in the figure's unit first: "PLN 1.12 billion" of a built-in revenue in PLN over a custom `toll_revenue` in EUR sharing its word.)
  const hasFacts = (m: Metric): boolean => {
    const facts = memo.factsAbout(m.id, about);
    return facts.length > 0 && (!isCurrency(claim.unit) || facts.some((f) => compatibleUnits(claim.unit, f.unit)));
  };
  let leftOut: MetricLeftOut | undefined;
  const table = memo.table(claim.offset.start);
  const info = memo.sentence(claim.sentence);
  // The item "respectively" pairs the figure with, read once (segment words, list check).
  let paired: RespectiveItem | null | undefined;
  const respective = (): RespectiveItem | null => (paired === undefined ? (paired = respectiveItemOf(claim, memo.claimsIn(claim.sentence))) : paired);
  // Where a segment may be named, read once for the metric's choice and the facts' filter.
  let segmentText: string[] | undefined;
  const segmentsNamedAt = (): string[] => (segmentText ??= segmentWords(claim, clause, info.folded, memo, note.text, respective()).map(withoutOvertaken));
  const segmentNamed = (m: Metric): boolean =>
    segmentFilter(memo.factsAbout(m.id, about), segmentsNamedAt).some((f) => f.segment !== undefined);
  const metric = resolveMetric(claim, index, clause, note.text, {
    header: table?.header, label: table?.label, before: table?.before, combined: entities.combined, memo, hasFacts, leftOut: (why) => (leftOut = why), segmentNamed,
  });
  const owned = metric ? metricSpans(claim, metric, memo) : [];
  // "Anthropic's valuation … $61.5 billion", "compared with Microsoft's $80 billion": the possessive owns the metric word or the figure.
  const owns = (m: Parameters<typeof possesses>[2]): boolean =>
    possesses(info.folded, claim.sentence.start, m, claim.offset) || owned.some((s) => possesses(info.folded, claim.sentence.start, m, s));
  // "Meta, which guided capex to $64 billion…": a relative clause's figure is its antecedent's.
  const before = info.folded.slice(0, clause.start - claim.sentence.start);
  const antecedent = (m: Parameters<typeof possesses>[2]): boolean =>
    m.end <= clause.start && RELATIVE_AFTER.test(before.slice(m.end - claim.sentence.start) + info.folded.slice(clause.start - claim.sentence.start, claim.offset.start - claim.sentence.start));
  // "…, ahead of Apple at 18%", "followed by Xiaomi with 43.5 million": a name right before "at" or "with" and the figure;
  // "…, against 87 at Coastway Aviation": right after the figure and "at".
  const standsAt = (m: Parameters<typeof possesses>[2]): boolean =>
    m.end <= claim.offset.start
      ? NAME_AT_FIGURE.test(info.folded.slice(m.end - claim.sentence.start, claim.offset.start - claim.sentence.start))
      : m.start >= claim.offset.end && figureAtName(info.folded, claim.offset.start - claim.sentence.start, claim.offset.end - claim.sentence.start, m.start - claim.sentence.start);
  const rank = (e: string, agentCounts = false): number =>
    mentionRank(e, entities.sentence, claim, clause, (m) => owns(m) || antecedent(m) || standsAt(m), agentCounts);
  const ranked = entities.fromBlock ? entities.subjects : [...entities.subjects].sort((a, b) => rank(a) - rank(b));
  const none = (): Match => ({ entities, metric, groups: [], combined: false, ranked, ...(leftOut ? { leftOut } : {}) });
  if (!metric || entities.subjects.length === 0) return none();
  // "Together the two services have 159 million subscribers": a sum of entities the sentence does
  // not name one by one is no single named entity's figure.
  if (!entities.combined && sumOfUnnamed(info.folded.slice(clause.start - claim.sentence.start, clause.end - claim.sentence.start))) return { ...none(), unclearOwner: true };

  // The entities the sentence or block names, read only for a fact with a counterparty.
  let named: Set<string> | undefined;
  const isNamed = (e: string): boolean => {
    if (!named) {
      named = new Set<string>(entities.subjects);
      for (const m of entities.block()) named.add(m.entity);
    }
    return named.has(e);
  };
  const subjects = new Set(entities.subjects);
  const candidates = segmentFilter(basisFilter(
    memo.factsAbout(metric.id, subjects).filter(
      (f) =>
        (compatibleUnits(claim.unit, f.unit) || ((unitNamedBy(claim.unit, metric) || priceOfOne(claim.unit, metric.unit)) && compatibleUnits(metric.unit, f.unit))) &&
        f.entities.length > 0 &&
        f.entities.every((e) => subjects.has(e)) &&
        (!f.counterparty || isNamed(f.counterparty)),
    ),
    info.folded,
  ), segmentsNamedAt, () => wholeOfShare(claim, note, memo), table ? undefined : (segment) => inAListOfNames(claim, segment) && !respective());
  // "Google's advertising revenue was $65 billion", "4,000 paying customers": a part the facts name no segment for.
  const part = candidates.length > 0 && !candidates.some((f) => f.segment) ? partOf(claim, metric, memo, note.text, entities.subjects, index) : null;
  if (part && !part.wholeIfAgrees) return { ...none(), part };
  const place = part ? { part } : {};
  const groups = groupFacts(candidates);
  if (groups.length === 0) return { ...none(), ...place };

  if (entities.combined) {
    // A fact about the named entities together beats adding up their separate facts.
    const summed = new Set(entities.summed);
    const together = groups.filter((g) => g.entities.length >= 2 && g.entities.every((e) => summed.has(e)));
    if (together.length > 0) {
      const widest = [...together].sort((a, b) => b.entities.length - a.entities.length)[0]!;
      return { entities, metric, groups: [widest], combined: false, ranked, ...place };
    }
    const perEntity = entities.summed.map((e): FactGroup => {
      const own = groups.filter((g) => g.entities.length === 1 && g.entities[0] === e);
      // A counterparty the note names makes the group more specific than the entity's plain facts.
      return own.find((g) => g.counterparty) ?? own[0] ?? { entities: [e], facts: [] };
    });
    if (perEntity.some((g) => g.facts.length > 0)) return { entities, metric, groups: perEntity, combined: true, ranked, ...place };
  }

  // "…compares with 5.8% at Pemberton", "…with Pemberton's 5.8%": the figure's owner in its own clause, of whom the facts
  // give none of this metric, owns it still (no other subject's facts judge it).
  const owner = entities.fromBlock ? undefined : ranked[0];
  if (owner !== undefined && rank(owner) < 1e6 && !groups.some((g) => g.entities.includes(owner) || g.counterparty === owner)) return { ...none(), ...place };
  // Both parties count for a fact with a counterparty: "Anthropic's round … from Amazon" is Amazon's investment in Anthropic.
  const score = (g: FactGroup): number => Math.min(...[...g.entities, ...(g.counterparty ? [g.counterparty] : [])].map((e) => rank(e, g.counterparty !== undefined)));
  const nearest = [...groups].sort((a, b) => score(a) - score(b) || (a.counterparty ? 0 : 1) - (b.counterparty ? 0 : 1))[0]!;
  // Tier 3 and beyond: subjects of other clauses, or mentions in passing (see mentionRank).
  const tier = (e: string): number => Math.floor(rank(e) / 1e6);
  const best = Math.min(...entities.subjects.map((e) => tier(e)));
  const unclearOwner = !entities.fromBlock && best >= 3 && entities.subjects.filter((e) => tier(e) === best).length >= 2;
  return { entities, metric, groups: [nearest], combined: false, ranked, unclearOwner, ...place };
}
