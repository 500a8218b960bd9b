// Client ⇄ mock end to end: logon with credentials → list restore points with the session → logout, in both formats.
import { createEmClient } from '@vbem/client';
import { type Mock, startMock } from '@vbem/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedExample, operationOf, servedAt } from './support/expected.ts';

const BACKUP = '7b6a400c-452c-41d1-bb81-ea682e89492d';

interface Exchange {
  method: string;
  path: string;
  request: Headers;
  status: number;
  response: Headers;
}

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.stop());

describe.each(['xml', 'json'] as const)('logon → listRestorePoints → logout (%s)', (format) => {
  it('uses the session the logon returned and ends it', async () => {
    const wire: Exchange[] = [];
    const em = createEmClient({
      baseUrl: mock.url,
      format,
      credentials: { username: 'SRV12\\Administrator', password: 'secret' },
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const url = new URL(String(input));
        wire.push({ method: init?.method ?? 'GET', path: url.pathname + url.search, request: new Headers(init?.headers), status: response.status, response: response.headers });
        return response;
      },
    });

    const session = await em.logon();
    const refs = await em.listRestorePoints(BACKUP);
    await em.logout();

    expect(session).toEqual(servedAt(expectedExample(operationOf('POST', '/sessionMngr/'), 201), mock.url));
    expect(refs).toEqual((servedAt(expectedExample(operationOf('GET', '/backups/{ID}/restorePoints'), 200), mock.url) as { Refs: unknown[] }).Refs);

    const mediaType = format === 'json' ? 'application/json' : 'application/xml';
    expect(wire.map((x) => `${x.method} ${x.path} → ${x.status}`)).toEqual([
      'POST /api/sessionMngr/?v=latest → 201',
      `GET /api/backups/${BACKUP}/restorePoints → 200`,
      `DELETE /api/logonSessions/${session.SessionId} → 204`,
    ]);
    const [logon, list, logout] = wire as [Exchange, Exchange, Exchange];
    expect(logon.request.get('authorization')).toBe(`Basic ${Buffer.from('SRV12\\Administrator:secret').toString('base64')}`);
    const token = logon.response.get('x-restsvcsessionid');
    expect(token).toBeTruthy();
    expect(list.request.get('x-restsvcsessionid')).toBe(token);
    expect(logout.request.get('x-restsvcsessionid')).toBe(token);
    for (const x of [logon, list]) expect(x.response.get('content-type')).toBe(mediaType);
  });
});
