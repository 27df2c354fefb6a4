// Which documents the server sees: markdown notes, facts files and the config (so unsaved edits
// to facts count at once). Shared by the node and browser clients.
import type { LanguageClientOptions } from 'vscode-languageclient';

export const CLIENT_ID = 'claimcheck';
export const CLIENT_NAME = 'Claimcheck';

export const FACTS_PATTERNS = ['**/facts.yaml', '**/facts/**/*.yaml', '**/facts/**/*.csv', '**/*.facts.yaml', '**/.claimcheck.yaml'];

export function clientOptions(settings: unknown): LanguageClientOptions {
  return {
    documentSelector: [{ language: 'markdown' }, ...FACTS_PATTERNS.map((pattern) => ({ pattern }))],
    initializationOptions: { settings },
    synchronize: { configurationSection: 'claimcheck' },
    diagnosticCollectionName: 'claimcheck',
  };
}
