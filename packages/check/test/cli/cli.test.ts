// The command line: flags as the issue lists them, exit codes 0/1/2, reports on stdout or in a file, progress on stderr,
// and the password only ever read from the environment.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, PASSWORD, PLANTED, startEmulator, USER } from '../support/em-emulator.ts';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
const run = (args: string[], env: Record<string, string> = {}): Promise<Run> =>
  new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });

let em: Emulator;
let dir: string;
beforeAll(async () => {
  em = await startEmulator();
  dir = mkdtempSync(join(tmpdir(), 'vbem-check-cli-'));
});
afterAll(async () => {
  await em.close();
  rmSync(dir, { recursive: true, force: true });
});
const flags = () => ['--url', em.url, '--user', USER, '--password-env', 'VBEM_PASSWORD'];
const env = { VBEM_PASSWORD: PASSWORD };

describe('vbem-check on the command line', () => {
  it('--help lists every flag and the exit codes', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const flag of ['--url URL', '--user USER', '--password-env VAR', '--ca FILE', '--max-requests N', '--concurrency N', '--out FILE', '--report FORMAT']) expect(stdout).toContain(flag);
    expect(stdout).toContain('Exit status: 0 when nothing differs, 1 when something differs, 2 when the check could not run.');
  });

  it.each([
    [['--url', 'http://x/api', '--user', 'u', '--password', 'secret'], /^vbem-check: Unknown option '--password'/],
    [['--url', 'http://x/api', '--user', 'u'], /^vbem-check: --password-env is missing; expected the name of the environment variable that holds the password/],
    [['--url', 'http://x/api', '--user', 'u', '--password-env', 'NOT_SET_ANYWHERE'], /^vbem-check: the environment variable NOT_SET_ANYWHERE \(--password-env\) is not set or empty/],
    [['--url', 'not a url', '--user', 'u', '--password-env', 'VBEM_PASSWORD'], /^vbem-check: --url "not a url" is not a URL/],
    [['--url', 'http://x/api', '--user', 'u', '--password-env', 'VBEM_PASSWORD', '--report', 'html'], /^vbem-check: --report is "html"; expected md, json or junit\./],
    [['--url', 'http://x/api', '--user', 'u', '--password-env', 'VBEM_PASSWORD', '--max-requests', '5'], /^vbem-check: --max-requests is "5"; expected a whole number from 6 to 1000000\./],
    [['--url', 'http://x/api', '--user', 'u', '--password-env', 'VBEM_PASSWORD', '--concurrency', 'two'], /^vbem-check: --concurrency is "two"; expected a whole number from 1 to 64\./],
    [['--url', 'http://x/api', '--user', 'u', '--password-env', 'VBEM_PASSWORD', '--ca', '/nonexistent/ca.pem'], /^vbem-check: --ca "\/nonexistent\/ca.pem" cannot be read \(ENOENT\); expected a PEM file\./],
  ])('bad flags exit 2 and say what was expected: %j', async (args, message) => {
    const { code, stdout, stderr } = await run(args, env);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/ See vbem-check --help\.\n$/);
    expect(stderr).not.toContain('secret');
  });

  it('against the emulator: the Markdown report on stdout, progress on stderr, exit 1', async () => {
    const { code, stdout, stderr } = await run(flags(), env);
    expect(code).toBe(1);
    expect(stdout).toContain('# vbem-check: differences found');
    expect(stderr).toMatch(/vbem-check: 25\/300 requests\n/);
    expect(stderr).toMatch(/vbem-check: \d+\/300 requests\. 6 differences from the spec\.\n$/);
    for (const text of [stdout, stderr]) expect(text).not.toContain(PASSWORD);
  });

  it('--report json --out FILE: the report in the file, exactly the planted differences', async () => {
    const out = join(dir, 'report.json');
    const { code, stdout, stderr } = await run([...flags(), '--report', 'json', '--out', out], env);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`Report: ${out}.`);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.findings.map(({ kind, operation, media, where }: Record<string, string>) => ({ kind, operation, media, where }))).toEqual(
      expect.arrayContaining(PLANTED.map((p) => ({ ...p }))),
    );
    expect(report.findings).toHaveLength(PLANTED.length);
  });

  it('--report junit: JUnit XML for CI', async () => {
    const { code, stdout } = await run([...flags(), '--report', 'junit'], env);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="vbem-check" tests="\d+" failures="5" errors="0"/);
  });

  it('a refused logon exits 2', async () => {
    const { code, stdout } = await run(flags(), { VBEM_PASSWORD: 'wrong' });
    expect(code).toBe(2);
    expect(stdout).toContain('**Could not run: the logon gave no session (XML: answered 401 (application/xml; charset=utf-8) without an X-RestSvcSessionId header; JSON: answered 401');
  });

  it("--ca FILE: EM's self-signed certificate trusted by its CA, verification kept on; without it, exit 2 with a hint", async () => {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    const tls = { cert: readFileSync(join(dir, 'cert.pem'), 'utf8'), key: readFileSync(join(dir, 'key.pem'), 'utf8') };
    const secure = await startEmulator({ tls });
    try {
      const trusted = await run(['--url', secure.url, '--user', USER, '--password-env', 'VBEM_PASSWORD', '--ca', join(dir, 'cert.pem'), '--report', 'json'], env);
      expect(trusted.code).toBe(1);
      expect(JSON.parse(trusted.stdout).findings).toHaveLength(PLANTED.length);
      const untrusted = await run(['--url', secure.url, '--user', USER, '--password-env', 'VBEM_PASSWORD'], env);
      expect(untrusted.code).toBe(2);
      expect(untrusted.stdout).toMatch(/did not answer: JSON \/: Could not complete the request to https:\/\/127\.0\.0\.1:\d+: (DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)\. Trust the server's CA with --ca FILE\./);
    } finally {
      await secure.close();
    }
  });

  it('an unreachable server exits 2', async () => {
    // A port that was free a moment ago: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const { code, stdout } = await run(['--url', `http://127.0.0.1:${port}/api`, '--user', 'u', '--password-env', 'VBEM_PASSWORD'], env);
    expect(code).toBe(2);
    expect(stdout).toContain(`**Could not run: http://127.0.0.1:${port}/api/ did not answer: JSON /: Could not complete the request to http://127.0.0.1:${port}: ECONNREFUSED.**`);
  });
});
