// The packed tarball as a user gets it: publish checks (publint, attw), LICENSE, types in a fresh project under the
// `tsc --init` defaults and under strict + exactOptionalPropertyTypes, and an import that loads only what it uses.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '@vbem/test-support/scratch';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const codecDir = fileURLToPath(new URL('../../../codec/', import.meta.url));
const queryDir = fileURLToPath(new URL('../../../query/', import.meta.url));
const bin = (name: string) => join(packageDir, 'node_modules/.bin', name);
const scratch = scratchDir('pack');
const work = scratch.path;
afterAll(() => scratch.remove());

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false', ...env },
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

const consumer = `
import { createEmClient, EmError, type Ref, type EmErrorKind } from '@vbem/client';

const em = createEmClient({ baseUrl: 'https://em.example.com:9398/api', format: 'xml', sessionId: 'token' });
export async function names(id: string): Promise<string[]> {
  try {
    const refs: Ref[] = await em.listRestorePoints(id);
    return refs.map((ref) => ref.Name);
  } catch (error) {
    if (error instanceof EmError) {
      const kind: EmErrorKind = error.kind;
      return [kind];
    }
    throw error;
  }
}
const { data } = await em.GET('/backups/{ID}/restorePoints', { params: { path: { ID: 'x' } } });
const first: string | undefined = data?.Refs[0]?.Links[0]?.Rel;
// @ts-expect-error Refs holds Ref values, not strings
const wrong: string[] = data?.Refs ?? [];
console.log(typeof createEmClient, first, wrong.length);
`;

// Every ```ts example of the README, each a module of its own: the docs compile against the published types.
const readmeExamples = [...readFileSync(join(packageDir, 'README.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => `${m[1]}\nexport {};\n`);

let tarball: string;
let project: string;
beforeAll(() => {
  run('pnpm', ['pack', '--pack-destination', work], packageDir);
  // The client's workspace dependencies, installed from their own tarballs beside it until all are on the registry.
  run('pnpm', ['pack', '--pack-destination', work], codecDir);
  run('pnpm', ['pack', '--pack-destination', work], queryDir);
  tarball = join(work, readdirSync(work).find((f) => f.startsWith('vbem-client-') && f.endsWith('.tgz'))!);
  const codecTarball = join(work, readdirSync(work).find((f) => f.startsWith('vbem-codec-') && f.endsWith('.tgz'))!);
  const queryTarball = join(work, readdirSync(work).find((f) => f.startsWith('vbem-query-') && f.endsWith('.tgz'))!);
  project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-save', '--prefer-offline', '--ignore-scripts', codecTarball, queryTarball, tarball, 'typescript@5.9.3', '@types/node@20.19.43'], project);
}, 300_000);

describe('packed @vbem/client', () => {
  it('passes publint (strict) on the tarball', () => {
    expect(run(bin('publint'), ['run', '--strict', tarball], work)).toMatch(/All good!/);
  });

  it('passes Are the Types Wrong on the tarball (ESM-only: CommonJS require is not offered)', () => {
    run(bin('attw'), ['--profile', 'esm-only', '--format', 'ascii', tarball], work);
  });

  it('holds the MIT LICENSE, the README, dist with types, and no tests', () => {
    const files = run('tar', ['tzf', tarball], work).trim().split('\n');
    expect(files).toEqual(expect.arrayContaining(['package/LICENSE', 'package/README.md', 'package/package.json', 'package/dist/index.js', 'package/dist/index.d.ts']));
    expect(files.filter((f) => f.includes('.test.'))).toEqual([]);
    const license = readFileSync(join(project, 'node_modules/@vbem/client/LICENSE'), 'utf8');
    expect(license).toBe(readFileSync(join(packageDir, '../../LICENSE'), 'utf8'));
    expect(license).toMatch(/^MIT License/);
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/@vbem/client/package.json'), 'utf8'));
    expect(manifest).toMatchObject({ license: 'MIT', sideEffects: false, engines: { node: expect.any(String) }, exports: { '.': { types: './dist/index.d.ts' } } });
  });

  // tsc over every README example (the query ones too) takes a while on a loaded machine.
  it('README examples and a consumer type-check under the tsc --init defaults of TypeScript 5.9', { timeout: 180_000 }, () => {
    expect(readmeExamples.length).toBeGreaterThanOrEqual(4);
    const dir = join(project, 'init');
    mkdirSync(dir);
    run(join(project, 'node_modules/.bin/tsc'), ['--init'], dir);
    const generated = readFileSync(join(dir, 'tsconfig.json'), 'utf8');
    // The one change its own comment asks for on Node ("For nodejs: ... types: [node]"); everything else as generated.
    expect(generated).toMatch(/"types": \[\],/);
    expect(generated).toMatch(/"exactOptionalPropertyTypes": true/);
    writeFileSync(join(dir, 'tsconfig.json'), generated.replace('"types": [],', '"types": ["node"],'));
    writeFileSync(join(dir, 'consumer.ts'), consumer);
    readmeExamples.forEach((example, i) => writeFileSync(join(dir, `readme-${i + 1}.ts`), example));
    run(join(project, 'node_modules/.bin/tsc'), ['-p', '.', '--noEmit'], dir);
  });

  it('README examples and a consumer type-check under strict + exactOptionalPropertyTypes, NodeNext, ES2022, without skipLibCheck', { timeout: 180_000 }, () => {
    const dir = join(project, 'strict');
    mkdirSync(dir);
    const compilerOptions = { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, exactOptionalPropertyTypes: true, noEmit: true, skipLibCheck: false, types: ['node'], lib: ['ES2022', 'DOM'] };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }));
    writeFileSync(join(dir, 'consumer.ts'), consumer);
    readmeExamples.forEach((example, i) => writeFileSync(join(dir, `readme-${i + 1}.ts`), example));
    run(join(project, 'node_modules/.bin/tsc'), ['-p', '.'], dir);
    const runtime = run('node', ['--input-type=module', '-e', "const m = await import('@vbem/client'); console.log(Object.keys(m).sort().join(','))"], project);
    expect(runtime.trim().split(',')).toEqual(expect.arrayContaining(['EmError', 'createEmClient', 'decodeXml', 'encodeXml']));
  });

  // undici's and xml2js's CommonJS modules land in require.cache when loaded, whoever imports them.
  it('importing the client loads neither undici nor xml2js (the reference decoder); a client with tls loads undici at its first request', () => {
    const probe = `
      import { createRequire } from 'node:module';
      const cache = () => Object.keys(createRequire(import.meta.url).cache);
      const loaded = () => cache().some((path) => path.includes('/undici/'));
      const { createEmClient } = await import('@vbem/client');
      if (cache().some((path) => path.includes('/xml2js/'))) throw new Error('xml2js was loaded by the import.');
      const plain = createEmClient({ baseUrl: 'http://127.0.0.1:9/api', sessionId: 't', timeoutMs: 2000, retry: false });
      await plain.listRestorePoints('x').catch(() => {});
      const afterPlain = loaded();
      const tls = createEmClient({ baseUrl: 'https://127.0.0.1:9/api', sessionId: 't', tls: { ca: 'not a certificate' }, timeoutMs: 2000, retry: false });
      const afterCreate = loaded();
      await tls.listRestorePoints('x').catch(() => {});
      console.log(JSON.stringify({ afterPlain, afterCreate, afterRequest: loaded() }));
    `;
    expect(JSON.parse(run('node', ['--input-type=module', '-e', probe], project))).toEqual({ afterPlain: false, afterCreate: false, afterRequest: true });
  });
});
