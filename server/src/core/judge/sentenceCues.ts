import type { Span } from '../types';
import { phraseSetOf } from './findPhrase';
import type { Mention } from './resolveEntities';

// Simple grammar cues for who a claim is about, read from the words around each entity mention.

/**
 * - subject: nothing ties the mention to another word ("Globex reached…", "Microsoft, Google and Amazon").
 * - agent: after "from"/"by" ("a commitment from Amazon", "led by Globex").
 * - recipient: after "in"/"into"/"to" ("invested $2 billion in Acme").
 * - oblique: after another preposition or a relative pronoun ("unlike Initech", "which Amazon backs", "non-AWS").
 */
export type Role = 'subject' | 'agent' | 'recipient' | 'oblique';

export interface CuedMention extends Mention {
  role: Role;
  /** "Anthropic's", "Acmes'". */
  possessive: boolean;
  /** Mentions coordinated in one list ("Microsoft, Google, and Amazon") share a list number. */
  list: number;
  /** Named only to compare with ("more than Netflix's", "unlike Initech", "compared with Globex"): owns no figure outside its own clause. */
  comparison?: boolean;
  /** Describes the next name ("Acme's rival Globex"): owns no figure. */
  describes?: boolean;
  /** Named after "from" ("GPUs rented from Nimbus"): where something came from. */
  source?: boolean;
}

// Words after which a name is a point of comparison.
const COMPARISON = new Set(['than', 'unlike', 'versus', 'vs', 'like', 'against', 'behind', 'trailing', 'outpacing', 'outpaced', 'beating', 'beat']);
/** Words after which a name after the figure is what the figure is set against ("was below Corvane's 23.1%"). */
const SET_BELOW_OR_ABOVE = new Set(['below', 'above', 'trails', 'trailed', 'lags', 'lagged']);

// "compared with X", "relative to X", "ahead of X": the preposition's own word before it.
const COMPARISON_PAIRS = /(?:compared|comparison|relative|ahead|short)\s+(?:with|to|of)\s+(?:the\s+|its\s+|their\s+)?$/;

const AGENT = new Set(['from', 'by']);
const RECIPIENT = new Set(['in', 'into', 'to']);
const OBLIQUE = new Set([
  'with', 'than', 'unlike', 'like', 'versus', 'vs', 'over', 'behind', 'of', 'at', 'on', 'about', 'against', 'among',
  'between', 'besides', 'beyond', 'including', 'outside', 'after', 'before', 'under', 'non', 'via', 'through', 'for',
  'toward', 'towards', 'across', 'alongside', 'as', 'which', 'who', 'whom', 'whose', 'where',
]);
// Words skipped when looking for the word that governs a mention ("from the Claude developer").
const SKIP = new Set(['the', 'a', 'an', 'its', 'their', 'both', 'rival', 'rivals', 'partner', 'investor', 'investors']);

