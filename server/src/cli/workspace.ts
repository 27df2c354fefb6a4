import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../core/config/loadConfig';
import { loadFacts } from '../core/facts/loadFacts';
import type { Config, FactIndex, Problem } from '../core/types';
import { UserError } from './exitCodes';
import { displayPath, expandFactsGlobs, readText } from './files';

export interface Workspace {
  config: Config;
  index: FactIndex;
  factsFiles: string[];
  /** The folder the facts globs are relative to, and the globs (for --changed). */
  factsRoot: string;
  factsGlobs: string[];
  problems: (Problem & { file: string })[];
}

/**
 * Reads the config (`--config`, else `.claimcheck.yaml` in cwd) and the facts files (`--facts`
 * globs relative to cwd, else the config's globs relative to the config's folder).
 */
export function loadWorkspace(options: { cwd: string; configFile?: string; factsGlobs: string[]; today: string }): Workspace {
  const { cwd, today } = options;
  let configFile = options.configFile ? path.resolve(cwd, options.configFile) : path.join(cwd, '.claimcheck.yaml');
  if (options.configFile && !existsSync(configFile)) throw new UserError(`config file not found: '${options.configFile}'`);
  const configText = existsSync(configFile) ? readText(configFile) : undefined;
  if (configText === undefined) configFile = path.join(cwd, '.claimcheck.yaml');
  const loaded = loadConfig(configText, configFile);
  const config = loaded.config;
  const problems = loaded.problems.map((p) => ({ ...p, file: displayPath(p.file, cwd) }));

  const explicit = options.factsGlobs.length > 0;
  const root = explicit ? cwd : path.dirname(configFile);
  const globs = explicit ? options.factsGlobs : config.facts;
  const factsFiles = expandFactsGlobs(globs, root);
  if (factsFiles.length === 0) {
    throw new UserError(
      explicit
        ? `no facts files match ${globs.map((g) => `'${g}'`).join(', ')}`
        : `no facts file found (looked for ${globs.join(', ')} in ${displayPath(root, cwd) || '.'}); pass --facts <glob> or set 'facts' in .claimcheck.yaml`,
    );
  }
  const { index, problems: factProblems } = loadFacts(
    factsFiles.map((file) => ({ file, text: readText(file) })),
    { defaultTolerance: config.tolerance, today },
  );
  for (const p of factProblems) problems.push({ ...p, file: displayPath(p.file, cwd) });
  return { config, index, factsFiles, factsRoot: root, factsGlobs: globs, problems };
}
