import type { Unit } from '../types';
import { isCurrency, RATIO_FAMILIES, unitFamily, unitsCompatible } from '../units';

// The judge asks about the same few unit pairs for every claim; the answers never change.
const families = new Map<Unit, string>();
const compatible = new Map<string, boolean>();

export function familyOf(unit: Unit): string {
  let f = families.get(unit);
  if (f === undefined) families.set(unit, (f = unitFamily(unit)));
  return f;
}

/** Whether a unit is a ratio's (percent, basis points, a multiple), never a level's. */
export const isRatioUnit = (unit: Unit): boolean => RATIO_FAMILIES.has(familyOf(unit));

/** Whether a plain money figure may be a per-item amount in its currency ("$12.70" and `USD/ticket`): only when the metric's words are bound to it. */
export function priceOfOne(claimUnit: Unit, perItem: Unit): boolean {
  return perItem.length > claimUnit.length + 1 && perItem.startsWith(`${claimUnit}/`) && isCurrency(claimUnit);
}

// Families whose figures are plain counts of things.
const COUNTED = new Set(['gpu', 'tpu', 'chip', 'users', 'people']);

/**
 * unitsCompatible, plus: a bare number ("grew to 91 million", unit 'count') can be a count of the
 * users, people, GPUs... that the words next to it name, so it fits any counted unit.
 */
export function compatibleUnits(claimUnit: Unit, factUnit: Unit): boolean {
  const key = `${claimUnit}\u0000${factUnit}`;
  let c = compatible.get(key);
  if (c === undefined) {
    const family = familyOf(factUnit);
    c = unitsCompatible(claimUnit, factUnit) || (claimUnit === 'count' && (COUNTED.has(family) || family.startsWith('noun:')));
    compatible.set(key, c);
  }
  return c;
}
