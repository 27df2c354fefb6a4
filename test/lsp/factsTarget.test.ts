// Add Fact reads a closed facts file from disk each time the quick fixes are asked for, unless the
// host stamps the file unchanged since the last read. A stale text would put the new fact at the
// wrong place in the user's file: every change on disk must be read again, the same size or not.
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { diskTextReader } from '../../server/src/lsp/factsTarget';
import type { ServerHost } from '../../server/src/lsp/host';
import { createNodeHost, stampOf } from '../../server/src/lsp/nodeHost';

/** A disk of stamped files, counting reads. */
function stampedDisk(files: Record<string, { text: string; stamp?: string }>) {
  const reads: string[] = [];
  const host: Pick<ServerHost, 'readFile' | 'stat'> = {
    readFile: async (uri) => {
      reads.push(uri);
      // A new string each read, as a disk read gives.
      return files[uri] && [...files[uri]!.text].join('');
    },
    stat: async (uri) => (files[uri] ? { size: files[uri]!.text.length, stamp: files[uri]!.stamp } : undefined),
  };
  return { host, reads, files };
}

describe('Add Fact reading a closed facts file', () => {
  it('reads it once while its stamp stays the same, and gives back the same text (its outline is then kept)', async () => {
    const { host, reads } = stampedDisk({ 'file:///w/facts.yaml': { text: 'facts: []\n', stamp: 'a' } });
    const read = diskTextReader(host);
    const first = await read('file:///w/facts.yaml');
    const again = await read('file:///w/facts.yaml');
    expect(first).toBe('facts: []\n');
    expect(again).toBe(first);
    expect(reads).toHaveLength(1);
  });

  it('reads it again when its stamp changes, when there is none, and for another file', async () => {
    const { host, reads, files } = stampedDisk({
      'file:///w/facts.yaml': { text: 'facts: []\n', stamp: 'a' },
      'file:///w/recent.yaml': { text: 'facts: [1]\n' },
    });
    const read = diskTextReader(host);
    await read('file:///w/facts.yaml');
    files['file:///w/facts.yaml'] = { text: 'facts: [2]\n', stamp: 'b' };
    expect(await read('file:///w/facts.yaml')).toBe('facts: [2]\n');
    expect(await read('file:///w/recent.yaml')).toBe('facts: [1]\n');
    expect(await read('file:///w/recent.yaml')).toBe('facts: [1]\n');
    expect(await read('file:///w/facts.yaml')).toBe('facts: [2]\n');
    expect(reads).toEqual(['file:///w/facts.yaml', 'file:///w/facts.yaml', 'file:///w/recent.yaml', 'file:///w/recent.yaml', 'file:///w/facts.yaml']);
  });

  it('does not keep a file that does not exist yet: once created it is read', async () => {
    const { host, files } = stampedDisk({});
    const read = diskTextReader(host);
    expect(await read('file:///w/facts.yaml')).toBeUndefined();
    files['file:///w/facts.yaml'] = { text: 'facts: []\n', stamp: 'a' };
    expect(await read('file:///w/facts.yaml')).toBe('facts: []\n');
  });
});

describe("the node host's stamp of a file", () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.useRealTimers();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is none while the file changed within the last seconds, and set once it has settled', () => {
    const settled = { size: 10, mtimeMs: 1_000_000, ctimeMs: 1_000_000, ino: 7 };
    expect(stampOf(settled, 1_000_000 + 500)).toBeUndefined();
    expect(stampOf(settled, 1_000_000 + 60_000)).toBeDefined();
    // Its times set back (`touch -d`) cannot hide a change: the change time is the write's.
    expect(stampOf({ ...settled, mtimeMs: 0 }, 1_000_000 + 500)).toBeUndefined();
  });

  it('changes with every rewrite of a real file, the same size and the same modification time included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-stamp-'));
    dirs.push(dir);
    const file = join(dir, 'facts.yaml');
    const uri = pathToFileURL(file).href;
    writeFileSync(file, 'facts:\n  - id: a-1\n');
    const host = createNodeHost();
    // Just written: no stamp, so each request reads it.
    expect((await host.stat(uri))?.stamp).toBeUndefined();
    // A minute later (the clock moved on, the file did not), it is stamped and kept.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    const read = diskTextReader(host);
    expect(await read(uri)).toBe('facts:\n  - id: a-1\n');
    const before = (await host.stat(uri))!.stamp;
    expect(before).toBeDefined();
    // Rewritten to the same size, its modification time put back as it was (to the millisecond).
    const { atime, mtime } = statSync(file);
    writeFileSync(file, 'facts:\n  - id: b-2\n');
    utimesSync(file, atime, mtime);
    expect(Math.abs(statSync(file).mtimeMs - mtime.getTime())).toBeLessThan(1);
    expect((await host.stat(uri))!.stamp).not.toBe(before);
    expect(await read(uri)).toBe('facts:\n  - id: b-2\n');
  });
});
