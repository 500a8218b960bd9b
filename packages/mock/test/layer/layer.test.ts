import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/index.ts';
import { Gate, GATE_DEFAULTS } from '../../src/gate.ts';
import { createLayer } from '../../src/server.ts';
import { send } from '../support/http.ts';

const PATH = '/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints';
const SESSION = { 'X-RestSvcSessionId': 'token' };
let mock: Mock;
const lines: string[] = [];

beforeAll(async () => {
  mock = await startMock({ port: 0, log: (line) => lines.push(line) });
});
afterAll(() => mock?.stop());

describe('the EM fidelity layer in front of Prism', () => {
  it('serves the spec’s paths under EM’s /api prefix and without it', async () => {
    const origin = new URL(mock.url).origin;
    expect((await send(`${mock.url}${PATH}`, 'GET', SESSION)).status).toBe(200);
    expect((await send(`${origin}${PATH}`, 'GET', SESSION)).status).toBe(200);
  });

  it('answers XML without Accept where Prism alone answers JSON', async () => {
    const direct = await send(`${mock.prismUrl}${PATH}`, 'GET', SESSION);
    expect(direct.headers['content-type']).toBe('application/json'); // the trap this layer exists for
    const layered = await send(`${mock.url}${PATH}`, 'GET', SESSION);
    expect(layered.headers['content-type']).toBe('application/xml');
    expect(layered.text.startsWith('<?xml')).toBe(true);
  });

  it('sends a correct Content-Length for re-encoded bodies', async () => {
    const answer = await send(`${mock.url}${PATH}`, 'GET', { ...SESSION, Prefer: 'dynamic=true, seed=3' });
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.text));
  });

  it('answers like EM where the spec documents nothing: 401 without a session, 405 for a wrong method, 404 for an unknown path', async () => {
    const unknown = await send(`${mock.url}/noSuchResource`, 'GET', SESSION);
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toBe('application/xml');
    expect(unknown.text).toMatch(/<Error xmlns="http:\/\/www\.veeam\.com\/ent\/v1\.0" Message="Nothing is found at \/noSuchResource: the API describes no such resource\." StatusCode="404"/);
    const json = await send(`${mock.url}/noSuchResource`, 'GET', { ...SESSION, Accept: 'application/json' });
    expect(JSON.parse(json.text)).toMatchObject({ StatusCode: 404, Status: null });
    // EM checks the session before it looks up the path.
    expect((await send(`${mock.url}/noSuchResource`, 'GET', {})).status).toBe(401);
    const wrongMethod = await send(`${mock.url}${PATH}`, 'DELETE', SESSION);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers['allow']).toBe('GET');
    expect(wrongMethod.text).toContain('StatusCode="405"');
  });

  it('logs one line per request', async () => {
    lines.length = 0;
    await send(`${mock.url}${PATH}`, 'GET', { ...SESSION, Accept: 'application/json' });
    expect(lines).toEqual([`GET /api${PATH} → 200 application/json`]);
  });

  it('answers 503 with an EM Error and Retry-After when Prism does not answer', async () => {
    const layer = createLayer({ prism: { url: 'http://127.0.0.1:1' }, dynamic: false, maxBodyBytes: 1024, gate: new Gate(GATE_DEFAULTS) });
    layer.listen(0, '127.0.0.1');
    await once(layer, 'listening');
    try {
      const answer = await send(`http://127.0.0.1:${(layer.address() as AddressInfo).port}/api${PATH}`, 'GET', SESSION);
      expect(answer.status).toBe(503);
      expect(answer.headers['retry-after']).toBe('2');
      expect(answer.text).toMatch(/<Error xmlns="http:\/\/www\.veeam\.com\/ent\/v1\.0" Message="Prism, behind the EM mock, gave no answer \(connect ECONNREFUSED 127\.0\.0\.1:1\); try again in a moment\." StatusCode="503" \/>/);
    } finally {
      layer.close();
    }
  });
});
