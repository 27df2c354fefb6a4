// The server's host on node: files from the local disk (file: URIs only).
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { directoryExcluded, matchesAny } from './glob';
import type { ServerHost } from './host';
import { localDay } from '../core/localDay';

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

export function createNodeHost(): ServerHost {
  return {
    async readFile(uri) {
      const file = toPath(uri);
      if (!file) return undefined;
      try {
        return await readFile(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    async stat(uri) {
      const file = toPath(uri);
      if (!file) return undefined;
      try {
        const s = await stat(file);
        return { size: s.size };
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
