import type { ClaimKind } from '../types';
import type { Token } from './lexer';

/** Kind of a claim from its unit, before wording refines it. */
export function kindOfUnit(unit: string, isMoney: boolean): ClaimKind {
  if (isMoney) return 'money';
  switch (unit) {
    case 'percent':
      return 'percent';
    case 'bps':
      return 'bps';
    case 'x':
      return 'multiple';
    case 'W':
      return 'power';
    case 'Wh':
      return 'energy';
    case 'GPU':
    case 'H100e':
    case 'TPU':
    case 'chip':
    case 'accelerator':
      return 'hardware';
    case 'users':
      return 'users';
    case 'people':
      return 'people';
    case 'days':
    case 'weeks':
    case 'months':
    case 'quarters':
    case 'years':
      return 'duration';
    default:
      return 'count';
  }
}

const MONEY_WORDS: ReadonlyMap<string, ClaimKind> = new Map([
  ['valuation', 'valuation'], ['valuations', 'valuation'], ['valued', 'valuation'], ['valuing', 'valuation'],
  ['revenue', 'revenue'], ['revenues', 'revenue'], ['arr', 'revenue'], ['sales', 'revenue'],
  ['funding', 'funding'], ['round', 'funding'], ['raise', 'funding'], ['raised', 'funding'], ['raises', 'funding'],
  ['raising', 'funding'], ['investment', 'funding'], ['investments', 'funding'], ['invest', 'funding'],
  ['invested', 'funding'], ['invests', 'funding'], ['investing', 'funding'], ['commitment', 'funding'],
  ['commitments', 'funding'], ['financing', 'funding'], ['series', 'funding'],
  ['capex', 'capex'], ['spending', 'capex'], ['spend', 'capex'], ['expenditure', 'capex'], ['expenditures', 'capex'],
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
  const consider = (k: number, distance: number): void => {
    const kind = wordKind(tokens, k);
    if (kind && distance < bestDistance) {
      best = kind;
      bestDistance = distance;
    }
  };
  for (let k = start - 1; k >= from && start - k < bestDistance; k--) consider(k, start - k);
  for (let k = end; k < to && k - end + 1 < bestDistance; k++) consider(k, k - end + 1);
  return best;
}

function wordKind(tokens: readonly Token[], k: number): ClaimKind | null {
  const t = tokens[k]!;
  if (t.type !== 'word') return null;
  const direct = MONEY_WORDS.get(t.lower);
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

/** Money kind named anywhere in a short text (a table column header: "Valuation", "ARR"). */
export function moneyKindOf(tokens: readonly Token[]): ClaimKind {
  for (let k = 0; k < tokens.length; k++) {
    const kind = wordKind(tokens, k);
    if (kind) return kind;
  }
  return 'money';
}
