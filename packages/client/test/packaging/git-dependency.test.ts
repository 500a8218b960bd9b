// The git dependency: `pnpm git-release` puts the packed package at the root of a branch, and npm alone installs it
// from there into a fresh project (npm cannot install a package from a subdirectory of a repository).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchDir } from '@vbem/test-support/scratch';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const scratch = scratchDir('git-dep');
afterAll(() => scratch.remove());

const run = (command: string, args: string[], cwd: string): string => {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
};

describe('@vbem/client as a git dependency', () => {
  it('installs with npm from the release/client branch that git-release.mjs writes, and imports', { timeout: 300_000 }, () => {
    // A stand-in for the hosted repository: bare, its HEAD on the release branch (npm reads HEAD of every git dependency).
    const repo = join(scratch.path, 'repo.git');
    run('git', ['init', '--quiet', '--bare', repo], scratch.path);
    run('git', ['--git-dir', repo, 'symbolic-ref', 'HEAD', 'refs/heads/release/client'], scratch.path);
    const released = run('node', ['git-release.mjs', '--repo', repo, '--url', `git+file://${repo}`], packageDir);
    // The codec and the query grammar the client depends on go to their own branches first, and the client's manifest points there.
    expect(released).toMatch(/^release\/codec is now [0-9a-f]{12}: vbem-codec-0\.1\.0\.tgz at its root\.\nrelease\/query is now [0-9a-f]{12}: vbem-query-0\.1\.0\.tgz at its root\.\nrelease\/client is now [0-9a-f]{12}: vbem-client-0\.1\.0\.tgz at its root\.$/m);
    const files = run('git', ['--git-dir', repo, 'ls-tree', '-r', '--name-only', 'release/client'], scratch.path).split('\n');
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts']));

    const project = join(scratch.path, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    run('npm', ['install', '--prefer-offline', `git+file://${repo}#release/client`], project);
    const exports = run('node', ['--input-type=module', '-e', "const m = await import('@vbem/client'); console.log(Object.keys(m).sort().join(','))"], project);
    expect(exports.trim().split(',')).toEqual(expect.arrayContaining(['EmError', 'createEmClient']));
  });
});
