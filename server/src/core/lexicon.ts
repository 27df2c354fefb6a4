// The one lexicon: every currency, unit, scale and duration the engine knows, defined once. The
// lexer, the quantity reader, table headers, unit families and kinds, the facts loader's unit
// check and the note-style formatter all derive their look-ups from these tables.
import type { ClaimKind } from './types';

// ---------------------------------------------------------------- currencies

/** ISO 4217 (list one, current codes, funds and metals included). */
export const ISO_4217: readonly string[] = (
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
  'GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD ' +
  'KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR ' +
  'NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN ' +
  'SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG ' +
  'XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG ZWL'
).split(' ');

/**
 * Codes that are also English words, tickers or acronyms ("TOP 10", "AMD 7nm", "PHP 8", "SDG 7",
 * "IRR 15%", "BSD 3-clause", "AWG 12", "AZN" for AstraZeneca): they make a figure money only
 * with a scale ("TRY 3 billion", "5bn PHP").
 */
export const AMBIGUOUS_CODES: ReadonlySet<string> = new Set(
  (
    'ALL AMD ANG AWG AZN BAM BOB BSD BTN CDF CHE COP CUP CVE GEL IRR MAD MOP NAD NIO PEN PHP RON RUB SDG SOS SVC ' +
    'TMT TOP TRY USN XDR XTS XXX'
  ).split(' '),
);

export interface CurrencySpelling {
  /** Before the number, case-sensitive: "$", "€", "NZ$", "R$", "Rs", "RM", "kr". */
  before?: readonly string[];
  /** After the number, case-sensitive: "zł", "kr", "Kč", "Ft". */
  after?: readonly string[];
  /** Words after the number, lower case, one or more words: "euros", "swiss francs". */
  words?: readonly string[];
  /** How a fix writes it when that is a symbol another currency shares: "¥" for JPY. */
  display?: string;
}

