// Typed filters: built per query type from its queryable fields, printed by @vbem/query (quoting, escaping, UTC dates).
import { and as allOf, compare, type Filter as FilterTree, FilterError, type Operator, or as anyOf, printFilter } from '@vbem/query';
import { echo, EmError } from '../errors.ts';
import { query } from '../generated/query.gen.ts';
import type { QueryDescriptor, QueryField as FieldDescriptor } from './descriptor.ts';
import type { QueryField, QueryType } from './types.ts';

const table: QueryDescriptor = query;
const FILTER = Symbol('vbem.filter');

type Fields<T extends QueryType> = (typeof query)['types'][T]['fields'];

/** The value a field compares with: a `Date` for dates, one of the listed values for an enum, a number, or text. */
export type FieldValue<T extends QueryType, K extends QueryField<T>> = Fields<T>[K] extends { kind: 'date' }
  ? Date
  : Fields<T>[K] extends { kind: 'enum'; values: readonly (infer V)[] }
    ? V
    : Fields<T>[K] extends { kind: 'integer' | 'number' }
      ? number
      : string;

/** A filter over the fields of `T`; `toString()` is the EM filter text that is sent. */
export interface Filter<T extends QueryType> {
  readonly [FILTER]: true;
  readonly type: T;
  /** The filter as a @vbem/query tree. */
  readonly tree: FilterTree;
  /** This filter and every one of `more` (`;`). */
  and(...more: Filter<T>[]): Filter<T>;
  /** This filter or any one of `more` (`,`). */
  or(...more: Filter<T>[]): Filter<T>;
  toString(): string;
}

/** Comparisons of one field. */
export interface FieldFilter<T extends QueryType, V> {
  eq(value: V): Filter<T>;
  ne(value: V): Filter<T>;
  lt(value: V): Filter<T>;
  lte(value: V): Filter<T>;
  gt(value: V): Filter<T>;
  gte(value: V): Filter<T>;
  /** Equal to any of `values` (an OR of `==`); at least one value. */
  oneOf(values: readonly V[]): Filter<T>;
}

/** The fields of one query type, to build its filters from. */
export interface Where<T extends QueryType> {
  readonly type: T;
  field<K extends QueryField<T>>(name: K): FieldFilter<T, FieldValue<T, K>>;
}

export const isFilter = (value: unknown): value is Filter<QueryType> =>
  typeof value === 'object' && value !== null && (value as { [FILTER]?: unknown })[FILTER] === true;

const invalid = (message: string, cause?: unknown) => new EmError('invalid-argument', message, cause === undefined ? {} : { cause });

/** @vbem/query's refusal (a control character in a value, say) as the client's error. */
function printed(tree: FilterTree): string {
  try {
    return printFilter(tree);
  } catch (error) {
    if (error instanceof FilterError) throw invalid(`The filter cannot be written: ${echo(error.message)}`, error);
    throw error;
  }
}

function makeFilter<T extends QueryType>(type: T, tree: FilterTree): Filter<T> {
  const text = printed(tree);
  const filter: Filter<T> = {
    [FILTER]: true,
    type,
    tree,
    and: (...more) => combine('and', [filter, ...more]),
    or: (...more) => combine('or', [filter, ...more]),
    toString: () => text,
  };
  return Object.freeze(filter);
}

function combine<T extends QueryType>(kind: 'and' | 'or', filters: Filter<T>[]): Filter<T> {
  if (filters.length === 0) throw invalid(`${kind}() needs at least one filter.`);
  const type = filters[0]!.type;
  for (const filter of filters) {
    if (!isFilter(filter)) throw invalid(`${kind}() takes filters built with where(); got ${filter === null ? 'null' : typeof filter}.`);
    if (filter.type !== type) throw invalid(`${kind}() cannot join a ${type} filter with a ${filter.type} filter: a query has one type.`);
  }
  const trees = filters.map((filter) => filter.tree);
  return makeFilter(type, kind === 'and' ? allOf(...trees) : anyOf(...trees));
}

/** Every one of `filters` must hold (`;`). */
export const and = <T extends QueryType>(first: Filter<T>, ...more: NoInfer<Filter<T>>[]): Filter<T> => combine('and', [first, ...more]);
/** At least one of `filters` must hold (`,`). */
export const or = <T extends QueryType>(first: Filter<T>, ...more: NoInfer<Filter<T>>[]): Filter<T> => combine('or', [first, ...more]);

/** `value` checked against the field's kind (for callers without the compiler's help); the scalar @vbem/query writes. */
function scalarOf(type: string, name: string, field: FieldDescriptor, value: unknown): string | number | Date {
  const wrong = (expected: string) => invalid(`${type}.${name} compares with ${expected}; got ${value instanceof Date ? 'an invalid Date' : typeof value === 'string' ? echo(JSON.stringify(value)) : typeof value === 'number' ? String(value) : value === null ? 'null' : typeof value}.`);
  switch (field.kind) {
    case 'date':
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw wrong('a valid Date (written in UTC)');
      return value;
    case 'enum':
      if (typeof value !== 'string' || !field.values!.includes(value)) throw wrong(`one of ${field.values!.join(', ')}`);
      return value;
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw wrong('a whole number');
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw wrong('a finite number');
      return value;
    case 'string':
      if (typeof value !== 'string') throw wrong('text');
      return value;
  }
}

/** The filters of query type `type`: `where('VmRestorePoint').field('CreationTime').gte(since)`. */
export function where<T extends QueryType>(type: T): Where<T> {
  if (typeof type !== 'string' || !Object.hasOwn(table.types, type)) {
    throw invalid(`where() takes a query type, one of ${Object.keys(table.types).join(', ')}; got ${typeof type === 'string' ? echo(JSON.stringify(type)) : typeof type}.`);
  }
  const fields = table.types[type]!.fields;
  return {
    type,
    field<K extends QueryField<T>>(name: K): FieldFilter<T, FieldValue<T, K>> {
      if (typeof name !== 'string' || !Object.hasOwn(fields, name)) {
        throw invalid(`${type} has no queryable field ${typeof name === 'string' ? echo(JSON.stringify(name)) : typeof name}; expected one of ${Object.keys(fields).join(', ')}.`);
      }
      const field = fields[name]!;
      const comparison = (operator: Operator) => (value: FieldValue<T, K>) => makeFilter(type, compare(name, operator, scalarOf(type, name, field, value)));
      return {
        eq: comparison('=='),
        ne: comparison('!='),
        lt: comparison('<'),
        lte: comparison('<='),
        gt: comparison('>'),
        gte: comparison('>='),
        oneOf: (values) => {
          if (!Array.isArray(values) || values.length === 0) throw invalid(`oneOf() on ${type}.${name} needs at least one value.`);
          return makeFilter(type, anyOf(...values.map((value) => compare(name, '==', scalarOf(type, name, field, value)))));
        },
      };
    },
  };
}
