// Derives the fast-path descriptor from the bundled spec: for the schemas the client's compiled readers and builders take,
// how each property reads in JSON and in XML. Every other schema is left to @vbem/codec at run time.
// The client declares what it consumes in src/descriptor.ts; the generated file `satisfies` it, so the two stay in step.
import { type CollectionAlternative, collectionOf } from './representations.ts';

export type ScalarType = 'string' | 'integer' | 'number' | 'boolean';

export interface PropertyDescriptor {
  name: string;
  required: boolean;
  nullable: boolean;
  type: ScalarType | 'object' | 'array';
  schema?: string;
  xml: { name: string; attribute?: boolean; wrapped?: boolean; itemName?: string };
}

export interface SchemaDescriptor {
  name: string;
  xml: { name: string; namespace?: string };
  properties: PropertyDescriptor[];
}

export interface OperationDescriptor {
  method: string;
  path: string;
  auth: 'basic' | 'session' | 'none';
  /** Status → the body's schema for the codec (a component name, or a JSON pointer to a schema written in place), or null. */
  responses: Record<string, string | null>;
  /** A GET whose 200 answer is a collection: the forms it takes (references, or entities with `format=Entity`). */
  collection?: CollectionAlternative[];
}

interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  required?: string[];
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  xml?: { name?: string; namespace?: string; attribute?: boolean; wrapped?: boolean; nodeType?: string; prefix?: string };
  [keyword: string]: unknown;
}
type Security = Record<string, string[]>[];
interface Spec {
  security?: Security;
  paths: Record<string, Record<string, { responses?: Record<string, ResponseObject>; security?: Security }>>;
  components: {
    schemas: Record<string, SchemaObject>;
    responses?: Record<string, ResponseObject>;
    securitySchemes?: Record<string, { type: string; scheme?: string; in?: string }>;
  };
}
interface ResponseObject {
  $ref?: string;
  content?: Record<string, { schema?: SchemaObject }>;
}

const refName = (ref: string, kind: string): string => {
  const prefix = `#/components/${kind}/`;
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}: expected ${prefix}<Name>`);
  return ref.slice(prefix.length);
};

const SCALARS = new Set<string>(['string', 'integer', 'number', 'boolean']);

function typeOf(schema: SchemaObject, where: string): { type: string; nullable: boolean } {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const nonNull = types.filter((t) => t !== 'null');
  if (nonNull.length !== 1) throw new Error(`${where}: expected exactly one non-null type, got ${JSON.stringify(schema.type)}`);
  return { type: nonNull[0]!, nullable: types.includes('null') };
}

// Keywords whose meaning the compiled fast path does not reproduce; such schemas go to the codec.
const CODEC_ONLY = ['oneOf', 'anyOf', 'allOf', 'additionalProperties', 'prefixItems', 'enum', 'const', 'nullable', 'not', 'discriminator'];

function fastPathOnly(schema: SchemaObject, where: string): void {
  const keyword = CODEC_ONLY.find((k) => schema[k] !== undefined);
  if (keyword) throw new Error(`${where}: ${keyword}`);
  if (schema.xml?.nodeType !== undefined || schema.xml?.prefix !== undefined || (schema.xml?.namespace !== undefined && schema.xml.attribute)) throw new Error(`${where}: xml ${JSON.stringify(schema.xml)}`);
  if (schema.format === 'int64') throw new Error(`${where}: int64 beyond 2^53 reads as a string`);
}

function describeProperty(spec: Spec, name: string, schema: SchemaObject, required: boolean, where: string): PropertyDescriptor {
  fastPathOnly(schema, where);
  if (schema.$ref) {
    const target = refName(schema.$ref, 'schemas');
    // An object property's element is named by the property (the component's xml.name names roots and array items).
    return { name, required, type: 'object', schema: target, nullable: false, xml: { name: schema.xml?.name ?? name } };
  }
  const { type, nullable } = typeOf(schema, where);
  if (SCALARS.has(type)) {
    if (nullable) throw new Error(`${where}: nullable, so it reads as null when absent`);
    return { name, required, type: type as ScalarType, nullable, xml: { name: schema.xml?.name ?? name, attribute: schema.xml?.attribute === true } };
  }
  if (type === 'array') {
    const items = schema.items;
    if (!items?.$ref) throw new Error(`${where}: array items that are not a component`);
    fastPathOnly(items, `${where}.items`);
    const itemSchema = refName(items.$ref, 'schemas');
    const wrapped = schema.xml?.wrapped === true;
    const itemName = items.xml?.name ?? spec.components.schemas[itemSchema]?.xml?.name ?? (wrapped ? (schema.xml?.name ?? name) : name);
    return {
      name,
      required,
      type: 'array',
      schema: itemSchema,
      nullable,
      xml: { name: wrapped ? (schema.xml?.name ?? name) : itemName, wrapped, itemName },
    };
  }
  throw new Error(`${where}: an inline ${type}`);
}

function describeSchema(spec: Spec, name: string, schema: SchemaObject): SchemaDescriptor {
  fastPathOnly(schema, name);
  if (typeOf(schema, name).type !== 'object') throw new Error(`${name}: not an object`);
  const required = new Set(schema.required ?? []);
  return {
    name,
    xml: { name: schema.xml?.name ?? name, ...(schema.xml?.namespace ? { namespace: schema.xml.namespace } : {}) },
    properties: Object.entries(schema.properties ?? {}).map(([prop, s]) =>
      describeProperty(spec, prop, s, required.has(prop), `${name}.${prop}`),
    ),
  };
}

/** The schemas the fast path takes: described ones whose every nested schema is described too. */
function fastPathSchemas(spec: Spec): { schemas: Record<string, SchemaDescriptor>; codecOnly: string[] } {
  const schemas: Record<string, SchemaDescriptor> = {};
  const codecOnly: string[] = [];
  for (const [name, schema] of Object.entries(spec.components.schemas)) {
    try {
      const described = describeSchema(spec, name, schema);
      if (described.properties.length > 0) schemas[name] = described;
      else codecOnly.push(`${name}: no properties`);
    } catch (error) {
      codecOnly.push((error as Error).message);
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, schema] of Object.entries(schemas)) {
      const missing = schema.properties.find((p) => p.schema !== undefined && !schemas[p.schema]);
      if (missing) {
        delete schemas[name];
        codecOnly.push(`${name}.${missing.name}: ${missing.schema} is codec-only`);
        changed = true;
      }
    }
  }
  return { schemas, codecOnly: codecOnly.sort() };
}

const pointer = (...tokens: string[]): string => `#/${tokens.map((t) => t.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

