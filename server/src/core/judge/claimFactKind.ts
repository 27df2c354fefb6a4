import type { Claim, Fact, FactKind, Span } from '../types';
import { foldForMatch, phraseSetOf } from './findPhrase';
import { PAST_CHANGE_VERBS } from '../extract/hedges';
import { IRREGULAR_PAST_VERBS, JOINERS } from './sentenceCues';

/**
 * How a claim's own words present its figure:
 * - guidance: an outlook or plan ("guided to", "expects", "targets", "plans to spend");
 * - current: the rate at the reference date ("currently", "now runs at");
 * - plain: a statement of results.
 */
export type ClaimStance = 'guidance' | 'current' | 'plain';

// The one table of stance words; a guidance word in the claim's clause wins over a "now". Read as
// written, plurals added: "budgets" and "projects" (verbs) never match "budget deficit" or "the project".
const STANCE_WORDS: Record<Exclude<ClaimStance, 'plain'>, readonly string[]> = {
  guidance: [
    'guided', 'guides', 'guide', 'guidance', 'expects', 'expected', 'expect', 'expecting', 'outlook', 'forecast', 'forecasts',
    'forecasted', 'forecasting', 'projects', 'projected', 'projecting', 'projection', 'targets', 'targeted', 'targeting', 'target',
    'plans to', 'planned', 'plans', 'plan', 'aims', 'aiming', 'budgeted', 'budgets', 'on track for', 'on track to', 'anticipates',
    'anticipated', 'intends to', 'will spend', 'to spend', 'sees', 'estimates for',
    // A hope is a plan too: "Organisers hope to pass 8 million", "The ministry wants 4 million doses given".
    'hope to', 'hopes to', 'hoping to', 'want to', 'wants to', 'wants', 'aim to',
    // An authorization is a ceiling on what will be done: "authorized a further $10 billion of repurchases".
    'authorized', 'authorised', 'authorizes', 'authorises', 'authorization', 'authorisation',
  ],
  current: ['currently', 'now runs at', 'now running at', 'is running at', 'runs at', 'now at', 'now', 'at present', 'as of today', 'today'],
};

const STANCES = Object.keys(STANCE_WORDS) as Exclude<ClaimStance, 'plain'>[];

const GUIDANCE_WORDS: ReadonlySet<string> = new Set(STANCE_WORDS.guidance.filter((w) => !w.includes(' ')));

/** Whether a word says a figure is planned ("target", "outlook", "guidance"): "its target of €2.6bn" is a plan of what the sentence measures, no measure of its own. */
export const isGuidanceWord = (word: string): boolean => GUIDANCE_WORDS.has(word);

// The future tense and a budget's words make guidance of their own clause only: "Interest payments
// will reach €6.1 billion", "spending is set at €214 billion"; not "Nordskog will cut 450 jobs and
// proposes a dividend of €0.40 per share".
// "would" too: "said capex would be $5 billion", "which would take the rate to 3.75%" ("would have" is no plan: resolveMetric).
const FUTURE_WORDS = ['will', 'would', 'is set at', 'are set at', 'is set to', 'are set to'];
const COORDINATED = new RegExp(String.raw`\b${JOINERS}\s*$`);
/** A word each future phrase holds ("will", "set"): a sentence without any needs no scan. */
const FUTURE_CUE = new RegExp([...new Set(FUTURE_WORDS.map((w) => w.split(' ').find((x) => x !== 'is' && x !== 'are')!))].join('|'));

// Verbs of results: a clause with one states a result, whatever an earlier clause planned.
// A change verb in the past tense too: "…, as grindings fell 4% to 4.6 million tonnes".
const RESULT_WORDS = ['reported', 'posted', 'spent', 'delivered', 'recorded', 'came in', 'generated', 'booked', 'was', 'were', 'reached', 'totaled', 'totalled', 'hit', 'declared', 'paid', ...PAST_CHANGE_VERBS];

/**
 * Before a plan a result is measured against: "at the top of guidance", "ahead of expectations",
 * "than expected", "against a 15-minute target" (the plan's own figure and its noun may stand before
 * its word, the text folded: "15 minute"; not a subject: "below the 72% it targets" is the 72%'s plan).
 */
