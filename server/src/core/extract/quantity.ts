import type { Token } from './lexer';
import { readNumberWords } from './numberWords';
import { goodsSymbol, GOODS_UNITS, MAX_MAGNITUDE, NOUN_ABBREVIATIONS, RATE_SPANS, unitEntry } from '../lexicon';
import {
  compoundScale,
  DIRECT_UNITS,
  priceSymbolAfter,
  readCurrencyAfter,
  readCurrencyBefore,
  readUnitWord,
  SCALE_SUFFIXES,
  SCALE_WORDS,
  UNIT_WORDS,
} from './scales';
import { isCountable, isGluedHyphen, isKnownNounWord, matchCountNoun, matchKnownNoun, perDescribedMass, singular } from './unitNouns';

/** A number with what belongs to it: sign, currency, scale, unit and noun, as token ranges. */
export interface Quantity {
  /** First token of the span (sign or currency or number) and the token after its end. */
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  /** The number as written, before scale ("61.5" in "$61.5B"). */
  raw: number;
  decimals: number;
  /** Written in words ("four", "a dozen"). */
  words: boolean;
  /** Scale word or suffix times the unit's own factor ("GW" -> 1e9); 1 when none. */
  scale: number;
  hasScale: boolean;
  currency: string | null;
  /** Unit other than currency: 'percent', 'x', 'W', a known class or a counted noun. */
  unit: string | null;
  /** The unit comes from a known class or a unit symbol, not from an ordinary noun. */
  unitKnown: boolean;
  /** Token range of the unit noun, when there is one. */
  noun: { start: number; end: number } | null;
  negative: boolean;
  /** "100+", "$4 billion-plus". */
  plus: boolean;
  /** "tenfold", "10-fold". */
  fold: boolean;
  /** What a price is per ("$60/MWh" -> 'MWh', "$2 per GPU-hour" -> 'GPU-hour'), with a currency only. */
  per: string | null;
}

const ANAPHORIC = new Set(['the', 'these', 'those', 'both', 'all', 'its', 'their', 'our']);

const isGlued = (t: Token | undefined): boolean => !!t && !t.spaced;

