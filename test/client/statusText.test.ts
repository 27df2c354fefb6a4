import { describe, expect, it } from 'vitest';
import { CREATE_FACTS_FILE, OPEN_FACTS_FILE, SET_UP, SHOW_PROBLEMS, countsText, statusView } from '../../client/src/statusText';
import { workspaceSummary } from '../../client/src/workspaceSummary';
import { emptyCounts, type StatusParams } from '../../server/src/lsp/protocol';

const base: StatusParams = {
  enabled: true,
  setUp: true,
  checkWithoutFacts: false,
  root: 'file:///w',
  factsCount: 28,
  factsFiles: ['file:///w/facts.yaml'],
  factsProblems: 0,
  factsErrors: 0,
  factsNotLoaded: 0,
  configProblems: 0,
};

const noteWith = (counts: Partial<ReturnType<typeof emptyCounts>>): StatusParams => ({
  ...base,
  note: { uri: 'file:///w/a.md', counts: { ...emptyCounts(), ...counts } },
});

describe('status bar text', () => {
  it('counts the active note under a label: errors, outdated, unsourced; no colour for them', () => {
    const view = statusView(noteWith({ contradicted: 1, 'unknown-citation': 1, outdated: 1, unsourced: 5, supported: 3 }));
    expect(view.text).toBe('Claimcheck ✗ 2 ⚠ 1 ? 5');
    expect(view.command).toBe(SHOW_PROBLEMS);
    expect(view.level).toBeUndefined();
    expect(view.tooltip).toContain('28 facts loaded from facts.yaml');
    expect(view.tooltip).toContain('3 supported');
  });

  it("gives the note's coverage in the tooltip, under the counts", () => {
    const status = noteWith({ contradicted: 1, unsourced: 2, supported: 9 });
    status.note!.coverage = { figures: 12, sourced: 9, verdicts: { contradicted: 1, unsourced: 2, supported: 9 } };
    const lines = statusView(status).tooltip.split('\n\n');
    expect(lines[0]).toContain('9 supported');
    expect(lines[1]).toBe('Coverage: 9 of 12 figures sourced (75%).');
    status.note!.coverage = { figures: 0, sourced: 0, verdicts: {} };
    expect(statusView(status).tooltip).toContain('Coverage: no figures in this note.');
  });

  it('leaves out marks with no count, and shows a check mark when nothing is wrong', () => {
    expect(statusView(noteWith({ contradicted: 2, unsourced: 5 })).text).toBe('Claimcheck ✗ 2 ? 5');
    expect(statusView(noteWith({ supported: 4 })).text).toBe('Claimcheck ✓ 4');
    expect(countsText({ ...emptyCounts(), 'citation-mismatch': 1 })).toBe('✗ 1');
  });

  it('says how many facts are loaded when no note is active', () => {
    expect(statusView(base).text).toBe('Claimcheck: 28 facts');
    expect(statusView({ ...base, factsCount: 1 }).text).toBe('Claimcheck: 1 fact');
  });

  it('is muted and offers the set-up choice in a workspace without facts or config', () => {
    const view = statusView({ ...noteWith({ unsourced: 10 }), setUp: false, factsCount: 0, factsFiles: [] });
    expect(view.text).toBe('Claimcheck: not set up');
    expect(view.command).toBe(SET_UP);
    expect(view.level).toBeUndefined();
    expect(view.tooltip).toContain('claimcheck.checkWithoutFacts');
    // Asked to check anyway: the counts come back.
    expect(statusView({ ...noteWith({ unsourced: 10 }), setUp: false, checkWithoutFacts: true, factsCount: 0, factsFiles: [] }).text).toBe('Claimcheck: no facts file');
  });

  it('offers to create a facts file when only the config exists, without alarm colours', () => {
    const view = statusView({ ...base, factsCount: 0, factsFiles: [] });
    expect(view.text).toBe('Claimcheck: no facts file');
    expect(view.command).toBe(CREATE_FACTS_FILE);
    expect(view.level).toBeUndefined();
  });

  it('shows facts that did not load in the error colour, with how many', () => {
    const none = statusView({ ...base, factsCount: 0, factsProblems: 2, factsErrors: 2, factsNotLoaded: 3 });
    expect(none.text).toBe('$(error) Claimcheck: facts not loaded');
    expect(none.command).toBe(OPEN_FACTS_FILE);
    expect(none.level).toBe('error');
    const some = statusView({ ...noteWith({ contradicted: 1 }), factsProblems: 1, factsErrors: 1, factsNotLoaded: 13 });
    expect(some.text).toBe('Claimcheck ✗ 1 · $(error) 13 not loaded');
    expect(some.level).toBe('error');
    expect(some.tooltip).toContain('13 facts did not load');
  });

  it('says the notes keep the older facts while an open facts file has new errors', () => {
    const kept = statusView({ ...noteWith({ contradicted: 1 }), factsProblems: 1, factsErrors: 1, factsNotLoaded: 0, factsKept: true });
    expect(kept.text).toBe('Claimcheck ✗ 1 · $(error) facts errors');
    expect(kept.level).toBe('error');
    expect(kept.tooltip).toContain('Notes are judged against the facts as they were before these errors');
    const plain = statusView({ ...noteWith({ contradicted: 1 }), factsProblems: 1, factsErrors: 1, factsNotLoaded: 0 });
    expect(plain.tooltip).not.toContain('as they were before');
  });

  it('keeps a missing source (a warning) out of the error colour', () => {
    const view = statusView({ ...noteWith({ supported: 1 }), factsProblems: 1, factsErrors: 0 });
    expect(view.text).toBe('Claimcheck ✓ 1');
    expect(view.level).toBeUndefined();
    expect(view.tooltip).toContain('1 problem in the facts (0 errors)');
  });

  it('says why a note was skipped', () => {
    const reason = 'Claimcheck skipped this note: it is 3.0 MB, over the 2.0 MB limit (maxNoteBytes in .claimcheck.yaml).';
    const view = statusView({ ...base, note: { uri: 'file:///w/big.md', counts: emptyCounts(), skipped: reason, skippedCode: 'too-large' } });
    expect(view.text).toBe('Claimcheck: skipped (too large)');
    expect(view.tooltip).toContain('3.0 MB');
  });

  it('mentions config problems and when Claimcheck is off', () => {
    expect(statusView({ ...base, configProblems: 1 }).tooltip).toContain('`.claimcheck.yaml` has 1 problem');
    expect(statusView({ ...noteWith({ contradicted: 3 }), enabled: false }).text).toBe('Claimcheck: off');
    expect(statusView(undefined).tooltip).toContain('starting');
  });

  it('escapes file names in the markdown tooltip', () => {
    const view = statusView({ ...base, factsFiles: ['file:///w/%5Bodd%5D_facts*.yaml'] });
    expect(view.tooltip).toContain('\\[odd\\]\\_facts\\*.yaml');
  });
});

