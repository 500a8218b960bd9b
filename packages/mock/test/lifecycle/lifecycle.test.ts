import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generationView, viewFile } from '../../src/generation-view.ts';
import { startMock } from '../../src/index.ts';
import { startPrism } from '../../src/prism.ts';
import { specPath } from '../../src/spec.ts';
import { listening, send } from '../support/http.ts';
import { scratchDir } from '@vbem/test-support/scratch';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Starts the built CLI and resolves with the URL it prints on stdout and Prism's, which it logs on stderr. */
async function startCli(env: Record<string, string>, args: string[] = []): Promise<{ child: ChildProcess; url: string; prismUrl: string; output: () => string }> {
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const urls = await new Promise<[string, string]>((resolve, reject) => {
    const check = () => {
      const url = /^(http:\/\/\S+\/api)\n/.exec(stdout)?.[1];
      const prismUrl = /Prism itself, without EM fidelity, is on (http:\/\/\S+)\.$/m.exec(stderr)?.[1];
      if (url && prismUrl) resolve([url, prismUrl]);
    };
    child.stdout!.on('data', (chunk: Buffer) => ((stdout += chunk), check()));
    child.stderr!.on('data', (chunk: Buffer) => ((stderr += chunk), check()));
    child.once('exit', (code) => reject(new Error(`the CLI exited with ${code} before listening:\n${stdout}${stderr}`)));
  });
  return { child, url: urls[0], prismUrl: urls[1], output: () => `${stdout}${stderr}` };
}

/** Runs the CLI to its exit; for arguments it refuses or --help. */
async function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

