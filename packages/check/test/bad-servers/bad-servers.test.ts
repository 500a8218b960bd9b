// Servers that are not EM, or EM in trouble: each ends in a clear line of the report, never a crash or a hang.
import { describe, expect, it } from 'vitest';
import { renderJson, renderJunit, renderMarkdown, runCheck } from '../../src/index.ts';
import { logonBody, rootBody, send, serve } from '../support/serve.ts';

const USER = 'DOMAIN\\svc';
const PASSWORD = 'Hunter2-Correct-Horse';
const BASIC = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
const reports = (result: Awaited<ReturnType<typeof runCheck>>) => [renderMarkdown(result), renderJson(result), renderJunit(result)].join('\n');

describe('bad servers', () => {
  it('a proxy that answers every request with its HTML login page: the check could not run, and says why', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><html><body><form action="/login">Sign in</form></body></html>');
    });
    try {
      const result = await runCheck({ url: server.url, user: USER, password: PASSWORD });
      expect(result.outcome).toBe('could-not-run');
      expect(result.reason).toBe(
        'the logon gave no session (XML: answered 200 (text/html; charset=utf-8) without an X-RestSvcSessionId header; JSON: answered 200 (text/html; charset=utf-8) without an X-RestSvcSessionId header); check --user and the password, and that --url is Enterprise Manager\'s API root.',
      );
      const root = result.findings.filter((f) => f.operation === 'GET /');
      expect(root.map((f) => [f.kind, f.media, f.message])).toEqual([
        ['media-type', 'xml', 'Content-Type text/html; charset=utf-8 is not documented for status 200 (application/xml, application/json); a proxy or a login page answered, not Enterprise Manager'],
        ['media-type', 'json', 'Content-Type text/html; charset=utf-8 is not documented for status 200 (application/xml, application/json); a proxy or a login page answered, not Enterprise Manager'],
      ]);
      expect(renderMarkdown(result)).toContain("**Could not run: the logon gave no session (XML: answered 200 (text/html; charset=utf-8)");
    } finally {
      await server.close();
    }
  });

  it('a redirect of everything to another origin: not followed, the other host never named', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(302, { location: 'https://sso.corp.example:8443/login?next=/api/' });
      res.end();
    });
    try {
      const result = await runCheck({ url: server.url, user: USER, password: PASSWORD });
      expect(result.outcome).toBe('could-not-run');
      expect(result.reason).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/ did not answer: /);
      expect(result.findings.map((f) => f.message)).toEqual([
        `no answer: Refused to follow a redirect to <other origin>: the session is only sent to ${new URL(server.url).origin}`,
        `no answer: Refused to follow a redirect to <other origin>: the session is only sent to ${new URL(server.url).origin}`,
      ]);
      // Only the root was asked for; nothing went to the other origin, and no credentials were sent anywhere.
      expect(server.requests).toEqual(['GET /api/', 'GET /api/']);
      expect(reports(result)).not.toContain('sso.corp.example');
    } finally {
      await server.close();
    }
  });

  it('a 500 storm after the logon: the crawl stops after 10 failures in a row, well within the budget', async () => {
    const backups = Array.from({ length: 30 }, (_, i) => `/backups/b1b2c3d4-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const server = await serve((req, res, { path, format, base }) => {
      if (path === '/') return send(res, 200, format, rootBody(format, base));
      if (req.method === 'POST') return send(res, 201, format, logonBody(format, base, backups.map((b) => `${base}${b}`)), { 'x-restsvcsessionid': 'tok' });
      if (req.method === 'DELETE') return res.writeHead(204).end();
      send(res, 500, format, format === 'json' ? '{"Message":"Object reference not set to an instance of an object.","StatusCode":500}' : '<Error xmlns="http://www.veeam.com/ent/v1.0" Message="Object reference not set to an instance of an object." StatusCode="500"/>');
    });
    try {
      const result = await runCheck({ url: server.url, user: USER, password: PASSWORD });
      expect(result.outcome).toBe('could-not-run');
      expect(result.reason).toMatch(/^stopped after 1\d failed answers in a row \(the last: (XML|JSON) \/backups\/[\w-]+ answered 500\); the server may be failing$/);
      expect(result.requests).toBeLessThan(30);
      // One line per operation × media type, however many answers failed (the session's own Href is linked too).
      expect(result.findings.map((f) => `${f.operation} ${f.media} ${f.kind}: ${f.message} (${f.sample})`).sort()).toEqual(
        ['GET /backups/{ID} json', 'GET /backups/{ID} xml', 'GET /logonSessions/{ID} json', 'GET /logonSessions/{ID} xml'].map(
          (row) => `${row} unchecked: answered 500, a documented error: the resource could not be checked (Object reference not set to an instance of an object.)`,
        ),
      );
      // The sessions were still ended.
      expect(server.requests.filter((r) => r.startsWith('DELETE'))).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('a server that stops answering: each exchange times out, and the check ends', async () => {
    const server = await serve((req, res, { path, format, base }) => {
      if (path === '/') return send(res, 200, format, rootBody(format, base));
      if (req.method === 'POST') return send(res, 201, format, logonBody(format, base, [`${base}/backups`]), { 'x-restsvcsessionid': 'tok' });
      if (req.method === 'DELETE') return res.writeHead(204).end();
      // Never answers.
    });
    try {
      const result = await runCheck({ url: server.url, user: USER, password: PASSWORD, timeoutMs: 300 });
      const origin = new URL(server.url).origin;
      expect(result.findings.map((f) => `${f.operation} ${f.media} ${f.kind} ${f.message}`).sort()).toEqual(
        ['GET /backups json', 'GET /backups xml', 'GET /logonSessions/{ID} json', 'GET /logonSessions/{ID} xml'].map((row) => `${row} unchecked no answer: No complete answer from ${origin} within 300 ms`),
      );
      expect(result.outcome).toBe('differs');
    } finally {
      await server.close();
    }
  });

  it('a logon answered without its X-RestSvcSessionId header: the header is reported, and the check could not run', async () => {
    const server = await serve((_req, res, { path, format, base }) => {
      if (path === '/') return send(res, 200, format, rootBody(format, base));
      send(res, 201, format, logonBody(format, base, []));
    });
    try {
      const result = await runCheck({ url: server.url, user: USER, password: PASSWORD });
      expect(result.findings.map((f) => `${f.operation} ${f.media} ${f.kind} ${f.where}: ${f.message}`)).toEqual([
        'POST /sessionMngr/ xml spec-wrong header X-RestSvcSessionId: the required response header X-RestSvcSessionId is missing',
        'POST /sessionMngr/ json spec-wrong header X-RestSvcSessionId: the required response header X-RestSvcSessionId is missing',
      ]);
      expect(result.outcome).toBe('could-not-run');
      expect(result.reason).toMatch(/^the logon gave no session \(XML: answered 201 \(application\/xml; charset=utf-8\) without an X-RestSvcSessionId header; JSON: /);
    } finally {
      await server.close();
    }
  });

  it('a server that answers XML whatever was asked for: each JSON answer reported once as the wrong media type', async () => {
    const server = await serve((req, res, { path, base }) => {
      if (path === '/') return send(res, 200, 'xml', rootBody('xml', base));
      if (req.method === 'DELETE') return res.writeHead(204).end();
      send(res, req.method === 'POST' ? 201 : 200, 'xml', logonBody('xml', base, []), { 'x-restsvcsessionid': 'tok' });
    });
    try {
      const result = await runCheck({ url: server.url, user: USER, password: PASSWORD });
      expect(result.findings.map((f) => `${f.operation} ${f.media} ${f.kind}: ${f.message}`)).toEqual([
        'GET / json media-type: asked for application/json, got application/xml',
        'POST /sessionMngr/ json media-type: asked for application/json, got application/xml',
        'GET /logonSessions/{ID} json media-type: asked for application/json, got application/xml',
      ]);
      // The two answers were both XML: one value, nothing to disagree about.
      expect(result.rows.find((r) => r.operation === 'GET /' && r.media === 'both')).toMatchObject({ requests: 1, passed: 1 });
    } finally {
      await server.close();
    }
  });

  it('a logon redirected to another path of the same server: the POST is not sent there', async () => {
    const server = await serve((_req, res, { path, format, base }) => {
      if (path === '/') return send(res, 200, format, rootBody(format, base));
      res.writeHead(307, { location: '/api/backups/delete-everything' }).end();
    });
    try {
      const result = await runCheck({ url: server.url, user: USER, password: PASSWORD });
      expect(server.requests).toEqual(['GET /api/', 'GET /api/', 'POST /api/sessionMngr/?v=latest', 'POST /api/sessionMngr/?v=latest']);
      expect(result.outcome).toBe('could-not-run');
      expect(result.findings.map((f) => f.message)).toContain(
        `no answer: Could not complete the request to ${new URL(server.url).origin}: vbem-check never sends POST /backups/delete-everything`,
      );
    } finally {
      await server.close();
    }
  });

  it('a server that echoes the credentials back: the password never reaches the report', async () => {
    const server = await serve((req, res, { path, format, base }) => {
      if (path === '/') return send(res, 200, format, rootBody(format, base));
      const echoed = `Logon failed for ${Buffer.from((req.headers.authorization ?? '').replace('Basic ', ''), 'base64').toString()} (${req.headers.authorization})`;
      send(res, 401, format, format === 'json' ? JSON.stringify({ Message: echoed, StatusCode: 401 }) : `<Error xmlns="http://www.veeam.com/ent/v1.0" Message="${echoed}" StatusCode="401"/>`, {
        'www-authenticate': 'Basic Realm=RestSvc',
      });
    });
    try {
      const result = await runCheck({ url: server.url, user: USER, password: PASSWORD });
      expect(result.outcome).toBe('could-not-run');
      const text = reports(result);
      expect(text).toContain('Logon failed for DOMAIN\\\\svc:[redacted] (Basic [redacted])');
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(BASIC);
    } finally {
      await server.close();
    }
  });
});