/** How prose writes the currencies that have more than a code. The first `before` symbol is how a fix writes it. */
export const CURRENCY_SPELLINGS: Readonly<Record<string, CurrencySpelling>> = {
  USD: { before: ['$', 'US$', 'U$'], words: ['dollar', 'dollars', 'us dollars'] },
  EUR: { before: ['€'], after: ['€'], words: ['euro', 'euros'] },
  GBP: { before: ['£'], words: ['pound', 'pounds', 'pounds sterling', 'sterling'] },
  JPY: { before: ['JP¥'], words: ['yen', 'japanese yen'], display: '¥' },
  CNY: { before: ['CN¥', 'RMB'], after: ['RMB', '元'], words: ['yuan', 'renminbi', 'chinese yuan'] },
  INR: { before: ['₹', 'Rs', 'Rs.'], words: ['rupee', 'rupees', 'indian rupees'] },
  KRW: { before: ['₩'], words: ['won', 'korean won'] },
  CHF: { before: ['SFr.', 'Fr.'], words: ['swiss francs', 'swiss franc'] },
  SEK: { words: ['kronor', 'krona', 'swedish kronor', 'swedish krona'] },
  NOK: { words: ['norwegian kroner', 'norwegian krone'] },
  DKK: { words: ['danish kroner', 'danish krone'] },
  ISK: { words: ['icelandic kronur', 'icelandic krona'] },
  PLN: { before: ['zł'], after: ['zł', 'zl'], words: ['zloty', 'zlotys', 'zlotych', 'polish zloty'] },
  CZK: { after: ['Kč'], words: ['koruna', 'czech koruna', 'korun'] },
  HUF: { after: ['Ft'], words: ['forint', 'forints'] },
  RON: { words: ['lei', 'romanian lei'] },
  BRL: { before: ['R$'], words: ['reais', 'brazilian reais', 'brazilian real'] },
  MXN: { before: ['MX$', 'Mex$', 'Ps.', 'Ps'], words: ['mexican pesos', 'mexican peso'] },
  CAD: { before: ['C$', 'CA$', 'Can$'], words: ['canadian dollars', 'canadian dollar'] },
  AUD: { before: ['A$', 'AU$'], words: ['australian dollars', 'australian dollar'] },
  NZD: { before: ['NZ$'], words: ['new zealand dollars', 'new zealand dollar'] },
  HKD: { before: ['HK$'], words: ['hong kong dollars', 'hong kong dollar'] },
  SGD: { before: ['S$'], words: ['singapore dollars', 'singapore dollar'] },
  TWD: { before: ['NT$'], words: ['new taiwan dollars', 'taiwan dollars'] },
  TRY: { before: ['₺'], words: ['lira', 'liras', 'turkish lira'] },
  RUB: { before: ['₽'], words: ['rubles', 'roubles', 'russian rubles'] },
  UAH: { before: ['₴'], words: ['hryvnia', 'hryvnias'] },
  ILS: { before: ['₪', 'NIS'], words: ['shekels', 'new shekels'] },
  VND: { before: ['₫'], after: ['₫'], words: ['dong', 'vietnamese dong'] },
  PHP: { before: ['₱'], words: ['philippine pesos'] },
  THB: { before: ['฿', 'Bt'], words: ['baht', 'thai baht'] },
  NGN: { before: ['₦'], words: ['naira'] },
  KZT: { before: ['₸'], words: ['tenge'] },
  GEL: { before: ['₾'], words: ['lari'] },
  AZN: { before: ['₼'], words: ['manat'] },
  CRC: { before: ['₡'], words: ['colones'] },
  PYG: { before: ['₲'], words: ['guarani'] },
  GHS: { before: ['₵'], words: ['cedis'] },
  LAK: { before: ['₭'], words: ['kip'] },
  MNT: { before: ['₮'], words: ['tugrik'] },
  KHR: { before: ['៛'], words: ['riel'] },
  MYR: { before: ['RM'], words: ['ringgit'] },
  IDR: { before: ['Rp'], words: ['rupiah'] },
  ZAR: { words: ['rand', 'south african rand'] },
  AED: { words: ['dirhams', 'uae dirhams'] },
  SAR: { words: ['riyals', 'saudi riyals'] },
  EGP: { before: ['E£'], words: ['egyptian pounds'] },
  PKR: { words: ['pakistani rupees'] },
  ARS: { words: ['argentine pesos'] },
  CLP: { words: ['chilean pesos'] },
  KES: { before: ['KSh'], words: ['kenyan shillings'] },
  BDT: { before: ['৳', 'Tk'], words: ['taka'] },
  LKR: { words: ['sri lankan rupees'] },
  COP: { words: ['colombian pesos'] },
  KWD: { words: ['kuwaiti dinars'] },
  QAR: { words: ['qatari riyals'] },
  ETB: { words: ['birr'] },
  UGX: { words: ['ugandan shillings'] },
  TZS: { words: ['tanzanian shillings'] },
  MAD: { words: ['moroccan dirhams'] },
};

/**
 * A symbol or word several currencies share ("kr" is SEK, NOK, DKK or ISK): a claim keeps it as
 * its unit, and it is compatible with a fact in any of those codes.
 */
export interface SharedCurrency {
  unit: string;
  codes: readonly string[];
  spelling: CurrencySpelling;
}
export const SHARED_CURRENCIES: readonly SharedCurrency[] = [
  { unit: 'kr', codes: ['SEK', 'NOK', 'DKK', 'ISK'], spelling: { before: ['kr', 'kr.'], after: ['kr', 'kr.'], words: ['kroner', 'krone'] } },
  // Yen and yuan: "¥1.9 billion" in a Chinese company's results is yuan.
  { unit: '¥', codes: ['JPY', 'CNY'], spelling: { before: ['¥'] } },
];

// ---------------------------------------------------------------- scales

export interface Scale {
  factor: number;
  /** Spaced words, lower case ("billion", "bn", "crore"). */
  words: readonly string[];
  /** Glued to the digits, case-sensitive ("5bn", "$61.5B"): lower-case "t" would be tonnes. */
  suffixes: readonly string[];
  /** How a fix writes it, by the note's style: as a word, an upper-case letter, a lower-case abbreviation. */
  write?: { word: string; upper?: string; lower?: string; system: 'western' | 'indian' };
}

