// Add Fact needs only a facts file's outline: its top-level keys and each section's first and
// last entries. The `yaml` library's full document costs ~0.8 s per MB (~20 s and GBs for 100,000
// facts), and the quick fix is computed whenever the cursor rests on an unsourced figure. So when
// the plain reader reads the file (valid YAML of the plain subset), the middle entries of each
// section are cut out as whole lines and only the rest is parsed; offsets map back past the cuts.
// The last outline is kept: the facts file rarely changes between two requests.
import { parseDocument, type Document } from 'yaml';
import { lastAtMost } from '../core/lastAtMost';
import { lineStartsOf } from '../core/lineStarts';
import { createLineIndex, type LineIndex } from '../core/parse/lineIndex';
import type { Position } from '../core/types';
import { readPlainYaml } from '../core/facts/plainYaml';

export interface FactsOutline {
  /** The text parsed: the file with the middle entries of its sections cut out. */
  text: string;
  doc: Document.Parsed;
  /** Ascending by `at`: where each cut is in `text`, and how many characters it took out. */
  cuts: { at: number; length: number }[];
  /** The position of an offset in the file (its lines counted once, on first use). */
  position(offset: number): Position;
}

let last: { text: string; outline: FactsOutline } | undefined;

/** The outline of a facts file's text, parsed; the same object while the text stays the same. */
export function factsOutline(text: string): FactsOutline {
  if (last?.text !== text) last = { text, outline: outlineOf(text) };
  return last.outline;
}

/** Where an offset in the outline's text is in the file: a cut's own place maps past it. */
export function fileOffset(outline: FactsOutline, offset: number): number {
  let at = offset;
  for (const cut of outline.cuts) if (cut.at <= offset) at += cut.length;
  return at;
}

/** The outline of `text`: with `cut` false, the whole document (what the outline must agree with). */
export function outlineOf(text: string, cut = true): FactsOutline {
  // The file's lines, counted once: for the cuts and for the edit's positions.
  let starts: number[] | undefined;
  const lineStarts = () => (starts ??= lineStartsOf(text));
  const cuts = cut ? middleLines(text, lineStarts) : [];
  let kept = '';
  let from = 0;
  const placed: FactsOutline['cuts'] = [];
  for (const [start, end] of cuts) {
    kept += text.slice(from, start);
    placed.push({ at: kept.length, length: end - start });
    from = end;
  }
  kept += text.slice(from);
  let lines: LineIndex | undefined;
  return { text: kept, doc: parseDocument(kept), cuts: placed, position: (offset) => (lines ??= createLineIndex(text, lineStarts())).position(offset) };
}

/** For each top-level section of three entries or more, the lines from its second entry to its last; none when the plain reader declines. */
function middleLines(text: string, lineStartsOfText: () => number[]): [number, number][] {
  const plain = readPlainYaml(text);
  const data = plain?.data;
  if (!plain || data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const lineStarts = lineStartsOfText();
  const lineStartOf = (offset: number) => lineStarts[lastAtMost(lineStarts, offset)]!;
  const cuts: [number, number][] = [];
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
