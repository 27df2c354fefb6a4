// The per-note work budget: a note that would cost more than this is reported `not-checked`
// (an error, so the gate fails closed) instead of being checked for minutes.
import type { WorkBudget } from './types';

/** Runs of ASCII digits in the text: every claim has one, so this bounds the extractor's work. */
export function countNumberTokens(text: string): number {
  let count = 0;
  let inDigits = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (digit && !inDigits) count++;
    inDigits = digit;
  }
  return count;
}

/** Why the note is over budget before parsing, or undefined when it is within it. */
export function overBudgetBeforeParse(text: string, budget: WorkBudget): string | undefined {
  const numbers = countNumberTokens(text);
  if (numbers > budget.numbers) {
    return `the note has ${numbers.toLocaleString('en-US')} numbers, over the work budget of ${budget.numbers.toLocaleString('en-US')} (budget.numbers in .claimcheck.yaml); split the note or raise the budget.`;
  }
  return undefined;
}

/** Why the note is over budget once its claims are known, or undefined. */
export function overBudgetAfterParse(claims: number, budget: WorkBudget): string | undefined {
  if (claims > budget.claims) {
    return `the note has ${claims.toLocaleString('en-US')} claims, over the work budget of ${budget.claims.toLocaleString('en-US')} (budget.claims in .claimcheck.yaml); split the note or raise the budget.`;
  }
  return undefined;
}
