// A parsed YAML document as plain data, as `yaml`'s toJS gives it, in one pass. toJS finds each
// alias's anchor by walking every anchor and alias before it: quadratic in the aliases (40,000
// facts citing one anchored source took 13 s, 60,000 took 36 s). Here the anchors are met in
// document order, and an alias is the value its anchor's node was read as (shared, as in toJS).
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Pair } from 'yaml';

/** Something this reading leaves to toJS: a key that is a collection, a scalar that is an object (a date), a merge key. */
const UNUSUAL = { unusual: true };

/** The data of `doc`, as `doc.toJS({ maxAliasCount: -1 })` reads it, and whether it holds an alias (then a value may be in it twice). */
export function documentData(doc: Document.Parsed): { data: unknown; aliased: boolean } {
  const reading = new Reading();
  try {
    return { data: reading.value(doc.contents), aliased: reading.aliased };
  } catch (e) {
    if (e === UNUSUAL) return { data: doc.toJS({ maxAliasCount: -1 }) as unknown, aliased: true };
    throw e;
  }
}

class Reading {
  aliased = false;
  /** The last node with each anchor, so far in document order. */
  private readonly anchored = new Map<string, unknown>();
  /** What each anchored node was read as: an alias of it is the same value. */
  private readonly read = new Map<unknown, unknown>();

  value(node: unknown): unknown {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      this.aliased = true;
      const target = this.anchored.get(node.source);
      if (target === undefined) throw new ReferenceError(`Unresolved alias (the anchor must be set before the alias): ${node.source}`);
      // The anchored collection is still being read when the alias is inside it: toJS gives the same unfinished object.
      return this.read.get(target);
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) this.anchored.set(anchor, node);
    if (isScalar(node)) {
      const v = typeof node.value === 'bigint' ? Number(node.value) : node.value;
      if (v !== null && typeof v === 'object') throw UNUSUAL; // a Date from a tag: toJS calls its toJSON
      if (anchor) this.read.set(node, v);
      return v;
    }
    if (isSeq(node)) {
      const list: unknown[] = [];
      if (anchor) this.read.set(node, list);
      for (const item of node.items) list.push(this.value(item)); // a pair (`[a: 1]`) is a one-key map, as below
      return list;
    }
    if (isMap(node)) {
      const map: Record<string, unknown> = {};
      if (anchor) this.read.set(node, map);
      for (const pair of node.items) this.addPair(map, pair as Pair<unknown, unknown>);
      return map;
    }
    if (isPair(node)) return this.addPair({}, node);
    throw UNUSUAL;
  }

  /** Adds `pair` to `map` as toJS does (setKey). */
  private addPair(map: Record<string, unknown>, pair: Pair<unknown, unknown>): Record<string, unknown> {
    const key = pair.key === null ? null : this.value(pair.key);
    if (key !== null && typeof key === 'object') throw UNUSUAL;
    const name = key === null ? '' : String(key);
    if (name === '<<') throw UNUSUAL;
    setKey(map, name, this.value(pair.value));
    return map;
  }
}

/** Sets `map[name]` as toJS does (addPairToJSMap): a key already there (`__proto__`, `toString`) is defined as the map's own. */
export function setKey(map: Record<string, unknown>, name: string, value: unknown): void {
  if (name in map) Object.defineProperty(map, name, { value, writable: true, enumerable: true, configurable: true });
  else map[name] = value;
}
