// `claimcheck ledger <notes…> [--format csv|json]`: the team's register of numbers. One row per
// figure in the notes — note, line, entity, metric, kind, time, value, verdict and the facts
// behind it — to open in a spreadsheet (CSV, through the one CSV writer) or read as JSON. The
// notes are checked as `check` checks them (same workspace, --jobs, --cache, order); the ledger
// is a listing, not a gate: verdicts never change its exit code.
import { verdictByClaim } from '../core/coverage';
import { toCsv } from '../core/csv';
import { cleanMessage } from '../core/quote';
import type { CheckResult } from '../core/check';
import type { Claim, Finding } from '../core/types';
import type { CliArgs } from './args';
import { checkSelected } from './checkRun';
import { addInconsistencies } from './consistencyPass';
import { claimToJson } from './claimsOutput';
import { EXIT } from './exitCodes';
import { expandInputs } from './files';
import { factToJson, writeJsonArray, type FactJson } from './jsonOutput';
import type { CliIo } from './main';
import { loadWorkspace } from './workspace';

export interface LedgerRow {
  note: string;
  line: number;
  column: number;
  /** The figure as written. */
  claim: string;
  kind: string;
  /** Resolved entity ids ([] when no entity was found). */
  entities: string[];
  metric: string | null;
  /** ISO-like period ("2025-Q1", "latest"), or null. */
  time: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  /** The finding code, or `unchecked` (suppressed, or a kind turned off). */
  verdict: string;
  facts: FactJson[];
}

/** The rows of one checked note, in document order. */
export function ledgerRows(file: string, result: CheckResult): LedgerRow[] {
  const verdicts = verdictByClaim(result.findings);
  const judged = new Map<number, Finding>();
  for (const f of result.findings) if (f.code !== 'unknown-citation' && !judged.has(f.claim.index)) judged.set(f.claim.index, f);
  return result.note.claims.map((claim: Claim) => {
    const json = claimToJson(file, claim);
    const finding = judged.get(claim.index) ?? verdicts[claim.index];
    return {
      note: file,
      line: json.line,
      column: json.column,
      claim: claim.text,
      kind: claim.kind,
      entities: finding ? [...finding.entities] : [],
      metric: finding?.metric ?? null,
      time: json.time,
      value: claim.value,
      low: claim.low,
      high: claim.high,
      unit: claim.unit,
      verdict: verdicts[claim.index]?.code ?? 'unchecked',
      facts: (finding?.facts ?? []).map(factToJson),
    };
  });
}

const CSV_COLUMNS = ['note', 'line', 'column', 'claim', 'kind', 'entity', 'metric', 'time', 'value', 'low', 'high', 'unit', 'verdict', 'facts', 'fact_values', 'fact_as_of', 'sources'] as const;

const num = (n: number | null): string => (n === null ? '' : String(n));
/** Several items in one cell, as the facts sheets write lists. */
const list = (items: readonly string[]): string => items.join('; ');

export function ledgerCsv(rows: readonly LedgerRow[]): string {
  const cells = rows.map((r) => [
    r.note,
    String(r.line),
    String(r.column),
    r.claim,
    r.kind,
    list(r.entities),
    r.metric ?? '',
    r.time ?? '',
    num(r.value),
    num(r.low),
    num(r.high),
    r.unit,
    r.verdict,
    list(r.facts.map((f) => f.id)),
    list(r.facts.map((f) => (f.value !== null ? `${f.value} ${f.unit}` : `${f.low}–${f.high} ${f.unit}`))),
    list(r.facts.map((f) => f.as_of)),
    list(r.facts.map((f) => f.url ?? '')),
  ]);
  return toCsv([[...CSV_COLUMNS], ...cells]);
}

/** Lists every figure of the notes; exit 2 when the list is incomplete (a note or the facts could not be read). */
export function runLedger(args: CliArgs, io: CliIo, version: string): number {
  const files = expandInputs(args.paths, io.cwd);
  const workspace = loadWorkspace({ cwd: io.cwd, configFile: args.config, factsGlobs: args.facts, today: io.today });
  const checked = checkSelected(files, workspace, args, io, version);
  const unreadable = checked.unreadable;
  // The same verdicts as `check`: figures the notes state differently are `inconsistent`.
  const notes = addInconsistencies(checked.notes, workspace.config.severity.inconsistent);
  const rows = notes.flatMap(({ file, result }) => ledgerRows(file, result));
  if (args.format === 'json') writeJsonArray(rows, io.stdout);
  else io.stdout(ledgerCsv(rows));

  // What the ledger could not list goes to stderr, never silently missing.
  const problems = [...workspace.problems, ...unreadable];
  for (const { file, result } of notes) {
    for (const p of result.note.problems) problems.push({ ...p, file });
    if (result.skipped?.code === 'too-large') problems.push({ file, code: 'skipped', severity: 'warning', message: result.skipped.reason, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
  }
  for (const p of problems) {
    io.stderr(`${cleanMessage(p.file)}:${p.range.start.line + 1}:${p.range.start.character + 1}  ${p.severity}  ${p.code}  ${cleanMessage(p.message)}\n`);
  }
  const incomplete = unreadable.length > 0 || problems.some((p) => p.severity === 'error');
  if (incomplete) io.stderr('claimcheck: the ledger is incomplete: notes or facts could not be read or checked (listed above).\n');
  return incomplete ? EXIT.usage : EXIT.ok;
}
