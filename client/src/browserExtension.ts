// Browser entry of the extension (dist/browser/client.js, package.json `browser`): vscode.dev,
// github.dev and other web worker extension hosts. The server runs in its own web worker
// (dist/browser/server.js) and reads facts and config files through vscode.workspace.fs here.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { FsRequests, type DirectoryEntry, type FsParams } from '../../server/src/lsp/protocol';
import { activateClaimcheck } from './activate';
import { CLIENT_ID, CLIENT_NAME, clientOptions } from './clientOptions';
import { quietFailuresWhenStopped } from './quietWhileStopped';

const decoder = new TextDecoder('utf-8');

function kind(type: vscode.FileType): DirectoryEntry[1] {
  // Symlinks come as File|SymbolicLink or Directory|SymbolicLink: the flags tell what they point to.
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}

/** Answers the server's file requests; a missing or unreadable file is null, never an error. */
function serveFiles(client: LanguageClient): void {
  client.onRequest(FsRequests.readFile, async ({ uri }: FsParams) => {
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
    } catch {
      return null;
    }
  });
  client.onRequest(FsRequests.stat, async ({ uri }: FsParams) => {
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
      return { size: stat.size };
    } catch {
      return null;
    }
  });
  client.onRequest(FsRequests.readDirectory, async ({ uri }: FsParams) => {
    try {
      const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri));
      return entries.map(([name, type]): DirectoryEntry => [name, kind(type)]);
    } catch {
      return [];
    }
  });
}

/**
 * Starts the server worker. A web worker extension host refuses `new Worker(uri)` for an
 * extension installed on a remote (code-server, remote tunnels: vscode-remote: URIs), so there the
 * script is read through the file system and started from a blob URL. The transports are made
 * here: the host's patched Worker fails the client's own `instanceof Worker` test.
 */
async function startServerWorker(extensionUri: vscode.Uri): Promise<MessageTransports> {
  const serverMain = vscode.Uri.joinPath(extensionUri, 'dist', 'browser', 'server.js');
  let url = serverMain.toString(true);
  if (serverMain.scheme === 'vscode-remote') {
    const code = decoder.decode(await vscode.workspace.fs.readFile(serverMain));
    url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  }
  const worker = new Worker(url);
  return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await activateClaimcheck(context, (settings) => {
    const made: LanguageClient = new LanguageClient(CLIENT_ID, CLIENT_NAME, () => startServerWorker(context.extensionUri), clientOptions(settings, () => made.isRunning()));
    quietFailuresWhenStopped(made);
    serveFiles(made);
    client = made;
    return made;
  });
}

let client: LanguageClient | undefined;

/** Stops the server worker before the extension host goes (a window reload). */
export function deactivate(): Promise<void> | undefined {
  return client?.stop().catch(() => undefined);
}
