// Scale words and suffixes, currencies, and the units that follow a number directly.

/** Scale written as a separate word ("5 billion", "₹500 crore"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['billion', 1e9],
  ['billions', 1e9],
  ['trillion', 1e12],
  ['mn', 1e6],
  ['mln', 1e6],
  ['bn', 1e9],
  ['bln', 1e9],
  ['tn', 1e12],
  ['trn', 1e12],
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['crore', 1e7],
  ['crores', 1e7],
]);

/**
 * Scale suffix glued to the digits ("1.5k", "2.5M", "$1.2bn", "$61.5B"). Case matters: a
 * lower-case "t" would be tonnes, so only "T"/"tn"/"trn" mean trillion.
 */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['K', 1e3],
  ['m', 1e6],
  ['M', 1e6],
  ['mn', 1e6],
  ['MM', 1e6],
  ['mm', 1e6],
  ['mln', 1e6],
  ['b', 1e9],
  ['B', 1e9],
  ['bn', 1e9],
  ['Bn', 1e9],
  ['BN', 1e9],
  ['bln', 1e9],
  ['T', 1e12],
  ['tn', 1e12],
  ['trn', 1e12],
  ['Tn', 1e12],
]);

/** Currency symbols before the number. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
]);

/** A word glued before "$" ("US$", "A$", "HK$"). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'],
  ['a', 'AUD'],
  ['au', 'AUD'],
  ['c', 'CAD'],
  ['ca', 'CAD'],
  ['hk', 'HKD'],
  ['s', 'SGD'],
  ['nz', 'NZD'],
  ['nt', 'TWD'],
  ['r', 'BRL'],
  ['mx', 'MXN'],
]);

/** Currency codes and names, before or after the number (case-insensitive look-up). */
export const CURRENCY_CODES: ReadonlyMap<string, string> = new Map([
  ['usd', 'USD'],
  ['eur', 'EUR'],
  ['gbp', 'GBP'],
  ['jpy', 'JPY'],
  ['cny', 'CNY'],
  ['rmb', 'CNY'],
  ['inr', 'INR'],
  ['rs', 'INR'],
  ['chf', 'CHF'],
  ['cad', 'CAD'],
  ['aud', 'AUD'],
  ['krw', 'KRW'],
  ['twd', 'TWD'],
  ['hkd', 'HKD'],
  ['sgd', 'SGD'],
]);

/** Currency words after the number ("5 billion dollars"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['pound', 'GBP'],
  ['pounds', 'GBP'],
  ['yen', 'JPY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['rupee', 'INR'],
  ['rupees', 'INR'],
  ['won', 'KRW'],
]);

export interface DirectUnit {
  unit: string;
  /** Multiplier to base units ("GW" -> 1e9 watts). */
  factor: number;
}

/** Units written right after the number, glued or spaced ("2.4 GW", "40x", "50 bps"). Case-sensitive. */
export const DIRECT_UNITS: ReadonlyMap<string, DirectUnit> = new Map([
  ['x', { unit: 'x', factor: 1 }],
  ['X', { unit: 'x', factor: 1 }],
  ['×', { unit: 'x', factor: 1 }],
  ['W', { unit: 'W', factor: 1 }],
  ['kW', { unit: 'W', factor: 1e3 }],
  ['MW', { unit: 'W', factor: 1e6 }],
  ['GW', { unit: 'W', factor: 1e9 }],
  ['TW', { unit: 'W', factor: 1e12 }],
  ['Wh', { unit: 'Wh', factor: 1 }],
  ['kWh', { unit: 'Wh', factor: 1e3 }],
  ['MWh', { unit: 'Wh', factor: 1e6 }],
  ['GWh', { unit: 'Wh', factor: 1e9 }],
  ['TWh', { unit: 'Wh', factor: 1e12 }],
  ['bps', { unit: 'bps', factor: 1 }],
  ['bp', { unit: 'bps', factor: 1 }],
]);

/** Unit words after the number (case-insensitive). */
export const UNIT_WORDS: ReadonlyMap<string, DirectUnit> = new Map([
  ['percent', { unit: 'percent', factor: 1 }],
  ['pct', { unit: 'percent', factor: 1 }],
  ['watts', { unit: 'W', factor: 1 }],
  ['kilowatts', { unit: 'W', factor: 1e3 }],
  ['megawatts', { unit: 'W', factor: 1e6 }],
  ['gigawatts', { unit: 'W', factor: 1e9 }],
  ['terawatts', { unit: 'W', factor: 1e12 }],
  ['megawatt', { unit: 'W', factor: 1e6 }],
  ['gigawatt', { unit: 'W', factor: 1e9 }],
  ['kilowatt', { unit: 'W', factor: 1e3 }],
  ['times', { unit: 'x', factor: 1 }],
]);
