// The workspace index in-process, on a fake disk: built from the notes on disk, kept current by
// open notes' results and by watched changes, superseded by a reload; it tells which other notes
// to publish again.
import { describe, expect, it } from 'vitest';
import { fakeDisk as fakeDiskAt } from './fakeDisk';
import { checkNote, SegmentCache } from '../../server/src/core/check';
import { inconsistentFindings, withInconsistencies } from '../../server/src/core/consistency/inconsistencies';
import type { Finding } from '../../server/src/core/types';
import { findingToDiagnostic, noteDiagnostics, problemToDiagnostic } from '../../server/src/lsp/diagnostics';
import { loadProject, type Project } from '../../server/src/lsp/projects';
import { FILE_DELETED, WorkspaceIndex } from '../../server/src/lsp/workspaceIndex';

const ROOT = 'file:///team';
const at = (rel: string) => `${ROOT}/${rel}`;

const fakeDisk = (files: Record<string, string>) => fakeDiskAt(ROOT, files, '2025-09-01');

const note = (date: string, body: string) => `---\ndate: ${date}\n---\n${body}\n`;
const CONFIG = 'severity:\n  unsourced: off\n';

async function setUp(files: Record<string, string>, open: Record<string, string> = {}) {
  const host = fakeDisk({ '.claimcheck.yaml': CONFIG, ...files });
  const openDocs = { text: (uri: string) => open[uri.slice(ROOT.length + 1)], uris: () => Object.keys(open).map(at) };
  const project = await loadProject(ROOT, host, openDocs);
  const changed: string[][] = [];
  const checked: string[] = [];
  const index = new WorkspaceIndex({
    host,
    isOpen: (uri) => uri.slice(ROOT.length + 1) in open,
    checks: () => true,
    check: async (_uri, text, p) => {
      checked.push(text);
      return checkNote(text, p.index, p.config, { today: host.today() });
    },
    projectOf: () => project,
    onChanged: (_p, uris) => changed.push(uris.map((u) => u.slice(ROOT.length + 1))),
    logger: {
      log() {},
      error(where: string, error: unknown) {
        throw error instanceof Error ? error : new Error(where);
      },
    },
  });
  return { host, project, index, changed, checked, open };
}

const A = note('2025-05-01', 'Halden Bio raised $40 million in March 2025.');
const B = note('2025-05-02', 'Halden Bio raised $45 million in March 2025.');
const texts = (project: Project, index: WorkspaceIndex, rel: string) => index.findingsFor(project, at(rel)).map((f) => f.claim.text);

