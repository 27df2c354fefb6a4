// Derived checks (issue 13 pt 2): growth, multiple, difference and share figures that no fact
// states, computed from facts of one airline. Every expectation was worked out by hand from the
// README's rules (interval arithmetic on the facts, the claim's precision) before the run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { judgeNote } from '../../server/src/core/judge/judgeNote';
import { shiftIso, writtenHalfUnit } from '../../server/src/core/judge/judgeDerived';
import { deriveInterval, divideIntervals, subtractIntervals } from '../../server/src/core/judge/deriveArithmetic';
import { parseNote } from '../../server/src/core/parse/parseNote';
import type { Finding } from '../../server/src/core/types';

const FACTS = `
entities:
  skylark: { name: Skylark Air, aliases: [Skylark] }
facts:
  - { id: sky-rev-2023, entity: skylark, metric: revenue, value: 4.0e9, unit: USD, as_of: 2024-02-15, period: 2023, source: { url: https://example.com/sky-2023, title: Skylark Air 2023 annual report } }
  - { id: sky-rev-2024, entity: skylark, metric: revenue, value: 5.0e9, unit: USD, as_of: 2025-02-14, period: 2024, source: { url: https://example.com/sky-2024, title: Skylark Air 2024 annual report, quote: "Revenue reached $5.0 billion." } }
  - { id: sky-rev-2024-q2, entity: skylark, metric: revenue, value: 1.25e9, unit: USD, as_of: 2024-07-20, period: 2024-Q2, source: { url: https://example.com/sky-q2-24 } }
  - { id: sky-rev-2025-q1, entity: skylark, metric: revenue, value: 1.2e9, unit: USD, as_of: 2025-04-20, period: 2025-Q1, source: { url: https://example.com/sky-q1-25 } }
  - { id: sky-rev-2025-q2, entity: skylark, metric: revenue, value: 1.5e9, unit: USD, as_of: 2025-07-20, period: 2025-Q2, source: { url: https://example.com/sky-q2-25 } }
  - { id: sky-cargo-2024, entity: skylark, metric: revenue, segment: cargo, value: 1.1e9, unit: USD, as_of: 2025-02-14, period: 2024, source: { url: https://example.com/sky-2024, title: Skylark Air 2024 annual report } }
  - { id: sky-capex-2023, entity: skylark, metric: capex, value: 0.8e9, unit: USD, as_of: 2024-02-15, period: 2023, source: { url: https://example.com/sky-2023 } }
  - { id: sky-capex-2024, entity: skylark, metric: capex, value: 1.7e9, unit: USD, as_of: 2025-02-14, period: 2024, source: { url: https://example.com/sky-2024 } }
  - { id: sky-val-2025-06, entity: skylark, metric: valuation, value: 30e9, unit: USD, as_of: 2025-06-10, source: { url: https://example.com/sky-val } }
`;

function judge(body: string, facts = FACTS, asOf?: string): Finding[] {
  const loaded = loadFacts([{ file: 'facts.yaml', text: facts }], { today: '2026-12-31' });
  expect(loaded.problems).toEqual([]);
  const note = parseNote(`---\ndate: 2025-09-01\n---\n\n${body}\n`);
  return judgeNote(note, loaded.index, { config: defaultConfig, ...(asOf ? { asOf } : {}) });
}

function only(body: string, text: string, facts?: string, asOf?: string): Finding {
  const found = judge(body, facts, asOf).filter((f) => f.claim.text === text);
  if (found.length !== 1) throw new Error(`expected one finding for "${text}", got ${JSON.stringify(judge(body, facts).map((f) => [f.claim.text, f.code, f.message]))}`);
  return found[0]!;
}

