// The "done when": `npx vbem-check` from the packed package, installed with npm alone in a fresh project
// outside this repository, prints a clean report against the mock and exits 0; against the emulator it prints exactly
// the planted differences and exits 1.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Mock, startMock } from '@vbem/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, PASSWORD, PLANTED, startEmulator, USER } from '../support/em-emulator.ts';

const packages = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'vbem-check-pack-'));
const project = join(work, 'project');
const quiet = { npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...quiet } });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

/** `npx vbem-check …` in the project, without blocking the servers this process runs. */
const npx = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile('npx', ['--no-install', 'vbem-check', ...args], { cwd: project, env: { ...process.env, ...quiet, VBEM_PASSWORD: PASSWORD }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });

let mock: Mock;
let em: Emulator;
beforeAll(async () => {
  const packed = join(work, 'packed');
  mkdirSync(packed);
  // The checker's workspace dependencies come as tarballs beside it until they are on the npm registry.
  for (const name of ['codec', 'query', 'client', 'check']) run('pnpm', ['pack', '--pack-destination', packed], join(packages, name));
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run('npm', ['install', '--no-save', '--prefer-offline', '--fetch-retries=4', ...readdirSync(packed).map((file) => join(packed, file))], project);
  mock = await startMock({ port: 0, sessions: true });
  em = await startEmulator();
}, 600_000);
afterAll(async () => {
  await mock?.stop();
  await em?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the packed @vbem/check in a fresh project', () => {
  it('holds the command, the spec it checks against, the README and the LICENSE, and no tests', () => {
    const root = join(project, 'node_modules/@vbem/check');
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifest.bin).toEqual({ 'vbem-check': './dist/cli.js' });
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['@vbem/client', '@vbem/codec', 'ajv', 'ajv-formats']);
    for (const file of ['dist/cli.js', 'dist/openapi.json', 'README.md', 'LICENSE']) expect(existsSync(join(root, file)), file).toBe(true);
    expect(existsSync(join(root, 'test'))).toBe(false);
  });

  it('npx vbem-check against the mock prints a clean report and exits 0', async () => {
    const { code, stdout, stderr } = await npx(['--url', mock.url, '--user', 'DOMAIN\\svc', '--password-env', 'VBEM_PASSWORD']);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('**Clean: every answer matches the spec.**');
    expect(stdout).toContain('- Not reached by links from the root (2): `GET /restorePoints/{ID}/vAppRestorePoints`, `GET /query`.');
  });

  it('npx vbem-check against the emulator prints exactly the planted differences and exits 1', async () => {
    const { code, stdout } = await npx(['--url', em.url, '--user', USER, '--password-env', 'VBEM_PASSWORD', '--report', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.findings.map(({ kind, operation, media, where }: Record<string, string>) => ({ kind, operation, media, where })).sort(byAll)).toEqual(
      PLANTED.map((p) => ({ ...p })).sort(byAll),
    );
    expect(stdout).not.toContain(PASSWORD);
  });
});

const byAll = (a: Record<string, string>, b: Record<string, string>): number => JSON.stringify(a).localeCompare(JSON.stringify(b));
