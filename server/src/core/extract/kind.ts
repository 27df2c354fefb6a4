import { unitEntry } from '../lexicon';
import type { ClaimKind } from '../types';
import type { Token } from './lexer';

/** Kind of a claim from its unit, before wording refines it: the lexicon's kind, else a count. */
export function kindOfUnit(unit: string, isMoney: boolean): ClaimKind {
  if (isMoney) return 'money';
  return unitEntry(unit)?.kind ?? 'count';
}

const MONEY_WORDS: ReadonlyMap<string, ClaimKind> = new Map([
  ['valuation', 'valuation'], ['valuations', 'valuation'], ['valued', 'valuation'], ['valuing', 'valuation'],
  ['revenue', 'revenue'], ['revenues', 'revenue'], ['arr', 'revenue'], ['sales', 'revenue'],
  ['funding', 'funding'], ['round', 'funding'], ['raise', 'funding'], ['raised', 'funding'], ['raises', 'funding'],
  ['raising', 'funding'], ['investment', 'funding'], ['investments', 'funding'], ['invest', 'funding'],
  ['invested', 'funding'], ['invests', 'funding'], ['investing', 'funding'], ['commitment', 'funding'],
  ['commitments', 'funding'], ['financing', 'funding'], ['series', 'funding'],
  ['capex', 'capex'],
]);

// Spending is capex only when it is on infrastructure ("spent $31 billion on property and
// equipment", "data-center spending"); "marketing spend" or "spent $5 billion on lobbying" is money.
const SPEND_WORDS = new Set(['spend', 'spends', 'spending', 'spent', 'expenditure', 'expenditures', 'outlay', 'outlays']);
const INFRA_WORDS = new Set([
  'infrastructure', 'data', 'datacenter', 'datacenters', 'data-center', 'capital', 'compute', 'server', 'servers',
  'gpu', 'gpus', 'chips', 'hardware', 'facility', 'facilities', 'fab', 'fabs', 'plant', 'plants', 'equipment',
  'construction', 'buildout', 'build-out', 'capacity', 'campus', 'campuses', 'cluster', 'clusters', 'property',
  'properties', 'ppe', 'transmission', 'grid', 'network', 'fiber', 'land', 'buildings', 'power',
]);

/**
 * Refines a money claim by the nearest kind word in its clause (tokens [from, to)): "a $5
 * billion commitment" is funding, "$18 billion post-money" a valuation.
 */
/** Clause breaks for kind words: a label before a colon or a parenthesis still names the figure. */
function isKindBreak(t: Token): boolean {
  if (t.type !== 'sym') return false;
  const c = t.text;
  return c === ',' || c === ';' || c === '—' || ((c === '–' || c === '-') && t.spaced);
}

/** How far (tokens) a kind word may stand from its figure; keeps long run-on sentences linear. */
const KIND_REACH = 16;

/** Token range [from, to) around [start, end) within which kind words count. */
export function kindClause(tokens: readonly Token[], start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < KIND_REACH && !isKindBreak(tokens[from - 1]!)) from--;
  let to = end;
  while (to < tokens.length && to - end < KIND_REACH && !isKindBreak(tokens[to]!)) to++;
  return [from, to];
}

export function refineMoneyKind(tokens: readonly Token[], start: number, end: number, from: number, to: number): ClaimKind {
  let best: ClaimKind = 'money';
  let bestDistance = Infinity;
  let infra: boolean | undefined;
  const consider = (k: number, distance: number): void => {
    let kind = wordKind(tokens, k);
    if (kind === null && SPEND_WORDS.has(tokens[k]!.lower)) kind = (infra ??= hasInfraWord(tokens, from, to)) ? 'capex' : null;
    if (kind && distance < bestDistance) {
      best = kind;
      bestDistance = distance;
    }
  };
  for (let k = start - 1; k >= from && start - k < bestDistance; k--) consider(k, start - k);
  for (let k = end; k < to && k - end + 1 < bestDistance; k++) consider(k, k - end + 1);
  return best;
}

/** What a company raises, lifts or cuts that is no money raised: "raised its full-year outlook to $4.2 billion". */
export const FORECAST_NOUNS = ['outlook', 'outlooks', 'guidance', 'forecast', 'forecasts', 'target', 'targets', 'dividend', 'dividends', 'estimate', 'estimates', 'view', 'payout', 'payouts'];
const FORECASTS = new Set(FORECAST_NOUNS);
const OWNERS = new Set(['its', 'their', 'the', 'our']);

/** "raised its 2025 organic growth outlook": a raise of a forecast, within a few words of the verb. */
function raisesAForecast(tokens: readonly Token[], k: number): boolean {
  if (!OWNERS.has(tokens[k + 1]?.lower ?? '')) return false;
  for (let j = k + 2; j < Math.min(tokens.length, k + 8); j++) {
    if (FORECASTS.has(tokens[j]!.lower)) return true;
    if (tokens[j]!.type === 'sym' && tokens[j]!.text !== '-') return false;
  }
  return false;
}

const PASSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** "the minimum wage was raised to 12,500 taka": a level set higher, no money raised. */
function raisedTo(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.lower === 'raised' && tokens[k + 1]?.lower === 'to' && PASSIVE.has(tokens[k - 1]?.lower ?? '');
}

function wordKind(tokens: readonly Token[], k: number): ClaimKind | null {
  const t = tokens[k]!;
  if (t.type !== 'word') return null;
  const direct = MONEY_WORDS.get(t.lower);
  if (direct === 'funding' && (raisesAForecast(tokens, k) || raisedTo(tokens, k))) return null;
  if (direct) return direct;
  const next = tokens[k + 1];
  const after = tokens[k + 2];
  const glued = next?.text === '-' && !next.spaced;
  // post-money, pre-money, run-rate, run rate, market cap
  if ((t.lower === 'post' || t.lower === 'pre') && glued && after?.lower === 'money') return 'valuation';
  if (t.lower === 'run' && ((glued && after?.lower === 'rate') || next?.lower === 'rate')) return 'revenue';
  if (t.lower === 'market' && (next?.lower === 'cap' || next?.lower === 'capitalization')) return 'valuation';
  return null;
}

function hasInfraWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (INFRA_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Money kind named anywhere in a short text (a table column header: "Valuation", "ARR", "DC spend"). */
export function moneyKindOf(tokens: readonly Token[]): ClaimKind {
  for (let k = 0; k < tokens.length; k++) {
    const kind = wordKind(tokens, k);
    if (kind) return kind;
    if (SPEND_WORDS.has(tokens[k]!.lower) && hasInfraWord(tokens, 0, tokens.length)) return 'capex';
  }
  return 'money';
}
