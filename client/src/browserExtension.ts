// Browser entry of the extension (dist/browser/client.js, package.json `browser`): vscode.dev,
// github.dev and other web worker extension hosts. The server runs in its own web worker
// (dist/browser/server.js) and reads facts and config files through vscode.workspace.fs here.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateClaimcheck } from './activate';
import { CLIENT_ID, CLIENT_NAME, clientOptions } from './clientOptions';

/** The browser server's file requests (server/src/lsp/browserMain.ts, same names). */
const FsRequests = {
  readFile: 'claimcheck/fs/readFile',
  stat: 'claimcheck/fs/stat',
  readDirectory: 'claimcheck/fs/readDirectory',
} as const;

interface UriParams {
  uri: string;
}

const decoder = new TextDecoder('utf-8');

function kind(type: vscode.FileType): 'file' | 'directory' | 'other' {
  // Symlinks come as File|SymbolicLink or Directory|SymbolicLink: the flags tell what they point to.
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}

/** Answers the server's file requests; a missing or unreadable file is null, never an error. */
function serveFiles(client: LanguageClient): void {
  client.onRequest(FsRequests.readFile, async ({ uri }: UriParams) => {
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
    } catch {
      return null;
    }
  });
  client.onRequest(FsRequests.stat, async ({ uri }: UriParams) => {
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
      return { size: stat.size };
    } catch {
      return null;
    }
  });
  client.onRequest(FsRequests.readDirectory, async ({ uri }: UriParams) => {
    try {
      const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri));
      return entries.map(([name, type]) => [name, kind(type)]);
    } catch {
      return [];
    }
  });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  await activateClaimcheck(context, (settings) => {
    const worker = new Worker(serverMain.toString(true));
    const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, worker, clientOptions(settings));
    serveFiles(client);
    return client;
  });
}

export function deactivate(): void {
  // The client (and with it the worker) is stopped through the context's subscriptions.
}
