// A place a figure is narrowed to: "300 shops in Scotland", "In Scotland, the chain has 300 shops",
// "employs 2,000 people in Edinburgh". The facts of the whole do not decide it when
// they disagree: the place is a part the facts give no figure for. (When they agree, the place is
// the whole: "2,610 shops in the UK" of a British chain; judgeClaim reads that.)
import type { Claim, Span } from '../types';
import { clauseOf } from './clauseOf';
import type { JudgeMemo } from './judgeMemo';
import { A_DEMONYM, COMPASS, demonymPlaces, isDemonym, namesIn } from './sentenceNames';
import { CHANGE_TO_LEVEL } from './sentenceCues';

/** Right before a place's name: "in", "across", "throughout", then "the" maybe. */
const PLACE_BEFORE = /\b(?:in|across|throughout)\s+(?:the\s+)?$/i;
/** A sentence that opens with a place: "In Scotland, …", "Across the UK, …", "On the Farne Islands, …". */
const OPENS_WITH_PLACE = /^\s*(?:in|across|throughout|on)\s+(?:the\s+)?/i;
/** A capital after "in", "across", "throughout" or "on" (and "the"): where any place would be. */
const PLACE_HINT = /\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Oo]n)\s+(?:the\s+)?[A-Z]/;
/** Capitalised words after "in" that are no place: a deal's round or stage ("in Series B funding"). */
const NOT_PLACES = /^(?:Series|Round|Phase|Tranche|Stage)\b/;

/**
 * The place named for a figure: a name the facts do not know after "in", "across" or "throughout",
 * in the figure's clause with no other figure between them, or in the phrase that opens its sentence;
 * `written` keeps its "the" ("the Farne Islands"). Names listed together are one place ("in
 * Edinburgh and Glasgow"), as no one of them is the figure's (matchFacts' inAListOfNames).
 */
export function placeOf(claim: Claim, memo: JudgeMemo): { place: string; written: string; adjective?: true; places?: readonly string[] } | undefined {
  const text = claim.sentenceText;
  // (Most sentences have no capital after these words: one scan before any name is read.)
  if (!PLACE_HINT.test(text)) return adjectivePlace(claim, clauseOf(claim));
  const base = claim.sentence.start;
  const clause = clauseOf(claim);
  const at = claim.offset.start - base;
  const clauseEnd = clause.end - base;
  // Where a name right after an opening "In …" / "On the …" would start.
  const openAt = OPENS_WITH_PLACE.exec(text)?.[0].length ?? -1;
  const comma = text.indexOf(',');
  let info: ReturnType<JudgeMemo['sentence']> | undefined;
  let figures: Span[] | undefined;
  const names = namesIn(text);
  for (const n of names) {
    // Names come in order: none after the figure's clause is its place.
    if (n.start >= clauseEnd) break;
    const end = n.start + n.name.length;
    const after = n.start === openAt || PLACE_BEFORE.test(text.slice(Math.max(0, n.start - 16), n.start));
    if (!after || NOT_PLACES.test(n.name)) continue;
    // "In Scotland, …", or a place in the sentence's opening phrase: "At its summer home in Ravinia, the orchestra played 18 concerts".
    figures ??= memo.claimsIn(claim.sentence);
    // (Not a clause with a figure of its own: "LinguaHouse runs 102 schools in Brazil, its largest market, and 60 in Mexico".)
    const opening = end <= at && (n.start === openAt || (comma >= end && comma < at)) && !figures.some((c) => c.start < base + comma && c.start !== claim.offset.start);
    if (!opening && (n.start < clause.start - base || end > clauseEnd)) continue;
    // "…, up 4.1%, with 300 staff in Scotland": the place is the nearer figure's; not the change to
    // the figure ("deliveries in Europe fell 14% to 21,300 trucks": both are Europe's).
    const from = Math.min(at, end) + base;
    const to = Math.max(claim.offset.end - base, n.start) + base;
    const changeTo = (c: Span): boolean => c.end <= claim.offset.start && CHANGE_TO_LEVEL.test(text.slice(c.end - base, at));
    if (!opening && figures.some((c) => c.start !== claim.offset.start && c.start >= from && c.end <= to && !changeTo(c))) continue;
    // A company the facts know is no place: "invested $2 billion in Anthropic".
    info ??= memo.sentence(claim.sentence);
    if (info.mentions.some((m) => m.start < base + end && m.end > base + n.start)) continue;
    const place = withListed(text, n, names);
    return { place, written: /\bthe\s+$/i.test(text.slice(Math.max(0, n.start - 4), n.start)) ? `the ${place}` : place };
  }
  return adjectivePlace(claim, clause);
}

