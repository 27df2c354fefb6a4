import type { Bound, Claim, ClaimKind, TimeRef, Unit } from '../types';
import { SEGMENT_READINGS, TextMemo } from '../textMemo';
import { attachTimes } from './attachTime';
import { directionAfter, directionBefore, hedgeAfter, hedgeBefore, isChangeVerb, tradedBefore } from './hedges';
import { kindClause, kindOfUnit, moneyKindOf, refineMoneyKind } from './kind';
import { type Token, tokenize } from './lexer';
import { knownUnitOf, matchCountNoun, singular } from './unitNouns';
import { isConfidenceLevel, isNamePart, MODALS } from './names';
import { FRACTIONS, isFractionOfScale, isNumberWord, readNumberWords } from './numberWords';
import { CURRENCY_BEFORE, CURRENCY_CODES, DURATION_UNITS, goodsSymbol, isCurrencyUnit, isDurationNoun, QUANTITY_WORD_STEMS, SCALE_SUFFIXES, SCALE_WORDS } from '../lexicon';
import { DIRECT_UNITS, MAX_CURRENCY_WORD, mayOpenCurrency, readCurrencyAfter, readUnitWord } from './scales';
import type { RefDate } from './periods';
import { clean, precisionOf } from './precision';
import { type Quantity, readPer, readQuantity, unitStartsAt } from './quantity';
import { refDateOf, sentenceTimes } from './sentenceTimes';
import { countsThings } from '../units';
import { findTimes, isYearToken } from './time';
import { STEP_CUE_PATTERN } from './stepCues';

/** A claim as the extractor finds it in one sentence; parseNote adds positions and context. */
export type ExtractedClaim = Pick<
  Claim,
  'offset' | 'kind' | 'value' | 'low' | 'high' | 'unit' | 'bound' | 'approx' | 'precision' | 'time' | 'noun' | 'traded'
>;

/** A claim with its token range, before times are attached. */
export interface TokenClaim {
  start: number;
  end: number;
  claim: ExtractedClaim;
  /** The earlier claim this one restates in other units ("NT$933.8 billion, or US$30.07 billion"). */
  restates?: TokenClaim;
}

// Cheap pre-check: sentences without a digit or a quantity word cannot hold a claim.
export const CLAIM_CANDIDATE = new RegExp(
  '[0-9]|fold|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
    'eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|half|thirds?|quarters?|fifths?|doubl|tripl|' +
    `quadrupl|halv|twice|${QUANTITY_WORD_STEMS.join('|')})`,
  'i',
);

const GROWTH_WORDS: ReadonlyMap<string, number> = new Map([
  ['doubled', 2], ['doubles', 2], ['doubling', 2],
  ['tripled', 3], ['triples', 3], ['tripling', 3],
  ['quadrupled', 4], ['quadruples', 4], ['quadrupling', 4],
  ['halved', 0.5], ['halving', 0.5],
]);
const FOLD_WORDS: ReadonlyMap<string, number> = new Map([
  ['twofold', 2], ['threefold', 3], ['fourfold', 4], ['fivefold', 5], ['sixfold', 6], ['sevenfold', 7],
  ['eightfold', 8], ['ninefold', 9], ['tenfold', 10], ['twentyfold', 20], ['hundredfold', 100], ['thousandfold', 1000],
]);
const SHARE_FOLLOWERS = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all']);

/** Where a table cell stands: its column header, the row's label (first cell) and time cell, when there are. */
export interface CellContext {
  header?: string;
  headerStart?: number;
  rowTime?: { text: string; start: number; whole?: true };
  rowLabel?: string;
  corner?: string;
}

/**
 * Claims in one masked sentence; `base` is the sentence's offset in the note. `cell` is set for
 * a table cell: its column header names the kind of bare money figures below it ("Valuation"),
 * a change header ("YoY growth") makes them changes, and a header that is a period ("2025",
 * "Q2 2025") or the row's Date/Period/Quarter/Year/As of cell gives them their time.
 */
export function extractSentenceClaims(sentence: string, base: number, referenceDate: string, cell?: CellContext): ExtractedClaim[] {
  if (!CLAIM_CANDIDATE.test(sentence)) return [];
  const { tokens, phrases, consumed } = sentenceTimes(sentence, referenceDate);
  const found = findClaims(tokens, consumed, base, cell !== undefined);
  if (found.length === 0) return [];
  attachTimes(tokens, found, phrases, base);
  // A figure and its restatement are one figure: they share the time either of them states. (Not
  // back from another value in the same unit: "a take rate of 19.6% (18.9% in 2024)" sets 2024's beside it.)
  for (const f of found) {
    if (!f.restates) continue;
    if (!f.claim.time) f.claim.time = f.restates.claim.time;
    else if (!f.restates.claim.time && !anotherValueOfTheUnit(f.claim, f.restates.claim)) f.restates.claim.time = f.claim.time;
  }
  if (cell) applyCell(tokens, found, cell, refDateOf(referenceDate));
  // "Third-quarter revenue rose 13.6% year on year to NT$30.84bn": the level a change reached is of the change's period
  // (not of a start: "grew 20% since 2023 to $5 billion").
  for (let k = 1; k < found.length; k++) {
    const [change, level] = [found[k - 1]!, found[k]!];
    const t = change.claim.time;
    if (level.claim.time || !t?.iso || change.claim.kind !== 'growth' || level.claim.kind === 'growth' || /^(?:since|from)\b/i.test(t.text)) continue;
    if (REACHED_AFTER.test(sentence.slice(tokens[change.end - 1]!.end, tokens[level.start]!.start))) level.claim.time = t;
  }
  return found.map((f) => f.claim);
}

/** Between a change and the level it reached, maybe past its step: " to ", " year on year to ", ", to about ". */
const REACHED_AFTER = new RegExp(`^(?:\\s+(?:${STEP_CUE_PATTERN}))?,?\\s+to\\s+(?:(?:about|roughly|around|nearly|almost)\\s+)?$`, 'i');

/** Whether a figure states another value in the unit of the one it follows (a bare count is of its noun: "14.2 million patient visits (13.1 million in 2024)"). */
const anotherValueOfTheUnit = (a: Pick<Claim, 'unit' | 'value'>, b: Pick<Claim, 'unit' | 'value'>): boolean =>
  (a.unit === b.unit || a.unit === 'count' || b.unit === 'count') && a.value !== b.value;

const CHANGE_HEADER = new RegExp(`\\b(?:growth|change|chg|cagr|increase|decrease|decline|${STEP_CUE_PATTERN})\\b`, 'i');

interface HeaderUnit {
  /** 'count' when the header gives only a scale ("Revenue (mn)"). */
  unit: string;
  factor: number;
  money: boolean;
}

/**
 * The unit a column header (or a row label) gives its bare numbers: "($B)", "(US$ bn)", "(CHF
 * bn)", "(€m)", "(₹ crore)", "(%)", "(TW)", "Users (mn)", or a known noun ("Employees", "GPUs").
 * Every word and symbol comes from the lexicon.
 */
