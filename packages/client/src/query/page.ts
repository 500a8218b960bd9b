// A decoded QueryResult as a typed page: the items the query asked for, refused when the page holds another kind.
import { EmError } from '../errors.ts';
import { query } from '../generated/query.gen.ts';
import type { QueryDescriptor } from './descriptor.ts';
import type { QueryFormat, QueryResult, QueryType } from './types.ts';

const table: QueryDescriptor = query;

type Lists = Record<string, Record<string, unknown[] | undefined> | null | undefined>;

/** The items of `result` for a `type` query in `format`; `invalid-body` when the page holds references or entities it was not asked for. */
export function itemsOf(result: QueryResult, type: QueryType, format: QueryFormat | undefined): unknown[] {
  const own = table.types[type]!;
  const refs = result.Refs?.Refs ?? [];
  const lists = (result.Entities ?? {}) as Lists;
  const others = Object.entries(lists).filter(([list, value]) => list !== own.list && Object.values(value ?? {}).some((items) => (items?.length ?? 0) > 0));
  if (format === undefined) {
    if (others.length > 0 || (lists[own.list]?.[own.items]?.length ?? 0) > 0) {
      throw new EmError('invalid-body', `Invalid body: a ${type} query without a format should answer references (Refs); the page holds entities.`);
    }
    return refs;
  }
  if (refs.length > 0) throw new EmError('invalid-body', `Invalid body: a ${type} query with format ${format} should answer entities; the page holds references (Refs).`);
  if (others.length > 0) {
    throw new EmError('invalid-body', `Invalid body: a ${type} query should answer Entities.${own.list}; the page holds ${others.map(([list]) => `Entities.${list}`).join(', ')}.`);
  }
  return lists[own.list]?.[own.items] ?? [];
}
