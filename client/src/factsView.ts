// The Explorer's "Claimcheck" view: facts by entity → metric → timeline, each fact with the notes
// that cite or match it; a click opens the fact's entry or the claim. Data from the server: the
// entities (claimcheck/factsTree), and an entity's facts when it is expanded
// (claimcheck/factsTreeEntity); asked again after facts or notes change, debounced, and only while
// the view is visible (a hidden view is refreshed when it is shown).
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { FactsTreeEntityRequest, FactsTreeRequest, type FactsTreeEntityResult, type FactsTreeResult } from '../../server/src/lsp/protocol';
import { childrenOf, entityParams, metricNodes, refreshTargets, rootNodes, viewOf, type EntityNode, type FactsNode, type FactsRefresh } from './factsTreeModel';

export const FACTS_VIEW = 'claimcheck.facts';
/** The `when` context key of the view: the workspace is set up for Claimcheck. */
export const SET_UP_CONTEXT = 'claimcheck.setUp';
const REFRESH_DEBOUNCE_MS = 500;

export interface FactsView {
  /** Facts, config or projects changed: ask the server again for the whole view, after a quiet time. */
  refreshSoon(): void;
  /**
   * Notes changed: ask again, after a quiet time, only for the expanded entities. The top level
   * lists facts alone, and with 30,000 entities it is 1.9 MB to send and a tree to diff each time.
   */
  refreshUsesSoon(): void;
  /** Ask the server again now, for the whole view. */
  refresh(): void;
}

export function registerFactsView(context: vscode.ExtensionContext, client: BaseLanguageClient): FactsView {
  const changed = new vscode.EventEmitter<FactsNode | FactsNode[] | undefined>();
  /** The node VS Code holds for each id (an element is refreshed by the object it was given). */
  const shown = new Map<string, FactsNode>();
  const expanded = new Set<string>();
  const showing = (nodes: FactsNode[]) => {
    for (const n of nodes) shown.set(n.id, n);
    return nodes;
  };
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
      if (node?.kind === 'entity') return showing(metricNodes(node, await askEntity(node)));
      if (node) return showing(childrenOf(node));
      data = await ask();
      shown.clear();
      return showing(rootNodes(data));
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
  /** What the pending refresh asks for: everything wins over the expanded entities' uses. */
  let pending: FactsRefresh | undefined;
  const refresh = () => {
    clearTimeout(timer);
    const targets = refreshTargets(pending ?? 'all', expanded, shown);
    pending = undefined;
    if (!tree.visible) stale = true;
    else if (!targets) changed.fire(undefined);
    else if (targets.length > 0) changed.fire(targets);
  };
  const refreshSoon = (what: FactsRefresh) => {
    pending = pending === 'all' ? 'all' : what;
    clearTimeout(timer);
    timer = setTimeout(refresh, REFRESH_DEBOUNCE_MS);
  };
  context.subscriptions.push(
    tree,
    changed,
    tree.onDidExpandElement((e) => expanded.add(e.element.id)),
    tree.onDidCollapseElement((e) => expanded.delete(e.element.id)),
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
    refresh() {
      pending = 'all';
      refresh();
    },
    refreshSoon: () => refreshSoon('all'),
    refreshUsesSoon: () => refreshSoon('uses'),
  };
}
