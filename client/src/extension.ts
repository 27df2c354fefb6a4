// Node entry of the extension (dist/client.js): starts dist/server.js over stdio. Over stdio the
// server writes each diagnostic's kept bytes, in ASCII (server/src/lsp/messageEncoder.ts); over
// node IPC node serialises every message whole, ~0.8 MB after each keystroke on a long note: a
// keystroke on a varied 100 KB note took p50 25–28 ms to its diagnostics over IPC, 15–21 over stdio.
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClaimcheck } from './activate';
import { CLIENT_ID, CLIENT_NAME, clientOptions } from './clientOptions';
import { quietFailuresWhenStopped } from './quietWhileStopped';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
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
