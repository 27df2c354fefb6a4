// The status item asks the server for the active editor's status on every switch; replies can
// arrive out of order. Only the reply to the latest ask (and for the editor still active) counts.

export class LatestAsk {
  private ticket = 0;

  /** Starts an ask; the returned check says whether its reply is still wanted. */
  begin(): () => boolean {
    const mine = ++this.ticket;
    return () => mine === this.ticket;
  }

  /** Something fresher than any pending reply arrived (a status pushed for the active note). */
  supersede(): void {
    this.ticket++;
  }
}

/** Asks `fetch` for `key` and hands the reply to `render` unless a newer ask or another active key overtook it. */
export async function askLatest<K, R>(latest: LatestAsk, key: K, currentKey: () => K, fetch: (key: K) => Promise<R>, render: (reply: R) => void): Promise<void> {
  const stillWanted = latest.begin();
  const reply = await fetch(key);
  if (stillWanted() && currentKey() === key) render(reply);
}
