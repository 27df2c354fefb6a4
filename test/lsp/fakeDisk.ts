// A ServerHost over files in memory under one root, for in-process tests of what reads the disk.
import type { ServerHost } from '../../server/src/lsp/host';
import { matchesAny } from '../../server/src/lsp/glob';
import { relativeUri } from '../../server/src/lsp/uri';

/** `files` by path under `root`; `files` on the host is the live map (a test changes the disk there). */
export function fakeDisk(root: string, files: Record<string, string>, today: string): ServerHost & { files: Map<string, string> } {
  const map = new Map(Object.entries(files).map(([rel, text]) => [`${root}/${rel}`, text]));
  return {
    files: map,
    async readFile(uri) {
      return map.get(uri);
    },
    async findFiles(from, include, exclude) {
      return [...map.keys()].filter((uri) => {
        const rel = relativeUri(from, uri);
        return rel !== undefined && matchesAny(rel, include) && !matchesAny(rel, exclude);
      });
    },
    async stat(uri) {
      return map.has(uri) ? { size: map.get(uri)!.length } : undefined;
    },
    today: () => today,
  };
}
