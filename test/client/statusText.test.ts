import { describe, expect, it } from 'vitest';
import { CREATE_FACTS_FILE, OPEN_FACTS_FILE, SHOW_PROBLEMS, statusView } from '../../client/src/statusText';
import { emptyCounts, type StatusParams } from '../../server/src/lsp/protocol';

const base: StatusParams = {
  enabled: true,
  root: 'file:///w',
  factsCount: 28,
  factsFiles: ['file:///w/facts.yaml'],
  factsProblems: 0,
  configProblems: 0,
};

const noteWith = (counts: Partial<ReturnType<typeof emptyCounts>>): StatusParams => ({
  ...base,
  note: { uri: 'file:///w/a.md', counts: { ...emptyCounts(), ...counts } },
});

describe('status bar text', () => {
  it('counts the active note: errors, outdated, unsourced; opens the Problems view', () => {
    const view = statusView(noteWith({ contradicted: 1, 'unknown-citation': 1, outdated: 1, unsourced: 5, supported: 3 }));
    expect(view.text).toBe('✗ 2  ⚠ 1  ? 5');
    expect(view.command).toBe(SHOW_PROBLEMS);
    expect(view.tooltip).toContain('28 facts from facts.yaml');
    expect(view.tooltip).toContain('3 supported claims');
  });

  it('shows a check mark with the supported count when nothing is wrong', () => {
    expect(statusView(noteWith({ supported: 4 })).text).toBe('✓ 4');
  });

  it('says how many facts are loaded when no note is active', () => {
    const view = statusView(base);
    expect(view.text).toBe('Claimcheck: 28 facts');
    expect(statusView({ ...base, factsCount: 1 }).text).toBe('Claimcheck: 1 fact');
  });

  it('offers to create a facts file when there is none', () => {
    const view = statusView({ ...base, factsCount: 0, factsFiles: [] });
    expect(view.text).toContain('no facts file');
    expect(view.command).toBe(CREATE_FACTS_FILE);
    expect(view.level).toBe('warning');
  });

  it('says the facts file is broken when it has problems and no fact loaded', () => {
    const view = statusView({ ...base, factsCount: 0, factsProblems: 2 });
    expect(view.text).toContain('facts file broken');
    expect(view.command).toBe(OPEN_FACTS_FILE);
    expect(view.level).toBe('error');
  });

  it('keeps counting but flags a facts file with some problems', () => {
    const view = statusView({ ...noteWith({ contradicted: 1 }), factsProblems: 1 });
    expect(view.text).toBe('✗ 1  · facts file has problems');
    expect(view.tooltip).toContain('1 problem in the facts file');
  });

  it('says why a note was skipped', () => {
    const reason = 'Claimcheck skipped this note: it is 3.0 MB, over the 2.0 MB limit (maxNoteBytes in .claimcheck.yaml).';
    const view = statusView({ ...base, note: { uri: 'file:///w/big.md', counts: emptyCounts(), skipped: reason, skippedCode: 'too-large' } });
    expect(view.text).toBe('Claimcheck: skipped (too large)');
    expect(view.tooltip).toContain('3.0 MB');
  });

  it('mentions config problems and when Claimcheck is off', () => {
    expect(statusView({ ...base, configProblems: 1 }).tooltip).toContain('`.claimcheck.yaml` has 1 problem');
    expect(statusView({ ...base, enabled: false }).text).toBe('Claimcheck: off');
    expect(statusView(undefined).tooltip).toContain('starting');
  });

  it('escapes file names in the markdown tooltip', () => {
    const view = statusView({ ...base, factsFiles: ['file:///w/%5Bodd%5D_facts*.yaml'] });
    expect(view.tooltip).toContain('\\[odd\\]\\_facts\\*.yaml');
  });
});
