// Asks the client to watch every project's facts and notes globs and `.claimcheck.yaml` (dynamic
// registration), re-registering only when the set of globs changes.
import { DidChangeWatchedFilesNotification, type ClientCapabilities, type Connection, type Disposable, type FileSystemWatcher } from 'vscode-languageserver';
import { CONFIG_FILE, type Project } from './projects';

/** The watchers for these projects; relative patterns when the client supports them. */
export function watchersFor(projects: readonly Pick<Project, 'root' | 'config'>[], relativePatterns: boolean): FileSystemWatcher[] {
  const watchers: FileSystemWatcher[] = [];
  const globs = new Set<string>([`**/${CONFIG_FILE}`]);
  for (const project of projects) {
    // Notes too: the workspace index keeps every note's statements current (inconsistent).
    for (const glob of [...project.config.facts, ...project.config.notes]) {
      if (relativePatterns) watchers.push({ globPattern: { baseUri: project.root, pattern: glob } });
      else globs.add(glob.startsWith('**/') ? glob : `**/${glob.replace(/^\.\//, '')}`);
    }
  }
  for (const g of globs) watchers.push({ globPattern: g });
  return watchers;
}

export interface WatcherRegistrar {
  update(projects: readonly Project[]): Promise<void>;
}

export function watcherRegistrar(connection: Pick<Connection, 'client'>, capabilities: () => ClientCapabilities): WatcherRegistrar {
  let registration: Disposable | undefined;
  let registeredKey = '';
  return {
    async update(projects) {
      const watch = capabilities().workspace?.didChangeWatchedFiles;
      if (!watch?.dynamicRegistration) return;
      const watchers = watchersFor(projects, watch.relativePatternSupport === true);
      const key = JSON.stringify(watchers);
      if (key === registeredKey) return;
      registeredKey = key;
      const previous = registration;
      registration = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
      previous?.dispose();
    },
  };
}
