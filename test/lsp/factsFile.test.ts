// The facts file: its problems are diagnostics on it, and a change re-checks the open notes.
import { describe, expect, it } from 'vitest';
import { readWorkspaceFile, useOpenNote } from './lspClient';

describe('facts file', () => {
  const note = useOpenNote();
  const { uri, ws } = note;
  const factsUri = ws.uri('facts.yaml');
  const original = readWorkspaceFile(ws.dir, 'facts.yaml');
  const writeFacts = (text: string) => note.writeFile('facts.yaml', text);

  it('asks the editor to watch the facts globs and the config', async () => {
    const reg = await note.client.until(() => note.client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'), 'watcher registration');
    const globs = reg.registerOptions.watchers.map((w: { globPattern: string }) => w.globPattern);
    expect(globs).toEqual(expect.arrayContaining(['**/facts.yaml', '**/facts/**/*.yaml', '**/.claimcheck.yaml']));
  });

  it('re-checks open notes when the facts change: a corrected fact removes a contradiction', async () => {
    // Microsoft 25 + Alphabet 75 + Amazon 100: the "$200 billion" capex sum now agrees.
    const fixed = original.replace('value: 80e9\n', 'value: 25e9\n');
    const before = note.client.diagnostics.length;
    await writeFacts(fixed);
    const after = await note.client.until(() => note.client.latest(uri, before), 're-check after facts change');
    expect(after.diagnostics.filter((d) => d.code === 'contradicted').map((d) => d.message)).toHaveLength(1);
    const status = note.client.statuses.at(-1);
    expect(status.factsCount).toBe(28);
  });

  it('reports a duplicate id on the facts file itself, and the rest keeps working', async () => {
    const duplicate = original.replace('- id: xai-colossus-gpus-2025-10', '- id: xai-colossus-gpus-2024-09');
    const before = note.client.diagnostics.length;
    await writeFacts(duplicate);
    const facts = await note.client.diagnosticsFor(factsUri, undefined, before);
    const dup = facts.find((d) => /duplicate/i.test(String(d.code)) || /duplicate/i.test(String(d.message)))!;
    expect(dup).toBeDefined();
    expect(dup.source).toBe('claimcheck');
    const line = duplicate.split('\n').findIndex((l, i, all) => l.includes('id: xai-colossus-gpus-2024-09') && all.slice(0, i).some((x) => x.includes('id: xai-colossus-gpus-2024-09')));
    expect(dup.range.start.line).toBe(line);
    const noteDiagnostics = await note.client.diagnosticsFor(uri, undefined, before);
    expect(noteDiagnostics.filter((d) => d.code === 'contradicted')).toHaveLength(2);
  });

  it('survives a malformed facts file: a clear diagnostic, status says broken, note still served', async () => {
    const before = note.client.diagnostics.length;
    await writeFacts('facts:\n  - id: [unclosed\n    value: 5\n');
    const facts = await note.client.diagnosticsFor(factsUri, undefined, before);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts[0].severity).toBe(1);
    const status = await note.client.until(() => note.client.statuses.slice(-5).find((s) => s.factsProblems > 0 && s.factsCount === 0), 'broken status');
    expect(status.factsFiles).toEqual([factsUri]);
    const noteDiagnostics = await note.client.diagnosticsFor(uri, undefined, before);
    expect(noteDiagnostics.filter((d) => d.code === 'contradicted')).toEqual([]);
  });

  it('clears the facts diagnostics once the file is fixed', async () => {
    const before = note.client.diagnostics.length;
    await writeFacts(original);
    await note.client.until(() => note.client.diagnostics.slice(before).find((p) => p.uri === factsUri && p.diagnostics.length === 0), 'cleared facts diagnostics');
    const recheck = await note.client.until(() => {
      const p = note.client.latest(uri, before);
      return p && p.diagnostics.filter((d) => d.code === 'contradicted').length === 2 ? p : undefined;
    }, 'note re-checked');
    expect(recheck).toBeDefined();
  });

  it('uses the unsaved text of a facts file open in the editor', async () => {
    const before = note.client.diagnostics.length;
    const edited = original.replace('value: 80e9\n', 'value: 25e9\n');
    await note.client.open(factsUri, edited, 'yaml');
    const p = await note.client.until(() => {
      const last = note.client.latest(uri, before);
      return last && last.diagnostics.filter((d) => d.code === 'contradicted').length === 1 ? last : undefined;
    }, 're-check from the open facts file');
    expect(p).toBeDefined();
    await note.client.close(factsUri);
  });
});
