// js-yaml reads a few scalars otherwise than YAML 1.2 does (`1e400` and `-.5e3` are text to it,
// numbers to YAML 1.2). When its reading of a file fails the schema, each entry that fails is read
// again alone by the precise reader, so its problems are the ones YAML 1.2 gives, without a
// precise reading of the whole file (tens of seconds and gigabytes at 100,000 facts).
import type { FastYaml } from './fastYaml';
import type { SchemaError } from './validateFacts.generated';
import { pointerSegments, readEntryAlone } from './yamlDocument';

type Data = Record<string, unknown>;

/**
 * Puts in `js.data`, for each entry that an error of `errors` is in, its precise reading (with its
 * span). An error about the file's keys or a section that is a collection needs none (keys read
 * alike). False when an entry cannot be read alone (a scalar entry or section, an anchor or alias
 * in it): then the precise reader must read the file.
 */
export function readFailingEntriesPrecisely(text: string, js: FastYaml, errors: readonly SchemaError[]): boolean {
  const data = js.data as Data;
  const done = new Set<string>();
  for (const error of errors) {
    const [section, key] = pointerSegments(error.instancePath);
    if (section === undefined) continue;
    if (key === undefined) {
      const value = data[section];
      if (value !== null && typeof value === 'object') continue;
      return false;
    }
    if (done.has(`${section}/${key}`)) continue;
    done.add(`${section}/${key}`);
    const entries = data[section];
    if (entries === null || typeof entries !== 'object') return false;
    const value = (entries as Data)[key];
    const span = value !== null && typeof value === 'object' ? js.spans.get(value) : undefined;
    const read = span && readEntryAlone(text, span, Array.isArray(entries));
    if (!read) return false;
    (entries as Data)[key] = read.data;
    if (read.data !== null && typeof read.data === 'object') js.spans.set(read.data, span);
  }
  return true;
}