// What may stand between two coordinated mentions: "A, B, and C", "A and B", "A & B", "A plus B", "A's and B's".
const LIST_GAP = /^(?:'s?)?\s*(?:,\s*(?:(?:and|or|&|plus)\s+)?|\s+(?:and|or|&|plus|as well as)\s+|\/)\s*(?:the\s+)?$/u;

interface Governor {
  word: string;
  /** The word opens the sentence ("Unlike Initech, Globex…"). */
  opens: boolean;
}

// Between a possessive name and the next name: one or two words ("'s rival", "'s largest customer").
const MODIFIER = /^'s?\s+(?:[\p{L}\p{N}]+\s+){1,2}$/u;

/** "'s rival " before a name, not "'s deal with " (a preposition ties the next name to another word). */
function describesNext(gap: string): boolean {
  if (!MODIFIER.test(gap)) return false;
  const words = gap.match(/[\p{L}\p{N}]+/gu)!.slice(1);
  return !words.some((w) => AGENT.has(w) || RECIPIENT.has(w) || OBLIQUE.has(w) || w === 'and' || w === 'or');
}

/** describesNext between two mentions, also set off by commas: "Voltra's main rival, Kestrel Auto, delivered…". */
function describesNextName(folded: string, base: number, m: Mention, next: Mention): boolean {
  const gap = folded.slice(m.end - base, next.start - base);
  if (describesNext(gap)) return true;
  return /,\s*$/.test(gap) && /^\s*,/.test(folded.slice(next.end - base)) && describesNext(gap.replace(/,\s*$/, ' '));
}

// "'s rival Mistralia", "'s largest customer Meta": one or two lower-case words, then a capitalised name.
const DESCRIBES_NAME = /^'s?\s+((?:\p{Ll}[\p{L}\p{N}-]*\s+){1,2})\p{Lu}\p{Ll}/u;
/** The nouns for another party a sentence may be about: "its main rival", "peers with 12%". */
const RIVAL_WORDS = ['rival', 'competitor', 'peer'];
export const RIVAL_NOUN = String.raw`(?:${RIVAL_WORDS.map((w) => `${w}s?`).join('|')})`;
/** The same, maybe capitalised as a sentence opens ("Rival Gusto serves…"). */
const RIVAL_NOUN_OPENING = String.raw`(?:${RIVAL_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}s?`).join('|')})`;
/**
 * "Its main competitor, Gusto,", "Their rival Globex", "Rival Gusto", "Chinese rival MGI": a rival
 * named as a sentence opens, after a possessive pronoun or a capitalised adjective.
 */
export const RIVAL_NAMED_OPENING = new RegExp(String.raw`^\s*(?:(?:[Ii]ts|[Tt]heir|\p{Lu}\p{Ll}+)\s+(?:[\p{Ll}-]+\s+){0,2}${RIVAL_NOUN}|${RIVAL_NOUN_OPENING})\s*,?\s*(?=\p{Lu})`, 'u');
/** A period as a clause's subject ("the year before averaged", "the quarter brought"): a time, not a thing of its own. */
export const PERIOD_SUBJECT = /\b(?:year|quarter|month|half|week|period|season|day)s?\b/;

/** Irregular past verbs a subject does things with ("drew", "gave", "sold"); VERB has the regular ones and the changes. */
export const IRREGULAR_PAST_VERBS: readonly string[] = ['sold', 'paid', 'brought', 'took', 'made', 'drew', 'held', 'stood', 'gave', 'spent', 'won', 'bought', 'built', 'lost', 'saw', 'got', 'kept', 'left', 'led'];

// Verbs that end a possessive phrase ("'s revenue was CHF 120 million"): what follows is no name.
export const VERB = /^(?:is|was|are|were|has|had|have|hit|hits|rose|fell|grew|sat|stood|runs|ran|tops|reached|\p{L}+ed)$/u;

// The same set off by commas: "' rival, Ambassador," ("Footlights' rival, Ambassador, operates…").
const DESCRIBES_NAME_SET_OFF = /^'s?\s+((?:\p{Ll}[\p{L}\p{N}-]*\s+)?\p{Ll}[\p{L}\p{N}-]*),\s*\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*\s*,/u;

/** The same for a name the facts files do not know, read in the note's own letters (`after` follows the possessive name). */
function describesName(after: string): boolean {
  const m = DESCRIBES_NAME.exec(after) ?? DESCRIBES_NAME_SET_OFF.exec(after);
  if (!m || m[1]!.split(/\s+/).some((w) => VERB.test(w))) return false;
  return describesNext(`'s ${m[1]!.trimEnd()} `);
}

// After a possessive name: a few words and a closing comma ("'s largest customer,").
const APPOSITION = /^'s?(?:\s+[\p{L}\p{N}]+){1,4}\s*,/u;

function governingWord(folded: string, end: number): Governor {
  const from = Math.max(0, end - 60);
  const words = [...folded.slice(from, end).matchAll(/[\p{L}\p{N}]+/gu)];
  for (let i = words.length - 1; i >= 0 && i >= words.length - 3; i--) {
    const w = words[i]!;
    if (!SKIP.has(w[0])) return { word: w[0], opens: /^[^\p{L}\p{N}]*$/u.test(folded.slice(0, from + w.index)) };
  }
  return { word: '', opens: false };
}

/** Whether a name at `at` in folded text is a point of comparison ("ahead of Sarnau's", "than Globex", "versus"). */
export function comparedAt(folded: string, at: number, governor = governingWord(folded, at).word): boolean {
  return COMPARISON.has(governor) || COMPARISON_PAIRS.test(folded.slice(Math.max(0, at - 40), at));
}

