// Fact entries as written in a facts text, counted on the text itself, so a YAML error cannot hide
// them: the server compares the count with the facts that loaded, to say how many did not.
import { runToEnd } from '../runToEnd';

/** What may stand before `id:` on its line: indentation, a list dash, a flow mapping's brace. */
const BEFORE_ID = /^[ \t]*(?:-[ \t]+)?\{?[ \t]*$/;
const AFTER_ID = /^[ \t]*:/;

/**
 * Fact entries as written (`- id: x`, `{ id: x, ... }`). Found from each `id` in the text (not by
 * trying every line: a facts file may have a million lines).
 */
export function countFactEntries(text: string): number {
  return runToEnd(countFactEntriesSteps(text));
}

/**
 * countFactEntries with a pause after every `idsPerPause` places that say `id` (the server counts
 * on its own thread: 100,000 facts took 40–65 ms in one go).
 */
export function* countFactEntriesSteps(text: string, idsPerPause = Infinity): Generator<void, number, void> {
  let count = 0;
  let seen = 0;
  for (let at = text.indexOf('id'); at >= 0; at = text.indexOf('id', at + 2)) {
    if (++seen % idsPerPause === 0) yield;
    // The line's start, looked for no further back than an indentation could reach.
    let lineStart = at;
    while (lineStart > 0 && at - lineStart <= 200 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
    if (at - lineStart > 200 || !BEFORE_ID.test(text.slice(lineStart, at))) continue;
    if (AFTER_ID.test(text.slice(at + 2, at + 66))) count++;
  }
  return count;
}

/** countFactEntries of each facts file, added up: what a project's load reports beside the facts that loaded. */
export function countFactEntriesIn(files: readonly { text: string }[]): number {
  return runToEnd(countFactEntriesInSteps(files));
}

/** countFactEntriesIn with a pause after every `idsPerPause` places that say `id`. */
export function* countFactEntriesInSteps(files: readonly { text: string }[], idsPerPause = Infinity): Generator<void, number, void> {
  let count = 0;
  for (const f of files) count += yield* countFactEntriesSteps(f.text, idsPerPause);
  return count;
}
