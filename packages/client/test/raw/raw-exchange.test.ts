// createRawExchange: the client's transport for tools that read bodies themselves (vbem-check). Bodies come back as sent,
// and the transport's guarantees hold: origin-bound requests, same-origin redirects only, deadlines, size limits, redaction.
import { afterEach, describe, expect, it } from 'vitest';
import { createRawExchange, EmError } from '../../src/index.ts';
import { loopback } from '../support/loopback.ts';

let server: Awaited<ReturnType<typeof loopback>> | undefined;
afterEach(() => server?.close());

const caught = async (promise: Promise<unknown>): Promise<EmError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof EmError)) throw new Error(`expected an EmError, got ${String(error)}`);
  return error;
};

describe('createRawExchange', () => {
  it('returns status, headers and the body text undecoded, a leading BOM kept, whatever the status', async () => {
    server = await loopback((req, res) => {
      res.writeHead(req.url === '/api/missing' ? 418 : 200, { 'content-type': 'application/json; charset=utf-8', 'x-echo': String(req.headers['x-asked']) });
      res.end('\uFEFF{"Refs":null, "not": "in the spec"}');
    });
    const raw = createRawExchange({ baseUrl: server.url });
    const answer = await raw.send(`${server.url}/backups`, { method: 'GET', headers: { 'X-Asked': 'yes' } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-echo')).toBe('yes');
    expect(answer.text).toBe('\uFEFF{"Refs":null, "not": "in the spec"}');
    expect((await raw.send(`${server.url}/missing`, { method: 'GET', headers: {} })).status).toBe(418);
  });

  it('keeps the BOM of a body that arrives in several chunks too', async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.write('\uFEFF<a>');
      setTimeout(() => res.end(`${'x'.repeat(100_000)}</a>`), 20);
    });
    const { text } = await createRawExchange({ baseUrl: server.url }).send(`${server.url}/big`, { method: 'GET', headers: {} });
    expect(text.startsWith('\uFEFF<a>xxx')).toBe(true);
    expect(text.length).toBe(1 + 3 + 100_000 + 4);
  });

  it('sends nothing outside baseUrl', async () => {
    let requests = 0;
    server = await loopback((_req, res) => {
      requests++;
      res.end();
    });
    const raw = createRawExchange({ baseUrl: server.url });
    const error = await caught(raw.send('http://elsewhere.invalid/api/backups', { method: 'GET', headers: { 'x-restsvcsessionid': 'token' } }));
    expect(error.kind).toBe('cross-origin');
    expect(error.message).toBe(`Refused to send to http://elsewhere.invalid/api/backups: it is outside ${server.url}, and the session is only sent there.`);
    await caught(raw.send(server.url.replace('/api', '/other'), { method: 'GET', headers: {} }));
    expect(requests).toBe(0);
  });

  it('follows same-origin redirects, refuses others, and counts every hop with onRequest', async () => {
    server = await loopback((req, res) => {
      if (req.url === '/api/a') res.writeHead(302, { location: '/api/b' }).end();
      else if (req.url === '/api/b') res.writeHead(302, { location: 'http://sso.example.invalid:8443/login' }).end();
      else res.end('ok');
    });
    const hops: string[] = [];
    const raw = createRawExchange({ baseUrl: server.url, onRequest: (url, method) => void hops.push(`${method} ${new URL(url).pathname}`) });
    const error = await caught(raw.send(`${server.url}/a`, { method: 'GET', headers: {} }));
    expect(error.kind).toBe('cross-origin');
    expect(hops).toEqual(['GET /api/a', 'GET /api/b']);
  });

  it('onRequest can refuse a request: nothing is sent', async () => {
    let requests = 0;
    server = await loopback((_req, res) => {
      requests++;
      res.end();
    });
    const raw = createRawExchange({
      baseUrl: server.url,
      onRequest: () => {
        throw new Error('budget spent');
      },
    });
    const error = await caught(raw.send(`${server.url}/a`, { method: 'GET', headers: {} }));
    expect(error.message).toMatch(/budget spent/);
    expect(requests).toBe(0);
  });

  it('keeps the deadline and the size limit', async () => {
    server = await loopback((req, res) => {
      if (req.url === '/api/big') res.end('x'.repeat(2048));
      // /api/slow never answers
    });
    const raw = createRawExchange({ baseUrl: server.url, timeoutMs: 200, maxResponseBytes: 1024 });
    expect((await caught(raw.send(`${server.url}/slow`, { method: 'GET', headers: {} }))).kind).toBe('timeout');
    const tooLarge = await caught(raw.send(`${server.url}/big`, { method: 'GET', headers: {} }));
    expect(tooLarge.kind).toBe('too-large');
  });

  it('redacts the secrets it is given from every error', async () => {
    server = await loopback((_req, res) => res.writeHead(302, { location: 'http://pa55-word-xyzzy.example.invalid/' }).end());
    const raw = createRawExchange({ baseUrl: server.url });
    raw.keepSecret('pa55-word-xyzzy');
    const error = await caught(raw.send(`${server.url}/a`, { method: 'GET', headers: {} }));
    expect(error.message).toBe(`Refused to follow a redirect to http://[redacted].example.invalid: the session is only sent to ${new URL(server.url).origin}.`);
  });
});
