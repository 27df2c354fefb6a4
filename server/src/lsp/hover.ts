// Hovers on claims and on `[@fact-id]` citations, leading with the answer: the verdict with the
// claim's value and time in words, then the one fact that decided it (value, date, kind, linked
// source, quote), then the other facts and the series timeline. Short lines, so the first screen
// of a 750×250 hover box holds the answer. All facts-file and note text is escaped.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { CheckResult } from '../core/check';
import { FINDING_CODES } from '../core/findingCodes';
import { factById, factsOfEntity } from '../core/facts/factLookups';
import type { Bound, Claim, Derivation, Fact, FactIndex, FactRef, Finding, OperandRole, Position, RelatedStatement } from '../core/types';
import { escapeMarkdown, inlineCode, markdownLink } from './escape';
import { formatValue } from './format';
import { containsPosition } from './ranges';
import { humanPeriod, periodRange } from '../core/judge/periods';
import { noteCoverage, coverageText, type Coverage } from '../core/coverage';
import { titleRange } from '../core/parse/title';
import type { ClaimFindingCode } from '../core/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-05" → "May 2024", "2025-Q1" → "Q1 2025", "2024-09-02" → "2 Sep 2024"; anything else as is. */
export function timeInWords(iso: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  m = /^(FY)?(\d{4})-([QH][1-4])$/i.exec(iso);
  if (m) return `${m[3].toUpperCase()} ${m[1] ? 'FY' : ''}${m[2]}`;
  return iso;
}

const BOUND_WORDS: Record<Bound, string> = { eq: '', gt: 'more than ', gte: 'at least ', lt: 'less than ', lte: 'at most ' };

/** The claim as the judge read it: "about $5 billion in May 2024". */
export function claimInWords(claim: Claim, referenceDate: string): string {
  const value = `${BOUND_WORDS[claim.bound]}${claim.approx ? 'about ' : ''}${formatValue(claim)}`;
  const time = claim.time?.iso ? ` in ${timeInWords(claim.time.iso)}` : claim.time?.latest ? ' (latest)' : referenceDate ? `, read as of ${timeInWords(referenceDate)}` : '';
  return value + time;
}

function verdict(code: Finding['code']): string {
  const info = FINDING_CODES[code];
  const label = info?.label ?? code;
  return `${info?.mark ?? ''} ${label.charAt(0).toUpperCase()}${label.slice(1)}`.trim();
}

/** "FY2025-Q4: April 2025 – June 2025, fiscal year ending 06-30" for a fiscal period of an entity with its own fiscal calendar. */
function fiscalMonths(fact: FactRef | Fact, index: FactIndex): string {
  const fye = index.entities.get(fact.entities[0] ?? '')?.fiscalYearEnd;
  if (!fye || !fact.period || !/^FY/i.test(fact.period)) return '';
  const r = periodRange(fact.period, fye);
  const month = (day: string): string => humanPeriod(day.slice(0, 7));
  return r ? `${fact.period}: ${month(r.from)} – ${month(r.to)}, fiscal year ending ${fye}` : '';
}

function factDate(fact: FactRef | Fact): string {
  return timeInWords(fact.asOf) + (fact.period ? `, for ${timeInWords(fact.period)}` : '');
}

/** The deciding fact: value and date, kind, linked source, quote; a missing source said plainly. */
function decidingFact(fact: FactRef | Fact, lead: string): string[] {
  const kind = fact.kind && fact.kind !== 'actual' ? ` (${escapeMarkdown(fact.kind)})` : '';
  const lines = [`${lead} **${escapeMarkdown(formatValue(fact))}** · ${escapeMarkdown(factDate(fact))}${kind} · ${inlineCode(fact.id)}`];
  const src = fact.source ?? {};
  if (src.url) {
    lines.push(`Source: ${markdownLink(src.title, src.url)}${src.published ? ` · published ${escapeMarkdown(timeInWords(src.published))}` : ''}`);
  } else {
    lines.push(`⚠ **Source missing**: fill in \`source.url\` of ${inlineCode(fact.id)} in the facts file.`);
  }
  if (src.quote) lines.push(`> ${escapeMarkdown(src.quote)}`);
  return lines;
}

function otherFactLine(fact: FactRef | Fact): string {
  const src = fact.source ?? {};
  const where = src.url ? ` · ${markdownLink(src.title, src.url)}` : ' · ⚠ source missing';
  return `- ${escapeMarkdown(formatValue(fact))} · ${escapeMarkdown(factDate(fact))} · ${inlineCode(fact.id)}${where}`;
}

