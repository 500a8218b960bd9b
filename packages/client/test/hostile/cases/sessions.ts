import type { IncomingMessage } from 'node:http';
import type { HostileCase } from '../case.ts';
import { errorXml, EXAMPLE_JSON, EXAMPLE_REFS, EXAMPLE_XML, LOGON_JSON, LOGON_XML } from '../payloads.ts';
import { JSON_TYPE, send, XML } from '../respond.ts';

const credentials = { username: 'svc-backup', password: 'hunter2-PASSWORD' };
const isLogon = (req: IncomingMessage) => req.method === 'POST' && req.url?.startsWith('/api/sessionMngr/');
const logons = (received: { method: string; url: string }[]) => received.filter((r) => r.method === 'POST' && r.url.startsWith('/api/sessionMngr/')).length;
const unauthorized = errorXml(401, 'The authorization header has been expected but not found (or found but is expired).');

export const sessions: HostileCase[] = [
  {
    id: 'always-401',
    group: 'sessions',
    server: 'logs on fine but answers 401 to every other request',
    client: 'logs on again once, retries once, then fails: no loop',
    options: { credentials, sessionId: undefined },
    serve: (req, res) => (isLogon(req) ? send(res, 201, XML, LOGON_XML, { 'X-RestSvcSessionId': 'fresh-token' }) : send(res, 401, XML, unauthorized)),
    outcome: { kind: 'unauthorized', status: 401, message: /answered 401/ },
    check: ({ server }, { expect }) => {
      expect(logons(server.received)).toBe(2);
      expect(server.received).toHaveLength(4);
    },
  },
  {
    id: 'logon-without-token',
    group: 'sessions',
    server: 'answers the logon 201 without an `X-RestSvcSessionId` header',
    client: 'fails the logon; never derives a token from the body',
    options: { credentials, sessionId: undefined, format: 'json' },
    serve: (_, res) => send(res, 201, JSON_TYPE, LOGON_JSON),
    act: (em) => em.logon(),
    outcome: { kind: 'logon-failed', status: 201, message: /without an X-RestSvcSessionId header/ },
  },
  {
    id: 'concurrent-first-calls',
    group: 'sessions',
    server: 'a slow logon while 50 calls start at once',
    client: 'all 50 share one logon',
    options: { credentials, sessionId: undefined },
    serve: (req, res) =>
      isLogon(req) ? setTimeout(() => send(res, 201, XML, LOGON_XML, { 'X-RestSvcSessionId': 'shared-token' }), 100) : send(res, 200, XML, EXAMPLE_XML),
    act: async (em) => (await Promise.all(Array.from({ length: 50 }, () => em.listRestorePoints('7b6a400c-452c-41d1-bb81-ea682e89492d'))))[49],
    outcome: { value: EXAMPLE_REFS },
    check: ({ server }, { expect }) => {
      expect(logons(server.received)).toBe(1);
      expect(new Set(server.received.filter((r) => r.method === 'GET').map((r) => r.headers['x-restsvcsessionid']))).toEqual(new Set(['shared-token']));
    },
  },
  {
    id: 'expired-session',
    group: 'sessions',
    server: 'answers 401 to an expired token, accepts the one from a new logon',
    client: 'logs on again and the call succeeds',
    options: { credentials, sessionId: 'expired-token' },
    serve: (req, res) => {
      if (isLogon(req)) return send(res, 201, XML, LOGON_XML, { 'X-RestSvcSessionId': 'fresh-token' });
      return req.headers['x-restsvcsessionid'] === 'fresh-token' ? send(res, 200, XML, EXAMPLE_XML) : send(res, 401, XML, unauthorized);
    },
    outcome: { value: EXAMPLE_REFS },
    check: ({ server }, { expect }) => {
      expect(server.received.map((r) => r.headers['x-restsvcsessionid'] ?? 'logon')).toEqual(['expired-token', 'logon', 'fresh-token']);
    },
  },
  {
    id: 'redirect-other-origin',
    group: 'sessions',
    server: '302 to another origin',
    client: 'refuses to follow; the other origin receives nothing',
    serve: (_, res, server) => send(res, 302, undefined, '', { location: `${server.peer!.url}/steal` }),
    outcome: { kind: 'cross-origin', status: 302, message: /Refused to follow a redirect/ },
    check: ({ elsewhere }, { expect }) => {
      expect(elsewhere.received).toHaveLength(0);
    },
  },
  {
    id: 'follow-other-host',
    group: 'sessions',
    server: 'hands out a link whose Href is on another host',
    client: '`follow()` refuses it before sending anything',
    serve: (_, res) => send(res, 200, JSON_TYPE, EXAMPLE_JSON),
    act: (em, { elsewhere }) => em.follow({ Href: `${elsewhere.url}/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints` }),
    outcome: { kind: 'cross-origin', message: /Refused to follow/ },
    check: ({ server, elsewhere }, { expect }) => {
      expect(server.received).toHaveLength(0);
      expect(elsewhere.received).toHaveLength(0);
    },
  },
  {
    id: 'token-echoed',
    group: 'sessions',
    server: '500 whose Error message echoes the session token and the password',
    client: 'reports the error with both redacted',
    options: { credentials, sessionId: undefined, format: 'json' },
    serve: (req, res) =>
      isLogon(req)
        ? send(res, 201, JSON_TYPE, LOGON_JSON, { 'X-RestSvcSessionId': 'echoed-token' })
        : send(res, 500, JSON_TYPE, JSON.stringify({ Message: `token echoed-token password ${credentials.password}`, StatusCode: 500 })),
    outcome: { kind: 'http', status: 500, message: /^(?![\s\S]*echoed-token)(?![\s\S]*hunter2)[\s\S]*\[redacted\]/ },
  },
];