/** Whether a name at `at`, after a figure, is what the figure is set against: a point of comparison, or after "below", "above", "trails". */
export function setAgainstAt(folded: string, at: number): boolean {
  const governor = governingWord(folded, at).word;
  return SET_BELOW_OR_ABOVE.has(governor) || comparedAt(folded, at, governor);
}

/** Between commas, after "which", "who" or "whose": ", which backs Osei,". */
function inRelativeAside(folded: string, start: number, end: number): boolean {
  return /,\s*(?:which|who|whose)\s[^,;()]*$/.test(folded.slice(Math.max(0, start - 60), start)) && /^[^,;()]*,/.test(folded.slice(end, end + 60));
}

function roleAfter(word: string): Role {
  if (AGENT.has(word)) return 'agent';
  if (RECIPIENT.has(word)) return 'recipient';
  if (OBLIQUE.has(word)) return 'oblique';
  return 'subject';
}

/**
 * The mentions of a sentence with their role, possessive and list. `folded` is the sentence text
 * after foldForMatch, `base` its offset in the note; mentions are in note offsets, in order.
 */
export function cueMentions(folded: string, base: number, mentions: Mention[], text = ''): CuedMention[] {
  const out: CuedMention[] = [];
  let list = 0;
  // The list head opened the sentence with a preposition ("Unlike Anthropic, Microsoft…"): its comma ends it.
  let frontedHead = false;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const possessive = folded[m.end - base] === "'";
    const prev = out[i - 1];
    const gap = prev ? folded.slice(prev.end - base, m.start - base) : '';
    const fronted = frontedHead && prev !== undefined && prev.list !== out[i - 2]?.list && /^\s*,\s*$/.test(gap);
    // "Nvidia, TSMC's largest customer, reported…": an aside about the previous name, not a list member.
    const next = mentions[i + 1];
    const aside = /^\s*,\s*$/.test(gap) && possessive && APPOSITION.test(folded.slice(m.end - base, (next?.start ?? base + folded.length) - base));
    if (aside) {
      out.push({ ...m, role: 'oblique', possessive, list: ++list });
      continue;
    }
    // "Acme's rival Globex raised…": the possessive only describes the next name, and owns nothing.
    if (possessive && (next ? describesNextName(folded, base, m, next) : describesName(text.slice(m.end - base)))) {
      out.push({ ...m, role: 'oblique', possessive, list: ++list, describes: true });
      continue;
    }
    if (prev && !fronted && LIST_GAP.test(gap)) {
      out.push({ ...m, role: prev.role, possessive, list: prev.list, ...(prev.comparison ? { comparison: true } : {}), ...(prev.source ? { source: true } : {}) });
      continue;
    }
    // A hyphen before the name ("non-AWS") was folded into a space; the governing word still reads.
    const governor = governingWord(folded, m.start - base);
    // "The Civic Alliance, which backs Osei, won 61 seats": a name inside an aside is no subject of the sentence.
    const role = inRelativeAside(folded, m.start - base, m.end - base) ? 'oblique' : roleAfter(governor.word);
    frontedHead = role !== 'subject' && governor.opens;
    const comparison = comparedAt(folded, m.start - base, governor.word);
    out.push({ ...m, role, possessive, list: ++list, ...(comparison ? { comparison: true } : {}), ...(governor.word === 'from' ? { source: true } : {}) });
  }
  return out;
}

/** Whether a possessive mention owns the phrase at `phrase` ("Anthropic's last valuation"): up to three words between. */
export function possesses(folded: string, base: number, m: CuedMention, phrase: Span): boolean {
  if (!m.possessive || phrase.start < m.end) return false;
  return /^'s?\s+(?:[\p{L}\p{N}]+\s+){0,3}$/u.test(folded.slice(m.end - base, phrase.start - base));
}

// Words that make a figure a running total for one entity ("so far", "to date", "in total").
export const TOTAL_CUES = ['in total', 'total', 'totals', 'totalling', 'totaling', 'cumulative', 'cumulatively', 'so far', 'to date', 'altogether', 'all told', 'in all'];
// Words that make a figure a sum over several named entities.
export const COMBINING_WORDS = ['combined', 'together', 'total', 'totals', 'collectively', 'altogether', 'in aggregate', 'aggregate', 'jointly', 'in total', 'all told', 'between them', 'between the two', 'among them'];