/** Reads the quantity whose first token (sign, currency or number) is token i. */
export function readQuantity(tokens: readonly Token[], i: number): Quantity | null {
  let k = i;
  let negative = false;
  let currency: string | null = null;
  const t0 = tokens[k];
  if (!t0) return null;
  if ((t0.text === '-' || t0.text === '−' || t0.text === '+') && isGlued(tokens[k + 1]) && (t0.spaced || k === 0 || tokens[k - 1]!.text === '(')) {
    negative = t0.text !== '+';
    k++;
  }
  let ambiguous = false;
  const cur = readCurrencyBefore(tokens, k);
  if (cur) {
    currency = cur.unit;
    ambiguous = cur.ambiguous;
    k = cur.next;
    if ((tokens[k]?.text === '-' || tokens[k]?.text === '−') && isGlued(tokens[k]) && tokens[k + 1]?.type === 'num' && isGlued(tokens[k + 1])) {
      negative = true;
      k++;
    }
  }
  // "$(1.2) billion": accounting parentheses make a negative amount.
  let accounting = false;
  if (currency && tokens[k]?.text === '(' && isGlued(tokens[k]) && tokens[k + 1]?.type === 'num' && isGlued(tokens[k + 1]) && tokens[k + 2]?.text === ')' && isGlued(tokens[k + 2])) {
    negative = true;
    accounting = true;
    k++;
  }

  const n = tokens[k];
  if (!n) return null;
  const numStart = k;
  let raw: number;
  let decimals = 0;
  let words = false;
  let numEnd: number;
  let exp = 0;
  if (n.type === 'num') {
    raw = n.value;
    decimals = n.decimals;
    exp = n.exp;
    numEnd = k + 1;
  } else {
    const w = readNumberWords(tokens, k);
    if (!w) return null;
    raw = w.value;
    words = true;
    // "two and a half", "half a million": one stated decimal.
    decimals = Number.isInteger(raw) ? 0 : 1;
    numEnd = w.next;
  }
  if (!Number.isFinite(raw)) return null;

  let j = accounting ? numEnd + 1 : numEnd;
  let scale = exp === 0 ? 1 : Number(`1e${exp}`);
  let hasScale = exp !== 0;
  let unit: string | null = null;
  let unitKnown = false;
  let fold = false;
  let plus = false;
  const s = tokens[j];
  if (s && s.type === 'word') {
    if (!words && !s.spaced && SCALE_SUFFIXES.has(s.text)) {
      scale *= SCALE_SUFFIXES.get(s.text)!;
      hasScale = true;
      j++;
    } else if (s.spaced && SCALE_WORDS.has(s.lower) && !(words && s.lower === 'hundred')) {
      // "1.5 lakh crore", "a quarter of a billion" (read by the number words), "2 thousand crore"
      const compound = compoundScale(tokens, j + 1, SCALE_WORDS.get(s.lower)!);
      scale *= compound.scale;
      hasScale = true;
      j = compound.next;
    }
  } else if (isGluedHyphen(tokens, j) && SCALE_WORDS.has(tokens[j + 1]!.lower)) {
    // "a $5-billion round", "a 5-billion-dollar deal"
    scale *= SCALE_WORDS.get(tokens[j + 1]!.lower)!;
    hasScale = true;
    j += 2;
    const after = isGluedHyphen(tokens, j) && !currency ? readCurrencyAfter(tokens, j + 1, true) : null;
    if (after && after.next === j + 2 && !after.ambiguous) {
      currency = after.unit;
      j += 2;
    }
  }
  if (tokens[j]?.text === '+' && isGlued(tokens[j])) {
    plus = true;
    j++;
  }
  const u = tokens[j];
  if (u) {
    const direct = DIRECT_UNITS.get(u.text);
    const word = u.type === 'word' && u.spaced ? readUnitWord(tokens, j) : null;
    // "a 5-gigawatt campus", "1-GW sites", "a 20-percent stake": a unit glued by a hyphen.
    const hyphenSymbol = !direct && isGluedHyphen(tokens, j) ? DIRECT_UNITS.get(tokens[j + 1]!.text) : undefined;
    const hyphened = hyphenSymbol ? { ...hyphenSymbol, next: j + 2 } : !direct && isGluedHyphen(tokens, j) ? readUnitWord(tokens, j + 1) : null;
    if (direct && (!u.spaced || (u.text !== 'x' && u.text !== 'X'))) {
      unit = direct.unit;
      scale *= direct.factor;
      hasScale ||= direct.factor !== 1;
      unitKnown = true;
      j++;
    } else if (word) {
      unit = word.unit;
      scale *= word.factor;
      hasScale ||= word.factor !== 1;
      unitKnown = true;
      j = word.next;
    } else if (hyphened && tokens[j + 1]!.type === 'word') {
      unit = hyphened.unit;
      scale *= hyphened.factor;
      hasScale ||= hyphened.factor !== 1;
      unitKnown = true;
      j = hyphened.next;
    } else if (u.lower === 'per' && tokens[j + 1]?.lower === 'cent') {
      unit = 'percent';
      unitKnown = true;
      j += 2;
    } else if ((u.lower === 'percentage' || u.lower === 'basis') && /^points?$/.test(tokens[j + 1]?.lower ?? '')) {
      // A change between two percents, in basis points: a percentage point is a hundred of them.
      unit = 'bps';
      if (u.lower === 'percentage') scale *= 100;
      unitKnown = true;
      j += 2;
    } else if (u.lower === 'fold' && !u.spaced) {
      unit = 'x';
      unitKnown = true;
      fold = true;
      j++;
    } else if (isGluedHyphen(tokens, j) && tokens[j + 1]?.lower === 'fold') {
      unit = 'x';
      unitKnown = true;
      fold = true;
      j += 2;
    }
  }
  if (!currency && !unit) {
    const cw = tokens[j];
    const after = cw ? readCurrencyAfter(tokens, j) : null;
    const price = cw ? priceSymbolAfter(tokens, j) : null;
    if (cw && cw.text === '¢') {
      currency = 'USD';
      scale *= 0.01;
      hasScale = true;
      j++;
    } else if (price) {
      // "45 $/MWh", "60 €/MWh": a currency symbol after the number only as a price.
      currency = price;
      j++;
    } else if (after) {
      currency = after.unit;
      ambiguous = after.ambiguous;
      j = after.next;
    } else if (cw && cw.type === 'word' && cw.spaced && (cw.lower === 'cents' || cw.lower === 'cent')) {
      currency = 'USD';
      scale *= 0.01;
      hasScale = true;
      j++;
    } else if (cw && cw.type === 'word' && (cw.spaced ? cw.lower === 'pence' : cw.text === 'p' && isPerShare(tokens, j + 1))) {
      // "31.2 pence per share", "31.2p a share": sterling's hundredths.
      currency = 'GBP';
      scale *= 0.01;
      hasScale = true;
      j++;
    }
  }
  // A code that is also a word ("TOP 10", "AMD 300") is money only with a scale; a currency
  // before a percent or a multiple ("IRR 15%") is no currency: read on from the number.
  if ((ambiguous && !hasScale) || (currency && unit)) return null;
  let per: string | null = null;
  if (currency && !unit) {
    const p = readPer(tokens, j, true);
    if (p) {
      per = p.per;
      j = p.next;
      if (p.divide) scale /= p.divide;
    }
  }
  let noun: Quantity['noun'] = null;
  if (!currency && !unit) {
    // "12.4 million 9-litre cases", "3,000 40-foot containers": a size glued to its measure describes the noun counted.
    const sized = sizeBefore(tokens, j);
    const known = (sized && matchKnownNoun(tokens, sized)) ?? matchKnownNoun(tokens, j);
    // "15.8 Mt", "1.2 Moz", "120 koz": a scaled symbol of goods, its prefix the scale.
    const goods = !hasScale && !words ? scaledGoods(tokens, j) : null;
    if (goods) {
      scale *= goods.factor;
      hasScale = true;
    }
    let m = goods ?? known ?? (sized && matchCountNoun(tokens, sized, false)) ?? abbreviatedNoun(tokens, j) ?? matchCountNoun(tokens, j, !words && !hasScale && raw === 1);
    // A number word counts only nouns analysts count ("three data centers", not "two entities").
    // "The two data centers" points back at data centers already named: no new claim.
    // With a scale the words are a figure like digits ("a quarter of a billion downloads").
    if (m && words && !hasScale && !m.known && (raw === 1 || !isCountable(m.unit) || ANAPHORIC.has(tokens[i - 1]?.lower ?? ''))) m = null;
    // "the 10-year yield", "2-year Treasuries": a bond's tenor names the instrument, it states no figure; "the 30-year average" the window.
    if (m && unitEntry(m.unit)?.family === 'duration' && isGluedHyphen(tokens, j) && namesATenor(tokens, m.next)) return null;
    if (m) {
      unit = m.unit;
      unitKnown = m.known || words;
      noun = { start: m.start, end: m.next };
      j = m.next;
    }
    // "9 students per staff member", "40 GPUs per rack": a ratio, never a total; "182,000 barrels
    // per day", "36 transits a day": a rate (a year's count is the year's flow, no rate). "17,600
    // people, roughly 80 per home": a bare number per a noun is a ratio too, never a count of homes.
    const p = m ? (countRatePer(tokens, j) ?? readPer(tokens, j)) : !words && tokens[j]?.lower === 'per' ? readPer(tokens, j) : null;
    if (p) {
      per = p.per;
      j = p.next;
    }
  }
  if (isGluedHyphen(tokens, j) && tokens[j + 1]?.lower === 'plus') {
    plus = true;
    j += 2;
  }
  // Beyond any real quantity ("1e308", "10^400"): a typo or a joke, not a claim, never Infinity.
  if (!(Math.abs(raw * scale) <= MAX_MAGNITUDE)) return null;
  return { start: i, end: j, numStart, numEnd, raw, decimals, words, scale, hasScale, currency, unit, unitKnown, noun, negative, plus, fold, per };
}

