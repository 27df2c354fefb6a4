// One pass over a project's notes (Find References, the facts view), in-process on a fake disk,
// asked while the workspace index is still reading the closed notes (a first Find References as
// the workspace opens). Both went down the same list at once, so each closed note was checked
// twice; the pass now waits for the index's build and takes the notes' uses it handed in.
import { describe, expect, it } from 'vitest';
import { fakeDisk as fakeDiskAt } from './fakeDisk';
import { CancellationTokenSource } from 'vscode-languageserver';
import { checkNote } from '../../server/src/core/check';
import type { NoteChecker } from '../../server/src/lsp/noteChecker';
import { usesOf, type NoteUses } from '../../server/src/lsp/noteUses';
import type { OpenDocumentIndex } from '../../server/src/lsp/openDocuments';
import { ClosedNoteUses, forEachProjectNote } from '../../server/src/lsp/projectNotes';
import { loadProject, type Project } from '../../server/src/lsp/projects';
import type { ProjectStore } from '../../server/src/lsp/projectStore';
import { WorkspaceIndex } from '../../server/src/lsp/workspaceIndex';

const ROOT = 'file:///harbour';
// A port authority's container moves (a metric of the project's own), cited by every note.
const FACTS = `entities:
  kestrel-port: { name: Kestrel Port Authority }
metrics:
  container_moves: { unit: TEU, words: [ TEU, containers ] }
facts:
  - { id: kestrel-teu-2024, entity: kestrel-port, metric: container_moves, value: 2400000, unit: TEU, as_of: 2024, source: { url: "https://kestrel.example/annual-2024" } }
`;
const NOTES = 12;
const note = (i: number) => `---\ndate: 2025-0${1 + (i % 9)}-01\n---\nKestrel Port Authority handled 2.4 million TEU in 2024 [@kestrel-teu-2024], and ${100 + i} ships called in week ${i + 1}.\n`;

const fakeDisk = (files: Record<string, string>) => fakeDiskAt(ROOT, files, '2025-12-01');

describe('forEachProjectNote while the workspace index reads the notes', () => {
  it('checks each closed note once, and visits every note with its uses', async () => {
    const files: Record<string, string> = { 'facts.yaml': FACTS };
    for (let i = 0; i < NOTES; i++) files[`notes/q${i}.md`] = note(i);
    const host = fakeDisk(files);
    const project: Project = await loadProject(ROOT, host, { text: () => undefined, uris: () => [] });
    const closed = new ClosedNoteUses();
    const checks = new Map<string, number>();
    // As NoteChecker.checkInBackground: a check that takes its time, and hands in what the note uses.
    const checkInBackground = async (uri: string, text: string, p: Project) => {
      checks.set(uri, (checks.get(uri) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const result = checkNote(text, p.index, p.config, { today: host.today() });
      closed.set(uri, text, p, usesOf(result));
      return result;
    };
    const index = new WorkspaceIndex({
      host,
      isOpen: () => false,
      checks: () => true,
      check: checkInBackground,
      projectOf: () => project,
      onChanged: () => {},
      logger: { log() {}, error() {} },
    });
    const building = index.sync(project);
    const visited = new Map<string, NoteUses>();
    const done = await forEachProjectNote(
      {
        host,
        documents: { all: () => [] } as unknown as OpenDocumentIndex,
        projects: {} as ProjectStore,
        checker: { checkInBackground } as unknown as NoteChecker,
        index,
      },
      project,
      new CancellationTokenSource().token,
      (uri, uses) => visited.set(uri, uses),
      closed,
    );
    await building;
    expect(done).toBe(true);
    expect([...checks.values()]).toEqual(Array(NOTES).fill(1));
    expect(visited.size).toBe(NOTES);
    for (const uses of visited.values()) {
      expect(uses.note.citations.flatMap((c) => c.keys.map((k) => k.id))).toEqual(['kestrel-teu-2024']);
      expect(uses.findings.map((f) => [f.code, f.claim.text])).toEqual([['supported', '2.4 million'], ['unsourced', expect.stringMatching(/^1\d\d ships$/)]]);
    }
  });

  it('stops waiting for the index when cancelled', async () => {
    const host = fakeDisk({ 'facts.yaml': FACTS, 'notes/q0.md': note(0) });
    const project: Project = await loadProject(ROOT, host, { text: () => undefined, uris: () => [] });
    // The index's check never ends (it waits for the user to stop typing).
    const index = new WorkspaceIndex({
      host,
      isOpen: () => false,
      checks: () => true,
      check: () => new Promise(() => {}),
      projectOf: () => project,
      onChanged: () => {},
      logger: { log() {}, error() {} },
    });
    void index.sync(project);
    const source = new CancellationTokenSource();
    const pass = forEachProjectNote(
      { host, documents: { all: () => [] } as unknown as OpenDocumentIndex, projects: {} as ProjectStore, checker: {} as NoteChecker, index },
      project,
      source.token,
      () => {},
      new ClosedNoteUses(),
    );
    setTimeout(() => source.cancel(), 20);
    expect(await pass).toBe(false);
  });
});
