// The JSON path's fast pass: normalizeObject's rules with no error paths built, reusing JSON.parse's own objects where they
// already have the normalised shape (copying costs more than parsing). On any failure it answers FAILED, and decodeJson
// reruns normalizeObject, which then throws the error naming where and why.
import type { PropertyDescriptor, SchemaDescriptor } from '../descriptor.ts';
import { schemas } from '../generated/descriptor.gen.ts';

export const FAILED = Symbol('failed');

interface Field {
  name: string;
  type: PropertyDescriptor['type'];
  required: boolean;
  /** The schema of an object, or of an array's items. */
  plan: Plan | undefined;
}

interface Plan {
  fields: Field[];
  /** The property names: an object with any other key is copied, so unknown keys (`__proto__` too) never survive. */
  known: Set<string>;
}

const plans = new Map<string, Plan>();

function planOf(name: string): Plan {
  const cached = plans.get(name);
  if (cached) return cached;
  const schema = (schemas as Record<string, SchemaDescriptor>)[name];
  if (!schema) throw new Error(`no schema ${name} in the descriptor`);
  const plan: Plan = { fields: [], known: new Set(schema.properties.map((property) => property.name)) };
  plans.set(name, plan); // before the children, so recursive schemas terminate
  for (const property of schema.properties) {
    plan.fields.push({
      name: property.name,
      type: property.type,
      required: property.required,
      plan: property.schema === undefined ? undefined : planOf(property.schema),
    });
  }
  return plan;
}

const hasOwn = Object.hasOwn;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Normalises `value` in place when its keys are all known and no optional value is null; else copies it. */
function read(plan: Plan, value: unknown): Record<string, unknown> | typeof FAILED {
  if (!isRecord(value)) return FAILED;
  // for…in also sees enumerable keys inherited from a polluted prototype: those send the object to copy() as well.
  for (const key in value) if (!plan.known.has(key)) return copy(plan, value);
  const fields = plan.fields;
  for (let f = 0; f < fields.length; f++) {
    const field = fields[f]!;
    const raw = hasOwn(value, field.name) ? value[field.name] : undefined;
    if (field.type === 'array') {
      const items = readItems(field.plan!, raw);
      if (items === FAILED) return FAILED;
      if (items !== raw) value[field.name] = items;
    } else if (field.type === 'object' && raw !== null && raw !== undefined) {
      const object = read(field.plan!, raw);
      if (object === FAILED) return FAILED;
      value[field.name] = object;
    } else if (!isScalar(field, raw)) {
      if (raw === null && !field.required) return copy(plan, value); // null reads as absent: the key must go
      if (raw !== undefined || field.required) return FAILED;
    }
  }
  return value;
}

/** Builds a new object of the known keys only. Items and children already normalised by read() are reused as they are. */
function copy(plan: Plan, value: Record<string, unknown>): Record<string, unknown> | typeof FAILED {
  const out: Record<string, unknown> = {};
  const fields = plan.fields;
  for (let f = 0; f < fields.length; f++) {
    const field = fields[f]!;
    const raw = hasOwn(value, field.name) ? value[field.name] : undefined;
    if (field.type === 'array') {
      const items = readItems(field.plan!, raw);
      if (items === FAILED) return FAILED;
      out[field.name] = items;
    } else if (raw === null || raw === undefined) {
      if (field.required) return FAILED;
    } else if (field.type === 'object') {
      const object = read(field.plan!, raw);
      if (object === FAILED) return FAILED;
      out[field.name] = object;
    } else if (isScalar(field, raw)) {
      out[field.name] = raw;
    } else {
      return FAILED;
    }
  }
  return out;
}

/** `null` and absent read as [], a lone item as a one-item array; an array is normalised in place. */
function readItems(plan: Plan, raw: unknown): unknown[] | typeof FAILED {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) {
    const item = read(plan, raw);
    return item === FAILED ? FAILED : [item];
  }
  for (let i = 0; i < raw.length; i++) {
    const item = read(plan, raw[i]);
    if (item === FAILED) return FAILED;
    raw[i] = item;
  }
  return raw;
}

function isScalar(field: Field, raw: unknown): boolean {
  switch (field.type) {
    case 'string':
      return typeof raw === 'string';
    case 'integer':
      return Number.isSafeInteger(raw);
    case 'number':
      return Number.isFinite(raw);
    case 'boolean':
      return typeof raw === 'boolean';
    default:
      return false;
  }
}

/** A freshly parsed JSON value as `schemaName` (its objects may be reused), or FAILED when normalizeObject would throw. */
export function normalizeFast(schemaName: string, value: unknown): Record<string, unknown> | typeof FAILED {
  return read(planOf(schemaName), value);
}
