// Powers of ten, every way they are written, across the whole exponent range: a figure in range
// reads exactly; beyond the lexicon's MAX_MAGNITUDE (or below 1) it is no claim — never Infinity,
// NaN or a misread piece of the exponent (issue 11: "1e308", "10^400").
import { describe, expect, it } from 'vitest';
import { MAX_MAGNITUDE } from '../../server/src/core/lexicon';
import { parseNote } from '../../server/src/core/parse/parseNote';

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const sup = (n: number): string => (n < 0 ? '⁻' : '') + [...String(Math.abs(n))].map((d) => SUP[Number(d)]).join('');

const forms: [string, (m: string, e: number) => string][] = [
  ['e-notation', (m, e) => `${m}e${e}`],
  ['caret', (m, e) => (m === '1' ? `10^${e}` : `${m}×10^${e}`)],
  ['double star', (m, e) => (m === '1' ? `10**${e}` : `${m}×10**${e}`)],
  ['superscript', (m, e) => (m === '1' ? `10${sup(e)}` : `${m}×10${sup(e)}`)],
];

describe('powers of ten', () => {
  it.each(forms)('%s: exact in range, no claim out of range', (_name, write) => {
    for (const m of ['1', '3', '2.5']) {
      for (let e = 1; e <= 420; e += e < 70 ? 1 : 17) {
        const figure = write(m, e);
        const claims = parseNote(`---\ndate: 2025-06-30\n---\nThe estimate was ${figure} FLOP in total.\n`).claims;
        const expected = Number(`${m}e${e}`);
        if (expected <= MAX_MAGNITUDE) {
          expect(claims.map((c) => [c.text, c.unit]), figure).toEqual([[`${figure} FLOP`, 'FLOP']]);
          expect(Math.abs(claims[0]!.value! - expected) / expected, figure).toBeLessThan(1e-11);
        } else {
          expect(claims, figure).toEqual([]);
        }
        for (const c of claims) expect(Number.isFinite(c.value) && Number.isFinite(c.precision), figure).toBe(true);
      }
    }
  });

  it('a 400-digit number is no claim either', () => {
    expect(parseNote(`The estimate was ${'9'.repeat(400)} FLOP.\n`).claims).toEqual([]);
  });
});
