import type { Position, Range } from '../types';
import { lastAtMost } from '../lastAtMost';

/** Maps UTF-16 offsets to 0-based LSP positions; \n, \r\n and a lone \r all end a line. */
export interface LineIndex {
  position(offset: number): Position;
  range(start: number, end: number): Range;
}

export function createLineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
  }
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
