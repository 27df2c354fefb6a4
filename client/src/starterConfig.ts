// The commented `.claimcheck.yaml` that `Claimcheck: Create Config File` writes (never over a file).
// Every key shows its default, commented out, so the file changes nothing until edited.
import { DEFAULT_FACTS_GLOBS } from '../../server/src/core/config/defaultFacts';
import { CONFIGURABLE_CODES } from '../../server/src/core/findingCodes';

export const STARTER_CONFIG_FILE_NAME = '.claimcheck.yaml';

const severityLines = CONFIGURABLE_CODES.map((c) => `#   ${c.code}: ${c.defaultSeverity}`)
  .join('\n');

export const STARTER_CONFIG = `# Claimcheck settings for this workspace, shared by the editor and the CLI (claimcheck check).
# With this file (or a facts file) in the workspace, Claimcheck checks its markdown notes.
# Every key is optional; the commented values are the defaults.

# Where the sourced facts live (globs relative to this folder).
# facts: [ ${DEFAULT_FACTS_GLOBS.join(', ')} ]

# How each finding is shown: error, warning, information, hint or off.
# severity:
${severityLines}

# Relative tolerance for facts without their own: 0.05 or "5%". 0 = exact within the claim's precision.
# tolerance: 0

# Claim kinds to check (leave out for all), e.g. [ valuation, funding, revenue ].
# kinds: null

# Date notes without a front matter \`date\` are read at (YYYY-MM-DD); default today.
# referenceDate: 2025-01-31

# Which notes the workspace check and the CLI read, and what they skip.
# notes: [ "**/*.md" ]
# ignore: [ "**/node_modules/**", "**/.git/**" ]
`;
