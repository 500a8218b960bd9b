import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderGeneratedFiles, repoRoot } from '@vbem/tools/generate';
import { describe, expect, it } from 'vitest';

const files = await renderGeneratedFiles();
const fix = 'Fix: run `pnpm generate` and commit packages/client/src/generated/.';

describe('generated code matches the spec', () => {
  it('generates at least the types', () => {
    expect(files.map((f) => f.path)).toContain('packages/client/src/generated/schema.gen.ts');
  });

  it.each(files)('$path is what the spec generates', ({ path, contents }) => {
    expect(readFileSync(join(repoRoot, path), 'utf8') === contents, `${path} is out of date with spec/. ${fix}`).toBe(true);
  });

  it.each(files)('$path is committed as generated', ({ path }) => {
    const status = execFileSync('git', ['status', '--porcelain', '--', path], { cwd: repoRoot, encoding: 'utf8' });
    expect(status, `${path} differs from the committed file. ${fix}`).toBe('');
  });

  it.each(files)('$path carries the do-not-edit banner', ({ contents }) => {
    expect(contents.split('\n')[0]).toMatch(/^\/\/ This file is generated .* Do not edit/);
  });
});
