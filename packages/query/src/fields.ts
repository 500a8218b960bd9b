// Field descriptions in the shape of the spec's `x-em-query-fields`, looked up without regard to case.

import { FilterError, quote } from './errors.ts';

/** One queryable field, as `x-em-query-fields` describes it (extra keys such as `x-em-property` are kept). */
export interface QueryField {
  readonly type: 'string' | 'integer' | 'number';
  readonly format?: string;
  /** For an enumerated field: its values in the order EM compares them. */
  readonly enum?: readonly string[];
  readonly description?: string;
  readonly [extension: `x-${string}`]: unknown;
}

/** The queryable fields of one query type, by name. */
export type QueryFields = Readonly<Record<string, QueryField>>;

/** How a field's values compare. */
export type FieldKind = 'string' | 'date-time' | 'integer' | 'number' | 'enum';

export interface ResolvedField {
  /** The name as the description spells it. */
  readonly name: string;
  readonly field: QueryField;
  readonly kind: FieldKind;
  /** For an enum: its values in lower case, in order. */
  readonly lowerEnum: readonly string[];
}

export function kindOf(field: QueryField): FieldKind {
  if (field.enum !== undefined) return 'enum';
  if (field.type === 'integer' || field.type === 'number') return field.type;
  return field.format === 'date-time' ? 'date-time' : 'string';
}

const indexes = new WeakMap<QueryFields, Map<string, ResolvedField>>();

/** The field called `name` in any case; throws FilterError `unknown-field` listing the fields there are. */
export function resolveField(fields: QueryFields, name: string): ResolvedField {
  let index = indexes.get(fields);
  if (index === undefined) {
    index = new Map();
    for (const [key, field] of Object.entries(fields)) {
      index.set(key.toLowerCase(), { name: key, field, kind: kindOf(field), lowerEnum: (field.enum ?? []).map((v) => v.toLowerCase()) });
    }
    indexes.set(fields, index);
  }
  const found = index.get(name.toLowerCase());
  if (found === undefined) {
    throw new FilterError('unknown-field', `Unknown field ${quote(name)}`, { offset: -1, part: name, expected: `one of the queryable fields ${Object.keys(fields).join(', ')}` });
  }
  return found;
}
