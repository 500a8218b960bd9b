// The JSON path: a parsed JSON value → the schema's normalised value, by the compiled readers where they take the
// schema and the value, else by @vbem/codec (which also words every error).
import { normalizeWithCodec } from './codec.ts';
import type { SchemaDescriptor } from './descriptor.ts';
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

// The generated readers read `value[name]` without hasOwn (that costs 8% of the JSON path), which is sound only while no
// property name can be inherited; a polluted Object.prototype sends every value through the codec instead.
const inheritable = (): boolean => propertyNames.some((name) => name in Object.prototype);

/** A freshly parsed JSON value as `schemaName`, reusing its objects where they fit; throws the codec's error (at `where`). */
export function normalize(schemaName: string, value: unknown, where: string, limits: DecodeLimits = DEFAULT_LIMITS): Record<string, unknown> {
  const fast = inheritable() ? undefined : readers[schemaName]?.(value);
  return fast ?? (normalizeWithCodec(value, schemaName, limits, where) as Record<string, unknown>);
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
  return normalize(schemaName, value, schemaName, limits);
}
