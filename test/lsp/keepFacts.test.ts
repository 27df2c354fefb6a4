// In-process: which load's facts the notes are judged against after a reload, and reloads that read nothing new.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import type { FactFileProblem } from '../../server/src/core/types';
import { emptyIndex, type Project } from '../../server/src/lsp/projects';
import { keepFactsWhileMidEdit, keepsOlderFacts, ProjectStore } from '../../server/src/lsp/projectStore';
import { projectStatus } from '../../server/src/lsp/status';
import { NORTHWIND_FACTS } from './fixtures';

const zero = { line: 0, character: 0 };
const error = (file: string): FactFileProblem => ({ file, code: 'schema', severity: 'error', message: 'bad', range: { start: zero, end: zero } });
let generation = 0;
function load(problems: FactFileProblem[], config = defaultConfig): Project {
  return { root: 'file:///ws', configUri: 'file:///ws/.claimcheck.yaml', configExists: false, config, configProblems: [], index: emptyIndex(), factsProblems: problems, factEntries: 0, generation: ++generation };
}
const open = (uri: string) => uri === 'file:///ws/facts.yaml';

describe('keepFactsWhileMidEdit', () => {
  it('keeps the last good facts while an open facts file has more errors, and follows once they are gone', () => {
    const good = load([]);
    const typing = keepFactsWhileMidEdit(good, load([error('file:///ws/facts.yaml')]), open);
    expect(typing.notesFollow).toBe(false);
    expect(typing.project.index).toBe(good.index);
    expect(typing.project.generation).toBe(good.generation);
    expect(typing.project.factsProblems).toHaveLength(1); // the facts file shows its error at once
    // The status says so (its tooltip tells the user the notes still use the older facts).
    expect(keepsOlderFacts(typing.project)).toBe(true);
    expect(projectStatus({ enable: true, checkWithoutFacts: false }, typing.project).factsKept).toBe(true);
    expect(projectStatus({ enable: true, checkWithoutFacts: false }, good).factsKept).toBe(false);
    // Still typing, now two errors: still the first good load's facts, not the held project's.
    const still = keepFactsWhileMidEdit(typing.project, load([error('file:///ws/facts.yaml'), error('file:///ws/facts.yaml')]), open);
    expect(still.notesFollow).toBe(false);
    expect(still.project.index).toBe(good.index);
    const fixed = load([]);
    expect(keepFactsWhileMidEdit(still.project, fixed, open)).toEqual({ project: fixed, notesFollow: true });
    expect(keepsOlderFacts(fixed)).toBe(false);
  });

  it('follows errors in facts files not open in the editor, errors no worse than before, and config changes', () => {
    const before = load([error('file:///ws/facts.yaml')]);
    const closedFile = load([error('file:///ws/facts.yaml'), error('file:///ws/facts/other.yaml')]);
    expect(keepFactsWhileMidEdit(before, closedFile, open).notesFollow).toBe(true);
    expect(keepFactsWhileMidEdit(before, load([error('file:///ws/facts.yaml')]), open).notesFollow).toBe(true);
    const configChanged = load([error('file:///ws/facts.yaml'), error('file:///ws/facts.yaml')], { ...defaultConfig, tolerance: 0.1 });
    expect(keepFactsWhileMidEdit(before, configChanged, open).notesFollow).toBe(true);
    expect(keepFactsWhileMidEdit(undefined, closedFile, open).notesFollow).toBe(true);
  });
});

describe('reloading a project that reads the same as before', () => {
  it('returns the loaded project as it is and announces nothing; any change in a facts text loads anew', async () => {
    const files: Record<string, string> = { 'file:///ws/facts.yaml': NORTHWIND_FACTS };
    let editorText: string | undefined;
    const loaded: Project[] = [];
    const projects = new ProjectStore({
      host: {
        readFile: async (uri) => files[uri],
        stat: async (uri) => (uri in files ? { size: files[uri]!.length } : undefined),
        findFiles: async (root, include) => Object.keys(files).filter((f) => f.startsWith(root) && include.some((g) => g === 'facts.yaml' || g.endsWith('facts.yaml'))),
        today: () => '2025-06-01',
      },
      open: { text: (uri) => (uri === 'file:///ws/facts.yaml' ? editorText : undefined), uris: () => (editorText === undefined ? [] : ['file:///ws/facts.yaml']) },
      logger: { log: () => undefined, error: (where, e) => { throw new Error(`${where}: ${String(e)}`); } },
      debounceMs: () => 0,
      onLoaded: (project) => void loaded.push(project),
    });
    projects.setFolders(['file:///ws']);
    const first = await projects.get('file:///ws');
    expect(first.index.facts).toHaveLength(1);
    // The facts file opened in the editor with the text on disk: the same project, no announcement.
    editorText = NORTHWIND_FACTS;
    expect(await projects.reload('file:///ws')).toBe(first);
    expect(loaded).toEqual([first]);
    // A keystroke: a new load, announced.
    editorText = `${NORTHWIND_FACTS}# a comment\n`;
    const edited = await projects.reload('file:///ws');
    expect(edited).not.toBe(first);
    expect(edited.generation).toBeGreaterThan(first.generation);
    expect(loaded).toEqual([first, edited]);
  });
});
