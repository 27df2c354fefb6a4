import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../core/config/loadConfig';
import { loadFacts } from '../core/facts/loadFacts';
import type { LoadedFacts } from '../core/facts/factsSnapshot';
import type { Config, FactIndex, Problem } from '../core/types';
import { quoteForMessage } from '../core/quote';
import { UserError } from './exitCodes';
import { displayPath, expandFactsGlobs, readFileTextOrFail, readText, type FileText } from './files';
import type { FactsProblemsStore, FactsSnapshotStore } from './resultCache';

export interface Workspace {
  config: Config;
  /** The facts, loaded on first use: a run replayed from the cache (runReplay.ts) never loads them. */
  readonly index: FactIndex;
  factsFiles: string[];
  /** Each facts file's text, read once (the cache's fingerprint hashes its bytes, the load decodes it). */
  factsTexts: FileText[];
  /** The folder the facts globs are relative to, and the globs (for --changed). */
  factsRoot: string;
  factsGlobs: string[];
  /** The config's problems, then the facts files' (the latter load the facts on first use). */
  readonly problems: (Problem & { file: string })[];
  /**
   * The config's problems alone, known without loading the facts. The facts' problems follow from
   * what the result cache's fingerprint holds (the facts files' paths and texts, the effective
   * config, today, the tool's version) and the working folder they are shown from.
   */
  configProblems: (Problem & { file: string })[];
  /** Set when a .claimcheck.yaml has no facts file yet: what the CLI says about it on stderr. */
  noFacts?: string;
  /**
   * Reads the facts' problems and the loaded facts from `stores` instead of loading the facts
   * files, and writes them there once loaded (check --cache).
   */
  keepFactsIn(stores: { problems?: FactsProblemsStore; snapshot?: FactsSnapshotStore }): void;
}

/**
 * Reads the config (`--config`, else `.claimcheck.yaml` in cwd) and the facts files (`--facts`
 * globs relative to cwd, else the config's globs relative to the config's folder).
 */
export function loadWorkspace(options: { cwd: string; configFile?: string; factsGlobs: string[]; today: string }): Workspace {
  const { cwd, today } = options;
  let configFile = options.configFile ? path.resolve(cwd, options.configFile) : path.join(cwd, '.claimcheck.yaml');
  if (options.configFile && !existsSync(configFile)) throw new UserError(`config file not found: '${quoteForMessage(options.configFile)}'`);
  const configText = existsSync(configFile) ? readText(configFile) : undefined;
  if (configText === undefined) configFile = path.join(cwd, '.claimcheck.yaml');
  const loaded = loadConfig(configText, configFile);
  const config = loaded.config;
  const problems = loaded.problems.map((p) => ({ ...p, file: displayPath(p.file, cwd) }));

  const explicit = options.factsGlobs.length > 0;
  const root = explicit ? cwd : path.dirname(configFile);
  let globs = explicit ? options.factsGlobs : config.facts;
  let factsFiles: string[];
  if (explicit) factsFiles = expandFactsGlobs(globs, root);
  else {
    // The config's globs stay inside the config's folder: a repository must not make the CLI read
    // (and echo) files outside it. `--facts` may point anywhere: that is the user's own choice.
    const confined = confineGlobs(globs, root);
    for (const glob of confined.escaping) problems.push(escapingGlobProblem(glob, configText ?? '', displayPath(configFile, cwd)));
    globs = confined.inside;
    factsFiles = expandFactsGlobs(globs, root).filter((file) => insideFolder(file, root));
    if (factsFiles.length === 0 && confined.escaping.length > 0) {
      throw new UserError(`the config's facts globs point outside its folder (${confined.escaping.map((g) => `'${quoteForMessage(g)}'`).join(', ')}); they are not read`);
    }
  }
  // A project with a .claimcheck.yaml and no facts yet is still checked: figures are unsourced, and
  // the notes are compared with each other (inconsistent).
  const configOnly = !explicit && configText !== undefined && globs.length > 0;
  if (factsFiles.length === 0 && !configOnly) {
    throw new UserError(
      explicit
        ? `no facts files match ${globs.map((g) => `'${quoteForMessage(g)}'`).join(', ')}`
        : `no facts file found (looked for ${globs.join(', ')} in ${displayPath(root, cwd) || '.'}); pass --facts <glob> or set 'facts' in .claimcheck.yaml`,
    );
  }
  const factsTexts = factsFiles.map((file) => readFileTextOrFail(file));
  let facts: FactIndex | undefined;
  let allProblems: (Problem & { file: string })[] | undefined;
  let store: FactsProblemsStore | undefined;
  let snapshots: FactsSnapshotStore | undefined;
  const load = (): LoadedFacts => {
    const kept = snapshots?.get();
    if (kept) return kept;
    const loaded = loadFacts(factsTexts, { defaultTolerance: config.tolerance, today });
    snapshots?.set(loaded);
    return loaded;
  };
  const withFacts = (): FactIndex => {
    if (facts) return facts;
    const loaded = load();
    const shown = loaded.problems.map((p) => ({ ...p, file: displayPath(p.file, cwd) }));
    if (!allProblems) {
      store?.set(shown);
      allProblems = [...problems, ...shown];
    }
    return (facts = loaded.index);
  };
  const withProblems = (): (Problem & { file: string })[] => {
    if (allProblems) return allProblems;
    const kept = store?.get();
    if (kept) return (allProblems = [...problems, ...kept]);
    withFacts();
    return allProblems!;
  };
  const noFacts =
    factsFiles.length === 0
      ? `no facts file yet (looked for ${globs.join(', ')} next to the config): every figure is unsourced, and the notes are compared with each other`
      : undefined;
  return {
    config,
    get index() {
      return withFacts();
    },
    factsFiles,
    factsTexts,
    factsRoot: root,
    factsGlobs: globs,
    get problems() {
      return withProblems();
    },
    configProblems: problems,
    ...(noFacts ? { noFacts } : {}),
    keepFactsIn(stores) {
      store = stores.problems;
      snapshots = stores.snapshot;
    },
  };
}

/** Globs that stay inside `root` and those that do not (absolute, or climbing out with `..`). */
function confineGlobs(globs: string[], root: string): { inside: string[]; escaping: string[] } {
  const inside: string[] = [];
  const escaping: string[] = [];
  for (const glob of globs) {
    const normalized = path.posix.normalize(glob.replace(/\\/g, '/'));
    const climbs = normalized === '..' || normalized.startsWith('../');
    if (path.isAbsolute(glob) || /^[a-zA-Z]:/.test(glob) || climbs || !insideFolder(path.resolve(root, normalized), root)) escaping.push(glob);
    else inside.push(glob);
  }
  return { inside, escaping };
}

/** Whether `file` (its real path: a symlink does not smuggle it out) is inside `folder`. */
function insideFolder(file: string, folder: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const relative = path.relative(real(folder), real(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function escapingGlobProblem(glob: string, configText: string, configFile: string): Problem & { file: string } {
  const at = Math.max(0, configText.indexOf(glob));
  const before = configText.slice(0, at);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const character = at - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) - 1;
  return {
    file: configFile,
    code: 'facts-outside-project',
    severity: 'error',
    message: `Facts glob '${quoteForMessage(glob)}' points outside the config's folder, so it is not read. Keep facts files inside the project, or pass --facts on the command line.`,
    range: { start: { line, character }, end: { line, character: character + glob.length } },
  };
}
