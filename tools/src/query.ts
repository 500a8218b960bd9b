// Derives the client's query table from the bundled spec: per query type (the `type` parameter of the operation whose
// `filter` carries `x-em-query-fields`), where its entities sit in `Entities`, and its queryable fields with their kinds.

interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  oneOf?: SchemaObject[];
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  [keyword: string]: unknown;
}
interface ParameterObject {
  $ref?: string;
  name?: string;
  in?: string;
  schema?: SchemaObject;
  'x-em-query-fields'?: Record<string, Record<string, SchemaObject>>;
}
interface Spec {
  paths: Record<string, Record<string, { operationId?: string; parameters?: ParameterObject[] }>>;
  components: { schemas: Record<string, SchemaObject>; parameters?: Record<string, ParameterObject> };
}

/** How a field's value is written in a filter: the kinds the client's typed helpers accept. */
export type FieldKind = 'string' | 'date' | 'enum' | 'integer' | 'number';

export interface QueryField {
  kind: FieldKind;
  /** For `enum`: the values in EM's order, which comparisons follow. */
  values?: string[];
}

export interface QueryTypeDescriptor {
  /** The property of `Entities` that holds this type's list with `format=Entities`. */
  list: string;
  /** The array property of that list. */
  items: string;
  /** The component schema of each entity. */
  entity: string;
  fields: Record<string, QueryField>;
}

export interface QueryDescriptor {
  /** The query operation's path, such as `/query`. */
  path: string;
  /** The `format` values the operation takes (without one the page holds references). */
  formats: string[];
  types: Record<string, QueryTypeDescriptor>;
}

const refName = (ref: string, kind: string): string => {
  const prefix = `#/components/${kind}/`;
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}: expected ${prefix}<Name>`);
  return ref.slice(prefix.length);
};

function fieldOf(type: string, name: string, schema: SchemaObject): QueryField {
  if (Array.isArray(schema.enum)) {
    if (!schema.enum.every((v): v is string => typeof v === 'string')) throw new Error(`query field ${type}.${name}: enum values must be strings`);
    return { kind: 'enum', values: schema.enum };
  }
  if (schema.type === 'string') return { kind: schema.format === 'date-time' ? 'date' : 'string' };
  if (schema.type === 'integer' || schema.type === 'number') return { kind: schema.type };
  throw new Error(`query field ${type}.${name} has type ${JSON.stringify(schema.type)}; expected string, integer or number (what @vbem/query compares)`);
}

/** The non-null branch of `oneOf: [X, null]`, or the schema itself. */
const nonNull = (schema: SchemaObject): SchemaObject => schema.oneOf?.find((branch) => branch.type !== 'null') ?? schema;

export function describeQuery(spec: Spec): QueryDescriptor {
  const parameter = (p: ParameterObject): ParameterObject => (p.$ref ? spec.components.parameters?.[refName(p.$ref, 'parameters')] ?? {} : p);
  const found = Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.values(item)
      .filter((op) => op.parameters?.some((p) => parameter(p)['x-em-query-fields']))
      .map((op) => ({ path, parameters: op.parameters!.map(parameter) })),
  );
  if (found.length !== 1) throw new Error(`expected one operation whose filter has x-em-query-fields; found ${found.length}`);
  const { path, parameters } = found[0]!;
  const byName = (name: string) => parameters.find((p) => p.in === 'query' && p.name === name);
  const typeNames = byName('type')?.schema?.enum;
  if (!Array.isArray(typeNames) || typeNames.length === 0) throw new Error(`${path}: the type parameter needs an enum of query types`);
  const formats = (byName('format')?.schema?.enum ?? []) as string[];
  const fields = parameters.find((p) => p['x-em-query-fields'])!['x-em-query-fields']!;

  // Each list of `Entities`, keyed by the schema of its items.
  const entities = spec.components.schemas['Entities'];
  if (!entities?.properties) throw new Error('the spec has no Entities schema with properties');
  const lists = new Map<string, { list: string; items: string }>();
  for (const [list, schema] of Object.entries(entities.properties)) {
    const listSchema = spec.components.schemas[refName(nonNull(schema).$ref ?? '', 'schemas')]!;
    const arrays = Object.entries(listSchema.properties ?? {}).filter(([, p]) => p.items?.$ref);
    if (arrays.length !== 1) throw new Error(`Entities.${list}: expected a list schema with one array property`);
    const [items, array] = arrays[0]!;
    lists.set(refName(array.items!.$ref!, 'schemas'), { list, items });
  }

  const types: Record<string, QueryTypeDescriptor> = {};
  for (const type of typeNames as string[]) {
    const list = lists.get(type);
    if (!list) throw new Error(`query type ${type}: no list of Entities holds ${type} entities`);
    const own = fields[type];
    if (!own) throw new Error(`query type ${type}: x-em-query-fields lists no fields for it`);
    types[type] = { ...list, entity: type, fields: Object.fromEntries(Object.entries(own).map(([name, schema]) => [name, fieldOf(type, name, schema)])) };
  }
  const extra = Object.keys(fields).filter((type) => !(type in types));
  if (extra.length > 0) throw new Error(`x-em-query-fields lists ${extra.join(', ')}, which the type parameter does not`);
  return { path, formats, types };
}
