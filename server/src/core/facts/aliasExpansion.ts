// How much data a YAML file's aliases make. Both YAML readers give an alias the anchored value
// itself, shared, so parsing stays linear; but everything after (schema check, loader, dates)
// walks the data as if each alias were written out, and an alias bomb (`b: [*a, *a, ...]`, ten
// levels deep) makes that billions of values. Counting the values once per shared object bounds
// the walk before it starts, while a file that aliases one `source:` in 100,000 facts reads as written.

/** The expanded data may hold one value per character of the file, or this many, whichever is more. */
const MIN_EXPANDED_VALUES = 100_000;

/** The most values a file's data may hold once its aliases are expanded. */
export function expansionLimit(text: string): number {
  return Math.max(MIN_EXPANDED_VALUES, text.length);
}

/** Why `data` (read from `text`) must not be walked: its aliases expand it past the limit, or one contains itself; undefined when it is fine. */
export function aliasExpansionError(data: unknown, text: string): string | undefined {
  const limit = expansionLimit(text);
  const sizes = new Map<object, number>();
  const size = expandedSize(data, limit, sizes);
  if (size === CYCLE) return 'an alias (`*name`) is used inside the value it names, so the data never ends; write that value out.';
  if (size > limit) {
    return `the aliases (\`*name\`) expand this file to over ${limit.toLocaleString('en')} values, too many to check (an alias bomb?); alias smaller values, or write them out.`;
  }
  return undefined;
}

/** A value met again inside itself: a cycle, which no limit covers. */
const CYCLE = -1;
/** Marks an object whose size is being counted. */
const COUNTING = -2;

/** The values in `value` with every alias expanded, each shared object counted once and reused; past `limit` the count stops. */
function expandedSize(value: unknown, limit: number, sizes: Map<object, number>): number {
  if (value === null || typeof value !== 'object') return 1;
  const known = sizes.get(value);
  if (known !== undefined) return known === COUNTING ? CYCLE : known;
  sizes.set(value, COUNTING);
  let total = 1;
  // Data from a YAML reader: arrays and plain objects (Dates and the like hold no aliases).
  const children = Array.isArray(value) ? value : Object.values(value);
  for (let i = 0; i < children.length && total <= limit; i++) {
    const n = expandedSize(children[i], limit, sizes);
    if (n === CYCLE) return CYCLE;
    total += n;
  }
  sizes.set(value, total);
  return total;
}
