import type { Position, Range } from '../types';
import { lastAtMost } from '../lastAtMost';
import { lineStartsOf } from '../lineStarts';

/** Maps UTF-16 offsets to 0-based LSP positions; \n, \r\n and a lone \r all end a line. */
export interface LineIndex {
  position(offset: number): Position;
  range(start: number, end: number): Range;
}

/** `starts`: the text's line starts when the caller has counted them already (lineStartsOf). */
export function createLineIndex(text: string, starts: readonly number[] = lineStartsOf(text)): LineIndex {
  // Claims come in document order, so remember the last line found and search forward from it.
  let last = 0;
  const position = (offset: number): Position => {
    const o = Math.max(0, Math.min(offset, text.length));
    let line: number;
    if (starts[last]! <= o && (last + 1 >= starts.length || starts[last + 1]! > o)) line = last;
    else line = lastAtMost(starts, o);
    last = line;
    return { line, character: o - starts[line]! };
  };
  return { position, range: (start, end) => ({ start: position(start), end: position(end) }) };
}
