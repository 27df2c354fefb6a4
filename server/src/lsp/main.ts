// The language server's bundle (dist/server-bundle.js), which dist/server.js (launch.ts) runs.
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { messageArrived } from './cooperative';
import { cachingJsonEncoder } from './messageEncoder';
import { createNodeHost } from './nodeHost';
import { startServer } from './startServer';
import { isFactsWorker, serveFactsLoads } from '../node/factsWorker';

/**
 * Over stdio the messages are written with the caching encoder (messageEncoder.ts). stdin is still
 * handed over as a stream, so the library ends the process when it closes, as with `--stdio`.
 */
function connect(): Connection {
  if (!process.argv.includes('--stdio')) {
    const connection = createConnection(ProposedFeatures.all);
    // --node-ipc (nothing comes this way with --socket or --pipe).
    process.on('message', messageArrived);
    return connection;
  }
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: cachingJsonEncoder });
  // The library takes a stream or a writer for the output (vscode-jsonrpc createMessageConnection); its types pair them.
  const connection = createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
  process.stdin.on('data', messageArrived);
  // stdout carries the protocol: what would print there goes to the client's log (as `--stdio` does).
  const say = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.log = console.info = console.debug = say;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  return connection;
}

function serve(): void {
  const connection = connect();
  // The server must outlive any bad input: report, never exit.
  process.on('uncaughtException', (error) => connection.console.error(`[claimcheck] uncaught: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`[claimcheck] unhandled rejection: ${String(reason)}`));
  // This bundle is also the facts worker's, started from the launcher when it ran this one (node/factsWorker.ts).
  startServer(connection, createNodeHost({ factsWorkerScript: require.main?.filename ?? __filename, log: (message) => connection.console.warn(message) }));
}

if (isFactsWorker()) serveFactsLoads();
else serve();
