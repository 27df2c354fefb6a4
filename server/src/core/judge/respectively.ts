import type { Span } from '../types';
import { isChangeVerb } from '../extract/hedges';

/** Whether a text says "respectively" at all: the one quick look before the run is read. */
export const saysRespectively = (text: string): boolean => /\brespectively\b/i.test(text);

/** Between two figures of a run that "respectively" ends: "up 4% and down 2%", "4%, 6% and 9%" (group 1: a change verb). */
const IN_RUN = /^\s*,?\s*(?:and\s+)?(?:(\p{L}+)\s+(?:by\s+)?)?$/iu;
const inRun = (between: string): boolean => {
  const m = IN_RUN.exec(between);
  return !!m && (m[1] === undefined || isChangeVerb(m[1].toLowerCase()));
};
const RESPECTIVELY = /^\s*,?\s*respectively\b/i;
/** A figure that is a ratio by its words ("4%", "80 basis points"), not a level. */
const RATIO_TEXT = /%|\bper\s*cent\b|\bpercent\b|\bpoints?\b|\bbps\b|\bbp\b/i;

/**
 * "EBITDA came to €2.9 billion and net profit to €1.05 billion, up 4% and down 2% respectively":
 * the run of figures "respectively" ends (all ratios, or all levels, as the claim is), when the
 * claim is one of them, and its place in it. `figures`: the sentence's figures in order, at note
 * offsets; `sentence`: its text, which starts at `base`.
 */
export function respectiveRun(sentence: string, base: number, figures: readonly Span[], claim: Span): { run: Span[]; k: number } | null {
  const slice = (from: number, to: number): string => sentence.slice(from - base, to - base);
  const at = figures.findIndex((f) => f.start === claim.start);
  if (at < 0) return null;
  const ratio = (f: Span): boolean => RATIO_TEXT.test(slice(f.start, f.end));
  const alike = (f: Span): boolean => ratio(f) === ratio(claim);
  const joined = (a: Span, b: Span): boolean => alike(a) && alike(b) && inRun(slice(a.end, b.start));
  let last = at;
  while (last + 1 < figures.length && joined(figures[last]!, figures[last + 1]!)) last++;
  if (!RESPECTIVELY.test(slice(figures[last]!.end, figures[last]!.end + 20))) return null;
  let first = at;
  while (first > 0 && joined(figures[first - 1]!, figures[first]!)) first--;
  const run = figures.slice(first, last + 1);
  return run.length >= 2 ? { run, k: at - first } : null;
}
