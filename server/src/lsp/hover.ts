// Hovers on claims and on `[@fact-id]` citations. All facts-file and note text is escaped.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { CheckResult } from '../core/check';
import type { Fact, FactIndex, FactRef, Finding, Position } from '../core/types';
import { escapeMarkdown, inlineCode, markdownLink } from './escape';
import { formatValue } from './format';
import { containsPosition } from './ranges';
import { humanPeriod, periodRange } from '../core/judge/periods';

const VERDICT: Record<Finding['code'], string> = {
  supported: '✓ supported',
  contradicted: '✗ contradicted',
  outdated: '⚠ outdated',
  unsourced: '? unsourced',
  'citation-mismatch': '✗ citation mismatch',
  'unknown-citation': '✗ unknown citation',
};

/** "FY2025-Q4: Nov 2024 – Jan 2025" for a fiscal period of an entity with its own fiscal calendar. */
function fiscalMonths(fact: FactRef | Fact, index?: FactIndex): string {
  const fye = index?.entities.get(fact.entities[0] ?? '')?.fiscalYearEnd;
  if (!fye || !fact.period || !/^FY/i.test(fact.period)) return '';
  const r = periodRange(fact.period, fye);
  return r ? `: ${humanMonth(r.from)} – ${humanMonth(r.to)}, fiscal year ending ${fye}` : '';
}

const humanMonth = (day: string): string => humanPeriod(day.slice(0, 7));

function factLines(fact: FactRef | Fact, index?: FactIndex): string[] {
  const lines = [
    `**${escapeMarkdown(formatValue(fact))}** as of ${escapeMarkdown(fact.asOf)}` +
      (fact.period ? ` (period ${escapeMarkdown(fact.period)}${escapeMarkdown(fiscalMonths(fact, index))})` : '') +
      (fact.kind && fact.kind !== 'actual' ? ` — ${escapeMarkdown(fact.kind)}` : '') +
      ` · fact ${inlineCode(fact.id)}`,
  ];
  const src = fact.source ?? {};
  if (src.url || src.title) {
    lines.push(`Source: ${markdownLink(src.title, src.url)}` + (src.published ? ` (published ${escapeMarkdown(src.published)})` : ''));
  } else {
    lines.push('Source: *none given*');
  }
  if (src.quote) lines.push(`> ${escapeMarkdown(src.quote)}`);
  return lines;
}

/** The facts of one entity/metric/counterparty series, oldest first. */
function seriesOf(index: FactIndex, ref: FactRef): Fact[] {
  const key = (f: Pick<Fact, 'metric' | 'entities' | 'counterparty'>) => `${f.metric}|${f.entities.join('+')}|${f.counterparty ?? ''}`;
  const anchor = index.byId.get(ref.id);
  const k = anchor ? key(anchor) : `${ref.metric}|${ref.entities.join('+')}|`;
  return index.facts.filter((f) => key(f) === k).sort((a, b) => a.asOfDate.localeCompare(b.asOfDate));
}

/** A table of the series when the finding's facts all belong to one series of several facts. */
function timeline(index: FactIndex, used: FactRef[]): string | undefined {
  if (used.length === 0) return undefined;
  const series = seriesOf(index, used[0]);
  const ids = new Set(used.map((f) => f.id));
  if (series.length < 2 || !used.every((u) => series.some((f) => f.id === u.id))) return undefined;
  const cell = (s: string) => escapeMarkdown(s);
  const rows = series.map((f) => {
    const mark = ids.has(f.id) ? '▶ ' : '';
    const value = cell(formatValue(f));
    return `| ${mark}${cell(f.asOf)} | ${ids.has(f.id) ? `**${value}**` : value} | ${markdownLink(f.source.title ?? f.id, f.source.url)} |`;
  });
  return ['| as of | value | source |', '|---|---|---|', ...rows].join('\n');
}

function claimHover(finding: Finding, index: FactIndex): string {
  const claim = finding.claim;
  const parts: string[] = [];
  const verdict = VERDICT[finding.code] ?? finding.code;
  parts.push(`**Claimcheck** · ${escapeMarkdown(verdict)}`);
  const normal = formatValue(claim);
  const bound = claim.bound !== 'eq' ? ` (${escapeMarkdown(claim.bound)})` : '';
  const approx = claim.approx ? ' approx.' : '';
  const time = claim.time ? ` · time ${escapeMarkdown(claim.time.iso ?? claim.time.text)}` : '';
  parts.push(`Claim ${inlineCode(claim.text)} → ${escapeMarkdown(normal)}${bound}${approx} · unit ${escapeMarkdown(claim.unit)}${time}`);
  if (finding.code !== 'supported') parts.push(escapeMarkdown(finding.message));
  if (finding.suggestion && finding.code !== 'supported') parts.push(`Sourced value: **${escapeMarkdown(finding.suggestion)}**`);
  if (finding.comparedKind) parts.push(`Compared with ${finding.comparedKind === 'guidance' ? 'guidance and forecasts' : 'actual figures'}`);
  for (const fact of finding.facts) {
    parts.push('---');
    parts.push(...factLines(fact, index));
  }
  const table = timeline(index, finding.facts);
  if (table) parts.push(table);
  return parts.join('\n\n');
}

function factHover(fact: Fact, index: FactIndex): string {
  const entities = fact.entities.map((id) => index.entities.get(id)?.name ?? id).join(', ');
  const head = `**Fact** ${inlineCode(fact.id)} · ${escapeMarkdown(entities)} · ${escapeMarkdown(fact.metric)}`;
  return [head, ...factLines(fact, index)].join('\n\n');
}

export function hoverAt(result: CheckResult, index: FactIndex, pos: Position): Hover | null {
  for (const citation of result.note.citations) {
    for (const key of citation.keys) {
      if (!containsPosition(key.range, pos)) continue;
      const fact = index.byId.get(key.id);
      const value = fact
        ? factHover(fact, index)
        : `**Claimcheck** · unknown citation ${inlineCode(key.id)}: no fact has this id.`;
      return { contents: { kind: MarkupKind.Markdown, value }, range: key.range };
    }
  }
  const finding = result.findings.find((f) => containsPosition(f.claim.range, pos) && f.code !== 'unknown-citation');
  if (!finding) return null;
  return { contents: { kind: MarkupKind.Markdown, value: claimHover(finding, index) }, range: finding.claim.range };
}
