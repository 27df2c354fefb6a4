import { describe, expect, it } from 'vitest';
import { checkNote } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { applyEdits, fixAllEdits } from '../../server/src/core/fix/fixEdits';
import { fixAllEdits as editorFixAll } from '../../server/src/lsp/codeActions';
import { ENTITIES_YAML, FIGURES_CSV } from '../cli/gateWorkspace';

const { index } = loadFacts(
  [
    { file: 'facts/entities.yaml', text: ENTITIES_YAML },
    { file: 'facts/figures.csv', text: FIGURES_CSV },
  ],
  { today: '2026-11-25' },
);
const check = (text: string) => checkNote(text, index, defaultConfig, { today: '2026-11-25' });

// A note with a table, a list, a cited figure and a code block (left alone).
const NOTE = [
  '---',
  'date: 2025-06-01',
  '---',
  '# Transport and biotech desk',
  '',
  '| Company | Revenue |',
  '|---|---|',
  '| Vesta Rail | $5.1 billion in 2024 |',
  '',
  '- Helix Biotherapeutics employs 2,400 people.',
  '- Orinoco Shipping revenue is $2.8 billion [@orinoco-revenue-2024].',
  '',
  '```',
  'Vesta Rail revenue of $9 billion in 2024',
  '```',
  '',
].join('\n');

describe('fixAllEdits (core)', () => {
  it('is what the editor\'s fix-all applies: the same ranges and texts', () => {
    const result = check(NOTE);
    const core = fixAllEdits(result);
    expect(core.length).toBeGreaterThan(0);
    expect(editorFixAll(result)).toEqual(core.map(({ range, newText }) => ({ range, newText })));
  });

  it('replaces contradicted and outdated figures in the note style, cites uncited ones, and the result checks clean', () => {
    const result = check(NOTE);
    const fixed = applyEdits(NOTE, fixAllEdits(result));
    expect(fixed).toContain('| Vesta Rail | $4.2 billion [@vesta-revenue-2024] in 2024 |');
    expect(fixed).toContain('- Helix Biotherapeutics employs 1,850 people [@helix-staff-2024].');
    // A figure its citation supports is not the fix's business, nor is code.
    expect(fixed).toContain('- Orinoco Shipping revenue is $2.8 billion [@orinoco-revenue-2024].');
    expect(fixed).toContain('Vesta Rail revenue of $9 billion in 2024\n```');
    const codes = check(fixed).findings.map((f) => f.code);
    expect(codes).not.toContain('contradicted');
    expect(codes).not.toContain('outdated');
    expect(fixAllEdits(check(fixed))).toEqual([]);
  });

  it('leaves a figure whose finding is suppressed', () => {
    const suppressed = NOTE.replace('- Helix Biotherapeutics', '<!-- claimcheck-disable-next-line contradicted -->\n- Helix Biotherapeutics');
    const fixed = applyEdits(suppressed, fixAllEdits(check(suppressed)));
    expect(fixed).toContain('- Helix Biotherapeutics employs 2,400 people.');
    expect(fixed).toContain('$4.2 billion [@vesta-revenue-2024]');
  });

  it('applies edits by offset, keeping CRLF and a BOM around them', () => {
    const crlf = '\uFEFF' + NOTE.replace(/\n/g, '\r\n');
    const fixed = applyEdits(crlf, fixAllEdits(check(crlf)));
    expect(fixed.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(fixed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(fixed.replace(/\r\n/g, '\n').slice(1)).toBe(applyEdits(NOTE, fixAllEdits(check(NOTE))));
  });
});
