// `claimcheck.trace.server` as documented. The language client traces only into a channel whose
// log level is Trace, and drops the lines a channel's own level filters out; so this channel reports
// Trace whenever the setting asks for a trace, and writes every line whatever VS Code's log level.
// No `vscode` import: the extension passes the output channel, the setting and its LogLevel values.

export interface Disposable {
  dispose(): void;
}

/** The plain output channel the trace lines go to. */
export interface LineChannel {
  readonly name: string;
  append(value: string): void;
  appendLine(value: string): void;
  replace(value: string): void;
  clear(): void;
  show(preserveFocus?: boolean): void;
  hide(): void;
  dispose(): void;
}

/** vscode.LogLevel.Info and vscode.LogLevel.Trace. */
export interface TraceLevels<L> {
  info: L;
  trace: L;
}

export interface TraceChannelSource<L> {
  out: LineChannel;
  /** The current value of `claimcheck.trace.server` ('off', 'messages', 'verbose'). */
  setting: () => unknown;
  /** Calls back when `claimcheck.trace.server` changed. */
  onSettingChanged: (listener: () => void) => Disposable;
  levels: TraceLevels<L>;
}

type Write = (message: string | Error, ...args: unknown[]) => void;

/** The LogOutputChannel shape the language client uses for its trace. */
export interface TraceChannel<L> extends Omit<LineChannel, 'show'> {
  /** `show(preserveFocus)`, or VS Code's deprecated `show(column, preserveFocus)`. */
  show(columnOrPreserveFocus?: unknown, preserveFocus?: boolean): void;
  readonly logLevel: L;
  onDidChangeLogLevel: (listener: (level: L) => unknown) => Disposable;
  trace: Write;
  debug: Write;
  info: Write;
  warn: Write;
  error: Write;
}

/** The log level the channel reports for a value of `claimcheck.trace.server`. */
export function traceLevel<L>(setting: unknown, levels: TraceLevels<L>): L {
  return setting === undefined || setting === 'off' ? levels.info : levels.trace;
}

export function createTraceChannel<L>({ out, setting, onSettingChanged, levels }: TraceChannelSource<L>): TraceChannel<L> {
  const listeners = new Set<(level: L) => unknown>();
  const level = () => traceLevel(setting(), levels);
  const subscription = onSettingChanged(() => {
    const now = level();
    for (const listener of [...listeners]) listener(now);
  });
  const write: Write = (message) => out.appendLine(message instanceof Error ? (message.stack ?? message.message) : message);
  return {
    name: out.name,
    get logLevel() {
      return level();
    },
    onDidChangeLogLevel(listener) {
      listeners.add(listener);
      return { dispose: () => listeners.delete(listener) };
    },
    trace: write,
    debug: write,
    info: write,
    warn: write,
    error: write,
    append: (v) => out.append(v),
    appendLine: (v) => out.appendLine(v),
    replace: (v) => out.replace(v),
    clear: () => out.clear(),
    show: (first, preserveFocus) => out.show(typeof first === 'boolean' ? first : preserveFocus),
    hide: () => out.hide(),
    dispose: () => {
      subscription.dispose();
      listeners.clear();
      out.dispose();
    },
  };
}
