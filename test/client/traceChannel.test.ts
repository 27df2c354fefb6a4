// claimcheck.trace.server: the language client traces only into a channel at log level Trace
// (vscode-languageclient's refreshTrace), so the channel must report Trace when the setting asks
// for a trace, tell the client when that changes, and write every line it gets.
import { describe, expect, it } from 'vitest';
import { createTraceChannel, traceLevel, type LineChannel } from '../../client/src/traceChannel';

// vscode.LogLevel's values: Off 0, Trace 1, Debug 2, Info 3, Warning 4, Error 5.
const levels = { info: 3, trace: 1 } as const;

function fakeVsCode(initial: string | undefined) {
  const lines: string[] = [];
  let setting = initial;
  const listeners = new Set<() => void>();
  const out: LineChannel = {
    name: 'Claimcheck Trace',
    append: (v) => lines.push(`append:${v}`),
    appendLine: (v) => lines.push(v),
    replace: (v) => lines.splice(0, lines.length, v),
    clear: () => lines.splice(0, lines.length),
    show: () => undefined,
    hide: () => undefined,
    dispose: () => lines.push('<disposed>'),
  };
  const channel = createTraceChannel({
    out,
    setting: () => setting,
    onSettingChanged: (listener) => {
      listeners.add(listener);
      return { dispose: () => listeners.delete(listener) };
    },
    levels,
  });
  return {
    channel,
    lines,
    listeners,
    /** The user edits `claimcheck.trace.server`. */
    set(value: string | undefined) {
      setting = value;
      for (const l of [...listeners]) l();
    },
  };
}

/** What vscode-languageclient sends to the server: Off unless the channel is at Trace, else the setting. */
function clientTrace(channelLevel: number, setting: string | undefined): string {
  return channelLevel !== levels.trace ? 'off' : (setting ?? 'messages');
}

describe('the trace channel', () => {
  it('maps the setting to a log level', () => {
    expect(traceLevel('off', levels)).toBe(levels.info);
    expect(traceLevel(undefined, levels)).toBe(levels.info);
    expect(traceLevel('messages', levels)).toBe(levels.trace);
    expect(traceLevel('verbose', levels)).toBe(levels.trace);
  });

  it('reports Trace when the setting asks for a trace, so the client traces', () => {
    const vs = fakeVsCode('verbose');
    expect(vs.channel.logLevel).toBe(levels.trace);
    expect(clientTrace(vs.channel.logLevel, 'verbose')).toBe('verbose');
    const off = fakeVsCode('off');
    expect(off.channel.logLevel).toBe(levels.info);
    expect(clientTrace(off.channel.logLevel, 'off')).toBe('off');
  });

  it('tells the client when the setting changes, with the new level', () => {
    const vs = fakeVsCode('off');
    const seen: number[] = [];
    const sub = vs.channel.onDidChangeLogLevel((level) => seen.push(level));
    vs.set('messages');
    expect(seen).toEqual([levels.trace]);
    expect(vs.channel.logLevel).toBe(levels.trace);
    vs.set('off');
    expect(seen).toEqual([levels.trace, levels.info]);
    sub.dispose();
    vs.set('verbose');
    expect(seen).toHaveLength(2);
  });

  it('writes every line, whatever method the client traces with', () => {
    const vs = fakeVsCode('verbose');
    vs.channel.trace("[Trace - 00:00:01] Sending request 'textDocument/hover - (3)'.");
    vs.channel.debug('debug line');
    vs.channel.info('info line');
    vs.channel.warn('warn line');
    const error = new Error('boom');
    vs.channel.error(error);
    expect(vs.lines).toEqual(["[Trace - 00:00:01] Sending request 'textDocument/hover - (3)'.", 'debug line', 'info line', 'warn line', error.stack]);
  });

  it('stops listening to the setting once disposed', () => {
    const vs = fakeVsCode('verbose');
    expect(vs.listeners.size).toBe(1);
    vs.channel.dispose();
    expect(vs.listeners.size).toBe(0);
    expect(vs.lines).toEqual(['<disposed>']);
  });
});