export const SCALES: readonly Scale[] = [
  { factor: 1e2, words: ['hundred'], suffixes: [] },
  { factor: 1e3, words: ['thousand', 'thousands'], suffixes: ['k', 'K'], write: { word: 'thousand', upper: 'K', lower: 'k', system: 'western' } },
  { factor: 1e5, words: ['lakh', 'lakhs', 'lac', 'lacs'], suffixes: [], write: { word: 'lakh', system: 'indian' } },
  {
    factor: 1e6,
    words: ['million', 'millions', 'mn', 'mln', 'mio'],
    suffixes: ['m', 'M', 'mn', 'MM', 'mm', 'mln'],
    write: { word: 'million', upper: 'M', lower: 'm', system: 'western' },
  },
  { factor: 1e7, words: ['crore', 'crores', 'cr'], suffixes: ['cr', 'Cr'], write: { word: 'crore', system: 'indian' } },
  {
    factor: 1e9,
    // "mld" (Polish, Czech), "mrd" (German, Dutch), "milliard": European billions.
    words: ['billion', 'billions', 'bn', 'bln', 'mld', 'mrd', 'milliard', 'milliards'],
    suffixes: ['b', 'B', 'bn', 'Bn', 'BN', 'bln'],
    write: { word: 'billion', upper: 'B', lower: 'bn', system: 'western' },
  },
  {
    factor: 1e12,
    words: ['trillion', 'trillions', 'tn', 'trn'],
    suffixes: ['T', 'tn', 'trn', 'Tn'],
    write: { word: 'trillion', upper: 'T', lower: 'tn', system: 'western' },
  },
  // Tokens an AI platform processes: "1.2 quadrillion tokens a month".
  { factor: 1e15, words: ['quadrillion', 'quadrillions'], suffixes: [], write: { word: 'quadrillion', system: 'western' } },
];

/** The largest magnitude read as a claim: beyond it a figure is a typo or a joke ("10^400"), never Infinity. */
export const MAX_MAGNITUDE = 1e60;

// ---------------------------------------------------------------- units

export interface UnitSpelling {
  text: string;
  /** Base units per written unit ("GW" -> 1e9 W). */
  factor: number;
}

export interface UnitEntry {
  /** The unit claims and facts carry ("W", "percent", "GPU"). */
  unit: string;
  /** Units of one family are compared directly. */
  family: string;
  kind: ClaimKind;
  /** Right after the number, glued or spaced, case-sensitive ("2.4 GW", "40x", "5%"). */
  symbols?: readonly UnitSpelling[];
  /** Spaced words after the number (or glued by a hyphen: "a 5-gigawatt campus"), lower case. */
  words?: readonly UnitSpelling[];
  /** Nouns that count this unit, lower case ("gpus", "employees"). */
  nouns?: readonly string[];
  /** Durations: days per unit, to compare "90 days" with "3 months". */
  days?: number;
  /** Other families a claim in this unit may be judged against (a chip count is an accelerator count). */
  alsoFits?: readonly string[];
}

const sp = (text: string, factor = 1): UnitSpelling => ({ text, factor });

