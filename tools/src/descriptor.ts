// Derives the codec descriptor from the bundled spec: for every schema, how each property reads in JSON and in XML.
import type { OperationDescriptor, PropertyDescriptor, ScalarType, SchemaDescriptor } from '../../packages/client/src/descriptor.ts';

interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  required?: string[];
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  xml?: { name?: string; namespace?: string; attribute?: boolean; wrapped?: boolean };
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

function describeProperty(spec: Spec, name: string, schema: SchemaObject, required: boolean, where: string): PropertyDescriptor {
  if (schema.$ref) {
    const target = refName(schema.$ref, 'schemas');
    return { name, required, type: 'object', schema: target, nullable: false, xml: { name: schema.xml?.name ?? spec.components.schemas[target]?.xml?.name ?? name } };
  }
  const { type, nullable } = typeOf(schema, where);
  if (SCALARS.has(type)) {
    return { name, required, type: type as ScalarType, nullable, xml: { name: schema.xml?.name ?? name, attribute: schema.xml?.attribute === true } };
  }
  if (type === 'array') {
    const items = schema.items;
    if (!items?.$ref) throw new Error(`${where}: array items must $ref a component schema`);
    const itemSchema = refName(items.$ref, 'schemas');
    const itemName = items.xml?.name ?? spec.components.schemas[itemSchema]?.xml?.name ?? itemSchema;
    const wrapped = schema.xml?.wrapped === true;
    return {
      name,
      required,
      type: 'array',
      schema: itemSchema,
      nullable,
      xml: { name: wrapped ? (schema.xml?.name ?? name) : itemName, wrapped, itemName },
    };
  }
  throw new Error(`${where}: inline ${type} schemas are not supported; move it to components/schemas and $ref it`);
}

function describeSchema(spec: Spec, name: string, schema: SchemaObject): SchemaDescriptor {
  if (typeOf(schema, name).type !== 'object') throw new Error(`${name}: only object schemas can be components`);
  const required = new Set(schema.required ?? []);
  return {
    name,
    xml: { name: schema.xml?.name ?? name, ...(schema.xml?.namespace ? { namespace: schema.xml.namespace } : {}) },
    properties: Object.entries(schema.properties ?? {}).map(([prop, s]) =>
      describeProperty(spec, prop, s, required.has(prop), `${name}.${prop}`),
    ),
  };
}

function responseSchema(spec: Spec, response: ResponseObject, where: string): string | null {
  const resolved = response.$ref ? spec.components.responses?.[refName(response.$ref, 'responses')] : response;
  if (!resolved) throw new Error(`${where}: unresolved ${response.$ref}`);
  const names = new Set(
    Object.values(resolved.content ?? {}).map((media) => {
      if (!media.schema?.$ref) throw new Error(`${where}: response bodies must $ref a component schema`);
      return refName(media.schema.$ref, 'schemas');
    }),
  );
  if (names.size > 1) throw new Error(`${where}: XML and JSON bodies must share one schema, got ${[...names].join(', ')}`);
  return [...names][0] ?? null;
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

export function describeSpec(spec: Spec): { schemas: Record<string, SchemaDescriptor>; operations: Record<string, OperationDescriptor> } {
  const schemas: Record<string, SchemaDescriptor> = {};
  for (const [name, schema] of Object.entries(spec.components.schemas)) schemas[name] = describeSchema(spec, name, schema);
  const operations: Record<string, OperationDescriptor> = {};
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operation.responses) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const responses: Record<string, string | null> = {};
      for (const [status, response] of Object.entries(operation.responses)) {
        responses[status] = responseSchema(spec, response, `${key} ${status}`);
      }
      operations[key] = { method: method.toUpperCase(), path, auth: authOf(spec, operation.security, key), responses };
    }
  }
  return { schemas, operations };
}
