// What a user of another project does, with npm alone, in a fresh directory outside this repository: install the client
// and mock tarballs, run the mock README's CI recipe verbatim (start `npx vbem-mock`, wait, test, stop), where "the tests"
// are both READMEs' TypeScript examples compiled and run against the mock; afterwards no process and no port is left.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '@vbem/test-support/scratch';

const root = fileURLToPath(new URL('../../', import.meta.url));
const clientDir = join(root, 'packages/client');
const mockDir = join(root, 'packages/mock');
const codecDir = join(root, 'packages/codec');
const queryDir = join(root, 'packages/query');
const scratch = scratchDir('outside');
afterAll(() => scratch.remove());
const project = join(scratch.path, 'project');

const quiet = { npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
function run(command: string, args: string[], cwd: string, timeout = 120_000): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...quiet } });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

const blocks = (readme: string, lang: string): string[] => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
const clientReadme = readFileSync(join(clientDir, 'README.md'), 'utf8');
const mockReadme = readFileSync(join(mockDir, 'README.md'), 'utf8');
// The recipe: the one sh block of the section "In another project's CI".
const recipe = blocks(mockReadme.slice(mockReadme.indexOf("## In another project's CI")), 'sh')[0]!;
// The examples name a real EM; pointed at the mock as a user would, through EM_URL, which the recipe sets.
const examples = [...blocks(clientReadme, 'ts'), ...blocks(mockReadme, 'ts')].map((code) => `${code.replaceAll("'https://em.example.com:9398/api'", "(process.env.EM_URL ?? '')")}\nexport {};\n`);

const listening = (url: string): Promise<boolean> =>
  new Promise((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

beforeAll(() => {
  const packed = join(scratch.path, 'packed');
  mkdirSync(packed);
  // The client reads bodies with @vbem/codec and writes filters with @vbem/query, installed from their tarballs beside it (the mock bundles them).
  for (const dir of [codecDir, queryDir, clientDir, mockDir]) run('pnpm', ['pack', '--pack-destination', packed], dir);
  const tarballs = readdirSync(packed).map((file) => join(packed, file));
  mkdirSync(project);
  // `npm test` runs every compiled example; each must exit 0.
  const runner = `
    import { spawnSync } from 'node:child_process';
    import { readdirSync, writeFileSync } from 'node:fs';
    writeFileSync('last-url', process.env.EM_URL ?? '');
    for (const file of readdirSync('build').filter((f) => f.endsWith('.js')).sort()) {
      const { status } = spawnSync(process.execPath, ['build/' + file], { stdio: 'inherit' });
      if (status !== 0) { console.error(file + ' failed with status ' + status + '.'); process.exit(1); }
      console.log(file + ' passed.');
    }
  `;
  writeFileSync(join(project, 'run-examples.mjs'), runner);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', scripts: { test: 'node run-examples.mjs' } }));
  // Offline first: the npm cache has the registry packages after the first run; the tarballs come from disk.
  run('npm', ['install', '--no-save', '--prefer-offline', '--fetch-retries=4', ...tarballs, 'typescript@5.9.3', '@types/node@20.19.43'], project, 600_000);
  const compilerOptions = { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, exactOptionalPropertyTypes: true, skipLibCheck: true, types: ['node'], outDir: 'build', rootDir: 'src' };
  mkdirSync(join(project, 'src'));
  examples.forEach((code, i) => writeFileSync(join(project, 'src', `example-${String(i + 1).padStart(2, '0')}.ts`), code));
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }));
  run(join(project, 'node_modules/.bin/tsc'), ['-p', '.'], project);
  // The TLS example reads a CA file; a client with `tls` reads it only when it connects, which that example does not.
  writeFileSync(join(project, 'em-ca.pem'), '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n');
}, 900_000);

describe('the packed client and mock in a fresh project outside the repository', () => {
  it('installed with npm alone: the mock depends on no package of this repository, the client on the codec and the query grammar only', () => {
    for (const [name, workspace] of [['@vbem/client', ['@vbem/codec', '@vbem/query']], ['@vbem/mock', []], ['@vbem/codec', []], ['@vbem/query', []]] as const) {
      const manifest = JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8'));
      expect(Object.keys(manifest.dependencies ?? {}).filter((dep) => dep.startsWith('@vbem/'))).toEqual(workspace);
      expect(existsSync(join(project, 'node_modules', name, 'LICENSE'))).toBe(true);
    }
    expect(existsSync(join(project, 'node_modules/@vbem/mock/dist/openapi.yaml'))).toBe(true);
    expect(run('npx', ['vbem-mock', '--help'], project)).toMatch(/--ready-file PATH\s+MOCK_READY_FILE/);
  });

  it('the README CI recipe starts the mock, runs every README example against it, and stops it without leftovers', { timeout: 300_000 }, async () => {
    expect(recipe).toMatch(/npx vbem-mock/);
    writeFileSync(join(project, 'ci.sh'), recipe);
    const result = spawnSync('bash', ['ci.sh'], { cwd: project, encoding: 'utf8', timeout: 240_000, env: { ...process.env, ...quiet, EM_PASSWORD: 'p', EM_SESSION: 'token' } });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).toBe(0);
    for (let i = 1; i <= examples.length; i++) expect(output).toContain(`example-${String(i).padStart(2, '0')}.js passed.`);
    expect(output).toContain('Jan 17 2019  5:21PM');
    const url = readFileSync(join(project, 'last-url'), 'utf8');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
    expect(existsSync(join(project, '.vbem-mock-url'))).toBe(false);
    expect(await listening(url)).toBe(false);
    // No process of this project is left: the mock, npx, and Prism all run from its node_modules.
    const leftovers = run('ps', ['-eo', 'pid=,args='], project).split('\n').filter((line) => line.includes(project) && !line.includes('ps -eo'));
    expect(leftovers).toEqual([]);
  });
});
