#!/usr/bin/env tsx
// vbem-generate [--check] [--spec bundle.json] [--out dir]: write the generated files (under the repository, or under `--out`,
// from @vbem/spec's bundle or `--spec`), or with --check fail when a committed one has drifted.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundlePath, renderGeneratedFiles, repoRoot } from './generate.ts';

const { values } = parseArgs({
  options: { check: { type: 'boolean', default: false }, spec: { type: 'string' }, out: { type: 'string' } },
});
const check = values.check;
const root = values.out === undefined ? repoRoot : resolve(values.out);
const stale: string[] = [];

for (const file of await renderGeneratedFiles(values.spec === undefined ? bundlePath : resolve(values.spec))) {
  const target = join(root, file.path);
  const current = await readFile(target, 'utf8').catch(() => undefined);
  if (current === file.contents) continue;
  if (check) {
    stale.push(file.path);
    continue;
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, file.contents);
  console.log(`generated ${file.path}`);
}

if (stale.length > 0) {
  console.error(`Out of date with spec/: ${stale.join(', ')}.\nFix: run \`pnpm generate\` and commit the result.`);
  process.exit(1);
}
