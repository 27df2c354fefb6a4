// Claims in GFM tables and list items, through the real parser: a cell names neither entity nor
// metric, its row and column header do.
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../../server/src/core/judge/judgeNote';
import { tableContext } from '../../server/src/core/judge/tableContext';
import { parseNote } from '../../server/src/core/parse/parseNote';
import { config, fact, index } from './builders';

const idx = index({
  entities: { acme: ['Acme'], globex: ['Globex'] },
  facts: [
    fact({ id: 'acme-val', entity: 'acme', metric: 'valuation', value: 61.5e9, asOf: '2025-03-03' }),
    fact({ id: 'globex-val', entity: 'globex', metric: 'valuation', value: 20e9, asOf: '2025-01-10' }),
    fact({ id: 'globex-users', entity: 'globex', metric: 'users', value: 45e6, unit: 'users', asOf: '2025-02-01' }),
  ],
});

const text = `---
date: 2025-06-30
---

| Company | Valuation | Notes |
|---|---:|---|
| Acme | $61.5B | led by a new fund |
| Globex | $25B | flat round |

- Globex reached 45 million users this spring.
- Acme, by contrast, was valued at $61.5 billion.
`;

describe('tableContext', () => {
  const parsed = parseNote(text);
  it('finds the row and the column header of a cell', () => {
    const at = text.indexOf('$25B');
    const t = tableContext(parsed, at)!;
    expect(text.slice(t.row.start, t.row.end)).toBe('| Globex | $25B | flat round |');
    expect(text.slice(t.header!.start, t.header!.end).trim()).toBe('Valuation');
  });
  it('is null outside tables', () => {
    expect(tableContext(parsed, text.indexOf('45 million'))).toBeNull();
  });
});

describe('judging tables and lists', () => {
  const note = parseNote(text);
  const findings = judgeNote(note, idx, { config: config() });
  const by = (t: string) => findings.find((f) => f.claim.text.includes(t));

  it('takes the entity from the row and the metric from the header', () => {
    expect(by('$61.5B')?.code).toBe('supported');
    expect(by('$61.5B')?.entities).toEqual(['acme']);
    expect(by('$25B')?.code).toBe('contradicted');
    expect(by('$25B')?.suggestion).toBe('$20B');
  });
  it('judges list items like sentences', () => {
    expect(by('45 million')?.code).toBe('supported');
    expect(by('$61.5 billion')?.code).toBe('supported');
  });
});
