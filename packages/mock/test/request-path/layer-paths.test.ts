// Paths over raw TCP, as written: bad escapes answer EM's 400 and leave Prism alive; dot segments and `#` never pass a session check.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gate, GATE_DEFAULTS } from '../../src/gate.ts';
import { type Mock, startMock } from '../../src/index.ts';
import { createLayer } from '../../src/server.ts';
import { expectEmError } from '../support/em-error.ts';
import { send, sendRaw } from '../support/http.ts';

const BACKUP = '7b6a400c-452c-41d1-bb81-ea682e89492d';
const BASIC = { authorization: `Basic ${Buffer.from('user:secret').toString('base64')}` };

let plain: Mock;
let sessions: Mock;
beforeAll(async () => {
  [plain, sessions] = await Promise.all([startMock(), startMock({ sessions: true })]);
});
afterAll(() => Promise.all([plain?.stop(), sessions?.stop()]));

describe('a bad percent-escape', () => {
  it.each(['%FF', '%E0%A4%A', '%zz'])('in the path (%s) answers EM’s 400 and the next request still gets 200 from the same Prism', async (escape) => {
    const pid = plain.prismPid;
    const bad = await sendRaw(plain.url, `GET /api/backups/${escape}/restorePoints HTTP/1.1\r\nX-RestSvcSessionId: t`);
    await expectEmError(bad, 400, /percent-escape/);
    const good = await send(`${plain.url}/backups/${BACKUP}/restorePoints`, 'GET', { 'X-RestSvcSessionId': 't' });
    expect(good.status).toBe(200);
    expect(plain.prismPid).toBe(pid);
  });

  it('answers the 400 in JSON when JSON is asked for', async () => {
    const bad = await sendRaw(plain.url, `GET /api/backups/%FF/restorePoints HTTP/1.1\r\nAccept: application/json\r\nX-RestSvcSessionId: t`);
    await expectEmError(bad, 400, /^The request path holds percent-escapes that are not UTF-8 \(%FF\)/, 'json');
  });

  it('in the query answers 400 too', async () => {
    const bad = await sendRaw(plain.url, `POST /api/sessionMngr/?v=%FF HTTP/1.1\r\nAuthorization: ${BASIC.authorization}`);
    await expectEmError(bad, 400, /request query/);
  });
});

describe('in sessions mode, a token the mock did not issue', () => {
  it.each([
    `/api/backups/${BACKUP}/./restorePoints`,
    `/api/x/../backups/${BACKUP}/restorePoints`,
    `/api/backups/${BACKUP}/%2e/restorePoints`,
    `/api/backups/x/%2E%2E/${BACKUP}/restorePoints`,
    `/api/backups/./${BACKUP}/../${BACKUP}/restorePoints`,
  ])('gets 401 through %s', async (path) => {
    const answer = await sendRaw(sessions.url, `GET ${path} HTTP/1.1\r\nX-RestSvcSessionId: O9Msj3rq7EGUhtSMBQx+mw==`);
    expect(answer.status).toBe(401);
    expect(answer.text).toContain('<Error');
  });

  it('gets 400, not an answer, for a raw # in the path', async () => {
    const answer = await sendRaw(sessions.url, `GET /api/backups/${BACKUP}/restorePoints#/x HTTP/1.1\r\nX-RestSvcSessionId: O9Msj3rq7EGUhtSMBQx+mw==`);
    await expectEmError(answer, 400, /raw #/);
  });

  it('while a live token gets 200 through the same dot segments', async () => {
    const logon = await send(`${sessions.url}/sessionMngr/?v=latest`, 'POST', BASIC);
    const token = String(logon.headers['x-restsvcsessionid']);
    const answer = await sendRaw(sessions.url, `GET /api/x/../backups/${BACKUP}/./restorePoints HTTP/1.1\r\nX-RestSvcSessionId: ${token}`);
    expect(answer.status).toBe(200);
  });
});

describe('what Prism receives', () => {
  let upstream: Server;
  let layer: Server;
  const seen: string[] = [];
  beforeAll(async () => {
    upstream = createServer((req, res) => {
      seen.push(req.url!);
      res.end();
    }).listen(0, '127.0.0.1');
    await once(upstream, 'listening');
    const prism = { url: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}` };
    layer = createLayer({ prism, dynamic: false, maxBodyBytes: 1024, gate: new Gate(GATE_DEFAULTS) }).listen(0, '127.0.0.1');
    await once(layer, 'listening');
  });
  afterAll(() => {
    upstream?.close();
    layer?.close();
  });

  it('is only ever the normalised path, without /api', async () => {
    const url = `http://127.0.0.1:${(layer.address() as AddressInfo).port}`;
    // Documented paths with a session (what the spec does not describe, and a 401, the layer answers itself).
    for (const path of ['/api/backups/./b/../c%7b/restorePoints?q=%41', '/api/%2e%2e/%2E/logonSessions', '/api/backups/%FF', '/x#y']) {
      await sendRaw(url, `GET ${path} HTTP/1.1\r\nX-RestSvcSessionId: t`);
    }
    expect(seen).toEqual(['/backups/c%7B/restorePoints?q=%41', '/logonSessions']);
  });
});
