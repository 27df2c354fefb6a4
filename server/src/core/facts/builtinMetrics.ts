// The built-in metric vocabulary. A facts file's `metrics` add to it, and an entry with a built-in
// id replaces that metric's words (and unit, when given).
import type { Metric } from '../types';

const builtin = (id: string, unit: string, words: string[]): Metric => ({ id, unit, words, builtin: true });

export const BUILTIN_METRICS: readonly Metric[] = [
  builtin('valuation', 'USD', ['valuation', 'valued', 'valued at', 'valuing', 'post-money', 'pre-money']),
  builtin('investment', 'USD', [
    'investment',
    'invested',
    'invests',
    'funding',
    'funding round',
    'round',
    'raise',
    'raised',
    'raises',
    'raising',
    'stake',
    'commitment',
  ]),
  builtin('investment_total', 'USD', ['total investment', 'total stake', 'in total', 'cumulative']),
  // "Turnover" is revenue in British usage ("turnover rose 11% to £412m").
  builtin('revenue', 'USD', ['revenue', 'sales', 'turnover']),
  builtin('revenue_run_rate', 'USD', [
    'annualized revenue',
    'annualised revenue',
    'run-rate',
    'run rate',
    'ARR',
    'annual recurring revenue',
    'annual revenue',
  ]),
  // A loss is negative net income: "a net loss of $3.1 billion" is extracted as -3.1e9.
  builtin('net_income', 'USD', ['net income', 'net loss', 'net profit', 'profit', 'loss', 'losses', 'lost', 'earnings']),
  builtin('capex', 'USD', [
    'capex',
    'CapEx',
    'capital expenditure',
    'capital expenditures',
    'capital spending',
    'data-center spending',
    'data center spending',
    'infrastructure spending',
  ]),
  builtin('gpu_count', 'GPU', ['GPUs', 'GPU', 'H100 equivalents', 'H100s', 'accelerators', 'cluster']),
  builtin('power', 'W', ['power', 'capacity', 'MW', 'GW']),
  builtin('users', 'users', ['users', 'monthly active users', 'weekly active users', 'MAU', 'WAU', 'customers']),
  builtin('employees', 'people', ['employees', 'staff', 'headcount', 'people']),
  builtin('market_share', 'percent', ['market share', 'share']),
];

/**
 * Metrics of deals: a fact without a period is one event (a round, a stake, a valuation), not a
 * level that holds over time, and a deal's words ("seed funding") name no part of a business.
 */
export const DEAL_METRICS: ReadonlySet<string> = new Set(['valuation', 'investment', 'investment_total']);

export const BUILTIN_METRIC_IDS: ReadonlySet<string> = new Set(BUILTIN_METRICS.map((m) => m.id));

/** Fresh copies, so an index can be changed without touching the shared vocabulary. */
export function builtinMetrics(): Map<string, Metric> {
  return new Map(BUILTIN_METRICS.map((m) => [m.id, { ...m, words: [...m.words] }]));
}
