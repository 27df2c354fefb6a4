export function bigTable(rows: number): string;
export function longLine(bytes: number): string;
export function dollarTokens(count: number, wrap?: number): string;
export function nestedEmphasis(bytes: number): string;
export function bracketRuns(bytes: number): string;
export function deepNesting(depth: number, kind?: 'quote' | 'list' | 'ordered'): string;
export function bigFacts(facts: number, entities: number): string;
