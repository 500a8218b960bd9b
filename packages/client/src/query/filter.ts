// Typed filters: built per query type from its queryable fields, printed by @vbem/query (quoting, escaping, UTC dates).
import type { QueryType } from './types.ts';

const FILTER = Symbol('vbem.filter');

/** A filter over the fields of `T`; its `toString()` is the EM filter text sent. */
export interface Filter<T extends QueryType> {
  readonly [FILTER]: true;
  readonly type: T;
  toString(): string;
}

export const isFilter = (value: unknown): value is Filter<QueryType> => typeof value === 'object' && value !== null && (value as { [FILTER]?: unknown })[FILTER] === true;
