// EM's session cookie and header spelling: logon sets `X-RestSvcSessionId` as a header in EM's spelling and as a cookie
// (path /api); a request that carries only the cookie is served as if it sent the header, in sessions mode too.
import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/index.ts';
import { send } from '../support/http.ts';

/** The head of the answer as it went on the wire (status line and headers, names spelled as sent). */
async function rawHead(url: string, head: string): Promise<string> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await once(socket, 'connect');
  socket.write(`${head}\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
  let data = '';
  for await (const chunk of socket) {
    data += (chunk as Buffer).toString('latin1');
    if (data.includes('\r\n\r\n')) break;
  }
  socket.destroy();
  return data.slice(0, data.indexOf('\r\n\r\n') + 2);
}

const PATH = '/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints';
const BASIC = { authorization: `Basic ${Buffer.from('u:p').toString('base64')}` };
let plain: Mock;
let sessions: Mock;

beforeAll(async () => {
  [plain, sessions] = await Promise.all([startMock({ port: 0 }), startMock({ port: 0, sessions: true })]);
});
afterAll(() => Promise.all([plain?.stop(), sessions?.stop()]));

describe('the session cookie', () => {
  it('logon answers the token in EM’s header spelling and as a cookie on /api', async () => {
    const head = await rawHead(plain.url, `POST /api/sessionMngr/?v=latest HTTP/1.1\r\nAuthorization: ${BASIC.authorization}`);
    expect(head).toMatch(/^HTTP\/1\.1 201 /);
    expect(head).toMatch(/\r\nX-RestSvcSessionId: \S+\r\n/);
    expect(head).toMatch(/\r\nSet-Cookie: X-RestSvcSessionId=\S+; Path=\/api; HttpOnly\r\n/i);
  });

  it('is taken instead of the header, and a request with neither gets 401', async () => {
    const logon = await send(`${sessions.url}/sessionMngr/?v=latest`, 'POST', BASIC);
    const cookie = String(logon.headers['set-cookie']).split(';')[0]!;
    expect(cookie).toBe(`X-RestSvcSessionId=${encodeURIComponent(String(logon.headers['x-restsvcsessionid']))}`);
    expect((await send(`${sessions.url}${PATH}`, 'GET', { cookie })).status).toBe(200);
    expect((await send(`${sessions.url}${PATH}`, 'GET', { cookie: 'X-RestSvcSessionId=unknown' })).status).toBe(401);
    expect((await send(`${sessions.url}${PATH}`, 'GET', {})).status).toBe(401);
  });
});
