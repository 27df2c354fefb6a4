// Which lines of a facts file Add Fact's outline may leave out: the middle entries of each section.
// Pure, so the server's facts worker can find them for a large file off the server's thread.
import { lastAtMost } from '../lastAtMost';
import { lineStartsOf } from '../lineStarts';
import type { LoadedFacts } from './factsSnapshot';
import { readPlainYaml, type PlainYaml } from './plainYaml';

/** A run of whole lines to leave out, [start, end) offsets in the text. */
export type LineCut = [number, number];

/** A file's middle entries as a load found them, with the text they are of. */
export interface MiddleEntriesFound {
  text: string;
  middle: LineCut[];
}

/** Each facts file's middle entries as a load found them (by file URI). */
export type MiddleEntriesByFile = ReadonlyMap<string, MiddleEntriesFound>;

/** A load's facts, with the middle entries of each file it read whole, when it found them (the server's facts worker does). */
export type LoadedWithMiddleEntries = LoadedFacts & { middleEntries?: MiddleEntriesByFile };

/**
 * For each top-level section of three entries or more, the lines from its second entry to its
 * last, ascending; none when the plain reader declines the text. `lineStartsOfText` gives the
 * text's line starts (counted once by a caller that needs them too).
 */
export function middleEntryLines(text: string, lineStartsOfText: () => number[] = () => lineStartsOf(text)): LineCut[] {
  const plain = readPlainYaml(text);
  return plain ? middleEntriesOf(plain, lineStartsOfText) : [];
}

/** middleEntryLines from the plain reader's reading of the text (a facts load has one already). */
export function middleEntriesOf(plain: PlainYaml, lineStartsOfText: () => number[]): LineCut[] {
  const data = plain.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const lineStarts = lineStartsOfText();
  const lineStartOf = (offset: number) => lineStarts[lastAtMost(lineStarts, offset)]!;
  const cuts: LineCut[] = [];
  for (const section of Object.values(data as Record<string, unknown>)) {
    let starts: (number | undefined)[] = [];
    if (Array.isArray(section)) {
      starts = (plain.items.get(section) ?? []).map((range) => (range ? lineStarts[range.start.line] : undefined));
    } else if (section !== null && typeof section === 'object') {
      starts = Object.values(section).map((entry) => {
        const span = entry !== null && typeof entry === 'object' ? plain.spans.get(entry) : undefined;
        return span ? lineStartOf(span.start) : undefined;
      });
    }
    if (starts.length < 3 || starts.some((s) => s === undefined)) continue;
    // In the text's order (an object lists integer-like keys first), each entry on a line of its
    // own: a one-line flow collection has nothing to cut.
    const lines = (starts as number[]).sort((a, b) => a - b);
    if (lines.some((s, i) => i > 0 && s <= lines[i - 1]!)) continue;
    cuts.push([lines[1]!, lines[lines.length - 1]!]);
  }
  return cuts.sort((a, b) => a[0] - b[0]);
}
