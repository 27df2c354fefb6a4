// The facts schema checked a piece at a time (the server pauses between pieces while it loads a
// facts file on its own thread) must say exactly what a check of the whole file says: the same
// errors, in the same order, each fact's path where the fact is in the file.
import { describe, expect, it } from 'vitest';
import validateFacts from '../../server/src/core/facts/validateFacts.generated';
import { schemaErrorsSteps } from '../../server/src/core/facts/schemaSteps';
import { runToEnd } from '../../server/src/core/runToEnd';

/** A water utility's readings (not the example's domain): `bad` facts break the schema in different ways. */
function utilityFacts(count: number, bad: Map<number, Record<string, unknown>>): { entities: Record<string, unknown>; metrics: unknown; facts: unknown[] } {
  const facts = Array.from({ length: count }, (_, i) => ({
    id: `reservoir-${i}-level`,
    entity: `reservoir-${i % 7}`,
    metric: 'capacity',
    value: 1_000_000 + i,
    unit: 'm3',
    as_of: `2024-${String(1 + (i % 12)).padStart(2, '0')}`,
    source: { url: `https://water.example/reading/${i}` },
    ...bad.get(i),
  }));
  return {
    entities: Object.fromEntries(Array.from({ length: 7 }, (_, r) => [`reservoir-${r}`, { name: `Lake Arden ${r}` }])),
    metrics: { capacity: { unit: 'm3' } },
    facts,
  };
}

function stepwise(data: unknown, per: number): { errors: unknown[]; pauses: number } {
  const steps = schemaErrorsSteps(data, per);
  let pauses = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) pauses++;
  return { errors: step.value, pauses };
}

describe('schemaErrorsSteps', () => {
  it('finds the errors of the whole file, in its order, with facts past the first piece at their place in the file', () => {
    const bad = new Map<number, Record<string, unknown>>([
      [2, { value: 'lots' }],
      [9, { as_of: 'last spring' }],
      [10, { unit: undefined, range: 'wide' }],
      [24, { colour: 'blue' }],
    ]);
    const data = { ...utilityFacts(25, bad), sensors: [] };
    data.entities['Bad Id!'] = { name: 'Nameless' };
    expect(validateFacts(data)).toBe(false);
    const whole = validateFacts.errors!.map((e) => ({ ...e }));
    const { errors, pauses } = stepwise(data, 4);
    expect(errors).toEqual(whole);
    expect(pauses, 'one before each piece of 4 facts').toBe(Math.ceil(25 / 4));
    // What the errors point at, by fact: the ones written wrong, and only those.
    const factsErred = new Set(whole.map((e) => /^\/facts\/(\d+)/.exec(e.instancePath)?.[1]).filter(Boolean).map(Number));
    expect([...factsErred].sort((a, b) => a - b)).toEqual([...bad.keys()]);
  });

  it('gives no errors for a valid file, and checks a small file or one without a list of facts at once', () => {
    expect(stepwise(utilityFacts(30, new Map()), 4)).toEqual({ errors: [], pauses: 8 });
    expect(stepwise(utilityFacts(3, new Map([[1, { value: 'x' }]])), 4).pauses).toBe(0);
    for (const data of [null, [], 'facts', { facts: 'none' }, { facts: null }]) {
      const valid = validateFacts(data);
      const errors = valid ? [] : validateFacts.errors;
      expect(runToEnd(schemaErrorsSteps(data, 1)), JSON.stringify(data)).toEqual(errors);
    }
  });
});
