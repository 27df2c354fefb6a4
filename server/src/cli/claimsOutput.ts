import type { Bound, Claim } from '../core/types';
import { toCliLocation, type CliLocation } from './location';

export interface ClaimJson extends CliLocation {
  text: string;
  kind: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  bound: Bound;
  approx: boolean;
  time: string | null;
  precision: number;
  timeText: string | null;
}

export function claimToJson(file: string, claim: Claim): ClaimJson {
  // toCliLocation's fields written out, not spread: the same keys in the same order, without the
  // spread's copy (the largest self time of `check --format json` in a profile).
  const { start, end } = claim.range;
  return {
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    text: claim.text,
    kind: claim.kind,
    value: claim.value,
    low: claim.low,
    high: claim.high,
    unit: claim.unit,
    bound: claim.bound,
    approx: claim.approx,
    time: claim.time ? (claim.time.iso === null ? (claim.time.latest ? 'latest' : null) : periodName(claim.time)) : null,
    precision: claim.precision,
    timeText: claim.time?.text ?? null,
  };
}

/** A fiscal quarter or half as a facts file's `period` writes it ("FY2026-Q3"): "2026-Q3" reads as a calendar quarter. */
function periodName(time: NonNullable<Claim['time']>): string {
  return time.fiscal && /^\d{4}-[QH]\d$/.test(time.iso!) ? `FY${time.iso}` : time.iso!;
}

const BOUND_SIGN: Record<Bound, string> = { eq: '', gt: '> ', gte: '≥ ', lt: '< ', lte: '≤ ' };

function number(n: number): string {
  return Math.abs(n) >= 1e4 ? n.toLocaleString('en-US', { maximumFractionDigits: 4 }) : String(+n.toPrecision(12));
}

/** The normalized value as a person reads it: "> 4,000,000,000 USD", "8,000,000,000–10,000,000,000 USD". */
export function describeValue(claim: Pick<Claim, 'value' | 'low' | 'high' | 'unit' | 'bound' | 'approx'>): string {
  const amount = claim.value !== null ? number(claim.value) : `${number(claim.low ?? NaN)}–${number(claim.high ?? NaN)}`;
  return `${claim.approx ? '~' : ''}${BOUND_SIGN[claim.bound]}${amount} ${claim.unit}`;
}

export function claimToTextLine(displayFile: string, claim: Claim): string {
  const loc = toCliLocation(displayFile, claim.range);
  const time = claim.time ? `  (${claim.time.iso ?? claim.time.text})` : '';
  return `${loc.file}:${loc.line}:${loc.column}  ${claim.kind}  ${claim.text}  → ${describeValue(claim)}${time}`;
}
