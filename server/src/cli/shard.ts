// `--shard i/n`: a stable split of the notes over CI runners. Notes are ordered by a hash of their
// path (so neighbours in a folder spread out) and cut into n nearly equal slices: every note is in
// exactly one shard, and a note's shard depends only on the set of paths, never on the runner.
import { createHash } from 'node:crypto';
import type { Shard } from './gateArgs';

function hashOf(key: string): string {
  return createHash('sha1').update(key).digest('hex');
}

/** The items of shard `index`/`count`, in their original order; `key` is the note's path. */
export function inShard<T>(items: readonly T[], key: (item: T) => string, shard: Shard): T[] {
  const ranked = items
    .map((item, i) => ({ i, hash: hashOf(key(item)), key: key(item) }))
    .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const from = Math.floor(((shard.index - 1) * items.length) / shard.count);
  const to = Math.floor((shard.index * items.length) / shard.count);
  const chosen = new Set(ranked.slice(from, to).map((r) => r.i));
  return items.filter((_, i) => chosen.has(i));
}
