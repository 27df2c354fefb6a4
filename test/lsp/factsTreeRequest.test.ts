// claimcheck/factsTree through the built server: closed notes from disk, open notes as edited.
import { describe, expect, it } from 'vitest';
import { useOpenNote } from './lspClient';

interface Tree {
  projects: { name: string; entities: { name: string; metrics: { id: string; facts: { id: string; uses: { note: string; text: string; how: string; verdict: string }[] }[] }[] }[] }[];
}

const CITING = '---\ndate: 2025-04-01\n---\n\n# Capex\n\nGoogle guided to $75 billion of 2025 capex [@alphabet-capex-2025-feb].\n';

describe('facts tree request', () => {
  const note = useOpenNote({ 'notes/citing.md': CITING }, 'notes/citing.md');
  const usesOf = (tree: Tree, id: string) => tree.projects.flatMap((p) => p.entities.flatMap((e) => e.metrics.flatMap((m) => m.facts))).find((f) => f.id === id)!.uses;

  it('lists closed notes from disk and the open note as edited', async () => {
    const before = await note.client.request<Tree>('claimcheck/factsTree', {});
    expect(before.projects).toHaveLength(1);
    expect(usesOf(before, 'alphabet-capex-2025-feb').map((u) => [u.note, u.text, u.how, u.verdict])).toEqual([
      ['notes/anthropic-compute.md', '$200 billion', 'matches', 'contradicted'],
      ['notes/citing.md', '$75 billion', 'cites', 'supported'],
    ]);
    // Unsaved: the citation now names the July guidance.
    const edited = CITING.replace('alphabet-capex-2025-feb', 'alphabet-capex-2025-jul');
    await note.client.change(note.uri, 2, [{ text: edited }]);
    const after = await note.client.request<Tree>('claimcheck/factsTree', {});
    expect(usesOf(after, 'alphabet-capex-2025-feb').map((u) => u.note)).toEqual(['notes/anthropic-compute.md']);
    expect(usesOf(after, 'alphabet-capex-2025-jul').map((u) => [u.note, u.how])).toEqual([['notes/citing.md', 'cites']]);
  });

  it("sends the note's coverage with its status", async () => {
    const status = await note.client.until(() => [...note.client.statuses].reverse().find((s: { note?: { uri: string; version?: number } }) => s.note?.uri === note.uri && s.note.version === 2), 'status of the edited note');
    // The $75 billion figure cites the July guidance ($85 billion): a citation mismatch, not sourced.
    expect(status.note.coverage).toEqual({ figures: 1, sourced: 0, verdicts: { 'citation-mismatch': 1 } });
  });
});
