import type { Claim, Span } from '../types';
import { isChangeVerb } from '../extract/hedges';

/** Whether a text says "respectively" at all: the one quick look before the run is read. */
export const saysRespectively = (text: string): boolean => /\brespectively\b/i.test(text);

/** Between two figures of a run that "respectively" ends: "up 4% and down 2%", "4%, 6% and 9%" (group 1: a change verb). */
const IN_RUN = /^\s*,?\s*(?:and\s+)?(?:(\p{L}+)\s+(?:by\s+)?)?$/iu;
const inRun = (between: string): boolean => {
  const m = IN_RUN.exec(between);
  return !!m && (m[1] === undefined || isChangeVerb(m[1].toLowerCase()));
};
/** After a run's last figure: "respectively", a time or a noun maybe before it ("… in the third quarter, respectively", "… passengers, respectively"). */
const RESPECTIVELY = /^(?:\s+(?:in|for|during|over|at|as\s+of)\s+[^,;.()]{1,40}?|\s+\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3})?\s*,?\s*respectively\b/iu;
/** A figure that is a ratio by its words ("4%", "80 basis points"), not a level. */
const RATIO_TEXT = /%|\bper\s*cent\b|\bpercent\b|\bpoints?\b|\bbps\b|\bbp\b/i;

/**
 * "EBITDA came to €2.9 billion and net profit to €1.05 billion, up 4% and down 2% respectively":
 * the run of figures "respectively" ends (all ratios, or all levels, as the claim is), when the
 * claim is one of them, and its place in it; `list`: where the list it pairs with ends, the first
 * figure of the run or of the run of changes before it that it pairs with ("…rose 12% and 16%,
 * respectively, to 612 and 186,400": the 12%). `figures`: the sentence's figures in order, at
 * note offsets; `sentence`: its text, which starts at `base`.
 */
export function respectiveRun(sentence: string, base: number, figures: readonly Span[], claim: Span): RespectiveRun | null {
  const slice = (from: number, to: number): string => sentence.slice(from - base, to - base);
  const at = figures.findIndex((f) => f.start === claim.start);
  if (at < 0) return null;
  const ratio = (f: Span): boolean => RATIO_TEXT.test(slice(f.start, f.end));
  // The run of figures alike (all ratios, or all levels) joined around figure i: [first, last].
  const runAround = (i: number): [number, number] => {
    const kind = ratio(figures[i]!);
    const joined = (a: Span, b: Span): boolean => ratio(a) === kind && ratio(b) === kind && inRun(slice(a.end, b.start));
    let first = i;
    let last = i;
    while (last + 1 < figures.length && joined(figures[last]!, figures[last + 1]!)) last++;
    while (first > 0 && joined(figures[first - 1]!, figures[first]!)) first--;
    return [first, last];
  };
  const endsRespectively = (last: number): boolean => RESPECTIVELY.test(slice(figures[last]!.end, figures[last]!.end + 64));
  const [first, last] = runAround(at);
  const length = last - first + 1;
  // A run of levels and the run of their changes right after it pair alike: "…were $312 million and
  // $171 million, up 5.4% and 8.2%, respectively", "…, respectively, up 5.4% and 8.2% from a year earlier".
  // And the levels a run of changes reached, after "respectively": "…rose 3.7% and 5.7%, respectively, to 1.94 million and $134.60".
  const partnerAfter = (): boolean => {
    if (last + 1 >= figures.length || !CHANGES_AFTER_LEVELS.test(slice(figures[last]!.end, figures[last + 1]!.start))) return false;
    const [f, l] = runAround(last + 1);
    return f === last + 1 && l - f + 1 === length && endsRespectively(l);
  };
  // The first figure of the run before it that it pairs with, or -1.
  const partnerBefore = (): number => {
    if (first === 0) return -1;
    const between = slice(figures[first - 1]!.end, figures[first]!.start);
    const levelsReached = LEVELS_AFTER_CHANGES.test(between);
    if (!levelsReached && !CHANGES_AFTER_LEVELS.test(between)) return -1;
    const [f, l] = runAround(first - 1);
    return l === first - 1 && l - f + 1 === length && (levelsReached || endsRespectively(l)) ? f : -1;
  };
  const ends = endsRespectively(last) || partnerAfter();
  const before = ends ? -1 : partnerBefore();
  if (!ends && before < 0) return levelsOfKinds(at);
  const run = figures.slice(first, last + 1);
  return run.length >= 2 ? { run, k: at - first, list: figures[before >= 0 ? before : first]!.start } : null;

  // "Revenue per meal and client retention were $6.42 and 95.2%, respectively": levels of several
  // kinds after a verb of being, joined by commas and "and" alone (no change verb between them).
  function levelsOfKinds(i: number): RespectiveRun | null {
    const plain = (a: Span, b: Span): boolean => IN_RUN.exec(slice(a.end, b.start))?.[1] === undefined;
    let lo = i;
    let hi = i;
    while (hi + 1 < figures.length && plain(figures[hi]!, figures[hi + 1]!)) hi++;
    while (lo > 0 && plain(figures[lo - 1]!, figures[lo]!)) lo--;
    if (hi === lo || !endsRespectively(hi)) return null;
    const run = figures.slice(lo, hi + 1);
    if (run.every((f) => ratio(f) === ratio(run[0]!))) return null;
    return LEVELS_BEFORE.test(slice(Math.max(base, run[0]!.start - 24), run[0]!.start)) ? { run, k: i - lo, list: run[0]!.start } : null;
  }
}

