// Everything the extension does besides starting the server: status bar item, commands.
// The node entry (extension.ts) and a browser entry pass in how to make the client.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  FactStubRequest,
  ProjectInfoRequest,
  StatusNotification,
  type FactStubResult,
  type StatusParams,
} from '../../server/src/lsp/protocol';
import { STARTER_FACTS, STARTER_FACTS_FILE_NAME } from './starterFacts';
import { CREATE_FACTS_FILE, OPEN_FACTS_FILE, statusView } from './statusText';

export type ClientFactory = (settings: unknown) => BaseLanguageClient;

export async function activateClaimcheck(context: vscode.ExtensionContext, makeClient: ClientFactory): Promise<void> {
  const settings = () => vscode.workspace.getConfiguration('claimcheck');
  const client = makeClient({ enable: settings().get('enable', true), inlayHints: { enable: settings().get('inlayHints.enable', true) } });
  const item = vscode.window.createStatusBarItem('claimcheck.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Claimcheck';
  context.subscriptions.push(item);

  /** Last status the server sent per note, and the last project-level one. */
  const noteStatus = new Map<string, StatusParams>();
  let lastStatus: StatusParams | undefined;

  const activeUri = () => vscode.window.activeTextEditor?.document.uri.toString();

  function render(status: StatusParams | undefined): void {
    const view = statusView(status);
    item.text = view.text;
    const tooltip = new vscode.MarkdownString(view.tooltip);
    tooltip.isTrusted = false;
    item.tooltip = tooltip;
    item.command = view.command;
    item.backgroundColor = view.level ? new vscode.ThemeColor(`statusBarItem.${view.level}Background`) : undefined;
    item.show();
  }

  async function refresh(): Promise<void> {
    const uri = activeUri();
    const cached = uri ? noteStatus.get(uri) : undefined;
    if (cached) return render(cached);
    if (!client.isRunning()) return render(lastStatus);
    try {
      const info = await client.sendRequest<StatusParams | null>(ProjectInfoRequest, { uri });
      render(info ?? lastStatus);
    } catch {
      render(lastStatus);
    }
  }

  render(undefined);
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.workspace.onDidCloseTextDocument((doc) => noteStatus.delete(doc.uri.toString())),
  );

  async function projectInfo(): Promise<StatusParams | undefined> {
    try {
      return (await client.sendRequest<StatusParams | null>(ProjectInfoRequest, { uri: activeUri() })) ?? undefined;
    } catch {
      return lastStatus;
    }
  }

  function targetFolder(): vscode.WorkspaceFolder | undefined {
    const editor = vscode.window.activeTextEditor;
    return (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  }

  async function createFactsFile(): Promise<void> {
    const folder = targetFolder();
    if (!folder) {
      void vscode.window.showWarningMessage('Claimcheck: open a folder first; the facts file lives at its root.');
      return;
    }
    const uri = vscode.Uri.joinPath(folder.uri, STARTER_FACTS_FILE_NAME);
    let exists = true;
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      exists = false;
    }
    if (!exists) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(STARTER_FACTS));
    await vscode.window.showTextDocument(uri);
    if (exists) void vscode.window.showInformationMessage(`Claimcheck: ${STARTER_FACTS_FILE_NAME} already exists; opened it instead.`);
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
    if (pick) await vscode.window.showTextDocument(vscode.Uri.parse(pick));
  }

  async function addFactFromSelection(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Claimcheck: select a figure in a markdown note first.');
      return;
    }
    const range = client.code2ProtocolConverter.asRange(editor.selection);
    const stub = await client.sendRequest<FactStubResult | null>(FactStubRequest, { uri: editor.document.uri.toString(), range });
    if (!stub) {
      void vscode.window.showInformationMessage('Claimcheck: no figure in the selection to add as a fact.');
      return;
    }
    const edit = await client.protocol2CodeConverter.asWorkspaceEdit(stub.edit as Parameters<typeof client.protocol2CodeConverter.asWorkspaceEdit>[0]);
    if (!edit || !(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage('Claimcheck: could not add the fact to the facts file.');
      return;
    }
    const factsDoc = await vscode.workspace.openTextDocument(vscode.Uri.parse(stub.factsUri));
    const at = factsDoc.getText().indexOf(`id: ${stub.factId}`);
    const pos = factsDoc.positionAt(Math.max(0, at));
    await vscode.window.showTextDocument(factsDoc, { selection: new vscode.Range(pos, pos), preview: false });
    void vscode.window.showInformationMessage(`Claimcheck: added fact ${stub.factId}; fill in its source.`);
  }

  context.subscriptions.push(
    vscode.commands.registerCommand(CREATE_FACTS_FILE, createFactsFile),
    vscode.commands.registerCommand(OPEN_FACTS_FILE, openFactsFile),
    vscode.commands.registerCommand('claimcheck.addFactFromSelection', addFactFromSelection),
    vscode.commands.registerCommand('claimcheck.restartServer', async () => {
      noteStatus.clear();
      render(undefined);
      if (client.isRunning()) await client.stop();
      try {
        await client.start();
      } catch (error) {
        void vscode.window.showErrorMessage(`Claimcheck: the server did not start (${error instanceof Error ? error.message : String(error)}).`);
        return;
      }
      await refresh();
    }),
  );

  context.subscriptions.push(
    client.onNotification(StatusNotification, (status: StatusParams) => {
      lastStatus = { ...status, note: undefined };
      if (status.note) noteStatus.set(status.note.uri, status);
      const uri = activeUri();
      if (!status.note || status.note.uri === uri) render(uri && noteStatus.get(uri) ? noteStatus.get(uri) : lastStatus);
    }),
  );
  context.subscriptions.push({ dispose: () => void client.stop() });
  try {
    await client.start();
  } catch (error) {
    // Never silent: a server that cannot start says so where the counts would be.
    item.text = '$(error) Claimcheck: server failed';
    item.tooltip = `The Claimcheck language server did not start: ${error instanceof Error ? error.message : String(error)}. See the Claimcheck output; click to restart.`;
    item.command = 'claimcheck.restartServer';
    item.show();
    return;
  }
  await refresh();
}
