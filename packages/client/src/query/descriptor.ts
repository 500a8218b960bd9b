// The shape of the query table that tools/ generates from the spec (src/generated/query.gen.ts).

/** How a field's value is written in a filter. */
export type FieldKind = 'string' | 'date' | 'enum' | 'integer' | 'number';

export interface QueryField {
  kind: FieldKind;
  /** For `enum`: the values in EM's order, which comparisons follow. */
  values?: readonly string[];
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
  formats: readonly string[];
  types: Record<string, QueryTypeDescriptor>;
}
