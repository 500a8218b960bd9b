// query and iterateQuery: GET /query through the client's one transport path (session, deadlines, bounded decoding).
import type { OperationDescriptor } from '../descriptor.ts';
import type { EmError } from '../errors.ts';
import { query as table } from '../generated/query.gen.ts';
import type { Answer, ExchangeInit } from '../transport.ts';
import type { ErrorBody } from '../types.ts';
import { itemsOf } from './page.ts';
import { nextPage, PageProgress } from './paging.ts';
import { refusal } from './refusal.ts';
import { type CheckedQuery, checkQuery, type UncheckedQuery } from './request.ts';
import type { QueryFormat, QueryItem, QueryMethods, QueryPage, QueryResult, QueryType } from './types.ts';

export interface QueryServiceOptions {
  /** The API root without a trailing slash. */
  root: string;
  operation: OperationDescriptor;
  /** Sends with the client's session (logon, one renewal on a 401): the path of every other request. */
  send: (url: string, init: ExchangeInit, operation: OperationDescriptor) => Promise<Answer>;
  /** The client's error for an answer that is not 2xx. */
  httpError: (what: string, response: Response, value: unknown) => EmError;
  /** Takes secrets out of an error on its way to the caller. */
  scrub: (error: unknown) => never;
}

export function createQueryService(options: QueryServiceOptions): QueryMethods {
  const { root, operation, send, httpError, scrub } = options;

  async function fetchPage(url: string, sent: CheckedQuery, signal: AbortSignal | undefined): Promise<QueryPage<QueryType, QueryFormat | undefined>> {
    const { response, value } = await send(url, { method: 'GET', headers: {}, ...(signal ? { signal } : {}) }, operation);
    if (response.status === 400) throw refusal(sent, 400, typeof value === 'object' && value !== null ? (value as ErrorBody) : undefined);
    if (!response.ok || value === undefined) throw httpError(`query ${sent.type}`, response, value);
    const result = value as QueryResult;
    return { items: itemsOf(result, sent.type, sent.format) as QueryItem<QueryType, QueryFormat | undefined>[], PagingInfo: result.PagingInfo, result };
  }

  async function query(options: UncheckedQuery) {
    const sent = checkQuery(options);
    return fetchPage(`${root}${sent.path}`, sent, options.signal);
  }

  async function* iterateQuery(options: UncheckedQuery) {
    try {
      const sent = checkQuery(options);
      const progress = new PageProgress();
      let url: string | undefined = `${root}${sent.path}`;
      while (url !== undefined) {
        // One page at a time: the next is asked for only once the caller has taken every item of this one.
        const { items, PagingInfo }: QueryPage<QueryType, QueryFormat | undefined> = await fetchPage(url, sent, options.signal);
        progress.check(PagingInfo, items);
        yield* items;
        url = nextPage(PagingInfo, items, url, root, table.path);
      }
    } catch (error) {
      scrub(error);
    }
  }

  return {
    query: ((options: UncheckedQuery) => query(options).catch(scrub)) as QueryMethods['query'],
    iterateQuery: iterateQuery as QueryMethods['iterateQuery'],
  };
}
