// `.claimcheck.yaml`: its settings apply to the editor too; a bad one is a clear message on the
// file and defaults are used, never a dead server.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_NOTE_REL, TestClient, exampleNote, makeWorkspace } from './lspClient';

describe('workspace config', () => {
  const ws = makeWorkspace({ '.claimcheck.yaml': 'severity:\n  contradicted: warning\n  unsourced: off\nmaxNoteBytes: 1000\n' });
  const uri = ws.uri(EXAMPLE_NOTE_REL);
  const configUri = ws.uri('.claimcheck.yaml');
  let client: TestClient;
  const writeConfig = async (text: string) => {
    writeFileSync(path.join(ws.dir, '.claimcheck.yaml'), text);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
  };
  beforeAll(async () => {
    client = await TestClient.start(ws.dir);
  });
  afterAll(async () => {
    await client.stop();
    ws.cleanup();
  });

  it('applies maxNoteBytes from the config', async () => {
    await client.open(uri, exampleNote());
    const diagnostics = await client.diagnosticsFor(uri, 1);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].message).toContain('over the 1 KB limit');
  });

  it('applies severities from the config after it changes', async () => {
    const before = client.diagnostics.length;
    await writeConfig('severity:\n  contradicted: warning\n  unsourced: off\n');
    const diagnostics = await client.until(() => {
      const p = client.latest(uri, before);
      return p && p.diagnostics.some((d) => d.code === 'contradicted') ? p.diagnostics : undefined;
    }, 're-check with new config');
    expect(diagnostics.filter((d) => d.code === 'contradicted').map((d) => d.severity)).toEqual([2, 2]);
    expect(diagnostics.filter((d) => d.code === 'unsourced')).toEqual([]);
  });

  it('reports a bad config on .claimcheck.yaml and falls back to defaults', async () => {
    const before = client.diagnostics.length;
    await writeConfig('severity:\n  contradicted: catastrophic\nmaxNoteBytes: lots\n');
    const problems = await client.diagnosticsFor(configUri, undefined, before);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((d) => d.source === 'claimcheck' && String(d.message).length > 10)).toBe(true);
    const status = await client.until(() => client.statuses.slice(-3).find((s) => s.configProblems > 0), 'status with config problems');
    expect(status.configFile).toBe(configUri);
    const note = await client.until(() => {
      const p = client.latest(uri, before);
      return p && p.diagnostics.some((d) => d.code === 'contradicted') ? p.diagnostics : undefined;
    }, 'note checked with defaults');
    expect(note.filter((d) => d.code === 'contradicted').map((d) => d.severity)).toEqual([1, 1]);
  });

  it('survives YAML that does not parse', async () => {
    const before = client.diagnostics.length;
    await writeConfig('severity: [unclosed\n  : :\n');
    const problems = await client.diagnosticsFor(configUri, undefined, before);
    expect(problems.length).toBeGreaterThan(0);
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })).toBeNull();
  });
});