function headerUnit(tokens: readonly Token[]): HeaderUnit | null {
  // The first parenthesis that states a unit: "Net income (loss) ($m)" -> "($m)".
  let inside: ReturnType<typeof readHeaderParens> = null;
  for (let k = 0; k < tokens.length && !inside; k++) if (tokens[k]!.text === '(') inside = readHeaderParens(tokens, k + 1);
  let noun: string | undefined;
  for (const t of tokens) {
    const unit = knownUnitOf(t.lower);
    if (unit && !DURATION_UNITS.has(unit)) {
      noun = unit;
      break;
    }
  }
  if (inside) {
    if (inside.currency) return { unit: inside.currency, factor: inside.factor, money: true };
    if (inside.unit) return { unit: inside.unit, factor: inside.factor, money: false };
    return { unit: noun ?? 'count', factor: inside.factor, money: false };
  }
  return noun ? { unit: noun, factor: 1, money: false } : null;
}

/** "$bn)", "US$ m)", "CHF bn)", "bn USD)", "%)", "TW)", "mn)": currency, scale and unit up to the closing parenthesis. */
function readHeaderParens(tokens: readonly Token[], from: number): { currency: string | null; unit: string | null; factor: number } | null {
  let k = from;
  let currency: string | null = null;
  let unit: string | null = null;
  let factor = 1;
  const t = tokens[k];
  if (!t) return null;
  const glued = tokens[k + 1] && !tokens[k + 1]!.spaced && tokens[k + 1]!.type === 'sym' ? CURRENCY_BEFORE.get(t.text + tokens[k + 1]!.text) : undefined;
  if (glued) {
    currency = glued;
    k += 2;
  } else if (CURRENCY_BEFORE.has(t.text) || (t.text.length === 3 && CURRENCY_CODES.has(t.text))) {
    currency = CURRENCY_BEFORE.get(t.text) ?? t.text;
    k++;
  }
  for (let n = 0; n < 2; n++) {
    const thousands = thousandsMark(tokens, k);
    if (thousands > k) {
      factor *= 1e3;
      k = thousands;
      continue;
    }
    const s = tokens[k];
    const f = s && (SCALE_SUFFIXES.get(s.text) ?? SCALE_WORDS.get(s.lower));
    if (!f || f === 100) break;
    factor *= f;
    k++;
  }
  const u = tokens[k];
  if (u && !currency) {
    const direct = DIRECT_UNITS.get(u.text);
    const word = direct ? null : readUnitWord(tokens, k);
    const after = direct || word ? null : readCurrencyAfter(tokens, k);
    if (direct) {
      unit = direct.unit;
      factor *= direct.factor;
      k++;
    } else if (word) {
      unit = word.unit;
      factor *= word.factor;
      k = word.next;
    } else if (after && !after.ambiguous) {
      currency = after.unit;
      k = after.next;
    } else if (u.type === 'word') {
      // "(kt)", "(Moz)", "(tonnes)", "('000 t)": goods, in the scale the prefix says; "(bn cans)",
      // "(mn copies)": a counted noun after a scale.
      const goods = goodsSymbol(u.text);
      const counted = goods || factor === 1 ? null : matchCountNoun(tokens, k, false);
      if (goods) {
        unit = goods.unit;
        factor *= goods.factor;
        k++;
      } else if (counted) {
        unit = counted.unit;
        k = counted.next;
      }
    }
  }
  if (tokens[k]?.text !== ')' || k === from) return null;
  return { currency, unit, factor };
}

/**
 * The item a header's figures are per: "Revenue per outpatient visit (THB)" -> "visit", "Sales per
 * store" -> "store"; lower-case words narrowing the item ("outpatient") are no item of their own.
 */
function headerPer(tokens: readonly Token[]): string | null {
  const at = tokens.findIndex((t) => t.lower === 'per');
  if (at < 0) return null;
  const p = readPer(tokens, at);
  if (!p) return null;
  let last = p.next - 1;
  for (let k = p.next; k < p.next + 2 && tokens[k]?.type === 'word' && tokens[k]!.text === tokens[k]!.lower && tokens[k]!.spaced; k++) last = k;
  return last === p.next - 1 ? p.per : singular(tokens[last]!.lower);
}

/** "'000", "000", "000s" at token k, the accountants' "in thousands": the token after it, or k when none stands there. */
function thousandsMark(tokens: readonly Token[], k: number): number {
  let j = k;
  if (APOSTROPHES.has(tokens[j]?.text ?? '') && tokens[j + 1] && !tokens[j + 1]!.spaced) j++;
  const t = tokens[j];
  if (t?.type !== 'num' || t.text !== '000') return k;
  j++;
  return tokens[j]?.text === 's' && !tokens[j]!.spaced ? j + 1 : j;
}

const APOSTROPHES = new Set(["'", '’', '‘']);

interface HeaderInfo {
  kind: ClaimKind;
  change: boolean;
  unit: HeaderUnit | null;
  /** "Revenue per outpatient visit (THB)", "Sales per store (¥)": its cells are per that item, never totals. */
  per: string | null;
  /** "Net loss", "Operating loss" (not "Net income (loss)"): its money figures are negative. */
  loss: boolean;
}
// Every cell of a column reads the same header: read it once.
const headerCache = new TextMemo<HeaderInfo>(SEGMENT_READINGS);

function headerInfo(header: string): HeaderInfo {
  return (
    headerCache.get(header) ??
    headerCache.keep(header, (own) => {
      const tokens = tokenize(own);
      const loss = tokens.some((t) => LOSS_NOUNS.has(t.lower)) && !tokens.some((t) => GAIN_NOUNS.has(t.lower));
      return { kind: moneyKindOf(tokens), change: CHANGE_HEADER.test(own), unit: headerUnit(tokens), loss, per: headerPer(tokens) };
    })
  );
}

function applyCell(tokens: readonly Token[], found: readonly TokenClaim[], cell: CellContext, ref: RefDate): void {
  // "(1.2)" alone in a cell is an accounting negative.
  for (const f of found) {
    const c = f.claim;
    if (tokens[f.start - 1]?.text === '(' && tokens[f.end]?.text === ')' && (c.value ?? c.low ?? 0) > 0) {
      if (c.value !== null) c.value = -c.value;
      else [c.low, c.high] = [-c.high!, -c.low!];
    }
  }
  const header = cell.header;
  const column = header ? headerInfo(header) : null;
  // A row label ("Revenue", "Capex ($bn)", "Users (mn)") names what a row's cells are when the column header does not.
  const row = cell.rowLabel ? headerInfo(cell.rowLabel) : null;
  // The top-left cell ("(€m)") states the unit of the whole table.
  const corner = cell.corner ? headerInfo(cell.corner) : null;
  if (column || row) {
    // A corner counts only for money or a scale ("(€m)", "USD bn"), not a noun ("GPU" over a list of models).
    const cornerUnit = corner?.unit && (corner.unit.money || corner.unit.factor !== 1) ? corner.unit : null;
    const hu = column?.unit ?? row?.unit ?? cornerUnit;
    const per = column?.per ?? row?.per ?? null;
    const kind = column && column.kind !== 'money' ? column.kind : (row?.kind ?? 'money');
    const change = column?.change || row?.change;
    for (const f of found) {
      const c = f.claim;
      // "$12.5" under "Revenue ($bn)": the header's scale applies to a cell in its currency that states none.
      if (hu && hu.money && hu.factor !== 1 && c.unit === hu.unit && !hasScaleToken(tokens, f.start, f.end)) {
        const scale = (n: number | null): number | null => (n === null ? null : clean(n * hu.factor));
        c.value = scale(c.value);
        c.low = scale(c.low);
        c.high = scale(c.high);
        c.precision = clean(c.precision * hu.factor);
      }
      if (hu && c.unit === 'count' && !c.noun) {
        const scale = (n: number | null): number | null => (n === null ? null : clean(n * hu.factor));
        c.value = scale(c.value);
        c.low = scale(c.low);
        c.high = scale(c.high);
        c.precision = hu.factor !== 1 || hu.unit === 'percent' ? clean(Math.max(c.precision <= 0.5 ? c.precision : 0.5, 0) * hu.factor) : c.precision;
        c.unit = hu.unit;
        if (c.kind === 'count') c.kind = kindOfUnit(hu.unit, hu.money);
      }
      // Per an item, it is never a total ("| Revenue per outpatient visit (THB) | 3,420 |"): a price, or a count per item.
      if (per && !c.unit.includes('/') && c.kind !== 'percent' && c.kind !== 'growth' && c.unit !== 'percent') {
        c.unit = `${c.unit}/${per}`;
        if (isCurrencyUnit(c.unit.split('/')[0]!)) c.kind = 'money';
      }
      if ((column?.loss || (!column?.unit && row?.loss)) && isCurrencyUnit(c.unit) && (c.value ?? c.high ?? 0) > 0) {
        if (c.value !== null) c.value = -c.value;
        else [c.low, c.high] = [-c.high!, -c.low!];
      }
      if (c.kind === 'money' && kind !== 'money') c.kind = kind;
      else if (change && (c.kind === 'percent' || c.kind === 'bps' || c.kind === 'multiple')) c.kind = 'growth';
    }
  }
  if (!found.some((f) => !f.claim.time)) return;
  const time = (header !== undefined && cell.headerStart !== undefined ? cellTime(header, cell.headerStart, ref, 'one') : null) ?? (cell.rowTime ? cellTime(cell.rowTime.text, cell.rowTime.start, ref, cell.rowTime.whole ? 'whole' : 'first') : null);
  if (time) for (const f of found) f.claim.time ??= time;
}

