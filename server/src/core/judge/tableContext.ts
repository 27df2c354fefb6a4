import type { Claim, Span } from '../types';

export interface TableContext {
  /** The whole row the claim's cell is in: the "block" for entity fallback. */
  row: Span;
  /** The header cell above the claim's column, where a table names its metric ("Valuation"). */
  header: Span | null;
  /** The row's first cell, when the claim stands in another: the row's label ("| Google Cloud | $13.6B |"). */
  label?: Span;
  /** The header cells left of the claim's column, after the first: where a change column's metric is named. */
  before?: Span;
  /** The first column's header ("Segment", "Region"): what the row labels are. */
  corner?: Span;
}

// One offset -> table look-up per note's claims, built once (the judge asks for every claim).
const byClaims = new WeakMap<readonly Claim[], Map<number, TableContext>>();

/**
 * When a claim stands in a table cell (top level, in a block quote or a list item), its row and
 * its column's header cell. Both come from the markdown tree, carried on the claim by the parser
 * (a cell alone rarely names both the entity and the metric; the row and header do); the note's
 * text is never re-split on pipes.
 */
export function tableContext(note: { claims?: readonly Claim[] }, offset: number): TableContext | null {
  const claims = note.claims;
  if (!claims) return null;
  let map = byClaims.get(claims);
  if (!map) {
    map = new Map();
    for (const c of claims) if (c.table) map.set(c.offset.start, c.table);
    byClaims.set(claims, map);
  }
  return map.get(offset) ?? null;
}
