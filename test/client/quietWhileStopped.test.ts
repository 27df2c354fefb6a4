// A window reload: VS Code asks for code actions, hovers... while the server is stopping or not yet
// started. The middleware answers those with an empty result instead of "Request
// textDocument/codeAction failed … Starting server failed" in the log.
import { describe, expect, it } from 'vitest';
import { quietFailuresWhenStopped, quietWhileStopped } from '../../client/src/quietWhileStopped';
import { serverCapabilities } from '../../server/src/lsp/features';

/** Each request capability the server advertises, and the middleware hook VS Code calls for it. */
const hookFor: Record<string, string> = {
  hoverProvider: 'provideHover',
  codeActionProvider: 'provideCodeActions',
  completionProvider: 'provideCompletionItem',
  definitionProvider: 'provideDefinition',
  referencesProvider: 'provideReferences',
  inlayHintProvider: 'provideInlayHints',
};
const notRequests = new Set(['textDocumentSync', 'executeCommandProvider', 'workspace']);

type Hook = (...args: unknown[]) => unknown;

function call(middleware: ReturnType<typeof quietWhileStopped>, hook: string, next: Hook) {
  const fn = (middleware as Record<string, Hook>)[hook];
  // (document, position or range, [context,] token, next): `next` is always last.
  const arity = fn.length;
  const args = Array.from({ length: arity - 1 }, (_, i) => ({ arg: i }));
  return fn(...args, next);
}

describe('requests while the server is not running', () => {
  const hooks = Object.values(hookFor);

  it('covers every request the server answers', () => {
    const advertised = Object.keys(serverCapabilities).filter((k) => !notRequests.has(k));
    expect(advertised.sort()).toEqual(Object.keys(hookFor).sort());
    expect(Object.keys(quietWhileStopped(() => true)).sort()).toEqual([...hooks].sort());
  });

  it.each(hooks)('%s gets an empty answer and never reaches the stopped client', (hook) => {
    let reached = 0;
    const answer = call(quietWhileStopped(() => false), hook, () => {
      reached++;
      throw new Error('Starting server failed');
    });
    expect(reached).toBe(0);
    expect(answer === null || (Array.isArray(answer) && answer.length === 0)).toBe(true);
  });

  it.each(hooks)('%s passes through, arguments intact, while the server runs', (hook) => {
    const seen: unknown[][] = [];
    const answer = call(quietWhileStopped(() => true), hook, (...args) => {
      seen.push(args);
      return 'from the server';
    });
    expect(answer).toBe('from the server');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.length).toBeGreaterThan(0);
    expect(seen[0]!.every((a, i) => (a as { arg: number }).arg === i)).toBe(true);
  });

  it('asks whether the server runs on every request (a restart in between)', () => {
    let running = true;
    const middleware = quietWhileStopped(() => running);
    const next = () => ['fix'];
    expect(call(middleware, 'provideCodeActions', next)).toEqual(['fix']);
    running = false;
    expect(call(middleware, 'provideCodeActions', next)).toEqual([]);
    running = true;
    expect(call(middleware, 'provideCodeActions', next)).toEqual(['fix']);
  });
});

describe('a request that fails because the server stopped meanwhile', () => {
  /** The language client's part: it logs every failed request it is handed. */
  function fakeClient() {
    const logged: string[] = [];
    const client = {
      running: true,
      isRunning() {
        return this.running;
      },
      handleFailedRequest<T>(type: { method: string }, _token: unknown, error: unknown, defaultValue: T): T {
        logged.push(`Request ${type.method} failed. ${String(error)}`);
        return defaultValue;
      },
    };
    quietFailuresWhenStopped(client as never);
    return { client, logged };
  }
  const codeAction = { method: 'textDocument/codeAction' };

  it('gets the empty answer, and nothing is logged, once the server stopped (a window reload)', () => {
    const { client, logged } = fakeClient();
    client.running = false; // deactivate() stopped the client between the middleware's check and the send
    expect(client.handleFailedRequest(codeAction, undefined, new Error('Starting server failed'), null)).toBeNull();
    expect(client.handleFailedRequest({ method: 'textDocument/hover' }, undefined, new Error('Client is not running'), [])).toEqual([]);
    expect(logged).toEqual([]);
  });

  it('is still logged while the server runs: a real failure stays visible', () => {
    const { client, logged } = fakeClient();
    expect(client.handleFailedRequest(codeAction, undefined, new Error('Internal error'), null)).toBeNull();
    expect(logged).toEqual(['Request textDocument/codeAction failed. Error: Internal error']);
  });
});
