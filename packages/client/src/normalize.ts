// The JSON path: a parsed JSON value → the schema's normalised value, driven by the generated descriptor.
import type { PropertyDescriptor, SchemaDescriptor } from './descriptor.ts';
import { echo, EmError } from './errors.ts';
import { schemas } from './generated/descriptor.gen.ts';
import { propertyNames, readers } from './generated/json-readers.gen.ts';
import { exceeds } from './json/nodes.ts';
import { DEFAULT_LIMITS, type DecodeLimits, tooManyJsonNodes, tooManyJsonValues } from './limits.ts';

export type SchemaName = keyof typeof schemas;

export const schemaOf = (name: string): SchemaDescriptor => {
  const schema = (schemas as Record<string, SchemaDescriptor>)[name];
  if (!schema) throw new Error(`no schema ${name} in the descriptor`);
  return schema;
};

export const invalid = (where: string, expected: string, got: unknown): EmError =>
  new EmError('invalid-body', `Invalid body at ${where}: expected ${expected}, got ${describe(got)}.`);

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${echo(JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value))}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${echo(String(value))}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function scalar(property: PropertyDescriptor, value: unknown, where: string): unknown {
  switch (property.type) {
    case 'string':
      if (typeof value === 'string') return value;
      throw invalid(where, 'a string', value);
    case 'integer':
      if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
      throw invalid(where, 'an integer', value);
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      throw invalid(where, 'a number', value);
    case 'boolean':
      if (typeof value === 'boolean') return value;
      throw invalid(where, 'a boolean', value);
    default:
      throw new Error(`not a scalar: ${property.type}`);
  }
}

/** Reads one JSON object as `schema`; unknown keys are dropped, so input keys never become output keys. */
export function normalizeObject(schema: SchemaDescriptor, value: unknown, where: string): Record<string, unknown> {
  if (!isRecord(value)) throw invalid(where, `an object (${schema.name})`, value);
  const out: Record<string, unknown> = {};
  for (const property of schema.properties) {
    const at = `${where}.${property.name}`;
    const raw = Object.hasOwn(value, property.name) ? value[property.name] : undefined;
    if (property.type === 'array') {
      // EM sends `null` or nothing for an empty collection; some serialisers send a lone item unwrapped.
      const items = raw === null || raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
      const itemSchema = schemaOf(property.schema!);
      out[property.name] = items.map((item, i) => normalizeObject(itemSchema, item, `${at}[${i}]`));
    } else if (raw === null || raw === undefined) {
      if (property.required) throw invalid(at, `a required ${property.type}`, raw);
    } else if (property.type === 'object') {
      out[property.name] = normalizeObject(schemaOf(property.schema!), raw, at);
    } else {
      out[property.name] = scalar(property, raw, at);
    }
  }
  return out;
}

// The generated readers read `value[name]` without hasOwn (that costs 8% of the JSON path), which is sound only while no
// property name can be inherited; a polluted Object.prototype sends every value through normalizeObject instead.
const inheritable = (): boolean => propertyNames.some((name) => name in Object.prototype);

/** A freshly parsed JSON value as `schemaName`, reusing its objects where they fit; throws normalizeObject's error (with `where`). */
export function normalize(schemaName: string, value: unknown, where: string): Record<string, unknown> {
  const fast = inheritable() ? undefined : readers[schemaName]?.(value);
  return fast ?? normalizeObject(schemaOf(schemaName), value, where);
}

/** Decodes JSON text (a leading BOM is tolerated) as `schemaName`. */
export function decodeJson(text: string, schemaName: string, limits: DecodeLimits = DEFAULT_LIMITS): unknown {
  // A text cannot hold more nodes than it has characters, nor more values than half as many.
  if (text.length > limits.maxNodes && exceeds(text, '{[', limits.maxNodes)) throw tooManyJsonNodes(limits);
  if (text.length > 2 * limits.maxValues && exceeds(text, ',', limits.maxValues)) throw tooManyJsonValues(limits);
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    throw new EmError('invalid-body', `Invalid JSON body: ${echo((cause as Error).message)}. Expected a ${schemaName} object.`, { cause });
  }
  return normalize(schemaName, value, schemaName);
}
