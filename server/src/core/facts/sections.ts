// A facts file's sections, read from its JSON Schema: which hold entries by id (a mapping) and which
// a list, and what one entry is called. A section added to the schema is known here at once.
import schema from '../../../../schemas/facts.schema.json';
import type { Section } from './factColumns';

interface SectionSchema {
  type: string[];
  items?: { $ref?: string };
  additionalProperties?: { $ref?: string };
}

const properties = (schema as unknown as { properties: Record<Section, SectionSchema> }).properties;
const definitions = (schema as unknown as { definitions: Record<string, { properties?: Record<string, unknown> }> }).definitions;

/** Every section, in the schema's order. */
export const SECTIONS = Object.keys(properties) as Section[];

/** The sections whose entries are keyed by id (`entities`, `metrics`); the others are lists (`facts`). */
export const MAPPING_SECTIONS: ReadonlySet<string> = new Set(SECTIONS.filter((s) => properties[s].type.includes('object')));

/** What one entry of `section` is called ("fact", "entity", "metric"), from its schema definition; undefined for no section. */
export function entryKind(section: string): string | undefined {
  const of = (properties as Record<string, SectionSchema | undefined>)[section];
  return (of?.items?.$ref ?? of?.additionalProperties?.$ref)?.replace('#/definitions/', '');
}

/** The fields an entry of `section` may have (a fact's `id`, `entity`, ...); empty for no section. */
export function entryFields(section: string): ReadonlySet<string> {
  return FIELDS.get(section) ?? NO_FIELDS;
}

const FIELDS = new Map<string, ReadonlySet<string>>(SECTIONS.map((s) => [s, new Set(Object.keys(definitions[entryKind(s)!]?.properties ?? {}))]));
const NO_FIELDS: ReadonlySet<string> = new Set();

/** The same, to start a sentence ("Entity"); "Item" for no section. */
export function entryTitle(section: string): string {
  const kind = entryKind(section) ?? 'item';
  return kind[0]!.toUpperCase() + kind.slice(1);
}
