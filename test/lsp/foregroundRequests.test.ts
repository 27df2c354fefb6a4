// Which requests background work steps aside for (features.ts with ForegroundRequests): the ones
// the user waits on as they read and type — hover, quick fixes, completion, go to definition, inlay
// hints, Add Fact's stub, the status bar's project info — from their dispatch until they are
// answered, failures included. Not Find References, Check Workspace or the facts view: they wait on
// background checks of closed notes themselves, and holding those for them would never end.
import { describe, expect, it } from 'vitest';
import { CancellationTokenSource, type Connection } from 'vscode-languageserver';
import type { ClaimService } from '../../server/src/lsp/claimService';
import { registerFeatures } from '../../server/src/lsp/features';
import { ForegroundRequests } from '../../server/src/lsp/foregroundRequests';
import type { Logger } from '../../server/src/lsp/logger';
import { Commands, FactStubRequest, FactsTreeEntityRequest, FactsTreeRequest, ProjectInfoRequest, WorkspaceCheckRequest } from '../../server/src/lsp/protocol';

type Handler = (params: unknown, token: unknown) => Promise<unknown>;

/** A connection that keeps each handler registered on it, by method. */
function recordingConnection(): { connection: Connection; handlers: Map<string, Handler> } {
  const handlers = new Map<string, Handler>();
  const on = (method: string) => (handler: Handler) => handlers.set(method, handler);
  const connection = {
    onHover: on('textDocument/hover'),
    onCodeAction: on('textDocument/codeAction'),
    onCompletion: on('textDocument/completion'),
    onDefinition: on('textDocument/definition'),
    onReferences: on('textDocument/references'),
    onExecuteCommand: on('workspace/executeCommand'),
    languages: { inlayHint: { on: on('textDocument/inlayHint') } },
    onRequest: (method: string, handler: Handler) => handlers.set(method, handler),
  };
  return { connection: connection as unknown as Connection, handlers };
}

/** A service whose every answer waits until `settle` is called: `fail` makes it throw instead. */
function heldService() {
  const pending: { settle: () => void }[] = [];
  let fail = false;
  const held = () =>
    new Promise<never>((resolve, reject) => {
      pending.push({ settle: () => (fail ? reject(new Error('the facts file vanished')) : resolve(null as never)) });
    });
  const service = new Proxy({} as ClaimService, { get: () => held });
  return {
    service,
    failNext: () => (fail = true),
    settleAll: () => pending.splice(0).forEach((p) => p.settle()),
  };
}

const position = { line: 0, character: 0 };
const range = { start: position, end: position };
const doc = { textDocument: { uri: 'file:///w/notes/a.md' } };
const PARAMS: Record<string, unknown> = {
  'textDocument/hover': { ...doc, position },
  'textDocument/codeAction': { ...doc, range, context: { diagnostics: [] } },
  'textDocument/completion': { ...doc, position },
  'textDocument/definition': { ...doc, position },
  'textDocument/inlayHint': { ...doc, range },
  [FactStubRequest]: { uri: doc.textDocument.uri, range },
  [ProjectInfoRequest]: { uri: doc.textDocument.uri },
  'textDocument/references': { ...doc, position, context: { includeDeclaration: false } },
  'workspace/executeCommand': { command: Commands.checkWorkspace, arguments: [] },
  [WorkspaceCheckRequest]: {},
  [FactsTreeRequest]: undefined,
  [FactsTreeEntityRequest]: { root: 'file:///w', entity: 'acme' },
};
const FOREGROUND = ['textDocument/hover', 'textDocument/codeAction', 'textDocument/completion', 'textDocument/definition', 'textDocument/inlayHint', FactStubRequest, ProjectInfoRequest];
const WAITS_ON_BACKGROUND = ['textDocument/references', 'workspace/executeCommand', WorkspaceCheckRequest, FactsTreeRequest, FactsTreeEntityRequest];

function setUp() {
  const { connection, handlers } = recordingConnection();
  const held = heldService();
  const foreground = new ForegroundRequests();
  const errors: string[] = [];
  const logger: Logger = { log: () => {}, error: (where) => errors.push(where) };
  let checkWorkspaceDone = () => {};
  const checkWorkspace = () => new Promise<{ notes: number; cancelled: boolean }>((resolve) => (checkWorkspaceDone = () => resolve({ notes: 0, cancelled: false }))) as never;
  registerFeatures(connection, { service: held.service, checkWorkspace, logger, foreground });
  const ask = (method: string) => handlers.get(method)!(PARAMS[method], new CancellationTokenSource().token);
  return { handlers, held, foreground, errors, ask, checkWorkspaceDone: () => checkWorkspaceDone() };
}

describe('requests background work steps aside for', () => {
  it('covers every request registered, each listed once', () => {
    const { handlers } = setUp();
    expect([...handlers.keys()].sort()).toEqual([...FOREGROUND, ...WAITS_ON_BACKGROUND].sort());
  });

  it.each(FOREGROUND)('%s is counted from its dispatch until it is answered', async (method) => {
    const { held, foreground, ask } = setUp();
    const answer = ask(method);
    expect(foreground.count).toBe(1);
    const second = ask(method);
    expect(foreground.count).toBe(2);
    held.settleAll();
    await Promise.all([answer, second]);
    expect(foreground.count).toBe(0);
  });

  it('stops counting a request that failed (answered with its fallback, the failure logged)', async () => {
    const { held, foreground, errors, ask } = setUp();
    const answer = ask('textDocument/hover');
    held.failNext();
    held.settleAll();
    expect(await answer).toBeNull();
    expect(errors).toEqual(['hover']);
    expect(foreground.count).toBe(0);
  });

  it.each(WAITS_ON_BACKGROUND)('%s is not counted: it waits on background checks itself', async (method) => {
    const { held, foreground, ask, checkWorkspaceDone } = setUp();
    const answer = ask(method);
    expect(foreground.count).toBe(0);
    held.settleAll();
    checkWorkspaceDone();
    await answer;
  });
});
