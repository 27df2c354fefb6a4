// Which documents the server sees: markdown notes, facts files and the config (so unsaved edits
// to facts count at once). Shared by the node and browser clients.
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import { quietWhileStopped } from './quietWhileStopped';
import { createTraceChannel } from './traceChannel';

export const CLIENT_ID = 'claimcheck';
export const CLIENT_NAME = 'Claimcheck';

import { FACTS_PATTERNS } from './factsPatterns';

export { FACTS_PATTERNS };

/** The trace channel over a VS Code output channel and the `claimcheck.trace.server` setting. */
function traceChannel(): vscode.LogOutputChannel {
  return createTraceChannel<vscode.LogLevel>({
    out: vscode.window.createOutputChannel('Claimcheck Trace'),
    setting: () => vscode.workspace.getConfiguration('claimcheck').get<string>('trace.server', 'off'),
    onSettingChanged: (listener) =>
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('claimcheck.trace.server')) listener();
      }),
    levels: { info: vscode.LogLevel.Info, trace: vscode.LogLevel.Trace },
  });
}

export function clientOptions(settings: unknown, isRunning: () => boolean): LanguageClientOptions {
  return {
    documentSelector: [{ language: 'markdown' }, ...FACTS_PATTERNS.map((pattern) => ({ pattern }))],
    // The client runs Check Workspace itself (cancellable, with a summary), so the server must
    // not register the command a second time.
    initializationOptions: { settings, clientHandlesCheckWorkspace: true },
    synchronize: { configurationSection: 'claimcheck' },
    diagnosticCollectionName: 'claimcheck',
    traceOutputChannel: traceChannel(),
    middleware: quietWhileStopped(isRunning),
  };
}