/** The facts of one entity/metric/counterparty series, oldest first. */
function seriesOf(index: FactIndex, ref: FactRef): Fact[] {
  // A segment's facts are a series of their own, never rows of the whole's.
  const key = (f: Pick<Fact, 'metric' | 'entities' | 'counterparty' | 'segment'>) => `${f.metric}|${f.entities.join('+')}|${f.counterparty ?? ''}|${f.segment ?? ''}`;
  const anchor = factById(index, ref.id);
  const k = anchor ? key(anchor) : `${ref.metric}|${ref.entities.join('+')}||`;
  // Every fact of the series names its first entity: those are all that need a look (not 100,000).
  const entities = anchor?.entities ?? ref.entities;
  const candidates = entities.length > 0 ? factsOfEntity(index, entities[0]!) : index.facts;
  return candidates.filter((f) => key(f) === k).sort((a, b) => a.asOfDate.localeCompare(b.asOfDate));
}

/** A table of the series when the finding's facts all belong to one series of several facts. */
function timeline(index: FactIndex, used: readonly FactRef[]): string | undefined {
  if (used.length === 0) return undefined;
  const series = seriesOf(index, used[0]);
  const ids = new Set(used.map((f) => f.id));
  if (series.length < 2 || !used.every((u) => series.some((f) => f.id === u.id))) return undefined;
  const cell = (s: string) => escapeMarkdown(s);
  const rows = series.map((f) => {
    const mark = ids.has(f.id) ? '▶ ' : '';
    const value = cell(formatValue(f));
    // Ids, not links: the sources are linked once, with their titles, above the table.
    return `| ${mark}${cell(f.asOf)} | ${ids.has(f.id) ? `**${value}**` : value} | ${inlineCode(f.id)} |`;
  });
  return ['| as of | value | fact |', '|---|---|---|', ...rows].join('\n');
}

/** The claim's time as a last day (YYYY-MM-DD), to pick the fact that held then. */
function claimDay(finding: Finding, referenceDate: string): string {
  return finding.claim.time?.to ?? referenceDate ?? '9999-12-31';
}

/** A sum of several entities' facts ("combined capex"): the facts are addends, not a series. */
function isSum(facts: readonly FactRef[]): boolean {
  return facts.length > 1 && new Set(facts.map((f) => f.entities.join('+'))).size === facts.length && facts.every((f) => f.value !== null && f.unit === facts[0].unit);
}

/** The one fact that decides: the latest on or before the claim's time, else the earliest. */
function decidingOf(finding: Finding, referenceDate: string): FactRef | undefined {
  const day = claimDay(finding, referenceDate);
  const dated = [...finding.facts].sort((a, b) => a.asOf.localeCompare(b.asOf));
  return dated.filter((f) => f.asOf <= day).at(-1) ?? dated[0];
}

const ROLE_LEADS: Record<OperandRole, string> = {
  later: 'Later:', earlier: 'Earlier:', part: 'Part:', whole: 'Whole:', numerator: 'Numerator:', denominator: 'Denominator:',
};

/** A derived figure: the arithmetic, then each fact it used with its source and quote. */
function derivedSection(derivation: Derivation, facts: readonly FactRef[]): string[] {
  const lines = [`Derived ${escapeMarkdown(derivation.form)}: **${escapeMarkdown(derivation.formula)}**`];
  for (const op of derivation.operands) {
    const fact = facts.find((f) => f.id === op.fact);
    if (fact) lines.push(decidingFact(fact, ROLE_LEADS[op.role]).join('  \n'));
  }
  return lines;
}

/**
 * A link to another note's statement, opening it at its line: the URI is the server's own (a
 * workspace file), so only what could end the link destination is encoded.
 */
