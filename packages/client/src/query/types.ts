// The query service's types, all derived from the generated table (src/generated/query.gen.ts) and the spec's schemas.
import type { query } from '../generated/query.gen.ts';
import type { components } from '../generated/schema.gen.ts';
import type { Normalized, Ref } from '../types.ts';
import type { Filter } from './filter.ts';

type Table = (typeof query)['types'];
type Schemas = components['schemas'];

/** A query type the spec describes (`RestorePoint`, `VmRestorePoint`, ...). */
export type QueryType = keyof Table;
/** A `format` of the query (`Entities`); without one a page holds references. */
export type QueryFormat = (typeof query)['formats'][number];
/** A queryable field of `T` (`x-em-query-fields`): what filters and sorting name. */
export type QueryField<T extends QueryType> = keyof Table[T]['fields'] & string;
/** The entity a `T` query answers with `format: 'Entities'` (`VmRestorePoint` for `VmRestorePoint`). */
export type QueryEntity<T extends QueryType> = Normalized<Schemas[Table[T]['entity']]>;
/** What a page holds: entities of `T` with a format, references (`Ref`) without. */
export type QueryItem<T extends QueryType, F extends QueryFormat | undefined> = [F] extends [QueryFormat] ? QueryEntity<T> : Ref;
/** Where a page sits: `PageNum`, `PageSize`, `PagesCount`, and `Links` to the `First`, `Previous`, `Next` and `Last` pages. */
export type PagingInfo = Normalized<Schemas['PagingInfo']>;
/** One page of a query as decoded, both lists included (the one not asked for is empty or absent). */
export type QueryResult = Normalized<Schemas['QueryResult']>;

/** Sort by one queryable field, smallest (`asc`) or largest (`desc`) first. */
export type QuerySort<T extends QueryType> = { asc: QueryField<T>; desc?: never } | { desc: QueryField<T>; asc?: never };

export interface QueryOptions<T extends QueryType, F extends QueryFormat | undefined = undefined> {
  /** The query type. */
  type: T;
  /** `'Entities'` for the entities themselves; references without. */
  format?: F;
  /** Built with `where(type)` (see README), or an EM filter string sent as it is. */
  filter?: NoInfer<Filter<T>> | string;
  sort?: QuerySort<T>;
  /** Items per page, at least 1. Default 1000: servers differ in their own default, so the client always sends one. */
  pageSize?: number;
  /** The page to answer (`query`) or to start from (`iterateQuery`), from 1. Default 1. */
  page?: number;
  /** Cancels this query (for `iterateQuery`, every page of it). */
  signal?: AbortSignal;
}

/** One page of a query: its items, typed by `type` and `format`, and where it sits. */
export interface QueryPage<T extends QueryType, F extends QueryFormat | undefined = undefined> {
  items: QueryItem<T, F>[];
  PagingInfo: PagingInfo;
  /** The `QueryResult` as decoded. */
  result: QueryResult;
}

/** The query service on `EmClient`. */
export interface QueryMethods {
  /** One page of a query (`GET /query`); throws `EmError` on any failure, `invalid-argument` before sending for bad options. */
  query<T extends QueryType, F extends QueryFormat | undefined = undefined>(options: QueryOptions<T, F>): Promise<QueryPage<T, F>>;
  /**
   * Every item of every page, one page in memory at a time, by following `PagingInfo`'s `Next` link; stops fetching when
   * the loop is left. A server whose pages do not advance fails with `invalid-paging` (see README).
   */
  iterateQuery<T extends QueryType, F extends QueryFormat | undefined = undefined>(options: QueryOptions<T, F>): AsyncGenerator<QueryItem<T, F>, void, undefined>;
}
