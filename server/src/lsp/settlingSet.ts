// Work gathered per note until the changes that ask for it settle: each note once, `quietMs` after
// the last one was added, and at most `longestMs` after the first (a stream of changes that never
// pauses, Check Workspace over thousands of notes, still gets its notes done).
import { after } from './cooperative';
import { uriKey } from './uri';

export const SETTLE_QUIET_MS = 250;
export const SETTLE_LONGEST_MS = 2000;

export class SettlingSet<V> {
  private waiting = new Map<string, { uri: string; value: V }>();
  private cancel: (() => void) | undefined;
  private firstAt = 0;

  constructor(
    private readonly run: (uri: string, value: V) => void,
    private readonly quietMs = SETTLE_QUIET_MS,
    private readonly longestMs = SETTLE_LONGEST_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Adds the note (its latest value wins) and waits for quiet again. */
  add(uri: string, value: V): void {
    if (this.waiting.size === 0) this.firstAt = this.now();
    this.waiting.set(uriKey(uri), { uri, value });
    this.cancel?.();
    const wait = Math.min(this.quietMs, Math.max(0, this.firstAt + this.longestMs - this.now()));
    this.cancel = after(wait, () => this.flush());
  }

  private flush(): void {
    this.cancel = undefined;
    // A new map, not clear() (core/textMemo.ts says why): this set lives as long as the server.
    const due = this.waiting;
    this.waiting = new Map();
    for (const { uri, value } of due.values()) this.run(uri, value);
  }
}
