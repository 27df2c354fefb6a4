// Human-readable figures for hovers, hints and details ("$61.5 billion", "100,000 GPU").
import { isCurrency } from '../core/units';
import type { FactRef, Fact, Claim } from '../core/types';

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', CNY: 'CN¥' };

function trim(n: number): string {
  return String(Number(n.toPrecision(6)));
}

function grouped(n: number): string {
  const rounded = Math.abs(n) >= 1000 ? Math.round(n) : Number(n.toPrecision(6));
  const [int, frac] = String(Math.abs(rounded)).split('.');
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (rounded < 0 ? '-' : '') + withCommas + (frac ? `.${frac}` : '');
}

function scaled(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e12) return `${trim(n / 1e12)} trillion`;
  if (a >= 1e9) return `${trim(n / 1e9)} billion`;
  if (a >= 1e6) return `${trim(n / 1e6)} million`;
  return grouped(n);
}

function siScaled(n: number, base: string): string {
  const a = Math.abs(n);
  if (a >= 1e9) return `${trim(n / 1e9)} G${base}`;
  if (a >= 1e6) return `${trim(n / 1e6)} M${base}`;
  if (a >= 1e3) return `${trim(n / 1e3)} k${base}`;
  return `${trim(n)} ${base}`;
}

export function formatNumber(n: number, unit: string): string {
  if (!Number.isFinite(n)) return String(n);
  if (isCurrency(unit)) {
    const symbol = SYMBOLS[unit];
    return symbol ? `${n < 0 ? '-' : ''}${symbol}${scaled(Math.abs(n))}` : `${scaled(n)} ${unit}`;
  }
  switch (unit) {
    case 'percent':
      return `${trim(n)}%`;
    case 'bps':
      return `${trim(n)} bps`;
    case 'x':
      return `${trim(n)}x`;
    case 'W':
      return siScaled(n, 'W');
    case 'Wh':
      return siScaled(n, 'Wh');
    case 'count':
      return scaled(n);
    default:
      return `${scaled(n)} ${unit}`;
  }
}

type Valued = Pick<Fact | FactRef | Claim, 'value' | 'low' | 'high' | 'unit'>;

export function formatValue(v: Valued): string {
  if (v.value !== null && v.value !== undefined) return formatNumber(v.value, v.unit);
  if (v.low !== null && v.high !== null) {
    return `${formatNumber(v.low, v.unit)} to ${formatNumber(v.high, v.unit)}`;
  }
  return '?';
}

/** A number as YAML writes it compactly: 61.5e9, 100000, 0.35. */
export function yamlNumber(n: number): string {
  const a = Math.abs(n);
  for (const [exp, scale] of [[12, 1e12], [9, 1e9], [6, 1e6]] as const) {
    if (a >= scale) {
      const mantissa = Number((n / scale).toPrecision(12));
      return `${mantissa}e${exp}`;
    }
  }
  return String(Number(n.toPrecision(12)));
}

/** A figure as short as an inlay hint wants it: "$61.5B", "€2.1M", "$1.2T"; other units as formatValue. */
export function compactValue(v: Valued): string {
  const one = (n: number) => {
    if (!isCurrency(v.unit)) return formatNumber(n, v.unit);
    const symbol = SYMBOLS[v.unit];
    const a = Math.abs(n);
    const [scale, letter] = a >= 1e12 ? [1e12, 'T'] : a >= 1e9 ? [1e9, 'B'] : a >= 1e6 ? [1e6, 'M'] : [1, ''];
    const digits = `${trim(a / scale)}${letter}`;
    return `${n < 0 ? '-' : ''}${symbol ?? ''}${digits}${symbol ? '' : ` ${v.unit}`}`;
  };
  if (v.value !== null && v.value !== undefined) return one(v.value);
  if (v.low !== null && v.high !== null) return `${one(v.low)}–${one(v.high)}`;
  return '?';
}