const MEASURED_AGAINST = /\b(?:(?:top|bottom|(?:high|low|upper|lower)\s+end)\s+of|in\s+line\s+with|ahead\s+of|above|below|beat|beats|beating|topped|exceeded|exceeding|missed|than|as|versus|vs|against|within)\s+(?:(?:the|its|our|their|management's|consensus|analysts'?|an?)\s+)*(?:\S*\d\S*\s+(?:(?!(?:it|they|we|he|she|is|was|are|were)\s)[a-z]+\s+)?)?$/;

/** What something has, named by a possessive: "its workforce of ", "their combined fleet of about ". */
const ATTRIBUTE_BEFORE = /\b(?:its|their|our)\s+(?:[a-z-]+\s+){1,2}of\s+(?:(?:about|around|roughly|some|nearly)\s+)?$/;

/** A figure right before a word: "$700 million ", "4% ". */
const FIGURE_BEFORE = /\d[\d.,]*(?:\s*%|\s+(?:thousand|million|billion|trillion))?\s+$/;

/** After a figure, a plan's participle that describes another noun: "412,300 patients were waiting for planned treatment" (not "$5 billion of planned spending"). */
const PLAN_OF_ANOTHER = /\b(?:for|to|during|before|after|from|into|with|by|on|in|despite|amid|a|an|the|its|their)\s+(?:planned|scheduled|projected|budgeted|anticipated|expected|targeted)$/;

/** A plural plan word used as a noun, its verb after it: "as wind-farm projects were delayed", "its targets are". */
const NOUN_USE = /^(?:projects|targets|plans|budgets|forecasts)\s+(?:were|are|was|is|have|had|has|been)\b/;