/** "per share", "a share", "per diluted share" at token j. */
function isPerShare(tokens: readonly Token[], j: number): boolean {
  const opener = tokens[j]?.lower;
  if (opener !== 'per' && opener !== 'a') return false;
  return tokens[j + 1]?.lower === 'share' || (SHARE_KINDS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower === 'share');
}

// Time words after "per" make a flow ("$5 billion per year"), which stays an amount of money; a day's
// is a rate no period's total decides ("purses averaged $1.41 million a day": USD/day).
const NOT_PER = new Set([
  'year', 'years', 'yr', 'annum', 'quarter', 'qtr', 'month', 'mo', 'the', 'a', 'an', 'its', 'their', 'our',
  'his', 'her', 'this', 'that', 'cent', 'se', 'capita', 'head',
]);

/**
 * "per day", "a day", "/d", "a month": what a count is a rate per, from token j (never a year: a
 * year's count is its flow); "barrels of oil equivalent per day" a rate of barrels too.
 */
function countRatePer(tokens: readonly Token[], j: number): { per: string; next: number } | null {
  if (tokens[j]?.lower === 'of' && tokens[j + 1]?.lower === 'oil') j += tokens[j + 2]?.lower === 'equivalent' ? 3 : 2;
  const opener = perOpener(tokens, j);
  const u = tokens[j + 1];
  if (!opener || !u || u.type !== 'word') return null;
  // Spelled out after a word, an abbreviation only glued: "a day", "/d", never "a d".
  const per = opener === 'slash' || u.lower.length > 2 ? RATE_SPANS.get(u.lower) : undefined;
  return per ? { per, next: j + 2 } : null;
}

