// Placing a segment's claims and citations in the note (placeClaim, placeCitation) and moving
// placed ones in place (shiftClaim, shiftCitation, what a keystroke above them does) must agree:
// a placed claim moved by n characters and k claims reads exactly as the claim placed that much
// further on. A span or index added to one and not the other fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSegment } from '../../server/src/core/parse/parseNote';
import { placeCitation, placeClaim, shiftCitation, shiftClaim } from '../../server/src/core/parse/placement';

const ROOT = path.resolve(__dirname, '../..');
// The example's body, and blocks of other shapes: a table (row and header spans), a dated
// sentence (a time span), a citation with two keys, a list.
const example = readFileSync(path.join(ROOT, 'examples/notes/anthropic-compute.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
const text = `${example}
| Plant | Output | Year | Share |
|---|---:|---|---:|
| Harlow | 1.3 TWh | 2024 | 12% |
| Ostend | 450 MW | 2023 | 4% |

Northwind Health added 1,200 nurses in March 2025 [@nw-staff-2025; @nw-annual-2024].

- Shipments rose 12% to 40 turbines in Q2 2024.
`;

describe('placement', () => {
  it('moves a placed claim and citation in place exactly as placing them further on does, claim indexes too', () => {
    const part = parseSegment(text, '2025-06-30');
    expect(part.claims.length).toBeGreaterThan(10);
    expect(part.claims.some((c) => c.table?.header)).toBe(true);
    // "| Plant | Output | Year | Share |": the Share column's cells hold the headers left of theirs, from the second.
    const share = part.claims.find((c) => c.text === '12%')!;
    expect(text.slice(share.table!.before!.start, share.table!.before!.end)).toBe('Output | Year');
    expect(part.claims.some((c) => c.time?.span)).toBe(true);
    expect(part.citations.some((c) => c.keys.length === 2)).toBe(true);
    expect(part.citations.some((c) => c.claimIndex !== null)).toBe(true);
    const at = { by: 120, lines: 7, base: 3 };
    for (const shift of [{ by: 1, base: 0 }, { by: 37, base: 2 }, { by: -5, base: -1 }]) {
      const further = { ...at, by: at.by + shift.by, base: at.base + shift.base };
      for (const c of part.claims) {
        const moved = placeClaim(c, at);
        shiftClaim(moved, shift);
        expect(moved).toEqual(placeClaim(c, further));
      }
      for (const c of part.citations) {
        const moved = placeCitation(c, at);
        shiftCitation(moved, shift);
        expect(moved).toEqual(placeCitation(c, further));
      }
    }
  });

  it('moves nothing the segment result holds: the placed spans are their own', () => {
    const part = parseSegment(text, '2025-06-30');
    const before = JSON.stringify(part);
    for (const c of part.claims) shiftClaim(placeClaim(c, { by: 10, lines: 2, base: 0 }), { by: 9, base: 4 });
    for (const c of part.citations) shiftCitation(placeCitation(c, { by: 10, lines: 2, base: 0 }), { by: 9, base: 4 });
    expect(JSON.stringify(part)).toBe(before);
  });
});
