// "Set up" counts the folders above a note: a workspace folder that is a subfolder of a project, or
// a note opened from outside every workspace folder, belongs to the nearest folder above it with a
// `.claimcheck.yaml` or a facts file. In-process, over an in-memory file system.
import { describe, expect, it } from 'vitest';
import type { ServerHost } from '../../server/src/lsp/host';
import { matchesAny } from '../../server/src/lsp/glob';
import { ProjectStore } from '../../server/src/lsp/projectStore';
import { holdsProject } from '../../server/src/lsp/projectsAbove';
import { isSetUp } from '../../server/src/lsp/settings';
import { relativeUri } from '../../server/src/lsp/uri';
import { NORTHWIND_FACTS as FACTS } from './fixtures';


/** A disk of files (URI → text); directories exist when a file lies under them. */
function memoryHost(files: Record<string, string>) {
  const stats: string[] = [];
  const isDir = (uri: string) => Object.keys(files).some((f) => f.startsWith(uri.replace(/\/+$/, '') + '/'));
  const host: ServerHost = {
    readFile: async (uri) => files[uri],
    stat: async (uri) => {
      stats.push(uri);
      return uri in files ? { size: files[uri]!.length } : isDir(uri) ? { size: 0 } : undefined;
    },
    findFiles: async (root, include, exclude) =>
      Object.keys(files).filter((f) => {
        const rel = relativeUri(root, f);
        return rel !== undefined && rel !== '' && matchesAny(rel, include) && !matchesAny(rel, exclude);
      }),
    today: () => '2025-06-01',
  };
  return { host, stats };
}

function store(files: Record<string, string>, folders: string[]) {
  const { host, stats } = memoryHost(files);
  const projects = new ProjectStore({
    host,
    open: { text: () => undefined, uris: () => [] },
    logger: { log: () => undefined, error: (where, e) => { throw new Error(`${where}: ${String(e)}`); } },
    debounceMs: () => 0,
    onLoaded: () => undefined,
  });
  projects.setFolders(folders);
  return { projects, stats };
}

describe('the project of a note, looking above its workspace folder', () => {
  it('a workspace folder inside a project whose config and facts sit higher up', async () => {
    const { projects } = store(
      { 'file:///p/.claimcheck.yaml': 'notes: ["**/*.md"]\n', 'file:///p/facts.yaml': FACTS, 'file:///p/ws/notes/a.md': '# a' },
      ['file:///p/ws'],
    );
    const note = 'file:///p/ws/notes/a.md';
    expect(await projects.resolveRoot(note)).toBe('file:///p');
    expect(projects.rootFor(note)).toBe('file:///p'); // the sync answer agrees once walked
    const project = await projects.of(note);
    expect(isSetUp(project)).toBe(true);
    expect(project.configExists).toBe(true);
    expect(project.index.facts.map((f) => f.id)).toEqual(['northwind-valuation-2025-01']);
  });

  it('a note outside every workspace folder, with facts/ two folders up', async () => {
    const { projects } = store(
      { 'file:///r/facts/companies.yaml': FACTS, 'file:///r/notes/2025/q1.md': '# q1', 'file:///ws/readme.md': '# ws' },
      ['file:///ws'],
    );
    expect(await projects.resolveRoot('file:///r/notes/2025/q1.md')).toBe('file:///r');
    expect((await projects.of('file:///r/notes/2025/q1.md')).index.files).toEqual(['file:///r/facts/companies.yaml']);
  });

  it('a note with nothing above it keeps its folder, not set up', async () => {
    const { projects } = store({ 'file:///ws/docs/README.md': '# x', 'file:///other/n.md': '# n' }, ['file:///ws']);
    expect(await projects.resolveRoot('file:///ws/docs/README.md')).toBe('file:///ws');
    expect(isSetUp(await projects.of('file:///ws/docs/README.md'))).toBe(false);
    expect(await projects.resolveRoot('file:///other/n.md')).toBe('file:///other');
    expect(isSetUp(await projects.of('file:///other/n.md'))).toBe(false);
  });

  it('a workspace folder that is set up wins over a project above it', async () => {
    const { projects } = store(
      { 'file:///p/.claimcheck.yaml': '', 'file:///p/ws/facts.yaml': FACTS, 'file:///p/ws/a.md': '# a' },
      ['file:///p/ws'],
    );
    expect(await projects.resolveRoot('file:///p/ws/a.md')).toBe('file:///p/ws');
  });

  it('the nearest project wins, and an empty facts/ folder is no project', async () => {
    const { projects } = store(
      {
        'file:///top/.claimcheck.yaml': '',
        'file:///top/mid/facts.yaml': FACTS,
        'file:///top/mid/low/facts/README.txt': 'no facts here',
        'file:///top/mid/low/ws/a.md': '# a',
      },
      ['file:///top/mid/low/ws'],
    );
    expect(await projects.resolveRoot('file:///top/mid/low/ws/a.md')).toBe('file:///top/mid');
  });

  it('walks each folder once, however many notes and requests ask', async () => {
    const { projects, stats } = store({ 'file:///p/.claimcheck.yaml': '', 'file:///p/ws/a.md': '', 'file:///p/ws/b.md': '' }, ['file:///p/ws']);
    await Promise.all([projects.resolveRoot('file:///p/ws/a.md'), projects.resolveRoot('file:///p/ws/b.md'), projects.of('file:///p/ws/a.md')]);
    const walked = stats.length;
    expect(stats.filter((s) => s === 'file:///p/.claimcheck.yaml')).toHaveLength(1);
    await projects.resolveRoot('file:///p/ws/b.md');
    expect(stats).toHaveLength(walked);
  });

  it('walks again after a config file appeared', async () => {
    const files: Record<string, string> = { 'file:///p/ws/a.md': '' };
    const { projects } = store(files, ['file:///p/ws']);
    expect(await projects.resolveRoot('file:///p/ws/a.md')).toBe('file:///p/ws');
    files['file:///p/.claimcheck.yaml'] = '';
    projects.filesChanged(['file:///p/.claimcheck.yaml']);
    expect(await projects.resolveRoot('file:///p/ws/a.md')).toBe('file:///p');
  });
});

describe('holdsProject', () => {
  it('finds a config, facts.yaml, or facts under facts/; nothing else', async () => {
    const { host } = memoryHost({
      'file:///a/.claimcheck.yaml': '',
      'file:///b/facts.yaml': FACTS,
      'file:///c/facts/deep/x.csv': 'id,entity\n',
      'file:///d/facts/notes.md': '',
      'file:///e/sub/facts.yaml': FACTS,
    });
    const holds = async (dir: string) => holdsProject(dir, host);
    expect(await Promise.all(['a', 'b', 'c', 'd', 'e'].map((d) => holds(`file:///${d}`)))).toEqual([true, true, true, false, false]);
  });
});
