// Facts loaded on a worker (the server bundle started as one) and sent back as their snapshot:
// the same facts, problems and verdicts as a load on the server's thread, whatever the worker
// cannot do done on that thread instead; and while a project reloads, a hover is answered from the
// facts there are instead of waiting (a 100,000-fact reload held every request ~1.5 s), while what
// is published waits for the new facts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { countFactEntries } from '../../server/src/core/facts/countFactEntries';
import { factsSnapshotParts, readFactsSnapshot, readFactsSnapshotSteps, textSource, type LoadedFacts } from '../../server/src/core/facts/factsSnapshot';
import { loadFacts, type LoadFactsOptions } from '../../server/src/core/facts/loadFacts';
import { readSnapshotInParts, snapshotBytes, startFactsWorker } from '../../server/src/node/factsWorker';
import { middleEntryLines } from '../../server/src/core/facts/middleEntries';
import { bigFacts } from '../hostile/inputs.mjs';
import type { ServerHost } from '../../server/src/lsp/host';
import { factsNotLoaded, type Project } from '../../server/src/lsp/projects';
import { ProjectStore } from '../../server/src/lsp/projectStore';
import { NORTHWIND_FACTS } from './fixtures';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');
const options: LoadFactsOptions = { today: '2025-06-01', defaultTolerance: 0.02 };

// A grocery chain's facts, with what a real file has: a merge conflict, an unknown entity, a fact
// with no source, a future date, a range, a segment and a counterparty.
const GROCER_FACTS = `entities:
  kora: { name: Kora Foods, aliases: [Kora] }
  lumen: { name: Lumen Grid }
metrics:
  stores: { unit: store, words: [stores, outlets] }
facts:
  - id: kora-stores-2024
    entity: kora
    metric: stores
<<<<<<< HEAD
    value: 412
=======
    value: 420
>>>>>>> spring-count
    unit: store
    as_of: 2024-12-31
    source: { url: "https://kora.example/annual-2024", title: "Annual report 2024", quote: "412 stores" }
  - { id: kora-revenue-2024, entity: kora, metric: revenue, range: [2.1e9, 2.3e9], unit: USD, as_of: 2024, segment: fresh food, source: { url: "https://kora.example/r" } }
  - { id: kora-power-deal, entity: kora, counterparty: lumen, metric: power, value: 4e7, unit: W, as_of: 2025-02 }
  - { id: kora-employees-2026, entity: kora, metric: employees, value: 9100, unit: people, as_of: 2026-03, source: { url: "https://kora.example/jobs" } }
  - { id: mystery, entity: korra, metric: revenue, value: 1, unit: USD, as_of: 2024, source: { url: "https://x.example" } }
`;
const NOTE = `---
date: 2025-05-01
---
# Kora

Kora Foods ran 412 stores at the end of 2024, and fresh food revenue was about $2.2 billion in 2024.
Kora had 430 stores by year-end 2024 [@kora-stores-2024]. Kora buys 40 MW from Lumen Grid.
`;
const files = [{ file: 'file:///ws/facts.yaml', text: GROCER_FACTS }];

/** What a load gives that a user sees: the facts, the problems, and the verdicts on a note. */
function seen(loaded: LoadedFacts) {
  const { index, problems } = loaded;
  return {
    facts: index.facts.map((f) => JSON.stringify(f)),
    entities: [...index.entities.values()].map((e) => JSON.stringify(e)),
    problems,
    findings: checkNote(NOTE, index, defaultConfig, { today: '2025-06-01' }).findings.map((f) => [f.code, f.message, f.facts.map((r) => r.id)]),
  };
}

