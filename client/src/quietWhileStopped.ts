// Requests that arrive while the server is not running (a window reload, a restart) get an empty
// answer instead of an error in the log ("Request textDocument/codeAction failed … Starting server
// failed"). Type imports only, so it runs without `vscode`.
import type { Middleware } from 'vscode-languageclient';

export function quietWhileStopped(isRunning: () => boolean): Middleware {
  return {
    provideCodeActions: (doc, range, ctx, token, next) => (isRunning() ? next(doc, range, ctx, token) : []),
    provideHover: (doc, pos, token, next) => (isRunning() ? next(doc, pos, token) : null),
    provideInlayHints: (doc, range, token, next) => (isRunning() ? next(doc, range, token) : []),
    provideCompletionItem: (doc, pos, ctx, token, next) => (isRunning() ? next(doc, pos, ctx, token) : []),
    provideDefinition: (doc, pos, token, next) => (isRunning() ? next(doc, pos, token) : null),
    provideReferences: (doc, pos, ctx, token, next) => (isRunning() ? next(doc, pos, ctx, token) : null),
  };
}
