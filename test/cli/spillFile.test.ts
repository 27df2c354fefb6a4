// The scratch file gathers writes into 1 MB chunks (cli/spillFile.ts): every span reads back its
// bytes exactly, whatever the sizes (tiny, across a chunk's end, larger than a chunk) and whenever
// it is read (before or after later writes).
import { describe, expect, it } from 'vitest';
import { SpillFile } from '../../server/src/cli/spillFile';
import { prng } from '../prng';

describe('SpillFile', () => {
  it('reads back every span exactly, reads interleaved with writes', () => {
    const rand = prng(99);
    const spill = new SpillFile();
    try {
      const written: { span: ReturnType<SpillFile['write']>; bytes: Buffer }[] = [];
      for (let i = 0; i < 400; i++) {
        const size = rand() < 0.02 ? 1_000_000 + Math.floor(rand() * 2_500_000) : rand() < 0.1 ? 0 : Math.floor(rand() * 40_000);
        const bytes = Buffer.alloc(size);
        for (let b = 0; b < size; b += 97) bytes[b] = Math.floor(rand() * 256);
        written.push({ span: spill.write(bytes), bytes });
        if (rand() < 0.1) {
          const { span, bytes: expected } = written[Math.floor(rand() * written.length)]!;
          expect(spill.read(span).equals(expected)).toBe(true);
        }
      }
      for (const { span, bytes } of written) expect(spill.read(span).equals(bytes)).toBe(true);
    } finally {
      spill.close();
    }
  });
});
