// The packed tarball installs in a fresh project and type-checks there: exports map, .d.ts and dependencies all work.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
// The client's one workspace dependency, installed from its own tarball beside it until both are on the registry.
const codecDir = fileURLToPath(new URL('../../../codec/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'vbem-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' } });
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

describe('packed @vbem/client', () => {
  it('installs from its tarball in a fresh project and type-checks there', { timeout: 180_000 }, () => {
    run('pnpm', ['pack', '--pack-destination', work], packageDir);
    run('pnpm', ['pack', '--pack-destination', work], codecDir);
    const tarballs = readdirSync(work).filter((f) => f.endsWith('.tgz'));
    expect(tarballs).toEqual([expect.stringMatching(/^vbem-client-/), expect.stringMatching(/^vbem-codec-/)]);
    const project = join(work, 'consumer');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, allowImportingTsExtensions: false, noEmit: true, skipLibCheck: false, types: ['node'], lib: ['ES2022', 'DOM', 'ESNext.Disposable'] }, files: ['index.ts', ...readmeExamples.map((_, i) => `readme-${i + 1}.ts`)] }),
    );
    writeFileSync(join(project, 'index.ts'), consumer);
    expect(readmeExamples.length).toBeGreaterThanOrEqual(4);
    readmeExamples.forEach((example, i) => writeFileSync(join(project, `readme-${i + 1}.ts`), example));
    run('npm', ['install', '--no-save', '--ignore-scripts', ...tarballs.map((t) => join(work, t)), 'typescript@5.9.3', '@types/node@20.19.43'], project);
    run(join(project, 'node_modules/.bin/tsc'), ['-p', '.'], project);
    const runtime = run('node', ['--input-type=module', '-e', "const m = await import('@vbem/client'); console.log(Object.keys(m).sort().join(','))"], project);
    expect(runtime.trim().split(',')).toEqual(expect.arrayContaining(['EmError', 'createEmClient', 'decodeXml', 'encodeXml']));
  });
});