function hasScaleToken(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (t.type === 'num' ? t.exp !== 0 : SCALE_WORDS.has(t.lower) || (!t.spaced && SCALE_SUFFIXES.has(t.text))) return true;
  }
  return false;
}

/**
 * How a cell states its period: a header exactly one ("2025", "Q2 2025", "Revenue FY25"); a time
 * cell its first ("2025-06-30", "Q2 2025", "June 2025"); a row label only as the whole cell
 * ("2023/24", "FY2024"; not "H100 (2023)").
 */
type CellTimeMode = 'one' | 'first' | 'whole';

function cellTime(text: string, start: number, ref: RefDate, mode: CellTimeMode): TimeRef | null {
  // Every cell of a row (and of a column) asks for the same text: read it once per reference date.
  const key = `${mode}${ref.year}-${ref.month}-${ref.day}\u0000${text}`;
  let found = cellTimeCache.get(key);
  // The key holds the text, so the reading is made from the key's own copy.
  if (found === undefined) found = cellTimeCache.keep(key, (own) => readCellTime(own.slice(key.length - text.length), ref, mode));
  return found && { ...found.ref, span: { start: start + found.start, end: start + found.end } };
}

const cellTimeCache = new TextMemo<{ ref: TimeRef; start: number; end: number } | null>(SEGMENT_READINGS);

function readCellTime(text: string, ref: RefDate, mode: CellTimeMode): { ref: TimeRef; start: number; end: number } | null {
  if (!/\d|[a-z]{3}/i.test(text)) return null;
  const tokens = tokenize(text);
  const { phrases } = findTimes(tokens, text, ref, (j) => unitStartsAt(tokens, j));
  const stated = phrases.filter((p) => p.ref.iso !== null || (mode === 'first' && p.ref.latest));
  if (stated.length === 0 || (mode !== 'first' && stated.length !== 1)) return null;
  const p = stated[0]!;
  if (mode === 'whole' && (p.start !== 0 || p.end !== tokens.length)) return null;
  return { ref: p.ref, start: tokens[p.start]!.start, end: tokens[p.end - 1]!.end };
}

function findClaims(tokens: readonly Token[], consumed: Uint8Array, base: number, inTableCell: boolean): TokenClaim[] {
  const out: TokenClaim[] = [];
  let lastName = -2;
  for (let i = 0; i < tokens.length; ) {
    if (consumed[i]) {
      i++;
      continue;
    }
    const t = tokens[i]!;
    if (t.type === 'word') {
      const growth = readGrowthWord(tokens, i, consumed, base);
      if (growth) {
        out.push(growth);
        i = growth.end;
        continue;
      }
      const multiple = readMultipleWord(tokens, i, consumed, base);
      if (multiple) {
        out.push(multiple);
        i = multiple.end;
        continue;
      }
      const share = readShare(tokens, i, base);
      if (share) {
        out.push(share);
        i = share.end;
        continue;
      }
    }
    // "000" is the accountants' "in thousands" ("(£'000)", "('000 t)"), never a figure: zero is written "0".
    if (t.type === 'num' && t.text === '000') {
      i++;
      continue;
    }
    const after = tokens[i + 1]?.lower;
    const ratio = (after === 'in' || after === 'out') && (t.type === 'num' || isNumberWord(t.lower)) ? readRatio(tokens, i, consumed, base) : null;
    if (ratio) {
      out.push(ratio);
      i = ratio.end;
      continue;
    }
    const q = mayStartQuantity(t) ? readQuantity(tokens, i) : null;
    if (!q || anyConsumed(consumed, q.numStart, q.numEnd)) {
      i++;
      continue;
    }
    const range = readRange(tokens, q, consumed);
    const hasUnit = q.currency !== null || q.hasScale || q.unitKnown || (range !== null && (range.currency !== null || range.hasScale || range.unitKnown));
    // A currency before the number makes it money, whatever word stands before ("EUR 3.2m").
    const prefixed = q.currency !== null && q.numStart !== i;
    if (isConfidenceLevel(tokens, q.end)) {
      i = q.end;
      continue;
    }
    if (!q.words && !prefixed && isNamePart(tokens, q.numStart, q.numEnd, hasUnit || q.numStart !== i, lastName === q.numStart - 1, inTableCell)) {
      lastName = q.numStart;
      // "405B" after a name: skip its suffix as well.
      i = q.numStart === i && hasUnit && !q.currency ? Math.max(q.numEnd, q.end) : q.numEnd;
      continue;
    }
    if (range) {
      out.push(makeRange(tokens, q, range, base));
      i = range.end;
      continue;
    }
    // A number word is a quantity only with a scale, a currency or a known unit ("four months"),
    // not with an ordinary noun ("two entities", "one of the").
    if (q.words && !hasUnit) {
      i = q.numEnd;
      continue;
    }
    // A bare number hyphenated to a word that is no noun is an adjective ("0-based", "2-tiered").
    if (!q.unit && !q.currency && !q.hasScale && tokens[q.end]?.text === '-' && !tokens[q.end]!.spaced && tokens[q.end + 1]?.type === 'word' && !tokens[q.end + 1]!.spaced) {
      i = q.end + 2;
      continue;
    }
    out.push(relateToEarlier(tokens, makeSingle(tokens, subjectUnit(tokens, inheritUnit(tokens, q, out), out), base), out));
    i = q.end;
  }
  return inPercentagePoints(out);
}

const COMPARISON_WORDS = new Set(['from', 'versus', 'vs', 'than', 'against', 'with']);
/** Comparison words that may take "the" before the figure ("than the 161 million"; not "from the 2,150 centers", a source). */
const THE_COMPARED: ReadonlySet<string> = new Set([...COMPARISON_WORDS].filter((w) => w !== 'from' && w !== 'with'));
/** Whether the token at `k` is "the" after such a word or "compared with": the article is no part of the comparison. */
const comparedWithThe = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.lower === 'the' && (THE_COMPARED.has(tokens[k - 1]?.lower ?? '') || (tokens[k - 1]?.lower === 'with' && tokens[k - 2]?.lower === 'compared'));

