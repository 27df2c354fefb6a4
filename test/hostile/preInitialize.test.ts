// LSP: a request before `initialize` is answered with ServerNotInitialized (-32002), not null.
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { assertBuilt, SERVER } from '../lsp/lspClient';

describe('requests before initialize', () => {
  assertBuilt();
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.listen();
  afterAll(() => {
    conn.dispose();
    proc.kill();
  });

  it('get the protocol error -32002, and the server still initializes after them', async () => {
    const position = { textDocument: { uri: 'file:///tmp/x.md' }, position: { line: 0, character: 0 } };
    for (const [method, params] of [
      ['textDocument/hover', position],
      ['textDocument/completion', position],
      ['textDocument/definition', position],
      ['claimcheck/projectInfo', {}],
    ] as const) {
      const error = await conn.sendRequest(method, params).then(
        () => undefined,
        (e: { code: number }) => e,
      );
      expect(error, method).toMatchObject({ code: -32002 });
    }
    const result = (await conn.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} })) as { capabilities: object };
    expect(result.capabilities).toHaveProperty('hoverProvider', true);
    conn.sendNotification('initialized', {});
    expect(await conn.sendRequest('textDocument/hover', position)).toBeNull();
  });
});