function statementLink(r: RelatedStatement): string {
  const line = r.range.start.line + 1;
  const target = `${r.note}#L${line}`.replace(/[()<>\s"'`\\[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
  return `[${escapeMarkdown(`${r.label}:${line}`)}](${target})`;
}

/** What the other statements say, each linked, then what to do. */
function relatedStatements(related: readonly RelatedStatement[]): string {
  const lines = related.map((r) => `- ${statementLink(r)} says **${escapeMarkdown(r.says)}**`);
  return [`Stated differently elsewhere, and no fact decides:`, ...lines, '', 'Add the sourced figure to the facts file (*Add Fact From Selection*): the figure that disagrees with it then shows as contradicted.'].join('\n');
}

/** The hover of a claim. `notice` says when the facts did not all load (the verdict may change). */
export function claimHoverMarkdown(finding: Finding, index: FactIndex, referenceDate: string, notice?: string): string {
  const parts: string[] = [];
  parts.push(`**${escapeMarkdown(verdict(finding.code))}** · ${escapeMarkdown(claimInWords(finding.claim, referenceDate))}`);
  if (notice) parts.push(`⚠ ${escapeMarkdown(notice)}`);
  const table = timeline(index, finding.facts);
  if (finding.derivation) {
    parts.push(...derivedSection(finding.derivation, finding.facts));
    const others = finding.facts.filter((f) => !finding.derivation!.operands.some((o) => o.fact === f.id));
    if (others.length > 0 && !table) parts.push(['Also used:', ...others.map(otherFactLine)].join('\n'));
  } else if (isSum(finding.facts)) {
    const total = finding.facts.reduce((sum, f) => sum + (f.value ?? 0), 0);
    parts.push(
      [
        `Sourced total: **${escapeMarkdown(formatValue({ value: total, low: null, high: null, unit: finding.facts[0].unit }))}**, the sum of:`,
        ...finding.facts.map(otherFactLine),
      ].join('\n'),
    );
  } else {
    const first = decidingOf(finding, referenceDate);
    if (finding.related) parts.push(relatedStatements(finding.related));
    if (first) parts.push(decidingFact(first, finding.facts.length > 1 ? `Sourced (${escapeMarkdown(timeInWords(first.asOf))}):` : 'Sourced:').join('  \n'));
    else if (finding.code === 'unsourced') parts.push('No fact covers this figure yet. *Add Fact From Selection* (or the quick fix) adds one to the facts file.');
    const others = finding.facts.filter((f) => f !== first);
    // The timeline lists the series' other facts; without one, list them here.
    if (others.length > 0 && !table) parts.push(['Also used:', ...others.map(otherFactLine)].join('\n'));
  }
  if (finding.comparedKind) parts.push(`Compared with ${finding.comparedKind === 'guidance' ? 'guidance and forecasts' : 'actual figures'}`);
  const fiscal = finding.facts.map((f) => fiscalMonths(f, index)).find(Boolean);
  if (fiscal) parts.push(escapeMarkdown(fiscal));
  if (table) parts.push('---', table);
  return parts.join('\n\n');
}

function factHover(fact: Fact, index: FactIndex): string {
  const entities = fact.entities.map((id) => index.entities.get(id)?.name ?? id).join(', ');
  const head = `**Fact** ${inlineCode(fact.id)} · ${escapeMarkdown(entities)} · ${escapeMarkdown(fact.metric)}`;
  return [head, decidingFact(fact, 'Value:').join('  \n')].join('\n\n');
}

export function hoverAt(result: CheckResult, index: FactIndex, pos: Position, notice?: string): Hover | null {
  for (const citation of result.note.citations) {
    for (const key of citation.keys) {
      if (!containsPosition(key.range, pos)) continue;
      const fact = factById(index, key.id);
      const value = fact
        ? factHover(fact, index)
        : `**${escapeMarkdown(verdict('unknown-citation'))}** · no fact has the id ${inlineCode(key.id)}${notice ? `\n\n⚠ ${escapeMarkdown(notice)}` : ''}`;
      return { contents: { kind: MarkupKind.Markdown, value }, range: key.range };
    }
  }
  const finding = result.findings.find((f) => containsPosition(f.claim.range, pos) && f.code !== 'unknown-citation');
  if (!finding) return titleHover(result, pos);
  return { contents: { kind: MarkupKind.Markdown, value: claimHoverMarkdown(finding, index, result.note.referenceDate, notice) }, range: finding.claim.range };
}

/** "**Coverage** · 12 of 15 figures sourced (80%)", then the figures per verdict and the rule. */
export function coverageHoverMarkdown(coverage: Coverage): string {
  if (coverage.figures === 0) return '**Coverage** · no figures in this note to source';
  const verdicts = (Object.keys(FINDING_CODES) as ClaimFindingCode[])
    .filter((code) => (coverage.verdicts[code] ?? 0) > 0)
    .map((code) => `${FINDING_CODES[code].mark} ${coverage.verdicts[code]} ${FINDING_CODES[code].label}`);
  return [
    `**Coverage** · ${escapeMarkdown(coverageText(coverage))}`,
    verdicts.join(' · '),
    'Sourced: a fact states the figure (supported, or outdated). Figures under a suppression comment, or of a kind turned off in `.claimcheck.yaml`, are not counted.',
  ].join('\n\n');
}

/** The note's coverage, on its title (first heading, else first line), where no claim is. */
function titleHover(result: CheckResult, pos: Position): Hover | null {
  if (result.skipped) return null;
  const title = titleRange(result.note.text);
  if (!title || !containsPosition(title, pos)) return null;
  return { contents: { kind: MarkupKind.Markdown, value: coverageHoverMarkdown(noteCoverage(result)) }, range: title };
}