function responseSchema(spec: Spec, response: ResponseObject, at: string[]): string | null {
  const name = response.$ref ? refName(response.$ref, 'responses') : undefined;
  const resolved = name !== undefined ? spec.components.responses?.[name] : response;
  if (!resolved) throw new Error(`${at.join(' ')}: unresolved ${response.$ref}`);
  const where = name !== undefined ? ['components', 'responses', name] : at;
  const entries = Object.entries(resolved.content ?? {});
  if (new Set(entries.map(([, media]) => JSON.stringify(media.schema))).size > 1) {
    throw new Error(`${where.join(' ')}: XML and JSON bodies must share one schema`);
  }
  const [mediaType, media] = entries[0] ?? [];
  if (mediaType === undefined || !media) return null;
  if (!media.schema) throw new Error(`${where.join(' ')}: ${mediaType} has no schema`);
  // A schema written in place is named by its JSON pointer (the codec reads those too).
  return media.schema.$ref ? refName(media.schema.$ref, 'schemas') : pointer(...where, 'content', mediaType, 'schema');
}

/** How an operation is authorised: HTTP Basic (the logon), the session header, or not at all. */
function authOf(spec: Spec, security: Security | undefined, where: string): OperationDescriptor['auth'] {
  const names = (security ?? spec.security ?? []).flatMap((requirement) => Object.keys(requirement));
  if (names.length === 0) return 'none';
  const schemes = names.map((name) => spec.components.securitySchemes?.[name]);
  if (schemes.every((s) => s?.type === 'http' && s.scheme?.toLowerCase() === 'basic')) return 'basic';
  if (schemes.every((s) => s?.type === 'apiKey' && s.in === 'header')) return 'session';
  throw new Error(`${where}: unsupported security ${JSON.stringify(names)}; expected HTTP Basic or an apiKey header`);
}

export interface SpecDescription {
  /** The schemas of the compiled fast path. */
  schemas: Record<string, SchemaDescriptor>;
  /** Schemas left to the codec, each with the reason. */
  codecOnly: string[];
  operations: Record<string, OperationDescriptor>;
}

export function describeSpec(spec: Spec): SpecDescription {
  const { schemas, codecOnly } = fastPathSchemas(spec);
  const operations: Record<string, OperationDescriptor> = {};
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operation.responses) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const responses: Record<string, string | null> = {};
      for (const [status, response] of Object.entries(operation.responses)) {
        responses[status] = responseSchema(spec, response, ['paths', path, method, 'responses', status]);
      }
      const ok = responses['200'];
      const collection = method === 'get' && ok && !ok.startsWith('#/') ? collectionOf(spec.components.schemas, ok) : undefined;
      operations[key] = { method: method.toUpperCase(), path, auth: authOf(spec, operation.security, key), responses, ...(collection ? { collection } : {}) };
    }
  }
  return { schemas, codecOnly, operations };
}
