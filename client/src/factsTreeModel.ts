// The Explorer's Claimcheck view as plain data: which nodes a level has and how each one reads
// (label, description, tooltip, where a click goes). Pure, so it is tested without VS Code;
// factsView.ts turns it into TreeItems.
import type { FactsTreeEntity, FactsTreeEntityParams, FactsTreeEntityResult, FactsTreeFact, FactsTreeMetric, FactsTreeProject, FactsTreeResult, FactUse } from '../../server/src/lsp/protocol';
import type { Range } from '../../server/src/core/types';

export type FactsNode =
  | { kind: 'project'; id: string; project: FactsTreeProject }
  | EntityNode
  | { kind: 'metric'; id: string; metric: FactsTreeMetric }
  | { kind: 'fact'; id: string; fact: FactsTreeFact }
  | { kind: 'use'; id: string; use: FactUse };

/** An entity: its metrics come from the server when it is expanded (entityParams, metricNodes). */
export interface EntityNode {
  kind: 'entity';
  id: string;
  /** Its project's root, as the server gave it. */
  root: string;
  entity: FactsTreeEntity;
}

export interface NodeView {
  label: string;
  description?: string;
  /** Markdown, from escaped facts-file text only. */
  tooltip?: string;
  expandable: boolean;
  /** A codicon name. */
  icon: string;
  /** What a click opens: the fact's entry in the facts file, or the claim in its note. */
  open?: { uri: string; range: Range };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const escape = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);

function entityNodes(project: FactsTreeProject, parent: string): FactsNode[] {
  return project.entities.map((entity) => ({ kind: 'entity', id: `${parent}/${entity.id}`, root: project.root, entity }));
}

/** The top level: the entities of the one project, or one node per project when there are several. */
export function rootNodes(result: FactsTreeResult | null | undefined): FactsNode[] {
  const projects = result?.projects ?? [];
  if (projects.length === 1) return entityNodes(projects[0]!, projects[0]!.root);
  return projects.map((project) => ({ kind: 'project', id: project.root, project }));
}

/** What a refresh of the view asks VS Code to fetch again. */
export type FactsRefresh = 'all' | 'uses';

/**
 * The nodes a refresh fires: undefined for the whole view; for the notes' uses (which only an
 * expanded entity shows), the expanded entities as VS Code holds them, none when nothing is expanded.
 */
export function refreshTargets(what: FactsRefresh, expanded: Iterable<string>, shown: ReadonlyMap<string, FactsNode>): EntityNode[] | undefined {
  if (what === 'all') return undefined;
  return [...expanded].map((id) => shown.get(id)).filter((n): n is EntityNode => n?.kind === 'entity');
}

/** What to ask the server for an entity's children. */
export function entityParams(node: EntityNode): FactsTreeEntityParams {
  return { root: node.root, entity: node.entity.id };
}

/** An entity's children, from the server's answer (none when it was cancelled or failed). */
export function metricNodes(node: EntityNode, result: FactsTreeEntityResult | null | undefined): FactsNode[] {
  return (result?.metrics ?? []).map((metric) => ({ kind: 'metric', id: `${node.id}/${metric.id}`, metric }));
}

/** The children of any node but an entity, whose children the server gives (metricNodes). */
export function childrenOf(node: Exclude<FactsNode, EntityNode>): FactsNode[] {
  switch (node.kind) {
    case 'project':
      return entityNodes(node.project, node.id);
    case 'metric':
      return node.metric.facts.map((fact) => ({ kind: 'fact', id: `${node.id}/${fact.id}`, fact }));
    case 'fact':
      return node.fact.uses.map((use) => ({ kind: 'use', id: `${node.id}/${use.uri}#${use.range.start.line}:${use.range.start.character}`, use }));
    case 'use':
      return [];
  }
}

const VERDICT_ICONS: Record<string, string> = { supported: 'pass', contradicted: 'error', 'citation-mismatch': 'error', outdated: 'warning', unsourced: 'question', cited: 'quote' };

function factWhen(fact: FactsTreeFact): string {
  return fact.asOf + (fact.period ? ` · for ${fact.period}` : '') + (fact.kind !== 'actual' ? ` · ${fact.kind}` : '');
}

function factTooltip(fact: FactsTreeFact): string {
  const lines = [`**${escape(fact.value)}** · ${escape(factWhen(fact))} · \`${fact.id.replace(/`/g, '')}\``];
  if (fact.with.length > 0) lines.push(`With ${escape(fact.with.join(', '))}`);
  const { url, title, published, quote } = fact.source;
  if (url && /^https?:\/\//i.test(url)) lines.push(`Source: [${escape(title ?? url)}](${url.replace(/[()\s]/g, encodeURIComponent)})${published ? ` · published ${escape(published)}` : ''}`);
  else lines.push('Source missing');
  if (quote) lines.push(`> ${escape(quote)}`);
  lines.push(fact.uses.length === 0 ? 'No note cites or matches it yet.' : `${plural(fact.uses.length, 'claim')} in the notes cite or match it.`);
  return lines.join('\n\n');
}

export function viewOf(node: FactsNode): NodeView {
  switch (node.kind) {
    case 'project':
      return { label: node.project.name, description: plural(node.project.entities.length, 'entity', 'entities'), expandable: true, icon: 'root-folder' };
    case 'entity':
      return { label: node.entity.name, description: plural(node.entity.factCount, 'fact'), expandable: true, icon: 'organization' };
    case 'metric': {
      const latest = node.metric.facts.at(-1);
      const description = `${plural(node.metric.facts.length, 'fact')}${latest ? ` · latest ${latest.value} (${latest.asOf})` : ''}`;
      return { label: node.metric.id, description, expandable: node.metric.facts.length > 0, icon: 'graph-line' };
    }
    case 'fact': {
      const { fact } = node;
      const uses = fact.uses.length === 0 ? 'unused' : plural(new Set(fact.uses.map((u) => u.uri)).size, 'note');
      return {
        label: fact.value,
        description: `${factWhen(fact)}${fact.with.length > 0 ? ` · with ${fact.with.join(', ')}` : ''} · ${uses}`,
        tooltip: factTooltip(fact),
        expandable: fact.uses.length > 0,
        icon: 'symbol-number',
        open: { uri: fact.uri, range: { start: fact.range.start, end: fact.range.start } },
      };
    }
    case 'use': {
      const { use } = node;
      return {
        label: `${use.note}:${use.range.start.line + 1}`,
        description: `${use.text} · ${use.how === 'cites' ? 'cites it' : 'matches it'} · ${use.verdict}`,
        tooltip: `${escape(use.note)}, line ${use.range.start.line + 1}: **${escape(use.text)}** ${use.how === 'cites' ? 'cites this fact' : 'was judged against this fact'} · ${escape(use.verdict)}`,
        expandable: false,
        icon: VERDICT_ICONS[use.verdict] ?? 'info',
        open: { uri: use.uri, range: use.range },
      };
    }
  }
}
