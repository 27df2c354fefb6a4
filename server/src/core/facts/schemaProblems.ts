// Turns errors of a generated (ajv standalone) validator into located, readable problems.
import { quoteForMessage } from '../quote';
import type { FactFileProblem } from '../types';
import type { SchemaError } from './validateFacts.generated';
import { isSeq } from 'yaml';
import { firstLineSpan, keySpanAtPath, nodeAt, pairAtPath, pointerSegments, problemAt, spanAtPath, type YamlFile } from './yamlDocument';

export interface SchemaProblem {
  problem: FactFileProblem;
  /** Path of the value the problem is about (e.g. ['facts', '3', 'as_of']), for leaving it out. */
  path: string[];
}

interface ErrorWithName extends SchemaError {
  /** Set by ajv on errors inside `propertyNames`: the offending key. */
  propertyName?: string;
}

/**
 * @param codeFor picks the problem code for a path (e.g. 'invalid-date' for date fields).
 * @param subject names the value at a path for messages ("Fact `x`, field `as_of`").
 */
export function schemaProblems(
  source: YamlFile,
  errors: readonly SchemaError[],
  codeFor: (path: string[]) => string,
  subject: (path: string[]) => string,
): SchemaProblem[] {
  const kept: ErrorWithName[] = [];
  for (const error of errors as readonly ErrorWithName[]) {
    if (error.keyword === 'if' || error.keyword === 'propertyNames') continue;
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      // The failed branches' errors come right before; one message for the whole value reads better.
      const at = error.instancePath;
      while (kept.length > 0) {
        const last = kept[kept.length - 1]!;
        if (last.instancePath !== at && !last.instancePath.startsWith(`${at}/`)) break;
        kept.pop();
      }
    }
    kept.push(error);
  }

  // A value of the wrong type fails its other keywords too (e.g. a scalar where a fact should be).
  const wrongType = new Set(kept.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const relevant = kept.filter((e) => e.keyword === 'type' || !wrongType.has(e.instancePath));

  const seen = new Set<string>();
  const result: SchemaProblem[] = [];
  for (const error of relevant) {
    const segments = pointerSegments(error.instancePath);
    const extra = error.propertyName ?? (error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined);
    const path = extra !== undefined ? [...segments, extra] : segments;
    const located = locate(source, error, segments);
    const message = messageFor(error, segments, subject, source);
    const key = `${located.start}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ problem: problemAt(source, located, codeFor(path), 'error', message), path });
  }
  return result;
}

function locate(source: YamlFile, error: ErrorWithName, segments: string[]) {
  if (error.propertyName !== undefined) return keySpanAtPath(source, segments, error.propertyName);
  if (error.keyword === 'additionalProperties') {
    return keySpanAtPath(source, segments, String(error.params.additionalProperty));
  }
  const span = spanAtPath(source, segments);
  // A missing field is about the whole mapping; its first line is enough to point at it.
  return error.keyword === 'required' || error.keyword === 'not' ? firstLineSpan(source, span) : span;
}

function messageFor(error: ErrorWithName, segments: string[], subject: (path: string[]) => string, source: YamlFile): string {
  const schema = error.parentSchema ?? {};
  const custom = typeof schema.errorMessage === 'string' ? schema.errorMessage : undefined;
  switch (error.keyword) {
    case 'required':
      if (custom && !schema.properties) return `${subject(segments)}: ${custom}`;
      return `${subject(segments)}: missing required field \`${String(error.params.missingProperty)}\`.`;
    case 'additionalProperties': {
      const name = quoteForMessage(String(error.params.additionalProperty));
      const allowed = Object.keys((schema.properties as Record<string, unknown> | undefined) ?? {});
      const guess = closest(name, allowed);
      // "{ title: Report, October 2025 }": the comma ended the title, and "October 2025" became a key with no value.
      const cut = pairAtPath(source, [...segments, String(error.params.additionalProperty)])?.value === null;
      const hint = cut ? ` Inside \`{ }\` a comma ends a value: put quotes around a value that holds one ("…, ${name}").`
        : guess ? ` Did you mean \`${guess}\`?` : allowed.length ? ` Allowed: ${allowed.join(', ')}.` : '';
      return `${subject(segments)}: unknown field \`${name}\`.${hint}`;
    }
    case 'not':
      return `${subject(segments)}: ${custom ?? 'not allowed here.'}`;
  }
  if (error.propertyName !== undefined) {
    const why = typeof schema.patternErrorMessage === 'string' ? schema.patternErrorMessage : custom ?? 'not a valid id.';
    return `${subject(segments)}: invalid id \`${quoteForMessage(error.propertyName)}\`. ${why}`;
  }
  let detail: string;
  if (error.keyword === 'pattern' && typeof schema.patternErrorMessage === 'string') detail = schema.patternErrorMessage;
  else if (custom) detail = custom;
  else if (error.keyword === 'type') detail = `must be ${article(String(error.params.type))}.${splitByComma(source, segments)}`;
  else if (error.keyword === 'enum') {
    const allowed = (error.params.allowedValues as unknown[] | undefined) ?? [];
    detail = `must be one of ${allowed.map(String).join(', ')}.`;
  } else detail = `${error.message ?? 'is not valid'}.`;
  // "`as_of` is a date..." already names the field: name only what holds it.
  const field = [...segments].reverse().find((s) => !/^\d+$/.test(s));
  if (field !== undefined && detail.startsWith(`\`${field}\``)) {
    const holder = segments.slice(0, segments.lastIndexOf(field));
    return holder.length === 0 ? detail : `${subject(holder)}: ${detail}`;
  }
  return `${subject(segments)}: ${detail}`;
}

/** "words: [cases per 100,000]": the comma split the item, and "000" is a number. */
function splitByComma(source: YamlFile, segments: string[]): string {
  const item = segments[segments.length - 1];
  if (item === undefined || !/^[1-9]\d*$/.test(item)) return '';
  const list = nodeAt(source, segments.slice(0, -1)) as { flow?: boolean } | undefined;
  return isSeq(list) && list.flow ? ' Inside `[ ]` a comma separates items: put quotes around one that holds a comma ("cases per 100,000").' : '';
}

function article(type: string): string {
  // null is allowed for an empty section; naming it would only confuse.
  const names = type.split(',').filter((t) => t !== 'null').map((t) => (t === 'object' ? 'mapping' : t === 'array' ? 'list' : t));
  return names.map((t) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`)).join(' or ');
}

/** The allowed name a typo most likely meant (edit distance ≤ 2, ≤ 1 for a name of up to 3 characters; the first of the nearest), if any. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  const wanted = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = (name.length <= 3 ? 1 : 2) + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - wanted.length) >= bestDistance) continue;
    const d = distanceWithin(wanted, candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return best;
}

/**
 * The edit distance of `a` and `b` when it is at most `max`, else `max` + 1: only the cells within
 * `max` of the diagonal are filled, and a row with none within `max` ends it (30,000 entity ids
 * are searched for each unknown one).
 */
function distanceWithin(a: string, b: string, max: number): number {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= max ? j : over));
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(over);
    if (i <= max) current[0] = i;
    let rowMin = current[0]!;
    for (let j = Math.max(1, i - max); j <= Math.min(b.length, i + max); j++) {
      const d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return over;
    previous = current;
  }
  return Math.min(previous[b.length]!, over);
}
