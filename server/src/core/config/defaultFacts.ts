/** Where facts live when `.claimcheck.yaml` says nothing: one list for the loader, the CLI and the client's texts. */
export const DEFAULT_FACTS_GLOBS: readonly string[] = ['facts.yaml', 'facts/**/*.yaml', 'facts/**/*.csv'];