/** A run of figures "respectively" pairs with a list: the run, the claim's place in it, and where the list ends (see respectiveRun). */
export interface RespectiveRun {
  run: Span[];
  k: number;
  list: number;
}

/** Before a run of levels: a verb of being ("were ", "stood at about "). */
const LEVELS_BEFORE = /\b(?:were|was|are|is|stood\s+at|came\s+to|came\s+in\s+at|totaled|totalled|reached)\s+(?:(?:about|roughly|around|nearly|some)\s+)?$/i;

/** Where the clause of a run starting at `runStart` (a note offset) begins: after the last semicolon before it, else the sentence's start. */
export function runClauseStart(sentence: string, base: number, runStart: number): number {
  return base + sentence.lastIndexOf(';', runStart - base) + 1;
}

/** Between a run of levels and the run of their changes: ", up ", ", respectively, down ", ", an increase of ", " in the second quarter, respectively, up ". */
const CHANGES_AFTER_LEVELS = /^(?:\s+(?:in|for|during|over|at)\s+[^,;.()]{1,40}?)?\s*,\s*(?:respectively\s*,\s*)?(?:up|down|rising|falling|growing|increasing|decreasing|an?\s+(?:increase|decrease|rise|fall|decline|gain)\s+of)\s+(?:by\s+)?$/i;

/** Between a run of changes and the levels they reached: ", respectively, to ", " year over year, respectively, to about ". */
const LEVELS_AFTER_CHANGES = /^(?:\s+\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3})?\s*,\s*respectively\s*,\s*to\s+(?:(?:about|roughly|around|nearly)\s+)?$/iu;

/** Words that end a list's last item: its verb, or a preposition before the figures. */
const ITEM_ENDS = /^(?:was|were|is|are|came|come|comes|rose|fell|grew|made|make|makes|report|had|have|has|hit|stood|ran|run|runs|of|to|at|for|in|with|by|on|\p{Ll}+ed)$/u;
const BEING = /^(?:was|were|is|are)$/;
/** Words before a list's first item that are no part of it: a time, an opener. */
const ITEM_OPENS = /^(?:in|for|during|over|the|its|their|our|both|and|while|whereas|but|,)$/i;

/**
 * The items "respectively" pairs with a run of `count` figures: "Fiduciary income and contingent
 * commissions were $38 million and $52 million", "Denteva and Smilecare Europe reported … 5.8%
 * and 3.1%". The items as note offsets, in order, or null when the words before the run are not
 * such a list (two items joined by "and"; more with commas). An apposition between commas is skipped.
 */
export function respectiveItems(sentence: string, base: number, runStart: number, count: number): Span[] | null {
  const before = sentence.slice(0, runStart - base);
  // (A semicolon ends a list as a comma before it does.)
  const words = [...before.matchAll(/[\p{L}\p{N}][\p{L}\p{N}&'’.-]*|[,;]/gu)].map((m) => ({ text: m[0] === ';' ? ',' : m[0], start: m.index! }));
  // The last "and" joins the last two items; the items end at the first verb or preposition after it.
  let and = words.length - 1;
  while (and >= 0 && words[and]!.text.toLowerCase() !== 'and') and--;
  if (and <= 0) return null;
  // A past participle before the item's noun is its adjective, no verb: "merchant and packaged sales were".
  // So is one right before a verb of being: "sales in merchant and packaged were".
  const endsItem = (i: number): boolean => {
    if (!ITEM_ENDS.test(words[i]!.text)) return false;
    const next = words[i + 1]?.text;
    return !/ed$/.test(words[i]!.text) || next === undefined || next === ',' || (ITEM_ENDS.test(next) && !BEING.test(next));
  };
  let end = and + 1;
  while (end < words.length && !endsItem(end) && words[end]!.text !== ',') end++;
  if (end === and + 1 || end >= words.length) return null;
  const items: Span[] = [{ start: words[and + 1]!.start, end: words[end - 1]!.start + words[end - 1]!.text.length }];
  // Back from the "and": items separated by commas, the first after an opener or a verb.
  let k = and - 1;
  let itemEnd = k;
  while (items.length < count && k >= 0) {
    let first = k;
    while (first > 0 && words[first - 1]!.text !== ',' && !ITEM_ENDS.test(words[first - 1]!.text) && !ITEM_OPENS.test(words[first - 1]!.text)) first--;
    if (first > itemEnd) return null;
    items.unshift({ start: words[first]!.start, end: words[itemEnd]!.start + words[itemEnd]!.text.length });
    k = first - 1;
    if (items.length < count) {
      if (k < 0 || words[k]!.text !== ',') return null;
      k--;
      itemEnd = k;
    }
  }
  return items.length === count ? items.map((s) => ({ start: base + s.start, end: base + s.end })) : null;
}

/** The item of a list "respectively" pairs a claim with, and where the list starts (note offsets). */
export interface RespectiveItem {
  item: Span;
  first: number;
}

/** The item of a list "respectively" pairs the claim with; `figures`: the sentence's. */
export function respectiveItemOf(claim: Claim, figures: readonly Span[]): RespectiveItem | null {
  if (!saysRespectively(claim.sentenceText)) return null;
  const pair = respectiveRun(claim.sentenceText, claim.sentence.start, figures, claim.offset);
  const items = pair && respectiveItems(claim.sentenceText, claim.sentence.start, pair.list, pair.run.length);
  return items ? { item: items[pair.k]!, first: items[0]!.start } : null;
}
