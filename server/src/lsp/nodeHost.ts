// The server's host on node: files from the local disk (file: URIs only).
import { readdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { directoryExcluded, matchesAny } from './glob';
import type { ServerHost } from './host';
import { localDay } from '../core/localDay';
import { MAX_INPUT_BYTES, readNoteFileOffThread } from '../node/readTextFile';
import { startFactsWorker } from '../node/factsWorker';

/** Stop walking a workspace after this many files: a huge tree must not stall the server. */
const MAX_FILES = 50000;

function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Files this large are read by libuv's threads (facts files, mostly): a 21 MB one held this thread ~80 ms. */
const OFF_THREAD_MIN_BYTES = 1 << 20;

/** A file's text (UTF-8, or UTF-16 with BOM), why it cannot be read, or undefined when it does not exist. */
async function readText(uri: string): Promise<{ text: string } | { error: string } | undefined> {
  const file = toPath(uri);
  if (!file) return undefined;
  const read = await readNoteFileOffThread(file, MAX_INPUT_BYTES, OFF_THREAD_MIN_BYTES);
  if (read.kind === 'text') return { text: read.text };
  if (read.kind === 'unreadable' && read.reason === 'it does not exist') return undefined;
  if (read.kind === 'too-large') return { error: `it is ${read.size} bytes, too large to read` };
  return { error: read.reason };
}

/**
 * A file system keeps times to its own granularity (2 s on FAT): a file written again within it
 * can keep its times and size. So a file changed this recently gets no stamp (as Git treats an
 * entry "racily clean"), and is read again each time it is needed.
 */
const SETTLED_MS = 3_000;

/** What changes whenever the content may have: size, times and inode; none while the file is not settled. */
export function stampOf(s: Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>, now: number): string | undefined {
  if (now - Math.max(s.mtimeMs, s.ctimeMs) < SETTLED_MS) return undefined;
  return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
}

/** `factsWorkerScript`: the server bundle, to load facts on a worker running it (see node/factsWorker.ts). */
export function createNodeHost(options: { factsWorkerScript?: string; log?: (message: string) => void } = {}): ServerHost {
  const { factsWorkerScript, log } = options;
  const worker = factsWorkerScript
    ? startFactsWorker(factsWorkerScript, (reason) => log?.(`[claimcheck] facts load (and Add Fact's outline) on the server's thread from now on: ${reason}`))
    : undefined;
  return {
    ...(worker ? { loadFacts: worker.load, middleEntries: worker.middleEntries } : {}),
    async readFile(uri) {
      const read = await readText(uri);
      return read && 'text' in read ? read.text : undefined;
    },
    readText,
    async stat(uri) {
      const file = toPath(uri);
      if (!file) return undefined;
      try {
        const s = await stat(file);
        return { size: s.size, stamp: stampOf(s, Date.now()) };
      } catch {
        return undefined;
      }
    },
    async findFiles(rootUri, include, exclude) {
      const root = toPath(rootUri);
      if (!root) return [];
      const found: string[] = [];
      let seen = 0;
      const walk = async (dir: string, rel: string): Promise<void> => {
        let entries;
        try {
          entries = await readdir(dir, { withFileTypes: true });
        } catch {
          return;
        }
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
          if (++seen > MAX_FILES) return;
          const childRel = rel ? `${rel}/${entry.name}` : entry.name;
          if (entry.isDirectory()) {
            if (!directoryExcluded(childRel, exclude)) await walk(path.join(dir, entry.name), childRel);
          } else if (entry.isFile() && matchesAny(childRel, include) && !matchesAny(childRel, exclude)) {
            found.push(pathToFileURL(path.join(dir, entry.name)).href);
          }
        }
      };
      await walk(root, '');
      return found;
    },
    today: () => localDay(new Date()),
  };
}
