// Claimcheck's own messages: claimcheck/factStub (Add Fact From Selection) and
// claimcheck/projectInfo (what the status item shows for the active editor).
import { describe, expect, it } from 'vitest';
import { applyEdits, editsFor, rangeOf, readWorkspaceFile, useOpenNote } from './lspClient';

describe('custom requests', () => {
  const note = useOpenNote();
  const { uri, text, ws } = note;

  it('builds a fact stub for the figure in a selection, with the edit that adds and cites it', async () => {
    const range = rangeOf(text, 'targeting $8 billion to $10 billion in annualized revenue');
    const stub = await note.client.request<{ factsUri: string; factId: string; edit: never }>('claimcheck/factStub', { uri, range });
    expect(stub.factsUri).toBe(ws.uri('facts.yaml'));
    expect(stub.factId).toBe('anthropic-revenue-run-rate-2025-02');
    const facts = applyEdits(readWorkspaceFile(ws.dir, 'facts.yaml'), editsFor(stub.edit, stub.factsUri));
    expect(facts).toContain(
      [
        '  - id: anthropic-revenue-run-rate-2025-02',
        '    entity: anthropic',
        '    metric: revenue_run_rate',
        '    range: [ 8e9, 10e9 ]',
        '    unit: USD',
        '    as_of: 2025-02-14',
        '    kind: guidance',
        '    source:',
        '      url:',
      ].join('\n'),
    );
    expect(applyEdits(text, editsFor(stub.edit, uri))).toContain('$8 billion to $10 billion [@anthropic-revenue-run-rate-2025-02] in annualized');
  });

  it('answers null when the selection holds no figure', async () => {
    expect(await note.client.request('claimcheck/factStub', { uri, range: rangeOf(text, 'The timing matters') })).toBeNull();
  });

  it('tells the status item about the project and the note', async () => {
    const info = await note.client.request<{ factsCount: number; factsFiles: string[]; note?: { counts: Record<string, number> } }>('claimcheck/projectInfo', { uri });
    expect(info.factsCount).toBe(28);
    expect(info.factsFiles).toEqual([ws.uri('facts.yaml')]);
    expect(info.note?.counts.contradicted).toBe(2);
    const bare = await note.client.request<{ factsCount: number; note?: unknown }>('claimcheck/projectInfo', {});
    expect(bare.factsCount).toBe(28);
    expect(bare.note).toBeUndefined();
  });
});
