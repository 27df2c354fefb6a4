import type { Unit } from './types';

/** Units that measure the same thing and may be compared directly. */
const FAMILIES: Record<string, readonly string[]> = {
  // H100 equivalents are GPU counts normalised to one model; analysts write both for one fleet.
  gpu: ['GPU', 'H100e', 'accelerator'],
  tpu: ['TPU'],
  chip: ['chip'],
  percent: ['percent'],
  bps: ['bps'],
  multiple: ['x'],
  power: ['W'],
  energy: ['Wh'],
  users: ['users'],
  people: ['people'],
  duration: ['days', 'weeks', 'months', 'quarters', 'years'],
};

const CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'CHF', 'CAD', 'AUD', 'KRW', 'TWD', 'HKD', 'SGD', 'BRL', 'MXN']);

export function isCurrency(unit: Unit): boolean {
  return CURRENCIES.has(unit);
}

/** The family a unit belongs to: a currency code is its own family; unknown nouns are their own. */
export function unitFamily(unit: Unit): string {
  if (isCurrency(unit)) return `currency:${unit}`;
  for (const [family, members] of Object.entries(FAMILIES)) if (members.includes(unit)) return family;
  return `noun:${unit.toLowerCase()}`;
}

/**
 * Whether a claim in `claimUnit` can be judged against a fact in `factUnit`. Chips are the
 * generic noun for accelerators, so a chip count is comparable with GPU and TPU counts.
 */
export function unitsCompatible(claimUnit: Unit, factUnit: Unit): boolean {
  const a = unitFamily(claimUnit);
  const b = unitFamily(factUnit);
  if (a === b) return true;
  const accelerators = ['gpu', 'tpu', 'chip'];
  return (a === 'chip' && accelerators.includes(b)) || (b === 'chip' && accelerators.includes(a));
}

/** Days in each duration unit, to compare "90 days" with "3 months". */
export const DAYS_PER: Record<string, number> = { days: 1, weeks: 7, months: 30.4375, quarters: 91.3125, years: 365.25 };
