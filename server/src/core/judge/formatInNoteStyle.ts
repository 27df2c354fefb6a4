import type { Claim } from '../types';
import { isCurrency } from '../units';

interface ScaleStep {
  size: number;
  label: string;
}

const WORDS: ScaleStep[] = [
  { size: 1e12, label: 'trillion' },
  { size: 1e9, label: 'billion' },
  { size: 1e6, label: 'million' },
  { size: 1e3, label: 'thousand' },
];
const UPPER: ScaleStep[] = [
  { size: 1e12, label: 'T' },
  { size: 1e9, label: 'B' },
  { size: 1e6, label: 'M' },
  { size: 1e3, label: 'K' },
];
const LOWER: ScaleStep[] = [
  { size: 1e12, label: 'tn' },
  { size: 1e9, label: 'bn' },
  { size: 1e6, label: 'm' },
  { size: 1e3, label: 'k' },
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
}

const NUMBER = /(?<![\p{L}\d.,])(\d[\d,]*(?:\.\d+)?)(\s?)(trillion|billion|million|thousand|tn|bn|mn|[kKmMbBtT])?(?![\p{L}\d])/gu;

function styleOf(claim: Claim): NoteStyle | null {
  const matches = [...claim.text.matchAll(NUMBER)];
  const first = matches[0];
  const last = matches[matches.length - 1];
  if (!first || !last) return null;
  const scale = first[3] ?? last[3];
  let steps: ScaleStep[] | null = null;
  if (scale) {
    if (/^(?:trillion|billion|million|thousand)$/.test(scale)) steps = WORDS;
    else if (/^[KMBT]$/.test(scale)) steps = UPPER;
    else steps = scale === 'mn' ? LOWER.map((s) => (s.label === 'm' ? { ...s, label: 'mn' } : s)) : LOWER;
  }
  const rawPrefix = claim.text.slice(0, first.index);
  return {
    prefix: rawPrefix.replace(/^[-\u2212+]/, ''),
    suffix: claim.text.slice(last.index + last[0].length),
    steps,
    gap: (first[3] ? first[2] : last[2]) ?? '',
    thousands: /^(?:thousand|k|K)$/.test(scale ?? ''),
    grouping: matches.some((m) => m[1]!.includes(',')),
    negativeInText: /^[-\u2212]/.test(rawPrefix),
  };
}

/** Up to four significant digits (whole numbers above 1,000), grouped by thousands when asked or large. */
function digits(n: number, grouping: boolean): string {
  const abs = Math.abs(n);
  const rounded = abs >= 1000 ? Math.round(abs) : Number(abs.toPrecision(4));
  const [whole = '0', fraction] = String(rounded).split('.');
  const grouped = grouping || rounded >= 10000 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return fraction ? `${grouped}.${fraction.slice(0, 3)}` : grouped;
}

function pickStep(steps: ScaleStep[] | null, magnitude: number, thousands: boolean): ScaleStep | null {
  if (!steps) return null;
  return steps.find((s) => magnitude >= s.size && (s.size > 1e3 || thousands)) ?? null;
}

const SI: ScaleStep[] = [
  { size: 1e12, label: 'T' },
  { size: 1e9, label: 'G' },
  { size: 1e6, label: 'M' },
  { size: 1e3, label: 'k' },
];

/** Watts and watt-hours carry their scale in an SI prefix ("2.4 GW"), which the unit keeps. */
function siStyle(claim: Claim, style: NoteStyle): ((low: number, high: number) => string) | null {
  if (claim.unit !== 'W' && claim.unit !== 'Wh') return null;
  const m = /^(\s?)[kMGT]?(Wh?)(.*)$/s.exec(style.suffix);
  if (!m) return null;
  return (low, high) => {
    const step = SI.find((s) => Math.max(Math.abs(low), Math.abs(high)) >= s.size);
    const size = step?.size ?? 1;
    const n = low === high ? digits(low / size, false) : `${digits(low / size, false)}\u2013${digits(high / size, false)}`;
    return `${style.prefix}${n}${m[1]}${step?.label ?? ''}${m[2]}${m[3]}`;
  };
}

/** A value in a plain style when the claim's own text gives none ("four to five months"). */
function plain(claim: Claim, low: number, high: number): string {
  const step = isCurrency(claim.unit) ? pickStep(WORDS, Math.abs(high), false) : null;
  const size = step?.size ?? 1;
  const n = low === high ? digits(low / size, true) : `${digits(low / size, true)}\u2013${digits(high / size, true)}`;
  const scale = step ? ` ${step.label}` : '';
  if (claim.unit === 'USD') return `$${n}${scale}`;
  if (isCurrency(claim.unit)) return `${claim.unit} ${n}${scale}`;
  if (claim.unit === 'percent') return `${n}%`;
  return `${n} ${claim.noun ?? claim.unit}`;
}

/**
 * The sourced value written as the claim writes numbers, for messages and quick fixes: "$61.5 billion"
 * where the note says "$18 billion", "$61.5B" where it says "$18B", "200,000 H100 equivalents", "4.5%".
 * A range is written "low–high" with one scale ("$91–93 billion"). Values are in the claim's unit.
 */
export function formatInNoteStyle(claim: Claim, low: number, high: number = low): string {
  const style = styleOf(claim);
  if (!style) return plain(claim, low, high);
  const si = siStyle(claim, style);
  if (si) return si(low, high);
  const step = pickStep(style.steps, Math.max(Math.abs(low), Math.abs(high)), style.thousands);
  const size = step?.size ?? 1;
  // "fell 9%" is stored as -9 but written "9%": keep the note's way of showing direction.
  const signInWords = !style.negativeInText && (claim.value ?? claim.low ?? 0) < 0;
  const sign = (v: number): string => (v < 0 && !signInWords ? '-' : '');
  const scale = step ? `${style.gap}${step.label}` : '';
  if (low === high) return `${sign(low)}${style.prefix}${digits(low / size, style.grouping)}${scale}${style.suffix}`;
  const number = `${sign(low)}${digits(low / size, style.grouping)}\u2013${sign(high)}${digits(high / size, style.grouping)}`;
  return `${style.prefix}${number}${scale}${style.suffix}`;
}
