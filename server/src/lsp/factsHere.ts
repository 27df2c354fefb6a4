// Facts loaded on the server's own thread: a file below the facts worker's size, or any file when
// there is no worker (the browser build) or it cannot load them. In pieces, so a request that
// comes in meanwhile waits for one piece, not the whole load; the entries counted as one more.
import { countFactEntriesIn } from '../core/facts/countFactEntries';
import { loadFactsSteps, type LoadFactsOptions } from '../core/facts/loadFacts';
import { runLettingRequestsIn } from './cooperative';
import type { LoadedOffThread } from './host';

/** The load, as the worker's gives it (with the entries counted); undefined once `stale()` between two pieces. */
export function loadFactsHere(files: { file: string; text: string }[], options: LoadFactsOptions, stale?: () => boolean): Promise<LoadedOffThread | undefined> {
  return runLettingRequestsIn(steps(files, options), stale);
}

function* steps(files: { file: string; text: string }[], options: LoadFactsOptions): Generator<void, LoadedOffThread, void> {
  const loaded = yield* loadFactsSteps(files, options);
  yield;
  return { ...loaded, factEntries: countFactEntriesIn(files) };
}
