// Facts loaded on the server's own thread (any size, unless a host's worker is set to load large
// ones; and the worker's fallback). In pieces, so a request that comes in meanwhile waits for one
// piece, not the whole load; the entries counted, and a large file's outline for Add Fact found, as
// further pieces.
import { countFactEntriesInSteps } from '../core/facts/countFactEntries';
import { loadFactsSteps, SLOW_READ, type LoadFactsOptions } from '../core/facts/loadFacts';
import { middleEntriesOf, type MiddleEntriesFound } from '../core/facts/middleEntries';
import type { PlainYaml } from '../core/facts/plainYaml';
import { runLettingRequestsIn } from './cooperative';
import type { LoadedOffThread } from './host';

/** Places that say `id` looked at between two pauses while the entries are counted (~5 ms here). */
const IDS_PER_PAUSE = 20_000;

export interface HereOptions {
  /** Once true between two pieces, the load stops and gives undefined (a newer one began). */
  stale?: () => boolean;
  /** A file this long or longer that the plain reader reads whole has its middle entries found (Add Fact's outline). */
  outlineMinChars?: number;
  /** Stop before a reader that does not pause (SLOW_READ) and give SLOW_READ: the caller loads elsewhere. */
  stopBeforeSlowRead?: boolean;
}

/** The load, as the worker's gives it (the entries counted; the middle entries of large files); undefined once stale; SLOW_READ when asked to stop there. */
export function loadFactsHere(files: { file: string; text: string }[], options: LoadFactsOptions, here: HereOptions = {}): Promise<LoadedOffThread | typeof SLOW_READ | undefined> {
  return runLettingRequestsIn(steps(files, options, here.outlineMinChars ?? Infinity, here.stopBeforeSlowRead ?? false), here.stale);
}

function* steps(files: { file: string; text: string }[], options: LoadFactsOptions, outlineMinChars: number, stopBeforeSlowRead: boolean): Generator<void, LoadedOffThread | typeof SLOW_READ, void> {
  const read: [file: string, text: string, plain: PlainYaml][] = [];
  const load = loadFactsSteps(files, options, (file, text, plain) => {
    if (text.length >= outlineMinChars) read.push([file, text, plain]);
  });
  let step = load.next();
  for (; !step.done; step = load.next()) {
    if (step.value === SLOW_READ && stopBeforeSlowRead) return SLOW_READ;
    yield;
  }
  const loaded = step.value;
  yield;
  const factEntries = yield* countFactEntriesInSteps(files, IDS_PER_PAUSE);
  if (read.length === 0) return { ...loaded, factEntries };
  const middleEntries = new Map<string, MiddleEntriesFound>();
  for (const [file, text, plain] of read) {
    yield;
    middleEntries.set(file, { text, middle: middleEntriesOf(plain, text) });
  }
  return { ...loaded, factEntries, middleEntries };
}