/** A store over one folder, file:///ws, whose facts.yaml reads `factsText()` and loads large facts with `loadOnHost`. */
function storeOver(factsText: () => string, loadOnHost: NonNullable<ServerHost['loadFacts']>, minChars: number, onLoaded: (project: Project) => void = () => undefined, slowReadMinChars = Infinity): ProjectStore {
  return new ProjectStore({
    host: {
      readFile: async (uri) => (uri === 'file:///ws/facts.yaml' ? factsText() : undefined),
      stat: async () => undefined,
      findFiles: async () => ['file:///ws/facts.yaml'],
      today: () => '2025-06-01',
      loadFacts: loadOnHost,
    },
    open: { text: () => undefined, uris: () => [] },
    logger: { log: () => undefined, error: (where, e) => { throw new Error(`${where}: ${String(e)}`); } },
    debounceMs: () => 0,
    factsWorkerMinChars: () => minChars,
    slowReadWorkerMinChars: () => slowReadMinChars,
    onLoaded,
  });
}

describe('facts loaded on a worker', () => {
  it('gives the facts, problems and verdicts a load on this thread gives', async () => {
    const onWorker = await startFactsWorker(SERVER, (reason) => {
      throw new Error(`the worker failed: ${reason}`);
    }).load(files, options);
    expect(onWorker.index.onDemand, 'read back from a snapshot').toBeDefined();
    const direct = seen(loadFacts(files, options));
    expect(direct.problems.map((p) => p.code).sort()).toEqual(['future-as-of', 'merge-conflict', 'missing-source', 'unknown-entity']);
    expect(direct.findings.map(([code]) => code)).toEqual(expect.arrayContaining(['supported', 'citation-mismatch']));
    expect(seen(onWorker)).toEqual(direct);
    // The entries as written, counted there as well: the five facts, the conflict's first side read.
    expect(onWorker.factEntries).toBe(5);
  });

  it('loads one request after another on one worker, each as asked', async () => {
    const { load } = startFactsWorker(SERVER);
    const other = [{ file: 'file:///ws/facts.yaml', text: NORTHWIND_FACTS }];
    const [a, b] = await Promise.all([load(files, options), load(other, options)]);
    expect(seen(a)).toEqual(seen(loadFacts(files, options)));
    expect(b.index.facts.map((f) => f.id)).toEqual(['northwind-valuation-2025-01']);
  });

  it('loads on this thread when the worker cannot start, says so once, and gives the same result', async () => {
    const reasons: string[] = [];
    const { load } = startFactsWorker(join(__dirname, 'no-such-server.js'), (reason) => reasons.push(reason));
    const first = await load(files, options);
    const second = await load(files, options);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/no-such-server|Cannot find module/);
    expect(seen(first)).toEqual(seen(loadFacts(files, options)));
    expect(second.index.onDemand).toBeUndefined();
  });

  it('finds the middle entries of a facts text for Add Fact as this thread does, between loads, and here when it cannot start', async () => {
    const big = bigFacts(2000, 600);
    const anchored = 'base: &src { url: "https://air.example/r" }\nentities:\n  a: { name: A }\n  b: { name: B }\n  c: { name: C }\n';
    const worker = startFactsWorker(SERVER, (reason) => {
      throw new Error(`the worker failed: ${reason}`);
    });
    const [middle, loaded, declined] = await Promise.all([worker.middleEntries(big), worker.load(files, options), worker.middleEntries(anchored)]);
    expect(middle).toHaveLength(2);
    expect(middle).toEqual(middleEntryLines(big));
    expect(big.slice(middle[1]![0], middle[1]![0] + 13)).toBe('  - id: fact-');
    expect(seen(loaded)).toEqual(seen(loadFacts(files, options)));
    expect(declined).toEqual([]);
    const reasons: string[] = [];
    const missing = startFactsWorker(join(__dirname, 'no-such-server.js'), (reason) => reasons.push(reason));
    expect(await missing.middleEntries(big)).toEqual(middle);
    expect(reasons).toHaveLength(1);
  });

  it('finds, as it loads, the middle entries of each file it read whole, and gives them with the text they are of', async () => {
    const big = bigFacts(2000, 600);
    const worker = startFactsWorker(SERVER, (reason) => {
      throw new Error(`the worker failed: ${reason}`);
    });
    const input = [{ file: 'file:///ws/facts.yaml', text: big }, ...files.map((f) => ({ ...f, file: 'file:///ws/facts/grocer.yaml' }))];
    const loaded = await worker.load(input, options);
    expect(loaded.index.facts.length).toBeGreaterThan(2000);
    // The grocer's file has a merge conflict: the load read its first sides, not the file as written.
    expect([...loaded.middleEntries!.keys()]).toEqual(['file:///ws/facts.yaml']);
    expect(loaded.middleEntries!.get('file:///ws/facts.yaml')!.text).toBe(big);
    expect(loaded.middleEntries!.get('file:///ws/facts.yaml')!.middle).toEqual(middleEntryLines(big));
  });

  it('gives back facts past ASCII as they are (the snapshot moves as bytes)', async () => {
    const text = `entities:\n  zoe: { name: "Zoë Café 🚀", aliases: ["咖啡", "Zoe"] }\nfacts:\n  - { id: z-1, entity: zoe, metric: revenue, value: 12e6, unit: EUR, as_of: 2025, source: { quote: "Umsatz: 12 Mio. € — «Rekord»", url: "https://example.com/ü" } }\n`;
    const input = [{ file: 'file:///ws/café/facts.yaml', text }];
    const onWorker = await startFactsWorker(SERVER, (reason) => {
      throw new Error(`the worker failed: ${reason}`);
    }).load(input, options);
    expect(onWorker.index.onDemand, 'read back from a snapshot').toBeDefined();
    expect(onWorker.index.byId.get('z-1')!.source.quote).toBe('Umsatz: 12 Mio. € — «Rekord»');
    expect(onWorker.index.entities.get('zoe')!.aliases).toEqual(['咖啡', 'Zoe']);
    const direct = loadFacts(input, options);
    expect(onWorker.index.facts.map((f) => JSON.stringify(f))).toEqual(direct.index.facts.map((f) => JSON.stringify(f)));
    expect([...onWorker.index.entities.values()].map((e) => JSON.stringify(e))).toEqual([...direct.index.entities.values()].map((e) => JSON.stringify(e)));
  });

  it('reads a snapshot back a part at a time, other work running between the parts', async () => {
    const loaded = loadFacts([{ file: 'file:///ws/facts.yaml', text: bigFacts(2000, 600) }], options);
    const parts = factsSnapshotParts(loaded)!;
    const text = parts.join('');
    let pauses = 0;
    for (const steps = readFactsSnapshotSteps(textSource(text)); !steps.next().done; ) pauses++;
    expect(pauses, 'the parts it is read in').toBeGreaterThanOrEqual(2);
    const order: string[] = [];
    const reading = readSnapshotInParts(snapshotBytes(parts)).then((read) => (order.push('read'), read));
    // Queued once the first part is read: a request the server's pipe brought in meanwhile.
    setImmediate(() => setImmediate(() => order.push('two tasks later')));
    setTimeout(() => order.push('a timer'), 0);
    const read = await reading;
    // Which of the two comes first is the event loop's business; both come before the facts.
    expect([...order.slice(0, 2)].sort()).toEqual(['a timer', 'two tasks later']);
    expect(order[2]).toBe('read');
    expect(seen(read!)).toEqual(seen(readFactsSnapshot(textSource(text))!));
    expect(read!.index.facts.map((f) => JSON.stringify(f))).toEqual(loaded.index.facts.map((f) => JSON.stringify(f)));
    // Not a snapshot: nothing, as readFactsSnapshot gives.
    expect(await readSnapshotInParts(snapshotBytes(['not a snapshot']))).toBeUndefined();
  });

  it('loads on this thread what JSON cannot carry (a -0 figure), as it is', async () => {
    const minusZero = [{ file: 'file:///ws/facts.yaml', text: `${NORTHWIND_FACTS}  - { id: zero, entity: northwind, metric: revenue, value: -0.0, unit: USD, as_of: 2025, source: { url: "https://z.example" } }\n` }];
    const loaded = await startFactsWorker(SERVER).load(minusZero, options);
    expect(loaded.index.onDemand).toBeUndefined();
    expect(Object.is(loaded.index.byId.get('zero')!.value, -0)).toBe(true);
  });

});

