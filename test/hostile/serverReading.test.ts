// The node server host reads closed notes and facts files like the CLI: UTF-16 with a BOM is read
// (columns in UTF-16 code units), an undecodable note is a not-checked error, never skipped, and a
// facts file it cannot read is an error on that file.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useServer } from '../lsp/lspClient';

const note = '---\ndate: 2025-04-01\n---\n\nAnthropic was valued at $99 billion in March 2025.\n';

describe('the node server host reads notes and facts files safely', () => {
  const server = useServer({});
  const { ws } = server;

  it('workspace check: UTF-16 notes are judged, undecodable ones are not-checked errors', async () => {
    writeFileSync(path.join(ws.dir, 'notes/utf16.md'), Buffer.from(`\ufeff${note}`, 'utf16le'));
    writeFileSync(path.join(ws.dir, 'notes/latin1.md'), Buffer.from(note.replace('March', 'M\u00e4rz'), 'latin1'));
    const summary = await server.client.request<{ counts: Record<string, number> }>('workspace/executeCommand', { command: 'claimcheck.checkWorkspace', arguments: [] });
    expect(summary.counts['not-checked']).toBe(1);
    const utf16 = await server.client.diagnosticsFor(ws.uri('notes/utf16.md'));
    const contradicted = utf16.find((d) => d.code === 'contradicted');
    expect(contradicted?.range.start).toEqual({ line: 4, character: note.split('\n')[4]!.indexOf('$99') });
    const latin1 = await server.client.diagnosticsFor(ws.uri('notes/latin1.md'));
    expect(latin1).toHaveLength(1);
    expect(latin1[0]).toMatchObject({ code: 'not-checked', severity: 1 });
    expect(latin1[0]!.message).toMatch(/not valid UTF-8/);
  });

  it('a facts file that is not text is an error on that file; the other facts still load', async () => {
    mkdirSync(path.join(ws.dir, 'facts'), { recursive: true });
    await server.writeFile('facts/binary.yaml', '\u0000\u0001\u0002');
    const diagnostics = await server.client.until(() => {
      const d = server.client.latest(ws.uri('facts/binary.yaml'));
      return d && d.diagnostics.length > 0 ? d.diagnostics : undefined;
    }, 'diagnostics on the binary facts file');
    expect(diagnostics[0]).toMatchObject({ code: 'unreadable', severity: 1 });
    expect(diagnostics[0]!.message).toMatch(/looks binary/);
  });
});
