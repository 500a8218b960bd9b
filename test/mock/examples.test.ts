// Client ⇄ mock: every operation, media type and documented status gives the client the spec's example, decoded.
import { createEmClient, type EmClient } from '@vbem/client';
import { type Mock, startMock } from '@vbem/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleParams, expectedExample, operations, servedAt } from './support/expected.ts';

type Media = 'xml' | 'json' | '*/*';

/**
 * A paged answer (a QueryResult) depends on its query: ask the one its example was answered to, which its First
 * link names; other answers take the operation's example parameters.
 */
function pagedQuery(example: unknown): Record<string, string> | undefined {
  const first = (example as { PagingInfo?: { Links?: { Rel: string; Href: string }[] } }).PagingInfo?.Links?.find((l) => l.Rel === 'First');
  return first === undefined ? undefined : Object.fromEntries(new URL(first.Href).searchParams);
}
const CREDENTIALS = { username: 'SRV12\\Administrator', password: 'secret' };

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.stop());

/** A fetch that sends what the case needs: `*∕*` instead of the client's Accept, or no credentials at all. */
const fetchFor =
  (media: Media, withoutCredentials: boolean): typeof fetch =>
  (input, init) => {
    const headers = new Headers(init?.headers);
    if (media === '*/*') headers.set('accept', '*/*');
    if (withoutCredentials) {
      headers.delete('x-restsvcsessionid');
      headers.delete('authorization');
    }
    return fetch(input, { ...init, headers });
  };

const cases = operations.flatMap((operation) =>
  Object.keys(operation.responses)
    .map(Number)
    .filter((status) => status < 300 || status === 401 || status === 404)
    .flatMap((status) => (['xml', 'json', '*/*'] as const).map((media) => ({ operation, status, media, title: `${operation.method} ${operation.path} ${status} ${media}` }))),
);

describe('the client gets the spec’s examples from the mock', () => {
  it('covers every operation with its success, 401 and (where documented) 404 in three media types', () => {
    expect(new Set(cases.map((c) => `${c.operation.method} ${c.operation.path}`)).size).toBe(operations.length);
    // Each operation answers a success in each media type, and each one behind a session its 401.
    for (const operation of operations) {
      const mine = cases.filter((c) => c.operation === operation);
      expect(mine.filter((c) => c.status < 300), `${operation.method} ${operation.path}`).toHaveLength(3);
      if (operation.path !== '/') expect(mine.filter((c) => c.status === 401), `${operation.method} ${operation.path}`).toHaveLength(3);
    }
  });

  it.each(cases)('$title', async ({ operation, status, media }) => {
    const em: EmClient = createEmClient({
      baseUrl: mock.url,
      format: media === 'json' ? 'json' : 'xml',
      // Logon needs credentials; the other calls a session, which the 401 cases strip off on the wire.
      ...(operation.path === '/sessionMngr/' ? { credentials: CREDENTIALS } : { sessionId: 'O9Msj3rq7EGUhtSMBQx+mw==' }),
      fetch: fetchFor(media, status === 401),
    });
    const call = em[operation.method as 'GET'] as (path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    const { data, error, response } = await call(operation.path, {
      params: exampleParams(operation, { query: status < 300 && operation.responses[String(status)] ? pagedQuery(expectedExample(operation, status)) : undefined }),
      ...(status === 404 ? { headers: { Prefer: 'code=404' } } : {}),
    });

    expect(response.status).toBe(status);
    if (status === 204) {
      expect(data ?? undefined).toBeUndefined();
      expect(error).toBeUndefined();
      return;
    }
    expect(response.headers.get('content-type')?.split(';')[0]).toBe(media === 'json' ? 'application/json' : 'application/xml');
    const expected = servedAt(expectedExample(operation, status), mock.url);
    if (status < 300) {
      expect(error).toBeUndefined();
      expect(data).toEqual(expected);
    } else {
      expect(data).toBeUndefined();
      expect(error).toEqual(expected);
    }
  });
});
