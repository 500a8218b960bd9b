// A query's options, checked before anything is sent, and the URL they make (parameters in the spec's order).
import { echo, EmError } from '../errors.ts';
import { query } from '../generated/query.gen.ts';
import type { QueryDescriptor } from './descriptor.ts';
import { isFilter } from './filter.ts';
import type { QueryFormat, QueryType } from './types.ts';

const table: QueryDescriptor = query;

/** Sent when the caller gives no `pageSize`: servers differ in their own default (all on one page, or 100). */
export const DEFAULT_PAGE_SIZE = 1000;
const INT32_MAX = 2 ** 31 - 1;

const shown = (value: unknown): string =>
  typeof value === 'string' ? echo(JSON.stringify(value)) : typeof value === 'number' ? String(value) : value === null ? 'null' : typeof value;

const bad = (name: string, value: unknown, expected: string): EmError => new EmError('invalid-argument', `${name} is ${shown(value)}; expected ${expected}.`);

const isPageNumber = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= INT32_MAX;

/** Query options as they arrive at run time (from JavaScript, say): every one is checked. */
export interface UncheckedQuery {
  type?: unknown;
  format?: unknown;
  filter?: unknown;
  sort?: unknown;
  pageSize?: unknown;
  page?: unknown;
  signal?: AbortSignal;
}

export interface CheckedQuery {
  type: QueryType;
  format: QueryFormat | undefined;
  /** The filter as sent, if any. */
  filter: string | undefined;
  /** The sort field, if any. */
  sort: string | undefined;
  /** The path and query string under the API root. */
  path: string;
}

/** Checks `options` against the spec's query types, formats and fields; throws `invalid-argument` naming what is wrong. */
export function checkQuery(options: UncheckedQuery): CheckedQuery {
  if (typeof options !== 'object' || options === null) throw bad('The query options', options, 'an object such as { type: "VmRestorePoint" }');
  const { type, format, filter, sort, pageSize = DEFAULT_PAGE_SIZE, page = 1 } = options;
  const types = Object.keys(table.types);
  if (typeof type !== 'string' || !Object.hasOwn(table.types, type)) throw bad('type', type, `one of ${types.join(', ')}`);
  if (format !== undefined && !table.formats.includes(format as string)) throw bad('format', format, `${table.formats.map((f) => `'${f}'`).join(' or ')}, or no format for references`);
  const fields = table.types[type]!.fields;
  const fieldNames = Object.keys(fields).join(', ');

  let sent: string | undefined;
  if (typeof filter === 'string') {
    if (filter.trim() === '') throw bad('filter', filter, 'a filter such as VmDisplayName==winsrv01, or no filter');
    sent = filter;
  } else if (isFilter(filter)) {
    if (filter.type !== type) throw new EmError('invalid-argument', `The filter was built for ${filter.type}, not for type ${type}; build it with where('${type}').`);
    sent = filter.toString();
  } else if (filter !== undefined) {
    throw bad('filter', filter, `a filter built with where('${type}'), or an EM filter string`);
  }

  let sortParam: [string, string] | undefined;
  if (sort !== undefined) {
    const keys = typeof sort === 'object' && sort !== null ? Object.keys(sort).filter((k) => (sort as Record<string, unknown>)[k] !== undefined) : [];
    const key = keys[0];
    if (keys.length !== 1 || (key !== 'asc' && key !== 'desc')) throw bad('sort', sort, "{ asc: field } or { desc: field }");
    const field = (sort as Record<string, unknown>)[key];
    if (typeof field !== 'string' || !Object.hasOwn(fields, field)) throw bad(`sort.${key}`, field, `a field of ${type}: ${fieldNames}`);
    sortParam = [key === 'asc' ? 'sortAsc' : 'sortDesc', field];
  }
  if (!isPageNumber(pageSize)) throw bad('pageSize', pageSize, `a whole number from 1 to ${INT32_MAX}`);
  if (!isPageNumber(page)) throw bad('page', page, `a whole number from 1 to ${INT32_MAX}`);

  // encodeURIComponent, not URLSearchParams: a space goes as %20, never as `+`, which a server may keep as a plus.
  const params: [string, string][] = [['type', type]];
  if (format !== undefined) params.push(['format', format as string]);
  if (sent !== undefined) params.push(['filter', sent]);
  if (sortParam) params.push(sortParam);
  params.push(['pageSize', String(pageSize)], ['page', String(page)]);
  const search = params.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
  return { type: type as QueryType, format: format as QueryFormat | undefined, filter: sent, sort: sortParam?.[1], path: `${table.path}?${search}` };
}
