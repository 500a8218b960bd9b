// JSON bodies and response headers checked against the spec's JSON Schemas with ajv (draft 2020-12, as OpenAPI 3.1 is).
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { resolve, type SchemaObject, spec } from './spec.ts';

// ajv-formats is CommonJS: its default export arrives as the module object under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const ID = 'urn:vbem-check:schema:';
// The bundle's local $refs point at the ids given here; `xml` and `discriminator` are annotations for ajv.
const retarget = (schema: unknown): object => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${ID}`));
for (const [name, schema] of Object.entries(spec.components.schemas)) ajv.addSchema({ ...retarget(schema), $id: `${ID}${name}` });

const compiled = new Map<string, ValidateFunction>();

function validator(schema: SchemaObject): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(retarget(schema));
    compiled.set(key, validate);
  }
  return validate;
}

export interface SchemaError {
  /** JSON pointer into the body. */
  pointer: string;
  message: string;
}

const describe = (error: ErrorObject): SchemaError => {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    return { pointer: `${error.instancePath}/${String(params['missingProperty'])}`, message: `required property ${String(params['missingProperty'])} is missing` };
  }
  return { pointer: error.instancePath, message: `${error.message ?? error.keyword}` };
};

/**
 * Errors of `value` against `schema`. A `oneOf` at the top (the `…Representation` schemas) is checked alternative by
 * alternative, and the errors of the one that went deepest are given: ajv's own report lists every alternative's.
 */
export function validateJson(value: unknown, schema: SchemaObject): SchemaError[] {
  const resolved = resolve(schema);
  const alternatives = Array.isArray(resolved['oneOf']) ? chosen(resolved, value) : [schema];
  let best: ErrorObject[] | undefined;
  for (const alternative of alternatives) {
    const validate = validator(alternative);
    if (validate(value)) return [];
    const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
    if (best === undefined || rank(errors) < rank(best)) best = errors;
  }
  return unique((best ?? []).map(describe));
}

/** The alternatives of a `oneOf` worth reporting on: the one its discriminator names, when the value names one; else all. */
function chosen(schema: SchemaObject, value: unknown): SchemaObject[] {
  const alternatives = schema['oneOf'] as SchemaObject[];
  const discriminator = schema['discriminator'] as { propertyName?: string; mapping?: Record<string, string> } | undefined;
  const tag = discriminator?.propertyName && typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[discriminator.propertyName] : undefined;
  if (typeof tag !== 'string') return alternatives;
  const target = discriminator?.mapping?.[tag] ?? `#/components/schemas/${tag}`;
  const named = alternatives.find((a) => a.$ref === target);
  return named ? [named] : alternatives;
}

/** Fewer errors at the root first (the alternative matched further), then fewer errors. */
const rank = (errors: ErrorObject[]): number => errors.filter((e) => e.instancePath === '').length * 10_000 + errors.length;

const unique = (errors: SchemaError[]): SchemaError[] => [...new Map(errors.map((e) => [`${e.pointer} ${e.message}`, e])).values()];

/** A header's text checked against its documented schema (integers and numbers read from the text). */
export function validateHeader(text: string, schema: SchemaObject): string | undefined {
  const type = resolve(schema)['type'];
  const value = (type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
  const validate = validator(schema);
  return validate(value) ? undefined : (validate.errors ?? []).map((e) => e.message).join('; ');
}