/** What opens a "per" at token j: a glued "/" ("/MWh", "/d"), a spaced "per", or a spaced "a"/"an". */
function perOpener(tokens: readonly Token[], j: number): 'slash' | 'per' | 'a' | null {
  const s = tokens[j];
  const next = tokens[j + 1];
  if (!s) return null;
  if (s.text === '/' && !s.spaced) return next && !next.spaced ? 'slash' : null;
  if (!s.spaced) return null;
  return s.lower === 'per' ? 'per' : s.lower === 'a' || s.lower === 'an' ? 'a' : null;
}


/** Measures a size is given in before the noun it describes ("9-litre cases", "40-foot containers"). */
const SIZE_MEASURES = new Set([...GOODS_UNITS, 'foot', 'inch', 'metre', 'meter', 'kg', 'ml', 'cl']);

/** The token after a size glued to its measure at j ("9-litre"), when one stands there. */
function sizeBefore(tokens: readonly Token[], j: number): number | null {
  const n = tokens[j];
  if (n?.type === 'num' && n.spaced && isGluedHyphen(tokens, j + 1) && SIZE_MEASURES.has(tokens[j + 2]!.lower)) return j + 3;
  return elementsAt(tokens, j);
}

/** "6E", "4E", "3E+Au" of platinum-group metals before "ounces": how many elements the ounce counts, the token after it. */
function elementsAt(tokens: readonly Token[], j: number): number | null {
  const n = tokens[j];
  const e = tokens[j + 1];
  return n?.type === 'num' && n.spaced && n.text.length === 1 && e?.text === 'E' && !e.spaced && tokens[j + 2]?.spaced ? j + 2 : null;
}

/** What an amount is priced by after "a"/"an": a share, a unit of goods ("an ounce", "a barrel"), a night, an hour. */
const A_PER = new Set(['share', ...GOODS_UNITS, 'night', 'hour']);

// "$2.10 per diluted share": the kind of share is no unit of its own.
const SHARE_KINDS = new Set(['diluted', 'basic', 'ordinary', 'common']);

/**
 * What a price is per, from token j: "/MWh", "/MW-day", " per MWh", " per GPU-hour", "/token".
 * Returns the unit as written (symbols keep their case; lower-case words are made singular).
 */
