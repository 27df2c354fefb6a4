// `.claimcheck.yaml`: its settings apply to the editor too; a bad one is a clear message on the
// file and defaults are used, never a dead server.
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NOTE_REL, exampleNote, useServer } from './lspClient';

describe('workspace config', () => {
  const server = useServer({ '.claimcheck.yaml': 'severity:\n  contradicted: warning\n  unsourced: off\nmaxNoteBytes: 1000\n' });
  const { ws } = server;
  const uri = ws.uri(EXAMPLE_NOTE_REL);
  const configUri = ws.uri('.claimcheck.yaml');
  const writeConfig = (text: string) => server.writeFile('.claimcheck.yaml', text);

  it('applies maxNoteBytes from the config', async () => {
    await server.client.open(uri, exampleNote());
    const diagnostics = await server.client.diagnosticsFor(uri, 1);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].message).toContain('over the 1 KB limit');
  });

  it('applies severities from the config after it changes', async () => {
    const before = server.client.diagnostics.length;
    await writeConfig('severity:\n  contradicted: warning\n  unsourced: off\n');
    const diagnostics = await server.client.until(() => {
      const p = server.client.latest(uri, before);
      return p && p.diagnostics.some((d) => d.code === 'contradicted') ? p.diagnostics : undefined;
    }, 're-check with new config');
    expect(diagnostics.filter((d) => d.code === 'contradicted').map((d) => d.severity)).toEqual([2, 2]);
    expect(diagnostics.filter((d) => d.code === 'unsourced')).toEqual([]);
  });

  it('reports a bad config on .claimcheck.yaml and falls back to defaults', async () => {
    const before = server.client.diagnostics.length;
    await writeConfig('severity:\n  contradicted: catastrophic\nmaxNoteBytes: lots\n');
    const problems = await server.client.diagnosticsFor(configUri, undefined, before);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((d) => d.source === 'claimcheck' && String(d.message).length > 10)).toBe(true);
    const status = await server.client.until(() => server.client.statuses.slice(-3).find((s) => s.configProblems > 0), 'status with config problems');
    expect(status.configFile).toBe(configUri);
    const note = await server.client.until(() => {
      const p = server.client.latest(uri, before);
      return p && p.diagnostics.some((d) => d.code === 'contradicted') ? p.diagnostics : undefined;
    }, 'note checked with defaults');
    expect(note.filter((d) => d.code === 'contradicted').map((d) => d.severity)).toEqual([1, 1]);
  });

  it('survives YAML that does not parse', async () => {
    const before = server.client.diagnostics.length;
    await writeConfig('severity: [unclosed\n  : :\n');
    const problems = await server.client.diagnosticsFor(configUri, undefined, before);
    expect(problems.length).toBeGreaterThan(0);
    expect(await server.client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })).toBeNull();
  });
});