export const UNITS: readonly UnitEntry[] = [
  {
    unit: 'percent',
    family: 'percent',
    kind: 'percent',
    symbols: [sp('%'), sp('％')],
    words: [sp('percent'), sp('pct')],
  },
  // A percentage point is a hundred basis points: "up 2.8pp", "2.8 percentage points" (read in quantity.ts).
  { unit: 'bps', family: 'bps', kind: 'bps', symbols: [sp('bps'), sp('bp'), sp('pp', 100), sp('ppt', 100)] },
  { unit: 'x', family: 'multiple', kind: 'multiple', symbols: [sp('x'), sp('X'), sp('×')], words: [sp('times')] },
  {
    unit: 'W',
    family: 'power',
    kind: 'power',
    symbols: [sp('W'), sp('kW', 1e3), sp('MW', 1e6), sp('GW', 1e9), sp('TW', 1e12)],
    words: [
      sp('watt'), sp('watts'), sp('kilowatt', 1e3), sp('kilowatts', 1e3), sp('megawatt', 1e6), sp('megawatts', 1e6),
      sp('gigawatt', 1e9), sp('gigawatts', 1e9), sp('terawatt', 1e12), sp('terawatts', 1e12),
    ],
  },
  {
    unit: 'Wh',
    family: 'energy',
    kind: 'energy',
    symbols: [sp('Wh'), sp('kWh', 1e3), sp('MWh', 1e6), sp('GWh', 1e9), sp('TWh', 1e12)],
    words: [
      sp('watt-hours'), sp('kilowatt-hours', 1e3), sp('megawatt-hours', 1e6), sp('gigawatt-hours', 1e9), sp('terawatt-hours', 1e12),
    ],
  },
  { unit: 'FLOP', family: 'compute', kind: 'count', symbols: [sp('FLOP'), sp('FLOPs')], words: [sp('flop'), sp('flops')] },
  // Lengths (a network's track or road, kilometres travelled), in km. Not miles: "Three Mile Island" is a name.
  { unit: 'km', family: 'length', kind: 'count', symbols: [sp('km')], words: [sp('kilometre'), sp('kilometres'), sp('kilometer'), sp('kilometers')] },
  { unit: 'GPU', family: 'gpu', kind: 'hardware', nouns: ['gpu', 'gpus'] },
  // H100 equivalents are GPU counts normalised to one model; analysts write both for one fleet.
  { unit: 'H100e', family: 'gpu', kind: 'hardware', nouns: ['h100e', 'h100es'] },
  { unit: 'accelerator', family: 'gpu', kind: 'hardware', nouns: ['accelerator', 'accelerators'] },
  { unit: 'TPU', family: 'tpu', kind: 'hardware', nouns: ['tpu', 'tpus'] },
  // Chips are the generic noun for accelerators, so a chip count is comparable with GPU and TPU counts.
  { unit: 'chip', family: 'chip', kind: 'hardware', nouns: ['chip', 'chips'], alsoFits: ['gpu', 'tpu'] },
  { unit: 'users', family: 'users', kind: 'users', nouns: ['user', 'users', 'maus', 'daus', 'waus', 'subscribers'] },
  {
    unit: 'people',
    family: 'people',
    kind: 'people',
    nouns: [
      'people', 'person', 'persons', 'employee', 'employees', 'staff', 'staffers', 'engineer', 'engineers', 'researcher',
      'researchers', 'worker', 'workers', 'scientists', 'personnel', 'ftes', 'hires', 'headcount',
    ],
  },
  { unit: 'milliseconds', family: 'duration', kind: 'duration', nouns: ['millisecond', 'milliseconds', 'ms'], days: 1 / 86_400_000 },
  { unit: 'seconds', family: 'duration', kind: 'duration', nouns: ['second', 'seconds'], days: 1 / 86_400 },
  { unit: 'minutes', family: 'duration', kind: 'duration', nouns: ['minute', 'minutes'], days: 1 / 1440 },
  { unit: 'hours', family: 'duration', kind: 'duration', nouns: ['hour', 'hours'], days: 1 / 24 },
  { unit: 'days', family: 'duration', kind: 'duration', nouns: ['day', 'days'], days: 1 },
  { unit: 'weeks', family: 'duration', kind: 'duration', nouns: ['week', 'weeks'], days: 7 },
  { unit: 'months', family: 'duration', kind: 'duration', nouns: ['month', 'months'], days: 30.4375 },
  { unit: 'quarters', family: 'duration', kind: 'duration', nouns: ['quarter', 'quarters'], days: 91.3125 },
  { unit: 'years', family: 'duration', kind: 'duration', nouns: ['year', 'years', 'yr', 'yrs'], days: 365.25 },
];

// ---------------------------------------------------------------- derived look-ups

function uniqueMap<K, V>(entries: Iterable<[K, V]>, what: string): Map<K, V> {
  const map = new Map<K, V>();
  for (const [k, v] of entries) {
    const had = map.get(k);
    if (had !== undefined && had !== v) throw new Error(`lexicon: ${what} "${String(k)}" means both ${String(had)} and ${String(v)}`);
    map.set(k, v);
  }
  return map;
}

function* currencySpellings(): Generator<[string, CurrencySpelling]> {
  for (const [code, s] of Object.entries(CURRENCY_SPELLINGS)) yield [code, s];
  for (const s of SHARED_CURRENCIES) yield [s.unit, s.spelling];
}

