// The CSV columns of facts, entities and metrics, derived from the facts JSON Schema: a nested
// object becomes prefixed columns (source -> source_url, source_title...), a pair becomes
// _low/_high (range -> range_low, range_high), a list is one cell with `;` between items.
// A field added to the schema is a column at once.
import schema from '../../../../schemas/facts.schema.json';

export type Section = 'facts' | 'entities' | 'metrics';

export interface Column {
  name: string;
  /** Where the cell's value goes in the item: ['source', 'url'], ['range', 0], ['id'] (entity/metric key). */
  path: (string | number)[];
  /** A `;`-separated list of values (entity lists, aliases, words). */
  list: boolean;
  /** A list column that also takes a single value (entity): one item stays a plain value. */
  single?: boolean;
  /** The schema lets the value be a number: a numeric cell is read as one. */
  numeric: boolean;
}

/** The separator of items in a list cell. */
export const LIST_SEPARATOR = ';';

type SchemaNode = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  minItems?: number;
  maxItems?: number;
};

const definitions = (schema as { definitions: Record<string, SchemaNode> }).definitions;

function resolve(node: SchemaNode): SchemaNode {
  return node.$ref ? resolve(definitions[node.$ref.replace('#/definitions/', '')]!) : node;
}

function branches(node: SchemaNode): SchemaNode[] {
  const resolved = resolve(node);
  return resolved.anyOf ? resolved.anyOf.flatMap(branches) : [resolved];
}

function types(node: SchemaNode): string[] {
  return branches(node).flatMap((b) => (b.type === undefined ? [] : Array.isArray(b.type) ? b.type : [b.type]));
}

function acceptsNumber(node: SchemaNode): boolean {
  return types(node).some((t) => t === 'number' || t === 'integer');
}

function columnsOf(properties: Record<string, SchemaNode>): Column[] {
  const columns: Column[] = [];
  for (const [name, raw] of Object.entries(properties)) {
    const node = resolve(raw);
    if (node.properties) {
      for (const [sub, subNode] of Object.entries(node.properties)) {
        columns.push({ name: `${name}_${sub}`, path: [name, sub], list: types(subNode).includes('array'), numeric: acceptsNumber(subNode) });
      }
    } else if (types(node).includes('array') && node.minItems === 2 && node.maxItems === 2 && node.items) {
      // A pair such as range: [low, high].
      const numeric = acceptsNumber(node.items);
      columns.push({ name: `${name}_low`, path: [name, 0], list: false, numeric }, { name: `${name}_high`, path: [name, 1], list: false, numeric });
    } else {
      const list = types(node).includes('array');
      columns.push({ name, path: [name], list, numeric: acceptsNumber(node), ...(list && types(node).includes('string') ? { single: true } : {}) });
    }
  }
  return columns;
}

const ID: Column = { name: 'id', path: ['id'], list: false, numeric: false };

/** Every section's columns, in the schema's order (entities and metrics start with their id). */
export const COLUMNS: Record<Section, readonly Column[]> = {
  facts: columnsOf(definitions.fact!.properties!),
  entities: [ID, ...columnsOf(definitions.entity!.properties!)],
  metrics: [ID, ...columnsOf(definitions.metric!.properties!)],
};

/** Which section a CSV holds, from its header: a fact names its metric, a metric its unit or words. */
export function sectionOfHeader(header: readonly string[]): Section | undefined {
  const has = (section: Section, except: string[] = []) =>
    header.some((h) => !except.includes(h) && COLUMNS[section].some((c) => c.name === h));
  const shared = ['id'];
  if (header.includes('metric') || header.includes('entity') || header.includes('as_of')) return 'facts';
  if (has('metrics', [...shared, ...COLUMNS.entities.map((c) => c.name)])) return 'metrics';
  if (has('entities', shared) || (header.includes('id') && header.length === 1)) return 'entities';
  return undefined;
}
