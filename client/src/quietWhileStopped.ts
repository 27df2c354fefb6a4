// Requests that arrive while the server is not running (a window reload, a restart) get an empty
// answer instead of an error in the log ("Request textDocument/codeAction failed … Starting server
// failed"). Type imports only, so it runs without `vscode`.
import type { BaseLanguageClient, Middleware } from 'vscode-languageclient';

/** Requests made while the server is not running are not sent at all. */
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

type FailureHandler = Pick<BaseLanguageClient, 'handleFailedRequest' | 'isRunning'>;

/**
 * A request sent while the server ran can still fail because it stopped meanwhile: a reload
 * deactivates the extension between the middleware's check and the send, and the client then
 * logs "Starting server failed". A failure once the server is no longer running gets the
 * request's empty answer, unlogged; failures of a running server are logged as before.
 */
export function quietFailuresWhenStopped(client: FailureHandler): void {
  const logged = client.handleFailedRequest.bind(client);
  client.handleFailedRequest = (type, token, error, defaultValue, ...rest) =>
    client.isRunning() ? logged(type, token, error, defaultValue, ...rest) : defaultValue;
}
