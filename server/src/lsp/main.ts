// Entry of dist/server.js: `node dist/server.js --stdio` or `--node-ipc` (as VS Code starts it).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createNodeHost } from './nodeHost';
import { startServer } from './startServer';

const connection = createConnection(ProposedFeatures.all);

// The server must outlive any bad input: report, never exit.
process.on('uncaughtException', (error) => connection.console.error(`[claimcheck] uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`[claimcheck] unhandled rejection: ${String(reason)}`));

startServer(connection, createNodeHost());