describe('interval arithmetic', () => {
  it('divides by the far ends and refuses a denominator that may be zero', () => {
    expect(divideIntervals({ low: 118, high: 122 }, { low: 98, high: 102 })).toEqual({ low: 118 / 102, high: 122 / 98 });
    expect(divideIntervals({ low: 1, high: 2 }, { low: 0, high: 1 })).toBeNull();
  });
  it('subtracts the high from the low and the low from the high', () => {
    expect(subtractIntervals({ low: 4.9, high: 5.1 }, { low: 3.9, high: 4.1 })).toEqual({ low: 4.9 - 4.1, high: 5.1 - 3.9 });
  });
  it('writes growth and shares in percent, multiples as ratios', () => {
    const g = deriveInterval('growth', { low: 5, high: 5 }, { low: 4, high: 4 })!;
    expect(g.low).toBeCloseTo(25);
    expect(deriveInterval('share', { low: 1.1, high: 1.1 }, { low: 5, high: 5 })!.high).toBeCloseTo(22);
    expect(deriveInterval('multiple', { low: 30, high: 30 }, { low: 5, high: 5 })).toEqual({ low: 6, high: 6 });
  });
  it('moves period strings back in their own notation', () => {
    expect(shiftIso('FY2025-Q4', 12)).toBe('FY2024-Q4');
    expect(shiftIso('2025-Q1', 3)).toBe('2024-Q4');
    // The first nine months, a year back.
    expect(shiftIso('2025-01/2025-09', 12)).toBe('2024-01/2024-09');
    expect(shiftIso('2025', 12)).toBe('2024');
    expect(shiftIso('2025-01', 1)).toBe('2024-12');
    expect(shiftIso('2025', 3)).toBeNull();
  });
});

describe('growth', () => {
  it('derives a year over the year before from the period named: 5.0 / 4.0 − 1 = 25%', () => {
    const f = only("Skylark Air's revenue grew 25% in 2024.", '25%');
    expect(f.code).toBe('supported');
    expect(f.message).toContain('derived');
    expect(f.derivation).toMatchObject({ form: 'growth', formula: '$5B / $4B − 1 = 25%', unit: 'percent', operands: [{ role: 'later', fact: 'sky-rev-2024' }, { role: 'earlier', fact: 'sky-rev-2023' }] });
    expect(f.facts.map((x) => x.id)).toEqual(['sky-rev-2024', 'sky-rev-2023']);
  });
  it('contradicts a wrong growth and suggests the derived one in the note style', () => {
    const f = only("Skylark Air's revenue grew 30% in 2024.", '30%');
    expect(f.code).toBe('contradicted');
    expect(f.message).toMatch(/growth derived from .*\$5B \/ \$4B − 1 = 25%/);
    expect(f.suggestion).toBe('25%');
    // The fix cites both facts: a derived figure citing them is derived from exactly those.
    expect(f.cite).toEqual(['sky-rev-2024', 'sky-rev-2023']);
  });
  it('reads "year over year" from the quarter named: Q2 2025 over Q2 2024, 1.5 / 1.25 − 1 = 20%', () => {
    expect(only("Skylark Air's revenue rose 20% year over year in Q2 2025.", '20%').code).toBe('supported');
    expect(only("Skylark Air's revenue rose 25% year over year in Q2 2025.", '25%').code).toBe('contradicted');
  });
  it('reads "from Q1 to Q2" as two named times: 1.5 / 1.2 − 1 = 25%', () => {
    const f = only("Skylark Air's revenue rose 25% from Q1 2025 to Q2 2025.", '25%');
    expect(f.code).toBe('supported');
    expect(f.derivation?.operands.map((o) => o.fact)).toEqual(['sky-rev-2025-q2', 'sky-rev-2025-q1']);
    expect(only("Skylark Air's revenue rose 40% from Q1 2025 to Q2 2025.", '40%').code).toBe('contradicted');
  });
  it('keeps a fall a fall: "fell 25%" is contradicted by a 25% rise, with no fix that turns it around', () => {
    const f = only("Skylark Air's revenue fell 25% in 2024.", '25%');
    expect(f.code).toBe('contradicted');
    expect(f.suggestion).toBeUndefined();
  });
  it('starts "up 25% from $4 billion" at the fact the base agrees with, and supports the base figure too', () => {
    const findings = judge("Skylark Air's revenue was up 25% from $4 billion.");
    expect(findings.map((f) => [f.claim.text, f.code])).toEqual([
      ['25%', 'supported'],
      ['$4 billion', 'supported'],
    ]);
    expect(findings[0]!.derivation?.operands.map((o) => o.fact)).toEqual(['sky-rev-2024', 'sky-rev-2023']);
    expect(findings[1]!.facts.map((f) => f.id)).toEqual(['sky-rev-2023']);
  });
  it('says a growth is unsourced when one of the two times has no fact', () => {
    const f = only("Skylark Air's revenue rose 10% quarter over quarter in Q3 2025.", '10%');
    expect(f.code).toBe('unsourced');
    expect(f.message).toContain('the growth is derived from');
  });
});