/**
 * "Varga's support is up 2 points from October": a change counted in points is in percentage
 * points (basis points, a hundred each), unless the sentence counts points as a level too
 * ("averaged 28.4 points per game, up 3.1 points", "rose 30 points to close at 9,712 points");
 * "scored 30 points" is no change and stays a count.
 */
function inPercentagePoints(claims: TokenClaim[]): TokenClaim[] {
  const inPoints = (c: TokenClaim['claim']): boolean => /^point\b/.test(c.unit);
  if (!claims.some((t) => t.claim.kind === 'growth' && t.claim.unit === 'point') || claims.some((t) => t.claim.kind !== 'growth' && inPoints(t.claim))) return claims;
  return claims.map((t) => {
    const c = t.claim;
    return c.kind === 'growth' && c.unit === 'point' && c.value !== null ? { ...t, claim: { ...c, unit: 'bps', value: clean(c.value * 100), precision: clean(c.precision * 100) } } : t;
  });
}

/**
 * A bare figure compared with an earlier claim of the sentence takes that claim's unit:
 * "400 million weekly users, up from 300 million" -> 300 million users; an amount in its
 * currency what the price it is compared with is per: "fell to 9.5 cents per watt, from 11.2
 * cents" -> 11.2 cents per watt.
 */
function inheritUnit(tokens: readonly Token[], q: Quantity, earlier: readonly TokenClaim[]): Quantity {
  if (q.unit || q.per || earlier.length === 0) return q;
  // "4.3% more than the 161 million of 2023", "compared with the 7.2 million": the article is no part of the comparison.
  const prev = tokens[q.start - (comparedWithThe(tokens, q.start - 1) ? 2 : 1)]?.lower ?? '';
  // (Or a part of it: "498 aircraft in the first nine months, including 172 in the third quarter", or its parallel:
  // "Arabica output is put at 38.1 million bags and conilon at 17.6 million".)
  // "runs 3,180 stores, 2,250 of them in Latin America": some of the things just counted.
  const some = ofThem(tokens, q.end);
  if (!COMPARISON_WORDS.has(prev) && prev !== 'including' && !some && !(prev === '.' && tokens[q.start - 2]?.lower === 'vs') && !parallelAt(tokens, q.start, earlier)) return q;
  const source = levelBefore(tokens, earlier, q.start, prev === 'including' || some, q.raw * q.scale);
  if (!source || source.unit === 'count') return q;
  if (some && (!countsThings(source.unit) || source.value === null || q.raw * q.scale > source.value)) return q;
  const slash = source.unit.indexOf('/');
  const base = slash < 0 ? source.unit : source.unit.slice(0, slash);
  const isMoney = isCurrencyUnit(base);
  // (Not a total after a price per share: "$1.07 billion, or $3.93 per share, compared with $1.25 billion".)
  if (q.currency) return isMoney && slash > 0 && q.currency === base && sameOrder(q.raw * q.scale, source.value) ? { ...q, per: source.unit.slice(slash + 1) } : q;
  return { ...q, currency: isMoney ? base : null, unit: isMoney ? null : source.unit, per: isMoney && slash > 0 ? source.unit.slice(slash + 1) : null, unitKnown: true };
}

/** "2,250 of them", "40 of those": a figure followed by "of" and a pronoun for what was just counted. */
const ofThem = (tokens: readonly Token[], end: number): boolean => tokens[end]?.lower === 'of' && /^(?:them|those|these)$/.test(tokens[end + 1]?.lower ?? '');

/** "… at 38.1 million bags and conilon at 17.6 million": a figure after "and", a word and "at", as the figure before it was. */
function parallelAt(tokens: readonly Token[], start: number, earlier: readonly TokenClaim[]): boolean {
  const last = earlier[earlier.length - 1]!;
  if (tokens[start - 1]?.lower !== 'at' || tokens[last.start - 1]?.lower !== 'at') return false;
  const and = tokens[start - 3]?.lower === 'and' ? start - 3 : tokens[start - 4]?.lower === 'and' ? start - 4 : -1;
  return and > last.end - 1 && and - last.end <= 4 && tokens.slice(and + 1, start - 1).every((t) => t.type === 'word');
}

/**
 * The claim a bare figure after a comparison word is compared with (or `part` of): the last one, else past a
 * change right before the word the level that change is of ("1,412 wildfires, down 15% from 1,655").
 */
function levelBefore(tokens: readonly Token[], earlier: readonly TokenClaim[], start: number, part: boolean, value: number): TokenClaim['claim'] | undefined {
  const last = earlier[earlier.length - 1]!;
  if (last.claim.kind !== 'growth') return part ? last.claim : ofItsOrder(earlier, value) ?? last.claim;
  const level = earlier[earlier.length - 2];
  // Only the word itself between a relative change and the figure (a change in points starts from a percent), and
  // a few words between the level and the change (", down", "in fiscal 2025, which ended on 30 September, up");
  // a part is of the level, past its change ("498 aircraft …, 15% more than a year earlier, including 172").
  return level && level.claim.kind !== 'growth' && last.claim.unit === 'percent' && (part || comparedRightAfter(tokens, last.end, start)) && last.start - level.end <= 12 ? level.claim : undefined;
}

/** Words between a change and the figure it sets the level against: "from", "more than the", "higher than". */
const CHANGE_TO_FIGURE: ReadonlySet<string> = new Set([...COMPARISON_WORDS, 'the', 'more', 'less', 'higher', 'lower', 'fewer', 'above', 'below']);
const comparedRightAfter = (tokens: readonly Token[], from: number, to: number): boolean =>
  to - from >= 1 && to - from <= 3 && COMPARISON_WORDS.has(tokens[to - 1]?.lower === 'the' ? (tokens[to - 2]?.lower ?? '') : (tokens[to - 1]?.lower ?? '')) && tokens.slice(from, to).every((t) => CHANGE_TO_FIGURE.has(t.lower));

/**
 * "let 74,000 beds in 162 properties across 27 cities, up from 70,500": a figure compared with the
 * last one of another order of size (162, 27) is compared with the nearest before it of its own
 * (74,000 beds), a level the others only place.
 */
function ofItsOrder(earlier: readonly TokenClaim[], value: number): TokenClaim['claim'] | undefined {
  if (sameOrder(value, earlier[earlier.length - 1]!.claim.value)) return undefined;
  for (let i = earlier.length - 2; i >= 0; i--) {
    const c = earlier[i]!.claim;
    if (c.kind !== 'growth' && sameOrder(value, c.value)) return c;
  }
  return undefined;
}

/** Whether two amounts are within ten times of each other: a price compared with a price. */
function sameOrder(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && a !== 0 && b !== 0 && Math.abs(a / b) <= 10 && Math.abs(b / a) <= 10;
}

/** After a change, the words that set it against an earlier time ("from a year earlier", "on 2024", "than", "year on year"). */
const COMPARED_FROM = new Set(['from', 'than', 'on', 'over', 'versus', 'vs', 'compared', 'year', 'quarter', 'yoy', 'qoq', 'sequentially']);

/**
 * "rose 3.3% and 7.6%, respectively", "…were 1,642 cars and 14.8%, respectively, up 8% and 17%":
 * the next percent of a run of changes paired with their measures is a change too.
 */