export const CURRENCY_CODES: ReadonlySet<string> = new Set(ISO_4217);
const SHARED_BY_UNIT: ReadonlyMap<string, SharedCurrency> = new Map(SHARED_CURRENCIES.map((s) => [s.unit, s]));

/** Symbols and letter symbols before the number (case-sensitive) -> currency unit. */
export const CURRENCY_BEFORE: ReadonlyMap<string, string> = uniqueMap(
  [...currencySpellings()].flatMap(([code, s]) => (s.before ?? []).map((b): [string, string] => [b, code])),
  'currency symbol',
);
/** Symbols and letter symbols after the number (case-sensitive) -> currency unit. */
export const CURRENCY_AFTER: ReadonlyMap<string, string> = uniqueMap(
  [...currencySpellings()].flatMap(([code, s]) => (s.after ?? []).map((b): [string, string] => [b, code])),
  'currency symbol',
);
/** Currency words after the number, keyed by their first word: the whole phrase and its unit, longest first. */
export const CURRENCY_WORDS: ReadonlyMap<string, readonly { words: readonly string[]; unit: string }[]> = (() => {
  const all = uniqueMap(
    [...currencySpellings()].flatMap(([code, s]) => (s.words ?? []).map((w): [string, string] => [w, code])),
    'currency word',
  );
  const byFirst = new Map<string, { words: string[]; unit: string }[]>();
  for (const [phrase, unit] of all) {
    const words = phrase.split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, unit });
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
})();

/**
 * One capital letter that is a currency glued to a number with a scale, decimals or thousands
 * after it: "W53.6 trillion", "W84,000" (Korean won), "R15.82", "R33,460" (South African rand), "P27.4 billion" (Philippine pesos);
 * "W12 engine", "DeepSeek R1" are none.
 */
export const LETTER_CURRENCIES: ReadonlyMap<string, string> = new Map([['W', 'KRW'], ['R', 'ZAR'], ['P', 'PHP']]);

/** Letter prefixes glued to a number ("USD5bn", "Rs500", "RM5bn", "W53.6") that the lexer splits off. */
export const GLUED_PREFIXES: ReadonlySet<string> = new Set([
  ...ISO_4217.filter((c) => !AMBIGUOUS_CODES.has(c)),
  ...[...CURRENCY_BEFORE.keys()].filter((s) => /^\p{L}+$/u.test(s) && s.length >= 2 && s !== 'kr'),
  ...LETTER_CURRENCIES.keys(),
]);

/** Whether a unit is money: an ISO 4217 code or a symbol several currencies share ("kr"). */
export function isCurrencyUnit(unit: string): boolean {
  return CURRENCY_CODES.has(unit) || SHARED_BY_UNIT.has(unit);
}

/** The codes a shared currency unit may stand for ("kr" -> SEK, NOK, DKK, ISK), or null. */
export function sharedCodes(unit: string): readonly string[] | null {
  return SHARED_BY_UNIT.get(unit)?.codes ?? null;
}

/** How a fix writes an amount in a currency: its first symbol, else the code ("CHF 5 billion"). */
export function currencyDisplay(unit: string): { text: string; before: boolean; spaced: boolean } {
  const spelling = CURRENCY_SPELLINGS[unit] ?? SHARED_BY_UNIT.get(unit)?.spelling;
  const before = spelling?.display ?? spelling?.before?.[0];
  if (before) return { text: before, before: true, spaced: /\p{L}$/u.test(before) };
  return { text: unit, before: true, spaced: true };
}

export const SCALE_WORDS: ReadonlyMap<string, number> = uniqueMap(
  SCALES.flatMap((s) => s.words.map((w): [string, number] => [w, s.factor])),
  'scale word',
);
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = uniqueMap(
  SCALES.flatMap((s) => s.suffixes.map((w): [string, number] => [w, s.factor])),
  'scale suffix',
);

