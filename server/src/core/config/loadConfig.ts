// Reads `.claimcheck.yaml`. Never throws: a bad key gets a located problem and its default.
import { findMergeConflicts, mergeConflictProblems, withFirstSides } from '../facts/mergeConflicts';
import { quoteForMessage } from '../quote';
import { DEFAULT_FACTS_GLOBS } from './defaultFacts';
import type { ClaimKind, Config, FactFileProblem, SeveritySetting } from '../types';
import { defaultSeverities } from '../findingCodes';
import { isValidPartialDate } from '../facts/dates';
import { schemaProblems } from '../facts/schemaProblems';
import { parseYaml, problemAt, spanAtPath, toPlainData } from '../facts/yamlDocument';
import validateConfig from './validateConfig.generated';

export const defaultConfig: Config = {
  facts: [...DEFAULT_FACTS_GLOBS],
  severity: defaultSeverities(),
  tolerance: 0,
  kinds: null,
  maxNoteBytes: 2 * 1024 * 1024,
  budget: { claims: 20000, numbers: 50000, markers: 4000, nesting: 100 },
  notes: ['**/*.md'],
  ignore: ['**/node_modules/**', '**/.git/**'],
};

/** A fresh copy of the defaults, so callers may change their config freely. */
function defaults(): Config {
  return {
    ...defaultConfig,
    facts: [...defaultConfig.facts],
    severity: { ...defaultConfig.severity },
    budget: { ...defaultConfig.budget },
    kinds: defaultConfig.kinds ? [...defaultConfig.kinds] : null,
    notes: [...defaultConfig.notes],
    ignore: [...defaultConfig.ignore],
  };
}

type Data = Record<string, unknown>;

/**
 * @param text the file's contents, or undefined when there is no config file (defaults apply).
 * @param file the path or URI problems should name.
 */
export function loadConfig(text: string | undefined, file: string): { config: Config; problems: FactFileProblem[] } {
  const config = defaults();
  if (text === undefined) return { config, problems: [] };
  const problems: FactFileProblem[] = [];
  try {
    // A conflict left by a merge: its first side applies until it is resolved (an error says so).
    const written = typeof text === 'string' ? text : '';
    const conflicts = findMergeConflicts(written);
    problems.push(...mergeConflictProblems(file, conflicts));
    const { source, problems: syntax } = parseYaml(file, withFirstSides(written, conflicts));
    problems.push(...syntax);
    const { data, error } = toPlainData(source);
    if (error) problems.push(problemAt(source, { start: 0, end: 0 }, 'yaml-syntax', 'error', `YAML: ${error}`));
    if (data === null || data === undefined) return { config, problems };

    // Paths with schema errors: 'tolerance', 'severity/unsourced'; '' means the whole file.
    const bad = new Set<string>();
    if (!validateConfig(data)) {
      const found = schemaProblems(
        source,
        validateConfig.errors ?? [],
        (path) => (path[0] === 'referenceDate' ? 'invalid-date' : 'schema'),
        (path) => (path.length === 0 ? 'Config' : `\`${path.filter((s) => !/^\d+$/.test(s)).join('.')}\``),
      );
      for (const { problem, path } of found) {
        problems.push(problem);
        bad.add(path.slice(0, path[0] === 'severity' ? 2 : 1).join('/'));
      }
    }
    if (bad.has('') || typeof data !== 'object' || Array.isArray(data)) return { config, problems };
    const raw = data as Data;
    const ok = (key: string) => key in raw && raw[key] !== undefined && !bad.has(key);

    if (ok('facts')) config.facts = globs(raw.facts);
    if (ok('notes')) config.notes = globs(raw.notes);
    if (ok('ignore')) config.ignore = globs(raw.ignore);
    if (ok('severity') && raw.severity && typeof raw.severity === 'object') {
      for (const [code, value] of Object.entries(raw.severity as Data)) {
        if (bad.has(`severity/${code}`) || !(code in config.severity)) continue;
        config.severity[code as keyof Config['severity']] = value as SeveritySetting;
      }
    }
    if (ok('tolerance')) config.tolerance = relative(raw.tolerance);
    if (ok('kinds')) config.kinds = raw.kinds === null ? null : (raw.kinds as ClaimKind[]);
    if (ok('maxNoteBytes')) config.maxNoteBytes = raw.maxNoteBytes as number;
    if (ok('budget') && raw.budget && typeof raw.budget === 'object') config.budget = { ...config.budget, ...(raw.budget as Partial<Config['budget']>) };
    if (ok('referenceDate')) {
      const date = String(raw.referenceDate);
      if (isValidPartialDate(date)) config.referenceDate = date;
      else {
        const span = spanAtPath(source, ['referenceDate']);
        problems.push(problemAt(source, span, 'invalid-date', 'error', `\`referenceDate\` ${quoteForMessage(date)} is not a real date (YYYY-MM-DD).`));
      }
    }
  } catch (e) {
    problems.push({
      file,
      code: 'load-error',
      severity: 'error',
      message: `Claimcheck could not read this config, so it uses the defaults: ${e instanceof Error ? e.message : String(e)}`,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
    return { config: defaults(), problems };
  }
  // Schema and date checks run in separate passes; report in the order of the file.
  problems.sort((a, b) => (a.offset?.start ?? 0) - (b.offset?.start ?? 0));
  return { config, problems };
}

function globs(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/** 0.05 and "5%" both mean five percent. */
function relative(value: unknown): number {
  return typeof value === 'string' ? Number.parseFloat(value) / 100 : (value as number);
}
