// startMock({ sessions }): logon tokens and logoff as EM keeps them, over raw HTTP and through @vbem/client.
import { createEmClient, decodeJson, decodeXml, EmError } from '@vbem/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/index.ts';
import { send } from '../support/http.ts';

// Long enough that a slow CI request never lets a session in use expire; short enough to wait out.
const IDLE_MS = 1_000;
const BACKUP = '7b6a400c-452c-41d1-bb81-ea682e89492d';
const EXAMPLE_SESSION_ID = '15a3fc97-0325-4119-b789-5c0367c6c565';
const BASIC = { authorization: `Basic ${Buffer.from('user:secret').toString('base64')}` };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let mock: Mock;
const lines: string[] = [];
beforeAll(async () => {
  mock = await startMock({ sessions: { idleMs: IDLE_MS }, log: (line) => lines.push(line) });
});
afterAll(() => mock?.stop());

const logon = async (accept?: string) => {
  const response = await send(`${mock.url}/sessionMngr/?v=latest`, 'POST', { ...BASIC, ...(accept ? { accept } : {}) });
  expect(response.status).toBe(201);
  const token = String(response.headers['x-restsvcsessionid']);
  const body = (accept === 'application/json' ? decodeJson(response.text, 'LogonSession') : await decodeXml(response.text, 'LogonSession')) as {
    SessionId: string;
    Href: string;
  };
  return { token, body, response };
};
const list = (token: string, accept?: string) =>
  send(`${mock.url}/backups/${BACKUP}/restorePoints`, 'GET', { 'x-restsvcsessionid': token, ...(accept ? { accept } : {}) });

describe('a mock started with sessions', () => {
  it.each([['xml', undefined], ['json', 'application/json']] as const)('gives every logon its own token and SessionId (%s)', async (_, accept) => {
    const first = await logon(accept);
    const second = await logon(accept);
    expect(first.token).not.toBe(second.token);
    expect(first.token).not.toBe('O9Msj3rq7EGUhtSMBQx+mw==');
    expect(first.body.SessionId).not.toBe(EXAMPLE_SESSION_ID);
    expect(first.body.SessionId).not.toBe(second.body.SessionId);
    expect(first.body.Href).toMatch(new RegExp(`/logonSessions/${first.body.SessionId}$`));
    expect(first.response.text).not.toContain(EXAMPLE_SESSION_ID);
  });

  it('answers the token it issued and refuses one it did not, with EM’s 401 in the negotiated type', async () => {
    const { token } = await logon();
    expect((await list(token)).status).toBe(200);
    const refused = await list('O9Msj3rq7EGUhtSMBQx+mw==');
    expect(refused.status).toBe(401);
    expect(refused.headers['content-type']).toMatch(/^application\/xml/);
    expect(refused.text).toContain('<Error');
    const refusedJson = await list('O9Msj3rq7EGUhtSMBQx+mw==', 'application/json');
    expect(refusedJson.status).toBe(401);
    expect(decodeJson(refusedJson.text, 'Error')).toMatchObject({ StatusCode: 401 });
  });

  it('ends a session on logoff: its token is refused after, and a second logoff is a 401', async () => {
    const { token, body } = await logon();
    const logoff = () => send(`${mock.url}/logonSessions/${body.SessionId}`, 'DELETE', { 'x-restsvcsessionid': token });
    expect((await logoff()).status).toBe(204);
    expect((await list(token)).status).toBe(401);
    expect((await logoff()).status).toBe(401);
  });

  it('answers 404 to the logoff of a SessionId that names no session', async () => {
    const { token } = await logon();
    const response = await send(`${mock.url}/logonSessions/${EXAMPLE_SESSION_ID}`, 'DELETE', { 'x-restsvcsessionid': token });
    expect(response.status).toBe(404);
    expect(response.text).toContain('<Error');
    expect((await list(token)).status).toBe(200);
  });

  it('ends a session left idle for idleMs; using it keeps it alive', async () => {
    const { token } = await logon();
    for (let i = 0; i < 3; i++) {
      await sleep(IDLE_MS / 4);
      expect((await list(token)).status).toBe(200);
    }
    await sleep(IDLE_MS + 200);
    expect((await list(token)).status).toBe(401);
  });

  it('lets @vbem/client log on, log on again when its session expired, and log off', async () => {
    const em = createEmClient({ baseUrl: mock.url, format: 'xml', credentials: { username: 'user', password: 'secret' } });
    const logons = () => lines.filter((line) => line.startsWith('POST /api/sessionMngr/')).length;
    const before = logons();
    const session = await em.logon();
    expect(session.SessionId).not.toBe(EXAMPLE_SESSION_ID);
    expect(await em.listRestorePoints(BACKUP)).not.toHaveLength(0);
    await sleep(IDLE_MS + 200);
    // The token is dead now: the client sees the 401, logs on once more and repeats the request.
    expect(await em.listRestorePoints(BACKUP)).not.toHaveLength(0);
    expect(logons() - before).toBe(2);
    await em.logout();
    expect(lines.at(-1)).toMatch(/^DELETE \/api\/logonSessions\/[0-9a-f-]{36} → 204/);
  });

  it('refuses a client holding a token the mock never issued', async () => {
    const em = createEmClient({ baseUrl: mock.url, sessionId: 'O9Msj3rq7EGUhtSMBQx+mw==' });
    const error = await em.listRestorePoints(BACKUP).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmError);
    expect((error as EmError).kind).toBe('unauthorized');
  });
});

describe('startMock checks the idle time', () => {
  it('refuses a non-positive idleMs before starting anything', async () => {
    await expect(startMock({ sessions: { idleMs: 0 } })).rejects.toThrow('sessions.idleMs is 0; expected a positive number of milliseconds.');
  });
});
