// Git's conflict markers left in a facts file (a merge or rebase stopped there). Read as YAML, the
// markers broke the file from the first `<<<<<<<` on: every fact after it was left out, and a
// 100,000-fact file went to the precise reader for minutes. Until the conflict is resolved, the
// file is read with the first side of each conflict (the one the marker line names first: HEAD in
// a merge) and the rest blanked, so a note is judged against the facts as they were on that side,
// and each conflict is one error on its `<<<<<<<` line.
import { quoteForMessage } from '../quote';
import type { FactFileProblem, Span } from '../types';

/** One conflict: its `<<<<<<<` line, what is skipped, each side's label and lines (0-based, `to` exclusive). */
export interface MergeConflict {
  marker: Span;
  line: number;
  /** From the line after the first side to the end of the `>>>>>>>` line: blanked. */
  skipped: Span;
  ours: { label: string; from: number; to: number };
  /** The diff3 style's common ancestor (`|||||||`), when present. */
  base?: { label: string; from: number; to: number };
  theirs: { label: string; from: number; to: number };
}

type MarkerKind = 'start' | 'base' | 'middle' | 'end';

/** Git writes each marker as seven characters at the start of a line, then a space and a label (never for `=======`). */
function markerOf(line: string): { kind: MarkerKind; label: string } | undefined {
  const c = line.charCodeAt(0);
  if (c !== 0x3c && c !== 0x7c && c !== 0x3d && c !== 0x3e) return undefined;
  const m = /^(<{7}|\|{7}|={7}|>{7})(?: (.*))?$/.exec(line);
  if (!m) return undefined;
  const kind = ({ '<': 'start', '|': 'base', '=': 'middle', '>': 'end' } as const)[m[1]![0] as '<' | '|' | '=' | '>'];
  if (kind === 'middle' && m[2] !== undefined) return undefined;
  return { kind, label: (m[2] ?? '').trim() };
}

/**
 * The complete conflicts in `text` (a `<<<<<<<` with its `=======` and `>>>>>>>`, optionally a
 * `|||||||` between), in order. Marker-like lines outside that shape are left to the YAML reader.
 */
export function findMergeConflicts(text: string): MergeConflict[] {
  const first = text.indexOf('<<<<<<<');
  if (first < 0) return [];
  const conflicts: MergeConflict[] = [];
  let open: { marker: Span; line: number; label: string; base?: { label: string; from: number; at: number }; middle?: number; middleAt?: number } | undefined;
  let line = lineNumberAt(text, first);
  let start = text.lastIndexOf('\n', first) + 1;
  for (; start <= text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const lineText = text.charCodeAt(end - 1) === 0x0d ? text.slice(start, end - 1) : text.slice(start, end);
    const marker = markerOf(lineText);
    if (marker?.kind === 'start') open = { marker: { start, end: start + lineText.length }, line, label: marker.label };
    else if (open && marker?.kind === 'base' && open.base === undefined && open.middle === undefined) open.base = { label: marker.label, from: line + 1, at: start };
    else if (open && marker?.kind === 'middle' && open.middle === undefined) {
      open.middle = line;
      open.middleAt = start;
    }
    else if (open && marker?.kind === 'end' && open.middle !== undefined) {
      const oursTo = open.base ? open.base.from - 1 : open.middle;
      conflicts.push({
        marker: open.marker,
        line: open.line,
        skipped: { start: open.base?.at ?? open.middleAt!, end: start + lineText.length },
        ours: { label: open.label, from: open.line + 1, to: oursTo },
        ...(open.base ? { base: { ...open.base, to: open.middle } } : {}),
        theirs: { label: marker.label, from: open.middle + 1, to: line },
      });
      open = undefined;
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return conflicts;
}

function lineNumberAt(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * `text` with every conflict's markers, base and second side blanked (spaces, line breaks kept):
 * offsets and line numbers stay those of the file, so every other problem is located in it.
 */
export function withFirstSides(text: string, conflicts: readonly MergeConflict[]): string {
  if (conflicts.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const c of conflicts) {
    for (const span of [c.marker, c.skipped]) {
      parts.push(text.slice(at, span.start), text.slice(span.start, span.end).replace(/[^\r\n]/g, ' '));
      at = span.end;
    }
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** One error per conflict, on its `<<<<<<<` line, saying which side is read until it is resolved. */
export function mergeConflictProblems(file: string, conflicts: readonly MergeConflict[]): FactFileProblem[] {
  return conflicts.map((c) => {
    const skipped = [c.base && `the common ancestor (${side(c.base)})`, `the other side (${side(c.theirs)})`].filter(Boolean).join(' and ');
    return {
      file,
      code: 'merge-conflict',
      severity: 'error',
      message: `Unresolved merge conflict. Until it is resolved, Claimcheck reads the first side (${side(c.ours)}) and skips ${skipped}.`,
      range: { start: { line: c.line, character: 0 }, end: { line: c.line, character: c.marker.end - c.marker.start } },
      offset: { ...c.marker },
    };
  });
}

/** "`HEAD`, lines 9–12": a side's label and its 1-based lines ("empty" when it has none). */
function side(s: { label: string; from: number; to: number }): string {
  const lines = s.to <= s.from ? 'empty' : s.to - s.from === 1 ? `line ${s.from + 1}` : `lines ${s.from + 1}–${s.to}`;
  return s.label ? `\`${quoteForMessage(s.label)}\`, ${lines}` : lines;
}