describe('precision and tolerance through the arithmetic', () => {
  it('holds a claim to the digits it states: "25.0%" agrees with 25%, "24.9%" does not', () => {
    expect(only("Skylark Air's revenue grew 25.0% in 2024.", '25.0%').code).toBe('supported');
    const f = only("Skylark Air's revenue grew 24.9% in 2024.", '24.9%');
    expect(f.code).toBe('contradicted');
    expect(f.suggestion).toBe('25%');
  });
  it('widens an "about" claim by 10%: "about 23%" covers 25%', () => {
    expect(only("Skylark Air's revenue grew about 23% in 2024.", '23%').code).toBe('supported');
  });
  const TOLERANT = `
entities:
  reel: { name: Reelhouse }
facts:
  - { id: reel-rev-2023, entity: reel, metric: revenue, value: 100e6, unit: USD, as_of: 2024-02-01, period: 2023, tolerance: "2%", source: { url: https://example.com/reel-23 } }
  - { id: reel-rev-2024, entity: reel, metric: revenue, value: 120e6, unit: USD, as_of: 2025-02-01, period: 2024, source: { url: https://example.com/reel-24 } }
`;
  it("carries a fact's tolerance: 120 / [98, 102] − 1 is 17.6–22.4%, so 22% agrees and 23% does not", () => {
    const f = only("Reelhouse's revenue grew 22% in 2024.", '22%', TOLERANT);
    expect(f.code).toBe('supported');
    expect(f.derivation!.value).toBeCloseTo(20);
    expect(f.derivation!.low).toBeCloseTo((120 / 102 - 1) * 100);
    expect(f.derivation!.high).toBeCloseTo((120 / 98 - 1) * 100);
    expect(only("Reelhouse's revenue grew 23% in 2024.", '23%', TOLERANT).code).toBe('contradicted');
  });
  it('without the tolerance the same 22% is contradicted', () => {
    expect(only("Reelhouse's revenue grew 22% in 2024.", '22%', TOLERANT.replace(', tolerance: "2%"', '')).code).toBe('contradicted');
  });
  // A source rounds what it writes: 71.5 million over 70.6 million is 1.13–1.42%, not exactly 1.27%.
  const ROUNDED = `
entities:
  brau: { name: Brauhaus }
facts:
  - { id: brau-rev-2023, entity: brau, metric: revenue, value: 70.6e6, unit: EUR, as_of: 2024-02-01, period: 2023, source: { url: https://example.com/b-23 } }
  - { id: brau-rev-2024, entity: brau, metric: revenue, value: 71.5e6, unit: EUR, as_of: 2025-02-01, period: 2024, source: { url: https://example.com/b-24 } }
`;
  it('carries the rounding of facts written with decimals: "1.2%" agrees with 71.5 / 70.6, "1.5%" does not', () => {
    const f = only("Brauhaus's revenue grew 1.2% in 2024.", '1.2%', ROUNDED);
    expect(f.code).toBe('supported');
    expect(f.derivation!.low).toBeCloseTo((71.45 / 70.65 - 1) * 100);
    expect(f.derivation!.high).toBeCloseTo((71.55 / 70.55 - 1) * 100);
    expect(only("Brauhaus's revenue grew 1.5% in 2024.", '1.5%', ROUNDED).code).toBe('contradicted');
  });
  it('derives a change in basis points from two percents: "up 310 basis points", and fixes "up 400"', () => {
    const MARGINS = `
entities:
  sable: { name: Sable }
metrics:
  gross_margin: { unit: percent, words: [ gross margin ] }
facts:
  - { id: gm-24, entity: sable, metric: gross_margin, value: 59.4, unit: percent, as_of: 2025-02-01, period: 2024, source: { url: https://example.com/s-24 } }
  - { id: gm-25, entity: sable, metric: gross_margin, value: 62.5, unit: percent, as_of: 2026-02-01, period: 2025, source: { url: https://example.com/s-25 } }
`;
    const f = only("Sable's gross margin was 62.5% in 2025, up 310 basis points from 2024.", '310 basis points', MARGINS, '2026-03-01');
    expect(f.code).toBe('supported');
    expect(f.derivation!.value).toBeCloseTo(310);
    const g = only("Sable's gross margin was 62.5% in 2025, up 400 basis points from 2024.", '400 basis points', MARGINS, '2026-03-01');
    expect(g.code).toBe('contradicted');
    expect(g.suggestion).toBe('310 basis points');
  });
  it('takes a whole number of millions or billions as exact, and caps the rounding at 0.5%', () => {
    expect([writtenHalfUnit(71.5e6), writtenHalfUnit(94.1), writtenHalfUnit(9.812e3), writtenHalfUnit(120e6), writtenHalfUnit(5e9)]).toEqual([5e4, 0.05, 0.0005 * 1e3, 0, 0]);
    // 3.4 billion: half a tenth of a billion is 1.5% of it, so 0.5%.
    expect(writtenHalfUnit(3.4e9)).toBeCloseTo(0.005 * 3.4e9);
  });
});