function respectiveChange(tokens: readonly Token[], made: TokenClaim, prev: TokenClaim, k: number): boolean {
  if (made.claim.kind !== 'percent' || prev.claim.unit !== 'percent' || k !== prev.end) return false;
  const after = tokens[made.end]?.text === ',' ? made.end + 1 : made.end;
  if (tokens[after]?.lower === 'respectively') return true;
  // After "respectively, up": the run ends the sentence, or its comparison follows.
  const next = tokens[made.end];
  return (!next || next.type === 'sym' || COMPARED_FROM.has(next.lower)) && RESPECTIVELY_THEN_CHANGE.has(tokens[prev.start - 1]?.lower ?? '') && tokens[prev.start - 2]?.text === ',' && tokens[prev.start - 3]?.lower === 'respectively';
}

/** The change word after ", respectively," that opens a run of changes. */
const RESPECTIVELY_THEN_CHANGE: ReadonlySet<string> = new Set(['up', 'down', 'rising', 'falling', 'growing']);

/**
 * A money figure that restates the claim just before it (", or US$30.07 billion", "(US$30.07
 * billion)") is the same figure: it takes that claim's kind and, later, its time. One compared
 * with it ("to $85 billion, from $75 billion", "versus $1.5 billion") takes its kind.
 */
function relateToEarlier(tokens: readonly Token[], made: TokenClaim, earlier: readonly TokenClaim[]): TokenClaim {
  const prev = earlier[earlier.length - 1];
  if (!prev) return made;
  let k = made.start - 1;
  // "compared with the $2.1 billion of a year earlier": past the article, as inheritUnit reads it.
  if (comparedWithThe(tokens, k)) k--;
  const w = tokens[k];
  // "up 15.4% from the previous quarter and 8.8% from a year earlier": a second percent set against another time is the same kind of change.
  // So is a bare count after a count added, of its unit: "added 900,000 customers in the quarter and 3.4 million over the year".
  const countAdded = made.claim.unit === 'count' && made.claim.kind === 'count' && isCounted(prev.claim.unit) && tokens[made.end]?.type === 'word';
  // (And "up 9% on a constant-currency basis and 7.7% as reported": the same change on another basis.)
  const asReported = tokens[made.end]?.lower === 'as' && tokens[made.end + 1]?.lower === 'reported';
  const sameChange = (made.claim.kind === 'percent' && prev.claim.unit === 'percent' && (COMPARED_FROM.has(tokens[made.end]?.lower ?? '') || asReported)) || countAdded;
  // "fell 1.9% and 4.5% year on year": a change right after "and" with no direction of its own falls as the one before it.
  if (w?.lower === 'and' && k === prev.end && prev.claim.kind === 'growth' && made.claim.kind === 'growth' && (made.claim.value ?? 0) > 0 && (prev.claim.value ?? 0) < 0 && /^\d/.test(tokens[made.start]!.text)) {
    made.claim.value = -made.claim.value!;
    return made;
  }
  if (w?.lower === 'and' && k - prev.end <= 8 && prev.claim.kind === 'growth' && (made.claim.value ?? 0) > 0 && (sameChange || respectiveChange(tokens, made, prev, k))) {
    made.claim.kind = 'growth';
    if (countAdded) made.claim.unit = prev.claim.unit;
    if ((prev.claim.value ?? prev.claim.low ?? 0) < 0) made.claim.value = -made.claim.value!;
    return made;
  }
  let restates = false;
  if (w?.text === '(' && k === prev.end) restates = true;
  else if (w?.lower === 'or') {
    k--;
    if (tokens[k]?.text === ',') k--;
    restates = k + 1 === prev.end;
  } else if (!(w && (COMPARISON_WORDS.has(w.lower) || (w.text === '.' && tokens[k - 1]?.lower === 'vs')))) return made;
  const claim = made.claim;
  if (claim.kind === 'money' && isCurrencyUnit(prev.claim.unit) && (restates || prev.claim.unit === claim.unit)) {
    claim.kind = prev.claim.kind === 'growth' ? claim.kind : prev.claim.kind;
  }
  // "increased by $47 million, or 12.9%": the same change as a percent, in its direction.
  if (restates && w?.lower === 'or' && claim.kind === 'percent' && prev.claim.kind === 'growth' && claim.value !== null && claim.value > 0) {
    claim.kind = 'growth';
    if ((prev.claim.value ?? prev.claim.low ?? 0) < 0) claim.value = -claim.value;
  }
  return restates ? { ...made, restates: prev } : made;
}

// Subjects that name what a bare figure counts: "Headcount grew to 12,000", "Weekly users hit 400 million".
const SUBJECT_UNITS: ReadonlyMap<string, string> = new Map([
  ['headcount', 'people'], ['employees', 'people'], ['staff', 'people'], ['workforce', 'people'],
  ['users', 'users'], ['maus', 'users'], ['daus', 'users'], ['waus', 'users'], ['subscribers', 'users'],
]);

/** A bare figure after its subject in the same clause takes the subject's unit, unless another figure stands between. */
function subjectUnit(tokens: readonly Token[], q: Quantity, earlier: readonly TokenClaim[]): Quantity {
  if (q.unit || q.currency || q.words || q.noun) return q;
  const floor = Math.max(0, q.start - 8, earlier.length > 0 ? earlier[earlier.length - 1]!.end : 0);
  for (let k = q.start - 1; k >= floor; k--) {
    const t = tokens[k]!;
    if (t.type === 'num' || (t.type === 'sym' && t.text !== ':' && t.text !== '(')) return q;
    const unit = SUBJECT_UNITS.get(t.lower);
    if (unit) return { ...q, unit, unitKnown: true };
  }
  return q;
}

/** Cheap filter before readQuantity: a number, a sign or currency symbol, or a word that can open one. */
function mayStartQuantity(t: Token): boolean {
  if (t.type === 'num') return true;
  if (t.type === 'sym') return t.text !== '.' && t.text !== ',';
  const c = t.text.charCodeAt(0);
  // Currency codes and "US$" prefixes are upper case; number words are in the table.
  return (c >= 65 && c <= 90 && t.text.length <= 3) || isNumberWord(t.lower) || t.lower === 'a' || t.lower === 'an' || t.lower === 'half' || (t.text.length <= MAX_CURRENCY_WORD && mayOpenCurrency(t.text));
}

function anyConsumed(consumed: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (consumed[k]) return true;
  return false;
}

// ---------------------------------------------------------------- single values and ranges

interface Hedging {
  bound: Bound;
  approx: boolean;
  /** Token where the hedge (or the claim, without hedge) starts, for direction words before it. */
  before: number;
  after: number;
}

function hedging(tokens: readonly Token[], start: number, end: number, plus: boolean, unit: string): Hedging {
  let pre = hedgeBefore(tokens, start);
  // "over four years" is a span of time, not "more than four years".
  if (pre && DURATION_UNITS.has(unit) && tokens[pre.start]!.lower === 'over' && pre.start === start - 1) pre = null;
  const post = hedgeAfter(tokens, end);
  let bound: Bound = pre?.bound ?? post?.bound ?? 'eq';
  const approx = (pre?.approx ?? false) || (post?.approx ?? false);
  if (plus && bound === 'eq') bound = 'gte';
  return { bound, approx, before: pre ? pre.start : start, after: post ? post.next : end };
}

