// A facts file the server loads on its own thread (below the worker's size, or with no worker: the
// browser build) loads in pieces: a request that comes in meanwhile is answered between two of them,
// from the facts the project had, instead of waiting for the whole load.
import { describe, expect, it } from 'vitest';
import { bigFacts } from '../hostile/inputs.mjs';
import type { Project } from '../../server/src/lsp/projects';
import { ProjectStore } from '../../server/src/lsp/projectStore';
import { NORTHWIND_FACTS } from './fixtures';

const ROOT = 'file:///ws';
const FACTS_URI = `${ROOT}/facts.yaml`;

describe('a facts file loaded on the server thread', () => {
  it('lets a request in between the pieces of a 9,000-fact reload, answered from the facts it had', async () => {
    let factsText = NORTHWIND_FACTS;
    let whenRead: (() => void) | undefined;
    const projects = new ProjectStore({
      // No loadFacts on the host: every load is on this thread, as in the browser build.
      host: {
        readFile: async (uri) => {
          if (uri !== FACTS_URI) return undefined;
          whenRead?.();
          return factsText;
        },
        stat: async () => undefined,
        findFiles: async () => [FACTS_URI],
        today: () => '2025-06-01',
      },
      open: { text: () => undefined, uris: () => [] },
      logger: { log: () => undefined, error: (where, e) => { throw new Error(`${where}: ${String(e)}`); } },
      debounceMs: () => 0,
      onLoaded: () => undefined,
    });
    projects.setFolders([ROOT]);
    const first = await projects.get(ROOT);
    expect(first.index.facts.map((f) => f.id)).toEqual(['northwind-valuation-2025-01']);

    factsText = bigFacts(9_000, 2_700);
    const order: string[] = [];
    let answeredFrom: Project | undefined;
    // A request read from the pipe as the load begins: dispatched a macrotask later.
    whenRead = () =>
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
});
