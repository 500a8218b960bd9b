// CORS: none by default (EM sends none, and Prism's reflect-anything headers are dropped); one named origin when asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/index.ts';
import { send } from '../support/http.ts';

const PATH = '/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints';
const APP = 'http://localhost:5173';
const corsOf = (headers: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => name.startsWith('access-control-')));
const preflight = (url: string, origin: string) =>
  send(`${url}${PATH}`, 'OPTIONS', { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-restsvcsessionid' });

describe('a mock without cors', () => {
  let mock: Mock;
  beforeAll(async () => {
    mock = await startMock();
  });
  afterAll(() => mock?.stop());

  it('sends no CORS header, whatever the Origin (Prism alone reflects it, with credentials)', async () => {
    const direct = await send(`${mock.prismUrl}${PATH}`, 'GET', { 'x-restsvcsessionid': 't', origin: 'http://evil.example' });
    expect(direct.headers['access-control-allow-origin']).toBe('http://evil.example'); // the trap
    const answer = await send(`${mock.url}${PATH}`, 'GET', { 'x-restsvcsessionid': 't', origin: 'http://evil.example' });
    expect(answer.status).toBe(200);
    expect(corsOf(answer.headers)).toEqual({});
  });

  it('answers a preflight with no CORS header either', async () => {
    expect(corsOf((await preflight(mock.url, 'http://evil.example')).headers)).toEqual({});
  });
});

describe('a mock with cors: one origin', () => {
  let mock: Mock;
  beforeAll(async () => {
    mock = await startMock({ cors: APP });
  });
  afterAll(() => mock?.stop());

  it('echoes that origin with credentials, exposes the session header, and varies on Origin', async () => {
    const answer = await send(`${mock.url}${PATH}`, 'GET', { 'x-restsvcsessionid': 't', origin: APP });
    expect(corsOf(answer.headers)).toEqual({
      'access-control-allow-origin': APP,
      'access-control-allow-credentials': 'true',
      'access-control-expose-headers': 'X-RestSvcSessionId',
    });
    expect(answer.headers['vary']).toBe('Origin');
  });

  it('answers its preflight with the methods and headers EM’s API uses', async () => {
    const answer = await preflight(mock.url, APP);
    expect(answer.status).toBe(204);
    expect(corsOf(answer.headers)).toMatchObject({
      'access-control-allow-origin': APP,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, POST, DELETE',
      'access-control-allow-headers': 'Accept, Authorization, Content-Type, Prefer, X-RestSvcSessionId',
    });
  });

  it('gives any other origin nothing, preflight included', async () => {
    expect(corsOf((await send(`${mock.url}${PATH}`, 'GET', { 'x-restsvcsessionid': 't', origin: 'http://evil.example' })).headers)).toEqual({});
    expect(corsOf((await preflight(mock.url, 'http://evil.example')).headers)).toEqual({});
  });
});

describe('a mock with cors: *', () => {
  it('allows any origin but never with credentials', async () => {
    const mock = await startMock({ cors: '*' });
    try {
      const answer = await send(`${mock.url}${PATH}`, 'GET', { 'x-restsvcsessionid': 't', origin: 'http://anywhere.example' });
      expect(answer.headers['access-control-allow-origin']).toBe('*');
      expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
    } finally {
      await mock.stop();
    }
  });
});

describe('startMock checks cors', () => {
  it.each(['localhost:5173', 'http://localhost:5173/', 'http://localhost:5173/app', 'file:///x'])('refuses %s before starting anything', async (origin) => {
    await expect(startMock({ cors: origin })).rejects.toThrow(/^cors is ".*"; expected one origin such as http:\/\/localhost:5173 \(scheme, host, port; no path\) or \*\.$/);
  });
});