/** "sees roughly 400,000 patients a day": "sees" and a count of things (no amount, percent or year) is no outlook. */
const SEES_A_COUNT = /^sees\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than)\s+)?(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+(?!of\b)[a-z]/;

/** A parenthesis opened with a label and a colon, right before the figure: "(FY2/25: ", "(prior year: ". */
const LABELLED_ASIDE = /\(\s*[^():]{1,24}:\s*$/;

/** Between a plan's word and its own figure: "guidance of", "outlook range of about". */
const PLAN_THEN_FIGURE = /^\s+(?:range\s+)?of\s+(?:(?:about|around|roughly)\s+)?$/;

/**
 * The stance of the claim's clause (else of its sentence before the clause). `own`: where the
 * sentence names the claim's metric; a plan's word there is the metric's ("its $13.5 billion annual
 * target" of an `order_target` metric), a measure, not a plan.
 */
export function claimStance(claim: Claim, folded: string, clause: Span, own: readonly Span[] = []): ClaimStance {
  const base = claim.sentence.start;
  const ownWord = (h: { start: number; end: number }): boolean => own.some((s) => base + h.start >= s.start && base + h.end <= s.end);
  // "at the low end of its guidance of $842 million to $898 million": the plan's own figure, whatever it is measured against.
  const at = claim.offset.start - base;
  // "against a 15-minute target": the plan's word right after the figure is that figure's own.
  const planOfTheFigure = (h: { start: number }): boolean => h.start >= claim.offset.end - base && /^\s*$/.test(folded.slice(claim.offset.end - base, h.start));
  if (phraseSetOf(STANCE_WORDS.guidance, 'add').hits(folded).some((h) => h.end <= at && !ownWord(h) && PLAN_THEN_FIGURE.test(folded.slice(h.end, at)))) return 'guidance';
  // "¥112 billion (FY2/25: ¥104.7 billion)", "(prior year: …)": the figure a plan is set beside is a result.
  if (LABELLED_ASIDE.test(claim.sentenceText.slice(Math.max(0, at - 32), at))) return 'plain';
  const hits = (stance: Exclude<ClaimStance, 'plain'>): { start: number; end: number }[] =>
    phraseSetOf(STANCE_WORDS[stance], 'add')
      .hits(folded)
      .filter((h) => stance !== 'guidance' || (!ownWord(h) && !NOUN_USE.test(folded.slice(h.start, h.end + 8)) && !SEES_A_COUNT.test(folded.slice(h.start, h.end + 48)) && !(MEASURED_AGAINST.test(folded.slice(Math.max(0, h.start - 40), h.start)) && !planOfTheFigure(h)) && !(h.start > at && PLAN_OF_ANOTHER.test(folded.slice(Math.max(0, h.start - 12), h.end)))))
      .map((h) => ({ start: base + h.start, end: base + h.end }));
  const inside = (h: { start: number; end: number }): boolean => h.start >= clause.start && h.end <= clause.end;
  // Words inside the figure's own span ("guidance" in a table cell) still count: they are the clause's.
  for (const stance of STANCES) if (hits(stance).some(inside)) return stance;
  // Most sentences hold none of the future words: a substring test before the scan, once for both uses below.
  const future = FUTURE_CUE.test(folded) ? phraseSetOf(FUTURE_WORDS).hits(folded).map((h) => ({ start: base + h.start, end: base + h.end })) : [];
  if (future.some(inside)) return 'guidance';
  if (phraseSetOf(RESULT_WORDS).hits(folded).some((h) => inside({ start: base + h.start, end: base + h.end }))) return 'plain';
  // "Nvidia expects second-quarter revenue of $45 billion, plus or minus 2%": the clause before;
  // not a plan's noun after its own figure ("above its $700 million target"), which plans only that figure.
  // "…still guides to 50.5 billion cans for 2026; it shipped 13.6 billion in the third quarter": a clause of its own subject and past verb is a result.
  const opening = folded.slice(clause.start - base, at);
  if (SAID_DONE.test(opening) || (/\band\s*$/.test(folded.slice(Math.max(0, clause.start - base - 5), clause.start - base)) && PAST_OPENS.test(opening))) return 'plain';
  const before = (h: { start: number; end: number }): boolean => h.end <= clause.start && !FIGURE_BEFORE.test(folded.slice(Math.max(0, h.start - base - 24), h.start - base));
  for (const stance of STANCES) if (hits(stance).some(before)) return stance;
  // "…is set at €214 billion, …, a 14% increase": the future of a clause before reaches an apposition, not a clause of its own ("and proposes …"),
  // nor what something has now ("…, about 6% of its workforce of 66,000").
  if (future.some(before) && !COORDINATED.test(folded.slice(0, clause.start - base)) && !ATTRIBUTE_BEFORE.test(folded.slice(Math.max(0, claim.offset.start - base - 40), claim.offset.start - base))) return 'guidance';
  // "Management's fiscal 2027 outlook calls for:" then "- revenue of $5.35 billion to $5.45 billion": an item that says nothing of its own is its lead-in's plan.
  return claim.lead !== undefined && leadPlans(claim.lead) ? 'guidance' : 'plain';
}

/** A subject pronoun (or "and") and a verb in the past ("it shipped", "and ended", "it sold") opening a clause. */
const PAST_VERB = String.raw`(?:(?:also|then|still)\s+)?(?:\p{Ll}{2,}ed|${IRREGULAR_PAST_VERBS.join('|')})\b`;
const SAID_DONE = new RegExp(String.raw`^[\s,;]*(?:(?:and\s+|but\s+)?(?:it|they|he|she)\s+|and\s+)${PAST_VERB}`, 'u');
/** A clause after "and" that opens with its verb in the past ("…; it shipped 13.6 billion and ended September at 3.6x"). */
const PAST_OPENS = new RegExp(String.raw`^\s*${PAST_VERB}`, 'u');

/** Whether a list's lead-in presents a plan ("raised its 2026 outlook on October 28:", "Guidance for 2026:"), not results set against one ("Results against guidance:"). */
function leadPlans(lead: string): boolean {
  const folded = foldForMatch(lead);
  return phraseSetOf(STANCE_WORDS.guidance, 'add').hits(folded).some((h) => !NOUN_USE.test(folded.slice(h.start, h.end + 8)) && !MEASURED_AGAINST.test(folded.slice(Math.max(0, h.start - 40), h.start)));
}

/**
 * Whether a claim of this stance is compared with this fact. `running`: the claim's period had not
 * ended by the note's date, so a plain figure for it may be a plan or a full-period result: guidance
 * and actual facts for the whole period both decide it (shorter periods never do: selectFacts).
 */
export function kindFits(stance: ClaimStance, running: boolean, fact: Fact): boolean {
  switch (stance) {
    case 'guidance':
      return fact.kind !== 'actual';
    case 'current':
      return fact.kind === 'actual';
    default:
      return running || fact.kind === 'actual';
  }
}

/** Which kind of fact a claim was compared with: the facts' own when there are any, else what its words ask for. */
export function comparedKind(stance: ClaimStance, facts: Fact[] = []): FactKind {
  if (facts.length > 0) return facts.every((f) => f.kind !== 'actual') ? 'guidance' : 'actual';
  return stance === 'guidance' ? 'guidance' : 'actual';
}
