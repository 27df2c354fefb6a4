// `whenNotBusy` (cooperative.ts), how background checks yield to typing: an attempt starts only
// once the foreground is free (its wait is 0), one the foreground interrupts runs again once it is
// free, and nothing runs once the work is dropped.
import { describe, expect, it } from 'vitest';
import { whenNotBusy } from '../../server/src/lsp/cooperative';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('whenNotBusy', () => {
  it('starts the attempt only once the foreground is free', async () => {
    let busy = true;
    let attempts = 0;
    const result = whenNotBusy(
      () => (busy ? 15 : 0),
      () => false,
      async () => {
        attempts++;
        return 'checked';
      },
    );
    await tick(60);
    expect(attempts).toBe(0);
    busy = false;
    expect(await result).toBe('checked');
    expect(attempts).toBe(1);
  });

  it('runs an attempt the foreground stopped again once it is free, and returns the finished one', async () => {
    let busy = false;
    const stoppedAt: boolean[] = [];
    const result = whenNotBusy(
      () => (busy ? 15 : 0),
      () => false,
      async (stop) => {
        if (stoppedAt.length === 0) busy = true; // a keystroke arrives during the first attempt
        await tick(5);
        stoppedAt.push(stop());
        if (stop()) return undefined;
        return 'checked';
      },
    );
    await tick(60);
    expect(stoppedAt).toEqual([true]);
    busy = false;
    expect(await result).toBe('checked');
    expect(stoppedAt).toEqual([true, false]);
  });

  it('gives up once dropped, while waiting and after a stopped attempt', async () => {
    let dropped = false;
    let attempts = 0;
    const waiting = whenNotBusy(
      () => 1000,
      () => dropped,
      async () => {
        attempts++;
        return 'checked';
      },
    );
    await tick(30);
    dropped = true;
    expect(await waiting).toBeUndefined();
    expect(attempts).toBe(0);

    let gone = false;
    const stopped = whenNotBusy(
      () => 0,
      () => gone,
      async (stop) => {
        attempts++;
        gone = true; // the note was opened in the editor meanwhile
        return stop() ? undefined : 'checked';
      },
    );
    expect(await stopped).toBeUndefined();
    expect(attempts).toBe(1);
  });
});
