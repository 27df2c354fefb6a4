import { currencyDisplay, GLUED_PREFIXES, goodsSymbol, SCALE_SUFFIXES, SCALE_WORDS, SCALES, UNIT_WORDS, unitEntry } from '../lexicon';
import type { Claim } from '../types';
import { countsThings, isCurrency, isMoney, RATIO_FAMILIES } from '../units';
import { escapeRegExp } from '../escapeRegExp';

interface ScaleStep {
  size: number;
  label: string;
}

// Scale steps by writing style, largest first, derived from the lexicon's scales.
const western = SCALES.filter((s) => s.write?.system === 'western').sort((a, b) => b.factor - a.factor);
const WORDS: ScaleStep[] = western.map((s) => ({ size: s.factor, label: s.write!.word }));
// A scale with no letter ("quadrillion") is written in the one below it: "$1,200T".
const UPPER: ScaleStep[] = western.flatMap((s) => (s.write!.upper ? [{ size: s.factor, label: s.write!.upper }] : []));
const LOWER: ScaleStep[] = western.flatMap((s) => (s.write!.lower ? [{ size: s.factor, label: s.write!.lower }] : []));
const indian = SCALES.filter((s) => s.write?.system === 'indian').sort((a, b) => b.factor - a.factor);
// "₹1.5 lakh crore": the largest Indian scale over the next one.
const INDIAN: ScaleStep[] = [
  { size: indian[0]!.factor * indian[1]!.factor, label: `${indian[1]!.write!.word} ${indian[0]!.write!.word}` },
  ...indian.map((s) => ({ size: s.factor, label: s.write!.word })),
];

/** How the claim writes its number: what comes before and after, which scale words, separators. */
interface NoteStyle {
  prefix: string;
  suffix: string;
  steps: ScaleStep[] | null;
  /** Between number and scale word ("18 billion" vs "18B"). */
  gap: string;
  /** The claim used thousand-scale ("200k GPUs"), so thousands may be scaled too. */
  thousands: boolean;
  grouping: boolean;
  negativeInText: boolean;
  /** "$(1.2) billion": negatives in accounting parentheses. */
  accounting: boolean;
  /** The scale a table's header gives its bare numbers ("| Sales (€bn) | 13.1 |": 1e9), else 1. */
  factor: number;
  /** How many of its written units make one of its value's: 100 in cents, 0.01 in percentage points (the value is in basis points). */
  perValue: number;
  /** A price in cents, unscaled ("$47.10"): written with two decimals. */
  cents: boolean;
  /** "+4.5%": a rise written with its plus sign, as a change column writes it. */
  plus: boolean;
  /** "11.3 Mt", "548 koz": the scale a goods symbol's prefix gives the written number. */
  symbolScale: number;
}