describe('a project reloading its facts', () => {
  it('answers hovers from the facts it has until the new ones are loaded, and publishes from those', async () => {
    let factsText = NORTHWIND_FACTS;
    let release: (() => void) | undefined;
    const loaded: Project[] = [];
    // A load that ends when the test says so, as one on a worker does when it is done.
    const projects = storeOver(() => factsText, (input, opts) => new Promise((resolve) => (release = () => resolve(loadFacts(input, opts)))), 0, (project) => void loaded.push(project));
    projects.setFolders(['file:///ws']);
    // The first load is waited for: there is nothing to serve before it.
    const pendingFirst = projects.get('file:///ws');
    await new Promise((r) => setTimeout(r, 10));
    release!();
    const first = await pendingFirst;
    expect(first.index.facts.map((f) => f.id)).toEqual(['northwind-valuation-2025-01']);

    factsText = GROCER_FACTS;
    release = undefined;
    const reloading = projects.reload('file:///ws');
    await new Promise((r) => setTimeout(r, 10));
    expect(release, 'the new facts are loading').toBeDefined();
    // A hover is answered from the facts there are; a publish (or an edit) waits for the new ones.
    expect(await projects.now('file:///ws')).toBe(first);
    expect(await projects.nowOf('file:///ws/notes/kora.md')).toBe(first);
    const published = projects.of('file:///ws/notes/kora.md');
    expect(await Promise.race([published.then(() => 'loaded'), new Promise((r) => setTimeout(() => r('waiting'), 20))])).toBe('waiting');
    expect(projects.isLatest(first)).toBe(true);

    release!();
    const second = await reloading;
    expect(second.index.facts.map((f) => f.id)).toContain('kora-stores-2024');
    expect(loaded).toEqual([first, second]);
    expect(await published).toBe(second);
    expect(await projects.now('file:///ws')).toBe(second);
    // A check made against the first facts while they loaded is not published: the re-check is.
    expect(projects.isLatest(first)).toBe(false);
    expect(projects.isLatest(second)).toBe(true);

    // A reload scheduled (after the quiet time), not yet started: a hover does not wait, a publish does.
    factsText = NORTHWIND_FACTS;
    release = undefined;
    projects.scheduleReload('file:///ws');
    expect(await projects.now('file:///ws')).toBe(second);
    const next = projects.of('file:///ws/notes/kora.md');
    await new Promise((r) => setTimeout(r, 10));
    expect(release, 'the scheduled load has started').toBeDefined();
    release!();
    const third = await next;
    expect(third).not.toBe(second);
    expect(third.index.facts.map((f) => f.id)).toEqual(['northwind-valuation-2025-01']);
  });
});

