import { parseArgs } from 'node:util';
import { isValidPartialDate } from '../core/facts/dates';
import { quoteForMessage } from '../core/quote';
import { UserError } from './exitCodes';
import { GATE_PARSE_OPTIONS, GATE_USAGE, gateOptions, type GateOptions } from './gateArgs';

export type Command = 'claims' | 'check' | 'facts' | 'ledger';
export type Format = 'text' | 'json' | 'sarif' | 'github' | 'csv' | 'yaml';

export interface CliArgs {
  command: Command | 'help' | 'version';
  paths: string[];
  format: Format;
  facts: string[];
  config?: string;
  asOf?: string;
  maxWarnings?: number;
  quiet: boolean;
  color?: boolean;
  /** Baseline, fix, changed and shard options of `check`. */
  gate: GateOptions;
  /** `facts export`: which section a CSV export writes. */
  section?: string;
  /** Worker threads for `check` (default: the number of cores; 1 checks in one thread). */
  jobs?: number;
  /** `check --cache`: reuse results of unchanged notes, stored at `cacheLocation`. */
  cache?: boolean;
  cacheLocation?: string;
}

const FORMATS: Record<Command, Format[]> = { claims: ['text', 'json'], check: ['text', 'json', 'sarif', 'github'], facts: ['yaml', 'csv'], ledger: ['csv', 'json'] };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseCliArgs(argv: string[], today: string): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        facts: { type: 'string', multiple: true },
        config: { type: 'string', short: 'c' },
        'as-of': { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        color: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        section: { type: 'string' },
        ...GATE_PARSE_OPTIONS,
      },
    });
  } catch (error) {
    throw new UserError((error as Error).message.replace(/\. To specify.*$/s, '.'));
  }
  const { values, positionals } = parsed;
  const base = { paths: [], format: 'text' as Format, facts: [], quiet: false, gate: gateOptions({}) };
  if (values.version) return { ...base, command: 'version' };
  if (values.help || positionals.length === 0 || positionals[0] === 'help') return { ...base, command: 'help' };

  let [command, ...paths] = positionals;
  if (command !== 'claims' && command !== 'check' && command !== 'facts' && command !== 'ledger') {
    throw new UserError(`unknown command '${quoteForMessage(String(command))}' (expected 'claims', 'check', 'ledger' or 'facts export')`);
  }
  const gate = gateOptions(values);
  const gateFlags = (Object.keys(GATE_PARSE_OPTIONS) as (keyof typeof values)[]).filter((k) => values[k] !== undefined);
  if (command !== 'check' && gateFlags.length > 0) throw new UserError(`--${String(gateFlags[0])} is an option of 'claimcheck check'`);
  if (command !== 'facts' && values.section !== undefined) throw new UserError(`--section is an option of 'claimcheck facts export'`);
  if (command === 'facts') {
    if (paths[0] !== 'export') throw new UserError(`'claimcheck facts' has one subcommand, 'export' (e.g. claimcheck facts export --format csv)`);
    paths = paths.slice(1);
  } else if (command === 'check' && gate.changed && paths.length === 0) paths = ['.'];
  else if (paths.length === 0) throw new UserError(`'claimcheck ${command}' needs at least one file, directory or glob`);

  const format = (values.format ?? FORMATS[command][0]) as Format;
  if (!FORMATS[command].includes(format)) {
    throw new UserError(`--format must be one of ${FORMATS[command].join(', ')} for '${command}', not '${quoteForMessage(String(values.format))}'`);
  }
  let asOf = values['as-of'];
  if (asOf === 'today') asOf = today;
  if (asOf !== undefined && (!ISO_DATE.test(asOf) || !isValidPartialDate(asOf))) {
    throw new UserError(`--as-of must be a date like 2026-06-30 or 'today', not '${quoteForMessage(asOf)}'`);
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UserError(`--max-warnings must be a whole number ≥ 0, not '${quoteForMessage(String(values['max-warnings']))}'`);
    }
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UserError(`--jobs must be a whole number ≥ 1, not '${values.jobs}'`);
  }
  return {
    command,
    paths,
    format,
    facts: values.facts ?? [],
    config: values.config,
    asOf,
    maxWarnings,
    quiet: values.quiet ?? false,
    color: values['no-color'] ? false : values.color,
    gate,
    section: values.section,
    jobs,
    cache: values.cache ?? values['cache-location'] !== undefined,
    cacheLocation: values['cache-location'],
  };
}

export const USAGE = `Usage:
  claimcheck claims <files|dirs|globs…> [--format text|json]
  claimcheck check  <files|dirs|globs…> [--facts <glob>]… [--config <file>] [--as-of <date|today>]
                    [--format text|json|sarif|github] [--max-warnings N] [--min-sourced <share>] [--quiet]
                    [--baseline [file] | --write-baseline [file]] [--prune-baseline]
                    [--fix | --fix-dry-run] [--changed [ref]] [--shard i/n]
                    [--jobs N] [--cache] [--cache-location <dir>]
  claimcheck ledger <files|dirs|globs…> [--format csv|json] [--facts <glob>]… [--config <file>]
                    [--as-of <date|today>] [--jobs N] [--cache]
  claimcheck facts export [facts files…] [--format yaml|csv] [--section facts|entities|metrics]

Commands:
  claims   list every quantitative claim in the notes, with its normalized value
  check    judge every claim against the sourced facts (the publish gate)
  ledger   list every figure with its note, line, entity, metric, time, value, verdict and facts
           (CSV for a spreadsheet, or JSON)
  facts    export: convert facts files (YAML, CSV) to one YAML file or a CSV sheet on stdout

Options:
  -f, --format         output format (default text; csv for ledger, yaml for facts export)
      --facts <glob>   facts files (repeatable; default: the config's, else facts.yaml, facts/**/*.{yaml,csv})
  -c, --config <file>  config file (default: .claimcheck.yaml in the current directory)
      --as-of <date>   choose facts as of this date (YYYY-MM-DD or 'today') instead of the note's date
      --max-warnings N exit 1 when there are more than N warnings
  -q, --quiet          print errors only
  -j, --jobs N         check notes on N worker threads (default: the number of cores; 1 = one thread)
      --cache          reuse the results of unchanged notes (same note, config, facts, version, --as-of)
      --cache-location <dir>  where --cache keeps them (default node_modules/.cache/claimcheck)
      --no-color       never color the output (colors are used only on a terminal)
  -h, --help           this help
  -v, --version        the version

${GATE_USAGE}
Exit codes: 0 clean, 1 findings at error severity (or too many warnings), 2 usage, config or facts file
error, or a note --fix could not write.
`;
