// Coverage: the share of a note's figures a fact backs, on notes in a domain other than the
// example's, with tables, lists, code blocks, front matter, suppressions and no figures at all.
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { addCoverage, belowMinimum, coveragePercent, coverageText, noteCoverage } from '../../server/src/core/coverage';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { titleRange } from '../../server/src/core/parse/title';
import type { Config } from '../../server/src/core/types';

const FACTS = `entities:
  harbor: { name: Harbor Foods }
  tidewater: { name: Tidewater Ferries }
facts:
  - id: harbor-revenue-2024
    entity: harbor
    metric: revenue
    value: 4.2e9
    unit: USD
    as_of: 2025-02-20
    period: 2024
    source: { url: https://example.com/harbor-2024, title: Harbor Foods annual report }
  - id: harbor-employees-2025
    entity: harbor
    metric: employees
    value: 12000
    unit: people
    as_of: 2025-03-01
    source: { url: https://example.com/harbor-staff, title: Harbor Foods careers }
  - id: tidewater-revenue-2024
    entity: tidewater
    metric: revenue
    value: 310e6
    unit: USD
    as_of: 2025-03-15
    period: 2024
    source: { url: https://example.com/tidewater, title: Tidewater results }
`;

const { index } = loadFacts([{ file: 'file:///w/facts.yaml', text: FACTS }], { today: '2025-07-01' });
const check = (note: string, config: Config = defaultConfig) => checkNote(note, index, config, { today: '2025-07-01' });
const verdictsOf = (note: string) => check(note).findings.map((f) => `${f.claim.text}=${f.code}`);

// Expected from the README's rules before running: the 2024 revenue and the headcount agree with
// their facts (supported); the list item's round has no investment fact (unsourced); the table's
// Tidewater revenue cell ($290m for 2024 against a sourced $310m: beyond the figure's precision)
// is contradicted; the figure in the code block and the front matter's are not claims.
const NOTE = `---
date: 2025-06-30
budget_note: "revenue of $9 billion is not a claim here"
---

# Harbor Foods, first half

Harbor Foods reported revenue of $4.2 billion in 2024. Harbor Foods has 12,000 employees.

- Harbor Foods raised $300 million in a funding round.

| Company | 2024 revenue |
|---|---|
| Tidewater Ferries | $290 million |

\`\`\`
Harbor Foods revenue of $9 billion
\`\`\`
`;

describe('note coverage', () => {
  it('counts figures in prose, lists and tables, never in code blocks or front matter', () => {
    expect(verdictsOf(NOTE)).toEqual(['$4.2 billion=supported', '12,000 employees=supported', '$300 million=unsourced', '$290 million=contradicted']);
    const coverage = noteCoverage(check(NOTE));
    expect(coverage).toEqual({ figures: 4, sourced: 2, verdicts: { supported: 2, unsourced: 1, contradicted: 1 } });
    expect(coverageText(coverage)).toBe('2 of 4 figures sourced (50%)');
  });

  it('counts an outdated figure as sourced (a fact states it), a contradicted or mis-cited one as not', () => {
    const note = `---\ndate: 2025-06-30\n---\n\nHarbor Foods' 2024 revenue was $4.2 billion [@tidewater-revenue-2024]. Harbor Foods' 2024 revenue was $4.2 billion [@no-such-fact].\n`;
    const result = check(note);
    expect(result.findings.map((f) => f.code).sort()).toEqual(['citation-mismatch', 'supported', 'unknown-citation']);
    // The second figure is supported by its sentence, but its citation names no fact: not sourced.
    expect(noteCoverage(result)).toEqual({ figures: 2, sourced: 0, verdicts: { 'citation-mismatch': 1, 'unknown-citation': 1 } });
  });

  it('leaves out figures a suppression comment covers and kinds turned off', () => {
    const note = `Harbor Foods reported revenue of $4.2 billion in 2024.\n\n<!-- claimcheck-disable-next-line -->\nHarbor Foods raised $300 million in a funding round.\n\nHarbor Foods has 40% of the market.\n`;
    expect(noteCoverage(check(note))).toMatchObject({ figures: 2, sourced: 1 });
    expect(noteCoverage(check(note, { ...defaultConfig, kinds: ['revenue', 'money'] }))).toMatchObject({ figures: 1, sourced: 1 });
  });

  it('has no coverage for a note without figures, which is never below a minimum', () => {
    const coverage = noteCoverage(check('---\ndate: 2025-01-01\n---\n\n# Reading list\n\nNothing quantitative here, only `$5 billion` in code.\n'));
    expect(coverage).toEqual({ figures: 0, sourced: 0, verdicts: {} });
    expect(coverageText(coverage)).toBe('no figures');
    expect(coveragePercent(coverage)).toBeNull();
    expect(belowMinimum(coverage, 1)).toBe(false);
  });

  it('adds notes up, and rounds the percent down so a threshold is never met by rounding', () => {
    const total = addCoverage([
      { figures: 3, sourced: 2, verdicts: { supported: 2, unsourced: 1 } },
      { figures: 0, sourced: 0, verdicts: {} },
      { figures: 997, sourced: 797, verdicts: { supported: 797, contradicted: 200 } },
    ]);
    expect(total).toEqual({ figures: 1000, sourced: 799, verdicts: { supported: 799, unsourced: 1, contradicted: 200 } });
    expect(coverageText(total)).toBe('799 of 1000 figures sourced (79%)');
    expect(belowMinimum(total, 0.8)).toBe(true);
    expect(belowMinimum({ figures: 5, sourced: 4 }, 0.8)).toBe(false);
    expect(coverageText({ figures: 1, sourced: 1 })).toBe('1 of 1 figure sourced (100%)');
  });
});

describe('note title', () => {
  it('is the first heading, after front matter, code and comments', () => {
    expect(titleRange(NOTE)).toEqual({ start: { line: 5, character: 0 }, end: { line: 5, character: 26 } });
    const fenced = '```\n# not a heading\n```\n<!--\n# nor this\n-->\n\nIntro line.\n\nSetext title\n============\n\n# Later\n';
    expect(titleRange(fenced)?.start.line).toBe(9);
  });

  it('is the first non-blank line when there is no heading, and none in an empty note', () => {
    expect(titleRange('---\ndate: 2025-01-01\n---\n\n  Harbor Foods grew.\n- a list\n')).toEqual({ start: { line: 4, character: 2 }, end: { line: 4, character: 20 } });
    expect(titleRange('---\ndate: 2025-01-01\n---\n\n')).toBeNull();
    expect(titleRange('')).toBeNull();
  });
});