/** Between names of one list: ", ", then " and ", ", or " before the last. */
const LIST_COMMA = /^,\s*$/;
const LIST_LAST = /^,?\s+(?:and|or|&)\s+$/;

/**
 * "in Edinburgh and Glasgow", "across Brazil, Mexico and Colombia": the place is all the names
 * listed, up to the one after "and" or "or" (not "In Brazil, LinguaHouse runs…": no list).
 */
function withListed(text: string, first: { name: string; start: number }, names: readonly { name: string; start: number }[]): string {
  return text.slice(first.start, listFrom(text, first, names));
}

/** Where a list of names that opens with `first` ends (after its name after "and" or "or"), else `first`'s end. */
function listFrom(text: string, first: { name: string; start: number }, names: readonly { name: string; start: number }[]): number {
  let end = first.start + first.name.length;
  let listEnd = end;
  for (const m of names) {
    if (m.start < end) continue;
    const join = text.slice(end, m.start);
    if (!LIST_COMMA.test(join) && !LIST_LAST.test(join)) break;
    end = m.start + m.name.length;
    if (LIST_LAST.test(join)) listEnd = end;
  }
  return listEnd;
}

/** The lists of two or more names a sentence holds ("Brazil, Mexico and Colombia"), as spans of it. */
export function namedLists(text: string): Span[] {
  const names = namesIn(text);
  const lists: Span[] = [];
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    if (lists.length > 0 && n.start < lists[lists.length - 1]!.end) continue;
    const end = listFrom(text, n, names);
    if (end > n.start + n.name.length) lists.push({ start: n.start, end });
  }
  return lists;
}

/** A capitalised word before a lower-case one: where a country's adjective would be ("Scottish shops"). */
const ADJECTIVE = /\b\p{Lu}\p{Ll}+(?=[ \t]+\p{Ll})/gu;

/**
 * "Crumb has 300 Scottish shops", "Net income from Mexican stores rose to…": a country's adjective
 * before a noun, before the figure in its clause or right after it (not "…, as Mexican demand grew").
 */
function adjectivePlace(claim: Claim, clause: Span): { place: string; written: string; adjective: true; places: readonly string[] } | undefined {
  const base = claim.sentence.start;
  const text = claim.sentenceText.slice(clause.start - base, clause.end - base);
  // (Most clauses name no country's adjective: one look before the words are read.)
  if (!A_DEMONYM.test(text)) return undefined;
  const figureAt = claim.offset.start - clause.start;
  for (const m of text.matchAll(ADJECTIVE)) {
    const before = m.index! < figureAt;
    const rightAfter = !before && /^[\s\p{N}.,]*$/u.test(text.slice(claim.offset.end - clause.start, m.index!));
    if (!(before || rightAfter) || !isDemonym(m[0])) continue;
    // "North American orders", "Latin American sales": the compass word is the place's.
    const compass = /(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, m.index! - 12), m.index!))?.[1];
    const lead = compass && (COMPASS.has(compass.toLowerCase()) || compass === 'Latin') ? compass : undefined;
    const places = lead === 'Latin' ? demonymPlaces('latin') : demonymPlaces(m[0], lead);
    return { place: places[0]!, written: lead ? `${lead} ${m[0]}` : m[0], adjective: true, places };
  }
  return undefined;
}
