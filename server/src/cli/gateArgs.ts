// The publish-gate options of `claimcheck check` (baseline, fix, changed, shard), kept apart from
// args.ts so each option's parsing lives next to its rules.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { UserError } from './exitCodes';

export const DEFAULT_BASELINE = '.claimcheck-baseline.json';

export interface Shard {
  /** 1-based, as written: `--shard 2/4` is index 2 of count 4. */
  index: number;
  count: number;
}

export interface GateOptions {
  /** The baseline file to compare with (`--baseline [file]`). */
  baseline?: string;
  /** The baseline file to write (`--write-baseline [file]`). */
  writeBaseline?: string;
  pruneBaseline: boolean;
  fix: boolean;
  fixDryRun: boolean;
  /** `--changed [ref]`: ref undefined means the merge base with the default branch. */
  changed?: { ref?: string };
  shard?: Shard;
  /** `--min-sourced 0.8` (or `80%`): each note must have at least this share of its figures sourced. */
  minSourced?: number;
}

/** node:util parseArgs declarations, spread into the CLI's own. */
export const GATE_PARSE_OPTIONS = {
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'prune-baseline': { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  changed: { type: 'string' },
  shard: { type: 'string' },
  'min-sourced': { type: 'string' },
} as const;

/** Options whose value may be left out; `--opt=value` is always unambiguous. */
const OPTIONAL_VALUE: Record<string, (next: string, cwd: string) => boolean> = {
  '--baseline': (next) => /\.json$/i.test(next),
  '--write-baseline': (next) => /\.json$/i.test(next),
  // A ref is a word that names no file, directory, glob or note: `--changed main notes/`.
  '--changed': (next, cwd) => !existsSync(path.resolve(cwd, next)) && !isDynamicPattern(next) && !/\.(md|markdown)$/i.test(next),
};

/**
 * Rewrites `--baseline [file]`, `--write-baseline [file]` and `--changed [ref]` into the
 * `--opt=value` form parseArgs understands: the next word is the value only when it looks like one.
 */
export function normaliseOptionalValues(argv: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const takesValue = OPTIONAL_VALUE[arg];
    if (!takesValue) {
      out.push(arg);
      continue;
    }
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('-') && takesValue(next, cwd)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(`${arg}=`);
  }
  return out;
}

type GateValues = { [K in keyof typeof GATE_PARSE_OPTIONS]?: (typeof GATE_PARSE_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

/** A share 0–1 ("0.8") or a percent ("80%"). */
function parseMinSourced(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(text);
  const share = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!m || !(share >= 0 && share <= 1)) {
    throw new UserError(`--min-sourced must be a share from 0 to 1 (0.8) or a percent (80%), not '${text}'`);
  }
  return share;
}

function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UserError(`--shard must be i/n with 1 ≤ i ≤ n (e.g. --shard 2/4), not '${text}'`);
  }
  return { index, count };
}

export function gateOptions(values: GateValues): GateOptions {
  const fix = values.fix ?? false;
  const fixDryRun = values['fix-dry-run'] ?? false;
  if (fix && fixDryRun) throw new UserError('--fix and --fix-dry-run do not go together: --fix writes the notes, --fix-dry-run only shows the diff');
  const orDefault = (v: string | undefined) => (v === undefined ? undefined : v.trim() || DEFAULT_BASELINE);
  const pruneBaseline = values['prune-baseline'] ?? false;
  const baseline = orDefault(values.baseline) ?? (pruneBaseline ? DEFAULT_BASELINE : undefined);
  const writeBaseline = orDefault(values['write-baseline']);
  if (baseline !== undefined && writeBaseline !== undefined) {
    throw new UserError('--baseline and --write-baseline do not go together: --write-baseline records every finding, --baseline compares with them');
  }
  const changed = values.changed === undefined ? undefined : { ref: values.changed.trim() || undefined };
  if (changed?.ref?.startsWith('-')) throw new UserError(`--changed takes a git ref, not '${changed.ref}'`);
  return {
    baseline,
    writeBaseline,
    pruneBaseline,
    fix,
    fixDryRun,
    changed,
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    minSourced: values['min-sourced'] === undefined ? undefined : parseMinSourced(values['min-sourced']),
  };
}

export const GATE_USAGE = `Publish gate (check):
      --baseline [file]        fail only on findings not in the baseline (default ${DEFAULT_BASELINE})
      --write-baseline [file]  record today's findings as the baseline, then exit 0
      --prune-baseline         drop baseline entries that no longer occur (implies --baseline)
      --fix                    apply the fixes that need no judgement (contradicted/outdated figures)
      --fix-dry-run            print those fixes as a unified diff; write nothing
      --changed [ref]          only notes changed against ref (default: merge base with the default
                               branch), plus notes whose matched facts changed
      --shard i/n              check the i-th of n stable slices of the notes (CI fan-out)
      --min-sourced <share>    exit 1 when a note has less than this share of its figures sourced
                               (0.8 or 80%; per note; notes without figures pass)
`;
