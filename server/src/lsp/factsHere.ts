// Facts loaded on the server's own thread (any size, unless a host's worker is set to load large
// ones; and the worker's fallback). In pieces, so a request that comes in meanwhile waits for one
// piece, not the whole load; the entries counted, and a large file's outline for Add Fact found, as
// further pieces.
import { countFactEntriesInSteps } from '../core/facts/countFactEntries';
import { loadFactsSteps, type LoadFactsOptions } from '../core/facts/loadFacts';
import { middleEntriesOf, type MiddleEntriesFound } from '../core/facts/middleEntries';
import type { PlainYaml } from '../core/facts/plainYaml';
import { runLettingRequestsIn } from './cooperative';
import type { LoadedOffThread } from './host';

/** Places that say `id` looked at between two pauses while the entries are counted (~5 ms here). */
const IDS_PER_PAUSE = 20_000;

/**
 * The load, as the worker's gives it (the entries counted; the middle entries of each file of
 * `outlineMinChars` or more it read whole); undefined once `stale()` between two pieces.
 */
export function loadFactsHere(files: { file: string; text: string }[], options: LoadFactsOptions, stale?: () => boolean, outlineMinChars = Infinity): Promise<LoadedOffThread | undefined> {
  return runLettingRequestsIn(steps(files, options, outlineMinChars), stale);
}

function* steps(files: { file: string; text: string }[], options: LoadFactsOptions, outlineMinChars: number): Generator<void, LoadedOffThread, void> {
  const read: [file: string, text: string, plain: PlainYaml][] = [];
  const loaded = yield* loadFactsSteps(files, options, (file, text, plain) => {
    if (text.length >= outlineMinChars) read.push([file, text, plain]);
  });
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