/** Words that join a later clause to the one before: "…, while Vale averaged", "…, and the aquarium drew". */
export const JOINERS = String.raw`(?:and|but|while|whereas)`;
/** Words that set a figure against another before it: "against", "versus", "compared with", "up from". */
export const COMPARED_WITH_WORDS = String.raw`(?:against|versus|vs\.?|compared\s+(?:with|to))`;
export const SET_AGAINST = String.raw`(?:${COMPARED_WITH_WORDS}|(?:up|down)\s+from)`;

/** Words that name the whole, not a part: a row's label ("| Total | … |", "| All regions | … |") or a metric's modifier ("overall revenue"). */
export const WHOLE_WORDS = ['total', 'totals', 'grand total', 'overall', 'whole', 'combined', 'consolidated', 'group', 'company', 'company-wide', 'companywide', 'firm', 'global', 'worldwide', 'all', 'sum'];
// A hyphen goes on the word: "Company-owned" is a part (against "Franchised"), "Company-wide" the whole.
const WHOLE_LABEL = new RegExp(String.raw`^(?:${WHOLE_WORDS.join('|')})(?![\p{L}-])`, 'iu');
/** Whether a row's label opens with a word of the whole ("Total", "Group total", "All regions"). */
export const isWholeLabel = (label: string): boolean => WHOLE_LABEL.test(label);
const WHOLE_WORD_SET: ReadonlySet<string> = new Set(WHOLE_WORDS);
/** Whether a capitalised phrase is only a word of the whole ("Worldwide", "Group"): it names no one. */
export const isWholeWord = (name: string): boolean => WHOLE_WORD_SET.has(name.toLowerCase());

/** Whether folded text has a word that adds figures up: one pass for every word (a PhraseSet), as hasPhrase on each would find. */
export const hasCombiningWord = (folded: string): boolean => phraseSetOf(COMBINING_WORDS).hits(folded).length > 0;

/** The mention a sentence opens with (within its first three words, not after a preposition): its main subject. */
export function openingSubject(folded: string, base: number, mentions: CuedMention[]): CuedMention | undefined {
  const first = mentions[0];
  if (!first || first.role !== 'subject') return undefined;
  const lead = folded.slice(0, first.start - base).match(/[\p{L}\p{N}]+/gu) ?? [];
  return lead.length <= 2 ? first : undefined;
}

/** Between a figure and the name it stands at: " at ", " at the " ("…, against 87 at Coastway Aviation"). */
// (A change noun may stand between: "against a 4.6% rise at Hartwell".)
const FIGURE_AT_NAME = /^\s+(?:(?:rise|increase|gain|growth|jump|improvement|decline|decrease|fall|drop)\s+)?at\s+(?:the\s+)?$/;
/** " for ", after a figure set against another ("…, against some 28,000 for Paperwhite", "versus 36.0% for Millbrook"). */
const FIGURE_FOR_NAME = /^\s+for\s+(?:the\s+)?$/;
const SET_AGAINST_LEAD = new RegExp(String.raw`\b${SET_AGAINST}\s+(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?$`);

/** Whether the name starting at `nameAt` is the one the figure at [start, end) stands at (offsets into `folded`, a folded sentence). */
export function figureAtName(folded: string, start: number, end: number, nameAt: number): boolean {
  const between = folded.slice(end, nameAt);
  return FIGURE_AT_NAME.test(between) || (FIGURE_FOR_NAME.test(between) && SET_AGAINST_LEAD.test(folded.slice(Math.max(0, start - 40), start)));
}

/** After an antecedent, up to its relative clause's figure: ", which runs ", ", whose 2024 revenue was ". */
export const RELATIVE_AFTER = /^\s*,?\s*(?:which|who|whose)\b[^,;]*$/;

/** Between an amount and a share of it set right after: "$1.15 billion, roughly a quarter of the total", "$2.31 billion (about 10.6% of revenue)". */
export const SHARE_AFTER_AMOUNT = /^\s*[,(]\s*(?:(?:or|about|around|roughly|nearly|almost|some|just|over|under)\s+)*$/i;

/** Between a change and the level it reached: "grew 16% to €1.31 billion", "rose 16%, to …", "was up 25% at $5 billion". */
export const CHANGE_TO_LEVEL = /^,?\s+(?:to|at)\s+(?:(?:about|roughly|around|nearly|almost)\s+)?$/i;
