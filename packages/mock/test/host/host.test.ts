// DNS rebinding (hardening issue): a mock on loopback answers only the Host names it is known by, with EM's 400 Error,
// and never writes a foreign Host into its Hrefs; --allow-host widens that, and a mock on another address answers any name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedHosts, hostName, hostRefusal } from '../../src/host-check.ts';
import { type Mock, startMock } from '../../src/index.ts';
import { expectEmError } from '../support/em-error.ts';
import { send } from '../support/http.ts';

const ROOT_PATH = '/api/';
let loopback: Mock;
let widened: Mock;

beforeAll(async () => {
  [loopback, widened] = await Promise.all([startMock({ port: 0 }), startMock({ port: 0, allowHosts: ['mock.ci'] })]);
});
afterAll(() => Promise.all([loopback?.stop(), widened?.stop()]));

const at = (mock: Mock, host: string, accept = 'application/xml') => {
  const { origin } = new URL(mock.url);
  return send(`${origin}${ROOT_PATH}`, 'GET', { host, accept });
};

describe('the Host check', () => {
  it('answers the loopback names, with or without a port', async () => {
    const { port } = new URL(loopback.url);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'LOCALHOST', `127.1.2.3:${port}`]) {
      expect((await at(loopback, host)).status, host).toBe(200);
    }
  });

  it('refuses another name with EM’s 400 Error in the negotiated type, naming what it answers', async () => {
    await expectEmError(await at(loopback, 'attacker.example:80'), 400, /Host header names "attacker\.example:80".*localhost, 127\.0\.0\.1, ::1/);
    await expectEmError(await at(loopback, 'attacker.example', 'application/json'), 400, /--allow-host/, 'json');
  });

  it('refuses before the session check and before any Href is written with the foreign name', async () => {
    const { origin } = new URL(loopback.url);
    const answer = await send(`${origin}/api/backups`, 'GET', { host: 'rebound.example' });
    expect(answer.status).toBe(400);
    expect(answer.text).not.toContain('Href="http://rebound.example');
  });

  it('answers names given with allowHosts, and still refuses others', async () => {
    const answer = await at(widened, 'mock.ci:4010');
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('Href="http://mock.ci:4010/api/logonSessions"');
    expect((await at(widened, 'other.ci:4010')).status).toBe(400);
  });
});

describe('which names are answered', () => {
  it('reads a Host header’s name without port, brackets, case or final dot', () => {
    expect(hostName('Mock.CI.:4010')).toBe('mock.ci');
    expect(hostName('[::1]:80')).toBe('::1');
    expect(hostName('a b')).toBeUndefined();
    expect(hostName('evil.example:80@x')).toBeUndefined();
  });

  it('keeps a loopback mock to its own names and the public URL’s; any name elsewhere unless narrowed', () => {
    expect([...allowedHosts('127.0.0.1', 'http://mock.ci:4010/api', undefined)!]).toEqual(['localhost', '127.0.0.1', '::1', 'mock.ci']);
    expect(allowedHosts('0.0.0.0', undefined, undefined)).toBeUndefined();
    expect(allowedHosts('::', undefined, undefined)).toBeUndefined();
    expect([...allowedHosts('10.0.0.5', undefined, ['mock.ci'])!]).toEqual(['localhost', '127.0.0.1', '::1', '10.0.0.5', 'mock.ci']);
    expect(() => allowedHosts('127.0.0.1', undefined, ['a b'])).toThrow(/"a b", which is not a host name/);
  });

  it('lets a request without Host through (HTTP/1.0 names no other site) and refuses a malformed one', () => {
    const allowed = allowedHosts('127.0.0.1', undefined, undefined);
    expect(hostRefusal(undefined, allowed)).toBeUndefined();
    expect(hostRefusal('x'.repeat(300), allowed)).toMatch(/names "x{64}…"/);
  });
});
