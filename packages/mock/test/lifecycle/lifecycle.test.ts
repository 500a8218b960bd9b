import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startMock } from '../../src/index.ts';
import { startPrism } from '../../src/prism.ts';
import { specPath } from '../../src/spec.ts';
import { listening, send } from '../support/http.ts';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Starts the built CLI and resolves with the two URLs it prints. */
async function startCli(env: Record<string, string>, args: string[] = []): Promise<{ child: ChildProcess; url: string; prismUrl: string; output: () => string }> {
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const urls = await new Promise<[string, string]>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const url = /EM mock listening on (http:\/\/\S+\/api)/.exec(output)?.[1];
      const prismUrl = /Prism itself, without EM fidelity, is on (http:\/\/\S+?)\)/.exec(output)?.[1];
      if (url && prismUrl) resolve([url, prismUrl]);
    });
    child.once('exit', (code) => reject(new Error(`the CLI exited with ${code} before listening:\n${output}`)));
  });
  return { child, url: urls[0], prismUrl: urls[1], output: () => output };
}

describe('Prism process', () => {
  it('starts on a free port, answers, and is gone after stop()', async () => {
    const prism = await startPrism({ specPath, dynamic: false });
    expect(alive(prism.pid)).toBe(true);
    expect((await send(`${prism.url}/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints`, 'GET', { 'X-RestSvcSessionId': 't' })).status).toBe(200);
    await prism.stop();
    expect(prism.running).toBe(false);
    expect(alive(prism.pid)).toBe(false);
  });

  it('says why when Prism cannot start', async () => {
    await expect(startPrism({ specPath: '/nonexistent/openapi.yaml', dynamic: false })).rejects.toThrow(/Prism did not start/);
  });
});

describe('startMock', () => {
  it('serves on free ports and stops both layers', async () => {
    const [a, b] = await Promise.all([startMock({ port: 0 }), startMock({ port: 0 })]);
    expect(a.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
    expect(a.url).not.toBe(b.url);
    await Promise.all([a.stop(), b.stop()]);
    await a.stop(); // a second stop is harmless
    for (const url of [a.url, a.prismUrl, b.url, b.prismUrl]) expect(await listening(url)).toBe(false);
  });

  it('refuses a busy port with what to do, and leaves no Prism behind', async () => {
    const busy = createServer().listen(0, '127.0.0.1');
    await once(busy, 'listening');
    const port = (busy.address() as { port: number }).port;
    try {
      await expect(startMock({ port })).rejects.toThrow(/cannot listen on 127\.0\.0\.1:\d+.*MOCK_PORT/);
    } finally {
      busy.close();
    }
  });
});

describe('CLI', () => {
  it('prints where it listens, serves EM’s base path, and stops both processes on SIGINT', async () => {
    const { child, url, prismUrl } = await startCli({ MOCK_PORT: '0' });
    const answer = await send(`${url}/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints`, 'GET', { 'X-RestSvcSessionId': 't' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/xml');
    child.kill('SIGINT');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(await listening(url)).toBe(false);
    expect(await listening(prismUrl)).toBe(false);
  });

  it('stops on SIGTERM too', async () => {
    const { child, prismUrl } = await startCli({ MOCK_PORT: '0' });
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(await listening(prismUrl)).toBe(false);
  });

  it('leaves no orphan Prism even when it is killed outright', async () => {
    const { child, prismUrl } = await startCli({ MOCK_PORT: '0' });
    child.kill('SIGKILL');
    await once(child, 'exit');
    // Prism is not this test's child, so wait for its port to close: the test's timeout bounds the wait.
    while (await listening(prismUrl)) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await listening(prismUrl)).toBe(false);
  });

  it('explains a MOCK_PORT that is not a port', async () => {
    const child = spawn(process.execPath, [cli], { env: { ...process.env, MOCK_PORT: 'http' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stderr).toMatch(/MOCK_PORT=http is not a port/);
  });

  it('keeps sessions with MOCK_SESSIONS=true: says so, and refuses a token it did not issue', async () => {
    const { child, url, output } = await startCli({ MOCK_PORT: '0', MOCK_SESSIONS: 'true', MOCK_SESSION_IDLE_MS: '60000' });
    try {
      expect(output()).toContain('(EM sessions)');
      const answer = await send(`${url}/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints`, 'GET', { 'X-RestSvcSessionId': 't' });
      expect(answer.status).toBe(401);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('explains a MOCK_SESSION_IDLE_MS that is not a duration', async () => {
    const child = spawn(process.execPath, [cli], { env: { ...process.env, MOCK_PORT: '0', MOCK_SESSION_IDLE_MS: 'soon' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stderr).toMatch(/MOCK_SESSION_IDLE_MS=soon is not a duration/);
  });

  it.each([
    ['--cors', { MOCK_PORT: '0' }, ['--cors', 'http://localhost:5173']],
    ['MOCK_CORS', { MOCK_PORT: '0', MOCK_CORS: 'http://localhost:5173' }, []],
  ] as const)('answers the origin named by %s with CORS headers, and no other', async (_, env, args) => {
    const { child, url } = await startCli(env, [...args]);
    try {
      const path = `${url}/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints`;
      const named = await send(path, 'GET', { 'X-RestSvcSessionId': 't', origin: 'http://localhost:5173' });
      expect(named.headers['access-control-allow-origin']).toBe('http://localhost:5173');
      const other = await send(path, 'GET', { 'X-RestSvcSessionId': 't', origin: 'http://evil.example' });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('caps bodies at MOCK_MAX_BODY_BYTES', async () => {
    const { child, url } = await startCli({ MOCK_PORT: '0', MOCK_MAX_BODY_BYTES: '10' });
    try {
      const answer = await send(`${url}/sessionMngr/?v=latest`, 'POST', { authorization: 'Basic dTpw', 'content-length': '11' });
      expect(answer.status).toBe(413);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it.each([
    [{ MOCK_MAX_BODY_BYTES: 'lots' }, [], 2, /MOCK_MAX_BODY_BYTES=lots is not a size; expected a positive whole number of bytes\./],
    [{}, ['--cors'], 2, /--cors needs an origin, such as --cors http:\/\/localhost:5173\./],
    [{ MOCK_CORS: 'localhost' }, [], 1, /cors is "localhost"; expected one origin such as http:\/\/localhost:5173/],
  ] as const)('explains a bad limit or origin (%j %j)', async (env, args, exitCode, reason) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, MOCK_PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(exitCode);
    expect(stderr).toMatch(reason);
  });
});