describe('WorkspaceIndex', () => {
  it('is built from the notes on disk and relates a note’s result', async () => {
    const { project, index } = await setUp({ 'notes/a.md': A, 'notes/b.md': B, 'README.txt': B });
    await index.sync(project);
    expect(index.notes(project).map((n) => n.label).sort()).toEqual(['notes/a.md', 'notes/b.md']);
    expect(texts(project, index, 'notes/a.md')).toEqual(['$40 million']);
    const own = checkNote(A, project.index, { ...project.config, severity: { ...project.config.severity, unsourced: 'information' } }, { today: '2025-09-01' });
    expect(own.findings.map((f) => f.code)).toEqual(['unsourced']);
    expect(index.relate(project, at('notes/a.md'), own).findings.map((f) => f.code)).toEqual(['inconsistent']);
    expect(index.findingsFor(project, at('notes/a.md'))[0]!.related![0]!.label).toBe('notes/b.md');
  });

  it('an open note’s fresh result updates the index and names the other notes to publish, not itself', async () => {
    const { project, index, changed } = await setUp({ 'notes/a.md': A, 'notes/b.md': B, 'notes/c.md': note('2025-05-03', 'Halden Bio raised $45 million in March 2025.') }, { 'notes/a.md': A });
    await index.sync(project);
    // a.md is open: the build left it to the editor; until its first check it states nothing.
    expect(index.notes(project).map((n) => n.label).sort()).toEqual(['notes/b.md', 'notes/c.md']);
    expect(changed).toEqual([]);
    index.update(project, at('notes/a.md'), checkNote(A, project.index, project.config, { today: '2025-09-01' }));
    expect(changed).toEqual([['notes/b.md', 'notes/c.md']]);
    expect(texts(project, index, 'notes/b.md')).toEqual(['$45 million']);
    // The same statements again: nothing to publish.
    index.update(project, at('notes/a.md'), checkNote(A, project.index, project.config, { today: '2025-09-01' }));
    expect(changed).toHaveLength(1);
    // Agreeing: the others lose their finding.
    index.update(project, at('notes/a.md'), checkNote(A.replace('$40', '$45'), project.index, project.config, { today: '2025-09-01' }));
    expect(changed.at(-1)).toEqual(['notes/b.md', 'notes/c.md']);
    expect(texts(project, index, 'notes/b.md')).toEqual([]);
  });

  it('follows the disk: a changed, a new and a deleted note', async () => {
    const { host, project, index, changed } = await setUp({ 'notes/a.md': A, 'notes/b.md': B });
    await index.sync(project);
    host.files.set(at('notes/a.md'), A.replace('$40', '$45'));
    await index.filesChanged([{ uri: at('notes/a.md'), type: 2 }]);
    expect(texts(project, index, 'notes/b.md')).toEqual([]);
    expect(changed.at(-1)).toEqual(['notes/b.md']);
    host.files.set(at('notes/new.md'), note('2025-06-01', 'Halden Bio raised $52 million in March 2025.'));
    await index.filesChanged([{ uri: at('notes/new.md'), type: 1 }]);
    expect(texts(project, index, 'notes/b.md')).toEqual(['$45 million']);
    host.files.delete(at('notes/new.md'));
    await index.filesChanged([{ uri: at('notes/new.md'), type: FILE_DELETED }]);
    expect(texts(project, index, 'notes/b.md')).toEqual([]);
    // Files that are no notes of the project are not read.
    await index.filesChanged([{ uri: at('facts.yaml'), type: 1 }, { uri: 'file:///elsewhere/x.md', type: 1 }]);
    expect(index.notes(project).map((n) => n.label).sort()).toEqual(['notes/a.md', 'notes/b.md']);
  });

  it('never reads a note over maxNoteBytes', async () => {
    const huge = note('2025-05-03', `Halden Bio raised $45 million in March 2025.\n\n${'Filler text. '.repeat(300)}`);
    const { host, project, index, checked } = await setUp({ '.claimcheck.yaml': `${CONFIG}maxNoteBytes: 2000\n`, 'notes/a.md': A, 'notes/huge.md': huge });
    const read: string[] = [];
    const readFile = host.readFile.bind(host);
    host.readFile = async (uri) => (read.push(uri), readFile(uri));
    await index.sync(project);
    expect(read).toEqual([at('notes/a.md')]);
    expect(checked).toEqual([A]);
  });

  it('does not check again a note checked meanwhile with the same facts (Check Workspace feeds it)', async () => {
    const { project, index, checked } = await setUp({ 'notes/a.md': A, 'notes/b.md': B });
    index.update(project, at('notes/b.md'), checkNote(B, project.index, project.config, { today: '2025-09-01' }));
    await index.sync(project);
    expect(checked).toEqual([A]);
    expect(texts(project, index, 'notes/a.md')).toEqual(['$40 million']);
  });

  it('after any sequence of edits, each note’s findings are what a whole pass over the workspace gives', async () => {
    const rounds = ['$40 million', '$45 million', 'about $42 million', '$52 million'];
    const staff = ['300 employees', '350 employees', 'about 320 employees'];
    const text = (i: number, r: number) =>
      note(
        '2025-05-01',
        `Halden Bio raised ${rounds[(i + r) % rounds.length]} in March 2025.\n\n${'\n'.repeat(r % 3)}Corvel had ${staff[(i * r) % staff.length]} in 2024.` +
          // Only some notes speak of Brightloom: their findings about it must survive edits elsewhere.
          (i % 2 === 0 ? `\n\nBrightloom had ${i === 0 ? 90 : 140} employees in 2024.` : ''),
      );
    const files = Object.fromEntries([0, 1, 2, 3].map((i) => [`notes/n${i}.md`, text(i, 0)]));
    const { project, index } = await setUp(files);
    await index.sync(project);
    let seed = 7;
    for (let step = 0; step < 40; step++) {
      seed = (seed * 48271) % 2147483647;
      const i = seed % 4;
      index.update(project, at(`notes/n${i}.md`), checkNote(text(i, step), project.index, project.config, { today: '2025-09-01' }));
      const whole = inconsistentFindings(index.notes(project), 'warning');
      for (const n of index.notes(project)) {
        const expected = (whole.get(n.note) ?? []).map((f) => f.message).sort();
        expect(index.findingsFor(project, n.note).map((f) => f.message).sort(), `step ${step}, ${n.label}`).toEqual(expected);
      }
    }
  });

  // With a segment cache (as the server checks an open note: the claims below an edit are the last
  // result's objects, moved in place) and without (each result's claims are new objects, which the
  // index moves its findings onto).
  it.each([{ cached: true }, { cached: false }])('typing in an open note: after each random edit, every note’s findings (claims, offsets, related) are a whole pass’s (cached: $cached)', async ({ cached }) => {
    // Many figures about a few things, so most of them are in groups that disagree; edits anywhere
    // (inside figures, new lines, new paragraphs) move the figures below them.
    const entities = ['Halden Bio', 'Corvel', 'Brightloom'];
    const body = Array.from({ length: 18 }, (_, i) => `${entities[i % 3]} had ${300 + ((i * 37) % 90)} employees in 2024.${i % 4 === 3 ? '\n' : ' '}`).join('');
    const open = note('2025-05-01', body);
    const other = note('2025-05-02', 'Halden Bio had 310 employees in 2024.\n\nCorvel had 340 employees in 2024.');
    const { project, index } = await setUp({ 'notes/open.md': open, 'notes/other.md': other }, { 'notes/open.md': open });
    await index.sync(project);
    const fragments = ['x', ' ', '\n', '\n\n', '9', '1,', 'Corvel had 333 employees in 2024. ', ''];
    const shownOf = (f: Finding) => JSON.stringify([f.code, f.severity, f.message, f.claim.offset, f.claim.text, f.claim.range, f.related]);
    let text = open;
    let seed = 11;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    let moved = 0;
    const options = cached ? { today: '2025-09-01', cache: new SegmentCache(), chunkMean: 1 } : { today: '2025-09-01' };
    for (let step = 0; step < 150; step++) {
      const at0 = 20 + next(text.length - 20);
      text = text.slice(0, at0) + fragments[next(fragments.length)] + text.slice(at0 + next(3));
      const result = checkNote(text, project.index, project.config, options);
      index.update(project, at('notes/open.md'), result);
      const whole = inconsistentFindings(index.notes(project), 'warning');
      for (const n of index.notes(project)) {
        const found = index.findingsFor(project, n.note);
        expect(found.map(shownOf).sort(), `step ${step}, ${n.label}`).toEqual((whole.get(n.note) ?? []).map(shownOf).sort());
      }
      // The open note's findings are on the claims of its current result.
      const claims = new Set(result.note.claims);
      for (const f of index.findingsFor(project, at('notes/open.md'))) if (claims.has(f.claim)) moved++;
      const related = index.relate(project, at('notes/open.md'), result).findings;
      expect(related.map(shownOf)).toEqual(withInconsistencies(result.findings, whole.get(at('notes/open.md')) ?? []).map(shownOf));
      // Its diagnostics, partly kept from the last keystroke (a moved finding shows as before), are those built afresh.
      const fresh = related.flatMap((f) => findingToDiagnostic(f) ?? []);
      expect(JSON.stringify(noteDiagnostics({ ...result, findings: related }))).toBe(JSON.stringify([...result.note.problems.map(problemToDiagnostic), ...fresh]));
    }
    expect(moved).toBeGreaterThan(150);
  });

  it('a reload supersedes a build under way; inconsistent: off empties the index', async () => {
    const { host, project, index, checked } = await setUp({ 'notes/a.md': A, 'notes/b.md': B, 'notes/c.md': B, 'notes/d.md': B });
    const first = index.sync(project);
    host.files.set(at('.claimcheck.yaml'), 'severity:\n  inconsistent: off\n');
    const reloaded = await loadProject(ROOT, host, { text: () => undefined, uris: () => [] });
    await Promise.all([first, index.sync(reloaded)]);
    expect(checked.length).toBeLessThan(4); // the first build stopped at its next note
    expect(index.notes(reloaded)).toEqual([]);
    expect(index.findingsFor(reloaded, at('notes/a.md'))).toEqual([]);
  });
});