export const UNIT_SYMBOLS: ReadonlyMap<string, { unit: string; factor: number }> = uniqueMap(
  UNITS.flatMap((u) => (u.symbols ?? []).map((s): [string, { unit: string; factor: number }] => [s.text, { unit: u.unit, factor: s.factor }])),
  'unit symbol',
);
export const UNIT_WORDS: ReadonlyMap<string, { unit: string; factor: number }> = uniqueMap(
  UNITS.flatMap((u) => (u.words ?? []).map((s): [string, { unit: string; factor: number }] => [s.text, { unit: u.unit, factor: s.factor }])),
  'unit word',
);
export const UNIT_NOUNS: ReadonlyMap<string, string> = uniqueMap(
  UNITS.flatMap((u) => (u.nouns ?? []).map((n): [string, string] => [n, u.unit])),
  'unit noun',
);

/**
 * A unit's word as its symbol, in either number ("watt" and "watts" → "W", "megawatt-hour" →
 * "MWh"): the item of a price written out ("9.5 cents per watt") is the facts file's `USD/W`.
 */
export const UNIT_WORD_SYMBOLS: ReadonlyMap<string, string> = new Map(
  UNITS.flatMap((u) =>
    (u.words ?? []).flatMap((w) => {
      const symbol = u.symbols?.find((s) => s.factor === w.factor)?.text;
      return symbol === undefined ? [] : [w.text, w.text.replace(/s$/, '')].map((text): [string, string] => [text, symbol]);
    }),
  ),
);

/** Abbreviations of a counted noun, one unit with it: a facts file's `oz` is the note's "ounces", `USD/bbl` its "$80 per barrel". */
export const NOUN_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['oz', 'ounce'], ['bbl', 'barrel'], ['lb', 'pound'], ['lbs', 'pound'], ['gal', 'gallon'], ['t', 'tonne'], ['kg', 'kilogram'],
  // Tonnes of CO2 (equivalent): "4.2 million tonnes of CO2 equivalent" against `unit: tCO2e`.
  ['tco2e', 'tonne'], ['tco2', 'tonne'],
  // Areas: "4.6 million square kilometres" against `unit: km2`, "1.21 million square feet" against `sqft`.
  ['km2', 'square kilometre'], ['km²', 'square kilometre'], ['sqft', 'square foot'], ['m2', 'square metre'], ['m²', 'square metre'],
  // Barrels of oil equivalent are barrels, as tonnes of CO2 equivalent are tonnes: "310,000 boe/d".
  ['boe', 'barrel'],
]);

/** The spans a count is a rate per ("182,000 barrels per day", "/d", "a month"), as written, and the unit each is. */
export const RATE_SPANS: ReadonlyMap<string, string> = new Map([['day', 'day'], ['d', 'day'], ['week', 'week'], ['wk', 'week'], ['month', 'month'], ['mo', 'month']]);

/** Rates written as one word, and the unit each is: a facts file's `bpd` is the note's "barrels per day". */
export const RATE_UNITS: ReadonlyMap<string, string> = new Map([['bpd', 'barrel/day'], ['bopd', 'barrel/day'], ['boepd', 'barrel/day']]);

/** Oil-field abbreviations, where a scale letter is written the trade's way ("Mbbl", "MMcf", "Bcf"). */
export const OIL_FIELD_UNITS: readonly string[] = ['bbl', 'boe', 'cf', 'cfe', 'Btu'];

/** Units goods are measured and priced in: the abbreviated nouns ("ounce", "barrel", "tonne"…) and a few more. */
export const GOODS_UNITS: readonly string[] = [...new Set([...NOUN_ABBREVIATIONS.values(), 'ton', 'litre', 'liter', 'kilogram'])];

/** Oil-field units (and barrels written "b", "bo"), where "M" is a thousand (the Roman mille: "Mbbl", "Mcf") and "MM" a million. */
export const OIL_FIELD = new RegExp(`^(?:${['b', 'bo', ...OIL_FIELD_UNITS].join('|')})(?:/d)?$`, 'i');

/**
 * Prefixes a unit abbreviation carries ("kb/d", "Moz"), and the scale of those that say one in
 * every usage of the unit: "M" is a million but of an oil-field unit; "m" (milli, or a million:
 * "mb/d"), "MM", "G", "bn" have no scale to trust.
 */