const SCALE_TEXT = [
  INDIAN[0]!.label,
  ...new Set(SCALES.flatMap((s) => (s.write ? [...s.words, ...s.suffixes] : []))),
].sort((a, b) => b.length - a.length);
// A number glued to a unit symbol ("12x", "40GW", "5FLOP"), when NUMBER finds none.
const BARE_NUMBER = /(?<![\p{L}\d.,])(\d[\d,]*(?:\.\d+)?)()()(?!\d)/gu;
// Never part of a number: "1.62x" is one number glued to its symbol, not "1" then ".62x".
const NUMBER = new RegExp(`(?<![\\p{L}\\d.,])(\\d[\\d,]*(?:\\.\\d+)?)(\\s?)(${SCALE_TEXT.map(escapeRegExp).join('|')})?(?![\\p{L}\\d]|[.,]\\d)`, 'gu');
const RANGE_TO_GLUED = /^\s*(?:[-\u2013\u2014]|to)\s*(\d[\d,]*(?:\.\d+)?)(?=\p{L})/u;
const GLUED_CURRENCY = new RegExp(`(?<!\\p{L})(?:${[...GLUED_PREFIXES].sort((a, b) => b.length - a.length).join('|')})(?=\\d)`, 'gu');
const WORD_LABELS = new Set([...WORDS, ...INDIAN].map((s) => s.label));
const INDIAN_LABELS = new Set(INDIAN.map((s) => s.label));
const UPPER_LABELS = new Set(UPPER.map((s) => s.label));
/** Powers of ten as the lexer reads them: "1e26", "10^27", "10**27", "10²⁶", "1.2×10^26". */
const POWER = /(\d+(?:\.\d+)?)[eE][+-]?\d+|(?:(\d+(?:\.\d+)?)\s?([×x])\s?)?10(\^|\*\*|(?=[⁺⁻⁰¹²³⁴⁵⁶⁷⁸⁹]))[-+⁺⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+/u;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function styleOf(claim: Claim): NoteStyle | null {
  // "$(1.2) billion" reads as "$1.2 billion" written in accounting style.
  const paren = /\((\d[\d,]*(?:\.\d+)?)\)/.exec(claim.text);
  const text = paren ? claim.text.replace(paren[0], paren[1]!) : claim.text;
  // "R22,500-23,500", "W2.1 trillion": a currency's letters glued to the digits are no word before them (the same length, so offsets hold).
  const scan = text.replace(GLUED_CURRENCY, (m) => '\u00a4'.repeat(m.length));
  let matches = [...scan.matchAll(NUMBER)];
  // "12.4 million 9-litre cases": the size glued to its measure is part of the noun, not the figure.
  // "23.4 cases per 100,000 people": the base of a rate is part of its unit too.
  if (matches.length > 1) matches = matches.filter((m, i) => i === 0 || !(/^-\p{L}/u.test(text.slice(m.index + m[0].length)) || /\bper\s+$/.test(text.slice(0, m.index))));
  if (matches.length === 0) matches = [...scan.matchAll(BARE_NUMBER)];
  // "120–140bps": a range's high end glued to its symbol, which NUMBER leaves to the suffix.
  const end = matches.at(-1);
  const at = end ? end.index + end[0].length : 0;
  const glued = end && RANGE_TO_GLUED.exec(scan.slice(at));
  if (glued) matches = [...matches, Object.assign([glued[1]!, glued[1]!, '', undefined], { index: at + glued[0].length - glued[1]!.length }) as unknown as RegExpExecArray];
  const first = matches[0];
  const last = matches[matches.length - 1];
  if (!first || !last) return null;
  const scale = first[3] ?? last[3];
  let steps: ScaleStep[] | null = null;
  if (scale) {
    if (INDIAN_LABELS.has(scale) || /^(?:lakhs?|lacs?|crores?|cr)$/i.test(scale)) steps = INDIAN;
    else if (WORD_LABELS.has(scale.replace(/s$/, ''))) steps = WORDS;
    else if (UPPER_LABELS.has(scale)) steps = UPPER;
    else {
      // The note's own abbreviation for its own scale ("mn", "mln", "Bn").
      const own = SCALE_SUFFIXES.get(scale) ?? SCALE_WORDS.get(scale.toLowerCase());
      steps = LOWER.map((s) => (s.size === own ? { ...s, label: scale } : s));
    }
  }
  const rawPrefix = text.slice(0, first.index);
  // The words after the last number: the unit, "per …", the rest of the figure's text.
  const after = text.slice(last.index + last[0].length);
  // "11.3 Mt", "120 koz": the symbol's prefix is the written number's scale.
  const symbolScale = goodsSymbol(/^\s?(\S+)/.exec(after)?.[1] ?? '')?.factor ?? 1;
  return {
    // A sign inside the prefix ("$-5 billion") is the note's way of writing negatives, not part of the currency.
    prefix: rawPrefix.replace(/[-\u2212+]/g, ''),
    // ("2.8 percentage\npoints" broken across lines is written on one.)
    suffix: after.replace(/\s+/g, ' '),
    steps,
    // Indian scales are words: "5cr" is rewritten "4.5 crore", not "4.5crore".
    gap: ((first[3] ? first[2] : last[2]) ?? '') || (steps === INDIAN ? ' ' : ''),
    thousands: /^(?:thousand|k|K)$/.test(scale ?? ''),
    grouping: matches.some((m) => m[1]!.includes(',')),
    negativeInText: /[-\u2212]/.test(rawPrefix) || paren !== null,
    accounting: paren !== null,
    plus: rawPrefix.startsWith('+'),
    cents: !scale && isMoney(claim.unit) && /\.\d\d$/.test(first[1]!),
    perValue: writtenPerValue(claim, after),
    symbolScale,
    factor: PER_LOT.test(after) ? perLotFactor(claim, Number(first[1]!.replace(/,/g, '')))
      : scale || first !== last || after.trim() !== '' ? 1 : scaleOutsideText(claim, Number(first[1]!.replace(/,/g, ''))),
  };
}

/** "9.5 cents per watt", "11¢", "31.2p per share": dollars (or pounds) written in cents (or pence); "2.8 percentage points": basis points written in points. */
function writtenPerValue(claim: Claim, suffix: string): number {
  if (isMoney(claim.unit) && /^\s*(?:¢|cents?\b|pence\b|p\b)/.test(suffix)) return 100;
  return claim.unit === 'bps' && /^\s*(?:percentage\s+)?points?\b/i.test(suffix) ? 0.01 : 1;
}

/** How many times the claim's value is the bare number its text writes ("13.1"), when a power of ten above 1,000 (a scale stated elsewhere). */
/** "$208 per thousand cans": a price of one item written for a lot of them. */
const PER_LOT = /^\s*per\s+(?:thousand|million|1,?000(?:,?000)?)\s/i;

/** The lot's size as a factor of the written figure: 1/1000 for "$208 per thousand cans" ($0.208 a can). */
function perLotFactor(claim: Claim, written: number): number {
  const value = Math.abs(claim.value ?? claim.high ?? 0);
  if (!(written > 0) || !(value > 0) || value >= written) return 1;
  const factor = 10 ** Math.round(Math.log10(value / written));
  return Math.abs(value / written / factor - 1) < 1e-9 ? factor : 1;
}

function scaleOutsideText(claim: Claim, written: number): number {
  const value = Math.abs(claim.value ?? claim.high ?? 0);
  if (!(written > 0) || value < written * 999) return 1;
  const factor = 10 ** Math.round(Math.log10(value / written));
  return Math.abs(value / written / factor - 1) < 1e-9 ? factor : 1;
}

/** Up to four significant digits (whole numbers above 1,000), grouped by thousands when asked or large. */
function digits(n: number, grouping: boolean): string {
  const abs = Math.abs(n);
  const rounded = abs >= 1000 ? Math.round(abs) : Number(abs.toPrecision(4));
  const [whole = '0', fraction] = String(rounded).split('.');
  const grouped = groupThousands(whole, grouping || rounded >= 10000);
  return fraction ? `${grouped}.${fraction.slice(0, 3)}` : grouped;
}

/** Whole digits with thousands separators when asked ("1250" → "1,250"). */
const groupThousands = (whole: string, group: boolean): string => (group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole);

/** 47.1 → "47.10", 1250 → "1,250.00" (unsigned, as digits). */
function withCents(v: number, grouping: boolean): string {
  const [whole = '0', fraction] = Math.abs(v).toFixed(2).split('.');
  return `${groupThousands(whole, grouping || Math.abs(v) >= 10000)}.${fraction}`;
}

function pickStep(steps: ScaleStep[] | null, magnitude: number, thousands: boolean): ScaleStep | null {
  if (!steps) return null;
  return steps.find((s) => magnitude >= s.size && (s.size > 1e3 || thousands)) ?? null;
}

/** A unit's symbols with their factors, largest first ("TW", "GW", "MW", "kW", "W"): from the lexicon. */
function symbolSteps(unit: string): ScaleStep[] {
  return (unitEntry(unit)?.symbols ?? []).map((s) => ({ size: s.factor, label: s.text })).sort((x, y) => y.size - x.size);
}

/** Units whose symbols carry a scale ("2.4 GW"): the fix picks the symbol that fits the value. */
function siStyle(claim: Claim, style: NoteStyle): ((low: number, high: number) => string) | null {
  const steps = symbolSteps(claim.unit);
  if (!steps.some((s) => s.size !== 1)) return null;
  const m = /^(\s?)(\S+)(.*)$/s.exec(style.suffix);
  const own = m ? steps.find((s) => s.label === m[2]) : undefined;
  if (!m || !own) return null;
  // A ratio keeps the note's symbol: "120–130 bps", never "1.2–1.3 pp".
  const ratio = RATIO_FAMILIES.has(unitEntry(claim.unit)?.family ?? '');
  return (low, high) => {
    const step = ratio ? own : (steps.find((s) => Math.max(Math.abs(low), Math.abs(high)) >= s.size) ?? steps[steps.length - 1]!);
    const n = low === high ? digits(low / step.size, false) : `${digits(low / step.size, false)}\u2013${digits(high / step.size, false)}`;
    return `${low < 0 && low === high ? '-' : ''}${style.prefix}${n}${m[1]}${step.label}${m[3]}`;
  };
}

/** "12 kilowatts", "5 megawatt-hours": a unit word that carries a scale keeps it. */
function unitWordStyle(style: NoteStyle): ((low: number, high: number) => string) | null {
  const m = /^(\s?)([\p{L}]+(?:-[\p{L}]+)?)(.*)$/su.exec(style.suffix);
  const word = m ? UNIT_WORDS.get(m[2]!.toLowerCase()) : undefined;
  if (!m || !word || word.factor === 1) return null;
  return (low, high) => {
    const n = low === high ? digits(low / word.factor, style.grouping) : `${digits(low / word.factor, style.grouping)}\u2013${digits(high / word.factor, style.grouping)}`;
    return `${low < 0 && low === high ? '-' : ''}${style.prefix}${n}${style.suffix}`;
  };
}

/** "10^27 FLOP" written again as a power of ten, in the claim's notation. */
function powerStyle(claim: Claim): ((v: number) => string) | null {
  const m = POWER.exec(claim.text);
  if (!m) return null;
  const prefix = claim.text.slice(0, m.index);
  const suffix = claim.text.slice(m.index + m[0].length);
  const caret = m[4] === '^' || m[4] === '**' ? m[4] : m[4] === '' ? 'sup' : null;
  const times = m[3] ?? '×';
  return (v) => {
    if (v === 0) return `${prefix}0${suffix}`;
    const exp = Math.floor(Math.log10(Math.abs(v)));
    const mantissa = Number((v / Number(`1e${exp}`)).toPrecision(4));
    const e = caret === 'sup' ? [...String(exp)].map((c) => (c === '-' ? '⁻' : SUPERSCRIPT[Number(c)])).join('') : `${caret ?? ''}${exp}`;
    if (caret === null) return `${prefix}${mantissa}e${exp}${suffix}`;
    return `${prefix}${mantissa === 1 ? '' : `${mantissa}${times}`}10${e}${suffix}`;
  };
}

/** A value in a plain style when the claim's own text gives none ("four to five months", "a trillion dollars"). */
function plain(claim: Claim, low: number, high: number): string {
  // Money and counted things in words from a million up ("14.2 million members", not "14,200,000 members").
  const step = isCurrency(claim.unit) || countsThings(claim.unit) ? pickStep(WORDS, Math.max(Math.abs(low), Math.abs(high)), false) : null;
  const size = step?.size ?? 1;
  const n = low === high ? digits(low / size, true) : `${digits(low / size, true)}\u2013${digits(high / size, true)}`;
  const sign = low < 0 && low === high ? '-' : '';
  const scale = step ? ` ${step.label}` : '';
  if (isCurrency(claim.unit)) {
    const c = currencyDisplay(claim.unit);
    return `${sign}${c.text}${c.spaced ? ' ' : ''}${n}${scale}`;
  }
  if (claim.unit === 'percent') return `${sign}${n}%`;
  return `${sign}${n}${scale} ${claim.noun ?? claim.unit}`;
}

/**
 * The sourced value written as the claim writes numbers, for messages and quick fixes: "$61.5 billion"
 * where the note says "$18 billion", "$61.5B" where it says "$18B", "200,000 H100 equivalents", "4.5%",
 * "₹1.2 lakh crore", "10^26 FLOP". A range is written "low–high" with one scale ("$91–93 billion").
 * A negative amount keeps its sign before the currency ("-$18 billion", never "$-18 billion"), or
 * accounting parentheses when the claim uses them ("$(1.2) billion"). Values are in the claim's unit.
 */
export function formatInNoteStyle(claim: Claim, low: number, high: number = low): string {
  const style = styleOf(claim);
  // "fell 9%" is stored as -9 but written "9%": keep the note's way of showing direction.
  const signInWords = style !== null && !style.negativeInText && (claim.value ?? claim.low ?? 0) < 0;
  if (low !== high && (low < 0 || high < 0)) {
    if (signInWords && high <= 0) return formatInNoteStyle({ ...claim, value: 1, low: null }, -high, -low);
    // A range with a negative end is clearer written out end by end.
    return `${formatInNoteStyle(claim, low)} to ${formatInNoteStyle(claim, high)}`;
  }
  const power = powerStyle(claim);
  if (power && low === high) return power(low);
  if (!style) return plain(claim, low, high);
  low *= style.perValue / style.symbolScale;
  high *= style.perValue / style.symbolScale;
  // "12.6" in a "(€bn)" column, as the note writes its cells.
  if (style.factor !== 1) return formatInNoteStyle({ ...claim, value: (claim.value ?? 0) / style.factor, low: null, high: null }, low / style.factor, high / style.factor);
  const si = siStyle(claim, style) ?? unitWordStyle(style);
  // ("fell 3.5pp": the direction stays in the words.)
  if (si) return signInWords && low === high && low < 0 ? si(-low, -high) : si(low, high);
  const step = pickStep(style.steps, Math.max(Math.abs(low), Math.abs(high)), style.thousands);
  const size = step?.size ?? 1;
  const scale = step ? `${style.gap}${step.label}` : '';
  if (low === high) {
    const n = style.cents && !step ? withCents(low, style.grouping) : digits(low / size, style.grouping);
    if (low < 0 && style.accounting) return `${style.prefix}(${n})${scale}${style.suffix}`;
    // (Against a fall said in words, a rise shows its sign: "fell 3.1%" against "+3.1%".)
    return `${low < 0 && !signInWords ? '-' : (style.plus || signInWords) && low > 0 ? '+' : ''}${style.prefix}${n}${scale}${style.suffix}`;
  }
  return `${style.prefix}${digits(low / size, style.grouping)}\u2013${digits(high / size, style.grouping)}${scale}${style.suffix}`;
}
