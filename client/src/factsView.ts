// The Explorer's "Claimcheck" view: facts by entity → metric → timeline, each fact with the notes
// that cite or match it; a click opens the fact's entry or the claim. Data from the server: the
// entities (claimcheck/factsTree), and an entity's facts when it is expanded
// (claimcheck/factsTreeEntity); asked again after facts or notes change, debounced, and only while
// the view is visible (a hidden view is refreshed when it is shown).
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { FactsTreeEntityRequest, FactsTreeRequest, type FactsTreeEntityResult, type FactsTreeResult } from '../../server/src/lsp/protocol';
import { childrenOf, entityParams, metricNodes, rootNodes, viewOf, type EntityNode, type FactsNode } from './factsTreeModel';

export const FACTS_VIEW = 'claimcheck.facts';
/** The `when` context key of the view: the workspace is set up for Claimcheck. */
export const SET_UP_CONTEXT = 'claimcheck.setUp';
const REFRESH_DEBOUNCE_MS = 500;

export interface FactsView {
  /** Facts or notes changed: ask the server again, after a quiet time. */
  refreshSoon(): void;
  /** Ask the server again now. */
  refresh(): void;
}

export function registerFactsView(context: vscode.ExtensionContext, client: BaseLanguageClient): FactsView {
  const changed = new vscode.EventEmitter<FactsNode | undefined>();
  let data: FactsTreeResult | null = null;
  let asking: vscode.CancellationTokenSource | undefined;

  async function ask(): Promise<FactsTreeResult | null> {
    asking?.cancel();
    const source = (asking = new vscode.CancellationTokenSource());
    if (client.state !== State.Running) return null;
    try {
      const result = await client.sendRequest<FactsTreeResult | null>(FactsTreeRequest, {}, source.token);
      // A newer ask overtook this one, or it was cancelled: keep what is shown.
      return source.token.isCancellationRequested ? data : result;
    } catch {
      return data; // the server stopped meanwhile, or the ask was cancelled
    }
  }

  /** An expanded entity's metrics; each expanded entity is asked again after a refresh. */
  async function askEntity(node: EntityNode): Promise<FactsTreeEntityResult | null> {
    if (client.state !== State.Running) return null;
    try {
      return await client.sendRequest<FactsTreeEntityResult | null>(FactsTreeEntityRequest, entityParams(node));
    } catch {
      return null; // the server stopped meanwhile
    }
  }

  const provider: vscode.TreeDataProvider<FactsNode> = {
    onDidChangeTreeData: changed.event,
    async getChildren(node) {
      if (node?.kind === 'entity') return metricNodes(node, await askEntity(node));
      if (node) return childrenOf(node);
      data = await ask();
      return rootNodes(data);
    },
    getTreeItem(node) {
      const view = viewOf(node);
      const item = new vscode.TreeItem(view.label, view.expandable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = view.description;
      item.iconPath = new vscode.ThemeIcon(view.icon);
      item.contextValue = node.kind;
      if (view.tooltip) item.tooltip = new vscode.MarkdownString(view.tooltip);
      if (view.open) {
        const { start, end } = view.open.range;
        item.command = {
          command: 'vscode.open',
          title: 'Open',
          arguments: [vscode.Uri.parse(view.open.uri), { selection: new vscode.Range(start.line, start.character, end.line, end.character), preview: true }],
        };
      }
      return item;
    },
  };
  const tree = vscode.window.createTreeView(FACTS_VIEW, { treeDataProvider: provider, showCollapseAll: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  let stale = false;
  const refresh = () => {
    clearTimeout(timer);
    if (tree.visible) changed.fire(undefined);
    else stale = true;
  };
  context.subscriptions.push(
    tree,
    changed,
    tree.onDidChangeVisibility((e) => {
      if (e.visible && stale) {
        stale = false;
        changed.fire(undefined);
      }
    }),
    { dispose: () => clearTimeout(timer) },
    { dispose: () => asking?.cancel() },
  );
  return {
    refresh,
    refreshSoon() {
      clearTimeout(timer);
      timer = setTimeout(refresh, REFRESH_DEBOUNCE_MS);
    },
  };
}