export function readPer(tokens: readonly Token[], j: number, money = false): { per: string; next: number; divide?: number } | null {
  const opener = perOpener(tokens, j);
  // "$2.10 a share", "$3,420 an ounce" are per item, as "$5 billion a year" is no price.
  if (!opener || (opener === 'a' && !A_PER.has(tokens[j + 1]?.lower ?? '') && !(money && pricedByItem(tokens, j + 1)))) return null;
  let k = j + 1;
  if (SHARE_KINDS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'share') k++;
  // "per 6E ounce": an ounce of six elements.
  k = elementsAt(tokens, k) ?? k;
  // "23.4 cases per 100,000 people", "per 1,000 live births", "per 100k": a rate, per that many.
  const many = opener === 'per' ? perMany(tokens, k) : null;
  // "$208 per thousand cans", "$208 per 1,000 cans": a price of one can, a thousandth of it.
  const scaleWord = money && opener === 'per' && tokens[k]?.type === 'word' ? SCALE_WORDS.get(tokens[k]!.lower) : undefined;
  const lot = many ? { base: Number(many.per), at: many.next } : scaleWord ? { base: scaleWord, at: k + 1 } : null;
  const item = money && lot ? tokens[lot.at] : undefined;
  if (lot && lot.base === 1000 && item && item.type === 'word' && item.spaced && item.text === item.lower && item.lower.length > 2 && !NOT_PER.has(item.lower) && !POPULATION.has(item.lower) && endsItsPhrase(tokens, lot.at + 1)) {
    return { per: singular(item.lower), next: lot.at + 1, divide: lot.base };
  }
  if (many) return many;
  const u = tokens[k];
  if (!u || u.type !== 'word' || NOT_PER.has(u.lower)) return null;
  const mass = perDescribedMass(tokens, k);
  if (mass) return mass;
  const symbol = DIRECT_UNITS.has(u.text);
  let per = symbol || u.text !== u.lower ? u.text : singular(u.lower);
  k++;
  // "per square foot": a unit of two words.
  const two = tokens[k]?.type === 'word' ? `${u.lower} ${singular(tokens[k]!.lower)}` : '';
  if (TWO_WORD_NOUNS.has(two)) {
    per = two;
    k++;
  }
  // "MW-day", "GPU-hour", "kW-month"
  if (isGluedHyphen(tokens, k) && tokens[k + 1]!.type === 'word') {
    const v = tokens[k + 1]!;
    per += '-' + (v.text !== v.lower ? v.text : singular(v.lower));
    k += 2;
  }
  return { per, next: k };
}

/** What may follow "a meal" in "$6.34 a meal in fiscal 2025": the noun ends the phrase. */
const AFTER_ITEM = new Set(['in', 'for', 'on', 'at', 'by', 'and', 'or', 'versus', 'vs', 'compared', 'from', 'up', 'down', 'last', 'this', 'a', 'an', 'the', 'during']);

/**
 * "$6.34 a meal", "€29.95 an hour": money and "a" before a lower-case noun that ends its phrase
 * prices one of it, unless the noun is a time ("$5 billion a year", "a decade ago") or a word of
 * amount ("a further", "a total").
 */
function pricedByItem(tokens: readonly Token[], k: number): boolean {
  const u = tokens[k];
  if (!u || u.type !== 'word' || u.text !== u.lower || u.lower.length < 3 || NOT_PER.has(u.lower) || NOT_ITEMS.has(u.lower)) return false;
  // ("$1.41 million a day": a day's rate, as "per day" is.)
  if (!SHORT_SPANS.has(u.lower) && (RATE_SPANS.has(u.lower) || unitEntry(singular(u.lower))?.family === 'duration')) return false;
  return endsItsPhrase(tokens, k + 1);
}

/** Whether the token at k ends an item's phrase: nothing, a symbol, or a word that opens what follows ("in", "for", "and"…). */
function endsItsPhrase(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k];
  return !after || after.type === 'sym' || (after.type === 'word' && AFTER_ITEM.has(after.lower));
}

/** Spans of time shorter than any period a total is stated for: money "a day" is a rate per day. */
const SHORT_SPANS = new Set(['day', 'week']);

/** Words after "a" that name no item: an amount's own words ("a further $2 billion" is read elsewhere), "a record". */
const NOT_ITEMS = new Set(['further', 'total', 'record', 'year-earlier', 'decade', 'century', 'piece', 'few', 'lot', 'bit', 'little']);

/**
 * "1.9 kg per plant", "5 oz of gold", "40 bbl": a spaced abbreviation of a unit of goods after a
 * number, which no plural marks as a noun (a single letter, "t", only glued to its number: lexicon symbols).
 */
function abbreviatedNoun(tokens: readonly Token[], j: number): { unit: string; start: number; next: number; known: boolean } | null {
  const t = tokens[j];
  if (!t || t.type !== 'word' || !t.spaced || t.text !== t.lower || t.text.length < 2) return null;
  const unit = NOUN_ABBREVIATIONS.get(t.lower);
  return unit === undefined ? null : { unit, start: j, next: j + 1, known: false };
}

