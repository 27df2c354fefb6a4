// Node entry of the extension (dist/client.js): starts dist/server.js over node IPC.
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClaimcheck } from './activate';
import { CLIENT_ID, CLIENT_NAME, clientOptions } from './clientOptions';
import { quietFailuresWhenStopped } from './quietWhileStopped';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  await activateClaimcheck(context, (settings) => {
    client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions(settings, () => client?.isRunning() ?? false));
    quietFailuresWhenStopped(client);
    return client;
  });
}

let client: LanguageClient | undefined;

/** Stops the server before the extension host goes (a window reload), so nothing is left half-way. */
export function deactivate(): Promise<void> | undefined {
  return client?.stop().catch(() => undefined);
}
