// A note that could not be checked completely never looks clean in the status bar.
import { describe, expect, it } from 'vitest';
import { statusView } from '../../client/src/statusText';
import { checkNote } from '../../server/src/core/check';
import { loadConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { noteStatus } from '../../server/src/lsp/status';
import { FACTS, SUPPORTED } from './harness';

describe('status of a not-checked note', () => {
  const { index } = loadFacts([{ file: 'facts.yaml', text: FACTS }], { today: '2026-01-15' });
  const config = { ...loadConfig(undefined, '.claimcheck.yaml').config, budget: { claims: 20000, numbers: 5, markers: 4000, nesting: 100 } };

  it('counts not-checked and shows it, even when the rest is supported', () => {
    const note = `---\ndate: 2025-03-01\n---\n${SUPPORTED} Also 1 2 3 4 5 6 7.\n`;
    const status = noteStatus('file:///w/a.md', checkNote(note, index, config, { today: '2026-01-15' }));
    expect(status.counts['not-checked']).toBe(1);
    const view = statusView({
      enabled: true, setUp: true, checkWithoutFacts: false, root: 'file:///w', factsCount: 2, factsFiles: ['file:///w/facts.yaml'],
      factsProblems: 0, factsErrors: 0, factsNotLoaded: 0, configProblems: 0, note: status,
    });
    // The supported claim would show a check mark; the not-checked note shows an error instead.
    expect(view.text).toContain('✗ 1');
    expect(view.text).not.toContain('✓');
  });
});