describe('multiples', () => {
  it('"doubled" (1.5–2.5x) agrees with 1.7 / 0.8 = 2.13x; "tripled" does not, and a word gets no fix', () => {
    const f = only("Skylark Air's capex doubled in 2024.", 'doubled');
    expect(f.code).toBe('supported');
    expect(f.derivation?.formula).toBe('$1.7B / $800M = 2.13x');
    const g = only("Skylark Air's capex tripled in 2024.", 'tripled');
    expect(g.code).toBe('contradicted');
    expect(g.suggestion).toBeUndefined();
  });
  it('"a 3x step-up from 2023" is a multiple over time, fixed to "2x"', () => {
    const f = only("Skylark Air's 2024 capex was a 3x step-up from 2023.", '3x');
    expect(f.code).toBe('contradicted');
    expect(f.derivation?.operands.map((o) => o.role)).toEqual(['later', 'earlier']);
    expect(f.suggestion).toBe('2x');
  });
  it('a valuation as a multiple of revenue: $30B over the latest full year, $5B, is 6x', () => {
    const f = only('Skylark Air was valued at 6x revenue.', '6x');
    expect(f.code).toBe('supported');
    expect(f.derivation).toMatchObject({ form: 'multiple', formula: '$30B / $5B = 6x', operands: [{ role: 'numerator', fact: 'sky-val-2025-06' }, { role: 'denominator', fact: 'sky-rev-2024' }] });
    const g = only('Skylark Air was valued at 8x revenue.', '8x');
    expect(g.code).toBe('contradicted');
    expect(g.suggestion).toBe('6x');
  });
  it('a multiple of a metric with nothing it multiplies stays unsourced', () => {
    expect(only('Skylark Air trades at 6 times its 2024 revenue.', '6 times').code).toBe('unsourced');
  });
});

