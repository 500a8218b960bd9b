import { describe, expect, it } from 'vitest';
import { createEmClient, type LogonSession } from '../../src/index.ts';
import { expectEmError } from '../support/expect-em-error.ts';
import { BACKUP, BASE, fakeEm, json, type Seen, TOKEN, xml } from '../support/fake-em.ts';
import { jsonExample, xmlExample } from '../support/fixtures.ts';

const credentials = { username: 'SRV12\\Administrator', password: 'p@ss:wörd' };
const SESSION_ID = '15a3fc97-0325-4119-b789-5c0367c6c565';
const isLogon = (r: Seen) => r.method === 'POST' && r.url.pathname === '/api/sessionMngr/';

/** An EM that issues tokens token-1, token-2, … and accepts only the tokens in `valid`. */
function emWithSessions(options: { valid?: (token: string) => boolean; format?: 'xml' | 'json' } = {}) {
  let issued = 0;
  const valid = options.valid ?? (() => true);
  return fakeEm((request) => {
    const asJson = request.headers.get('accept') === 'application/json';
    if (isLogon(request)) {
      issued++;
      const body = asJson ? json(jsonExample('LogonSession'), 201, { 'X-RestSvcSessionId': `token-${issued}` }) : xml(xmlExample('LogonSession'), 201, { 'X-RestSvcSessionId': `token-${issued}` });
      return body;
    }
    const token = request.headers.get('x-restsvcsessionid');
    if (!token || !valid(token)) return asJson ? json(jsonExample('ErrorUnauthorized'), 401) : xml(xmlExample('ErrorUnauthorized'), 401);
    if (request.method === 'DELETE') return new Response(null, { status: 204 });
    return asJson ? json(jsonExample('RestorePoints')) : xml(xmlExample('RestorePoints'));
  });
}

