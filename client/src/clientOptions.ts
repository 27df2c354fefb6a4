// Which documents the server sees: markdown notes, facts files and the config (so unsaved edits
// to facts count at once). Shared by the node and browser clients.
import * as vscode from 'vscode';
import type { LanguageClientOptions, Middleware } from 'vscode-languageclient';

export const CLIENT_ID = 'claimcheck';
export const CLIENT_NAME = 'Claimcheck';

import { FACTS_PATTERNS } from './factsPatterns';

export { FACTS_PATTERNS };

/**
 * `claimcheck.trace.server` as documented: the language client traces only into a channel whose
 * log level is Trace, so this channel reports Trace whenever the setting asks for a trace, and
 * writes every line, whatever VS Code's log level.
 */
function traceChannel(): vscode.LogOutputChannel {
  const out = vscode.window.createOutputChannel('Claimcheck Trace');
  const changed = new vscode.EventEmitter<vscode.LogLevel>();
  const level = () =>
    vscode.workspace.getConfiguration('claimcheck').get<string>('trace.server', 'off') === 'off' ? vscode.LogLevel.Info : vscode.LogLevel.Trace;
  const config = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('claimcheck.trace.server')) changed.fire(level());
  });
  const write = (message: string | Error) => out.appendLine(message instanceof Error ? (message.stack ?? message.message) : message);
  return {
    name: out.name,
    get logLevel() {
      return level();
    },
    onDidChangeLogLevel: changed.event,
    trace: write,
    debug: write,
    info: write,
    warn: write,
    error: write,
    append: (v) => out.append(v),
    appendLine: (v) => out.appendLine(v),
    replace: (v) => out.replace(v),
    clear: () => out.clear(),
    show: (preserveFocus?: boolean) => out.show(preserveFocus),
    hide: () => out.hide(),
    dispose: () => {
      config.dispose();
      changed.dispose();
      out.dispose();
    },
  } as vscode.LogOutputChannel;
}

/**
 * Requests that arrive while the server is not running (a window reload, a restart) get an empty
 * answer instead of an error in the log ("Request textDocument/codeAction failed").
 */
function quietWhileStopped(isRunning: () => boolean): Middleware {
  return {
    provideCodeActions: (doc, range, ctx, token, next) => (isRunning() ? next(doc, range, ctx, token) : []),
    provideHover: (doc, pos, token, next) => (isRunning() ? next(doc, pos, token) : null),
    provideInlayHints: (doc, range, token, next) => (isRunning() ? next(doc, range, token) : []),
    provideCompletionItem: (doc, pos, ctx, token, next) => (isRunning() ? next(doc, pos, ctx, token) : []),
    provideDefinition: (doc, pos, token, next) => (isRunning() ? next(doc, pos, token) : null),
    provideReferences: (doc, pos, ctx, token, next) => (isRunning() ? next(doc, pos, ctx, token) : null),
  };
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
