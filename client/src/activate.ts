// Everything the extension does besides starting the server: status bar item, commands, the
// set-up choice, the fact-capture loop, the workspace check with its summary.
// The node entry (extension.ts) and a browser entry pass in how to make the client.
import * as vscode from 'vscode';
import { State, WorkDoneProgress, type BaseLanguageClient, type WorkDoneProgressBegin, type WorkDoneProgressReport } from 'vscode-languageclient';
import {
  Commands,
  FACT_ADDED_COMMAND,
  FactStubRequest,
  ProjectInfoRequest,
  StatusNotification,
  WorkspaceCheckRequest,
  type FactStubRefusal,
  type FactStubResult,
  type StatusParams,
  type WorkspaceCheckResult,
} from '../../server/src/lsp/protocol';
import { FACTS_PATTERNS } from './clientOptions';
import { registerFactsView, SET_UP_CONTEXT } from './factsView';
import { askLatest, LatestAsk } from './latestAsk';
import { idOffset, sourceSnippet } from './sourceSnippet';
import { STARTER_CONFIG, STARTER_CONFIG_FILE_NAME } from './starterConfig';
import { STARTER_FACTS, STARTER_FACTS_FILE_NAME } from './starterFacts';
import { CREATE_CONFIG_FILE, CREATE_FACTS_FILE, OPEN_FACTS_FILE, SET_UP, SHOW_PROBLEMS, statusView } from './statusText';
import { workspaceSummary } from './workspaceSummary';
import { recommendYamlExtension } from './yamlRecommendation';

export type ClientFactory = (settings: unknown) => BaseLanguageClient;

export function settingsPayload(config: vscode.WorkspaceConfiguration): unknown {
  return {
    enable: config.get('enable', true),
    checkWithoutFacts: config.get('checkWithoutFacts', false),
    inlayHints: { enable: config.get('inlayHints.enable', false) },
  };
}

