// `runInBackground` (cooperative.ts), how background checks yield to typing: the steps start only
// once the foreground is free, a foreground that turns busy holds them at their next pause and they
// go on from there (none is done twice), a message read during a slice is dispatched before the
// next slice, and a dropped computation ends, its generator closed. And `pauseForRequests`, between
// pieces of a long piece of foreground work (a large facts reload read back, Add Fact's first
// outline): a request read meanwhile is answered before the work goes on.
import { describe, expect, it } from 'vitest';
import { messageArrived, pauseForRequests, runInBackground } from '../../server/src/lsp/cooperative';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Spins for `ms` (a step of work that holds the thread, as a segment's check does). */
function work(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    /* busy */
  }
}

/** `count` steps of 3 ms each; `done` lists the steps taken, `closed` whether the generator, once started, was ended. */
function steps(count: number, onStep: (i: number) => void = () => {}) {
  const state = { done: [] as number[], closed: false };
  function* run(): Generator<void, string, void> {
    try {
      for (let i = 0; i < count; i++) {
        work(3);
        state.done.push(i);
        onStep(i);
        yield;
      }
      return 'checked';
    } finally {
      state.closed = true;
    }
  }
  return { state, generator: run() };
}

describe('runInBackground', () => {
  it('starts only once the foreground is free', async () => {
    let busyFor = 1000;
    const { state, generator } = steps(4);
    const result = runInBackground(generator, () => busyFor, () => false);
    await tick(60);
    expect(state.done).toEqual([]);
    busyFor = 0;
    expect(await result).toBe('checked');
    expect(state.done).toEqual([0, 1, 2, 3]);
  });

  it('holds at its next pause while the foreground is busy, then goes on from there', async () => {
    let busyFor = 0;
    // A keystroke arrives during step 2; the pause after 8 ms of steps holds the rest.
    const { state, generator } = steps(12, (i) => {
      if (i === 2) busyFor = 1000;
    });
    const result = runInBackground(generator, () => busyFor, () => false);
    await tick(80);
    const held = state.done.length;
    expect(held).toBeGreaterThanOrEqual(3);
    expect(held).toBeLessThan(12);
    await tick(40);
    expect(state.done.length).toBe(held);
    busyFor = 0;
    expect(await result).toBe('checked');
    expect(state.done).toEqual([...Array(12).keys()]);
  });

  it('lets a message read during a slice be dispatched before the next slice, and sees what it started', async () => {
    const order: string[] = [];
    let answering = 0;
    // Each step a slice of its own (over the budget). During the first, a hover comes in: the
    // host reads it, and vscode-jsonrpc dispatches it two macrotasks later; its answer then waits on a
    // file read (a timer here), during which background work must wait too.
    function* run(): Generator<void, string, void> {
      for (let i = 0; i < 3; i++) {
        work(9);
        order.push(`step ${i}`);
        if (i === 0) {
          messageArrived();
          setImmediate(() =>
            setImmediate(() => {
              order.push('hover dispatched');
              answering++;
              setTimeout(() => {
                order.push('hover answered');
                answering--;
              }, 15);
            }),
          );
        }
        yield;
      }
      return 'checked';
    }
    expect(await runInBackground(run(), () => answering, () => false)).toBe('checked');
    expect(order).toEqual(['step 0', 'hover dispatched', 'hover answered', 'step 1', 'step 2']);
  });

  it('ends once dropped, while waiting to start and while held, closing the steps', async () => {
    let dropped = false;
    const waiting = steps(4);
    const never = runInBackground(waiting.generator, () => 1000, () => dropped);
    await tick(30);
    dropped = true;
    expect(await never).toBeUndefined();
    expect(waiting.state.done).toEqual([]);
    // Ended before its first step (a generator not started has no `finally` to run): it never will.
    expect(waiting.generator.next()).toEqual({ done: true, value: undefined });

    let gone = false;
    let busyFor = 0;
    const held = steps(12, (i) => {
      if (i === 2) busyFor = 1000;
    });
    const result = runInBackground(held.generator, () => busyFor, () => gone);
    await tick(60);
    gone = true; // the note was opened in the editor meanwhile
    expect(await result).toBeUndefined();
    expect(held.state.closed).toBe(true);
    expect(held.state.done.length).toBeLessThan(12);
  });
});

describe('pauseForRequests', () => {
  it('lets a request read during the last piece be dispatched first: two macrotasks later, as vscode-jsonrpc does', async () => {
    const order: string[] = [];
    work(5);
    const resumed = pauseForRequests().then(() => order.push('the next piece'));
    // Read from the pipe (the reader says so, as the server's does), then its reader's semaphore
    // and its message queue, each a setImmediate. Without the read being told, only the 4 ms timer
    // would keep the order, and a loaded machine can run it out first.
    setImmediate(() => {
      messageArrived();
      setImmediate(() => order.push('the request'));
    });
    await resumed;
    expect(order).toEqual(['the request', 'the next piece']);
  });

  it('lets a request read during the pause be dispatched first, even when something holds the thread past the timer', async () => {
    const order: string[] = [];
    const resumed = pauseForRequests().then(() => order.push('the next piece'));
    setImmediate(() => {
      // Read from the pipe; then a GC pause (20-50 ms during a large reload) outlasts the pause's timer.
      messageArrived();
      work(10);
      setImmediate(() => setImmediate(() => order.push('the request')));
    });
    await resumed;
    expect(order).toEqual(['the request', 'the next piece']);
  });
});