function unitOf(q: Quantity): Unit {
  if (q.currency) return q.per ? `${q.currency}/${q.per}` : q.currency;
  return q.per ? `${q.unit ?? 'count'}/${q.per}` : (q.unit ?? 'count');
}

function kindFor(tokens: readonly Token[], q: Quantity, start: number, end: number, changed: boolean): ClaimKind {
  if (changed || q.fold) return 'growth';
  const kind = kindOfUnit(unitOf(q), q.currency !== null);
  // A price ("$60/MWh") is money per something, never revenue or capex.
  if (kind !== 'money' || q.per) return kind;
  const [from, to] = kindClause(tokens, start, end);
  return refineMoneyKind(tokens, start, end, from, to);
}

/** Whether a unit counts things (GPUs, people, acres, buildings), not money (per item too), a share or a time. */
function isCounted(unit: Unit): boolean {
  return countsThings(unit) && !isCurrencyUnit(unit.split('/')[0]!);
}

/** Words after a figure that make it a figure per item: "seat 189 passengers each", "$25 apiece". */
const EACH_AFTER = new Set(['each', 'apiece']);

/** "each investing $150 million", "each adds 40 GPUs": "each" and a verb right before the figure. */
function eachBefore(tokens: readonly Token[], start: number): boolean {
  const verb = tokens[start - 1];
  return tokens[start - 2]?.lower === 'each' && verb?.type === 'word' && /(?:ing|ed|s)$/.test(verb.lower);
}

function makeSingle(tokens: readonly Token[], given: Quantity, base: number): TokenClaim {
  // A bare count too: "Prescriptions per store averaged about 178,000" counts per store.
  const q = (given.currency || given.unit === null) && !given.per ? withPerBefore(tokens, given) : given;
  const written = unitOf(q);
  const h = hedging(tokens, q.start, q.end, q.plus, written);
  // Per item, it is never a total: no metric of totals fits it.
  const unit = EACH_AFTER.has(tokens[h.after]?.lower ?? '') || eachBefore(tokens, h.before) ? `${written}/each` : written;
  // "a net loss of $3.1 billion", "lost $2 billion", "a $3.1 billion operating loss": a negative amount, not a change.
  const loss = q.currency !== null && !q.per && isLoss(tokens, h.before, h.after);
  const down = loss ? null : (directionBefore(tokens, h.before, isCounted(unit), q.hasScale) ?? directionAfter(tokens, h.after, unit));

  // "+25%", "(+12.9% y/y)": a percent with a plus sign is a change (a minus one may be a level: a margin of -0.6%).
  const changed = down !== null || (unit === 'percent' && tokens[q.start]?.text === '+');
  // "negative $500 million", "minus 3%"
  const said = tokens[h.before - 1]?.lower;
  const negative = q.negative || loss || down === 'down' || said === 'negative' || said === 'minus';
  const magnitude = clean(q.raw * q.scale);
  // A multiple that falls ("costs fell 10x") is a factor below one, not a negative factor.
  const inverted = unit === 'x' && down === 'down' && magnitude !== 0;
  const value = inverted ? clean(1 / magnitude) : negative ? -magnitude : magnitude;
  const stated = precisionOf({ raw: q.raw, decimals: q.decimals, scale: q.scale, unit, words: q.words });
  const claim: ExtractedClaim = {
    offset: { start: base + tokens[q.start]!.start, end: base + tokens[q.end - 1]!.end },
    kind: kindFor(tokens, q, q.start, q.end, changed),
    value,
    low: null,
    high: null,
    unit,
    bound: h.bound,
    approx: h.approx,
    // 1/x moves by dx/x² when x moves by dx.
    precision: inverted ? clean(stated / (magnitude * magnitude)) : stated,
    time: null,
  };
  const noun = nounText(tokens, q);
  if (noun) claim.noun = noun;
  if (changed && isCounted(unit) && tradedBefore(tokens, h.before)) claim.traded = { kind: kindFor(tokens, q, q.start, q.end, false), value: magnitude };
  return { start: q.start, end: q.end, claim };
}

/** After a figure of a run: another figure follows. */
const RUN_GOES_ON: ReadonlySet<string> = new Set(['and', ',']);

const PER_LINKS = new Set([':', 'was', 'were', 'is', 'are', 'of', 'at', 'reached', 'hit', 'stood', 'totaled', 'totalled', 'averaged', 'about', 'around', 'roughly', 'nearly', 'over',
  // "Net gaming revenue per payer came to about $270", "rose to $48".
  'came', 'comes', 'amounted', 'to', 'rose', 'fell', 'climbed', 'grew', 'increased', 'decreased', 'dropped', 'slipped', 'improved']);

/**
 * "Revenue per employee was $1.2 million", "ARPU (average revenue per user) of $48": the amount is
 * per that noun, like "$48 per user" ('USD/employee'), never a company total; a bare count the same ('count/store').
 */
function withPerBefore(tokens: readonly Token[], q: Quantity): Quantity {
  // "Closed orders and fee per file were 98,400 and $4,310, respectively": a run's first figure is of the list's first item.
  if (RUN_GOES_ON.has(tokens[q.end]?.lower ?? '') && tokens[q.end + 1]?.type !== 'word' && tokens.some((t) => t.lower === 'respectively')) return q;
  let k = q.start - 1;
  for (let n = 0; n < 4 && PER_LINKS.has(tokens[k]?.lower ?? ''); n++) k--;
  const noun = tokens[k];
  if (!noun || noun.type !== 'word') return q;
  // "earnings per diluted share"
  const at = tokens[k - 1]?.lower === 'per' ? k - 1 : tokens[k - 2]?.lower === 'per' ? k - 2 : tokens[k - 3]?.lower === 'per' ? k - 3 : -1;
  if (at < 0) return q;
  const per = readPer(tokens, at);
  if (per && per.next === k + 1) return { ...q, per: per.per };
  // "Revenue per daily user", "per paying subscriber", "per monthly unique payer": words narrowing the noun are no unit of their own.
  const lower = (t: Token): boolean => t.type === 'word' && t.text === t.lower;
  const narrowed = at <= k - 2 && per !== null && per.next <= k && per.next > at && tokens.slice(per.next, k).every(lower) && noun.text === noun.lower;
  return narrowed ? { ...q, per: singular(noun.lower) } : q;
}

export const LOSS_NOUNS: ReadonlySet<string> = new Set(['loss', 'losses', 'deficit', 'shortfall']);
const GAIN_NOUNS = new Set(['income', 'profit', 'profits', 'earnings', 'gain', 'gains']);
const LOSS_VERBS = new Set(['lost', 'loses', 'lose', 'losing']);
const LOSS_LINKS = new Set([':', 'of', 'was', 'were', 'is', 'at', 'to', 'totaled', 'totalled', 'reached', 'widened', 'narrowed']);
const LOSS_ADJECTIVES = new Set(['net', 'operating', 'pre-tax', 'pretax', 'quarterly', 'annual', 'adjusted', 'gaap']);

/** A loss word next to a money figure: "loss of", "losses were", "lost", or "loss" right after it. */
function isLoss(tokens: readonly Token[], before: number, after: number): boolean {
  let k = before - 1;
  if (LOSS_VERBS.has(tokens[k]?.lower ?? '')) return true;
  while (LOSS_LINKS.has(tokens[k]?.lower ?? '') && k > before - 3) k--;
  if (LOSS_NOUNS.has(tokens[k]?.lower ?? '')) return true;
  let j = after;
  while (LOSS_ADJECTIVES.has(tokens[j]?.lower ?? '') && j < after + 2) j++;
  return LOSS_NOUNS.has(tokens[j]?.lower ?? '');
}

