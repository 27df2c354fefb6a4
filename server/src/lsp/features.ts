// Every LSP feature Claimcheck offers, in one place: the capabilities announced at initialize
// and the handlers that answer them from the service. Handlers are guarded: a failure is logged
// and answered with an empty result.
import {
  CodeActionKind,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type ServerCapabilities,
} from 'vscode-languageserver';
import type { ClaimService } from './claimService';
import type { ForegroundRequests } from './foregroundRequests';
import { FIX_ALL_KIND } from './codeActions';
import { CITATION_TRIGGER_CHARACTERS } from './completion';
import { guard as guardHandler, type Logger } from './logger';
import {
  Commands,
  FactStubRequest,
  FactsTreeEntityRequest,
  FactsTreeRequest,
  ProjectInfoRequest,
  WorkspaceCheckRequest,
  type WorkspaceCheckParams,
  type FactStubParams,
  type FactStubRefusal,
  type FactStubResult,
  type FactsTreeEntityParams,
  type FactsTreeEntityResult,
  type FactsTreeResult,
  type ProjectInfoParams,
  type StatusParams,
  type WorkspaceCheckResult,
} from './protocol';

/** The capabilities; without the command when the client runs the workspace check itself. */
export function capabilitiesFor(clientHandlesCheckWorkspace: boolean): ServerCapabilities {
  if (!clientHandlesCheckWorkspace) return serverCapabilities;
  const { executeCommandProvider: _, ...rest } = serverCapabilities;
  return rest;
}

export const serverCapabilities: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  hoverProvider: true,
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
  completionProvider: { triggerCharacters: CITATION_TRIGGER_CHARACTERS, resolveProvider: false },
  definitionProvider: true,
  referencesProvider: true,
  inlayHintProvider: { resolveProvider: false },
  executeCommandProvider: { commands: [Commands.checkWorkspace] },
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

export interface FeatureOptions {
  service: ClaimService;
  /** Runs `claimcheck.checkWorkspace` with work-done progress. */
  checkWorkspace: (token: CancellationToken, workDoneToken?: string | number) => Promise<WorkspaceCheckResult>;
  logger: Logger;
  /** Whether `initialize` has been answered: before it, requests get the protocol's ServerNotInitialized error. */
  initialized?: () => boolean;
  /** Where the requests background work waits for are counted while they are answered. */
  foreground?: ForegroundRequests;
}

export function registerFeatures(connection: Connection, { service, checkWorkspace, logger, initialized = () => true, foreground }: FeatureOptions): void {
  // LSP: "the server should respond with error code -32002" to a request before initialize.
  const guard = <P extends unknown[], R>(log: Logger, where: string, fallback: R, fn: (...args: P) => R | Promise<R>) => {
    const guarded = guardHandler(log, where, fallback, fn);
    return (...args: P): Promise<R | ResponseError<void>> =>
      initialized() ? guarded(...args) : Promise.resolve(new ResponseError(ErrorCodes.ServerNotInitialized, `Claimcheck: ${where} before initialize`));
  };
  // What the user waits on as they read and type, and never waits on background work: counted, so
  // background work steps aside while it is answered. Not Find References, Check Workspace or the
  // facts view: they wait on background checks of closed notes.
  const interactive = <P extends unknown[], R>(where: string, fallback: R, fn: (...args: P) => R | Promise<R>) => {
    const guarded = guard(logger, where, fallback, fn);
    return foreground ? foreground.counted(guarded) : guarded;
  };
  connection.onHover(interactive('hover', null, (p, token) => service.hover(p.textDocument.uri, p.position, token)));
  connection.onCodeAction(interactive('code actions', [], (p, token) => service.codeActions(p.textDocument.uri, p.range, p.context, token)));
  connection.onCompletion(interactive('completion', null, (p, token) => service.completion(p.textDocument.uri, p.position, token)));
  connection.onDefinition(interactive('definition', null, (p, token) => service.definition(p.textDocument.uri, p.position, token)));
  connection.onReferences(
    guard(logger, 'references', null, (p, token) => service.references(p.textDocument.uri, p.position, p.context.includeDeclaration, token)),
  );
  connection.languages.inlayHint.on(interactive('inlay hints', null, (p, token) => service.inlayHints(p.textDocument.uri, p.range, token)));
  connection.onExecuteCommand(
    guard(logger, 'command', null, (p, token) => (p.command === Commands.checkWorkspace ? checkWorkspace(token) : null)),
  );
  connection.onRequest(
    FactStubRequest,
    interactive('fact stub', null, (p: FactStubParams, token): Promise<FactStubResult | FactStubRefusal | null> => service.factStub(p.uri, p.range, token)),
  );
  connection.onRequest(
    WorkspaceCheckRequest,
    guard(logger, 'workspace check', null, (p: WorkspaceCheckParams | undefined, token) => checkWorkspace(token, p?.workDoneToken)),
  );
  connection.onRequest(FactsTreeRequest, guard(logger, 'facts tree', null, (): Promise<FactsTreeResult> => service.factsTree()));
  connection.onRequest(
    FactsTreeEntityRequest,
    guard(logger, 'facts tree entity', null, (p: FactsTreeEntityParams, token): Promise<FactsTreeEntityResult | null> => service.factsTreeEntity(p.root, p.entity, token)),
  );
  connection.onRequest(
    ProjectInfoRequest,
    interactive('project info', null, (p: ProjectInfoParams | undefined): Promise<StatusParams | null> => service.projectInfo(p?.uri)),
  );
}
