// The editor's requests being answered now that background work (the workspace index, Check
// Workspace's and Find References' closed notes, building every fact after a load) waits for: a
// hover's file read or a quick fix's outline then runs between two of its slices, not after one
// slice per await. Only requests that never wait on background work themselves are counted
// (features.ts), so holding it for them cannot deadlock.
export class ForegroundRequests {
  private answering = 0;

  /** How many counted requests are being answered. */
  get count(): number {
    return this.answering;
  }

  /** `handler`, counted from its call (its dispatch) until what it returns settles. */
  counted<P extends unknown[], R>(handler: (...args: P) => Promise<R>): (...args: P) => Promise<R> {
    return async (...args: P) => {
      this.answering++;
      try {
        return await handler(...args);
      } finally {
        this.answering--;
      }
    };
  }
}