export const SYMBOL_PREFIXES: Readonly<Record<string, { factor: number; scale: string; notOf?: RegExp } | null>> = {
  k: { factor: 1e3, scale: 'thousand' },
  M: { factor: 1e6, scale: 'million', notOf: OIL_FIELD },
  MM: null, m: null, G: null, bn: null,
};

/** Mass symbols against tonnes: a megatonne is a million tonnes ("4.6 Mt"); "mt" (a metric ton, or a million) is not read. */
export const TONNE_SYMBOLS: Readonly<Record<string, { factor: number; scale: string } | null>> = {
  t: { factor: 1, scale: '' },
  kt: { factor: 1e3, scale: 'thousand' },
  Mt: { factor: 1e6, scale: 'million' },
  Gt: { factor: 1e9, scale: 'billion' },
  mt: null,
};

/**
 * A unit of goods as a table header writes it, with the scale its prefix says: "t", "kt", "Mt",
 * "koz", "Moz", "kg", "tonnes", "ounces". Null for a prefix with no scale to trust ("Mbbl", "mt").
 */
export function goodsSymbol(word: string): { unit: string; factor: number } | null {
  if (Object.hasOwn(TONNE_SYMBOLS, word)) {
    const read = TONNE_SYMBOLS[word];
    return read ? { unit: 'tonne', factor: read.factor } : null;
  }
  const plain = NOUN_ABBREVIATIONS.get(word.toLowerCase());
  if (plain) return { unit: plain, factor: 1 };
  // "(pounds)" stays sterling, as the currency readers have it.
  const lower = word.toLowerCase();
  const noun = GOODS_UNITS.find((u) => u === lower || u + 's' === lower);
  if (noun && noun !== 'pound') return { unit: noun, factor: 1 };
  for (const [prefix, read] of Object.entries(SYMBOL_PREFIXES)) {
    const rest = word.slice(prefix.length);
    const unit = word.startsWith(prefix) && rest.length > 0 ? NOUN_ABBREVIATIONS.get(rest.toLowerCase()) : undefined;
    if (unit !== undefined) return read && !read.notOf?.test(rest) ? { unit, factor: read.factor } : null;
  }
  return null;
}

/** A scale letter before a unit's abbreviation, as producers write them: "Moz", "Mt", "kt", "Mbbl", "MMcf", "Bcf". */
export const SCALED_SYMBOLS: ReadonlySet<string> = new Set(
  ['k', 'MM', 'M', 'G', 'B', 'T'].flatMap((scale) => [...new Set([...NOUN_ABBREVIATIONS.keys(), ...OIL_FIELD_UNITS])].map((unit) => scale + unit)),
);

const UNIT_BY_NAME: ReadonlyMap<string, UnitEntry> = new Map(UNITS.map((u) => [u.unit, u]));

export function unitEntry(unit: string): UnitEntry | undefined {
  return UNIT_BY_NAME.get(unit);
}

/** Duration units ("days", "months"...) and the nouns that name them ("day", "months", "yrs"). */
export const DURATION_UNITS: ReadonlySet<string> = new Set(UNITS.filter((u) => u.family === 'duration').map((u) => u.unit));
export function isDurationNoun(lower: string): boolean {
  const unit = UNIT_NOUNS.get(lower);
  return unit !== undefined && DURATION_UNITS.has(unit);
}

/** Days in each duration unit. */
export const DAYS_PER: Readonly<Record<string, number>> = Object.fromEntries(UNITS.filter((u) => u.days !== undefined).map((u) => [u.unit, u.days!]));

/**
 * A unit as a facts file may write it ("GW", "MWh", "percent", "EUR"): the canonical unit and the
 * factor to base units, or null when the lexicon does not know it.
 */
export function canonicalUnit(unit: string): { unit: string; factor: number } | null {
  if (isCurrencyUnit(unit) || UNIT_BY_NAME.has(unit)) return { unit, factor: 1 };
  return UNIT_SYMBOLS.get(unit) ?? null;
}

/** Every word that can make a sentence hold a figure without a digit ("a trillion dollars"). */
export const QUANTITY_WORD_STEMS: readonly string[] = SCALES.flatMap((s) => s.words.filter((w) => w.length > 3));
