// Issue 9 pt 8: one table model. A claim carries its row and column header from the markdown
// tree, so tables inside block quotes and list items are judged exactly like top-level ones.
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../../server/src/core/judge/judgeNote';
import { tableContext } from '../../server/src/core/judge/tableContext';
import { parseNote } from '../../server/src/core/parse/parseNote';
import { config, fact, index } from './builders';

// Pharma deal values in CHF and a consumer-app user count; expectations written from the README's
// rules: entity from the row, metric from the column header, unit and scale from the header.
const idx = index({
  entities: { roche: ['Roche'], novartis: ['Novartis'], zepto: ['Zepto'] },
  facts: [
    fact({ id: 'roche-rev', entity: 'roche', metric: 'revenue', value: 60.5e9, unit: 'CHF', asOf: '2025-01-30' }),
    fact({ id: 'novartis-rev', entity: 'novartis', metric: 'revenue', value: 50.3e9, unit: 'CHF', asOf: '2025-01-31' }),
    fact({ id: 'zepto-users', entity: 'zepto', metric: 'users', value: 20e6, unit: 'users', asOf: '2025-03-01' }),
  ],
});

const table = (prefix: string): string =>
  ['| Company | Revenue (CHF bn) | Users (mn) |', '|---|---:|---:|', '| Roche | 60.5 | |', '| Novartis | 45 | |', '| Zepto | | 20 |']
    .map((l) => prefix + l)
    .join('\n');

const notes: Record<string, string> = {
  'top level': `---\ndate: 2025-06-30\n---\n\n${table('')}\n`,
  'block quote': `---\ndate: 2025-06-30\n---\n\n${table('> ')}\n`,
  'nested block quote': `---\ndate: 2025-06-30\n---\n\n${table('> > ')}\n`,
  'list item': `---\ndate: 2025-06-30\n---\n\n- Revenue by company:\n\n${table('  ')}\n`,
  'block quote in a list item': `---\ndate: 2025-06-30\n---\n\n1. Quoted from the filing:\n\n${table('   > ')}\n`,
};

describe('one table model', () => {
  it.each(Object.keys(notes))('%s: row and header come from the tree, verdicts match the top-level table', (where) => {
    const text = notes[where]!;
    const note = parseNote(text);
    expect(note.claims.map((c) => [c.text, c.unit, c.value])).toEqual([
      ['60.5', 'CHF', 60.5e9],
      ['45', 'CHF', 45e9],
      ['20', 'users', 20e6],
    ]);
    for (const c of note.claims) {
      const t = tableContext(note, c.offset.start)!;
      expect(text.slice(t.row.start, t.row.end)).toMatch(/^\| (?:Roche|Novartis|Zepto) \|/);
      expect(text.slice(t.header!.start, t.header!.end).trim()).toMatch(/^(?:Revenue \(CHF bn\)|Users \(mn\))$/);
    }
    const findings = judgeNote(note, idx, { config: config() });
    expect(findings.map((f) => [f.claim.text, f.code, f.entities])).toEqual([
      ['60.5', 'supported', ['roche']],
      ['45', 'contradicted', ['novartis']],
      ['20', 'supported', ['zepto']],
    ]);
  });

  it('a pipe in prose next to a table is no table cell', () => {
    const note = parseNote('---\ndate: 2025-06-30\n---\n\nRoche | revenue was CHF 60.5 billion | in 2024.\n');
    expect(note.claims.map((c) => c.text)).toEqual(['CHF 60.5 billion']);
    expect(tableContext(note, note.claims[0]!.offset.start)).toBeNull();
  });
});