describe('differences', () => {
  it('"$1 billion more than a year earlier" is 5.0 − 4.0, not a revenue of $1 billion', () => {
    const f = only("Skylark Air's revenue in 2024 was $1 billion more than a year earlier.", '$1 billion');
    expect(f.code).toBe('supported');
    expect(f.derivation).toMatchObject({ form: 'difference', formula: '$5B − $4B = $1B' });
  });
  it('"$1.5 billion more" is held to its digits (1.45–1.55) and fixed to $1 billion', () => {
    const f = only("Skylark Air's revenue in 2024 was $1.5 billion more than a year earlier.", '$1.5 billion');
    expect(f.code).toBe('contradicted');
    expect(f.suggestion).toBe('$1 billion');
  });
  it('"rose by $1 billion in 2024" is the change over 2023', () => {
    expect(only("Skylark Air's revenue rose by $1 billion in 2024.", '$1 billion').code).toBe('supported');
  });
  it('"less than a year earlier" is a fall: a rise of $1 billion contradicts it', () => {
    expect(only("Skylark Air's revenue in 2024 was $1 billion less than a year earlier.", '$1 billion').code).toBe('contradicted');
  });
});

describe('shares and segments', () => {
  it("derives a segment's share of the whole: 1.1 / 5.0 = 22%", () => {
    const f = only("Cargo made up 22% of Skylark Air's revenue in 2024.", '22%');
    expect(f.code).toBe('supported');
    expect(f.derivation).toMatchObject({ form: 'share', formula: '$1.1B / $5B = 22%', operands: [{ role: 'part', fact: 'sky-cargo-2024' }, { role: 'whole', fact: 'sky-rev-2024' }] });
    expect(f.facts.map((x) => x.segment)).toEqual(['cargo', undefined]);
    const g = only("Cargo made up 30% of Skylark Air's revenue in 2024.", '30%');
    expect(g.code).toBe('contradicted');
    expect(g.suggestion).toBe('22%');
  });
  it('judges a figure of the whole by the whole and a named segment by its own facts', () => {
    const findings = judge("Skylark Air's revenue was $5 billion in 2024. Skylark Air's cargo revenue was $1.1 billion in 2024.");
    expect(findings.map((f) => [f.claim.text, f.code, f.facts.map((x) => x.id)])).toEqual([
      ['$5 billion', 'supported', ['sky-rev-2024']],
      ['$1.1 billion', 'supported', ['sky-cargo-2024']],
    ]);
  });
  it('a share with no segment fact stays unsourced', () => {
    expect(only("Charter flights made up 15% of Skylark Air's revenue in 2024.", '15%').code).toBe('unsourced');
  });
});

describe('a period that covers the sentence', () => {
  it('never dates the level a change started from ("In 2024, …, up 25% from $4.0 billion")', () => {
    for (const body of ["In 2024, Skylark's revenue was $5.0 billion, up 25% from $4.0 billion.", "Skylark's revenue in 2024 was $5.0 billion, up 25% from $4.0 billion."]) {
      const f = only(body, '$4.0 billion');
      // The earlier level (2023), not 2024's $5.0 billion: it was red.
      expect(f.code, body).toBe('supported');
      expect(f.facts.map((x) => x.id)).toEqual(['sky-rev-2023']);
    }
  });
});

describe('a figure set against another dates where a change started', () => {
  it('"rose 20% to $1.5 billion, or $30 per seat, against $28 per seat in Q2 2024": Q2 2024 is the start, not the end', () => {
    const f = only("Skylark's revenue rose 20% to $1.5 billion, or $30 per seat, against $28 per seat in Q2 2024.", '20%');
    expect(f.code).toBe('supported');
    expect(f.facts.map((x) => x.id)).toEqual(['sky-rev-2025-q2', 'sky-rev-2024-q2']);
  });
  it('a change set against dates no start ("against 25% in 2024"), and a quarter is never compared with a year', () => {
    // Q2 2025 against Q2 2024: 1.5 / 1.25 − 1 = 20%, so 30% is wrong; never 1.5 / 5.0 (the year 2024).
    const f = only("Skylark's revenue grew 30% in the second quarter, against 25% in 2024.", '30%');
    expect(f.code).toBe('contradicted');
    expect(f.facts.map((x) => x.id)).toEqual(['sky-rev-2025-q2', 'sky-rev-2024-q2']);
    // A year's level set against a quarter's change: no derivation at all.
    expect(only("Skylark's revenue grew 30% in the second quarter, against $1.0 billion in 2024.", '30%').code).toBe('unsourced');
  });
});