describe('workspace check summary', () => {
  const result = {
    notes: 412,
    counts: emptyCounts(),
    severities: { error: 3, warning: 12, information: 0, hint: 0 },
    skipped: 0,
    coverage: { figures: 0, sourced: 0, verdicts: {} },
    notesWithFigures: 0,
    fullySourced: 0,
    notSetUp: 0,
    cancelled: false,
  };
  it('counts notes, errors and warnings as the Problems view does', () => {
    expect(workspaceSummary(result)).toBe('Claimcheck: 412 notes: 3 errors, 12 warnings.');
    expect(workspaceSummary({ ...result, notes: 1, severities: { error: 1, warning: 1, information: 4, hint: 0 } })).toBe('Claimcheck: 1 note: 1 error, 1 warning, 4 unsourced or info.');
  });
  it("ends with the workspace's coverage: figures sourced and notes fully sourced", () => {
    const withFigures = { ...result, coverage: { figures: 150, sourced: 120, verdicts: { supported: 110, outdated: 10, unsourced: 30 } }, notesWithFigures: 40, fullySourced: 9 };
    expect(workspaceSummary(withFigures)).toBe('Claimcheck: 412 notes: 3 errors, 12 warnings; 120 of 150 figures sourced (80%), 9 of 40 notes fully sourced.');
  });
  it('says when it was cancelled or had nothing to check', () => {
    expect(workspaceSummary({ ...result, cancelled: true })).toContain('412 notes checked before you cancelled');
    expect(workspaceSummary({ ...result, notes: 0, notSetUp: 1 })).toContain('not set up');
  });
});
