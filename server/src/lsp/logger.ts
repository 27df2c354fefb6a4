// The server's log (the client's output channel) and the guard that keeps a failing handler
// from killing the server.
import type { Connection } from 'vscode-languageserver';

export interface Logger {
  log(message: string): void;
  error(where: string, error: unknown): void;
}

export function createLogger(connection: Pick<Connection, 'console'>): Logger {
  return {
    log: (message) => connection.console.log(`[claimcheck] ${message}`),
    error: (where, error) =>
      connection.console.error(`[claimcheck] ${where} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  };
}

/** Wraps a handler: an exception is logged and answered with `fallback`; the server never dies. */
export function guard<P extends unknown[], R>(logger: Logger, where: string, fallback: R, fn: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await fn(...args);
    } catch (error) {
      logger.error(where, error);
      return fallback;
    }
  };
}
