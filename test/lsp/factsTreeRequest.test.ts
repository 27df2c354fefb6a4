// claimcheck/factsTree and claimcheck/factsTreeEntity through the built server: the entities, then
// an entity's facts with their uses, closed notes from disk and open notes as edited.
import { describe, expect, it } from 'vitest';
import { useOpenNote } from './lspClient';

interface Tree {
  projects: { root: string; name: string; entities: { id: string; name: string; factCount: number }[] }[];
}
interface Branch {
  metrics: { id: string; facts: { id: string; uses: { note: string; text: string; how: string; verdict: string }[] }[] }[];
}

const CITING = '---\ndate: 2025-04-01\n---\n\n# Capex\n\nGoogle guided to $75 billion of 2025 capex [@alphabet-capex-2025-feb].\n';

describe('facts tree request', () => {
  const note = useOpenNote({ 'notes/citing.md': CITING }, 'notes/citing.md');
  /** The uses of a fact of Alphabet, as the view gets them when Alphabet is expanded. */
  const usesOf = async (id: string) => {
    const tree = await note.client.request<Tree>('claimcheck/factsTree', {});
    expect(tree.projects).toHaveLength(1);
    const [project] = tree.projects;
    const alphabet = project!.entities.find((e) => e.name === 'Alphabet')!;
    expect(alphabet.factCount).toBeGreaterThan(1);
    const branch = await note.client.request<Branch>('claimcheck/factsTreeEntity', { root: project!.root, entity: alphabet.id });
    expect(branch.metrics.reduce((n, m) => n + m.facts.length, 0)).toBe(alphabet.factCount);
    return branch.metrics.flatMap((m) => m.facts).find((f) => f.id === id)!.uses;
  };

  it('lists closed notes from disk and the open note as edited', async () => {
    expect((await usesOf('alphabet-capex-2025-feb')).map((u) => [u.note, u.text, u.how, u.verdict])).toEqual([
      ['notes/anthropic-compute.md', '$200 billion', 'matches', 'contradicted'],
      ['notes/citing.md', '$75 billion', 'cites', 'supported'],
    ]);
    // Unsaved: the citation now names the July guidance.
    const edited = CITING.replace('alphabet-capex-2025-feb', 'alphabet-capex-2025-jul');
    await note.client.change(note.uri, 2, [{ text: edited }]);
    expect((await usesOf('alphabet-capex-2025-feb')).map((u) => u.note)).toEqual(['notes/anthropic-compute.md']);
    expect((await usesOf('alphabet-capex-2025-jul')).map((u) => [u.note, u.how])).toEqual([['notes/citing.md', 'cites']]);
  });

  it('answers no metrics for an entity or a project it does not know', async () => {
    const [project] = (await note.client.request<Tree>('claimcheck/factsTree', {})).projects;
    expect(await note.client.request<Branch>('claimcheck/factsTreeEntity', { root: project!.root, entity: 'no-such-entity' })).toEqual({ metrics: [] });
    expect(await note.client.request<Branch>('claimcheck/factsTreeEntity', { root: 'file:///elsewhere', entity: 'alphabet' })).toEqual({ metrics: [] });
  });

  it("sends the note's coverage with its status", async () => {
    const status = await note.client.until(() => [...note.client.statuses].reverse().find((s: { note?: { uri: string; version?: number } }) => s.note?.uri === note.uri && s.note.version === 2), 'status of the edited note');
    // The $75 billion figure cites the July guidance ($85 billion): a citation mismatch, not sourced.
    expect(status.note.coverage).toEqual({ figures: 1, sourced: 0, verdicts: { 'citation-mismatch': 1 } });
  });
});
