// Which figures are statements the consistency pass compares, and the key that says what each is
// about: entity, metric, kind of fact, time and measure. Only figures no fact decides take part
// (the judge's `unsourced` verdicts); a figure a fact decides is supported or contradicted already.
import { claimStance } from '../judge/claimFactKind';
import { hasCombiningWord, isWholeLabel } from '../judge/sentenceCues';
import { clauseOf } from '../judge/clauseOf';
import type { JudgeMemo } from '../judge/judgeMemo';
import { idFromName, nameForFigure, namesIn } from '../judge/sentenceNames';
import { breakdownRowLabel, partOf } from '../judge/qualifier';
import { sentenceTimes } from '../extract/sentenceTimes';
import { familyOf } from '../judge/unitMemo';
import type { Verdict } from '../judge/verdict';
import { entityName, metricNameOf, whoOf } from '../judge/wording';
import type { Claim, FactIndex, ParsedNote, Statement } from '../types';

export interface StatementContext {
  note: ParsedNote;
  index: FactIndex;
  memo: JudgeMemo;
  /** Claims a citation binds: their author named a source, so they are judged by it, not compared. */
  cited?: ReadonlySet<number>;
}

/**
 * The time part of a key. A figure with a period of its own is about that period, exactly as
 * resolved ("2025-03", "2025-Q1", "FY2025", "by 2025-H2" — a month is not grouped with its quarter);
 * a figure without one ("is valued at", "latest") is about its note's reference date.
 */
export function timeKey(claim: Pick<Claim, 'time'>, referenceDate: string): string {
  const t = claim.time;
  if (t?.iso) return `${t.by ? 'by ' : ''}${t.iso}`;
  return `as of ${referenceDate}`;
}

/** What a figure measures: its unit's family (each currency its own), and whether it states a change or a multiple rather than a level. */
function measureKey(claim: Claim): string {
  const shape = claim.kind === 'growth' ? 'change' : claim.kind === 'multiple' ? 'multiple' : 'level';
  return `${familyOf(claim.unit)}:${shape}`;
}

/** A table cell's figure is about the entity its row names in its first cell ("| Tidewater Ferries | 398 |"). */
function rowName(claim: Claim, text: string): string | undefined {
  if (!claim.table) return undefined;
  const cells = text.slice(claim.table.row.start, claim.table.row.end).split('|').map((c) => c.trim());
  const first = cells.find((c) => c.length > 0);
  // "| Worldwide | 398 |", "| Nordics | 120 |" under "| Region |": the whole and a part name no one.
  if (!first || first.includes(claim.text) || isWholeLabel(first) || breakdownRowLabel(claim, text)) return undefined;
  return namesIn(first)[0]?.name;
}

/** The entity a figure is about: the judge's, else the name its table row, clause or sentence gives. */
function entityOf(v: Verdict, ctx: StatementContext): { id: string; name: string } | undefined {
  const { index } = ctx;
  if (v.entities.length === 1) return { id: v.entities[0]!, name: entityName(index, v.entities[0]!) };
  // Several entities on a figure that is not unclear: a sum ("combined"), about all of them.
  if (v.entities.length > 1) return { id: [...v.entities].sort().join('+'), name: whoOf(index, v.entities, 'and') };
  // A sum of entities the facts files do not know ("Northwind and BluePeak together hold 5.85 GW")
  // is nobody's own figure: one name would misread it.
  if (!v.claim.table && hasCombiningWord(ctx.memo.sentence(v.claim.sentence).folded) && namesIn(v.claim.sentenceText).length >= 2) return undefined;
  const name = rowName(v.claim, ctx.note.text) ?? nameForFigure(v.claim, index, clauseOf(v.claim));
  const id = name ? idFromName(name) : '';
  if (!id) return undefined;
  return { id, name: index.entities.get(id)?.name ?? name! };
}

/**
 * The part a table row's label names ("| Fashion | 1,620 | +4.5% |": fashion), when it is no
 * entity, metric, time or total: rows of one table are set against each other only for one part.
 */
function rowPart(claim: Claim, ctx: StatementContext, entity: { id: string; name: string }): string | undefined {
  const label = claim.table?.label;
  if (!label) return undefined;
  const text = ctx.note.text.slice(label.start, label.end).replace(/^[\s|]+|[\s|]+$/g, '');
  // The row's owner ("| Verver Capital | 16,103 |") names no part of it.
  if (!text || /\d/.test(text) || isWholeLabel(text) || idFromName(text).includes(entity.id)) return undefined;
  const info = ctx.memo.sentence(label);
  if (info.words.length > 0 || info.mentions.length > 0 || sentenceTimes(text, ctx.note.referenceDate).phrases.length > 0) return undefined;
  return text.toLowerCase();
}

/** The statement a verdict makes, or undefined when a fact decides it or it cannot be keyed. */
export function statementOf(v: Verdict, ctx: StatementContext): Statement | undefined {
  if (v.code !== 'unsourced' || v.citation || v.ownerUnclear || !v.metric || ctx.cited?.has(v.claim.index)) return undefined;
  const claim = v.claim;
  if (claim.value === null && (claim.low === null || claim.high === null)) return undefined;
  // "a year earlier", "in the quarter" with nothing before to count from: a time the note leaves unsaid is no one time.
  if (claim.time && !claim.time.iso && !claim.time.latest) return undefined;
  // A change with no period of its own ("Traffic rose 2.9% to 84,300"): over which period is unsaid, so no two are one statement.
  if (claim.kind === 'growth' && !claim.time?.iso) return undefined;
  const entity = entityOf(v, ctx);
  if (!entity) return undefined;
  // The kind the judge compared with (an unsourced verdict's is its words' own), else read from the words.
  const kind = v.comparedKind ?? (claimStance(claim, ctx.memo.sentence(claim.sentence).folded, clauseOf(claim)) === 'guidance' ? 'guidance' : 'actual');
  const metric = ctx.index.metrics.get(v.metric);
  const part = v.part?.part ?? (metric ? partOf(claim, metric, ctx.memo, ctx.note.text, v.entities, ctx.index)?.part : undefined) ?? rowPart(claim, ctx, entity);
  const key = [entity.id, part ? `${v.metric}/${part}` : v.metric, kind, timeKey(claim, ctx.note.referenceDate), measureKey(claim)].join('|');
  return { key, entity: entity.id, entityName: entity.name, metric: v.metric, metricName: metricNameOf(ctx.index, v.metric), ...(part ? { part } : {}), claim };
}