function nounText(tokens: readonly Token[], q: Quantity): string | null {
  if (!q.noun || q.noun.end <= q.noun.start) return null;
  const first = tokens[q.noun.start]!;
  const last = tokens[q.noun.end - 1]!;
  // Rebuild from tokens so masked markdown between words reads as one space.
  let s = '';
  for (let k = q.noun.start; k < q.noun.end; k++) s += (k > q.noun.start && tokens[k]!.spaced ? ' ' : '') + tokens[k]!.text;
  return first && last ? s : null;
}

/** "$8 billion to $10 billion", "$8–10 billion", "4% to 6%", "3-5x", "between 20 and 30 percent". */
function readRange(tokens: readonly Token[], a: Quantity, consumed: Uint8Array): Quantity | null {
  // Connect after the full first quantity, or right after its number ("$8–10 billion").
  const at = a.noun || a.unit || a.hasScale ? a.end : a.numEnd;
  const c = tokens[at];
  if (!c) return null;
  const between = tokens[a.start - 1]?.lower === 'between';
  const isDash = c.text === '-' || c.text === '–' || c.text === '—';
  const isWord = c.lower === 'to' || c.lower === 'through' || (c.lower === 'and' && between);
  if (!isDash && !isWord) return null;
  // "rose from 40% to 60%" states two levels, not a range.
  if (c.lower === 'to' && tokens[a.start - 1]?.lower === 'from' && isChangeVerb(tokens[a.start - 2]?.lower ?? '')) return null;
  // "rose by $22 million to $289 million", "slipped 3 basis points to 78 bps": a change and the level it reached
  // (the level many times the change), not a range ("expects sales to grow 4% to 6%" stays one).
  const changedBy = c.lower === 'to' && isChangeVerb(tokens[tokens[a.start - 1]?.lower === 'by' ? a.start - 2 : a.start - 1]?.lower ?? '');
  let b = readQuantity(tokens, at + 1);
  if (!b || anyConsumed(consumed, b.numStart, b.numEnd)) return null;
  if (changedBy && a.unit !== 'percent' && b.raw * b.scale >= 4 * a.raw * a.scale) return null;
  // "$80-100/MWh": the price unit after the second end belongs to both.
  if (a.currency && !b.currency && !b.unit && !b.noun) {
    const p = readPer(tokens, b.end, true);
    if (p) b = { ...b, per: p.per, end: p.next };
  }
  if (a.per && b.per && a.per !== b.per) return null;
  // "rose 10% to 400 million", "cut by 10% to 9,000": a change and then a level, not a range.
  if (a.unitKnown && a.unit && !b.unit && !b.currency && !isDash) return null;
  if (b.words !== a.words && isDash) return null;
  // Dashes between words are hyphens; a dash range needs numbers on both sides.
  if (isDash && c.text === '-' && c.spaced !== (tokens[at + 1]!.spaced)) return null;
  const aUnit = a.currency ?? a.unit;
  const bUnit = b.currency ?? b.unit;
  if (aUnit && bUnit && aUnit !== bUnit) return null;
  if (a.currency && b.unit && !b.currency) return null;
  const aScale = a.hasScale ? a.scale : b.scale;
  const bScale = b.hasScale ? b.scale : a.scale;
  const low = (a.negative ? -1 : 1) * a.raw * aScale;
  const high = (b.negative ? -1 : 1) * b.raw * bScale;
  if (!(low < high)) return null;
  // A range of bare number words needs a unit ("four to five months"), like a single one.
  if (a.words && !aUnit && !bUnit && !a.hasScale && !b.hasScale) return null;
  return b;
}

function makeRange(tokens: readonly Token[], a: Quantity, b: Quantity, base: number): TokenClaim {
  const aScale = a.hasScale ? a.scale : b.scale;
  const bScale = b.hasScale ? b.scale : a.scale;
  const merged: Quantity = {
    ...b,
    currency: a.currency ?? b.currency,
    unit: b.unit ?? a.unit,
    unitKnown: a.unitKnown || b.unitKnown,
    noun: b.noun ?? a.noun,
    fold: a.fold || b.fold,
    per: b.per ?? a.per,
  };
  const h = hedging(tokens, a.start, b.end, b.plus, unitOf({ ...a, unit: b.unit ?? a.unit, currency: a.currency ?? b.currency }));
  const between = tokens[a.start - 1]?.lower === 'between';
  // "down from 10–15%": the range after "from" is the earlier level, not a change; it keeps its sign.
  const earlierLevel = tokens[a.start - 1]?.lower === 'from';
  const unit = unitOf(merged);
  const dir = earlierLevel ? null : (directionBefore(tokens, between ? a.start - 1 : h.before, isCounted(unit)) ?? directionAfter(tokens, h.after, unit));
  const sign = dir === 'down' && unit !== 'x' ? -1 : 1;
  let low = clean((a.negative ? -1 : 1) * a.raw * aScale * sign);
  let high = clean((b.negative ? -1 : 1) * b.raw * bScale * sign);
  if (dir === 'down' && unit === 'x' && low > 0) [low, high] = [clean(1 / high), clean(1 / low)];
  if (low > high) [low, high] = [high, low];
  const precision = Math.max(
    precisionOf({ raw: a.raw, decimals: a.decimals, scale: aScale, unit, words: a.words }),
    precisionOf({ raw: b.raw, decimals: b.decimals, scale: bScale, unit, words: b.words }),
  );
  const claim: ExtractedClaim = {
    offset: { start: base + tokens[a.start]!.start, end: base + tokens[b.end - 1]!.end },
    kind: kindFor(tokens, merged, a.start, b.end, dir !== null),
    value: null,
    low,
    high,
    unit,
    bound: h.bound,
    approx: h.approx,
    precision,
    time: null,
  };
  const noun = nounText(tokens, merged);
  if (noun) claim.noun = noun;
  return { start: a.start, end: b.end, claim };
}

// ---------------------------------------------------------------- growth words and shares

/** "doubled" (2x), "tenfold", and "doubling every four to five months" (the doubling time). */
function readGrowthWord(tokens: readonly Token[], i: number, consumed: Uint8Array, base: number): TokenClaim | null {
  const t = tokens[i]!;
  const factor = GROWTH_WORDS.get(t.lower) ?? FOLD_WORDS.get(t.lower);
  if (factor === undefined) return null;
  if (tokens[i + 1]?.lower === 'down' || tokens[i + 1]?.text === '-') return null;
  if (tokens[i + 1]?.lower === 'every') {
    const q = readQuantity(tokens, i + 2);
    if (q && !anyConsumed(consumed, q.numStart, q.numEnd)) {
      const range = readRange(tokens, q, consumed);
      const last = range ?? q;
      const unit = last.unit ?? q.unit;
      if (unit && DURATION_UNITS.has(unit)) {
        const made = range ? makeRange(tokens, q, range, base) : makeSingle(tokens, q, base);
        const claim: ExtractedClaim = {
          ...made.claim,
          offset: { start: base + t.start, end: made.claim.offset.end },
          kind: 'growth',
          bound: hedgeBefore(tokens, i)?.bound ?? 'eq',
          approx: hedgeBefore(tokens, i)?.approx ?? false,
        };
        return { start: i, end: made.end, claim };
      }
    }
  }
  return factorWordClaim(tokens, i, base, 'growth', factor);
}