describe('logon session', () => {
  it.each(['xml', 'json'] as const)('logs on with HTTP Basic and uses the token from the header (%s)', async (format) => {
    const em = emWithSessions();
    const client = createEmClient({ baseUrl: BASE, format, credentials, fetch: em.fetch });
    await client.listRestorePoints(BACKUP);
    const [logon, list] = em.calls;
    expect(logon!.url.href).toBe(`${BASE}/sessionMngr/?v=latest`);
    expect(logon!.headers.get('authorization')).toBe(`Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`);
    expect(logon!.headers.get('x-restsvcsessionid')).toBeNull();
    expect(list!.headers.get('x-restsvcsessionid')).toBe('token-1');
    expect(list!.headers.get('authorization')).toBeNull();
  });

  it('logon() returns the decoded LogonSession, the same in both formats', async () => {
    const sessions: LogonSession[] = [];
    for (const format of ['xml', 'json'] as const) {
      sessions.push(await createEmClient({ baseUrl: BASE, format, credentials, fetch: emWithSessions().fetch }).logon());
    }
    expect(sessions[0]).toEqual(sessions[1]);
    expect(sessions[0]!.SessionId).toBe(SESSION_ID);
  });

  it('shares one logon between 50 concurrent first calls', async () => {
    const em = emWithSessions();
    const client = createEmClient({ baseUrl: BASE, credentials, fetch: em.fetch });
    await Promise.all(Array.from({ length: 50 }, () => client.listRestorePoints(BACKUP)));
    expect(em.calls.filter(isLogon)).toHaveLength(1);
    expect(new Set(em.calls.filter((c) => !isLogon(c)).map((c) => c.headers.get('x-restsvcsessionid')))).toEqual(new Set(['token-1']));
  });

  it('logs on again once after a 401 (expired session) and retries once', async () => {
    const em = emWithSessions({ valid: (token) => token !== 'expired' });
    const client = createEmClient({ baseUrl: BASE, sessionId: 'expired', credentials, fetch: em.fetch });
    await expect(client.listRestorePoints(BACKUP)).resolves.toHaveLength(1);
    expect(em.calls.map((c) => `${c.method} ${c.url.pathname} ${c.headers.get('x-restsvcsessionid')}`)).toEqual([
      `GET /api/backups/${BACKUP}/restorePoints expired`,
      'POST /api/sessionMngr/ null',
      `GET /api/backups/${BACKUP}/restorePoints token-1`,
    ]);
  });

  it('stops after one re-logon when every request gets 401: no loop, a typed error', async () => {
    const em = emWithSessions({ valid: () => false });
    const client = createEmClient({ baseUrl: BASE, credentials, fetch: em.fetch });
    const error = await expectEmError(client.listRestorePoints(BACKUP), 'unauthorized', /answered 401/);
    expect(error.status).toBe(401);
    expect(em.calls.filter(isLogon)).toHaveLength(2);
    expect(em.calls).toHaveLength(4);
  });

  it('concurrent 401s on the same stale token share one re-logon', async () => {
    const em = emWithSessions({ valid: (token) => token !== 'expired' });
    const client = createEmClient({ baseUrl: BASE, sessionId: 'expired', credentials, fetch: em.fetch });
    await Promise.all(Array.from({ length: 20 }, () => client.listRestorePoints(BACKUP)));
    expect(em.calls.filter(isLogon)).toHaveLength(1);
  });

  it('with only a sessionId, a 401 is a typed error that says how to recover', async () => {
    const em = emWithSessions({ valid: () => false });
    await expectEmError(createEmClient({ baseUrl: BASE, sessionId: 'expired', fetch: em.fetch }).listRestorePoints(BACKUP), 'unauthorized', /give credentials/);
    expect(em.calls).toHaveLength(1);
  });

  it('without sessionId or credentials, fails before sending anything', async () => {
    const em = emWithSessions();
    await expectEmError(createEmClient({ baseUrl: BASE, fetch: em.fetch }).listRestorePoints(BACKUP), 'unauthorized', /pass `sessionId` or `credentials`/);
    expect(em.calls).toHaveLength(0);
  });

  it('reports bad credentials as logon-failed with EM’s message', async () => {
    const { fetch } = fakeEm(() => xml(xmlExample('ErrorLogonRefused'), 401, { 'WWW-Authenticate': 'Basic Realm=RestSvc' }));
    const error = await expectEmError(createEmClient({ baseUrl: BASE, format: 'xml', credentials, fetch }).logon(), 'logon-failed', /status 401: Failed to logon/);
    expect(error.body?.StatusCode).toBe(401);
  });

  it('refuses a logon answer without the X-RestSvcSessionId header (the token is never computed)', async () => {
    const { fetch } = fakeEm(() => json(jsonExample('LogonSession'), 201));
    await expectEmError(createEmClient({ baseUrl: BASE, credentials, fetch }).logon(), 'logon-failed', /without an X-RestSvcSessionId header/);
  });

  it('logout() deletes the logon session with its token, then logs on afresh when needed', async () => {
    const em = emWithSessions();
    const client = createEmClient({ baseUrl: BASE, credentials, fetch: em.fetch });
    await client.logon();
    await client.logout();
    const del = em.calls[1]!;
    expect(`${del.method} ${del.url.pathname}`).toBe(`DELETE /api/logonSessions/${SESSION_ID}`);
    expect(del.headers.get('x-restsvcsessionid')).toBe('token-1');
    await client.listRestorePoints(BACKUP);
    expect(em.calls.filter(isLogon)).toHaveLength(2);
  });

  it('`await using` logs out at the end of the scope', async () => {
    const em = emWithSessions();
    {
      await using client = createEmClient({ baseUrl: BASE, credentials, fetch: em.fetch });
      await client.listRestorePoints(BACKUP);
    }
    expect(em.calls.at(-1)!.method).toBe('DELETE');
  });

  it('logout() does nothing for a session it did not create', async () => {
    const em = emWithSessions();
    await createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch: em.fetch }).logout();
    expect(em.calls).toHaveLength(0);
  });

  it('never puts the token or the password in an error message, even when the server echoes them', async () => {
    const { fetch } = fakeEm((request) =>
      isLogon(request)
        ? json(jsonExample('LogonSession'), 201, { 'X-RestSvcSessionId': 'secret-token' })
        : json({ Message: `bad token secret-token for ${credentials.password} (${request.headers.get('authorization')})`, StatusCode: 500 }, 500),
    );
    const error = await expectEmError(createEmClient({ baseUrl: BASE, credentials, fetch }).listRestorePoints(BACKUP), 'http');
    expect(error.message).toContain('[redacted]');
    expect(error.message).not.toContain('secret-token');
    expect(error.message).not.toContain(credentials.password);
    expect(String(error.stack)).not.toContain('secret-token');
  });
});