export async function activateClaimcheck(context: vscode.ExtensionContext, makeClient: ClientFactory): Promise<void> {
  const client = makeClient(settingsPayload(vscode.workspace.getConfiguration('claimcheck')));
  const item = vscode.window.createStatusBarItem('claimcheck.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Claimcheck';
  context.subscriptions.push(item);

  const activeUri = () => vscode.window.activeTextEditor?.document.uri.toString();

  const factsView = registerFactsView(context, client);
  // Notes saved, created or deleted outside the editor change which notes use each fact.
  const notesWatcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');
  context.subscriptions.push(
    notesWatcher,
    notesWatcher.onDidCreate(() => factsView.refreshUsesSoon()),
    notesWatcher.onDidChange(() => factsView.refreshUsesSoon()),
    notesWatcher.onDidDelete(() => factsView.refreshUsesSoon()),
  );
  let setUpShown: boolean | undefined;

  function render(status: StatusParams | undefined): void {
    // The facts view shows only in a workspace set up for Claimcheck.
    const setUp = status ? status.enabled && status.setUp : undefined;
    if (setUp !== undefined && setUp !== setUpShown) {
      setUpShown = setUp;
      void vscode.commands.executeCommand('setContext', SET_UP_CONTEXT, setUp);
    }
    const view = statusView(status);
    item.text = view.text;
    const tooltip = new vscode.MarkdownString(view.tooltip, true);
    tooltip.isTrusted = false;
    item.tooltip = tooltip;
    item.command = view.command;
    item.backgroundColor = view.level ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    item.show();
  }

  function renderStopped(message: string): void {
    item.text = '$(error) Claimcheck: server stopped';
    item.tooltip = `${message} See the Claimcheck output; click to restart.`;
    item.command = 'claimcheck.restartServer';
    item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    item.show();
  }

  /**
   * Asks the server for the active editor's status. Every call supersedes the previous one: a
   * reply for an editor that is no longer active (or overtaken by a newer ask) is dropped.
   */
  const latest = new LatestAsk();
  async function refresh(): Promise<void> {
    if (client.state !== State.Running) return;
    try {
      await askLatest(latest, activeUri(), activeUri, (uri) => client.sendRequest<StatusParams | null>(ProjectInfoRequest, { uri }), (info) => render(info ?? undefined));
    } catch {
      /* the server stopped meanwhile: its state change renders */
    }
  }

  render(undefined);
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('claimcheck')) void refresh();
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => void recommendYamlExtension(context, doc, FACTS_PATTERNS)),
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        void refresh();
        factsView.refreshSoon();
      }
      else if (e.newState === State.Stopped) renderStopped('The Claimcheck language server stopped.');
    }),
  );
  for (const editor of vscode.window.visibleTextEditors) void recommendYamlExtension(context, editor.document, FACTS_PATTERNS);

  function targetFolder(): vscode.WorkspaceFolder | undefined {
    const editor = vscode.window.activeTextEditor;
    return (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  }

  /** Writes a starter file at the folder root unless one exists, and opens it. */
  async function createStarter(name: string, text: string): Promise<void> {
    const folder = targetFolder();
    if (!folder) {
      void vscode.window.showWarningMessage(`Claimcheck: open a folder first; ${name} lives at its root.`);
      return;
    }
    const uri = vscode.Uri.joinPath(folder.uri, name);
    let exists = true;
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      exists = false;
    }
    if (!exists) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await vscode.window.showTextDocument(uri, { preview: false });
    if (exists) void vscode.window.showInformationMessage(`Claimcheck: ${name} already exists; opened it instead.`);
  }
  const createFactsFile = () => createStarter(STARTER_FACTS_FILE_NAME, STARTER_FACTS);
  const createConfigFile = () => createStarter(STARTER_CONFIG_FILE_NAME, STARTER_CONFIG);

  /** The not-set-up status item's choice; nothing is written unless a file is picked. */
  async function setUp(): Promise<void> {
    const picks: (vscode.QuickPickItem & { run: () => Thenable<unknown> | Promise<unknown> })[] = [
      { label: `$(new-file) Create ${STARTER_FACTS_FILE_NAME}`, detail: 'A starter facts file with one example fact, at the workspace root. Notes are checked from then on.', run: createFactsFile },
      { label: `$(gear) Create ${STARTER_CONFIG_FILE_NAME}`, detail: 'A commented config file (facts globs, severities, tolerance). Notes are checked from then on.', run: createConfigFile },
      { label: '$(book) Learn more', detail: 'How Claimcheck works and what a facts file looks like.', run: () => vscode.commands.executeCommand('extension.open', context.extension.id) },
    ];
    const choice = await vscode.window.showQuickPick(picks, { placeHolder: 'Claimcheck is not set up in this workspace. Set it up?' });
    await choice?.run();
  }

  async function projectInfo(): Promise<StatusParams | undefined> {
    try {
      return (await client.sendRequest<StatusParams | null>(ProjectInfoRequest, { uri: activeUri() })) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async function openFactsFile(): Promise<void> {
    const info = await projectInfo();
    const files = info?.factsFiles ?? [];
    if (files.length === 0) {
      const create = 'Create Facts File';
      const choice = await vscode.window.showInformationMessage('Claimcheck: no facts file in this workspace.', create);
      if (choice === create) await createFactsFile();
      return;
    }
    let pick: string | undefined = files[0];
    if (files.length > 1) {
      const chosen = await vscode.window.showQuickPick(
        files.map((f) => ({ label: vscode.workspace.asRelativePath(vscode.Uri.parse(f)), uri: f })),
        { placeHolder: 'Open which facts file?' },
      );
      pick = chosen?.uri;
    }
    if (pick) await vscode.window.showTextDocument(vscode.Uri.parse(pick), { preview: false });
  }

  /** Opens the facts file at a new fact: its empty source as tab stops (url, title, published, quote). */
  async function openAtStub(factsUri: string, factId: string): Promise<void> {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(factsUri));
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const text = doc.getText();
    const block = sourceSnippet(text, factId);
    if (block) {
      const range = new vscode.Range(doc.positionAt(block.start), doc.positionAt(block.end));
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      await editor.insertSnippet(new vscode.SnippetString(block.snippet), range);
      return;
    }
    const at = doc.positionAt(idOffset(text, factId));
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  async function addFactFromSelection(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Claimcheck: select a figure in a markdown note first.');
      return;
    }
    if (!vscode.workspace.getWorkspaceFolder(editor.document.uri)) {
      void vscode.window.showInformationMessage('Claimcheck: open the note inside a folder; the facts file goes at the folder root.');
      return;
    }
    const range = client.code2ProtocolConverter.asRange(editor.selection);
    const stub = await client.sendRequest<FactStubResult | FactStubRefusal | null>(FactStubRequest, { uri: editor.document.uri.toString(), range });
    if (!stub) {
      void vscode.window.showInformationMessage('Claimcheck: no figure in the selection to add as a fact. Select a figure such as "$61.5 billion".');
      return;
    }
    if ('refused' in stub) {
      const open = 'Open Facts File';
      if ((await vscode.window.showWarningMessage(`Claimcheck: cannot add the fact: ${stub.refused}`, open)) === open) await openFactsFile();
      return;
    }
    const edit = await client.protocol2CodeConverter.asWorkspaceEdit(stub.edit as Parameters<typeof client.protocol2CodeConverter.asWorkspaceEdit>[0]);
    if (!edit || !(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage('Claimcheck: could not add the fact to the facts file (was it edited meanwhile?). Try again.');
      return;
    }
    await openAtStub(stub.factsUri, stub.factId);
  }

  /** Run by the "add a fact" quick fix after its edit: the facts file changed out of sight, say so. */
  async function factAdded(factsUri: string, factId: string): Promise<void> {
    const name = vscode.workspace.asRelativePath(vscode.Uri.parse(factsUri));
    const open = 'Open';
    const choice = await vscode.window.showInformationMessage(`Claimcheck: added fact ${factId} to ${name}. Fill in its source there.`, open);
    if (choice === open) await openAtStub(factsUri, factId);
  }

  async function checkWorkspace(): Promise<void> {
    if (client.state !== State.Running) {
      void vscode.window.showWarningMessage('Claimcheck: the language server is not running; restart it first (Claimcheck: Restart Server).');
      return;
    }
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Claimcheck: checking workspace', cancellable: true },
      async (progress, token) => {
        const workDoneToken = `claimcheck-check-${Date.now()}`;
        let done = 0;
        const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
          if (value.kind === 'end') return;
          const v = value as WorkDoneProgressBegin | WorkDoneProgressReport;
          const increment = v.percentage !== undefined ? Math.max(0, v.percentage - done) : undefined;
          if (v.percentage !== undefined) done = Math.max(done, v.percentage);
          progress.report({ message: v.message, increment });
        });
        try {
          return await client.sendRequest<WorkspaceCheckResult | null>(WorkspaceCheckRequest, { workDoneToken }, token);
        } catch (error) {
          if (token.isCancellationRequested) return null;
          throw error;
        } finally {
          listener.dispose();
        }
      },
    );
    if (!result) return;
    const show = 'Show Problems';
    const choice = await vscode.window.showInformationMessage(workspaceSummary(result), show);
    if (choice === show) await vscode.commands.executeCommand(SHOW_PROBLEMS);
  }

  context.subscriptions.push(
    vscode.commands.registerCommand(CREATE_FACTS_FILE, createFactsFile),
    vscode.commands.registerCommand(CREATE_CONFIG_FILE, createConfigFile),
    vscode.commands.registerCommand(SET_UP, setUp),
    vscode.commands.registerCommand(OPEN_FACTS_FILE, openFactsFile),
    vscode.commands.registerCommand(Commands.checkWorkspace, checkWorkspace),
    vscode.commands.registerCommand(FACT_ADDED_COMMAND, factAdded),
    vscode.commands.registerCommand('claimcheck.addFactFromSelection', addFactFromSelection),
    vscode.commands.registerCommand('claimcheck.refreshFactsView', () => factsView.refresh()),
    vscode.commands.registerCommand('claimcheck.restartServer', async () => {
      render(undefined);
      try {
        if (client.isRunning()) await client.stop();
        await client.start();
      } catch (error) {
        renderStopped(`The Claimcheck language server did not start: ${error instanceof Error ? error.message : String(error)}.`);
        return;
      }
      await refresh();
    }),
  );

  context.subscriptions.push(
    client.onNotification(StatusNotification, (status: StatusParams) => {
      // After every check (a note's status) and every facts or config reload (the project's).
      if (status.note) factsView.refreshUsesSoon();
      else factsView.refreshSoon();
      const uri = activeUri();
      if (status.note?.uri === uri) {
        latest.supersede(); // fresher than any status asked for before it
        render(status);
      } else if (!status.note) {
        void refresh(); // a project changed (facts, config, settings): ask for the active editor's view
      }
    }),
  );
  try {
    await client.start();
  } catch (error) {
    // Never silent: a server that cannot start says so where the counts would be.
    renderStopped(`The Claimcheck language server did not start: ${error instanceof Error ? error.message : String(error)}.`);
    return;
  }
  await refresh();
}
