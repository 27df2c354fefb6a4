// A facts file the server loads on its own thread (every one, unless a host's worker is set to load
// large ones) loads in pieces: a request that comes in meanwhile is answered between two of them,
// from the facts the project had, instead of waiting for the whole load. A large file's outline for
// Add Fact is found as it loads, so the quick fix need not read the whole file again.
import { describe, expect, it } from 'vitest';
import { bigFacts } from '../hostile/inputs.mjs';
import type { Project } from '../../server/src/lsp/projects';
import { ProjectStore } from '../../server/src/lsp/projectStore';
import { NORTHWIND_FACTS } from './fixtures';
import { middleEntryLines } from '../../server/src/core/facts/middleEntries';

const ROOT = 'file:///ws';
const FACTS_URI = `${ROOT}/facts.yaml`;

/** A store whose host has no worker (every load on this thread), over a facts text the test changes; `whenRead` hears each read of it. */
function storeOver(facts: { text: string; whenRead?: () => void }, outlineMinChars?: number): ProjectStore {
  return new ProjectStore({
    host: {
      readFile: async (uri) => {
        if (uri !== FACTS_URI) return undefined;
        facts.whenRead?.();
        return facts.text;
      },
      stat: async () => undefined,
      findFiles: async () => [FACTS_URI],
      today: () => '2025-06-01',
    },
    open: { text: () => undefined, uris: () => [] },
    logger: { log: () => undefined, error: (where, e) => { throw new Error(`${where}: ${String(e)}`); } },
    debounceMs: () => 0,
    ...(outlineMinChars === undefined ? {} : { outlineMinChars: () => outlineMinChars }),
    onLoaded: () => undefined,
  });
}

describe('a facts file loaded on the server thread', () => {
  it('lets a request in between the pieces of a 9,000-fact reload, answered from the facts it had', async () => {
    const facts: { text: string; whenRead?: () => void } = { text: NORTHWIND_FACTS };
    const projects = storeOver(facts);
    projects.setFolders([ROOT]);
    const first = await projects.get(ROOT);
    expect(first.index.facts.map((f) => f.id)).toEqual(['northwind-valuation-2025-01']);

    facts.text = bigFacts(9_000, 2_700);
    const order: string[] = [];
    let answeredFrom: Project | undefined;
    // A request read from the pipe as the load begins: dispatched a macrotask later.
    facts.whenRead = () =>
      setImmediate(() => {
        order.push('request');
        void projects.now(ROOT).then((project) => (answeredFrom = project));
      });
    const reloaded = await projects.reload(ROOT).then((project) => (order.push('loaded'), project));
    expect(order).toEqual(['request', 'loaded']);
    expect(answeredFrom).toBe(first);
    expect(reloaded.index.facts).toHaveLength(9_000);
    expect(reloaded.factEntries).toBe(9_000);
    expect(await projects.now(ROOT)).toBe(reloaded);
  });

  it('stops a reload between its pieces when a newer one begins, and keeps the newer', async () => {
    const facts: { text: string; whenRead?: () => void } = { text: NORTHWIND_FACTS };
    const projects = storeOver(facts);
    projects.setFolders([ROOT]);
    const first = await projects.get(ROOT);

    // A key typed in the facts file while the reload of the one before is under way.
    facts.text = bigFacts(9_000, 2_700);
    let newer: Promise<Project> | undefined;
    facts.whenRead = () =>
      setImmediate(() => {
        facts.whenRead = undefined;
        facts.text = bigFacts(40, 10);
        newer = projects.reload(ROOT);
      });
    const older = await projects.reload(ROOT);
    // Given up: what the store had, not 9,000 facts loaded to be thrown away.
    expect(older).toBe(first);
    const latest = await newer!;
    expect(latest.index.facts).toHaveLength(40);
    expect(await projects.now(ROOT)).toBe(latest);
  });

  it("finds Add Fact's outline of a file of the outline's size as it loads it, and of no smaller or unreadable one", async () => {
    const text = bigFacts(3_000, 900);
    const load = async (factsText: string, outlineMinChars: number) => {
      const projects = storeOver({ text: factsText }, outlineMinChars);
      projects.setFolders([ROOT]);
      return projects.get(ROOT);
    };
    const large = await load(text, text.length);
    const middle = middleEntryLines(text);
    // Both sections (900 entities, 3,000 facts) have middle entries to cut.
    expect(middle).toHaveLength(2);
    expect(large.middleEntries?.get(FACTS_URI)).toEqual({ text, middle });
    expect(large.index.facts).toHaveLength(3_000);
    expect((await load(text, text.length + 1)).middleEntries).toBeUndefined();
    // A syntax error: the plain reader does not read the file whole; the outline is found when asked.
    const broken = text.replace('  - id: fact-10\n', '  - id: [fact-10\n');
    const partly = await load(broken, 0);
    expect(partly.middleEntries).toBeUndefined();
    expect(partly.factsProblems.map((p) => p.code)).toContain('yaml-syntax');
  });
});
