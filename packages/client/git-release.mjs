// Publishes the packed package as the root of a git branch, so `npm install git+https://<host>/<repo>.git#release/client`
// works with npm alone: npm cannot install a package from a subdirectory, and dist/ is built, not committed.
// Workspace packages it depends on (@vbem/codec, @vbem/query) are released the same way to their own branches (release/codec, …), and the
// released manifest points at them by `--url`, the address consumers install from.
// Usage: node git-release.mjs --url GIT_URL [--repo GIT_DIR] [--push REMOTE]; run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { repo: { type: 'string' }, url: { type: 'string' }, push: { type: 'string' } } });
const clientDir = new URL('.', import.meta.url).pathname;
const git = (args, options = {}) => execFileSync('git', args, { encoding: 'utf8', cwd: clientDir, ...options }).trim();
const gitDir = values.repo ?? git(['rev-parse', '--absolute-git-dir']);
const branchOf = (name) => `release/${name.replace(/^@vbem\//, '')}`;

/** Packs the package at `packageDir` onto its release branch; returns the tarball's name. */
function release(packageDir) {
  const work = mkdtempSync(join(tmpdir(), 'vbem-git-release-'));
  try {
    // pnpm pack resolves catalog: and workspace: versions, as a registry publish would.
    execFileSync('pnpm', ['pack', '--pack-destination', work], { cwd: packageDir, stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
    execFileSync('tar', ['xzf', join(work, tarball), '-C', work]);
    // npm "prepares" a git dependency that has build scripts by installing its devDependencies (private workspace
    // packages here) and building it; this one is built already, as a registry tarball would be.
    const manifestPath = join(work, 'package', 'package.json');
    const { scripts: _scripts, devDependencies: _devDependencies, ...manifest } = JSON.parse(readFileSync(manifestPath, 'utf8'));
    for (const name of Object.keys(manifest.dependencies ?? {}).filter((dependency) => dependency.startsWith('@vbem/'))) {
      if (!values.url) throw new Error(`${manifest.name} depends on ${name}, a workspace package: give --url, the git address consumers install from.`);
      release(realpathSync(join(packageDir, 'node_modules', name)));
      manifest.dependencies[name] = `git+${values.url.replace(/^git\+/, '')}#${branchOf(name)}`;
    }
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    // A private index and the extracted package as the work tree: the current checkout is not touched.
    const env = { ...process.env, GIT_DIR: gitDir, GIT_INDEX_FILE: join(work, 'index'), GIT_WORK_TREE: join(work, 'package') };
    git(['add', '--all', '--force', '.'], { env, cwd: join(work, 'package') });
    const tree = git(['write-tree'], { env });
    const branch = branchOf(manifest.name);
    const ref = `refs/heads/${branch}`;
    let parent;
    try {
      parent = git(['rev-parse', '--verify', '--quiet', ref], { env: { ...process.env, GIT_DIR: gitDir } });
    } catch {
      parent = undefined;
    }
    let source = 'an unknown commit';
    try {
      source = git(['rev-parse', '--short', 'HEAD']);
    } catch {
      // not in a checkout: the message says so
    }
    const commit = git(['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', `${tarball} packed from ${source}`], {
      env: { GIT_AUTHOR_NAME: 'vbem release', GIT_AUTHOR_EMAIL: 'release@localhost', GIT_COMMITTER_NAME: 'vbem release', GIT_COMMITTER_EMAIL: 'release@localhost', ...env },
    });
    git(['update-ref', ref, commit], { env: { ...process.env, GIT_DIR: gitDir } });
    if (values.push) git(['push', values.push, `${ref}:${ref}`], { env: { ...process.env, GIT_DIR: gitDir }, stdio: 'inherit' });
    console.log(`${branch} is now ${commit.slice(0, 12)}: ${tarball} at its root.`);
    return tarball;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

release(clientDir);
