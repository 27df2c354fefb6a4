// The facts view's nodes as VS Code shows them, from the server's tree of the shipped example.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { childrenOf, entityParams, metricNodes, refreshTargets, rootNodes, viewOf, type FactsNode } from '../../client/src/factsTreeModel';
import { checkNote } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { entityTreeOf, factsTreeOf } from '../../server/src/lsp/factsTree';

const ROOT = 'file:///w';
const { index } = loadFacts([{ file: `${ROOT}/facts.yaml`, text: readFileSync('examples/facts.yaml', 'utf8') }], { today: '2026-01-01' });
const note = readFileSync('examples/notes/anthropic-compute.md', 'utf8');
const checked = [{ uri: `${ROOT}/notes/anthropic-compute.md`, result: checkNote(note, index, defaultConfig, { today: '2026-01-01' }) }];
const project = factsTreeOf({ root: ROOT, index });

const find = (nodes: FactsNode[], label: string) => nodes.find((n) => viewOf(n).label === label)!;
/** A node's children as the view gets them: an entity's by asking the server (here, in-process). */
const children = (node: FactsNode): FactsNode[] => {
  if (node.kind !== 'entity') return childrenOf(node);
  const { root, entity } = entityParams(node);
  expect(root).toBe(ROOT);
  return metricNodes(node, { metrics: entityTreeOf({ root, index }, entity, checked) });
};

describe('facts view model', () => {
  it('walks entity → metric → fact → note, and a click on each opens the fact entry or the claim', () => {
    const roots = rootNodes({ projects: [project] });
    expect(roots.every((n) => n.kind === 'entity')).toBe(true);
    const xai = find(roots, 'xAI');
    expect(viewOf(xai)).toMatchObject({ description: '2 facts', expandable: true });
    const gpus = find(children(xai), 'gpu_count');
    expect(viewOf(gpus).description).toBe('2 facts · latest 200,000 GPU (2025-10-06)');
    const fact = children(gpus)[0]!;
    const factView = viewOf(fact);
    expect(factView.label).toBe('100,000 GPU');
    expect(factView.description).toBe('2024-09-02 · 1 note');
    expect(factView.open!.uri).toBe(`${ROOT}/facts.yaml`);
    expect(factView.tooltip).toMatch(/^\*\*100,000 GPU\*\*/);
    expect(factView.tooltip).toContain('Source: [');
    const [use] = children(fact);
    const useView = viewOf(use!);
    expect(useView.label).toBe('notes/anthropic-compute.md:11');
    expect(useView.description).toBe('100,000 H100 equivalents · matches it · supported');
    expect(useView.icon).toBe('pass');
    expect(useView.tooltip?.replace(/\\(.)/g, '$1')).toBe('notes/anthropic-compute.md, line 11: **100,000 H100 equivalents** was judged against this fact · supported');
    expect(useView.open).toEqual({ uri: `${ROOT}/notes/anthropic-compute.md`, range: expect.objectContaining({ start: { line: 10, character: 372 } }) });
    // Ids are unique, so VS Code keeps what is expanded across refreshes.
    const ids: string[] = [];
    const walk = (nodes: FactsNode[]) => nodes.forEach((n) => (ids.push(n.id), walk(children(n))));
    walk(roots);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows one node per project when several are set up, and nothing without data', () => {
    expect(rootNodes({ projects: [project, { ...project, root: 'file:///v', name: 'v' }] }).map((n) => viewOf(n).label)).toEqual(['w', 'v']);
    expect(rootNodes(null)).toEqual([]);
  });

  it('asks the server for an expanded entity of the project it is in, and shows nothing for an answer it did not get', () => {
    const several = rootNodes({ projects: [project, { ...project, root: 'file:///v', name: 'v' }] });
    const [underV] = children(several[1]!);
    expect(underV!.kind === 'entity' && entityParams(underV)).toEqual({ root: 'file:///v', entity: underV!.kind === 'entity' && underV.entity.id });
    const xai = find(rootNodes({ projects: [project] }), 'xAI');
    expect(xai.kind === 'entity' && metricNodes(xai, null)).toEqual([]);
  });

  it('refreshes the whole view for facts, and only the expanded entities, as shown, for notes', () => {
    const roots = rootNodes({ projects: [project] });
    const shown = new Map<string, FactsNode>(roots.map((n) => [n.id, n]));
    const xai = find(roots, 'xAI');
    const gpus = find(children(xai), 'gpu_count');
    shown.set(gpus.id, gpus);
    expect(refreshTargets('all', [xai.id], shown)).toBeUndefined();
    // A metric under it is refreshed with its entity; an id no longer shown is skipped.
    const targets = refreshTargets('uses', [xai.id, gpus.id, `${ROOT}/gone`], shown)!;
    expect(targets).toHaveLength(1);
    expect(targets[0]).toBe(xai); // the very node VS Code was given
    expect(refreshTargets('uses', [], shown)).toEqual([]);
  });
});