const MULTIPLE_WORDS: ReadonlyMap<string, number> = new Map([['twice', 2], ['double', 2], ['triple', 3], ['quadruple', 4]]);
// After "double"/"triple": what it is a multiple of ("double the 2020 level", "twice its size").
const MULTIPLE_OF = new Set(['the', 'that', 'those', 'its', 'their', 'our', 'his', 'her', 'what', 'this', 'last']);

/**
 * "twice the capacity", "roughly double the 2020 level" (a multiple, 2x) and "expected to double"
 * (growth, 2x). "twice a year" is a frequency, "double-digit" and "double down" are no figures.
 */
function readMultipleWord(tokens: readonly Token[], i: number, consumed: Uint8Array, base: number): TokenClaim | null {
  const t = tokens[i]!;
  const factor = MULTIPLE_WORDS.get(t.lower);
  if (factor === undefined) return null;
  const next = tokens[i + 1];
  let kind: ClaimKind;
  if (MODALS.has(tokens[i - 1]?.lower ?? '') && t.lower !== 'twice') kind = 'growth';
  else if (t.lower === 'twice') {
    if (next && (next.lower === 'a' || next.lower === 'per' || next.lower === 'each' || next.lower === 'every')) return null;
    if (next && (next.lower === 'as' || next.lower === 'that' || MULTIPLE_OF.has(next.lower) || consumed[i + 1])) kind = 'multiple';
    else return null;
  } else if (next && (MULTIPLE_OF.has(next.lower) || (consumed[i + 1] && next.type === 'word'))) kind = 'multiple';
  else return null;
  return factorWordClaim(tokens, i, base, kind, factor);
}

/** A one-word factor ("doubled", "twice") as a claim in x, hedged by the words before it. */
function factorWordClaim(tokens: readonly Token[], i: number, base: number, kind: ClaimKind, factor: number): TokenClaim {
  const t = tokens[i]!;
  const pre = hedgeBefore(tokens, i);
  return {
    start: i,
    end: i + 1,
    claim: {
      offset: { start: base + t.start, end: base + t.end },
      kind,
      value: factor,
      low: null,
      high: null,
      unit: 'x',
      bound: pre?.bound ?? 'eq',
      approx: pre?.approx ?? false,
      // A number word states half a unit either way, as "2x" does: "doubled" is 1.5–2.5x.
      precision: 0.5,
      time: null,
    },
  };
}

/** A small whole number at token i, in digits or words, and the token after it. */
function smallCount(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.type === 'num') return t.decimals === 0 && !t.grouped && t.value <= 1000 && !isYearToken(t) ? { value: t.value, next: i + 1 } : null;
  const w = readNumberWords(tokens, i);
  return w && Number.isInteger(w.value) ? w : null;
}

/** "one in five enterprises", "1 in 3 users", "two out of three": a share, in percent. */
function readRatio(tokens: readonly Token[], i: number, consumed: Uint8Array, base: number): TokenClaim | null {
  const prev = tokens[i - 1];
  if (prev && CURRENCY_BEFORE.has(prev.text)) return null;
  const a = smallCount(tokens, i);
  if (!a) return null;
  let k = a.next;
  if (tokens[k]?.lower === 'in') k++;
  else if (tokens[k]?.lower === 'out' && tokens[k + 1]?.lower === 'of') k += 2;
  else return null;
  if (consumed[k]) return null;
  const b = smallCount(tokens, k);
  if (!b || !(a.value > 0 && a.value < b.value)) return null;
  // "3 in 10 days" is three of something within ten days.
  if (isDurationNoun(tokens[b.next]?.lower ?? '')) return null;
  const made = share(tokens, i, b.next, Math.round((a.value / b.value) * 1000) / 10, base);
  return made;
}

// Words before a bare "half" / "a third" that make it a share: "fell by half", "about half" ("too low by half" is no figure).
const SHARE_BEFORE = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'approximately', 'than', 'over', 'under', 'some', 'only', 'barely', 'just']);

/** "half of", "a third of", "two-thirds of", "a quarter of", and "by half", "about a third": a share, in percent. */
const RANKED_HALVES = new Set(['lower', 'upper', 'top', 'bottom', 'better', 'worse', 'stronger', 'weaker', 'front', 'back']);

function readShare(tokens: readonly Token[], i: number, base: number): TokenClaim | null {
  const t = tokens[i]!;
  let count = 1;
  let k = i;
  if (t.lower !== 'half' && t.lower !== 'a' && t.lower !== 'one' && !isNumberWord(t.lower)) return null;
  let before = tokens[i - 1]?.lower ?? '';
  // "by" counts only after a change verb ("fell by half", "grew by a third").
  const byChange = (before === 'by' || before === 'in') && directionBefore(tokens, i) !== null;
  if (before === 'by' || before === 'in') before = byChange ? 'about' : '';
  if (t.lower === 'half') {
    // "in the lower half of the range", "the top half of the league": a part of a ranking, no share.
    if (isFractionOfScale(tokens, i + 1) || RANKED_HALVES.has(tokens[i - 1]?.lower ?? '')) return null;
    const next = tokens[i + 1];
    const alone = SHARE_BEFORE.has(before) && (!next || next.type !== 'word' || !/^(?:a|an|of|the|dozen|hour|day|year|month|decade|century)$/.test(next.lower));
    if (!SHARE_FOLLOWERS.has(next?.lower ?? '') && !alone) return null;
    return share(tokens, i, i + 1, 50, base);
  }
  if (t.lower === 'a' || t.lower === 'one') count = 1;
  else if (isNumberWord(t.lower)) count = ['two', 'three', 'four'].indexOf(t.lower) + 2;
  else return null;
  if (count < 1) return null;
  k = i + 1;
  if (tokens[k]?.text === '-' && !tokens[k]!.spaced) k++;
  const f = tokens[k];
  if (!f || f.type !== 'word') return null;
  const per = FRACTIONS.get(f.lower);
  if (per === undefined || f.lower === 'half') return null;
  if (isFractionOfScale(tokens, k + 1)) return null;
  if (tokens[k + 1]?.lower !== 'of') {
    // "by a third", "about a third": alone only after a share word; "a quarter" (else a period) only after a change ("grew by a quarter").
    const after = tokens[k + 1];
    if (!(t.lower === 'a' && (f.lower !== 'quarter' || byChange) && SHARE_BEFORE.has(before) && (!after || after.type !== 'word' || CLAUSE_WORDS.has(after.lower)))) return null;
    return share(tokens, i, k + 1, Math.round(count * per * 10) / 10, base);
  }
  return share(tokens, i, k + 1, Math.round(count * per * 10) / 10, base);
}

const CLAUSE_WORDS = new Set(['and', 'or', 'but', 'in', 'since', 'from', 'over', 'last', 'this', 'year', 'to', 'as', 'while', 'after', 'before', 'between']);

function share(tokens: readonly Token[], start: number, end: number, value: number, base: number): TokenClaim {
  const pre = hedgeBefore(tokens, start);
  // "fell by half", "cut in half", "grew by a third": a change, signed.
  const dir = directionBefore(tokens, pre?.start ?? start);
  return {
    start,
    end,
    claim: {
      offset: { start: base + tokens[start]!.start, end: base + tokens[end - 1]!.end },
      kind: dir ? 'growth' : 'percent',
      value: dir === 'down' ? -value : value,
      low: null,
      high: null,
      unit: 'percent',
      bound: pre?.bound ?? 'eq',
      approx: pre?.approx ?? false,
      precision: 0.5,
      time: null,
    },
  };
}
