// Typing into a long note must not keep the versions typed over. Every keystroke's text is a new
// string; anything the server keeps from a check (a cached segment, a memo entry, a claim's text)
// that is a slice of it would keep that whole version alive (V8 slices are views into their
// parent): 1,000 keystrokes into a 100 KB note kept ~90 MB and the server grew to 450 MB. Here
// the server's own path (segment cache, run by run, diagnostics kept between publishes) types
// into a varied long note, and the heap after a full collection must not grow with the edits.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString, getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { variedLongNote } from '../../bench/variedCorpus.mjs';
import { checkNote, SegmentCache } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { noteDiagnostics } from '../../server/src/lsp/diagnostics';
import { prng } from '../prng';

const ROOT = path.resolve(__dirname, '../..');
const { index } = loadFacts([{ file: 'file:///w/facts.yaml', text: readFileSync(path.join(ROOT, 'examples/facts.yaml'), 'utf8') }]);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function liveHeapBytes(): number {
  gc();
  gc();
  return getHeapStatistics().used_heap_size;
}

describe('typing into a long note', () => {
  it('keeps no earlier version of the note alive', () => {
    const random = prng(12);
    let text = variedLongNote(100_000);
    const versionBytes = text.length * 2;
    const cache = new SegmentCache();
    // Type where a person types: inside lines with text, one character at a time, spread over the note.
    const typeOnce = () => {
      for (;;) {
        const at = Math.floor(random() * text.length);
        if (text[at] === '\n' || text[at - 1] === '\n') continue;
        text = text.slice(0, at) + 'x' + text.slice(at);
        break;
      }
      noteDiagnostics(checkNote(text, index, defaultConfig, { today: '2026-11-25', cache, chunkMean: 1 }));
    };
    for (let i = 0; i < 30; i++) typeOnce();
    const before = liveHeapBytes();
    const EDITS = 150;
    for (let i = 0; i < EDITS; i++) typeOnce();
    const grown = liveHeapBytes() - before;
    // Keeping each version typed over grows the heap by EDITS × versionBytes (~30 MB; measured 32 MB
    // before the fix); the memos' own growth, bounded by their size limits, is ~4 MB over these edits.
    expect(grown).toBeLessThan((EDITS * versionBytes) / 4);
  }, 120_000);
});
