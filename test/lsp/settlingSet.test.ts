// Closed notes to publish again are gathered until the changes settle (lsp/settlingSet.ts): each
// note once, with the latest value, after a quiet moment, and never later than the longest wait.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettlingSet } from '../../server/src/lsp/settlingSet';

describe('SettlingSet', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const started = () => {
    const ran: [string, number][] = [];
    const set = new SettlingSet<number>((uri, value) => ran.push([uri, value]), 250, 2000, () => Date.now());
    return { ran, set };
  };

  it('runs each note once, with its latest value, 250 ms after the last change', () => {
    const { ran, set } = started();
    set.add('file:///w/a.md', 1);
    vi.advanceTimersByTime(100);
    set.add('file:///w/b.md', 1);
    vi.advanceTimersByTime(100);
    set.add('file:///w/a.md', 2);
    vi.advanceTimersByTime(249);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual([
      ['file:///w/a.md', 2],
      ['file:///w/b.md', 1],
    ]);
    vi.advanceTimersByTime(5000);
    expect(ran).toHaveLength(2);
  });

  it('knows a note by its URI key: another spelling of the same file is the same note', () => {
    const { ran, set } = started();
    set.add('file:///w/My%20Notes/a.md', 1);
    set.add('file:///w/My Notes/a.md', 2);
    vi.advanceTimersByTime(250);
    expect(ran.map(([, v]) => v)).toEqual([2]);
  });

  it('does not wait past 2 s for changes that never pause, and gathers again after', () => {
    const { ran, set } = started();
    const at: number[] = [];
    const start = Date.now();
    for (let t = 0; t < 5000; t += 100) {
      set.add(`file:///w/n${t}.md`, t);
      const before = ran.length;
      vi.advanceTimersByTime(100);
      if (ran.length > before) at.push(Date.now() - start);
    }
    expect(at).toEqual([2000, 4000]);
    vi.advanceTimersByTime(250);
    expect(ran).toHaveLength(50);
    expect(new Set(ran.map(([uri]) => uri)).size).toBe(50);
  });
});