const stop = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
};

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

  it('shares one view file for Prism between processes, so a killed one leaves nothing of its own in the temp dir', async () => {
    const temp = scratchDir('mock-view');
    try {
      const env = { MOCK_PORT: '0', MOCK_DYNAMIC: 'true', TMPDIR: temp.path };
      const [first, second] = await Promise.all([startCli(env), startCli(env)]);
      second.child.kill('SIGKILL');
      await once(second.child, 'exit');
      await stop(first.child);
      const view = viewFile(JSON.stringify(generationView())).split('/').pop()!;
      expect(readdirSync(temp.path)).toEqual([view]);
      expect(JSON.parse(readFileSync(join(temp.path, view), 'utf8'))).toEqual(JSON.parse(JSON.stringify(generationView())));
    } finally {
      temp.remove();
    }
  });

  it('uses a directory of its own, removed at exit, where the shared view file cannot be replaced', async () => {
    const temp = scratchDir('mock-view');
    try {
      const taken = join(temp.path, viewFile(JSON.stringify(generationView())).split('/').pop()!);
      mkdirSync(taken);
      writeFileSync(join(taken, 'not-a-view'), '');
      const { child, url } = await startCli({ MOCK_PORT: '0', TMPDIR: temp.path });
      expect((await send(`${url}/`, 'GET', { 'x-restsvcsessionid': 't' })).status).toBe(200);
      expect(readdirSync(temp.path).filter((name) => name.startsWith('vbem-mock-prism-')).length).toBe(2);
      await stop(child);
      expect(readdirSync(temp.path)).toEqual([taken.split('/').pop()]);
    } finally {
      temp.remove();
    }
  });

  it('explains a port that is not a port, from MOCK_PORT or --port', async () => {
    const fromEnv = await runCli([], { MOCK_PORT: 'http' });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toMatch(/MOCK_PORT=http is not a port; expected a number from 0 to 65535\. See vbem-mock --help\.\n$/);
    const fromFlag = await runCli(['--port', '70000']);
    expect(fromFlag.code).toBe(2);
    expect(fromFlag.stderr).toMatch(/--port 70000 is not a port/);
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
    const { code, stderr } = await runCli([], { MOCK_PORT: '0', MOCK_SESSION_IDLE_MS: 'soon' });
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
    [{}, ['--cors'], 2, /--cors.*See vbem-mock --help\./],
    [{ MOCK_CORS: 'localhost' }, [], 1, /cors is "localhost"; expected one origin such as http:\/\/localhost:5173/],
  ] as const)('explains a bad limit or origin (%j %j)', async (env, args, exitCode, reason) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, MOCK_PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(exitCode);
    expect(stderr).toMatch(reason);
  });

  it('refuses an unknown flag and says where the options are listed', async () => {
    const { code, stderr } = await runCli(['--prot', '1']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown option '--prot'\. See vbem-mock --help\.\n$/);
  });

  // The options the issue asks for, each with its environment variable: the help is the user's reference.
  it('--help lists every option with its environment variable', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const [flag, env] of [
      ['--port', 'MOCK_PORT'],
      ['--host', 'MOCK_HOST'],
      ['--public-url', 'MOCK_PUBLIC_URL'],
      ['--ready-file', 'MOCK_READY_FILE'],
      ['--sessions', 'MOCK_SESSIONS'],
      ['--dynamic', 'MOCK_DYNAMIC'],
      ['--seed', 'MOCK_SEED'],
      ['--cors', 'MOCK_CORS'],
      ['--max-body-bytes', 'MOCK_MAX_BODY_BYTES'],
    ]) {
      expect(stdout).toMatch(new RegExp(`^  ${flag}\\b.*\\b${env}\\b`, 'm'));
    }
  });

  it('writes its URL to --ready-file once ready, replaces a stale one, and removes it on exit', async () => {
    const scratch = scratchDir('ready');
    const dir = scratch.path;
    try {
      const file = join(dir, 'ready');
      writeFileSync(file, 'http://stale.invalid/api\n');
      const { child, url } = await startCli({ MOCK_PORT: '0' }, ['--ready-file', file]);
      expect(readFileSync(file, 'utf8')).toBe(`${url}\n`);
      expect((await send(`${url}/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints`, 'GET', { 'X-RestSvcSessionId': 't' })).status).toBe(200);
      await stop(child);
      expect(existsSync(file)).toBe(false);
    } finally {
      scratch.remove();
    }
  });

  it('prints the --public-url and writes it into Hrefs', async () => {
    const { child, url, output } = await startCli({ MOCK_PORT: '0', MOCK_PUBLIC_URL: 'http://mock.ci:4010/api/' });
    try {
      expect(url).toBe('http://mock.ci:4010/api');
      // Nothing answers at the public URL here (a proxy would): ask where the mock listens, as it logs it.
      const listenUrl = /EM mock listening on (\S+) for http:\/\/mock\.ci:4010\/api/.exec(output())![1]!;
      const answer = await send(`${listenUrl}/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints`, 'GET', { 'X-RestSvcSessionId': 't' });
      const hrefs = [...answer.text.matchAll(/Href="([^"]+)"/g)].map((m) => m[1]!);
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^http:\/\/mock\.ci:4010\/api\//);
    } finally {
      await stop(child);
    }
  });

  it('answers on --host', async () => {
    const { child, url } = await startCli({ MOCK_PORT: '0' }, ['--host', 'localhost']);
    try {
      expect(url).toMatch(/^http:\/\/localhost:\d+\/api$/);
      expect((await send(`${url}/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints`, 'GET', { 'X-RestSvcSessionId': 't' })).status).toBe(200);
    } finally {
      await stop(child);
    }
  });

  it('generates the same dynamic bodies from the same --seed, run after run', { timeout: 90_000 }, async () => {
    const body = async (seed: string): Promise<string> => {
      const { child, url } = await startCli({ MOCK_PORT: '0' }, ['--dynamic', '--seed', seed]);
      try {
        const { text } = await send(`${url}/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints`, 'GET', { 'X-RestSvcSessionId': 't', accept: 'application/json' });
        // Hrefs name the mock, on its own port each run.
        return text.replaceAll(new URL(url).origin, 'http://mock');
      } finally {
        await stop(child);
      }
    };
    const [first, again] = [await body('7'), await body('7')];
    expect(first).toBe(again);
    expect(JSON.parse(first).Refs.length).toBeGreaterThan(0);
  });

  // What `kill $!` on `npx pnpm mock` does: the top of a chain of processes dies and nothing passes the signal down.
  it('stops, with Prism, when a process above it is killed outright', async () => {
    const scratch = scratchDir('ready');
    const dir = scratch.path;
    try {
      const file = join(dir, 'ready');
      const log = join(dir, 'stderr');
      const inner = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} --port 0 --ready-file ${JSON.stringify(file)} 2>${JSON.stringify(log)}; true`;
      const outer = spawn('sh', ['-c', `sh -c ${JSON.stringify(inner)}; true`], { stdio: 'ignore' });
      while (!existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 100));
      const url = readFileSync(file, 'utf8').trim();
      const prismUrl = /Prism itself, without EM fidelity, is on (http:\/\/\S+)\.$/m.exec(readFileSync(log, 'utf8'))![1]!;
      expect(await listening(url)).toBe(true);
      outer.kill('SIGKILL');
      // The test's timeout bounds the wait.
      while (existsSync(file) || (await listening(url)) || (await listening(prismUrl))) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(readFileSync(log, 'utf8')).toMatch(/the process that started it has ended; stopping\./);
    } finally {
      scratch.remove();
    }
  });
});