describe('which facts load on the worker', () => {
  it('loads facts below factsWorkerMinChars on the server thread, at once, and larger ones on the host loader', async () => {
    let onHost = 0;
    const store = (minChars: number) =>
      storeOver(() => GROCER_FACTS, async (input, opts) => {
        onHost++;
        return loadFacts(input, opts);
      }, minChars);
    const small = store(GROCER_FACTS.length + 1);
    small.setFolders(['file:///ws']);
    const here = await small.get('file:///ws');
    expect(onHost).toBe(0);
    const large = store(GROCER_FACTS.length);
    large.setFolders(['file:///ws']);
    const there = await large.get('file:///ws');
    expect(onHost).toBe(1);
    expect(there.index.facts).toEqual(here.index.facts);
    expect(there.factsProblems).toEqual(here.factsProblems);
    expect(there.factEntries).toBe(here.factEntries);
  });

  it('loads large facts here while the plain reader reads them (a fact mid-edit included), and on the host loader once it cannot (a section key broken)', async () => {
    let onHost = 0;
    let text = GROCER_FACTS;
    const store = storeOver(() => text, async (input, opts) => {
      onHost++;
      return loadFacts(input, opts);
    }, Infinity, undefined, GROCER_FACTS.length);
    store.setFolders(['file:///ws']);
    const clean = await store.get('file:///ws');
    expect(onHost, 'read by the plain reader: loaded here').toBe(0);
    expect(clean.index.facts.map((f) => f.id)).toContain('kora-stores-2024');
    // A fact being typed: its flow mapping not closed yet. The plain reader reads around it.
    text = `${GROCER_FACTS}  - { id: kora-stores-2025, entity: kora\n`;
    const typing = await store.reload('file:///ws');
    expect(onHost).toBe(0);
    expect(typing.factsProblems.map((p) => p.code)).toContain('yaml-syntax');
    expect(typing.index.facts.map((f) => f.id)).toEqual(clean.index.facts.map((f) => f.id));
    // The metrics' own line broken: no entry to leave out, the precise reader reads it, on the host.
    text = GROCER_FACTS.replace('metrics:\n', 'metrics: {\n');
    const broken = await store.reload('file:///ws');
    expect(onHost).toBe(1);
    expect(broken.factsProblems.map((p) => p.code)).toContain('yaml-syntax');
    // A file below the size stays here, and loads the same.
    const small = storeOver(() => text, async () => {
      throw new Error('not on the host');
    }, Infinity, undefined, text.length + 1);
    small.setFolders(['file:///ws']);
    const here = await small.get('file:///ws');
    expect(here.factsProblems).toEqual(broken.factsProblems);
    expect(here.index.facts).toEqual(broken.index.facts);
  });

  it("takes the fact entries the host's loader counted, and counts them itself when it did not", async () => {
    const text = `${GROCER_FACTS}  - id: broken\n    value: [\n`;
    const counted = countFactEntries(text);
    expect(counted).toBe(6);
    const store = (factEntries?: number) =>
      storeOver(() => text, async (input, opts) => ({ ...loadFacts(input, opts), ...(factEntries === undefined ? {} : { factEntries }) }), 0);
    // A count that differs from the text's shows it is the loader's that is used, not one made here.
    const fromLoader = store(counted + 3);
    fromLoader.setFolders(['file:///ws']);
    const loaded = await fromLoader.get('file:///ws');
    expect(loaded.factEntries).toBe(counted + 3);
    expect(factsNotLoaded(loaded)).toBe(counted + 3 - loaded.index.facts.length);
    const here = store();
    here.setFolders(['file:///ws']);
    const alone = await here.get('file:///ws');
    expect(alone.factEntries).toBe(counted);
    expect(factsNotLoaded(alone), 'the entry the syntax error is in').toBeGreaterThanOrEqual(1);
  });
});

describe("Add Fact's outline found as a large facts file loads", () => {
  it('is kept with the project that load made, and gone once a reload on this thread replaces it', async () => {
    const big = bigFacts(2000, 600);
    let factsText = big;
    const worker = startFactsWorker(SERVER, (reason) => {
      throw new Error(`the worker failed: ${reason}`);
    });
    const projects = storeOver(() => factsText, worker.load, 100_000);
    projects.setFolders(['file:///ws']);
    const large = await projects.get('file:///ws');
    expect(big.length).toBeGreaterThan(100_000);
    expect(large.middleEntries?.get('file:///ws/facts.yaml')).toEqual({ text: big, middle: middleEntryLines(big) });
    // The file shrinks below the worker's size: loaded here, the new project holds no outline of the old text.
    factsText = GROCER_FACTS;
    const small = await projects.reload('file:///ws');
    expect(small).not.toBe(large);
    expect(small.index.facts.map((f) => f.id)).toContain('kora-stores-2024');
    expect(small.middleEntries).toBeUndefined();
  });
});
