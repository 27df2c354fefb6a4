// Which lines of a facts file Add Fact's outline may leave out: the middle entries of each section.
// Pure, so the server's facts worker can find them for a large file off the server's thread.
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
 * last, ascending; none when the plain reader declines the text.
 */
export function middleEntryLines(text: string): LineCut[] {
  const plain = readPlainYaml(text);
  return plain ? middleEntriesOf(plain, text) : [];
}

/** middleEntryLines from the plain reader's reading of `text` (a facts load has one already). */
export function middleEntriesOf(plain: PlainYaml, text: string): LineCut[] {
  const data = plain.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const cutLines: [number, number][] = [];
  for (const section of Object.values(data as Record<string, unknown>)) {
    let lines: (number | undefined)[] = [];
    if (Array.isArray(section)) {
      lines = (plain.items.get(section) ?? []).map((range) => range?.start.line);
    } else if (section !== null && typeof section === 'object') {
      lines = Object.values(section).map((entry) => (entry !== null && typeof entry === 'object' ? plain.spans.get(entry)?.range?.start.line : undefined));
    }
    if (lines.length < 3 || lines.some((line) => line === undefined)) continue;
    // In the text's order (an object lists integer-like keys first), each entry on a line of its
    // own: a one-line flow collection has nothing to cut.
    const sorted = ascending(lines as number[]) ? (lines as number[]) : (lines as number[]).sort((a, b) => a - b);
    if (!ascending(sorted)) continue;
    cutLines.push([sorted[1]!, sorted[sorted.length - 1]!]);
  }
  // Only the cuts' lines are placed: counting every line of a 21 MB file took ~70 ms.
  const offsets = lineOffsets(text, cutLines.flat());
  return cutLines.map(([from, to]): LineCut => [offsets.get(from)!, offsets.get(to)!]).sort((a, b) => a[0] - b[0]);
}

const ascending = (lines: number[]): boolean => lines.every((line, i) => i === 0 || line > lines[i - 1]!);

/** Where each of `lines` starts in `text`, found in one pass up to the last of them. */
function lineOffsets(text: string, lines: number[]): Map<number, number> {
  const offsets = new Map<number, number>();
  let line = 0;
  let at = 0;
  for (const wanted of [...new Set(lines)].sort((a, b) => a - b)) {
    for (; line < wanted; line++) at = text.indexOf('\n', at) + 1;
    offsets.set(wanted, at);
  }
  return offsets;
}
