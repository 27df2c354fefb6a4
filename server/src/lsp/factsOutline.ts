// Add Fact needs only a facts file's outline: its top-level keys and each section's first and
// last entries. The `yaml` library's full document costs ~0.8 s per MB (~20 s and GBs for 100,000
// facts), and the quick fix is computed whenever the cursor rests on an unsourced figure. So when
// the plain reader reads the file (valid YAML of the plain subset), the middle entries of each
// section are cut out as whole lines and only the rest is parsed; offsets map back past the cuts.
// The last outline is kept: the facts file rarely changes between two requests. For a large file
// the server's facts worker finds the middle entries as it loads the file (the project keeps them),
// or when first asked for a text it did not load (outlineOffThread).
import { parseDocument, type Document } from 'yaml';
import { lineStartsOf, lineStartsSteps } from '../core/lineStarts';
import { createLineIndex, type LineIndex } from '../core/parse/lineIndex';
import type { Position } from '../core/types';
import { middleEntryLines, type LineCut, type MiddleEntriesFound } from '../core/facts/middleEntries';
import { pauseForRequests } from './cooperative';

export interface FactsOutline {
  /** The text parsed: the file with the middle entries of its sections cut out. */
  text: string;
  doc: Document.Parsed;
  /** Ascending by `at`: where each cut is in `text`, and how many characters it took out. */
  cuts: { at: number; length: number }[];
  /** The position of an offset in the file (its lines counted once, on first use). */
  position(offset: number): Position;
  /** Gives it the file's line starts, counted elsewhere (in pieces), unless position counted them already. */
  useLineStarts(starts: number[]): void;
}

let last: { text: string; outline: FactsOutline } | undefined;

/** The outline of a facts file's text, parsed; the same object while the text stays the same. */
export function factsOutline(text: string): FactsOutline {
  if (last?.text !== text) last = { text, outline: outlineOf(text) };
  return last.outline;
}

/**
 * Makes a large text's outline the one factsOutline gives, its middle entries not found on the
 * server's thread: `found`, when the load found them in this very text, else found by `middleEntries`
 * (the host's facts worker). The plain reading of the whole file (~0.6 s at 100,000 facts) then no
 * longer holds the server's thread. Below `minChars`, or without either, factsOutline finds them
 * itself when asked.
 */
export async function outlineOffThread(
  text: string | undefined,
  found: MiddleEntriesFound | undefined,
  middleEntries: ((text: string) => Promise<LineCut[]>) | undefined,
  minChars: number,
): Promise<void> {
  if (text === undefined || last?.text === text) return;
  // Comparing the texts (~4 ms for 21 MB) costs far less than reading either.
  const middle = found?.text === text ? found.middle : middleEntries && text.length >= minChars ? await middleEntries(text) : undefined;
  if (!middle) return;
  // Each piece in a task of its own, requests answered in between: after the file's decoding (~70 ms
  // at 21 MB), the outline's parse, and its line index (else counted in the quick fix's answer) in
  // pieces: at once it took 50-190 ms at 21 MB (a million line starts), and a hover waited for it.
  await pauseForRequests();
  if (last?.text === text) return;
  const outline = outlineOf(text, middle);
  last = { text, outline };
  const lineStarts = lineStartsSteps(text, LINE_CHARS_PER_PIECE);
  for (;;) {
    await pauseForRequests();
    if (last?.outline !== outline) return;
    const step = lineStarts.next();
    if (step.done) return outline.useLineStarts(step.value);
  }
}

/** Characters of a facts text whose line starts are counted in one piece (~10 ms). */
const LINE_CHARS_PER_PIECE = 2 << 20;

/** Where an offset in the outline's text is in the file: a cut's own place maps past it. */
export function fileOffset(outline: FactsOutline, offset: number): number {
  let at = offset;
  for (const cut of outline.cuts) if (cut.at <= offset) at += cut.length;
  return at;
}

/**
 * The outline of `text`: with `cut` false, the whole document (what the outline must agree with);
 * given the middle entries' lines, without reading the text for them.
 */
export function outlineOf(text: string, cut: boolean | LineCut[] = true): FactsOutline {
  const cuts = Array.isArray(cut) ? cut : cut ? middleEntryLines(text) : [];
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
  return {
    text: kept,
    doc: parseDocument(kept),
    cuts: placed,
    position: (offset) => (lines ??= createLineIndex(text, lineStartsOf(text))).position(offset),
    useLineStarts: (starts) => void (lines ??= createLineIndex(text, starts)),
  };
}
