// The files the client syncs to the server as facts or config, wherever they sit in the workspace:
// the default facts globs plus `*.facts.yaml` and the config. Pure, so tests import it without VS Code.
import { DEFAULT_FACTS_GLOBS } from '../../server/src/core/config/defaultFacts';

export const FACTS_PATTERNS: readonly string[] = [...DEFAULT_FACTS_GLOBS.map((g) => `**/${g}`), '**/*.facts.yaml', '**/.claimcheck.yaml'];
