// The docs link a repository only when the build is told its address (VBEM_REPOSITORY_URL): the spec names none, so
// no build can print a link to a repository that does not exist.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchDir } from '@vbem/test-support/scratch';
import { bundlePath } from '../support/spec.ts';

const docsDir = fileURLToPath(new URL('../../packages/docs/', import.meta.url));
const scratch = scratchDir('docs');
afterAll(() => scratch.remove());

const build = (env: Record<string, string>, output: string) =>
  spawnSync(process.execPath, ['build.mjs', '--output', output], { cwd: docsDir, encoding: 'utf8', env: { ...process.env, ...env } });

describe('the repository link of the docs', () => {
  it('is not in the spec', () => {
    const info = JSON.parse(readFileSync(bundlePath.replace(/\.yaml$/, '.json'), 'utf8')).info;
    expect(info.contact).toEqual({ name: expect.any(String) });
  });

  it('is the Overview’s contact link when VBEM_REPOSITORY_URL is set at build time, and absent otherwise', { timeout: 120_000 }, () => {
    const linked = join(scratch.path, 'linked.html');
    const result = build({ VBEM_REPOSITORY_URL: 'https://git.example.test/team/vbem-openapi' }, linked);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(linked, 'utf8')).toContain('https://git.example.test/team/vbem-openapi');
    expect(result.stderr).not.toMatch(/Node\.js 20 support is ending/);
    expect(readFileSync(join(docsDir, 'dist/index.html'), 'utf8')).not.toMatch(/github\.com\/vbem-openapi|git\.example\.test/);
  });

  it('must be an https URL', () => {
    const result = build({ VBEM_REPOSITORY_URL: 'ftp://example.test/x' }, join(scratch.path, 'refused.html'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^VBEM_REPOSITORY_URL=ftp:\/\/example\.test\/x is not an https URL; expected .*\.\n$/);
  });
});