describe('stated facts and dates', () => {
  it('a fact that states the growth itself wins over the derivation', () => {
    const facts = `${FACTS}metrics:\n  revenue_growth: { unit: percent, words: [revenue growth] }\n`.replace(
      'facts:\n',
      'facts:\n  - { id: sky-growth-2024, entity: skylark, metric: revenue_growth, value: 26, unit: percent, as_of: 2025-02-14, period: 2024, source: { url: https://example.com/g } }\n',
    );
    const f = only("Skylark Air's revenue growth was 26% in 2024.", '26%', facts);
    expect(f.code).toBe('supported');
    expect(f.derivation).toBeUndefined();
  });
  it('is outdated when the growth held for the facts known earlier but a revision changed it', () => {
    const revised = FACTS.replace(
      'facts:\n',
      'facts:\n  - { id: sky-rev-2024-restated, entity: skylark, metric: revenue, value: 5.2e9, unit: USD, as_of: 2025-05-02, period: 2024, source: { url: https://example.com/restated } }\n',
    );
    const f = only("Skylark Air's revenue grew 25% in 2024.", '25%', revised);
    expect(f.code).toBe('outdated');
    expect(f.message).toContain('that was the growth derived in Feb 2025');
    expect(f.derivation?.formula).toBe('$5.2B / $4B − 1 = 30%');
    expect(f.suggestion).toBe('30%');
  });
  it('never uses a fact stated after the reference date', () => {
    const f = only("Skylark Air's revenue grew 25% in 2024.", '25%', FACTS, '2025-01-31');
    expect(f.code).toBe('unsourced');
  });
});

describe('other currencies and calendars', () => {
  const EURO = `
entities:
  brisa: { name: Brisa Energia }
facts:
  - { id: brisa-rev-2024, entity: brisa, metric: revenue, value: 2.0e9, unit: EUR, as_of: 2025-03-01, period: 2024, source: { url: https://example.com/b } }
  - { id: brisa-hydro-2024, entity: brisa, metric: revenue, segment: hydro, value: 0.5e9, unit: EUR, as_of: 2025-03-01, period: 2024, source: { url: https://example.com/b } }
  - { id: brisa-val-2025, entity: brisa, metric: valuation, value: 10e9, unit: EUR, as_of: 2025-05-01, source: { url: https://example.com/v } }
`;
  it('derives a share and a multiple from facts in euros', () => {
    const share = only("Hydro made up 25% of Brisa Energia's revenue in 2024.", '25%', EURO);
    expect(share.code).toBe('supported');
    expect(share.derivation?.formula).toBe('€500M / €2B = 25%');
    expect(only('Brisa Energia was valued at 5x revenue.', '5x', EURO).code).toBe('supported');
  });
  it("follows an entity's fiscal calendar: Veridian's Q4 FY2025 over Q4 FY2024 is the README's 78%", () => {
    const facts = readFileSync('test/corpus/chips-fiscal-facts.yaml', 'utf8');
    const loaded = loadFacts([{ file: 'facts.yaml', text: facts }], { today: '2026-12-31' });
    const note = parseNote("---\ndate: 2025-03-10\n---\n\nVeridian's fourth-quarter fiscal 2025 revenue grew 78% year over year. Veridian's revenue in Q4 FY2025 grew 93% year over year.\n");
    const [a, b] = judgeNote(note, loaded.index, { config: defaultConfig });
    expect([a!.code, a!.derivation?.formula]).toEqual(['supported', '$39.3B / $22.1B − 1 = 77.8%']);
    expect([b!.code, b!.suggestion]).toEqual(['contradicted', '78%']);
  });
});

describe('times the sentence leaves open', () => {
  it('"twice its 2023 level" compares with 2023: 1.7 / 0.8 = 2.13x', () => {
    const f = only("Skylark Air's capex in 2024 was twice its 2023 level.", 'twice');
    expect(f.code).toBe('supported');
    expect(f.derivation?.operands.map((o) => o.fact)).toEqual(['sky-capex-2024', 'sky-capex-2023']);
  });
  it('a change with no time to compare with stays unsourced and says what is missing', () => {
    const f = only("Skylark Air's capex doubled.", 'doubled');
    expect(f.code).toBe('unsourced');
    expect(f.message).toContain('no time to compare with');
  });
});

