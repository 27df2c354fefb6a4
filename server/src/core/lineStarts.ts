// Where lines start in a text: after each LF, CR LF or lone CR, as LSP and the editors count lines.

/** Appends to `starts` the offsets just past each line break in `text`, each plus `offset`. */
export function appendLineStarts(starts: number[], text: string, offset = 0): number[] {
  pushLineStarts(starts, text, 0, text.length, offset, text.includes('\r'));
  return starts;
}

/** Every line's start, the first line's 0 included. */
export function lineStartsOf(text: string): number[] {
  return appendLineStarts([0], text);
}

/** As lineStartsOf, with a pause after every `charsPerPiece` characters (a 20 MB facts file has a million lines: ~70 ms). */
export function* lineStartsSteps(text: string, charsPerPiece: number): Generator<void, number[], void> {
  const starts = [0];
  const crs = text.includes('\r');
  for (let from = 0; from < text.length; from += charsPerPiece) {
    if (from > 0) yield;
    pushLineStarts(starts, text, from, Math.min(text.length, from + charsPerPiece), 0, crs);
  }
  return starts;
}

/** The line starts of the line breaks in text[from, to), plus `offset`; `crs`: the text has a CR. */
function pushLineStarts(starts: number[], text: string, from: number, to: number, offset: number, crs: boolean): void {
  if (!crs) {
    // indexOf runs natively: a 20 MB facts file has a million lines.
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) starts.push(offset + i + 1);
    return;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A CR's LF may be past `to`: it is looked for in the whole text.
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(offset + i + 1);
  }
}
