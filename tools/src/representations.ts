// Which answers are collections, and which of a resource's representations is its reference and which its entity: read
// from the schemas alone, so a new operation or schema needs no code here.

export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  xml?: { name?: string };
  [keyword: string]: unknown;
}

/** One form a collection answer takes: the component it reads as, its one array, and the component of each item. */
export interface CollectionAlternative {
  schema: string;
  /** The array property (its JSON key). */
  property: string;
  item: string;
  /** The XML root element's local name, which tells the forms apart as the answer arrives. */
  root: string;
  /** The reference form (what EM answers without `format=Entity`); else a list of entities. */
  reference: boolean;
}

// EM's reference forms by their XML root (`EntityRef` alone, `Ref`s of `EntityReferences`): every other root is an entity.
const REFERENCE_ROOTS = new Set(['EntityRef', 'EntityReferences']);

const SCHEMAS = '#/components/schemas/';
export const schemaName = (ref: string): string => {
  if (!ref.startsWith(SCHEMAS)) throw new Error(`unsupported $ref ${ref}: expected ${SCHEMAS}<Name>`);
  return ref.slice(SCHEMAS.length);
};

/** The components one answer may be: the alternatives of a `oneOf`/`anyOf` of components, else the component itself. */
export function alternativesOf(schemas: Record<string, SchemaObject>, name: string): string[] {
  const schema = schemas[name];
  if (!schema) throw new Error(`no schema ${name}`);
  const choices = schema.oneOf ?? schema.anyOf;
  if (!choices) return [name];
  return choices.every((c) => c.$ref) ? choices.map((c) => schemaName(c.$ref!)) : [name];
}

export const rootOf = (schemas: Record<string, SchemaObject>, name: string): string => schemas[name]?.xml?.name ?? name;

export const isReference = (schemas: Record<string, SchemaObject>, name: string): boolean => REFERENCE_ROOTS.has(rootOf(schemas, name));

/** A collection: an object whose one property is an array of components (`EntityReferences.Refs`, `Backups.Backups`). */
function collectionForm(schemas: Record<string, SchemaObject>, name: string): CollectionAlternative | undefined {
  const properties = Object.entries(schemas[name]?.properties ?? {});
  if (properties.length !== 1) return undefined;
  const [property, schema] = properties[0]!;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes('array') || !schema.items?.$ref) return undefined;
  return { schema: name, property, item: schemaName(schema.items.$ref), root: rootOf(schemas, name), reference: isReference(schemas, name) };
}

/** The forms of a collection answer, or undefined when `name` (or one of its alternatives) is not a collection. */
export function collectionOf(schemas: Record<string, SchemaObject>, name: string): CollectionAlternative[] | undefined {
  const forms = alternativesOf(schemas, name).map((alternative) => collectionForm(schemas, alternative));
  return forms.every((form) => form !== undefined) ? (forms as CollectionAlternative[]) : undefined;
}