describe('segments in CSV facts', () => {
  it('reads a segment column and derives the share from it', () => {
    const csv = [
      'id,entity,metric,segment,value,unit,as_of,period,source_url',
      'sky-rev-2024,skylark,revenue,,5e9,USD,2025-02-14,2024,https://example.com/a',
      'sky-cargo-2024,skylark,revenue,cargo,1.1e9,USD,2025-02-14,2024,https://example.com/a',
      '',
    ].join('\n');
    const loaded = loadFacts([{ file: 'entities.yaml', text: 'entities:\n  skylark: { name: Skylark Air }\n' }, { file: 'facts.csv', text: csv }], { today: '2026-12-31' });
    expect(loaded.problems).toEqual([]);
    expect(loaded.index.byId.get('sky-cargo-2024')?.segment).toBe('cargo');
    expect(loaded.index.byId.get('sky-rev-2024')?.segment).toBeUndefined();
    const note = parseNote("---\ndate: 2025-09-01\n---\n\nCargo made up 22% of Skylark Air's revenue in 2024.\n");
    const [f] = judgeNote(note, loaded.index, { config: defaultConfig });
    expect([f!.code, f!.derivation?.formula]).toEqual(['supported', '$1.1B / $5B = 22%']);
  });
});

describe('derived figures that cite their facts', () => {
  it('derives from the cited facts: supported, and a mismatch when they give another value', () => {
    const ok = only("Skylark Air's revenue grew 25% in 2024 [@sky-rev-2024; @sky-rev-2023].", '25%');
    expect(ok.code).toBe('supported');
    expect(ok.message).toContain('cited facts');
    expect(ok.cite).toEqual(['sky-rev-2024', 'sky-rev-2023']);
    const bad = only("Skylark Air's revenue grew 30% in 2024 [@sky-rev-2024; @sky-rev-2023].", '30%');
    expect(bad.code).toBe('citation-mismatch');
    expect(bad.message).toContain('the cited facts give $5B / $4B − 1 = 25%');
    expect(bad.suggestion).toBe('25%');
  });
  it('a difference citing its two facts', () => {
    const f = only("Skylark Air's revenue in 2024 was $1 billion more than a year earlier [@sky-rev-2024; @sky-rev-2023].", '$1 billion');
    expect(f.code).toBe('supported');
    expect(f.derivation?.form).toBe('difference');
  });
  it('a cited fact the derivation does not use leaves the plain citation check', () => {
    const f = only("Skylark Air's revenue grew 25% in 2024 [@sky-capex-2024].", '25%');
    expect(f.code).toBe('citation-mismatch');
    expect(f.derivation).toBeUndefined();
  });
});

describe('ranges and bounds on derived figures', () => {
  it('a claimed range holds the derived 25% when it contains it', () => {
    expect(only("Skylark Air's revenue grew 20% to 30% in 2024.", '20% to 30%').code).toBe('supported');
    const f = only("Skylark Air's revenue grew between 30% and 40% in 2024.", '30% and 40%');
    expect(f.code).toBe('contradicted');
    expect(f.suggestion).toBe('25%');
  });
  it('"more than 20%" agrees with 25%, "less than 20%" does not', () => {
    expect(only("Skylark Air's revenue grew more than 20% in 2024.", '20%').code).toBe('supported');
    expect(only("Skylark Air's revenue grew less than 20% in 2024.", '20%').code).toBe('contradicted');
  });
});

describe('the whole named inside a share', () => {
  it('"22% of Skylark Air\'s $5 billion revenue": the share is derived and the $5 billion is the whole\'s', () => {
    const findings = judge("Cargo made up 22% of Skylark Air's $5 billion revenue in 2024.");
    expect(findings.map((f) => [f.claim.text, f.code, f.facts.map((x) => x.id)])).toEqual([
      ['22%', 'supported', ['sky-cargo-2024', 'sky-rev-2024']],
      ['$5 billion', 'supported', ['sky-rev-2024']],
    ]);
  });
});