/** "15.8 Mt", "1.2 Moz", "120 koz", "1,180 kt": a goods symbol with a scale prefix after a number (lexicon.goodsSymbol). */
function scaledGoods(tokens: readonly Token[], j: number): { unit: string; factor: number; start: number; next: number; known: boolean } | null {
  const t = tokens[j];
  if (!t || t.type !== 'word' || t.text.length < 2) return null;
  const read = goodsSymbol(t.text);
  return read && read.factor > 1 ? { ...read, start: j, next: j + 1, known: true } : null;
}

/** Counted nouns of two words ("square foot", "square kilometre"), from the abbreviations' table. */
const TWO_WORD_NOUNS: ReadonlySet<string> = new Set([...NOUN_ABBREVIATIONS.values()].filter((n) => n.includes(' ')));

/** Who a rate per a number counts among ("per 100,000 people"): the number alone is the unit. */
const POPULATION = new Set(['people', 'persons', 'population', 'residents', 'inhabitants', 'adults', 'children', 'births', 'women', 'men']);

/** "per 100,000 (people)", "per 1,000 live births", "per 100k": the rate's base as the unit's digits ("100000"). */
function perMany(tokens: readonly Token[], k: number): { per: string; next: number } | null {
  const n = tokens[k];
  if (n?.type !== 'num' || n.decimals !== 0) return null;
  let base = n.value;
  let next = k + 1;
  const scale = tokens[next];
  if (scale && !scale.spaced && SCALE_SUFFIXES.has(scale.text)) {
    base *= SCALE_SUFFIXES.get(scale.text)!;
    next++;
  } else if (scale?.type === 'word' && SCALE_WORDS.has(scale.lower)) {
    base *= SCALE_WORDS.get(scale.lower)!;
    next++;
  }
  if (!(base >= 10)) return null;
  if (tokens[next]?.lower === 'live' && tokens[next + 1]?.lower === 'births') next += 2;
  else if (POPULATION.has(tokens[next]?.lower ?? '')) next++;
  return { per: String(base), next };
}

/** Instruments a tenor before them names ("the 10-year yield", "the 30-year mortgage rate", "a 30-year fixed"). */
const TENOR_NOUNS = new Set([
  'yield', 'yields', 'bond', 'bonds', 'treasury', 'treasuries', 'note', 'notes', 'gilt', 'gilts', 'bund', 'bunds', 'swap', 'swaps', 'bill', 'bills', 'mortgage', 'mortgages', 'fixed',
  // The window a level is read over: "the 30-year average of 78%", "a 52-week high", "a five-year low".
  'average', 'averages', 'mean', 'median', 'norm', 'high', 'highs', 'low', 'lows', 'window', 'horizon',
]);

/** A rate or ratio a window is read over, a word or two after it: "the 90-day NPL ratio", "the 30-day delinquency rate". */
const WINDOWED = new Set(['rate', 'rates', 'ratio', 'ratios']);

/** Whether the words after a glued tenor ("90-day") name an instrument or a window's level: the tenor is no figure then. */
function namesATenor(tokens: readonly Token[], next: number): boolean {
  if (TENOR_NOUNS.has(tokens[next]?.lower ?? '')) return true;
  for (let k = next; k < next + 3 && tokens[k]?.type === 'word'; k++) if (WINDOWED.has(tokens[k]!.lower)) return true;
  return false;
}

/** Whether a unit (scale, currency, percent, unit symbol, known plural noun) starts at token j. */
export function unitStartsAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (t.type === 'sym') return DIRECT_UNITS.has(t.text) || t.text === '+';
  if (!t.spaced && SCALE_SUFFIXES.has(t.text)) return true;
  if (DIRECT_UNITS.has(t.text) && (!t.spaced || (t.text !== 'x' && t.text !== 'X'))) return true;
  if (SCALE_WORDS.has(t.lower) || UNIT_WORDS.has(t.lower) || readCurrencyAfter(tokens, j) !== null) return true;
  const noun = matchKnownNoun(tokens, j);
  // A singular noun after a year is a modifier ("2025 GPU prices"), a plural one a count.
  if (!noun) return false;
  const head = tokens[noun.start]!;
  return isKnownNounWord(head.lower) && (head.lower.endsWith('s') || head.lower === 'people' || head.lower === 'staff' || head.lower === 'personnel');
}
