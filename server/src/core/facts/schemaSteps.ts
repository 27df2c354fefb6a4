// The facts schema checked a piece at a time, so a host that keeps answering while it loads (the
// server) is not held for a whole large file's check: the file without its facts, then its facts a
// few thousand at a time.
import validateFacts, { type SchemaError } from './validateFacts.generated';

const FACTS_PATH = /^\/facts\/(\d+)/;

/**
 * The schema's errors for `data` (empty when it is valid), in the order a check of the whole file
 * gives them, with a pause between two pieces of `factsPerPiece` facts. The schema has no rule
 * across facts, and checks the facts last: the facts alone, in pieces, err as they do in the file.
 */
export function* schemaErrorsSteps(data: unknown, factsPerPiece: number): Generator<void, SchemaError[], void> {
  const file = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  const facts = file?.facts;
  if (!file || !Array.isArray(facts) || facts.length <= factsPerPiece) return errorsOf(data, 0);
  const rest = { ...file, facts: [] };
  // An error about the file itself holds the file (ajv's verbose `data`), not the stand-in.
  const errors = errorsOf(rest, 0).map((e) => (e.data === rest ? { ...e, data: file } : e));
  for (let from = 0; from < facts.length; from += factsPerPiece) {
    yield;
    errors.push(...errorsOf({ facts: facts.slice(from, from + factsPerPiece) }, from));
  }
  return errors;
}

/** The errors of `data`, whose facts are the file's from its `from`th: their paths say where they are in the file. */
function errorsOf(data: unknown, from: number): SchemaError[] {
  if (validateFacts(data)) return [];
  const errors = validateFacts.errors ?? [];
  return from === 0 ? [...errors] : errors.map((e) => ({ ...e, instancePath: e.instancePath.replace(FACTS_PATH, (_, i: string) => `/facts/${Number(i) + from}`) }));
}