describe('what is not a change between two figures', () => {
  it('a quarter named with no comparison word compares with the same quarter a year earlier', () => {
    // Q2 2025 over Q2 2024: 1.5 / 1.25 − 1 = 20% (over Q1 2025 it would be 25%).
    const f = only("Skylark Air's revenue grew 20% in Q2 2025.", '20%');
    expect(f.code).toBe('supported');
    expect(f.derivation?.operands.map((o) => o.fact)).toEqual(['sky-rev-2025-q2', 'sky-rev-2024-q2']);
  });
  it('a compound annual rate is no growth between the two years named', () => {
    // 5.0 / 4.0 − 1 is 25% over the span; a CAGR is a rate per year, never derived from the two ends.
    expect(only("Skylark Air's revenue grew at a CAGR of 12% from 2023 to 2024.", '12%').code).toBe('unsourced');
    expect(only("Skylark Air's revenue grew 12% a year since 2023.", '12%').code).toBe('unsourced');
  });
});

describe('shares written in words', () => {
  it('"22 percent of Skylark Air\'s $5 billion revenue": the same as with a sign', () => {
    const findings = judge("Cargo made up 22 percent of Skylark Air's $5 billion revenue in 2024.");
    expect(findings.map((f) => [f.claim.text, f.code])).toEqual([
      ['22 percent', 'supported'],
      ['$5 billion', 'supported'],
    ]);
  });
});

describe('counted units in the formula', () => {
  it('writes a counted noun in the plural', () => {
    const facts = `
entities:
  voltara: { name: Voltara }
metrics:
  deliveries: { unit: vehicle, words: [deliveries] }
facts:
  - { id: v-2023, entity: voltara, metric: deliveries, value: 300000, unit: vehicle, as_of: 2024-01-03, period: 2023, source: { url: https://example.com/a } }
  - { id: v-2024, entity: voltara, metric: deliveries, value: 450000, unit: vehicle, as_of: 2025-01-03, period: 2024, source: { url: https://example.com/b } }
`;
    const f = only("Voltara's deliveries rose 50% in 2024.", '50%', facts);
    expect([f.code, f.derivation?.formula]).toEqual(['supported', '450,000 vehicles / 300,000 vehicles − 1 = 50%']);
  });
});

describe('"a year earlier" with no period before it', () => {
  it('is a year before the figure it is compared with, never the note\'s own date a year back', () => {
    // Capex: 2024 $1.7 billion (the latest), 2023 $0.8 billion.
    expect(only("Skylark's capex was $1.7 billion, up from $0.8 billion a year earlier.", '$0.8 billion').facts.map((f) => f.id)).toEqual(['sky-capex-2023']);
    const wrong = only("Skylark's capex was $1.7 billion, against $1.1 billion a year earlier.", '$1.1 billion');
    expect([wrong.code, wrong.suggestion]).toEqual(['contradicted', '$800 million']);
  });

  it('alone in its paragraph, earlier than nothing: unsourced, never judged against the latest figure', () => {
    const f = only("Skylark's capex was $1.7 billion a year earlier.", '$1.7 billion');
    expect(f.code).toBe('unsourced');
    expect(f.message).toContain('a year earlier than a period neither its sentence nor its paragraph states');
  });
});

describe('a change to the level it reached', () => {
  it('"rose 113% to $1.7 billion" is over the year before the level\'s fact: 1.7 / 0.8 − 1 = 112.5%', () => {
    expect(only("Skylark's capex rose 113% to $1.7 billion.", '113%').code).toBe('supported');
    expect(only("Skylark's capex rose 90%, to $1.7 billion.", '90%').code).toBe('contradicted');
    // A level no fact gives leaves the change without a time.
    expect(only("Skylark's capex rose 90% to $2.2 billion.", '90%').code).toBe('unsourced');
  });
});
