// Entry of dist/browser/server.js: the language server in a web worker (vscode.dev, github.dev,
// code-server's web worker extension host). A worker has no file system: the host asks the client,
// which reads through vscode.workspace.fs, so remote and virtual workspaces work alike.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, type Connection } from 'vscode-languageserver/browser';
import { messageArrived } from './cooperative';
import { directoryExcluded, matchesAny } from './glob';
import type { ServerHost } from './host';
import { FsRequests, type DirectoryEntry, type FsParams } from './protocol';
import { startServer } from './startServer';
import { joinUri } from './uri';
import { localDay } from '../core/localDay';

/** Stop walking a workspace after this many entries, as the node host does. */
const MAX_FILES = 50000;

export function createBrowserHost(connection: Connection): ServerHost {
  // client/src/browserExtension.ts answers these.
  const ask = async <T>(method: string, params: FsParams): Promise<T | undefined> => {
    try {
      return ((await connection.sendRequest(method, params)) as T | null) ?? undefined;
    } catch {
      return undefined; // the client could not read it: same as a missing file
    }
  };
  return {
    readFile: (uri) => ask<string>(FsRequests.readFile, { uri }),
    stat: (uri) => ask<{ size: number }>(FsRequests.stat, { uri }),
    async findFiles(rootUri, include, exclude) {
      const found: string[] = [];
      let seen = 0;
      // Walks like the node host, so globs mean the same in both builds.
      const walk = async (dirUri: string, rel: string): Promise<void> => {
        const entries = (await ask<DirectoryEntry[]>(FsRequests.readDirectory, { uri: dirUri })) ?? [];
        entries.sort((a, b) => a[0].localeCompare(b[0]));
        for (const [name, type] of entries) {
          if (++seen > MAX_FILES) return;
          const childRel = rel ? `${rel}/${name}` : name;
          const childUri = joinUri(dirUri, name);
          if (type === 'directory') {
            if (!directoryExcluded(childRel, exclude)) await walk(childUri, childRel);
          } else if (type === 'file' && matchesAny(childRel, include) && !matchesAny(childRel, exclude)) {
            found.push(childUri);
          }
        }
      };
      await walk(rootUri, '');
      return found;
    },
    today: () => localDay(new Date()),
  };
}

const worker = self as unknown as DedicatedWorkerGlobalScope;
worker.addEventListener('message', messageArrived);
const connection = createConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
// The server must outlive any bad input: report, never die.
worker.addEventListener('error', (event) => connection.console.error(`[claimcheck] uncaught: ${event.message}`));
worker.addEventListener('unhandledrejection', (event) => connection.console.error(`[claimcheck] unhandled rejection: ${String(event.reason)}`));

startServer(connection, createBrowserHost(connection));
